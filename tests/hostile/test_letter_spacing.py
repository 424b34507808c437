"""Letter-spaced headings stay readable; a letter-spaced name is redacted.

Headings set with a space between the letters (``N O T A``, ``B E S L U I T``)
or with wide character spacing (the ``Tc`` operator, no spaces drawn) are no
names: they cause no finding and no box.  A name with a space between every
letter (``J a n s s e n``), or drawn with wide character spacing, of a person
named plainly elsewhere in the document is redacted: gone as ``pdftotext``
reads it, with whitespace removed.  Run through the real rule pack and the
shipped model, as ``redactie run`` does.
"""

from __future__ import annotations

import json
from pathlib import Path

import hostile_pdfs as hp
import pytest
from hostile_support import pdftotext_all as pdftotext

from redactie import api

PERSON = "Pieter Janssen"
HEADINGS = ("NOTA", "BESLUIT", "BESLUITVANHETCOLLEGE")


def _flat(text: str) -> str:
    return "".join(text.split())


def _letter_spaced_pdf(path: Path, *, spaced_name: bytes) -> Path:
    """A nota with letter-spaced headings and, after the plain mention of the
    person, ``spaced_name``: the content-stream line naming them letter-spaced."""
    lines = [
        hp.text_op("N O T A", 72, 770, size=16, prefix=b"0 Tc"),
        hp.text_op("BESLUIT", 72, 740, size=14, prefix=b"6 Tc"),
        hp.text_op("Gemeente Voorbeeldstad, afdeling Vergunningen", 72, 712, prefix=b"0 Tc"),
        hp.text_op(f"Behandeld door: {PERSON}, adviseur vergunningen.", 72, 696),
        hp.text_op("Wij hebben uw aanvraag ontvangen en nemen die in behandeling.", 72, 680),
        hp.text_op("B E S L U I T  V A N  H E T  C O L L E G E", 72, 650),
        hp.text_op("Het college besluit de vergunning te verlenen.", 72, 630),
        spaced_name,
        hp.text_op("Met vriendelijke groet, namens het college.", 72, 590, prefix=b"0 Tc"),
    ]
    return hp.write(path, hp.one_page(b"".join(lines)))


SPACED_NAMES = {
    # a space character between every letter
    "spaces": hp.text_op("Vragen? Neem contact op met J a n s s e n van het team.", 72, 610),
    # the letters drawn apart by character spacing, no space between them
    "char_spacing": hp.text_op("Vragen? Neem contact op met", 72, 610)
    + hp.text_op("Janssen", 223, 610, prefix=b"4 Tc")
    + hp.text_op("van het team.", 300, 610, prefix=b"0 Tc"),
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path, Path]]:
    """Each case run once, the model on: (input, published PDF, review file)."""
    tmp = tmp_path_factory.mktemp("spaced")
    out = tmp / "out"
    inputs = [
        _letter_spaced_pdf(tmp / f"{case}.pdf", spaced_name=line)
        for case, line in SPACED_NAMES.items()
    ]
    result = api.run(inputs, out, api.Options())
    assert result.ok, [o.error for o in result.outcomes]
    return {
        case: (tmp / f"{case}.pdf", out / f"{case}.pdf", out / f"{case}.review.json")
        for case in SPACED_NAMES
    }


@pytest.mark.parametrize("case", sorted(SPACED_NAMES))
def test_letter_spaced_name_is_redacted(
    case: str, runs: dict[str, tuple[Path, Path, Path]]
) -> None:
    src, out, _review = runs[case]
    assert "Janssen" in _flat(pdftotext(src))  # the input names them letter-spaced
    flat = _flat(pdftotext(out)).casefold()
    assert "janssen" not in flat and "pieter" not in flat
    assert "vanhetteam" in flat and "vragen?neemcontactopmet" in flat


@pytest.mark.parametrize("case", sorted(SPACED_NAMES))
def test_letter_spaced_headings_stay_readable_and_unboxed(
    case: str, runs: dict[str, tuple[Path, Path, Path]]
) -> None:
    src, out, review = runs[case]
    before, after = _flat(pdftotext(src)), _flat(pdftotext(out))
    for heading in HEADINGS:
        assert heading in before and heading in after
    findings = json.loads(review.read_text(encoding="utf-8"))["findings"]
    redacted = [_flat(f["text"]) for f in findings if f["action"] == "redact"]
    assert redacted and all(text in (_flat(PERSON), "Janssen") for text in redacted), redacted
    # no box over a heading: the only ground codes printed are the two names'
    assert after.count("5.1.2e") == 2
