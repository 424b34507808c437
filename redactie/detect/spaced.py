"""Detection on the whitespace-free view of letter-spaced text.

A name, e-mail address, IBAN or BSN that a document gives only letter-spaced
(``H e n d r i k j e  B o s s c h e r``, ``N L 9 1  A B N A ...``) or drawn a
character at a time (``He n drik j e Bo ss che r``) is read by no recognizer
on the page text.  For every page with letter gaps (:mod:`redactie.spacing`;
normal pages have none and cost one pass over their gaps), the rule packs'
recognizers run on the page without them, and the name recognizers (lists and
context rules; not the NER model) on the page without them but with a space
kept between a lower-case letter and a capital (``HendrikjeBosscher`` is two
words).  A hit that holds a letter gap is mapped back to the page text (and so
to the glyph boxes) as a finding of its own: rule id ``spaced:<rule>``, the
score times :data:`SPACED_SCORE`, flagged for review in its explanation.  A
hit without a letter gap is what the ordinary pass saw already and is left to
it.  A person the ordinary pass found inside such a name (``He`` of ``He n
drik je``) is that name misread, and gives way to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from redactie.document import Document
from redactie.findings import Finding
from redactie.spacing import SPACED_RULE_PREFIX, Gap, is_spaced, page_gaps, spans_gap, view
from redactie.woo import ENTITY_GROUNDS

__all__ = ["SPACED_RULE_PREFIX", "analyze_view", "is_spaced", "spaced_findings", "with_spaced"]

SPACED_SCORE = 0.9
SPACED_NOTE = "gevonden in letter-gespatieerde tekst (spaties tussen de letters), ter beoordeling"


class _Analyzer(Protocol):
    def analyze_text(self, text: str, page: int = 0) -> list[Finding]: ...


def analyze_view(analyzer: _Analyzer, text: str, page: int, names: bool) -> list[Finding]:
    """The rule recognizers (``names`` False) or the name recognizers (True) on a
    view; an analyzer without :meth:`analyze_view` runs all it has on both."""
    analyze_view = getattr(analyzer, "analyze_view", None)
    if analyze_view is not None:
        found: list[Finding] = analyze_view(text, page, names=names)
        return found
    return analyzer.analyze_text(text, page)


def _mapped(f: Finding, text: str, start: int, end: int) -> Finding:
    prov = f.provenance
    note = f"{prov.explanation}; {SPACED_NOTE}" if prov.explanation else SPACED_NOTE
    return replace(
        f,
        start=start,
        end=end,
        text=text[start:end],
        provenance=replace(
            prov,
            rule_id=f"{SPACED_RULE_PREFIX}{prov.rule_id or prov.recognizer}",
            score=round(prov.score * SPACED_SCORE, 4),
            explanation=note,
        ),
    )


def page_spaced_findings(
    text: str, number: int, gaps: Sequence[Gap], analyzer: _Analyzer
) -> list[Finding]:
    """The findings of one page's letter-spaced view (see the module docstring)."""
    out: list[Finding] = []
    seen: set[tuple[int, int, str, str]] = set()
    for names in (False, True):
        v = view(text, gaps, names=names)
        for f in analyze_view(analyzer, v.text, number, names):
            if f.entity_type not in ENTITY_GROUNDS:
                continue  # organisations and places are no personal data
            start, end = v.span(f.start, f.end)
            if not spans_gap(gaps, start, end):
                continue  # the ordinary pass reads this as written
            key = (start, end, f.entity_type, f.provenance.recognizer)
            if key in seen:
                continue
            seen.add(key)
            out.append(_mapped(f, text, start, end))
    return out


def spaced_findings(document: Document, analyzer: _Analyzer) -> list[Finding]:
    """The findings of the letter-spaced views of a document's pages."""
    out: list[Finding] = []
    for page in document.pages:
        gaps = page_gaps(page)
        if gaps:
            out.extend(page_spaced_findings(page.text, page.number, gaps, analyzer))
    return out


def with_spaced(raw: list[Finding], spaced: list[Finding]) -> list[Finding]:
    """``raw`` and ``spaced`` together, without the persons of ``raw`` that lie
    strictly inside a person of ``spaced`` (a misreading of the same letters)."""
    if not spaced:
        return raw
    names: dict[int, list[tuple[int, int]]] = {}
    for f in spaced:
        if f.entity_type == "PERSON":
            names.setdefault(f.page, []).append((f.start, f.end))
    kept = [
        f
        for f in raw
        if not (
            f.entity_type == "PERSON"
            and any(
                s <= f.start and f.end <= e and (s, e) != (f.start, f.end)
                for s, e in names.get(f.page, ())
            )
        )
    ]
    return kept + spaced
