"""Text renderings of a decided document, through presidio-anonymizer.

A reviewer (or a text-only publication channel) gets the page text with every
redacted span replaced by its ground code, e.g. ``Beste [5.1.2e],``.  Kept
findings stay as they are.  The rendering holds no redacted text.
"""

from __future__ import annotations

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from redactie.document import Document
from redactie.findings import Action, Finding

_ENGINE: AnonymizerEngine | None = None


def _engine() -> AnonymizerEngine:
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = AnonymizerEngine()
    return _ENGINE


def render_page(text: str, findings: list[Finding]) -> str:
    """One page's text with redacted spans replaced by ``[ground]``."""
    red = [f for f in findings if f.action is Action.REDACT]
    if not red:
        return text
    # One pseudo entity type per ground, so each gets its own replacement.
    results = [RecognizerResult(f"GROUND_{f.ground}", f.start, f.end, 1.0) for f in red]
    operators = {
        f"GROUND_{g}": OperatorConfig("replace", {"new_value": f"[{g}]"})
        for g in {f.ground for f in red}
    }
    return str(_engine().anonymize(text=text, analyzer_results=results, operators=operators).text)


def render_document(document: Document, findings: list[Finding]) -> str:
    """All pages, separated by a form feed like ``pdftotext`` does."""
    by_page: dict[int, list[Finding]] = {}
    for f in findings:
        by_page.setdefault(f.page, []).append(f)
    return "\f".join(render_page(p.text, by_page.get(p.number, [])) for p in document.pages)
