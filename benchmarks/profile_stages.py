"""Per-stage profile of ``redactie run`` on a generated batch, as comparable JSON.

    .venv/bin/python benchmarks/profile_stages.py [--pages 500] [--seed 12] [--no-model]
        [--batch DIR] [--out DIR] [--json FILE] [--cprofile FILE]

The batch: Woo-style documents of about one A4 page each (letters, e-mails,
notes, minutes, chats, contact lists from ``redactie.train.generator``, two
generated texts per document, with a sidebar holding a contact person, an
e-mail address and a direct line), laid out like ``samples/`` by
``samples/build.py``, until the batch holds at least ``--pages`` pages.  It is
deterministic for a seed and kept in ``--batch`` (default: a folder under the
system's temp folder), so before/after runs read the same files.  The name
lists come from ``--data`` (default ``../shared/data``).

The run is ``api.run(batch, out, --jobs 1)`` itself, with a CPU timer around each
stage function (nothing in the library changes): extract (page reading, OCR,
the poppler/pikepdf cross-check), detect (the spaCy pipeline, each family of
recognizers, the rest of Presidio), every resolve stage, redact (annotations
and ``apply_redactions``, the black boxes, ground codes, scrub, save), verify
(each reader, the pixel check) and the review file, and the garbage collector.
A stage function a commit does not have is left out, so the script profiles
older commits too.  Stage times are inclusive CPU
seconds of the process and the readers it starts (a loaded machine stretches
wall time, not CPU time); shares are of the whole run's CPU time.  The run's
wall time and pages per second are reported too.  ``findings`` counts the
findings in the review files (and a SHA-256 over them), so a speed-up that
changes a finding shows.  Compare two runs' review files with ``diff -r`` on
their ``--out`` folders.

The figures depend on the machine and its load; compare runs made on the same
machine, and use the shares to see where time goes.  No asserts: not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import functools
import gc
import hashlib
import html
import json
import os
import platform
import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pymupdf

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "samples"))

from redactie import api, document, redact, resolve, verify  # noqa: E402
from redactie.detect.engine import NER_RECOGNIZER_NAME  # noqa: E402

# ----------------------------------------------------------------- the batch

SIDEBAR = (
    "<p><b>{org}</b><br>Directie Uitvoering</p>"
    "<p>Postbus 20011<br>2500 EA Den Haag</p>"
    "<p><b>Contactpersoon</b><br>{person}<br>{mail}<br>T {phone}</p>"
    "<p><b>Datum</b><br>{day} maart 2025</p>"
    "<p><b>Onze referentie</b><br>2025-{ref:07d}</p>"
)


def _paragraphs(text: str) -> str:
    """Generated text as HTML: a blank line ends a paragraph, a newline breaks a line."""
    out = []
    for block in text.strip().split("\n\n"):
        lines = [html.escape(line) for line in block.split("\n")]
        out.append("<p>" + "<br>".join(lines) + "</p>")
    return "\n".join(out)


def build_batch(folder: Path, pages: int, seed: int, data: Path) -> None:
    """Write Woo-style PDFs into ``folder`` until they hold at least ``pages`` pages."""
    from build import Source, fix_ligature_cmaps, render_pages  # samples/build.py

    from redactie.train.generator import DocGen
    from redactie.train.names import load_names

    names = load_names(data)
    rnd = random.Random(seed)
    gen = DocGen(names, rnd)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    n = 0
    while total < pages:
        first, second = gen.generate(), gen.generate()
        person = rnd.choice(names.first_f + names.first_m) + " " + rnd.choice(names.last)
        local = person.lower().replace(" ", ".")
        sidebar = SIDEBAR.format(
            org=rnd.choice(("Ministerie van BZK", "Gemeente Zwolle", "Provincie Utrecht")),
            person=html.escape(person),
            mail=html.escape(f"{local}@minbzk.nl"),
            phone=f"06-{rnd.randint(10000000, 99999999)}",
            day=rnd.randint(1, 28),
            ref=rnd.randint(0, 9_999_999),
        )
        body = f"<h1>{html.escape(first.genre.capitalize())}</h1>" + _paragraphs(
            first.text + "\n\n" + second.text
        )
        src = Source(
            body=body,
            sidebar_first=sidebar,
            footer="<p>Pagina {page} van {pages}</p>",
            meta={"title": first.genre},
        )
        pdf = pymupdf.open("pdf", render_pages(src))
        fix_ligature_cmaps(pdf)
        n += 1
        total += pdf.page_count
        pdf.save(folder / f"doc{n:04d}_{first.genre}.pdf", garbage=3, deflate=True)
        pdf.close()


# ------------------------------------------------------------------ timers


def cpu_clock() -> float:
    """CPU seconds of this process and of its finished children (pdftotext)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


class Timers:
    """Inclusive CPU seconds (this process and its children) and calls per stage name.

    CPU time, not wall time: on a shared, loaded machine it still says what
    one core spends on each stage.
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._undo: list[Callable[[], None]] = []

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = cpu_clock()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] += cpu_clock() - t0
                self.calls[name] += 1

        return timed

    def patch(self, owner: Any, attr: str, name: str) -> None:
        if not hasattr(owner, attr):
            return  # a stage this commit does not have (profiles compare commits)
        had = attr in vars(owner) if not isinstance(owner, type) else attr in owner.__dict__
        old = getattr(owner, attr)
        setattr(owner, attr, self.wrap(name, old))
        if had:
            self._undo.append(lambda: setattr(owner, attr, old))
        else:
            self._undo.append(lambda: delattr(owner, attr))

    def undo(self) -> None:
        while self._undo:
            self._undo.pop()()


def _recognizer_family(rec: Any) -> str:
    if rec.name == NER_RECOGNIZER_NAME or type(rec).__name__ == "SpacyRecognizer":
        return "detect.recognizers.ner_results"
    if type(rec).__module__.startswith("redactie.detect.names"):
        return "detect.recognizers.names"
    return "detect.recognizers.rules"


def _stage_functions() -> list[tuple[Any, str, str]]:
    """(module or class, function name, stage name) of every timed function."""
    return [
        (api, "extract", "extract"),
        (document, "_read_page", "extract.pages"),
        (document, "_ocr_layout", "extract.pages.ocr_page"),
        (document, "_image_ocr", "extract.pages.ocr_images"),
        (document, "_cross_check", "extract.cross_check"),
        (document, "_poppler_pages", "extract.cross_check.pdftotext"),
        (document, "_content_pages", "extract.cross_check.pikepdf"),
        (api, "detect", "detect"),
        (api, "spaced_findings", "detect.spaced"),
        (api, "resolve_document", "resolve.document_part"),
        (api, "resolve_with_dossier", "resolve.dossier_part"),
        (api, "write_review_file", "review_file"),
        (api, "redact_pdf", "redact"),
        (pymupdf.Page, "apply_redactions", "redact.apply_redactions"),
        (redact, "_black_boxes", "redact.boxes"),
        (redact, "_print_codes", "redact.codes"),
        (redact, "scrub", "redact.scrub"),
        (pymupdf.Document, "save", "redact.save"),
        (api, "verify", "verify"),
        (api, "unkept_spaced", "verify.unkept_spaced"),
        (verify, "pymupdf_pages", "verify.pymupdf_text"),
        (verify, "pymupdf_reading", "verify.pymupdf_reading"),
        (verify, "pdftotext_pages", "verify.pdftotext"),
        (verify, "_text_problems", "verify.compare_text"),
        (verify, "_box_problems", "verify.pymupdf_boxes"),
        (verify, "pixel_problems", "verify.pixels"),
        (verify, "_structure_problems", "verify.pikepdf"),
        (verify, "_image_problems", "verify.ocr_images"),
    ]


@contextlib.contextmanager
def instrumented(options: api.Options) -> Iterator[Timers]:
    t = Timers()
    _rules, engine = api.build_engine(options)
    for owner, attr, name in _stage_functions():
        t.patch(owner, attr, name)
    t.patch(engine.analyzer.nlp_engine, "process_text", "detect.model")
    for rec in engine.analyzer.registry.recognizers:
        t.patch(rec, "analyze", _recognizer_family(rec))
    # resolve: every stage, both passes
    stages = resolve.stages

    def timed_stages() -> list[tuple[str, Any]]:
        return [(n, t.wrap(f"resolve.{n}", fn)) for n, fn in stages()]

    resolve.stages = timed_stages  # type: ignore[assignment]
    t._undo.append(lambda: setattr(resolve, "stages", stages))
    # the cyclic garbage collector, wherever it runs
    started: list[float] = []

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(cpu_clock())
        elif started:
            t.seconds[f"gc.gen{info['generation']}"] += cpu_clock() - started.pop()
            t.calls[f"gc.gen{info['generation']}"] += 1

    gc.callbacks.append(on_gc)
    t._undo.append(lambda: gc.callbacks.remove(on_gc))
    try:
        yield t
    finally:
        t.undo()


def review_figures(out: Path) -> dict[str, Any]:
    """Findings in the review files: counts and a hash over every finding."""
    digest = hashlib.sha256()
    total = 0
    by_action: dict[str, int] = defaultdict(int)
    for path in sorted(out.rglob("*.review.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        digest.update(path.name.encode())
        for f in data.get("findings", []):
            digest.update(json.dumps(f, sort_keys=True, ensure_ascii=False).encode())
            total += 1
            by_action[str(f.get("action"))] += 1
    return {"total": total, "by_action": dict(by_action), "sha256": digest.hexdigest()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--batch", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=None, help="keep the output (review files) here")
    ap.add_argument("--json", type=Path, default=None, help="write the figures here too")
    ap.add_argument("--cprofile", type=Path, default=None, help="cProfile stats of the run")
    ap.add_argument("--no-model", action="store_true")
    args = ap.parse_args()

    batch = args.batch or Path(tempfile.gettempdir()) / f"redactie-batch-{args.seed}-{args.pages}"
    if not any(batch.glob("*.pdf")):
        build_batch(batch, args.pages, args.seed, args.data)
    options = api.Options(use_model=not args.no_model)
    t0 = time.perf_counter()
    api.build_engine(options)
    startup = time.perf_counter() - t0

    with contextlib.ExitStack() as stack:
        out = args.out or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        profiler = cProfile.Profile() if args.cprofile else None
        with instrumented(options) as timers:
            if profiler:
                profiler.enable()
            t0, c0 = time.perf_counter(), cpu_clock()
            result = api.run([batch], out, options)
            wall, cpu = time.perf_counter() - t0, cpu_clock() - c0
            if profiler:
                profiler.disable()
                profiler.dump_stats(args.cprofile)
        findings = review_figures(out)

    pages = sum(o.pages for o in result.outcomes)
    stages = {
        name: {
            "seconds": round(timers.seconds[name], 3),
            "share": round(timers.seconds[name] / cpu, 4),
            "calls": timers.calls[name],
        }
        for name in sorted(timers.seconds)
    }
    resolved = timers.seconds["resolve.document_part"] + timers.seconds["resolve.dossier_part"]
    stages["resolve"] = {
        "seconds": round(resolved, 3),
        "share": round(resolved / cpu, 4),
        "calls": timers.calls["resolve.dossier_part"],
    }
    recognizers = sum(timers.seconds[n] for n in timers.seconds if n.startswith("detect.recog"))
    presidio = timers.seconds["detect"] - timers.seconds["detect.model"] - recognizers
    stages["detect.presidio_other"] = {
        "seconds": round(presidio, 3),
        "share": round(presidio / cpu, 4),
        "calls": timers.calls["detect"],
    }
    figures = {
        "batch": {"folder": str(batch), "seed": args.seed, "documents": len(result.outcomes)},
        "machine": {"python": platform.python_version(), "cpus": _cpus(), "load": _load()},
        "model": not args.no_model,
        "engine_startup_s": round(startup, 2),
        "pages": pages,
        "published": sum(o.status == api.PUBLISHED for o in result.outcomes),
        "seconds": round(wall, 2),
        "pages_per_second": round(pages / wall, 2),
        "cpu_seconds": round(cpu, 2),
        "pages_per_cpu_second": round(pages / cpu, 2),
        "findings": findings,
        "stages": stages,
    }
    text = json.dumps(figures, indent=2, ensure_ascii=False)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
        print_table(figures)
    else:
        print(text)


def print_table(figures: dict[str, Any]) -> None:
    """The figures as a short table (the JSON file holds them all)."""
    print(
        f"{figures['pages']} pages, {figures['seconds']} s, {figures['pages_per_second']} pages/s, "
        f"{figures['cpu_seconds']} CPU s, {figures['pages_per_cpu_second']} pages/CPU s, "
        f"findings {figures['findings']['total']} ({figures['findings']['sha256'][:12]})"
    )
    for name, row in figures["stages"].items():
        print(f"  {name:42s} {row['seconds']:8.2f} s {100 * row['share']:6.1f} %")


def _cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


if __name__ == "__main__":
    main()
