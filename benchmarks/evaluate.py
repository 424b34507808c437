"""Measure redactie's detection against hand-written expected findings.

Usage::

    .venv/bin/python benchmarks/evaluate.py [--corpus samples|heldout|DIR] [--no-model] [--json]
                                            [--summary] [--check-text]

A corpus is a folder of PDFs plus ``expected/<stem>.json`` files::

    {"document": "x.pdf",
     "redact": [{"text": "Marloes van Dalen", "entity": "PERSON"}, ...],
     "keep": ["Den Haag", "Hoogendoorn"]}

The documents are scanned with :func:`redactie.api.scan` (detection and resolution, no
redaction); the review files it writes hold every finding with its page and character offsets.
Every expected string is located in the page texts of :func:`redactie.document.extract`
(case-sensitive, whitespace-insensitive, word-bounded; a line break after a hyphen or slash is
tolerated), and the findings are scored against those occurrences:

* recall: share of expected ``redact`` occurrences whose every non-space character is covered by
  findings with action ``redact`` (of any entity type: a name redacted as the wrong type did not
  leak); leak rate = 1 - recall. "typed" recall also requires the finding's entity type to match.
* precision: share of redact findings that overlap an expected redact occurrence (per finding),
  and the share of redacted non-space characters that lie inside expected occurrences (per char).
* keep violations: occurrences of ``keep`` strings touched by a redact finding.

An occurrence contained in a longer expected redact occurrence (``Zomer`` inside ``Bram Zomer``)
is not counted separately; a ``keep`` occurrence that overlaps an expected redact occurrence
(``Utrecht`` in ``3514 BK Utrecht``) is not checked.

``--check-text`` checks the expected files only: every string must be found in the redactie
extraction and in ``pdftotext`` output, and nothing is scanned.

This is an internal tool: its detailed output prints the (invented) personal data of the corpus.
Use ``--summary`` to print the figures only, e.g. when the people tuning the detectors must not
see the held-out documents.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA: dict[str, tuple[Path, Path]] = {
    # name: (folder with the PDFs, folder with the expected JSON files)
    "samples": (ROOT / "samples", ROOT / "samples" / "expected"),
    "heldout": (
        ROOT / "benchmarks" / "heldout" / "pdf",
        ROOT / "benchmarks" / "heldout" / "expected",
    ),
}
ALL = "ALL"


# --- data -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    """The expected findings of one document."""

    document: str
    redact: tuple[tuple[str, str], ...]  # (text, entity type)
    keep: tuple[str, ...]
    optional: tuple[str, ...] = ()  # may be redacted or not: not scored

    @classmethod
    def from_dict(cls, data: dict[str, Any], fallback_name: str = "") -> Expected:
        redact = tuple((str(r["text"]), str(r["entity"])) for r in data.get("redact", []))
        keep = tuple(str(k) for k in data.get("keep", []))
        optional = tuple(str(k) for k in data.get("optional", []))
        return cls(
            document=str(data.get("document") or fallback_name),
            redact=redact,
            keep=keep,
            optional=optional,
        )


@dataclass(frozen=True)
class Span:
    """A character range on one page (0-based page), with what it is."""

    page: int
    start: int
    end: int
    text: str
    entity: str = ""

    def overlaps(self, other: Span) -> bool:
        return self.page == other.page and self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.page == other.page and self.start <= other.start and other.end <= self.end


@dataclass
class EntityScore:
    """Counts for one entity type (or ``ALL``)."""

    expected: int = 0  # expected redact occurrences
    recalled: int = 0  # ... fully covered by redact findings of any type
    recalled_typed: int = 0  # ... fully covered by redact findings of this type
    findings: int = 0  # redact findings reported with this type
    true_findings: int = 0  # ... that overlap an expected redact occurrence

    def add(self, other: EntityScore) -> None:
        self.expected += other.expected
        self.recalled += other.recalled
        self.recalled_typed += other.recalled_typed
        self.findings += other.findings
        self.true_findings += other.true_findings

    @property
    def recall(self) -> float | None:
        return self.recalled / self.expected if self.expected else None

    @property
    def typed_recall(self) -> float | None:
        return self.recalled_typed / self.expected if self.expected else None

    @property
    def leak_rate(self) -> float | None:
        r = self.recall
        return None if r is None else 1.0 - r

    @property
    def precision(self) -> float | None:
        return self.true_findings / self.findings if self.findings else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "expected": self.expected,
            "recalled": self.recalled,
            "recalled_typed": self.recalled_typed,
            "recall": _round(self.recall),
            "typed_recall": _round(self.typed_recall),
            "leak_rate": _round(self.leak_rate),
            "findings": self.findings,
            "true_findings": self.true_findings,
            "precision": _round(self.precision),
        }


@dataclass
class Score:
    """The score of one document or of a whole corpus."""

    entities: dict[str, EntityScore] = field(default_factory=dict)
    redacted_chars: int = 0  # non-space characters redacted
    true_chars: int = 0  # ... of which inside an expected redact occurrence
    keep_occurrences: int = 0
    leaked: list[Span] = field(default_factory=list)
    partial: list[Span] = field(default_factory=list)  # leaked, but partly covered
    keep_violations: list[Span] = field(default_factory=list)
    false_findings: list[Span] = field(default_factory=list)
    neutral_findings: list[Span] = field(default_factory=list)  # only on optional strings
    missing: list[str] = field(default_factory=list)  # expected strings not in the text

    def entity(self, name: str) -> EntityScore:
        return self.entities.setdefault(name, EntityScore())

    @property
    def total(self) -> EntityScore:
        total = EntityScore()
        for e in self.entities.values():
            total.add(e)
        return total

    @property
    def char_precision(self) -> float | None:
        return self.true_chars / self.redacted_chars if self.redacted_chars else None

    def add(self, other: Score) -> None:
        for name, e in other.entities.items():
            self.entity(name).add(e)
        self.redacted_chars += other.redacted_chars
        self.true_chars += other.true_chars
        self.keep_occurrences += other.keep_occurrences
        self.leaked += other.leaked
        self.partial += other.partial
        self.keep_violations += other.keep_violations
        self.false_findings += other.false_findings
        self.neutral_findings += other.neutral_findings
        self.missing += other.missing


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


# --- locating expected strings --------------------------------------------------------------


def string_pattern(text: str, optional_hyphen: bool = False) -> re.Pattern[str]:
    """A pattern for ``text`` as printed: any whitespace run for a space, an optional line
    break after a hyphen or slash, no word character directly before or after.

    ``optional_hyphen``: a hyphen may also be missing (pdftotext drops the hyphen of a word
    broken at the end of a line).
    """
    tokens = text.split()
    if not tokens:
        raise ValueError("empty expected string")
    hyphen = r"-?\s*" if optional_hyphen else r"-\s*"

    def char(c: str) -> str:
        if c == "-":
            return hyphen
        return re.escape(c) + (r"\s*" if c == "/" else "")

    parts = ["".join(char(c) for c in token) for token in tokens]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)")


def hyphenated_pattern(text: str) -> re.Pattern[str]:
    """``text`` as printed when a word of it is hyphenated at a line end (``Ver-\nmeulen``)."""
    broken = r"(?:-[ \t]*\n[ \t]*)?"
    parts = [broken.join(re.escape(c) for c in token) for token in text.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)")


def find_occurrences(pages: Sequence[str], text: str, entity: str = "") -> list[Span]:
    found = [
        Span(page=i, start=m.start(), end=m.end(), text=text, entity=entity)
        for pattern in (string_pattern(text), hyphenated_pattern(text))
        for i, page_text in enumerate(pages)
        for m in pattern.finditer(page_text)
    ]
    unique = {(s.page, s.start, s.end): s for s in found}
    return [unique[k] for k in sorted(unique)]


@dataclass
class Located:
    """The occurrences of a document's expected strings."""

    redact: list[Span]
    keep: list[Span]
    optional: list[Span]
    missing: list[str]  # expected strings that do not occur in the text


def locate(pages: Sequence[str], expected: Expected) -> Located:
    """Where the expected strings occur.

    A redact occurrence inside a longer one is dropped (the same span listed twice keeps the
    first entity type); a keep occurrence overlapping a redact or optional occurrence is
    dropped.
    """
    missing: list[str] = []
    found: list[Span] = []
    for text, entity in expected.redact:
        occ = find_occurrences(pages, text, entity)
        if not occ:
            missing.append(text)
        found += occ
    found.sort(key=lambda s: (s.page, s.start, -(s.end - s.start)))
    redact: list[Span] = []
    for span in found:
        if not any(other.contains(span) for other in redact):
            redact.append(span)
    optional: list[Span] = []
    for text in expected.optional:
        occ = find_occurrences(pages, text)
        if not occ:
            missing.append(text)
        optional += occ
    keep: list[Span] = []
    for text in expected.keep:
        occ = find_occurrences(pages, text)
        if not occ:
            missing.append(text)
        for span in occ:
            if span in keep or any(span.overlaps(o) for o in (*redact, *optional)):
                continue
            keep.append(span)
    return Located(redact=redact, keep=keep, optional=optional, missing=missing)


# --- scoring --------------------------------------------------------------------------------


def _covered(spans: Iterable[Span]) -> dict[int, set[int]]:
    cover: dict[int, set[int]] = {}
    for s in spans:
        cover.setdefault(s.page, set()).update(range(s.start, s.end))
    return cover


def _nonspace(pages: Sequence[str], page: int, start: int, end: int) -> list[int]:
    text = pages[page]
    return [i for i in range(start, min(end, len(text))) if not text[i].isspace()]


def score_document(pages: Sequence[str], expected: Expected, findings: Sequence[Span]) -> Score:
    """Score the redact findings of one document (``findings``: action redact only)."""
    located = locate(pages, expected)
    redact_occ, keep_occ = located.redact, located.keep
    score = Score(missing=[f"{expected.document}: {m}" for m in located.missing])
    score.keep_occurrences = len(keep_occ)

    cover_any = _covered(findings)
    by_type: dict[str, list[Span]] = {}
    for f in findings:
        by_type.setdefault(f.entity, []).append(f)
    cover_typed = {t: _covered(fs) for t, fs in by_type.items()}

    for occ in redact_occ:
        chars = _nonspace(pages, occ.page, occ.start, occ.end)
        e = score.entity(occ.entity)
        e.expected += 1
        got = cover_any.get(occ.page, set())
        if all(c in got for c in chars):
            e.recalled += 1
        else:
            score.leaked.append(occ)
            if any(c in got for c in chars):
                score.partial.append(occ)
        typed = cover_typed.get(occ.entity, {}).get(occ.page, set())
        if all(c in typed for c in chars):
            e.recalled_typed += 1

    for f in findings:
        needed = any(f.overlaps(occ) for occ in redact_occ)
        if not needed and any(f.overlaps(occ) for occ in located.optional):
            score.neutral_findings.append(f)  # allowed, not needed: not scored
            continue
        e = score.entity(f.entity)
        e.findings += 1
        if needed:
            e.true_findings += 1
        else:
            score.false_findings.append(f)

    expected_cover = _covered(redact_occ)
    optional_cover = _covered(located.optional)
    for page, covered in cover_any.items():
        for c in covered:
            if c >= len(pages[page]) or pages[page][c].isspace():
                continue
            if c in optional_cover.get(page, set()) and c not in expected_cover.get(page, set()):
                continue
            score.redacted_chars += 1
            if c in expected_cover.get(page, set()):
                score.true_chars += 1

    score.keep_violations = [k for k in keep_occ if any(k.overlaps(f) for f in findings)]
    return score


# --- running the library --------------------------------------------------------------------


def resolve_corpus(corpus: str) -> tuple[Path, Path]:
    if corpus in CORPORA:
        return CORPORA[corpus]
    folder = Path(corpus)
    pdf_dir = folder / "pdf" if (folder / "pdf").is_dir() else folder
    return pdf_dir, folder / "expected"


def load_expected(expected_dir: Path) -> list[Expected]:
    out = []
    for path in sorted(expected_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append(Expected.from_dict(data, fallback_name=f"{path.stem}.pdf"))
    return out


def findings_from_review(data: dict[str, Any]) -> list[Span]:
    """Redact findings of a review file (pages there are 1-based)."""
    return [
        Span(
            page=int(f["page"]) - 1,
            start=int(f["start"]),
            end=int(f["end"]),
            text=str(f.get("text", "")),
            entity=str(f["entity_type"]),
        )
        for f in data.get("findings", [])
        if f.get("action", "redact") == "redact"
    ]


def page_texts(pdf: Path) -> list[str]:
    from redactie.document import extract

    return [p.text for p in extract(pdf).pages]


def scan_corpus(
    pdfs: Sequence[Path], use_model: bool, model_path: Path | None = None
) -> dict[str, list[Span] | str]:
    """Findings per PDF name; a string (the error) for a document that could not be scanned."""
    from redactie import api

    out: dict[str, list[Span] | str] = {}
    with tempfile.TemporaryDirectory(prefix="redactie-eval-") as tmp:
        options = api.Options(use_model=use_model, model_path=model_path)
        result = api.scan(list(pdfs), Path(tmp), options)
        for outcome in result.outcomes:
            if outcome.review_file is None:
                out[Path(outcome.source).name] = outcome.error or "scan failed"
                continue
            review = Path(tmp) / Path(outcome.source).parent / outcome.review_file
            data = json.loads(review.read_text(encoding="utf-8"))
            out[Path(outcome.source).name] = findings_from_review(data)
    return out


@dataclass
class Evaluation:
    corpus: str
    use_model: bool
    documents: dict[str, Score] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> Score:
        total = Score()
        for s in self.documents.values():
            total.add(s)
        return total


def evaluate(corpus: str, use_model: bool, model_path: Path | None = None) -> Evaluation:
    pdf_dir, expected_dir = resolve_corpus(corpus)
    expectations = load_expected(expected_dir)
    if not expectations:
        raise SystemExit(f"no expected findings in {expected_dir}")
    ev = Evaluation(corpus=corpus, use_model=use_model)
    pdfs: dict[str, Path] = {}
    for exp in expectations:
        pdf = pdf_dir / exp.document
        if pdf.is_file():
            pdfs[exp.document] = pdf
        else:
            ev.errors[exp.document] = f"PDF not found: {pdf}"
    scanned = scan_corpus(list(pdfs.values()), use_model, model_path) if pdfs else {}
    for exp in expectations:
        if exp.document not in pdfs:
            continue
        findings = scanned.get(exp.document, "not scanned")
        if isinstance(findings, str):
            ev.errors[exp.document] = findings
            continue
        ev.documents[exp.document] = score_document(page_texts(pdfs[exp.document]), exp, findings)
    return ev


# --- checking the expected files --------------------------------------------------------------


def pdftotext_variants(pdf: Path) -> list[str]:
    """The text of a PDF as pdftotext gives it, in default, layout and raw mode."""
    if shutil.which("pdftotext") is None:
        return []
    out = []
    for mode in ([], ["-layout"], ["-raw"]):
        res = subprocess.run(
            ["pdftotext", *mode, "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=False,
        )
        out.append(res.stdout)
    return out


def check_text(corpus: str) -> list[str]:
    """Problems with the expected files: strings not found in the extracted texts."""
    pdf_dir, expected_dir = resolve_corpus(corpus)
    problems: list[str] = []
    have_pdftotext = shutil.which("pdftotext") is not None
    if not have_pdftotext:
        problems.append("pdftotext is not installed: only the redactie extraction was checked")
    for exp in load_expected(expected_dir):
        pdf = pdf_dir / exp.document
        if not pdf.is_file():
            problems.append(f"{exp.document}: PDF not found")
            continue
        pages = page_texts(pdf)
        variants = pdftotext_variants(pdf)
        strings = [t for t, _ in exp.redact] + list(exp.keep) + list(exp.optional)
        for text in strings:
            if not find_occurrences(pages, text):
                problems.append(f"{exp.document}: not in redactie extraction: {text!r}")
            pattern = string_pattern(text, optional_hyphen=True)
            if have_pdftotext and not any(pattern.search(v) for v in variants):
                problems.append(f"{exp.document}: not in pdftotext output: {text!r}")
    return problems


# --- output ---------------------------------------------------------------------------------


def _pct(x: float | None) -> str:
    return "   -  " if x is None else f"{100 * x:5.1f}%"


def entity_rows(score: Score) -> list[tuple[str, EntityScore]]:
    names = sorted(score.entities, key=lambda n: (n != "PERSON", n))
    return [(n, score.entities[n]) for n in names] + [(ALL, score.total)]


def render_table(ev: Evaluation, summary: bool = False) -> str:
    total = ev.total
    lines = [
        f"Corpus: {ev.corpus} - {len(ev.documents)} documents scored"
        f" - model: {'on' if ev.use_model else 'off (--no-model)'}",
        "",
        f"{'entity':<18}{'expected':>9}{'recalled':>9}{'recall':>8}{'typed':>8}{'leak':>8}"
        f"{'findings':>10}{'correct':>9}{'precision':>11}",
    ]
    for name, e in entity_rows(total):
        if name == ALL:
            lines.append("-" * 90)
        lines.append(
            f"{name:<18}{e.expected:>9}{e.recalled:>9}{_pct(e.recall):>8}{_pct(e.typed_recall):>8}"
            f"{_pct(e.leak_rate):>8}{e.findings:>10}{e.true_findings:>9}{_pct(e.precision):>11}"
        )
    lines += [
        "",
        f"character precision: {_pct(total.char_precision).strip()}"
        f" ({total.true_chars} of {total.redacted_chars} redacted non-space characters"
        " lie inside expected occurrences)",
        f"keep violations: {len(total.keep_violations)} of {total.keep_occurrences}"
        " keep occurrences touched by a redaction",
        f"not scored: {len(total.neutral_findings)} redactions that touch only optional strings",
        "",
        "Per document (PERSON recall / all recall / precision / keep violations):",
    ]
    for doc, s in sorted(ev.documents.items()):
        p, t = s.entities.get("PERSON", EntityScore()), s.total
        lines.append(
            f"  {doc:<42}{_pct(p.recall):>8}{_pct(t.recall):>8}{_pct(t.precision):>8}"
            f"{len(s.keep_violations):>5}"
        )
    for doc, err in sorted(ev.errors.items()):
        lines.append(f"  {doc:<42} ERROR: {err}")
    if total.missing:
        lines += ["", "Expected strings not found in the extracted text (fix the expected file):"]
        lines += [f"  {m}" for m in total.missing]
    if summary:
        return "\n".join(lines)

    sections = (
        ("Leaked (expected redactions not fully covered)", "leaked", True),
        ("Keep violations", "keep_violations", False),
        ("Redactions outside every expected occurrence", "false_findings", True),
    )
    for title, attr, show_entity in sections:
        count = len(getattr(total, attr))
        if not count:
            continue
        lines.extend(["", f"{title} ({count}):"])
        for doc, s in sorted(ev.documents.items()):
            for x in getattr(s, attr):
                ent = f" [{x.entity}]" if show_entity and x.entity else ""
                text = " ".join(x.text.split())
                lines.append(f"  {doc} p.{x.page + 1}: {text!r}{ent}")
    return "\n".join(lines)


def _span_dict(s: Span) -> dict[str, Any]:
    return {"page": s.page + 1, "start": s.start, "end": s.end, "text": s.text, "entity": s.entity}


def score_dict(s: Score) -> dict[str, Any]:
    return {
        "entities": {n: e.as_dict() for n, e in entity_rows(s)},
        "char_precision": _round(s.char_precision),
        "redacted_chars": s.redacted_chars,
        "true_chars": s.true_chars,
        "keep_occurrences": s.keep_occurrences,
        "keep_violations": [_span_dict(x) for x in s.keep_violations],
        "leaked": [_span_dict(x) for x in s.leaked],
        "false_findings": [_span_dict(x) for x in s.false_findings],
        "neutral_findings": [_span_dict(x) for x in s.neutral_findings],
        "missing": s.missing,
    }


def render_json(ev: Evaluation) -> str:
    data = {
        "format": "redactie-evaluation/1",
        "corpus": ev.corpus,
        "use_model": ev.use_model,
        "total": score_dict(ev.total),
        "documents": {d: score_dict(s) for d, s in sorted(ev.documents.items())},
        "errors": ev.errors,
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus",
        default="samples",
        help="samples, heldout, or a folder with PDFs (or pdf/) and expected/ (default: samples)",
    )
    parser.add_argument(
        "--no-model", action="store_true", help="rules and lists only, no NER model"
    )
    parser.add_argument(
        "--model", type=Path, default=None, help="another NER model (default: the one in models/)"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--summary", action="store_true", help="figures only, no leaked or flagged strings"
    )
    parser.add_argument(
        "--check-text",
        action="store_true",
        help="only check that every expected string is in the extracted text",
    )
    args = parser.parse_args(argv)

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    if args.check_text:
        problems = check_text(args.corpus)
        for p in problems:
            print(p)
        print("expected files OK" if not problems else f"{len(problems)} problem(s)")
        return 1 if problems else 0

    from redactie.errors import RedactieError

    try:
        ev = evaluate(args.corpus, use_model=not args.no_model, model_path=args.model)
    except RedactieError as exc:  # e.g. the NER model is missing
        print(f"evaluation not possible: {exc}", file=sys.stderr)
        return 2
    print(render_json(ev) if args.json else render_table(ev, summary=args.summary))
    return 1 if ev.errors else 0


if __name__ == "__main__":
    sys.exit(main())
