"""Verification of letter-spaced occurrences (``redactie.verify.unkept_spaced``).

Readers count a redacted string with whitespace between any two characters,
so a letter-spaced occurrence in the input is one of its occurrences there.  It
counts as kept on purpose only where a KEEP decision covers it; otherwise its
survival in the output fails the document.
"""

from __future__ import annotations

from pathlib import Path

from redactie.document import Document, Page
from redactie.findings import Action, Finding, Provenance, Source
from redactie.verify import Unkept, _text_problems, unkept_spaced

TEXT = (
    "Behandeld door: Pieter Janssen, adviseur.\n"
    "Vragen? Bel  J a n s s e n  of  B o s.\n"
    "Het  B o s c h p a d  is dicht; Janssen Transport rijdt om.\n"
)


def _doc(text: str = TEXT) -> Document:
    return Document(path=Path("t.pdf"), sha256="0", pages=(Page(0, text, 595, 842, 0, False),))


def _finding(text: str, what: str, action: Action = Action.REDACT) -> Finding:
    start = text.index(what)
    return Finding(
        page=0,
        start=start,
        end=start + len(what),
        text=what,
        entity_type="PERSON",
        ground="5.1.2e",
        provenance=Provenance(recognizer="test", source=Source.RULE),
        action=action,
    )


def test_an_undecided_spaced_surname_is_counted() -> None:
    redacted = [_finding(TEXT, "Pieter Janssen")]
    assert unkept_spaced(_doc().pages, redacted) == {"Janssen": Unkept("PERSON", 1, 0)}


def test_a_keep_decision_or_a_redaction_covers_it() -> None:
    spaced = "J a n s s e n"
    for action in (Action.KEEP, Action.REDACT):
        findings = [_finding(TEXT, "Pieter Janssen"), _finding(TEXT, spaced, action)]
        assert unkept_spaced(_doc().pages, findings) == {}


def test_a_short_surname_counts_as_a_word_not_inside_one() -> None:
    text = TEXT.replace("Pieter Janssen", "Pieter Bos")
    findings = [_finding(text, "Pieter Bos"), _finding(text, "J a n s s e n", Action.KEEP)]
    # "B o s" as a word counts; "B o s c h p a d" is another word
    assert unkept_spaced(_doc(text).pages, findings) == {"Bos": Unkept("PERSON", 1, 0)}


def test_normal_text_has_nothing_unkept() -> None:
    text = "Behandeld door: Pieter Janssen, adviseur. Janssen Transport rijdt om.\n"
    assert unkept_spaced(_doc(text).pages, [_finding(text, "Pieter Janssen")]) == {}


def test_a_surviving_unkept_occurrence_is_a_leak() -> None:
    """The reader sees the spaced surname in the output: with it counted as kept (the
    old rule) that passed; as an undecided occurrence it fails."""
    before = [" ".join(TEXT.split())]
    after = [before[0].replace("Pieter Janssen", "5.1.2e")]
    redacted = [_finding(TEXT, "Pieter Janssen")]
    unkept = unkept_spaced(_doc().pages, redacted)
    assert _text_problems("pdftotext", before, after, redacted) == []
    (problem,) = _text_problems("pdftotext", before, after, redacted, None, unkept)
    assert "nog leesbaar" in problem.message and "Janssen" not in problem.as_text()
    # the plain mention elsewhere ("Janssen Transport") stays allowed: remove only
    # the spaced one and the output passes
    fixed = [after[0].replace("J a n s s e n", "5.1.2e")]
    assert _text_problems("pdftotext", before, fixed, redacted, None, unkept) == []
