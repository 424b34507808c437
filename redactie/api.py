"""The library surface: ``run``, ``scan``, ``apply`` and ``verify_file``.

``run`` is the whole job for a batch: extract, detect, resolve (with names
propagated across the documents of the run), redact to a temporary file,
verify with independent readers, and only then move the result into place.
A document that fails yields no PDF, only an entry in the report.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from redactie import __version__
from redactie.batch import (
    DaskCluster,
    Executor,
    InProcess,
    ProcessPool,
    Progress,
    read_pickle,
    write_pickle,
)
from redactie.detect.engine import DetectionEngine, EngineConfig, find_model, get_engine
from redactie.detect.seams import page_seam_findings
from redactie.detect.spaced import spaced_findings, with_spaced
from redactie.document import Document, extract, file_sha256
from redactie.errors import (
    ClusterError,
    ExitCode,
    InputFileError,
    ModelError,
    OutputError,
    RedactieError,
    ReviewFileError,
    RulePackError,
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
from redactie.resolve import ResolveContext, resolve_document, resolve_with_dossier
from redactie.rules import RuleSet, load_rules
from redactie.verify import unkept_spaced, verify
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
class Execution:
    """Where and how a batch runs (results do not depend on it)."""

    jobs: int = 1  # worker processes on this machine (the CLI's default: its cores)
    cluster: str | None = None  # a Dask scheduler's address instead of local processes
    force: bool = False  # redo documents an earlier run finished
    progress: bool = False  # a bar (terminal) or lines (otherwise) on stderr


@dataclass(frozen=True)
class InputItem:
    path: Path
    relative: Path  # where its output goes, relative to the output folder
    id: str = ""  # stable document ID (report.document_id); computed when empty
    sha256: str = ""  # of the input's bytes when it was collected ("": not read)

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
            content = _content_hash(path)  # read once: the ID and the resume key
            ident = document_id(path, target, ids, content)
            ids.add(ident)
            sha = content.hexdigest() if content is not None else ""
            items.append(InputItem(path=path, relative=target, id=ident, sha256=sha))
    return items


def _content_hash(path: Path) -> hashlib._Hash | None:
    try:
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256")
    except OSError:
        return None  # the ID falls back to the path; extract reports the file


def build_engine(options: Options, rules: RuleSet | None = None) -> tuple[RuleSet, DetectionEngine]:
    """The rule packs (loaded unless given) and the detection engine built on them."""
    if rules is None:
        rules = load_rules(options.rules_dir)
    engine = get_engine(
        EngineConfig(use_model=options.use_model, model_path=options.model_path), rules
    )
    return rules, engine


def detect(document: Document, engine: DetectionEngine) -> list[Finding]:
    """Raw findings for every page of a document, identifiers cut by a page break,
    and what the letter-spaced view of a page shows (:mod:`redactie.detect.spaced`)."""
    texts = [p.text for p in document.pages]
    raw = engine.analyze_pages(texts) + page_seam_findings(texts, engine)
    return with_spaced(raw, spaced_findings(document, engine))


# A person found on weak evidence (a reviewer has to confirm it: the person
# addressed in a chat, a name enumerated with names) is redacted in its own
# document but does not spread to the others: a propagated mention carries no
# doubt of its own, and one wrong reading would box a word across the dossier.
DOSSIER_MIN_SCORE = 0.65


def person_names(findings: Iterable[Finding], ctx: ResolveContext | None = None) -> set[str]:
    """The redacted persons' names that the dossier spreads to the other documents;
    with ``ctx``, as they read (a letter-spaced name without its spaces)."""
    return {
        ctx.reading(f) if ctx is not None else f.text
        for f in findings
        if f.action is Action.REDACT
        and f.entity_type == "PERSON"
        and len(f.text) >= 2
        and f.provenance.score >= DOSSIER_MIN_SCORE
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


WORK_DIR = ".redactie-work"  # inside the output folder: internal state, holds personal data
# What phase 1 leaves in the work folder: (WORK_FORMAT, document, findings after
# resolve_document).  Part of the detect key, so state of another format is redone.
WORK_FORMAT = "detect/3"


@dataclass(frozen=True)
class DocTask:
    """One document's work in one phase; plain and picklable for any executor."""

    number: int
    item: InputItem
    out_dir: Path
    options: Options
    rules_checksum: str
    mode: str  # "run" (publish PDFs) or "scan" (review files and previews only)
    force: bool = False
    detect_key: str | None = None  # input hash, rules, model, options (None: unreadable)
    # Phase 3: the dossier index of persons (work/dossier.json) and its checksum.
    dossier: Path | None = None
    dossier_checksum: str = ""


@dataclass(frozen=True)
class DetectResult:
    """What phase 1 reports back for one document (small; the rest is on disk)."""

    number: int
    pages: int = 0
    names: tuple[str, ...] = ()  # persons redacted in this document (first resolve)
    model: str = ""
    failure: DocumentOutcome | None = None
    # A model or rule pack that cannot be loaded stops the whole run: (exit code, message).
    fatal: tuple[int, str] | None = None


def _work_file(task: DocTask, suffix: str) -> Path:
    rel = task.item.relative
    return task.out_dir / WORK_DIR / rel.with_name(rel.name + suffix)


_ENGINES: dict[tuple[Options, str], tuple[RuleSet, DetectionEngine]] = {}
_DOSSIERS: dict[str, frozenset[str]] = {}
_CACHE_LOCK = threading.Lock()


def _worker_engine(options: Options, rules_checksum: str) -> tuple[RuleSet, DetectionEngine]:
    """Rules and engine of this process, loaded once per worker and configuration."""
    key = (options, rules_checksum)
    with _CACHE_LOCK:
        got = _ENGINES.get(key)
        if got is None:
            rules, engine = build_engine(options)
            if rules.checksum != rules_checksum:
                raise RulePackError(
                    "de regelpakketten op deze werker verschillen van die van de opdracht",
                    path=str(options.rules_dir or "rules/"),
                )
            _ENGINES.clear()
            _ENGINES[key] = got = (rules, engine)
        return got


def _keep_engine(options: Options, rules: RuleSet, engine: DetectionEngine) -> None:
    """Make this the engine every task of this process uses."""
    with _CACHE_LOCK:
        _ENGINES.clear()
        _ENGINES[(options, rules.checksum)] = (rules, engine)


def _init_worker(options: Options, rules_checksum: str) -> None:
    """Process-pool initializer: load the model and analyzer before the first document."""
    with contextlib.suppress(RedactieError):  # reported per task, which stops the run
        _worker_engine(options, rules_checksum)


def _prepare_workers(options: Options, rules: RuleSet) -> None:
    """Before workers are forked from this process: its engine, on the rule packs it
    loaded already, for them to inherit."""
    with contextlib.suppress(RedactieError):  # reported per task, which stops the run
        _keep_engine(options, *build_engine(options, rules))


def _dossier_names(path: Path, checksum: str) -> frozenset[str]:
    with _CACHE_LOCK:
        names = _DOSSIERS.get(checksum)
        if names is None:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("checksum") != checksum:
                raise OutputError("het dossierregister is tussentijds gewijzigd", path=str(path))
            names = frozenset(data["names"])
            _DOSSIERS.clear()
            _DOSSIERS[checksum] = names
        return names


def model_version(options: Options) -> str:
    """The model's identity without loading it: name, version and a hash of its meta.json.

    The hash changes when the model is retrained (its meta holds its scores),
    even if its version number does not.
    """
    if not options.use_model:
        return "blank"
    path = options.model_path or find_model()
    try:
        raw = (Path(path) / "meta.json").read_bytes() if path else b""
        meta = json.loads(raw) if raw else {}
    except (OSError, ValueError):
        return "unreadable"  # the engine reports it when it loads the model
    digest = hashlib.sha256(raw).hexdigest()[:16]
    return f"{meta.get('name', 'model')}-{meta.get('version', '0')}-{digest}"


def _detect_key(item: InputItem, options: Options, rules_checksum: str, model: str) -> str | None:
    """What phase 1's result depends on: input bytes, rules, model, options, version."""
    try:
        sha = item.sha256 or file_sha256(item.path)
    except OSError:
        return None  # extract reports it
    return "|".join(
        (
            sha,
            rules_checksum,
            model,
            str(options.ocr),
            str(options.use_model),
            str(options.allow_unread_images),
            __version__,
            WORK_FORMAT,
        )
    )


def _detected_before(task: DocTask) -> DetectResult | None:
    """Phase 1's result from the work folder, when it is there for the same key."""
    if task.force or not task.detect_key:
        return None
    state_file, pickle_file = _work_file(task, ".detect.json"), _work_file(task, ".detect.pkl")
    if not (state_file.exists() and pickle_file.exists()):
        return None
    try:
        state = json.loads(state_file.read_text(encoding="utf-8"))
        if state["key"] != task.detect_key:
            return None
        return DetectResult(task.number, state["pages"], tuple(state["names"]), state["model"])
    except (OSError, ValueError, KeyError, TypeError):  # unreadable state: do it again
        return None


def detect_document(task: DocTask) -> DetectResult:
    """Phase 1 for one document: extract, detect, a first resolve; state to the work folder.

    Skipped when the work folder already holds this document's state for the
    same input, rules, model and options (unless ``task.force``).
    """
    try:
        rules, engine = _worker_engine(task.options, task.rules_checksum)
    except (ModelError, RulePackError) as exc:
        return DetectResult(task.number, fatal=(int(exc.exit_code), str(exc)))
    item = task.item
    try:
        before = _detected_before(task)
        if before is not None:
            return before
        doc = extract(
            item.path, ocr=task.options.ocr, allow_unread_images=task.options.allow_unread_images
        )
        raw = detect(doc, engine)
        # The stages that see only the document run once, here; their result is
        # what phase 3 resolves further with the dossier.
        ctx = ResolveContext(document=doc, rules=rules)
        local = resolve_document(raw, ctx)
        # The first full resolve, without the dossier: the persons this document adds to it.
        names = sorted(person_names(resolve_with_dossier(local, ctx), ctx))
        write_pickle(_work_file(task, ".detect.pkl"), (WORK_FORMAT, doc, local))
        state = {
            "key": task.detect_key,
            "pages": doc.page_count,
            "names": names,
            "model": engine.model_name,
        }
        _atomic_json(_work_file(task, ".detect.json"), state)
        return DetectResult(task.number, doc.page_count, tuple(names), engine.model_name)
    except RedactieError as exc:
        log.error("%s", exc)
        return DetectResult(task.number, failure=_failed(task.number, item, exc, task.out_dir, 0))
    except Exception as exc:  # a bug must not stop the batch: this document fails
        log.exception("onverwachte fout bij %s", item.relative)
        return _detect_error(task, exc)


def _detect_error(task: DocTask, exc: BaseException) -> DetectResult:
    err = RedactieError(
        f"onverwachte fout bij het lezen ({type(exc).__name__})", path=str(task.item.path)
    )
    return DetectResult(task.number, failure=_failed(task.number, task.item, err, task.out_dir, 0))


def _finish_error(task: DocTask, exc: BaseException) -> DocumentOutcome:
    log.error("onverwachte fout bij %s (%s)", task.item.relative, type(exc).__name__)
    err = RedactieError(f"onverwachte fout ({type(exc).__name__})", path=str(task.item.path))
    return _failed(task.number, task.item, err, task.out_dir, 0)


def _outputs(task: DocTask) -> list[Path]:
    target = task.out_dir / task.item.relative
    review = target.with_name(f"{target.stem}.review.json")
    if task.mode == "scan":
        return [review, target.with_name(f"{target.stem}.preview.txt")]
    return [target, review] if task.options.write_review else [target]


def _finish_key(task: DocTask) -> str:
    return "|".join(
        (str(task.detect_key), task.dossier_checksum, task.mode, str(task.options.write_review))
    )


def _finished_before(task: DocTask) -> DocumentOutcome | None:
    """The outcome of an earlier run that finished this document the same way."""
    done_file = _work_file(task, ".done.pkl")
    if task.force or not task.detect_key or not done_file.exists():
        return None
    if not all(p.exists() for p in _outputs(task)):
        return None
    try:
        done_key, outcome = read_pickle(done_file)
    except Exception:  # an unreadable state file: do the document again
        return None
    if done_key != _finish_key(task) or not isinstance(outcome, DocumentOutcome):
        return None
    return replace(outcome, number=task.number)


def finish_document(task: DocTask) -> DocumentOutcome:
    """Phase 3 for one document: resolve with the dossier index, then publish or scan.

    Skipped when this document was finished for the same phase-1 state, dossier
    index and mode, and its outputs exist (unless ``task.force``).
    """
    item = task.item
    try:
        before = _finished_before(task)
        if before is not None:
            return before
        rules, _engine = _worker_engine(task.options, task.rules_checksum)
        assert task.dossier is not None
        dossier = _dossier_names(task.dossier, task.dossier_checksum)
        fmt, doc, local = read_pickle(_work_file(task, ".detect.pkl"))
        if fmt != WORK_FORMAT:
            raise OutputError("de werkmap hoort bij een andere versie", path=str(task.item.path))
        ctx = ResolveContext(document=doc, rules=rules, dossier_names=dossier)
        findings = resolve_with_dossier(local, ctx)
        if task.mode == "scan":
            outcome = _scan_outputs(task.number, item, doc, findings, task.out_dir)
        else:
            outcome = _publish(task.number, item, doc, findings, task.out_dir, task.options)
        if outcome.status != FAILED:
            write_pickle(_work_file(task, ".done.pkl"), (_finish_key(task), outcome))
        return outcome
    except RedactieError as exc:
        log.error("%s", exc)
        return _failed(task.number, item, exc, task.out_dir, 0)
    except Exception as exc:
        log.exception("onverwachte fout bij %s", item.relative)
        return _finish_error(task, exc)


def _write_dossier(out_dir: Path, names: set[str]) -> tuple[Path, str]:
    """Phase 2: the dossier index of persons, for propagation across documents."""
    ordered = sorted(names)
    checksum = hashlib.sha256("\n".join(ordered).encode("utf-8")).hexdigest()
    path = out_dir / WORK_DIR / "dossier.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_json(path, {"checksum": checksum, "names": ordered})
    return path, checksum


def _atomic_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)


def _make_executor(
    options: Options, rules: RuleSet, jobs: int, cluster: str | None, documents: int
) -> Executor:
    if cluster:
        try:
            return DaskCluster(cluster)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(f"het cluster is niet bereikbaar ({type(exc).__name__})") from exc
    jobs = max(1, min(jobs, documents))
    if jobs == 1:
        return InProcess()
    # Workers start on the first document that needs one: a resumed run starts none.
    # Where workers can be forked, this process loads the model and analyzer once
    # just before, and the workers inherit them; otherwise each loads them.
    return ProcessPool(
        jobs,
        _init_worker,
        (options, rules.checksum),
        prepare=functools.partial(_prepare_workers, options, rules),
    )


def _run_phases(
    inputs: Sequence[Path],
    out_dir: Path,
    options: Options | None,
    mode: str,
    execution: Execution | None,
) -> tuple[list[DocumentOutcome], str, str]:
    """The three phases over every document; returns the outcomes, model and rules.

    Only small things stay in this process: per document its outcome, page
    count and state key, and the dossier's person names until they are on disk.
    Documents an earlier run finished are recognised here, so they never reach
    a worker.
    """
    options = options or Options()
    ex = execution or Execution()
    cluster, force, progress = ex.cluster, ex.force, ex.progress
    items = collect_inputs(inputs)
    _check_output_dir(out_dir, items)
    if cluster or min(ex.jobs, len(items)) > 1:
        rules = load_rules(options.rules_dir)  # a broken rule pack ends the run here
    else:  # in this process: the engine of this run, built (or found) now
        rules, engine = build_engine(options)
        _keep_engine(options, rules, engine)
    model_id = model_version(options)
    if cluster:  # workers elsewhere see the shared file system, not this working directory
        items = [replace(i, path=i.path.resolve()) for i in items]
        out_dir = out_dir.resolve()
    executor = _make_executor(options, rules, ex.jobs, cluster, len(items))
    outcomes: dict[int, DocumentOutcome] = {}
    keys: dict[int, str | None] = {}
    pages: dict[int, int] = {}
    names: set[str] = set()
    model = ""
    try:
        bar = Progress(len(items), "lezen en detecteren", progress)

        def detected(task: DocTask, res: DetectResult) -> None:
            nonlocal model
            if res.fatal is not None:
                bar.close()
                raise _FATAL.get(res.fatal[0], RedactieError)(res.fatal[1])
            if res.failure is not None:
                outcomes[task.number] = res.failure
            else:
                names.update(res.names)
                model = model or res.model
                pages[task.number] = res.pages
            bar.advance(str(task.item.relative), res.pages)

        def to_detect() -> Iterator[DocTask]:
            for i in _largest_first(range(len(items)), lambda i: _file_size(items[i].path)):
                item = items[i]
                key = _detect_key(item, options, rules.checksum, model_id)
                keys[i + 1] = key
                task = DocTask(i + 1, item, out_dir, options, rules.checksum, mode, force, key)
                before = _detected_before(task)
                if before is None:
                    yield task
                else:
                    detected(task, before)

        for task, res in executor.map(detect_document, to_detect(), _detect_error):
            detected(task, res)
        bar.close()

        dossier, checksum = _write_dossier(out_dir, names)
        names.clear()

        todo = _largest_first(
            (i for i in range(len(items)) if i + 1 not in outcomes), lambda i: pages[i + 1]
        )
        label = "lakken en controleren" if mode == "run" else "beoordelen"
        bar = Progress(len(todo), label, progress)

        def to_finish() -> Iterator[DocTask]:
            for i in todo:
                task = DocTask(
                    i + 1, items[i], out_dir, options, rules.checksum, mode, force,
                    keys[i + 1], dossier, checksum,
                )  # fmt: skip
                before = _finished_before(task)
                if before is None:
                    yield task
                else:
                    outcomes[task.number] = before
                    bar.advance(str(task.item.relative), before.pages)

        for task, outcome in executor.map(finish_document, to_finish(), _finish_error):
            outcomes[task.number] = outcome
            bar.advance(str(task.item.relative), outcome.pages)
        bar.close()
    finally:
        executor.close()
    if not model:
        model = "blank" if not options.use_model else model_id
    return [outcomes[n] for n in sorted(outcomes)], model, rules.checksum


def _largest_first(indices: Iterable[int], size: Callable[[int], int]) -> list[int]:
    """The order in which a phase hands out documents: largest first (ties in input order).

    The phase ends when its last document is done; a long document started last
    would keep one worker busy while the others idle.  Results do not depend on
    the order: outcomes are kept by number.
    """
    return sorted(indices, key=lambda i: -size(i))


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # extract reports it


_FATAL: dict[int, type[RedactieError]] = {
    int(ModelError.exit_code): ModelError,
    int(RulePackError.exit_code): RulePackError,
}


def run(
    inputs: Sequence[Path],
    out_dir: Path,
    options: Options | None = None,
    execution: Execution | None = None,
) -> RunResult:
    """Redact every PDF in ``inputs`` into ``out_dir``; see the module docstring.

    Three phases with their state in ``out_dir/.redactie-work``: per document
    extract + detect; once the dossier index of persons (so a name found in one
    document is redacted in all of them); per document resolve + redact +
    verify + publish; see :class:`Execution` for where they run.  Documents
    finished by an earlier run with the same input, rules and model are not
    redone unless ``execution.force``.
    """
    started = time.monotonic()
    outcomes, model, rules_checksum = _run_phases(inputs, out_dir, options, "run", execution)
    result = RunResult(outcomes=outcomes)
    meta = {
        "model": model,
        "rules": rules_checksum,
        "seconds": round(time.monotonic() - started, 2),
    }
    if options is not None and options.allow_unread_images:
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
            _write_review(review, item, doc, findings)
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
        known = [p.image_boxes for p in doc.pages]
        unkept = unkept_spaced(doc.pages, findings)
        result = verify(
            doc.path, tmp, redacted, red.boxes, ours, images, source_images=known, unkept=unkept
        )
        result.raise_for_problems(doc.name)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return result.readers, red.scrubbed


# --- review workflow -------------------------------------------------------


def scan(
    inputs: Sequence[Path],
    out_dir: Path,
    options: Options | None = None,
    execution: Execution | None = None,
) -> RunResult:
    """Detect and resolve only: write review files for a reviewer, no PDFs."""
    outcomes, _model, _rules = _run_phases(inputs, out_dir, options, "scan", execution)
    return RunResult(outcomes=outcomes)


def _write_review(path: Path, item: InputItem, doc: Document, findings: list[Finding]) -> None:
    write_review_file(
        path,
        document=doc.name,
        sha256=doc.sha256,
        pages=doc.page_count,
        findings=findings,
        document_id=item.document_id,
    )


def _scan_outputs(
    number: int, item: InputItem, doc: Document, findings: list[Finding], out_dir: Path
) -> DocumentOutcome:
    review = out_dir / item.relative.with_name(f"{item.relative.stem}.review.json")
    review.parent.mkdir(parents=True, exist_ok=True)
    _write_review(review, item, doc, findings)
    preview = review.with_name(f"{item.relative.stem}.preview.txt")
    tmp = preview.with_name(f".{preview.name}.tmp")
    tmp.write_text(render_document(doc, findings), encoding="utf-8")
    tmp.replace(preview)
    red, kept, by_entity, by_ground = summarise(findings)
    return DocumentOutcome(
        number=number,
        id=item.document_id,
        source=str(item.relative),
        status="gescand",
        review_file=review.name,
        pages=doc.page_count,
        redactions=red,
        kept=kept,
        by_entity=by_entity,
        by_ground=by_ground,
        warnings=doc.warnings,
    )


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


__all__ = [
    "Execution",
    "Options",
    "RunResult",
    "__version__",
    "apply",
    "apply_dossier",
    "run",
    "scan",
]
