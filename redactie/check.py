"""The gate before publication: is a PDF fit to publish, whoever redacted it?

``check`` reads PDFs that are about to be published (made by this tool, by
Acrobat, a word processor or anything else) and refuses what is not fit.  It
never writes to its inputs.  Per file it looks at:

* the drawing order of each page (PyMuPDF's text trace, drawings and bbox
  log): text still in the text layer under a black rectangle or a black
  annotation, image pixels under a black rectangle that are not blank (a box
  drawn over a scan), hidden text (invisible outside an OCR layer over an
  image, white on nothing, transparent or tiny, outside the page, under an
  image), and boxes without a ground code (a warning only);
* the file structure: redaction annotations never applied, other
  annotations, form fields, embedded files, JavaScript, photo metadata
  (the structure scans of :mod:`redactie.verify`), earlier revisions kept by
  incremental saves, and document information or XMP naming a person;
* the text as the pipeline reads it (text layer and OCR of images and scans):
  the project's own detection and resolve stages (:func:`redactie.api.detect`,
  :func:`redactie.resolve.resolve`, names propagated across the files checked
  together), so keep lists and public officials are respected.  Any finding
  left to redact is personal data and refuses the file.

Problems name the page, the kind and the type of data, never the data itself.
"""

from __future__ import annotations

import html
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pikepdf
import pymupdf

from redactie.api import (
    Options,
    build_engine,
    collect_inputs,
    detect,
    person_names,
)
from redactie.detect.engine import DetectionEngine
from redactie.document import Document, Page, extract, file_sha256, open_pdf
from redactie.errors import ExitCode, InputFileError, RedactieError
from redactie.findings import Action, Finding
from redactie.resolve import ResolveContext, resolve
from redactie.rules import RuleSet
from redactie.verify import active_content
from redactie.woo import ENTITY_LABELS_NL, GROUNDS

log = logging.getLogger(__name__)

# A fill this dark (every colour component at most this) is a redaction box.
DARK = 0.15
# Text this light (every component at least this) is white.
LIGHT = 0.9
# A glyph counts as covered when the box covers this share of its box.
COVERED = 0.6
# Boxes smaller than this (points, either side) are rules and borders, no boxes.
MIN_BOX_SIDE = 3.0
# Pixels that differ this much (0-255 grey) from the region's median are ink.
INK_DELTA = 64
# A region is blank when at most this share of its pixels is ink.
BLANK_SHARE = 0.005
# Text smaller than this (points) cannot be read: hidden.
MIN_FONT_SIZE = 1.0
# Ground codes of the Woo (and the Wob before it) printed in a box.
GROUND_CODE = re.compile(r"(?<![\d.])(?:5\.[12](?:\.[1-9])?|10\.[12]|11\.1)\s?[a-i]?(?![\d.])")
XMP_TAG = re.compile(r"<[^>]*>")
# XMP elements that name the author(s).
XMP_AUTHOR = re.compile(
    r"<(dc:creator|pdf:Author|xmp:Author)\b[^>]*>(.*?)</\1>", re.DOTALL | re.IGNORECASE
)
AUTHOR_LABEL = "Auteur:"
# Document information that is no free text (dates, format, encryption, applications
# are read in the XMP or not at all).
METADATA_SKIP = frozenset({"format", "encryption", "creationDate", "modDate", "trapped"})

# PyMuPDF's constants are not in its type stubs.
_REDACT: int = pymupdf.PDF_ANNOT_REDACT  # type: ignore[attr-defined]
_WIDGET: int = pymupdf.PDF_ANNOT_WIDGET  # type: ignore[attr-defined]
_LINK: int = pymupdf.PDF_ANNOT_LINK  # type: ignore[attr-defined]

FIT = "geschikt"
NOT_FIT = "niet geschikt"


@dataclass(frozen=True)
class Issue:
    """One reason a file is not fit (or a warning), without personal data."""

    kind: str  # stable identifier for pipelines, e.g. "text_under_box"
    message: str  # Dutch, for people
    page: int | None = None  # 1-based; None for the whole file
    count: int = 1

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "page": self.page, "count": self.count, "message": self.message}

    def as_text(self) -> str:
        where = f"p. {self.page}: " if self.page else ""
        times = f" ({self.count}x)" if self.count > 1 else ""
        return f"{where}{self.message}{times}"


@dataclass(frozen=True)
class FileVerdict:
    path: str
    pages: int
    problems: tuple[Issue, ...] = field(default=())
    warnings: tuple[Issue, ...] = field(default=())

    @property
    def fit(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "fit": self.fit,
            "verdict": FIT if self.fit else NOT_FIT,
            "pages": self.pages,
            "problems": [p.as_dict() for p in self.problems],
            "warnings": [w.as_dict() for w in self.warnings],
        }


@dataclass(frozen=True)
class CheckResult:
    files: tuple[FileVerdict, ...]

    @property
    def ok(self) -> bool:
        return all(f.fit for f in self.files)

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.OK if self.ok else ExitCode.NOT_FIT

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "exit_code": int(self.exit_code),
            "files": [f.as_dict() for f in self.files],
        }


def _fold(issues: Sequence[Issue]) -> tuple[Issue, ...]:
    """The same kind and message on the same page once, with a count."""
    counts: Counter[tuple[str, str, int | None]] = Counter()
    for i in issues:
        counts[(i.kind, i.message, i.page)] += i.count
    return tuple(Issue(k, m, p, n) for (k, m, p), n in counts.items())


# --- the page: drawing order ------------------------------------------------


@dataclass(frozen=True)
class _Fill:
    seqno: int
    rect: pymupdf.Rect
    dark: bool
    light: bool


@dataclass(frozen=True)
class _Image:
    seqno: int
    rect: pymupdf.Rect
    xref: int
    transform: pymupdf.Matrix
    masked: bool


@dataclass(frozen=True)
class _Glyph:
    seqno: int
    char: str
    rect: pymupdf.Rect
    invisible: bool
    white: bool
    hidden_style: bool  # transparent or too small to read
    # an invisible span that spells a ground code: redactie's copy of a box's code
    # for text extraction (redact._print_codes), allowed on top of a box
    code: bool = False


def _is_dark(colour: Sequence[float] | None) -> bool:
    return bool(colour) and all(c <= DARK for c in colour or ())


def _fills(page: pymupdf.Page) -> list[_Fill]:
    out = []
    for d in page.get_drawings():
        fill = d.get("fill")
        if fill is None or (d.get("fill_opacity") or 1.0) < 0.95:
            continue
        rect = pymupdf.Rect(d["rect"])
        light = all(c >= LIGHT for c in fill)
        out.append(_Fill(int(d.get("seqno", 0)), rect, _is_dark(fill), light))
    return out


def _images(page: pymupdf.Page) -> list[_Image]:
    """Images with their place in the drawing order (matched on the bbox log)."""
    drawn = [
        (i, pymupdf.Rect(r))
        for i, (kind, r) in enumerate(page.get_bboxlog())
        if kind == "fill-image"
    ]
    out = []
    for info in page.get_image_info(xrefs=True):
        rect = pymupdf.Rect(info["bbox"])
        near = [(abs(r.x0 - rect.x0) + abs(r.y0 - rect.y0), i) for i, r in drawn]
        seqno = min(near)[1] if near else 0
        out.append(
            _Image(
                seqno,
                rect,
                int(info.get("xref", 0)),
                pymupdf.Matrix(info["transform"]),
                bool(info.get("has-mask")),
            )
        )
    return out


def _glyphs(page: pymupdf.Page) -> list[_Glyph]:
    out = []
    for span in page.get_texttrace():
        colour = span.get("color") or (0.0, 0.0, 0.0)
        invisible = span.get("type") == 3
        white = not invisible and all(c >= LIGHT for c in colour)
        hidden_style = span.get("opacity", 1.0) <= 0.05 or span.get("size", 10.0) < MIN_FONT_SIZE
        code = invisible and "".join(chr(ch[0]) for ch in span["chars"]).strip() in GROUNDS
        for ch in span["chars"]:
            c = chr(ch[0])
            if not c.strip():
                continue
            out.append(
                _Glyph(
                    int(span["seqno"]), c, pymupdf.Rect(ch[3]), invisible, white, hidden_style, code
                )
            )
    return out


def _on_box(glyph: _Glyph, boxes: Sequence[_Fill]) -> bool:
    """The glyph stands on a black box drawn before it: its middle within the box's
    width and its box meeting the box (a stretched glyph's box is tall)."""
    middle = (glyph.rect.x0 + glyph.rect.x1) / 2
    return any(
        b.seqno < glyph.seqno and b.rect.x0 <= middle <= b.rect.x1 and b.rect.intersects(glyph.rect)
        for b in boxes
    )


def _covers(box: pymupdf.Rect, glyph: pymupdf.Rect) -> bool:
    if glyph.is_empty:
        centre = glyph.tl
        return bool(centre in box)
    inter = pymupdf.Rect(box) & glyph
    return not inter.is_empty and inter.get_area() >= COVERED * glyph.get_area()


def _outside(glyph: pymupdf.Rect, area: pymupdf.Rect) -> bool:
    """Wholly outside ``area`` (a ligature's later parts have an empty box)."""
    return bool(
        glyph.x1 < area.x0 or glyph.x0 > area.x1 or glyph.y1 < area.y0 or glyph.y0 > area.y1
    )


def _grey(doc: pymupdf.Document, xref: int) -> np.ndarray | None:
    """An image's pixels as one grey channel (rows by columns), or None if unreadable."""
    try:
        pix = pymupdf.Pixmap(doc, xref)
        if pix.alpha or pix.colorspace is None or pix.colorspace.n != 1:
            pix = pymupdf.Pixmap(pymupdf.csGRAY, pix)
    except Exception:
        return None
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[:, :, 0]


def _ink_under(grey: np.ndarray | None, image: _Image, box: pymupdf.Rect) -> bool:
    """Whether the image's pixels under ``box`` hold ink (are not one blank colour)."""
    if grey is None:
        return True  # pixels that cannot be read cannot be shown blank
    height, width = grey.shape
    # Page space to the unit square of the image, then to pixels; one pixel
    # inset, so the edge a blanking rounded differently does not count.
    unit = (box & image.rect) * ~image.transform
    x0, x1 = max(0, int(unit.x0 * width) + 1), min(width, int(unit.x1 * width) - 1)
    y0, y1 = max(0, int(unit.y0 * height) + 1), min(height, int(unit.y1 * height) - 1)
    if x1 <= x0 or y1 <= y0:
        return False
    region = grey[y0:y1, x0:x1].astype(np.int16)
    ink = int(np.count_nonzero(np.abs(region - float(np.median(region))) > INK_DELTA))
    return ink > max(3, BLANK_SHARE * region.size)


def _strip_of(strip: pymupdf.Rect, box: pymupdf.Rect) -> bool:
    """``strip`` is part of ``box``: lower than it, within its width, right above
    or below it (redact.py's strips over a scan: the rows of a word's font box
    that the neighbouring line's tails reach into)."""
    gap = max(box.y0 - strip.y1, strip.y0 - box.y1)
    return (
        strip.height < box.height
        and strip.x0 >= box.x0 - 0.5
        and strip.x1 <= box.x1 + 0.5
        and -0.5 <= gap <= 0.5 * box.height
    )


def _boxes(fills: list[_Fill]) -> list[_Fill]:
    """Dark fills large enough to be redaction boxes (thin rules are borders)."""
    return [
        f
        for f in fills
        if f.dark and f.rect.width >= MIN_BOX_SIDE and f.rect.height >= MIN_BOX_SIDE
    ]


def _black_annots(annots: list[pymupdf.Annot]) -> list[pymupdf.Rect]:
    return [
        pymupdf.Rect(a.rect)
        for a in annots
        if a.type[0] != _REDACT and _is_dark(a.colors.get("fill"))
    ]


def _rects(rects: Sequence[pymupdf.Rect]) -> np.ndarray:
    return np.array([(r.x0, r.y0, r.x1, r.y1) for r in rects], dtype=float).reshape(-1, 4)


def _cover_matrix(areas: Sequence[pymupdf.Rect], glyphs: np.ndarray) -> np.ndarray:
    """``[i, j]``: area ``j`` covers glyph ``i`` (:func:`_covers` for all pairs at once)."""
    b = _rects(areas)
    g = glyphs
    w = np.minimum(g[:, None, 2], b[None, :, 2]) - np.maximum(g[:, None, 0], b[None, :, 0])
    h = np.minimum(g[:, None, 3], b[None, :, 3]) - np.maximum(g[:, None, 1], b[None, :, 1])
    inter = np.clip(w, 0, None) * np.clip(h, 0, None)
    area = (g[:, 2] - g[:, 0]) * (g[:, 3] - g[:, 1])
    covered = (inter > 0) & (inter >= COVERED * area[:, None])
    x, y = g[:, None, 0], g[:, None, 1]  # an empty box: its corner inside
    inside = (
        (x >= b[None, :, 0]) & (x <= b[None, :, 2]) & (y >= b[None, :, 1]) & (y <= b[None, :, 3])
    )
    result: np.ndarray = np.where((area <= 0)[:, None], inside, covered)
    return result


def _rows(matrix: np.ndarray) -> np.ndarray:
    """Per row (glyph): whether any column (area) holds."""
    return np.asarray(matrix.any(axis=1), dtype=bool)


@dataclass(frozen=True)
class PageCheck:
    """What the drawing order of one page shows."""

    problems: tuple[Issue, ...]
    warnings: tuple[Issue, ...]
    dark: tuple[pymupdf.Rect, ...]  # where the page is blacked out (boxes, black annotations)


def page_issues(doc: pymupdf.Document, number: int) -> PageCheck:
    """Problems and warnings of one page, from its drawing order."""
    page = doc[number]
    p = number + 1
    problems: list[Issue] = []
    warnings: list[Issue] = []
    fills = _fills(page)
    images = _images(page)
    glyphs = _glyphs(page)
    boxes = _boxes(fills)
    annots = list(page.annots() or [])
    black_annots = _black_annots(annots)
    for a in annots:
        kind = a.type[0]
        if kind == _REDACT:
            problems.append(
                Issue(
                    "redaction_not_applied",
                    "een lakmarkering is aangebracht maar nooit toegepast",
                    p,
                )
            )
        elif kind == _WIDGET:
            continue  # a form field: reported with the form
        elif kind != _LINK:
            problems.append(Issue("annotation", f"annotatie ({a.type[1]})", p))
    page_area = pymupdf.Rect(page.rect) | page.cropbox

    # Which box, annotation, image and fill covers which glyph, all at once.
    g_rects = _rects([g.rect for g in glyphs])
    g_seq = np.array([g.seqno for g in glyphs], dtype=int)[:, None]
    by_box = _cover_matrix([b.rect for b in boxes], g_rects)
    box_seq = np.array([b.seqno for b in boxes], dtype=int)[None, :]
    under_box = _rows(by_box & (box_seq > g_seq)) | _rows(_cover_matrix(black_annots, g_rects))
    by_image = _cover_matrix([i.rect for i in images], g_rects)
    image_seq = np.array([i.seqno for i in images], dtype=int)[None, :]
    opaque = np.array([not i.masked for i in images], dtype=bool)[None, :]
    over_image = _rows(by_image)
    image_on_top = _rows(by_image & (image_seq > g_seq) & opaque)
    image_below = _rows(by_image & (image_seq < g_seq))
    coloured = [f for f in fills if not f.light]
    fill_seq = np.array([f.seqno for f in coloured], dtype=int)[None, :]
    fill_below = _rows(_cover_matrix([f.rect for f in coloured], g_rects) & (fill_seq < g_seq))

    for n, g in enumerate(glyphs):
        if under_box[n]:
            problems.append(
                Issue("text_under_box", "tekst staat nog in de tekstlaag onder een zwart vlak", p)
            )
        elif g.invisible:
            if not over_image[n] and not (g.code and _on_box(g, boxes)):
                problems.append(
                    Issue("hidden_text", "onzichtbare tekst buiten een OCR-laag over een scan", p)
                )
        elif _outside(g.rect, page_area):
            problems.append(Issue("hidden_text", "tekst buiten de pagina", p))
        elif g.hidden_style:
            problems.append(Issue("hidden_text", "doorzichtige of onleesbaar kleine tekst", p))
        elif image_on_top[n]:
            problems.append(Issue("hidden_text", "tekst onder een afbeelding", p))
        elif g.white and not (image_below[n] or fill_below[n]):
            problems.append(Issue("hidden_text", "witte tekst op een witte achtergrond", p))

    pixels: dict[int, np.ndarray | None] = {}
    for b in boxes:
        for image in images:
            if image.seqno > b.seqno or not b.rect.intersects(image.rect):
                continue
            if image.xref not in pixels:
                pixels[image.xref] = _grey(doc, image.xref)
            if _ink_under(pixels[image.xref], image, b.rect):
                problems.append(
                    Issue(
                        "pixels_under_box",
                        "onder een zwart vlak staat de afbeelding (scan) nog onverwijderd",
                        p,
                    )
                )
    coded = []
    for j, b in enumerate(boxes):
        on_top = by_box[:, j] & (g_seq[:, 0] > b.seqno)
        coded.append(
            bool(GROUND_CODE.search("".join(g.char for n, g in enumerate(glyphs) if on_top[n])))
        )
    for b, has_code in zip(boxes, coded, strict=True):
        if not has_code and not any(
            _strip_of(b.rect, c.rect) for c, c_code in zip(boxes, coded, strict=True) if c_code
        ):
            warnings.append(Issue("box_without_ground", "een zwart vlak zonder weigeringsgrond", p))
    dark = tuple(b.rect for b in boxes) + tuple(black_annots)
    return PageCheck(tuple(problems), tuple(warnings), dark)


# --- the file structure --------------------------------------------------------


def structure_issues(doc: pymupdf.Document, path: Path) -> list[Issue]:
    """Form fields, revisions, embedded files, JavaScript and photo metadata."""
    problems: list[Issue] = []
    if doc.is_form_pdf:
        problems.append(Issue("form_fields", "formuliervelden"))
    if doc.version_count > 1:
        problems.append(
            Issue(
                "earlier_revisions",
                f"eerdere versies bewaard door incrementeel opslaan ({doc.version_count - 1})",
            )
        )
    if doc.embfile_count() > 0:
        problems.append(Issue("embedded_files", "ingesloten bestanden (bijlagen)"))
    try:
        with pikepdf.open(path) as pdf:
            if _catalog_javascript(pdf):
                problems.append(Issue("javascript", "JavaScript"))
            for p in active_content(pdf):
                kind = "javascript" if "JavaScript" in p.message else "embedded_files"
                if "foto" in p.message:
                    kind = "photo_metadata"
                problems.append(Issue(kind, p.message))
    except Exception:
        problems.append(Issue("unreadable", "pikepdf kan de bestandsstructuur niet lezen"))
    return problems


def _catalog_javascript(pdf: pikepdf.Pdf) -> bool:
    """Scripts held directly in the catalog or a page (not as objects of their own)."""
    root = pdf.Root
    names = root.get("/Names")
    if isinstance(names, pikepdf.Dictionary) and "/JavaScript" in names:
        return True
    owners = [root, *(page.obj for page in pdf.pages)]
    return any(
        "/JS" in repr(o.get(key)) or "/JavaScript" in repr(o.get(key))
        for o in owners
        for key in ("/OpenAction", "/AA")
        if key in o
    )


def hidden_strings(doc: pymupdf.Document) -> str:
    """Metadata, XMP and the targets of links, one item a line, for the detectors.

    Author fields are labelled ``Auteur:`` so the context rule for authors
    reads the value as a name, as it would in a letter.
    """
    lines: list[str] = []
    for key, value in (doc.metadata or {}).items():
        if not value or key in METADATA_SKIP:
            continue
        lines.append(f"{AUTHOR_LABEL} {value}" if key == "author" else str(value))
    xmp = doc.get_xml_metadata() or ""
    for match in XMP_AUTHOR.finditer(xmp):
        lines.append(f"{AUTHOR_LABEL} {_xmp_text(match.group(2))}")
    lines.extend(_xmp_text(XMP_AUTHOR.sub("", xmp)).splitlines())
    for n in range(doc.page_count):
        for link in doc[n].get_links():
            uri = str(link.get("uri") or "")
            if uri:
                lines.append(uri.removeprefix("mailto:"))
    return "\n".join(line.strip() for line in lines if line.strip())


def _xmp_text(xml: str) -> str:
    """The text between the tags, one element a line."""
    return "\n".join(
        t.strip() for t in html.unescape(XMP_TAG.sub("\n", xml)).splitlines() if t.strip()
    )


# --- personal data in the text ---------------------------------------------


def _blacked_out(page: Page, f: Finding, dark: Sequence[pymupdf.Rect]) -> bool:
    """An OCR word read inside a black box: OCR of the box itself, not data.

    (Pixels still under a box and text still under it are refused on their own.)
    """
    if page.ocr_layout is None or not dark:
        return False
    # The OCR words' own bounds, letters and digits only: the redaction boxes
    # of an OCR layout are padded beyond the ink (see document.ink_layout), and
    # OCR may glue the punctuation beside a box ("Jansen," read as "BEEM.").
    lay = page.ocr_layout
    glyphs = [
        gb
        for c, gb in zip(lay.text[f.start : f.end], lay.boxes[f.start : f.end], strict=True)
        if gb and c.isalnum()
    ]
    covered = [any(_covers(d, pymupdf.Rect(gb.bbox)) for d in dark) for gb in glyphs]
    if not glyphs or not any(covered):
        return False
    # A finding that joins the OCR of a box with a word on another line (the
    # name stages read "BEEM.\nBehandeld" as one name) is the box's noise; a
    # visible word on the box's own line is not.
    # On the box's own lines most letters must be under the box (OCR spreads a
    # word's letters evenly over its bounds, so the last one may stick out).
    box_lines = {gb.line for gb, cov in zip(glyphs, covered, strict=True) if cov}
    on_box = [cov for gb, cov in zip(glyphs, covered, strict=True) if gb.line in box_lines]
    return sum(on_box) > len(on_box) / 2


def _box_noise(doc: Document, f: Finding, dark: dict[int, tuple[pymupdf.Rect, ...]]) -> bool:
    """A finding in OCR text (a scan, an image) that is the OCR of a black box."""
    page = doc.pages[f.page]
    in_ocr = page.ocr or (bool(page.image_regions) and f.start >= page.image_text_start)
    return in_ocr and _blacked_out(page, f, dark.get(f.page, ()))


def _data_issues(
    findings: Sequence[Finding], doc: Document, dark: dict[int, tuple[pymupdf.Rect, ...]]
) -> list[Issue]:
    issues = []
    for f in findings:
        if f.action is not Action.REDACT:
            continue
        page = doc.pages[f.page]
        label = ENTITY_LABELS_NL.get(f.entity_type, f.entity_type)
        if page.ocr:
            where = "in de scan (OCR)"
        elif page.image_regions and f.start >= page.image_text_start:
            where = "in een afbeelding (OCR)"
        else:
            where = "in de tekstlaag"
        if where != "in de tekstlaag" and _blacked_out(page, f, dark.get(f.page, ())):
            continue
        issues.append(Issue("personal_data", f"persoonsgegevens {where}: {label}", f.page + 1))
    return issues


def _metadata_document(path: Path, text: str) -> Document:
    page = Page(number=0, text=text, width=595.0, height=842.0, rotation=0, has_images=False)
    return Document(path=path, sha256="", pages=(page,))


@dataclass
class _Read:
    """What the first pass learned about one file."""

    path: Path
    pages: int = 0
    problems: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    document: Document | None = None
    raw: list[Finding] = field(default_factory=list)
    meta_document: Document | None = None
    meta_raw: list[Finding] = field(default_factory=list)
    dark: dict[int, tuple[pymupdf.Rect, ...]] = field(default_factory=dict)


def _read(path: Path, engine: DetectionEngine, options: Options) -> _Read:
    read = _Read(path)
    try:
        doc = open_pdf(path)
    except RedactieError as exc:
        read.problems.append(Issue("unreadable", exc.message))
        return read
    with doc:
        read.pages = doc.page_count
        for n in range(doc.page_count):
            seen = page_issues(doc, n)
            read.problems.extend(seen.problems)
            read.warnings.extend(seen.warnings)
            read.dark[n] = seen.dark
        read.problems.extend(structure_issues(doc, path))
        hidden = hidden_strings(doc)
    if hidden:
        read.meta_document = _metadata_document(path, hidden)
        read.meta_raw = detect(read.meta_document, engine)
    try:
        read.document = extract(path, ocr=options.ocr)
        read.raw = detect(read.document, engine)
    except RedactieError as exc:
        read.problems.append(Issue("unreadable", exc.message))
    return read


def check(paths: Sequence[Path], options: Options | None = None) -> CheckResult:
    """Check every PDF in ``paths`` (files and folders) for publication; see the module doc.

    Raises :class:`InputFileError` when a path does not exist or no PDF is
    found; rule-pack and model errors as ``run`` does.  Never writes to an input.
    """
    options = options or Options(write_review=False)
    for given in paths:
        if not given.exists():
            raise InputFileError("het bestand of de map bestaat niet", path=str(given))
    items = collect_inputs(paths)
    if not items:
        raise InputFileError("geen PDF-bestanden gevonden", path=", ".join(map(str, paths)))
    rules, engine = build_engine(options)
    before = {item.path: file_sha256(item.path) for item in items}
    reads = []
    for n, item in enumerate(items, start=1):
        log.info("[%d/%d] controleren: %s", n, len(items), item.path)
        try:
            reads.append(_read(item.path, engine, options))
        except Exception:  # a bug or a hostile file must not pass, nor stop the batch
            log.exception("onverwachte fout bij de controle van %s", item.path)
            failed = _Read(item.path)
            failed.problems.append(
                Issue("unreadable", "de controle kon niet worden uitgevoerd (onverwachte fout)")
            )
            reads.append(failed)
    verdicts = _decide(reads, rules)
    for item in items:
        if file_sha256(item.path) != before[item.path]:  # a guarantee, checked
            raise RedactieError(
                "een invoerbestand is tijdens de controle veranderd", path=str(item.path)
            )
    return CheckResult(files=tuple(verdicts))


def _decide(reads: list[_Read], rules: RuleSet) -> list[FileVerdict]:
    """Resolve as ``run`` does (a name found in one file counts in all), then judge."""
    first = [
        (
            [
                f
                for f in resolve(r.raw, ctx)
                if not _box_noise(r.document, f, r.dark)  # OCR of a box names no one
            ],
            ctx,
        )
        for r in reads
        if r.document is not None
        for ctx in [ResolveContext(document=r.document, rules=rules)]
    ]
    dossier = frozenset(n for fs, ctx in first for n in person_names(fs, ctx))
    verdicts = []
    for r in reads:
        problems = list(r.problems)
        if r.document is not None:
            ctx = ResolveContext(document=r.document, rules=rules, dossier_names=dossier)
            problems.extend(_data_issues(resolve(r.raw, ctx), r.document, r.dark))
        if r.meta_document is not None:
            ctx = ResolveContext(document=r.meta_document, rules=rules, dossier_names=dossier)
            if any(f.action is Action.REDACT for f in resolve(r.meta_raw, ctx)):
                problems.append(
                    Issue("metadata", "metadata, XMP of een link bevat persoonsgegevens")
                )
        verdicts.append(FileVerdict(str(r.path), r.pages, _fold(problems), _fold(r.warnings)))
    return verdicts


# --- for people -----------------------------------------------------------------


def table(result: CheckResult) -> str:
    """A plain table in Dutch: one row per file, its reasons below it."""
    rows = [("bestand", "pagina's", "oordeel", "redenen", "waarschuwingen")]
    for f in result.files:
        rows.append(
            (
                f.path,
                str(f.pages),
                FIT if f.fit else NOT_FIT,
                str(len(f.problems)),
                str(len(f.warnings)),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    for f in result.files:
        if f.problems or f.warnings:
            lines.append("")
            lines.append(f"{f.path}:")
            lines.extend(f"  - {i.as_text()}" for i in f.problems)
            lines.extend(f"  - waarschuwing: {i.as_text()}" for i in f.warnings)
    fit = sum(f.fit for f in result.files)
    lines.append("")
    lines.append(f"{fit} van {len(result.files)} bestanden geschikt voor publicatie")
    return "\n".join(lines) + "\n"


__all__ = ["CheckResult", "FileVerdict", "Issue", "check", "table"]
