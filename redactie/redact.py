"""True redaction with PyMuPDF, and scrubbing of everything beside the page text.

For each page: one redaction annotation per tight box, and an
``apply_redactions`` that removes the glyphs, blanks image pixels under the
boxes and leaves vector line art (table borders) alone; then the boxes a
reader sees, at full line height (the whole ink of OCR words on scans and
images), blank the image pixels under them and are drawn black without
removing text, and the Woo ground is printed in each.
Then the whole file is scrubbed: metadata and XMP, annotations, links, form
fields, embedded files, JavaScript, hidden text and optional content.  The
result is written to the path given (a temporary file the caller verifies)
with garbage collection, never incrementally.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from redactie.document import (
    PROGRESS_EVERY,
    TIGHT_ABOVE,
    TIGHT_BELOW,
    Box,
    Document,
    PageLayout,
    StoredLayout,
    file_sha256,
    open_pdf,
    page_layout,
)
from redactie.errors import RedactionError
from redactie.findings import Action, Finding
from redactie.ink import NO_CUT, Cut, ink_boxes, known_image_rects

log = logging.getLogger(__name__)

BOX_FILL = (0.0, 0.0, 0.0)
TEXT_COLOUR = (1.0, 1.0, 1.0)
CODE_FONT = "helv"
MIN_CODE_FONTSIZE = 2.5

# PyMuPDF's constants are not in its type stubs.
_IMAGE_PIXELS: int = pymupdf.PDF_REDACT_IMAGE_PIXELS  # type: ignore[attr-defined]
_IMAGE_NONE: int = pymupdf.PDF_REDACT_IMAGE_NONE  # type: ignore[attr-defined]
_LINE_ART_NONE: int = pymupdf.PDF_REDACT_LINE_ART_NONE  # type: ignore[attr-defined]
_TEXT_REMOVE: int = pymupdf.PDF_REDACT_TEXT_REMOVE  # type: ignore[attr-defined]
_TEXT_KEEP: int = pymupdf.PDF_REDACT_TEXT_NONE  # type: ignore[attr-defined]
_ENCRYPT_NONE: int = pymupdf.PDF_ENCRYPT_NONE  # type: ignore[attr-defined]


@dataclass(frozen=True)
class PlacedBox:
    """A box that was redacted, for verification and the review file."""

    page: int
    rect: Box
    ground: str
    # The baseline and type size of the text under the box (text layers only),
    # read back from the glyphs' tight boxes (see document._tight_box), so that
    # the ground code is set exactly as a word of its line.
    baseline: float | None = None
    size: float | None = None
    # Over a scan or an image of text: strips beside the box towards the
    # neighbouring lines, around their ink (redactie.ink.ink_boxes).
    strips: tuple[Box, ...] = ()
    # The edges (x0, y0, x1, y1) past which the box's word goes on with
    # characters that are not redacted (redactie.ink.Cut): the ink there is
    # theirs, for the fit and for verification's pixel check.
    cut: Cut = NO_CUT


@dataclass(frozen=True)
class RedactionResult:
    boxes: tuple[PlacedBox, ...]
    pages_with_boxes: tuple[int, ...]
    scrubbed: tuple[str, ...]  # what was removed besides page text (kinds only)


@functools.lru_cache(maxsize=64)
def _code_width(code: str) -> float:
    """The width of ``code`` in :data:`CODE_FONT` at size 1 (widths scale with the size)."""
    return float(pymupdf.get_text_length(code, fontname=CODE_FONT, fontsize=1.0))


def _code_fontsize(rect: pymupdf.Rect, code: str, *, inline: bool = False) -> float:
    """The largest font size at which ``code`` fits in the box.

    Over pixels at most :data:`PIXEL_CODE_HEIGHT` of the box's height and
    :data:`PIXEL_CODE_WIDTH` of its width: the box stays a black bar with a
    label, and no row or column of a word under it is mostly the code's white (a
    reader checking a scan for letters sticking out sees black, not a white
    stroke; in a short box a code as wide as the box left rows through its
    digits more white than black).  In a text layer (``inline``) the code is
    set like a word of the line (see :func:`_print_codes`).
    """
    width = _code_width(code)
    if inline:
        by_width = (rect.width - 1.0) / width if width else 0.0
        return max(0.0, min(by_width, rect.height * INLINE_CODE_HEIGHT, 12.0))
    by_width = rect.width * PIXEL_CODE_WIDTH / width if width else 0.0
    by_height = rect.height * PIXEL_CODE_HEIGHT
    return max(0.0, min(by_width, by_height, 9.0))


# Share of a box over pixels that its code's type size may take.  At 0.6 the stem
# of a white "1" in a box fitted to a word's ink (about 1.05 em, its font box 1.37
# em) left a column through the word more white than black over the font box; at
# 0.45-0.5 Tesseract no longer reads the box as a word and joins the words around
# it, as it does with a mid-grey code (docs/scans.md).
PIXEL_CODE_HEIGHT = 0.55
PIXEL_CODE_WIDTH = 0.75  # share of its width


# A code in a text layer is set as a word of its line: about the line's type size
# (share of the full-line-height box) on about its baseline (share of the box
# above its bottom), so that text extraction reads it in its place in the line
# ("Eén van hen, 5.1.2e , woont") instead of as a line of its own between two
# lines, which would split the words around it ("Amphia / 5.1.2e / Ziekenhuis").
INLINE_CODE_HEIGHT = 0.75
INLINE_CODE_BASELINE = 0.22


def _text_line(tight: Box | None) -> tuple[float | None, float | None]:
    """Baseline and type size of a line of glyphs from their merged tight box.

    A tight box runs from :data:`TIGHT_ABOVE` of the type size above the baseline
    to :data:`TIGHT_BELOW` below it (document._tight_box).
    """
    if tight is None:
        return None, None
    height = tight[3] - tight[1]
    if height <= 0:
        return None, None
    size = height / (TIGHT_ABOVE + TIGHT_BELOW)
    return tight[3] - TIGHT_BELOW * size, size


def _print_codes(
    page: pymupdf.Page, boxes: list[PlacedBox], images: tuple[Box, ...] = (), *, scan: bool = False
) -> None:
    """Print the ground code, centred, in every box it fits in.

    Done after ``apply_redactions`` rather than through the annotation's own
    text, which PyMuPDF silently drops from boxes below about 7 pt high.
    Coordinates are unrotated page space, like the boxes themselves.

    In a text layer the code is also a word of its line for text extraction:
    a centred code in a wide box leaves a gap either side that pdftotext takes
    for a column gap, and it then reads the code, or the rest of the line, out
    of order ("op 3 / 5.1.2e / maart 2025").  See :func:`_code_stream`.
    """
    # One text writer per page: a separate insert_text per box rewrites the page's
    # content streams each time, which dominated pages with hundreds of boxes.
    writer = pymupdf.TextWriter(page.rect)
    font = pymupdf.Font(CODE_FONT)
    codes: list[_Code] = []
    for b in boxes:
        rect = pymupdf.Rect(b.rect)
        inline = not scan and not any(rect.intersects(pymupdf.Rect(i)) for i in images)
        size = _code_fontsize(rect, b.ground, inline=inline)
        if size < MIN_CODE_FONTSIZE:
            continue
        width = _code_width(b.ground) * size
        x = (rect.x0 + rect.x1 - width) / 2
        if inline and b.baseline is not None and b.size:
            size = min(size, b.size)
            width = _code_width(b.ground) * size
            x = (rect.x0 + rect.x1 - width) / 2
            y = b.baseline
        elif inline:
            y = rect.y1 - rect.height * INLINE_CODE_BASELINE
        else:
            y = rect.y1 - (rect.height - size * 0.72) / 2  # baseline: cap height centred
        writer.append((x, y), b.ground, font=font, fontsize=size)
        span = rect.width - 2 * CODE_INSET
        stretch = span / width if inline and span > width * STRETCH_FROM else 0.0
        codes.append(_Code(x, y, size, b.ground, rect.x0 + CODE_INSET, stretch))
    if writer.text_rect.is_empty:
        return
    writer.write_text(page, color=TEXT_COLOUR)
    if any(c.stretch for c in codes):
        xref = page.get_contents()[-1]
        stream = _code_stream(page.parent.xref_stream(xref), codes, font)
        if stream:
            page.parent.update_stream(xref, stream)


CODE_INSET = 1.0  # pt between a box's edge and its stretched, invisible code
STRETCH_FROM = 1.2  # a box this much wider than its code leaves gaps a reader splits at
_FIRST_MATRIX = re.compile(rb"(\S+) (\S+) (\S+) (\S+) (\S+) (\S+) Tm")
_FONT_NAME = re.compile(rb"/(\S+) \S+ Tf")


@dataclass(frozen=True)
class _Code:
    """A ground code to print: where (baseline start), its size and text, and for a
    wide box in a text layer the start and stretch of its invisible copy."""

    x: float
    y: float
    size: float
    text: str
    copy_x: float
    stretch: float  # 0: no copy


def _code_stream(stream: bytes, codes: list[_Code], font: pymupdf.Font) -> bytes:
    """The codes' content, rewritten from ``stream`` (the text writer's, whose first
    code is ``codes[0]``): a code in a wide box is marked as having no text
    (``/ActualText ()``) and followed by an invisible copy (render mode 3) stretched
    over the box on the same baseline, which text extraction reads as a word of the
    line.  Empty when the stream is not laid out as expected (it then stays as is)."""
    m = _FIRST_MATRIX.search(stream)
    name = _FONT_NAME.search(stream)
    bt = stream.find(b"BT")
    if m is None or name is None or bt < 0:
        return b""
    a, b, c, d, e, f = (float(v) for v in m.groups())
    if (a, b, c, d) != (1.0, 0.0, 0.0, 1.0):
        return b""
    dx, dy = e - codes[0].x, f + codes[0].y  # the writer's space: (x + dx, dy - y)
    font_ref = name.group(1)
    ops = [stream[:bt]]
    for code in codes:
        glyphs = "".join(f"{font.has_glyph(ord(ch)):04x}" for ch in code.text).encode()
        shown = b"BT\n0 Tr\n/%s %.4g Tf\n1 0 0 1 %.5g %.5g Tm\n[<%s>]TJ\nET\n" % (
            font_ref, code.size, code.x + dx, dy - code.y, glyphs
        )
        if not code.stretch:
            ops.append(shown)
            continue
        ops.append(b"/Span <</ActualText ()>> BDC\n" + shown + b"EMC\n")
        ops.append(
            b"BT\n3 Tr\n/%s %.4g Tf\n%.5g 0 0 1 %.5g %.5g Tm\n[<%s>]TJ\nET\n"
            % (font_ref, code.size, code.stretch, code.copy_x + dx, dy - code.y, glyphs)
        )
    ops.append(b"Q\n")
    return b"".join(ops)


def _black_boxes(page: pymupdf.Page, rects: list[pymupdf.Rect], images: list[pymupdf.Rect]) -> None:
    """Blank the image pixels under ``rects`` and draw them black; text stays.

    When no box touches an image there are no pixels to blank, and the boxes
    are drawn directly, as ``apply_redactions`` draws them after its work: a
    second pass of redaction annotations (each one an object, each page's
    content rewritten) would only cost time.
    """
    if not rects:
        return
    if any(r.intersects(i) for r in rects for i in images):
        for r in rects:
            page.add_redact_annot(r, fill=BOX_FILL, cross_out=False)
        page.apply_redactions(images=_IMAGE_PIXELS, graphics=_LINE_ART_NONE, text=_TEXT_KEEP)
        return
    shape = page.new_shape()
    for r in rects:
        shape.draw_rect(r)
        shape.finish(fill=BOX_FILL, color=BOX_FILL)
    shape.commit()


def _layout_for(page: pymupdf.Page, doc: Document) -> PageLayout | StoredLayout:
    """The layout the detectors saw: OCR's, the boxes kept from extraction, or
    (a page extracted without them) the page read again."""
    stored = doc.pages[page.number].stored_layout()
    return stored if stored is not None else page_layout(page)


def _cut(layout: PageLayout | StoredLayout, box: Box, before: int | None, after: int | None) -> Cut:
    """The edges of a finding's ``box`` (one line of it) past which its word goes
    on: the character at ``before`` (the one before the finding) or ``after``
    (the one after it) is a letter, digit or mark of the same line rather than
    a space, as ``MTB`` in ``MTB/2025-031`` (see redactie.ink.Cut)."""
    edges = [False, False, False, False]
    x0, y0, x1, y1 = box
    horizontal = x1 - x0 >= y1 - y0
    for i in (before, after):
        if i is None or not 0 <= i < len(layout.text) or layout.text[i].isspace():
            continue
        other = layout.bbox(i)
        if other is None:
            continue
        cx, cy = (other[0] + other[2]) / 2, (other[1] + other[3]) / 2
        if horizontal and y0 <= cy <= y1:
            edges[0 if cx < (x0 + x1) / 2 else 2] = True
        elif not horizontal and x0 <= cx <= x1:
            edges[1 if cy < (y0 + y1) / 2 else 3] = True
    return (edges[0], edges[1], edges[2], edges[3])


def redact_pdf(doc: Document, findings: list[Finding], out_path: Path) -> RedactionResult:
    """Write a redacted copy of ``doc`` to ``out_path``; the input is only read."""
    by_page: dict[int, list[Finding]] = defaultdict(list)
    for f in findings:
        if f.action is Action.REDACT:
            by_page[f.page].append(f)
    pdf = open_pdf(doc.path)
    placed: list[PlacedBox] = []
    try:
        # The boxes come from extraction: the file must be the one it read.
        if file_sha256(doc.path) != doc.sha256 or pdf.page_count != doc.page_count:
            raise RedactionError("het document veranderde tijdens de verwerking", path=doc.name)
        todo = sorted(by_page)
        coded: list[tuple[int, int, int]] = []  # page, its boxes in ``placed``
        for done, number in enumerate(todo, start=1):
            if len(todo) > PROGRESS_EVERY and done % PROGRESS_EVERY == 0:
                log.info("%s: %d van %d pagina's gelakt", doc.name, done, len(todo))
            page = pdf[number]
            layout = _layout_for(page, doc)
            if layout.text != doc.pages[number].text:
                raise RedactionError(
                    f"pagina {number + 1} leest anders dan bij de detectie", path=doc.name
                )
            first_box = len(placed)
            for f in by_page[number]:
                rects = layout.boxes_for(f.start, f.end)
                if not rects:
                    raise RedactionError(
                        f"pagina {number + 1}: een gevonden gegeven heeft geen plaats op de pagina",
                        path=doc.name,
                    )
                for box in rects:
                    rect = pymupdf.Rect(box)
                    if rect.is_empty:
                        continue
                    page.add_redact_annot(rect, fill=(), cross_out=False)  # () draws no fill
                full = layout.boxes_for(f.start, f.end, full=True)
                lines = rects if len(rects) == len(full) else [None] * len(full)
                for i, (box, tight) in enumerate(zip(full, lines, strict=True)):
                    if not pymupdf.Rect(box).is_empty:
                        base, size = _text_line(tight)
                        cut = _cut(
                            layout,
                            box,
                            f.start - 1 if i == 0 else None,
                            f.end if i == len(full) - 1 else None,
                        )
                        placed.append(
                            PlacedBox(
                                page=number,
                                rect=box,
                                ground=f.ground,
                                baseline=base,
                                size=size,
                                cut=cut,
                            )
                        )
            # Over an image, a box grows to its word's whole ink: an OCR layer
            # made by another program need not match the letters it covers.
            # where the page shows images, as extraction read them from the same
            # file (None: a file with layers, read again)
            known = doc.pages[number].image_boxes
            images = known_image_rects(page, known)
            mine = placed[first_box:]
            grown = ink_boxes(
                page, [b.rect for b in mine], images=images, cuts=[b.cut for b in mine]
            )
            placed[first_box:] = [
                b
                if r.box == b.rect and not r.strips
                else PlacedBox(page=b.page, rect=r.box, ground=b.ground, strips=r.strips, cut=b.cut)
                for b, r in zip(mine, grown, strict=True)
            ]
            # First the tight boxes remove the glyphs (nothing else); then the
            # boxes a reader sees, at full line height or fitted to the ink,
            # blank the image pixels under them and are drawn black, leaving
            # the glyphs of neighbouring lines that they may touch in place.
            page.apply_redactions(
                images=_IMAGE_NONE,
                graphics=_LINE_ART_NONE,
                text=_TEXT_REMOVE,
            )
            _black_boxes(
                page,
                [pymupdf.Rect(r) for b in placed[first_box:] for r in (b.rect, *b.strips)],
                images,
            )
            coded.append((number, first_box, len(placed)))
        scrubbed = scrub(pdf, hidden_text=any(p.hidden_text for p in doc.pages))
        # The codes after the scrub: it removes invisible text, and the codes' copy
        # for text extraction is invisible (see _print_codes).
        for number, first_box, last_box in coded:
            info = doc.pages[number]
            _print_codes(
                pdf[number], placed[first_box:last_box], info.image_regions, scan=info.ocr
            )
        out_path.parent.mkdir(parents=True, exist_ok=True)
        pdf.save(
            out_path,
            garbage=4,
            deflate=True,
            clean=True,
            incremental=False,
            encryption=_ENCRYPT_NONE,
        )
    except RedactionError as exc:
        if exc.path is None:  # raised below scrub(), which does not know the name
            raise RedactionError(exc.message, path=doc.name) from exc
        raise
    except Exception as exc:
        raise RedactionError(
            "het lakken is mislukt; de PDF is waarschijnlijk beschadigd "
            f"(fout in de PDF-bibliotheek: {type(exc).__name__})",
            path=doc.name,
        ) from exc
    finally:
        pdf.close()
    return RedactionResult(
        boxes=tuple(placed),
        pages_with_boxes=tuple(sorted(by_page)),
        scrubbed=scrubbed,
    )


def scrub(pdf: pymupdf.Document, hidden_text: bool = True) -> tuple[str, ...]:
    """Remove everything outside the page text that can hold personal data.

    ``hidden_text``: also remove text no reader sees; False only when extraction
    found none in the document (``Page.hidden_text``): redaction adds none.
    """
    done: list[str] = []
    for number in range(pdf.page_count):
        page = pdf[number]
        annots = list(page.annots())
        for annot in annots:
            page.delete_annot(annot)
        widgets = list(page.widgets())
        for widget in widgets:
            page.delete_widget(widget)
        links = page.get_links()
        for link in links:
            page.delete_link(link)
        if annots:
            done.append("annotaties")
        if widgets:
            done.append("formuliervelden")
        if links:
            done.append("links")
    if pdf.embfile_count():
        for name in pdf.embfile_names():
            pdf.embfile_del(name)
        done.append("bijlagen")
    if pdf.get_toc():
        pdf.set_toc([])
        done.append("bladwijzers")
    pdf.scrub(
        attached_files=True,
        clean_pages=True,
        embedded_files=True,
        hidden_text=hidden_text,
        javascript=True,
        metadata=True,
        redactions=False,
        redact_images=0,
        remove_links=True,
        reset_fields=True,
        reset_responses=True,
        thumbnails=True,
        xml_metadata=True,
    )
    pdf.set_metadata({})
    pdf.del_xml_metadata()
    done.append("metadata")
    done.extend(_drop_keys(pdf))
    if _strip_jpeg_metadata(pdf):
        done.append("fotogegevens")
    return tuple(sorted(set(done)))


# What the published file may keep, by whitelist: the catalog and each page
# hold only the entries needed to show the pages.  Anything else (private
# application data, keys a tool invented, a damaged key that still points at
# an old content stream) is removed, so it cannot carry data past the checks.
# verify.py checks the same lists.
CATALOG_KEEP = frozenset(
    {
        "Type",
        "Pages",
        "Version",
        "Lang",
        "ViewerPreferences",
        "PageLayout",
        "PageMode",
        "OutputIntents",
    }
)
PAGE_KEEP = frozenset(
    {
        "Type",
        "Parent",
        "Resources",
        "MediaBox",
        "CropBox",
        "BleedBox",
        "TrimBox",
        "ArtBox",
        "Rotate",
        "Contents",
        "Group",
        "UserUnit",
        "Tabs",
    }
)

# What removed catalog entries are, for the report.
_CATALOG_KINDS = {
    "OCProperties": "lagen",
    "Outlines": "bladwijzers",
    "AcroForm": "formuliervelden",
    "Names": "bijlagen",  # embedded files, JavaScript and named destinations
    "OpenAction": "acties",
    "AA": "acties",
    "PieceInfo": "toepassingsgegevens",
    "StructTreeRoot": "toegankelijkheidsstructuur",
    "Threads": "artikelketens",
    "SpiderInfo": "webgegevens",
    "Collection": "bijlagen",
    "Perms": "handtekeningen",
    "Legal": "handtekeningen",
    "Metadata": "metadata",
}
# Entries of any other object: per-object metadata (an image's own XMP),
# private application data and actions.
_OBJECT_KEYS = ("Metadata", "PieceInfo", "AA")


def _drop_keys(pdf: pymupdf.Document) -> list[str]:
    """Keep only whitelisted catalog and page entries; drop side data elsewhere."""
    done: list[str] = []
    cat = pdf.pdf_catalog()
    for key in pdf.xref_get_keys(cat):
        if key not in CATALOG_KEEP:
            pdf.xref_set_key(cat, key, "null")
            done.append(_CATALOG_KINDS.get(key, "overige gegevens"))
    pages = {pdf[i].xref for i in range(pdf.page_count)}
    for xref in pages:
        for key in pdf.xref_get_keys(xref):
            if key not in PAGE_KEEP:
                pdf.xref_set_key(xref, key, "null")
    for xref in range(1, pdf.xref_length()):
        if xref == cat or xref in pages:
            continue
        try:
            keys = pdf.xref_get_keys(xref)
        except Exception:  # a free or broken object: garbage collection drops it
            continue
        for key in _OBJECT_KEYS:
            if key in keys:
                pdf.xref_set_key(xref, key, "null")
                if key == "Metadata":
                    done.append("metadata")
        if "Name" in keys and pdf.xref_get_key(xref, "Type")[1] in ("/OCG", "/VisibleContent"):
            # a layer's name can say whose notes it holds; the layer itself
            # is gone (no /OCProperties), its marks in the content stay inert
            pdf.xref_set_key(xref, "Name", "(laag)")
            done.append("lagen")
    return done


# JPEG segments that hold metadata rather than pixels: APP1 (Exif, XMP:
# camera owner, GPS position, author), APP3..APP13 (APP13 is Photoshop IPTC:
# captions, names) and APP15, and COM (free comments).  APP0 (JFIF), APP2
# (ICC colour profile) and APP14 (Adobe colour transform) are needed to show
# the image as it was and are kept.
JPEG_METADATA_MARKERS = frozenset({0xE1, *range(0xE3, 0xEE), 0xEF, 0xFE})


def jpeg_segments(data: bytes) -> list[tuple[int, int, int]] | None:
    """``(marker, start, end)`` of each header segment of a JPEG, up to the scan.

    None when the data is not a JPEG this parser understands.
    """
    if data[:2] != b"\xff\xd8":
        return None
    out: list[tuple[int, int, int]] = []
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            out.append((marker, pos, pos + 2))
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if length < 2 or pos + 2 + length > len(data):
            return None
        out.append((marker, pos, pos + 2 + length))
        pos += 2 + length
        if marker in (0xDA, 0xD9):  # start of scan (entropy-coded data follows) or end
            return out
    return out


def strip_jpeg(data: bytes) -> bytes:
    """The JPEG without its metadata segments (pixels untouched), or ``data`` as is."""
    segments = jpeg_segments(data)
    if not segments or not any(m in JPEG_METADATA_MARKERS for m, _, _ in segments):
        return data
    parts = [data[:2]]
    for marker, start, end in segments:
        if marker not in JPEG_METADATA_MARKERS:
            parts.append(data[start:end])
    parts.append(data[segments[-1][2] :])
    return b"".join(parts)


def _strip_jpeg_metadata(pdf: pymupdf.Document) -> bool:
    """Remove Exif, XMP, IPTC and comments from every JPEG in the file.

    Every stream whose raw bytes are a JPEG is treated, whatever its
    dictionary says (a damaged /Filter or /Subtype does not hide the bytes).
    A JPEG whose header cannot be parsed cannot be cleaned: the document
    fails rather than publish what it may hold.
    """
    changed = False
    for xref in range(1, pdf.xref_length()):
        try:
            if not pdf.xref_is_stream(xref):
                continue
            raw = pdf.xref_stream_raw(xref)
        except Exception:
            continue
        if not raw.startswith(b"\xff\xd8\xff"):
            continue
        if jpeg_segments(raw) is None:
            raise RedactionError(
                "een foto (JPEG) in de PDF is beschadigd; de fotogegevens kunnen niet worden "
                "verwijderd"
            )
        clean = strip_jpeg(raw)
        if clean == raw:
            continue
        # update_stream drops /Filter and /DecodeParms: put them back as they were
        kept = {k: pdf.xref_get_key(xref, k) for k in ("Filter", "DecodeParms")}
        pdf.update_stream(xref, clean, compress=False)
        for key, (kind, value) in kept.items():
            if kind != "null":
                pdf.xref_set_key(xref, key, value)
        changed = True
    return changed
