"""Scanned pages for the pixel benchmarks, each with the text it was scanned from.

Two sources:

* every PDF in ``samples/`` with a page that has no text layer (a scan), and
  the scans of ``../shared/woo-eval/`` (front matter ``layout: scan`` in
  ``docs/*.txt``; the text before scanning in ``vector/``);
* scans made here of the pages of ``samples/`` (which hold no scan of their
  own): each page rasterised at a scanner's resolution, optionally skewed and
  saved as JPEG, on a page of the same size with no text layer.

A scan's *twin* is the PDF it was scanned from, page for page, with the same
page size; ``angle`` is the skew (degrees, counter-clockwise, about the page
centre) between them.  The twin tells where each word's letters lie without
asking OCR.  Then :func:`redact` runs the pipeline's stages on a scan, the way
``redactie run`` does, and keeps what the benchmarks measure.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from PIL import Image

from redactie import api
from redactie.detect.engine import DetectionEngine
from redactie.document import Document, extract, ocr_pass, ocr_plan
from redactie.findings import Action, Finding
from redactie.redact import PlacedBox, RedactionResult, redact_pdf
from redactie.resolve import ResolveContext, resolve
from redactie.rules import RuleSet

REPO = Path(__file__).resolve().parents[1]
WOO_EVAL = REPO.parent / "shared" / "woo-eval"
# Scans made of samples/: (label, dpi, skew in degrees, JPEG)
VARIANTS = (("200dpi", 200, 0.0, False), ("300dpi", 300, 0.0, False), ("skew-jpeg", 200, 1.2, True))


@dataclass(frozen=True)
class Scan:
    label: str  # where it comes from, for the tables
    path: Path  # the scan
    twin: Path  # the PDF it was scanned from
    angle: float = 0.0


def is_scan(path: Path) -> bool:
    """A PDF with at least one page that shows images and has no text."""
    with pymupdf.open(path) as doc:
        return any(not p.get_text().strip() and p.get_images() for p in doc)


def existing_scans(samples: Path = REPO / "samples", woo_eval: Path = WOO_EVAL) -> list[Scan]:
    """The scans that ``samples/`` and the woo-eval set already hold."""
    found = [Scan(f"samples/{p.name}", p, p) for p in sorted(samples.glob("*.pdf")) if is_scan(p)]
    for doc in sorted((woo_eval / "docs").glob("*.txt")):
        head = doc.read_text(encoding="utf-8").split("\n---", 1)[0]
        if not re.search(r"(?m)^layout:\s*scan\s*$", head):
            continue
        pdf, twin = woo_eval / "pdf" / f"{doc.stem}.pdf", woo_eval / "vector" / f"{doc.stem}.pdf"
        if pdf.exists() and twin.exists():
            found.append(Scan(f"woo-eval/{pdf.name}", pdf, twin))
    return found


def scan_of(twin: Path, out: Path, dpi: int, angle: float = 0.0, jpeg: bool = False) -> Path:
    """``twin`` as a scanner gives it back: pages of pixels only, grey, same size."""
    doc = pymupdf.open()
    with pymupdf.open(twin) as src:
        for page in src:
            pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, annots=False)
            img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
            if angle:
                img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
            buf = io.BytesIO()
            img.save(buf, format="JPEG" if jpeg else "PNG", quality=75)
            new = doc.new_page(width=page.rect.width, height=page.rect.height)
            new.insert_image(new.rect, stream=buf.getvalue())
    doc.save(out, deflate=True)
    doc.close()
    return out


def made_scans(folder: Path, samples: Path = REPO / "samples", limit: int = 0) -> list[Scan]:
    """Scans of the text PDFs of ``samples/`` in every :data:`VARIANTS` (``limit``:
    only the first so many PDFs)."""
    folder.mkdir(parents=True, exist_ok=True)
    pdfs = [p for p in sorted(samples.glob("*.pdf")) if not is_scan(p)]
    if limit:
        pdfs = pdfs[:limit]
    scans = []
    for label, dpi, angle, jpeg in VARIANTS:
        for pdf in pdfs:
            out = scan_of(pdf, folder / f"{pdf.stem}.{label}.pdf", dpi, angle, jpeg)
            scans.append(Scan(f"{pdf.stem} ({label})", out, pdf, angle))
    return scans


@dataclass(frozen=True)
class Redacted:
    doc: Document
    redacted: list[Finding]
    result: RedactionResult
    output: Path


def redact(scan: Path, output: Path, rules: RuleSet, engine: DetectionEngine) -> Redacted:
    """Extract (OCR), detect, resolve and redact one file into ``output``, as
    ``redactie run`` does for a single document (no verification)."""
    doc = extract(scan)
    findings = resolve(api.detect(doc, engine), ResolveContext(document=doc, rules=rules))
    result = redact_pdf(doc, findings, output)
    redacted = [f for f in findings if f.action is Action.REDACT]
    return Redacted(doc, redacted, result, output)


def old_output(red: Redacted, out: Path) -> tuple[PlacedBox, ...]:
    """The same redaction with the old boxes of scan pages: OCR glyph boxes
    shrunk to the letters' body, pixels blanked only inside them."""
    boxes: list[PlacedBox] = []
    with pymupdf.open(red.doc.path) as pdf:
        for info in red.doc.pages:
            if not info.ocr:
                continue
            page = pdf[info.number]
            layout = ocr_pass(page, ocr_plan(page.rect).dpi)
            if layout.text != info.text:  # OCR read otherwise: not comparable
                continue
            for f in red.redacted:
                if f.page == info.number:
                    for b in layout.boxes_for(f.start, f.end):
                        boxes.append(PlacedBox(page=info.number, rect=b, ground=f.ground))
                        page.add_redact_annot(pymupdf.Rect(b), fill=(0, 0, 0))
            page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS)  # type: ignore[attr-defined]
        pdf.save(out)
    return tuple(boxes)


def emit_json(figures: dict[str, object], path: Path | None) -> None:
    """Print the figures as one JSON line, and write it to ``path`` too if given."""
    line = json.dumps(figures)
    print(line)
    if path is not None:
        path.write_text(line + "\n", encoding="utf-8")
