"""The library surface: ``run``, ``scan``, ``apply`` and ``verify_file``.

``run`` is the whole job for a batch: extract, detect, resolve (with names
propagated across the documents of the run), redact to a temporary file,
verify with independent readers, and only then move the result into place.
A document that fails yields no PDF, only an entry in the report.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redactie import __version__
from redactie.detect.engine import DetectionEngine, EngineConfig, get_engine
from redactie.document import Document, extract, file_sha256
from redactie.errors import (
    ExitCode,
    InputFileError,
    OutputError,
    RedactieError,
    ReviewFileError,
)
from redactie.findings import Action, Finding, Provenance, Source
from redactie.package import document_facts
from redactie.redact import redact_pdf
from redactie.render import render_document
from redactie.report import (
    ID_PATTERN,
    DocumentOutcome,
    document_id,
    summarise,
    write_inventory,
    write_report,
    write_review_file,
)
from redactie.resolve import ResolveContext, resolve
from redactie.rules import RuleSet, load_rules
from redactie.verify import verify
from redactie.woo import ENTITY_GROUNDS, GROUNDS

log = logging.getLogger("redactie")

PUBLISHED = "gepubliceerd"
FAILED = "mislukt"


@dataclass(frozen=True)
class Options:
    use_model: bool = True
    model_path: Path | None = None
    rules_dir: Path | None = None
    ocr: bool | None = None  # None: OCR scanned pages when Tesseract is installed
    # Publish images of text on text pages that OCR cannot read, with a warning
    # (otherwise such a document fails); named in report.json when set.
    allow_unread_images: bool = False
    write_review: bool = True


@dataclass(frozen=True)
class InputItem:
    path: Path
    relative: Path  # where its output goes, relative to the output folder
    id: str = ""  # stable document ID (report.document_id); computed when empty

    @property
    def document_id(self) -> str:
        return self.id or document_id(self.path, self.relative)


@dataclass
class RunResult:
    outcomes: list[DocumentOutcome] = field(default_factory=list)
    report_path: Path | None = None
    inventory_path: Path | None = None

    @property
    def ok(self) -> bool:
        return all(o.status == PUBLISHED for o in self.outcomes)

    @property
    def exit_code(self) -> ExitCode:
        codes = {o.exit_code for o in self.outcomes if o.status != PUBLISHED}
        if not codes:
            return ExitCode.OK
        # A failed verification is the most serious outcome: report it first.
        for code in (ExitCode.VERIFICATION_FAILED, ExitCode.INPUT_FILE):
            if code in codes:
                return code
        return ExitCode(max(codes))


def collect_inputs(inputs: Sequence[Path]) -> list[InputItem]:
    """PDF files from the given files and folders (folders recursively, sorted)."""
    items: list[InputItem] = []
    used: set[Path] = set()
    ids: set[str] = set()
    for given in inputs:
        if given.is_dir():
            found = sorted(
                p for p in given.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf"
            )
            pairs = [(p, p.relative_to(given)) for p in found]
        else:
            pairs = [(given, Path(given.name))]
        for path, rel in pairs:
            target = rel
            n = 2
            while target in used:
                target = rel.with_name(f"{rel.stem}-{n}{rel.suffix}")
                n += 1
            used.add(target)
            ident = document_id(path, target, ids)
            ids.add(ident)
            items.append(InputItem(path=path, relative=target, id=ident))
    return items


def build_engine(options: Options) -> tuple[RuleSet, DetectionEngine]:
    rules = load_rules(options.rules_dir)
    engine = get_engine(
        EngineConfig(use_model=options.use_model, model_path=options.model_path), rules
    )
    return rules, engine


def detect(document: Document, engine: DetectionEngine) -> list[Finding]:
    """Raw findings for every page of a document."""
    return engine.analyze_pages(p.text for p in document.pages)


def person_names(findings: Iterable[Finding]) -> set[str]:
    return {
        f.text
        for f in findings
        if f.action is Action.REDACT and f.entity_type == "PERSON" and len(f.text) >= 2
    }


def _check_output_dir(out_dir: Path, items: list[InputItem]) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"de uitvoermap kan niet worden gemaakt ({exc.strerror})", path=str(out_dir)
        ) from exc
    if not os.access(out_dir, os.W_OK):
        raise OutputError("de uitvoermap is niet schrijfbaar", path=str(out_dir))
    out_resolved = out_dir.resolve()
    for item in items:
        if (out_resolved / item.relative).resolve() == item.path.resolve():
            raise OutputError(
                "de uitvoer zou het invoerbestand overschrijven; kies een andere uitvoermap",
                path=str(item.path),
            )


def run(inputs: Sequence[Path], out_dir: Path, options: Options | None = None) -> RunResult:
    """Redact every PDF in ``inputs`` into ``out_dir``; see the module docstring."""
    options = options or Options()
    items = collect_inputs(inputs)
    _check_output_dir(out_dir, items)
    rules, engine = build_engine(options)
    started = time.monotonic()

    documents: dict[int, Document] = {}
    raw: dict[int, list[Finding]] = {}
    failures: dict[int, RedactieError] = {}
    for i, item in enumerate(items):
        log.info("[%d/%d] lezen en detecteren: %s", i + 1, len(items), item.relative)
        try:
            doc = extract(
                item.path, ocr=options.ocr, allow_unread_images=options.allow_unread_images
            )
            documents[i] = doc
            raw[i] = detect(doc, engine)
        except RedactieError as exc:
            documents.pop(i, None)
            failures[i] = exc
            log.error("%s", exc)
        except Exception as exc:  # a bug must not stop the batch: this document fails
            documents.pop(i, None)
            log.exception("onverwachte fout bij %s", item.relative)
            failures[i] = RedactieError(
                f"onverwachte fout bij het lezen ({type(exc).__name__})", path=str(item.path)
            )

    # Resolve twice: the second pass knows every person found in the run, so a
    # name found in one document is redacted in all of them.
    resolved = {
        i: resolve(raw[i], ResolveContext(document=documents[i], rules=rules)) for i in documents
    }
    dossier = frozenset(n for fs in resolved.values() for n in person_names(fs))
    resolved = {
        i: resolve(
            raw[i], ResolveContext(document=documents[i], rules=rules, dossier_names=dossier)
        )
        for i in documents
    }

    result = RunResult()
    for i, item in enumerate(items):
        if i in failures:
            result.outcomes.append(_failed(i + 1, item, failures[i], out_dir, pages=0))
            continue
        log.info("[%d/%d] lakken en controleren: %s", i + 1, len(items), item.relative)
        result.outcomes.append(_publish(i + 1, item, documents[i], resolved[i], out_dir, options))

    meta = {
        "model": engine.model_name,
        "rules": rules.checksum,
        "seconds": round(time.monotonic() - started, 2),
    }
    if options.allow_unread_images:
        meta["allow_unread_images"] = True
    result.report_path = out_dir / "report.json"
    result.inventory_path = out_dir / "inventaris.csv"
    write_report(result.report_path, result.outcomes, meta)
    write_inventory(result.inventory_path, result.outcomes)
    return result


def _failed(
    number: int, item: InputItem, exc: RedactieError, out_dir: Path, pages: int
) -> DocumentOutcome:
    stale = out_dir / item.relative
    if stale.exists():  # a failed document must not leave an earlier output behind
        stale.unlink()
    return DocumentOutcome(
        number=number,
        id=item.document_id,
        source=str(item.relative),
        status=FAILED,
        pages=pages,
        error=exc.message,
        exit_code=int(exc.exit_code),
    )


def _publish(
    number: int,
    item: InputItem,
    doc: Document,
    findings: list[Finding],
    out_dir: Path,
    options: Options,
) -> DocumentOutcome:
    target = out_dir / item.relative
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.partial")
    review = target.with_name(f"{target.stem}.review.json")
    try:
        if options.write_review:
            write_review_file(
                review,
                document=doc.name,
                sha256=doc.sha256,
                pages=doc.page_count,
                findings=findings,
                document_id=item.document_id,
            )
        outcome = redact_and_verify(doc, findings, tmp)
        tmp.replace(target)
    except RedactieError as exc:
        tmp.unlink(missing_ok=True)
        log.error("%s", exc)
        return _failed(number, item, exc, out_dir, doc.page_count)
    except Exception as exc:
        tmp.unlink(missing_ok=True)
        log.exception("onverwachte fout bij %s", item.relative)
        err = RedactieError(f"onverwachte fout ({type(exc).__name__})", path=doc.name)
        return _failed(number, item, err, out_dir, doc.page_count)
    red, kept, by_entity, by_ground = summarise(findings)
    facts = document_facts(doc, findings, item.relative, item.document_id)
    return DocumentOutcome(
        number=number,
        id=item.document_id,
        source=str(item.relative),
        status=PUBLISHED,
        output=str(item.relative),
        review_file=review.name if options.write_review else None,
        pages=doc.page_count,
        redactions=red,
        kept=kept,
        by_entity=by_entity,
        by_ground=by_ground,
        verification=outcome[0],
        scrubbed=outcome[1],
        warnings=doc.warnings,
        date=facts.date,
        file_type=facts.file_type,
        title=facts.title,
    )


def redact_and_verify(
    doc: Document, findings: list[Finding], tmp: Path
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Redact into ``tmp`` and verify it; raise (and remove ``tmp``) on any problem."""
    try:
        red = redact_pdf(doc, findings, tmp)
        redacted = [f for f in findings if f.action is Action.REDACT]
        images = [p for p in doc.pages if p.image_regions]
        ours = [p.text for p in doc.pages]
        result = verify(doc.path, tmp, redacted, red.boxes, ours, images)
        result.raise_for_problems(doc.name)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return result.readers, red.scrubbed


# --- review workflow -------------------------------------------------------


def scan(inputs: Sequence[Path], out_dir: Path, options: Options | None = None) -> RunResult:
    """Detect and resolve only: write review files for a reviewer, no PDFs."""
    options = options or Options()
    items = collect_inputs(inputs)
    _check_output_dir(out_dir, items)
    rules, engine = build_engine(options)
    docs: dict[int, Document] = {}
    raw: dict[int, list[Finding]] = {}
    result = RunResult()
    for i, item in enumerate(items):
        try:
            docs[i] = extract(
                item.path, ocr=options.ocr, allow_unread_images=options.allow_unread_images
            )
            raw[i] = detect(docs[i], engine)
        except RedactieError as exc:
            result.outcomes.append(_failed(i + 1, item, exc, out_dir, 0))
    first = {i: resolve(raw[i], ResolveContext(document=docs[i], rules=rules)) for i in docs}
    dossier = frozenset(n for fs in first.values() for n in person_names(fs))
    for i, item in enumerate(items):
        if i not in docs:
            continue
        fs = resolve(raw[i], ResolveContext(document=docs[i], rules=rules, dossier_names=dossier))
        review = out_dir / item.relative.with_name(f"{item.relative.stem}.review.json")
        review.parent.mkdir(parents=True, exist_ok=True)
        write_review_file(
            review,
            document=docs[i].name,
            sha256=docs[i].sha256,
            pages=docs[i].page_count,
            findings=fs,
            document_id=item.document_id,
        )
        preview = review.with_name(f"{item.relative.stem}.preview.txt")
        preview.write_text(render_document(docs[i], fs), encoding="utf-8")
        red, kept, by_entity, by_ground = summarise(fs)
        result.outcomes.append(
            DocumentOutcome(
                number=i + 1,
                id=item.document_id,
                source=str(item.relative),
                status="gescand",
                review_file=review.name,
                pages=docs[i].page_count,
                redactions=red,
                kept=kept,
                by_entity=by_entity,
                by_ground=by_ground,
                warnings=docs[i].warnings,
            )
        )
    result.outcomes.sort(key=lambda o: o.number)
    return result


def locate_span(
    page_text: str, stored: str, start: int, end: int, name: str, number: int
) -> tuple[int, int]:
    """Where a review file's finding stands in the page text as extracted now.

    The stored text must be at its stored positions, or occur exactly once on
    its page (then it moves there, whitespace may differ); otherwise the review
    file belongs to another extraction of the document and nothing is trusted.
    ``number`` names the finding (1-based) in the error, never its text.
    """
    if stored.strip() and 0 <= start < end <= len(page_text) and page_text[start:end] == stored:
        return start, end
    parts = stored.split()
    if parts:
        # Whole words only: a name is not moved into a longer name.
        body = r"\s+".join(re.escape(p) for p in parts)
        pattern = re.compile(rf"(?<!\w){body}(?!\w)")
        hits = list(itertools.islice(pattern.finditer(page_text), 2))
        if len(hits) == 1:
            return hits[0].start(), hits[0].end()
        if hits:
            reason = "staat niet op de opgeslagen plaats en komt meer dan eens voor op de pagina"
        else:
            reason = "staat niet (meer) op de pagina"
    else:
        reason = "heeft geen tekst"
    raise ReviewFileError(
        f"bevinding {number} van het reviewbestand {reason}; het reviewbestand hoort bij een "
        "andere uitlezing van het document, scan het opnieuw",
        path=name,
    )


def findings_from_review(data: dict[str, Any], doc: Document) -> list[Finding]:
    """Findings as decided in a review file (actions set by the reviewer).

    Every finding is checked against the document as extracted now
    (:func:`locate_span`): positions from another extraction raise
    :class:`ReviewFileError`.
    """
    if data.get("format") != "redactie-review/1":
        raise ReviewFileError("onbekend formaat van het reviewbestand")
    if data.get("sha256") != doc.sha256:
        raise ReviewFileError("het reviewbestand hoort bij een ander document", path=doc.name)
    out: list[Finding] = []
    for number, raw in enumerate(data.get("findings", []), start=1):
        try:
            page = int(raw["page"]) - 1
            start, end = int(raw["start"]), int(raw["end"])
            entity = str(raw["entity_type"])
            action = Action(str(raw.get("action", "redact")))
            stored = raw["text"]
            if not 0 <= page < doc.page_count or not isinstance(stored, str):
                raise ValueError("pagina of tekst ontbreekt")
        except (KeyError, ValueError, IndexError, TypeError) as exc:
            raise ReviewFileError(
                f"ongeldige regel in het reviewbestand: {exc}", path=doc.name
            ) from exc
        if entity not in ENTITY_GROUNDS:
            raise ReviewFileError(f"ongeldig gegevenstype: {entity}", path=doc.name)
        start, end = locate_span(doc.pages[page].text, stored, start, end, doc.name, number)
        text = doc.pages[page].text[start:end]
        manual = raw.get("source") == Source.MANUAL.value or "recognizer" not in raw
        out.append(
            Finding(
                page=page,
                start=start,
                end=end,
                text=text,
                entity_type=entity,
                ground=_review_ground(raw, entity, doc.name),
                provenance=Provenance(
                    recognizer=str(raw.get("recognizer", "reviewer")),
                    source=Source.MANUAL if manual else Source(str(raw.get("source", "rule"))),
                    rule_id=str(raw.get("rule_id", "")),
                    score=float(raw.get("score", 1.0)),
                ),
                action=action,
                keep_reason=str(raw.get("keep_reason", "")),
            )
        )
    return out


def _review_ground(raw: dict[str, Any], entity: str, name: str) -> str:
    """The ground a reviewer gave a finding (any ground of the catalogue), or the
    entity type's own ground when the review file names none (older files)."""
    ground = raw.get("ground")
    if ground is None or ground == "":
        return ENTITY_GROUNDS[entity]
    if not isinstance(ground, str) or ground not in GROUNDS:
        raise ReviewFileError("onbekende Woo-grond in het reviewbestand", path=name)
    return ground


def _review_document_id(data: dict[str, Any], source: Path) -> str:
    """The ID stored in the review file (so `apply` keeps the ID of `scan`/`run`),
    else the one computed from the document itself."""
    stored = data.get("document_id")
    if isinstance(stored, str) and ID_PATTERN.fullmatch(stored):
        return stored
    return document_id(source, Path(source.name))


def read_review_file(review_file: Path) -> dict[str, Any]:
    """The JSON of a review file, or ReviewFileError."""
    try:
        data = json.loads(review_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReviewFileError(
            "het reviewbestand kan niet worden gelezen", path=str(review_file)
        ) from exc
    if not isinstance(data, dict):
        raise ReviewFileError(
            "het reviewbestand heeft niet de verwachte opbouw", path=str(review_file)
        )
    return data


def review_files(folder: Path) -> list[Path]:
    """The review files of a ``scan`` or ``run`` output folder (recursively, sorted)."""
    return sorted(p for p in folder.rglob("*.review.json") if p.is_file())


def find_source(review_file: Path, data: dict[str, Any], sources: Sequence[Path]) -> Path:
    """The original PDF of a review file: the file among ``sources`` with its hash.

    Candidates with the document's file name are tried first; only a PDF whose
    SHA-256 matches the review file's is accepted, so a review file never meets
    another version of its document.
    """
    name, digest = str(data.get("document", "")), data.get("sha256")
    candidates = [i.path for i in collect_inputs(sources)]
    candidates.sort(key=lambda p: p.name != name)
    for path in candidates:
        try:
            if file_sha256(path) == digest:
                return path
        except OSError:
            continue
    raise ReviewFileError(
        f"het originele document ({name}) is niet gevonden in {', '.join(map(str, sources))}; "
        "geef de map met de originele PDF's op met --sources",
        path=str(review_file),
    )


def apply(
    source: Path, review_file: Path, out_dir: Path, options: Options | None = None
) -> RunResult:
    """Redact one document as decided in its (reviewed) review file."""
    return _apply_pairs([(source, review_file)], out_dir, options)


def apply_dossier(
    review_dir: Path,
    out_dir: Path,
    options: Options | None = None,
    sources: Sequence[Path] = (),
) -> RunResult:
    """Redact every document of a reviewed ``scan``/``run`` output as its review file says.

    The PDFs are looked up by hash in ``sources`` (default: ``review_dir``
    itself); each goes through the same redaction and verification as ``run``.
    """
    files = review_files(review_dir)
    if not files:
        raise ReviewFileError("geen reviewbestanden (*.review.json) gevonden", path=str(review_dir))
    pairs: list[tuple[Path | ReviewFileError, Path]] = []
    for rf in files:
        try:
            pairs.append((find_source(rf, read_review_file(rf), sources or [review_dir]), rf))
        except ReviewFileError as exc:
            pairs.append((exc, rf))
    return _apply_pairs(pairs, out_dir, options)


def _apply_pairs(
    pairs: Sequence[tuple[Path | ReviewFileError, Path]],
    out_dir: Path,
    options: Options | None,
) -> RunResult:
    """Redact each (PDF, review file) pair; a pair whose PDF was not found fails alone."""
    options = options or Options()
    items = [
        InputItem(
            path=src if isinstance(src, Path) else rf,
            relative=Path(
                src.name if isinstance(src, Path) else rf.name.removesuffix(".review.json") + ".pdf"
            ),
        )
        for src, rf in pairs
    ]
    _check_output_dir(out_dir, items)
    result = RunResult()
    publish_options = Options(**{**options.__dict__, "write_review": False})
    for n, ((src, review_file), item) in enumerate(zip(pairs, items, strict=True), start=1):
        try:
            if isinstance(src, ReviewFileError):
                raise src
            doc = extract(src, ocr=options.ocr, allow_unread_images=options.allow_unread_images)
            data = read_review_file(review_file)
            findings = findings_from_review(data, doc)
            item = InputItem(path=src, relative=item.relative, id=_review_document_id(data, src))
        except (InputFileError, ReviewFileError) as exc:
            result.outcomes.append(_failed(n, item, exc, out_dir, 0))
            continue
        result.outcomes.append(_publish(n, item, doc, findings, out_dir, publish_options))
    result.report_path = out_dir / "report.json"
    result.inventory_path = out_dir / "inventaris.csv"
    meta: dict[str, object] = (
        {"review_file": pairs[0][1].name} if len(pairs) == 1 else {"review_files": len(pairs)}
    )
    if options.allow_unread_images:
        meta["allow_unread_images"] = True
    write_report(result.report_path, result.outcomes, meta)
    write_inventory(result.inventory_path, result.outcomes)
    return result


__all__ = ["Options", "RunResult", "__version__", "apply", "apply_dossier", "run", "scan"]
