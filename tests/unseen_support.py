"""Shared by the tests of classes of errors on unseen documents: resolve one page's
text as the pipeline would, without the NER model, optionally with spans as the model
would report them, and read what was redacted."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pymupdf

from redactie.detect.engine import DetectionEngine, EngineConfig
from redactie.document import Document, Page
from redactie.findings import Action, Finding, Provenance, Source
from redactie.resolve import ResolveContext, resolve
from redactie.rules import RuleSet
from redactie.woo import ENTITY_GROUNDS

Resolver = Callable[..., list[Finding]]


def model_span(text: str, words: str, entity: str) -> Finding:
    """A finding as the NER model reports it: the first ``words`` in ``text``."""
    start = text.index(words)
    return Finding(
        page=0, start=start, end=start + len(words), text=words, entity_type=entity,
        ground=ENTITY_GROUNDS.get(entity, "5.1.2e"),
        provenance=Provenance("ner:spacy", Source.NER, "", 0.85),
    )  # fmt: skip


def resolver(rules: RuleSet) -> Resolver:
    """``resolve(text, model=((words, entity), ...))``: the rules' findings on a one-page
    document of ``text`` with the model's spans added (rule findings inside them left
    out, as Presidio drops them), resolved."""
    engine = DetectionEngine(EngineConfig(use_model=False), rules)

    def _resolve(text: str, model: tuple[tuple[str, str], ...] = ()) -> list[Finding]:
        doc = Document(path=Path("t.pdf"), sha256="0", pages=(Page(0, text, 595, 842, 0, False),))
        ner = [model_span(text, words, entity) for words, entity in model]
        found = [
            f
            for f in engine.analyze_text(text)
            if not any(n.start <= f.start and f.end <= n.end for n in ner)
        ]
        return resolve(found + ner, ResolveContext(document=doc, rules=rules))

    return _resolve


def redacted(findings: list[Finding], entity: str | None = None) -> set[str]:
    return {
        f.text
        for f in findings
        if f.action is Action.REDACT and (entity is None or f.entity_type == entity)
    }


def kept(findings: list[Finding], entity: str | None = None) -> set[str]:
    return {
        f.text
        for f in findings
        if f.action is Action.KEEP and (entity is None or f.entity_type == entity)
    }


def redacted_words(findings: list[Finding]) -> set[str]:
    return {w.strip(".,()") for t in redacted(findings) for w in t.split()}


def table_pdf(path: Path, title: str, rows: list[list[str]], columns: list[float]) -> None:
    """A page with a title, a table (cells may hold several lines, joined by "\\n")
    and a sentence below it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 50), title, fontsize=10)
    y = 90.0
    for row in rows:
        lines = 1
        for x, cell in zip(columns, row, strict=True):
            for n, line in enumerate(cell.split("\n")):
                page.insert_text((x, y + 11 * n), line, fontsize=9)
            lines = max(lines, len(cell.split("\n")))
        y += 11 * lines + 12
    page.insert_text((40, y + 20), "Wijzigingen graag voor vrijdag doorgeven.", fontsize=9)
    doc.save(path)


def published(out_dir: Path, name: str) -> str:
    """The redacted file ``name`` in ``out_dir`` as ``pdftotext -layout`` reads it."""
    return subprocess.run(
        ["pdftotext", "-layout", str(out_dir / name), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
