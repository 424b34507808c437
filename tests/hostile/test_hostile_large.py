"""Very large inputs: a 2,000-page document and a page with a huge image.

Memory must stay bounded (``Document`` keeps only text; glyph boxes are
recomputed per page during redaction; verification searches object by
object) and a long run must report progress.  Peak RSS is measured with
``resource.getrusage``; the bounds are loose on purpose (they catch "holds
every page's layout" or "decodes every image", not allocator noise).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import hostile_pdfs as hp
import pymupdf
import pytest
from hostile_support import assert_gone

from redactie.document import extract

MB = 1024 * 1024
HERE = Path(__file__).resolve().parent

# Runs in a fresh interpreter, so its peak RSS is this run's alone (earlier
# tests in the session, and building the input, do not mask it).
RUNNER = """
import json, logging, resource, sys, time
from pathlib import Path
import pytest
import hostile_pdfs as hp
from hostile_support import run_one, use_stub_engine

def rss():
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024

def status(key):
    try:
        for line in open("/proc/self/status"):
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None

def reset_peak():
    # Linux: writing 5 to clear_refs resets the peak (VmHWM) to the current RSS
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False

build, src, out, arg = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
getattr(hp, build)(src, arg)
progress = []
class Collect(logging.Handler):
    def emit(self, record):
        progress.append(record.getMessage())
logging.getLogger("redactie").addHandler(Collect())
logging.getLogger("redactie").setLevel(logging.INFO)
mp = pytest.MonkeyPatch()
use_stub_engine(mp)
import redactie.api  # imports done before the baseline
import gc; gc.collect()
if reset_peak() and status("VmRSS") is not None:
    before, peak = status("VmRSS"), lambda: status("VmHWM")
else:  # no way to reset the peak: growth of the lifetime peak (a lower bound)
    before, peak = rss(), rss
started = time.monotonic()
result = run_one(src, out)
print(json.dumps({
    "seconds": time.monotonic() - started,
    "before": before,
    "after": peak(),
    "status": [o.status for o in result.outcomes],
    "errors": [o.error for o in result.outcomes],
    "progress": progress,
}))
"""


def run_measured(build: str, src: Path, out: Path, arg: int) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", RUNNER, build, str(src), str(out), str(arg)],
        cwd=HERE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(HERE.parents[1])])},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    data: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    data["growth"] = data["after"] - data["before"]
    print(f"{build}: {data['seconds']:.1f} s, peak RSS growth {data['growth'] / MB:.0f} MB")
    return data


@pytest.mark.slow
def test_two_thousand_pages(tmp_path: Path) -> None:
    src, out_dir = tmp_path / "verslag.pdf", tmp_path / "out"
    data = run_measured("many_pages", src, out_dir, 2000)
    assert data["status"] == ["gepubliceerd"], data["errors"]
    # progress: every 100 pages while reading, and per document
    reading = [m for m in data["progress"] if "pagina's gelezen" in m]
    assert len(reading) == 20
    assert reading[-1].endswith("2000 van 2000 pagina's gelezen")
    assert any("lakken en controleren" in m for m in data["progress"])
    assert data["growth"] < 150 * MB, f"peak RSS grew by {data['growth'] / MB:.0f} MB"
    out = out_dir / "verslag.pdf"
    with pymupdf.open(out) as o:
        assert o.page_count == 2000
        assert "Pagina 2000 van het verslag." in o[1999].get_text()
    assert_gone(out)


def test_page_with_a_huge_image(tmp_path: Path) -> None:
    """A 12,000 x 12,000 pixel image (144 MB decoded) under a redacted name."""
    src, out_dir = tmp_path / "in.pdf", tmp_path / "out"
    data = run_measured("huge_image", src, out_dir, 12000)
    assert src.stat().st_size < 2 * MB  # small on disk, huge in memory
    assert data["status"] == ["gepubliceerd"], data["errors"]
    assert data["growth"] < 800 * MB, f"peak RSS grew by {data['growth'] / MB:.0f} MB"
    out = out_dir / "in.pdf"
    assert_gone(out)
    with pymupdf.open(out) as o:
        (img,) = o[0].get_images(full=True)
        assert img[2] == 12000  # the image is kept (only pixels under the box are blanked)


def test_document_keeps_only_text(tmp_path: Path) -> None:
    """The per-character layout is not kept for text pages (only for OCR pages)."""
    src = hp.many_pages(tmp_path / "verslag.pdf", 150)
    doc = extract(src)
    assert doc.page_count == 150
    assert all(p.ocr_layout is None for p in doc.pages)
