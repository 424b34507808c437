"""Classes of errors on unseen documents (issue 9), found on perturbed copies of
woo-eval and on blind sets 39 and 40.

Every example is invented for this file; the PDF tests build their tables with
PyMuPDF and read the output with ``pdftotext``, as a reader of the published file
would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redactie.api import Options, run
from tests.unseen_support import published, table_pdf

# ------------------------------------------------------------------ tables


@pytest.mark.parametrize("model", [True, False])
def test_an_office_holders_name_wrapped_after_its_particles_keeps_its_row_role(
    tmp_path: Path, model: bool
) -> None:
    """``Van der`` / ``Wijnbergen`` wrapped in the name cell: the row's role cell
    (``Burgemeester ...``) is the name's, not another row's."""
    inp = tmp_path / "in" / "crisisteam.pdf"
    table_pdf(
        inp,
        "Contactlijst crisisteam",
        [
            ["Functie en organisatie", "Naam", "Mobiel", "E-mail"],
            ["Burgemeester getroffen gemeente,\nGemeente Kampen", "Van der\nWijnbergen",
             "06 5531 7782", "kabinet@kampen.nl"],
            ["Adviseur crisisbeheersing", "Jolanda\nVreeswijk", "06 4410 2291",
             "j.vreeswijk@vrijsselland.nl"],
        ],
        [40, 220, 330, 420],
    )  # fmt: skip
    assert run([inp], tmp_path / "out", Options(use_model=model)).ok
    out = published(tmp_path / "out", "crisisteam.pdf")
    assert "Wijnbergen" in out and "kabinet@kampen.nl" in out
    assert "7782" not in out and "Vreeswijk" not in out and "2291" not in out
