"""Classes of errors on unseen documents (issue 9), found on blind sets 128 to 131.

Every example is invented for this file; the PDF tests build their pages with PyMuPDF
and read the output with ``pdftotext``, as a reader of the published file would.
"""

from __future__ import annotations

from redactie.findings import Action, Finding, Provenance, Source
from redactie.verify import _text_problems, without_codes

# ---------------------------------------------------------------- verification


def _redacted(text: str, what: str, entity: str) -> Finding:
    start = text.index(what)
    return Finding(
        page=0,
        start=start,
        end=start + len(what),
        text=what,
        entity_type=entity,
        ground="5.1.2e",
        provenance=Provenance(recognizer="test", source=Source.RULE),
        action=Action.REDACT,
    )


def test_a_ground_code_completes_no_redacted_string() -> None:
    """A row number before a box's code ("1 5.1.2e") is no "15": the tail of an
    account number wrapped in its cell, redacted, that also opens a date."""
    before = ["Nr Naam Rekening\n1 Femke Zijlstra NL17 RABO 5924 0980\n15\nop 15 juli betaald"]
    after = ["Nr Naam Rekening\n1 5.1.2e 5.1.2e 5.1.2e 5.1.2e 5.1.2e\n5.1.2e\nop 15 juli betaald"]
    # the first "15" is the wrapped tail
    parts = ("NL17", "RABO", "5924", "0980", "15")
    redacted = [_redacted(before[0], w, "IBAN_CODE") for w in parts]
    assert _text_problems("pdftotext", before, after, redacted)  # read as "1 5"
    codes = without_codes(after, {"5.1.2e"})
    assert "5.1.2e" not in codes[0] and "15 juli" in codes[0]
    assert _text_problems("pdftotext", before, codes, redacted) == []


def test_the_mark_for_a_code_joins_nothing() -> None:
    pages = ["x 5.1.2e5.1.1e y", "artikel 15.1.2e", "tel. 06 5.1.2e 12"]
    assert without_codes(pages, {"5.1.2e", "5.1.1e"}) == [
        "x \u25a0 y",
        "artikel 15.1.2e",  # no code: a number that ends in one
        "tel. 06 \u25a0 12",
    ]
