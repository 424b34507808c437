"""Speed and memory of the whole pipeline, run by hand (figures go in the notes).

    .venv/bin/python benchmarks/bench_pipeline.py [--pages 200] [--no-model]

Measures, on one process: engine start-up, then ``api.run`` on ``samples/`` and
on a generated document of N text-dense pages (a contact list repeated), and
reports pages per second and peak RSS.  No asserts: this is not a test.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from redactie import api  # noqa: E402


def synthetic(path: Path, pages: int) -> None:
    doc = pymupdf.open()
    for n in range(pages):
        page = doc.new_page()
        y = 60.0
        for i in range(40):
            k = n * 40 + i
            line = (
                f"Overleg {k}: Iris Verbruggen (i.verbruggen{k % 97}@minbzk.nl, "
                f"06-1234{k % 10000:04d}) "
                f"sprak met Sven de Graaf over dossier 2024-{k:06d}."
            )
            page.insert_text((40, y), line, fontsize=8)
            y += 18
    doc.save(path)
    doc.close()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_run(inputs: list[Path], options: api.Options) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        result = api.run(inputs, Path(out), options)
        dt = time.perf_counter() - t0
    pages = sum(o.pages for o in result.outcomes)
    return {
        "documents": len(result.outcomes),
        "published": sum(o.status == api.PUBLISHED for o in result.outcomes),
        "pages": pages,
        "seconds": round(dt, 2),
        "pages_per_second": round(pages / dt, 2) if dt else 0.0,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--no-model", action="store_true")
    args = ap.parse_args()
    options = api.Options(use_model=not args.no_model)
    t0 = time.perf_counter()
    api.build_engine(options)
    startup = time.perf_counter() - t0
    figures: dict[str, object] = {"model": not args.no_model, "engine_startup_s": round(startup, 2)}
    figures["samples"] = timed_run([REPO / "samples"], options)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "synthetic.pdf"
        synthetic(big, args.pages)
        figures[f"synthetic_{args.pages}_pages"] = timed_run([big], options)
    figures["peak_rss_mb"] = round(peak_rss_mb(), 1)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
