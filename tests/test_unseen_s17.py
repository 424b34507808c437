"""Classes of errors on unseen documents (issue 9), found on blind sets 59 to 62 and on
perturbed copies of woo-eval (seeds 251-254).

Every example is invented for this file; the PDF tests build their tables with
PyMuPDF and read the output with ``pdftotext``, as a reader of the published file
would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redactie.api import Options, run
from tests.unseen_support import published, redacted_words, table_pdf

# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    "text",
    [
        "Marit meldt dat zij wordt opgevolgd door Lemlem Nguyễn.",
        "Doe ik. Ayodele Trần meldt trouwens dat de lijst klaar is.",
        "Het verslag is gemaakt door Sizwe Huang, adviseur.",
    ],
)
def test_an_unlisted_given_name_before_a_family_name(resolved, text: str) -> None:
    words = redacted_words(resolved(text))
    assert len(words) >= 2, words


@pytest.mark.parametrize(
    "text",
    [
        "Daarna hebben we gegeten bij Toko Wang in de Kerkstraat.",
        "De Grote Wang is op maandag gesloten.",
        "Het Grand Hotel Chen ligt aan de haven.",
    ],
)
def test_a_family_name_inside_a_longer_name_stays(resolved, text: str) -> None:
    assert not redacted_words(resolved(text))


# ------------------------------------------------------------------ tables


@pytest.mark.parametrize("model", [True, False])
def test_a_birth_date_beside_a_long_name_in_its_column(tmp_path: Path, model: bool) -> None:
    """A long name leaves its date of birth less than a column gap: the date stands
    under the birth-date header, above the column's last cell, and is redacted."""
    inp = tmp_path / "in" / "clienten.pdf"
    table_pdf(
        inp,
        "Overzicht clienten",
        [
            ["Naam", "Geboortedatum", "Woonplaats"],
            ["Farzana Hazelhoffsteen", "04-09-1987", "Groningen"],
            ["Yusra Oldenkamp", "19-12-1995", "Haren"],
        ],
        [40, 139.5, 230],
    )  # fmt: skip
    assert run([inp], tmp_path / "out", Options(use_model=model)).ok
    out = published(tmp_path / "out", "clienten.pdf")
    for gone in ("04-09-1987", "19-12-1995", "Hazelhoffsteen", "Oldenkamp"):
        assert gone not in out, gone
    assert "Groningen" in out
