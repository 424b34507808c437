"""What a reader sees on scans and images: every pixel of a redacted word's ink is black.

Each scan is built here: lines of text in blue ink (as a ballpoint or a colour
print), rasterised at a scanner's resolution, optionally skewed, saved as JPEG
or turned by /Rotate.  After redaction the output is rendered at 200 dpi: every
pixel that was ink of the name in the original must be box-black, not ink-blue.
"""

from __future__ import annotations

import io
from pathlib import Path

import hostile_pdfs as hp
import numpy as np
import pymupdf
import pytest
from hostile_support import StubEngine, published, run_one, use_stub_engine
from PIL import Image

from redactie.document import extract, ocr_pass, ocr_plan, tesseract_available
from redactie.errors import InputFileError
from redactie.ink import INK as INK_LEVEL
from redactie.ink import INK_DPI, INK_MARGIN_PT, ink_boxes, render_gray, rule_mask
from redactie.redact import PlacedBox, redact_pdf
from redactie.verify import pixel_problems

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="tesseract not installed")

INK = (0.1, 0.15, 0.55)  # dark blue
LINES = [
    ("Gemeente Voorbeeldstad", 14),
    (f"Behandeld door {hp.NAME}", 14),
    ("Wij nemen uw aanvraag in behandeling.", 14),
    ("Met vriendelijke groet, namens het college.", 14),
]


@pytest.fixture(autouse=True)
def _stub(monkeypatch: pytest.MonkeyPatch) -> None:
    use_stub_engine(monkeypatch)


def _scan(
    path: Path,
    *,
    dpi: int = 200,
    lines: list[tuple[str, float]] = LINES,
    skew: float = 0.0,
    jpeg: bool = False,
    rotation: int = 0,
    paste_into_text: bool = False,
    secret: str = hp.NAME,
) -> tuple[Path, list[pymupdf.Rect]]:
    """A scan of ``lines``; also where the letters of ``secret`` lie in the page as shown."""
    src = pymupdf.open()
    page = src.new_page()
    y = 80.0
    for text, size in lines:
        y += size * 1.1  # the baseline, one ascent below the previous line's descent
        page.insert_text((72, y), text, fontsize=size, color=INK)
        y += size * 0.5
    name_rects = page.search_for(secret)
    pix = page.get_pixmap(dpi=dpi)
    src.close()
    img = Image.open(io.BytesIO(pix.tobytes("png"))).convert("RGB")
    if skew:
        img = img.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor="white")
    if rotation:  # the sheet lies turned in the file; /Rotate shows it upright
        img = img.rotate(rotation, expand=True)
    buf = io.BytesIO()
    img.save(buf, format="JPEG" if jpeg else "PNG", quality=80)
    doc = pymupdf.open()
    w, h = img.width * 72 / dpi, img.height * 72 / dpi
    if paste_into_text:  # below a line of the nota's own text, at its own size
        out = doc.new_page(width=w, height=h + 80)
        out.insert_text((72, 60), "Nota aan het college over de aanvraag.", fontsize=11)
        out.insert_image(pymupdf.Rect(0, 80, w, 80 + h), stream=buf.getvalue())
        name_rects = [pymupdf.Rect(r.x0, r.y0 + 80, r.x1, r.y1 + 80) for r in name_rects]
    else:
        out = doc.new_page(width=w, height=h)
        out.insert_image(out.rect, stream=buf.getvalue())
    if rotation:
        out.set_rotation(rotation)
    doc.save(path, deflate=True)
    doc.close()
    return path, name_rects


def _rgb(path: Path, dpi: int = 200) -> np.ndarray:
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csRGB)
    return (
        np.frombuffer(pix.samples, np.uint8)
        .reshape(pix.height, pix.stride)[:, : pix.width * 3]
        .reshape(pix.height, pix.width, 3)
    )


def _blue_ink(a: np.ndarray) -> np.ndarray:
    r, b = a[..., 0].astype(int), a[..., 2].astype(int)
    return (b - r > 40) & (b < 230)


def _name_ink_visible(src: Path, out: Path, rects: list[pymupdf.Rect]) -> int:
    """Ink pixels of the name in the original that are still blue in the output."""
    before, after = _rgb(src), _rgb(out)
    ink = _blue_ink(before)
    shown = _blue_ink(after)
    z = 200 / 72
    mask = np.zeros(ink.shape, dtype=bool)
    for r in rects:
        # the name's letters' bodies, grown to the ink connected to them
        mid, h = (r.y0 + r.y1) / 2, (r.y1 - r.y0) * 0.15
        mask[int((mid - h) * z) : int((mid + h) * z), int(r.x0 * z) : int(r.x1 * z)] = True
    word = mask & ink
    window = np.zeros(ink.shape, dtype=bool)
    for r in rects:
        window[
            int((r.y0 - 2.5) * z) : int((r.y1 + 2.5) * z), int((r.x0 - 2) * z) : int((r.x1 + 2) * z)
        ] = True
    for _ in range(60):
        g = word.copy()
        g[1:] |= word[:-1]
        g[:-1] |= word[1:]
        g[:, 1:] |= word[:, :-1]
        g[:, :-1] |= word[:, 1:]
        g &= ink & window
        if (g == word).all():
            break
        word = g
    assert word.sum() > 200  # the test measures something
    return int((word & shown).sum())


CASES = {
    "200dpi": {"dpi": 200},
    # OCR splits a word's box evenly among its characters: in "<...@...nl>;"
    # the last letter's ink reaches into the box of the punctuation after it
    "punctuation": {
        "dpi": 300,
        "secret": hp.EMAIL,
        "lines": [
            ("Gemeente Voorbeeldstad", 14),
            (f"Van: {hp.NAME} <{hp.EMAIL}>;", 14),
            (f"Mail naar {hp.EMAIL}, of bel.", 14),
            ("Met vriendelijke groet, namens het college.", 14),
        ],
    },
    "300dpi": {"dpi": 300},
    "skewed": {"dpi": 300, "skew": 1.5},
    "jpeg_photo": {"dpi": 200, "jpeg": True, "skew": -1.0},
    "small_and_large_type": {
        "dpi": 300,
        "lines": [
            ("Gemeente Voorbeeldstad", 24),
            (f"Behandeld door {hp.NAME}", 8),
            ("Wij nemen uw aanvraag in behandeling.", 9),
            (f"Groet van {hp.NAME}", 18),
            ("Met vriendelijke groet, namens het college.", 10),
        ],
    },
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_no_ink_of_the_name_is_visible(case: str, tmp_path: Path) -> None:
    src, rects = _scan(tmp_path / "scan.pdf", **CASES[case])  # type: ignore[arg-type]
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "scan.pdf")
    assert _name_ink_visible(src, out, rects) == 0
    assert "Voorbeeldstad" in extract(src).pages[0].text


def test_scan_turned_by_rotate_is_covered(tmp_path: Path) -> None:
    """The sheet lies turned by 90 degrees in the file; /Rotate shows it upright,
    and so do the renders: the name's letters lie where the text page had them."""
    src, rects = _scan(tmp_path / "scan.pdf", dpi=200, rotation=90)
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "scan.pdf")
    doc = extract(src)
    assert hp.NAME in doc.pages[0].text
    assert _name_ink_visible(src, out, rects) == 0
    assert _ocr_name(out) is False


def test_image_of_text_in_a_text_page_is_covered(tmp_path: Path) -> None:
    src, rects = _scan(tmp_path / "nota.pdf", dpi=250, paste_into_text=True)
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "nota.pdf")
    assert "Nota aan het college" in extract(src).pages[0].text  # a page with a text layer
    assert _name_ink_visible(src, out, rects) == 0
    assert _ocr_name(out) is False


def _ocr_name(path: Path) -> bool:
    from redactie.document import _tessdata

    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=200)
        with pymupdf.open(stream=pix.pdfocr_tobytes(language="nld", tessdata=_tessdata())) as o:
            text = o[0].get_text("text")
    return "Verbeek" in text or "Jolanda" in text


def test_pixel_check_fails_the_old_box_and_passes_the_new(tmp_path: Path) -> None:
    """The old box (OCR glyphs shrunk to the letters' body) leaves capitals and
    ascenders readable; the pixel check of verification sees it."""
    src, rects = _scan(tmp_path / "scan.pdf", dpi=200)
    doc = extract(src)
    text = doc.pages[0].text
    start = text.index(hp.NAME)
    end = start + len(hp.NAME)
    new_boxes = doc.pages[0].ocr_layout.boxes_for(start, end)  # type: ignore[union-attr]
    with pymupdf.open(src) as pdf:
        page = pdf[0]
        old_layout = ocr_pass(page, ocr_plan(page.rect).dpi)
    assert old_layout.text == text
    old_boxes = old_layout.boxes_for(start, end)
    results = {}
    for label, boxes in (("old", old_boxes), ("new", new_boxes)):
        out = tmp_path / f"{label}.pdf"
        with pymupdf.open(src) as pdf:
            for b in boxes:
                pdf[0].add_redact_annot(pymupdf.Rect(b), fill=(0, 0, 0))
            pdf[0].apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS)  # type: ignore[attr-defined]
            pdf.save(out)
        placed = [PlacedBox(page=0, rect=b, ground="5.1.2e") for b in boxes]
        problems, checked = pixel_problems(src, out, placed)
        assert checked == 1
        results[label] = (problems, _name_ink_visible(src, out, rects))
    assert results["old"][0] and results["old"][1] > 0
    assert results["new"][0] == [] and results["new"][1] == 0


# --- images over the OCR size limit ------------------------------------------------
# The limit is lowered so that an A4 scan is over it (strips of a few inches);
# the real limit behaves the same on a poster-sized page.

TILED_LIMIT = 1_000_000  # pixels: strips of about 3 inches at 200 dpi


def _numbered_lines(count: int, names: set[int], size: float = 14) -> list[tuple[str, float]]:
    """Lines that fill the page, each with its own number; the name on some."""
    return [
        (
            f"Regel {i:02d}: behandeld door {hp.NAME}."
            if i in names
            else f"Regel {i:02d} van de nota.",
            size,
        )
        for i in range(count)
    ]


def _count_lines(text: str, count: int) -> list[int]:
    return [text.count(f"Regel {i:02d}") for i in range(count)]


def test_oversized_scan_is_read_in_strips_once_per_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every line is read once: lines in an overlap are not read twice, a line
    cut at a strip's edge is read whole from the next strip."""
    import redactie.document as document

    src, _rects = _scan(tmp_path / "scan.pdf", lines=_numbered_lines(30, {6, 7, 8, 9, 10}))
    monkeypatch.setattr(document, "OCR_MAX_PIXELS", TILED_LIMIT)
    with pymupdf.open(src) as pdf:
        plan = ocr_plan(pdf[0].rect)
    assert plan.dpi == document.OCR_TILE_DPI and len(plan.strips) >= 4
    text = extract(src).pages[0].text
    assert _count_lines(text, 30) == [1] * 30
    assert text.count(hp.NAME) == 5


@pytest.mark.parametrize("paste", [False, True], ids=["scan", "pasted_into_text"])
def test_oversized_image_is_redacted_like_any_image(
    paste: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read in strips, redacted and checked like any image: no ink of the name
    visible, the output's own OCR (in strips too) finds no name."""
    import redactie.document as document

    name = "nota.pdf" if paste else "scan.pdf"
    src, rects = _scan(
        tmp_path / name, lines=_numbered_lines(24, {3, 9, 10, 17}), paste_into_text=paste
    )
    monkeypatch.setattr(document, "OCR_MAX_PIXELS", TILED_LIMIT)
    result = run_one(src, tmp_path / "out")
    out = published(result, tmp_path / "out", name)
    assert _name_ink_visible(src, out, rects) == 0
    assert _ocr_name(out) is False
    assert "Regel 05 van de nota" in extract(out, allow_unread_images=True).pages[0].text


def test_too_many_strips_downsample_large_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beyond the most strips, one pass downsampled to the limit reads large
    type, and the name is redacted."""
    import redactie.document as document

    lines = [("Gemeente", 40.0), (hp.NAME, 40.0), ("Regel 3", 40.0)]
    src, rects = _scan(tmp_path / "scan.pdf", lines=lines, dpi=150, skew=1.0, jpeg=True)
    monkeypatch.setattr(document, "OCR_MAX_PIXELS", 300_000)
    monkeypatch.setattr(document, "OCR_MAX_TILES", 1)
    with pymupdf.open(src) as pdf:
        plan = ocr_plan(pdf[0].rect)
    assert plan.coarse and len(plan.strips) == 1
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "scan.pdf")
    assert _name_ink_visible(src, out, rects) == 0


@pytest.mark.parametrize("paste", [False, True], ids=["scan", "pasted_into_text"])
def test_too_many_strips_with_small_type_fail_closed(
    paste: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Downsampled so far that small type cannot be read: the ink OCR left
    unread fails the document (an image only with --allow-unread-images)."""
    import redactie.document as document

    name = "nota.pdf" if paste else "scan.pdf"
    lines = [("Gemeente Voorbeeldstad", 14.0)] + [
        (f"Regel {i} van de nota, behandeld door {hp.NAME}", 6.0) for i in range(8)
    ]
    src, _rects = _scan(tmp_path / name, lines=lines, paste_into_text=paste)
    monkeypatch.setattr(document, "OCR_MAX_PIXELS", 300_000)
    monkeypatch.setattr(document, "OCR_MAX_TILES", 1)
    with pytest.raises(InputFileError, match="te groot"):
        extract(src)
    if paste:
        doc = extract(src, allow_unread_images=True)
        assert any("te groot" in w for w in doc.warnings)


@pytest.mark.slow
def test_poster_over_the_real_limit_is_read_in_strips(tmp_path: Path) -> None:
    """A 42 x 42 inch scan (one pass within 60 megapixels would read it at 184
    dpi) is read at 200 dpi in two strips, every line once, and redacted."""
    side = 42 * 72
    text_page = pymupdf.open()
    page = text_page.new_page(width=side, height=side)
    count = 48
    for i in range(count):
        line = (
            f"Regel {i:02d}: behandeld door {hp.NAME}."
            if i % 7 == 3
            else f"Regel {i:02d} van de poster."
        )
        page.insert_text((72, 100 + 60 * i), line, fontsize=28)
    rects = page.search_for(hp.NAME)
    png = page.get_pixmap(dpi=100, colorspace=pymupdf.csGRAY).tobytes("png")
    text_page.close()
    src = tmp_path / "poster.pdf"
    with pymupdf.open() as doc:
        doc.new_page(width=side, height=side).insert_image(
            pymupdf.Rect(0, 0, side, side), stream=png
        )
        doc.save(src, deflate=True)
    with pymupdf.open(src) as pdf:
        plan = ocr_plan(pdf[0].rect)
    assert plan.dpi == 200 and len(plan.strips) == 2
    text = extract(src).pages[0].text
    assert _count_lines(text, count) == [1] * count
    assert text.count(hp.NAME) == len(rects) == 7
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "poster.pdf")
    assert _ocr_name(out) is False


# --- marks apart from their letter, rules of a table, a word that goes on -----------

ACCENTED = ("Noëlle Özdemir", "Jérôme Ijsselstijn")
ACCENTED_LINES = [
    ("Gemeente Voorbeeldstad", 14),
    (f"Behandeld door {ACCENTED[0]}", 14),
    (f"Gezien door {ACCENTED[1]} en anderen", 14),
    ("Met vriendelijke groet, namens het college.", 14),
]


def _grow4(seed: np.ndarray, within: np.ndarray) -> np.ndarray:
    grown = seed & within
    while True:
        g = grown.copy()
        g[1:] |= grown[:-1]
        g[:-1] |= grown[1:]
        g[:, 1:] |= grown[:, :-1]
        g[:, :-1] |= grown[:, 1:]
        g &= within
        if (g == grown).all():
            return grown
        grown = g


def _letters_and_marks(src: Path, rects: list[pymupdf.Rect]) -> tuple[np.ndarray, np.ndarray]:
    """The name's ink at 200 dpi: its letters (the ink connected to their bodies)
    and its marks (the other ink inside the name's font box that touches no ink
    outside it: dots and accents)."""
    ink = _blue_ink(_rgb(src))
    z = 200 / 72
    body = np.zeros(ink.shape, dtype=bool)
    inner = np.zeros(ink.shape, dtype=bool)
    for r in rects:
        mid, h = (r.y0 + r.y1) / 2, (r.y1 - r.y0) * 0.15
        body[int((mid - h) * z) : int((mid + h) * z), int(r.x0 * z) : int(r.x1 * z)] = True
        inner[int(r.y0 * z) : int(r.y1 * z) + 1, int(r.x0 * z) : int(r.x1 * z) + 1] = True
    letters = _grow4(body, ink & inner)
    outside = _grow4(ink & ~inner, ink)
    marks = ink & inner & ~letters & ~outside
    return letters, marks


@pytest.mark.parametrize("dpi", [200, 300])
@pytest.mark.parametrize("name", ACCENTED)
def test_dots_and_accents_apart_from_their_letter_are_covered(
    name: str, dpi: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dots of Ö, ë, i and j and the accents of é and ô stand apart from
    their letters: the box covers them too, not only the letters' own ink."""
    use_stub_engine(monkeypatch, {n: "PERSON" for n in ACCENTED})
    src, rects = _scan(tmp_path / "scan.pdf", dpi=dpi, lines=ACCENTED_LINES, secret=name)
    assert name in extract(src).pages[0].text
    letters, marks = _letters_and_marks(src, rects)
    assert letters.sum() > 300 and marks.sum() > 10  # the test measures something
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "scan.pdf")
    shown = _blue_ink(_rgb(out))
    assert (letters & shown).sum() == 0
    assert (marks & shown).sum() == 0


def test_pixel_check_counts_the_marks_above_the_letters(tmp_path: Path) -> None:
    """A box over the letters' own ink (padded) leaves the dots of Ö and ë: the
    pixel check fails it; the box redaction fits passes."""
    name = ACCENTED[0]
    src, rects = _scan(tmp_path / "scan.pdf", dpi=200, lines=ACCENTED_LINES, secret=name)
    letters, marks = _letters_and_marks(src, rects)
    ys, xs = np.nonzero(letters)
    z = 200 / 72
    over_letters = (
        (xs.min() - 2) / z,
        (ys.min() - 1) / z,
        (xs.max() + 3) / z,
        (ys.max() + 3) / z,
    )
    doc = extract(src)
    start = doc.pages[0].text.index(name)
    (fitted,) = doc.pages[0].ocr_layout.boxes_for(start, start + len(name), full=True)  # type: ignore[union-attr]
    with pymupdf.open(src) as pdf:
        (fit,) = ink_boxes(pdf[0], [fitted])
    results = {}
    for label, box in (("letters", over_letters), ("fitted", fit.box)):
        out = tmp_path / f"{label}.pdf"
        with pymupdf.open(src) as pdf:
            pdf[0].add_redact_annot(pymupdf.Rect(box), fill=(0, 0, 0))
            for s in fit.strips if label == "fitted" else ():
                pdf[0].add_redact_annot(pymupdf.Rect(s), fill=(0, 0, 0))
            pdf[0].apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS)  # type: ignore[attr-defined]
            pdf.save(out)
        strips = fit.strips if label == "fitted" else ()
        placed = [PlacedBox(page=0, rect=box, ground="5.1.2e", strips=strips)]
        problems, checked = pixel_problems(src, out, placed)
        assert checked == 1
        shown = _blue_ink(_rgb(out))
        results[label] = (problems, int((letters & shown).sum()), int((marks & shown).sum()))
    assert results["letters"][0] and results["letters"][1] == 0 and results["letters"][2] > 0
    assert results["fitted"] == ([], 0, 0)


TABLE_NAMES = ("Jolanda Verbeek", "Gijs Pijpers", "Jeroen Ruijgrok")


def _table_scan(path: Path, *, dpi: int = 200, skew: float = 1.5) -> Path:
    """A scanned table with ruled borders (1 pt), names in its first column, the
    sheet skewed by ``skew`` degrees, grey PNG."""
    src = pymupdf.open()
    page = src.new_page()
    page.insert_text((60, 100), "Overzicht van de medewerkers", fontsize=12)
    rows = [("Naam", "Functie", "Telefoon")] + [
        (n, "beleidsmedewerker", "070 123 4567") for n in TABLE_NAMES
    ]
    xs, top, h = (60, 200, 340, 470), 120.0, 17.0
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            page.insert_text((xs[j] + 3, top + (i + 1) * h - 4.5), cell, fontsize=11)
    for i in range(len(rows) + 1):
        page.draw_line((xs[0], top + i * h), (xs[-1], top + i * h), width=1)
    for x in xs:
        page.draw_line((x, top), (x, top + len(rows) * h), width=1)
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    src.close()
    img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    img = img.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    with pymupdf.open() as doc:
        out = doc.new_page(width=img.width * 72 / dpi, height=img.height * 72 / dpi)
        out.insert_image(out.rect, stream=buf.getvalue())
        doc.save(path)
    return path


@pytest.mark.parametrize(("dpi", "skew"), [(200, 1.5), (200, -2.0), (300, 1.0)])
def test_skewed_table_rules_are_no_ink_of_a_name(
    dpi: int, skew: float, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name's letters touch the table's skewed rules: its box does not run
    along them (one line high, not the table), and the pixel check does not
    take them for the name's ink (the document is published)."""
    use_stub_engine(monkeypatch, {n: "PERSON" for n in TABLE_NAMES})
    src = _table_scan(tmp_path / "table.pdf", dpi=dpi, skew=skew)
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "table.pdf")
    # the boxes, as redaction places them
    doc = extract(src)
    found = StubEngine({n: "PERSON" for n in TABLE_NAMES}).analyze_pages([doc.pages[0].text])
    assert len(found) == len(TABLE_NAMES)
    boxes = redact_pdf(doc, found, tmp_path / "again.pdf").boxes
    assert len(boxes) == len(TABLE_NAMES)
    for b in boxes:
        rect = pymupdf.Rect(b.rect)
        assert rect.height < 17 and rect.width < 110  # a name, not the table
    seen = _ocr_text(out)
    for name in TABLE_NAMES:
        assert name.split()[1] not in seen
    assert "Overzicht van de medewerkers" in seen and seen.count("070 123 4567") == 3


def test_rule_mask_finds_skewed_rules_not_letters(tmp_path: Path) -> None:
    src = _table_scan(tmp_path / "table.pdf", dpi=200, skew=2.0)
    with pymupdf.open(src) as pdf:
        ink = render_gray(pdf[0]) < INK_LEVEL
    line = 30  # a line of 11 pt type at 150 dpi, with its margin
    rules = rule_mask(ink, line)
    # the rules hold most of the table's ink; the letters of a cell stay ink
    rows_ink = ink.sum()
    assert 0.25 * rows_ink < rules.sum() < 0.75 * rows_ink
    z = INK_DPI / 72
    title = ink[int(85 * z) : int(104 * z), int(55 * z) : int(240 * z)]
    assert title.sum() > 500
    title_rules = rules[int(85 * z) : int(104 * z), int(55 * z) : int(240 * z)]
    assert title_rules.sum() < 0.02 * title.sum()


def _ocr_text(path: Path) -> str:
    from redactie.document import _tessdata

    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=200)
        with pymupdf.open(stream=pix.pdfocr_tobytes(language="nld", tessdata=_tessdata())) as o:
            return " ".join(o[0].get_text("text").split())


def test_initials_inside_a_reference_are_covered_up_to_the_next_character(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A person's initials inside a file number (``MTB/2025-031``): the box
    covers the initials and ends at the gap after them, the rest of the number
    stays readable, and the pixel check does not take it for the initials'
    ink (before, the box ran on along the number and the check failed)."""
    use_stub_engine(monkeypatch, {"MTB": "PERSON"})
    lines = [
        ("Gemeente Voorbeeldstad", 12),
        ("Met de secretaris (MTB) besproken.", 12),
        ("Afschrift: dossier MTB/2025-031", 12),
    ]
    src, rects = _scan(tmp_path / "scan.pdf", dpi=200, lines=lines, secret="MTB")
    assert len(rects) == 2
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "scan.pdf")
    assert _name_ink_visible(src, out, rects) == 0
    seen = _ocr_text(out)
    assert "MTB" not in seen
    assert "2025-031" in seen


@pytest.mark.parametrize("scan_dpi", [200, 300])
def test_margin_around_the_ink_is_the_same_in_points_at_any_resolution(
    scan_dpi: int, tmp_path: Path
) -> None:
    """A box fitted to a name's ink leaves INK_MARGIN_PT points around it,
    whether the ink is measured at 150 dpi (as redaction does) or at 300 dpi,
    on a 200 and a 300 dpi scan (a fixed 2 pixels was half the margin at 300)."""
    src, rects = _scan(tmp_path / "scan.pdf", dpi=scan_dpi)
    (name,) = rects
    mid = (name.y0 + name.y1) / 2
    seed = (name.x0 + 4, mid - 1, name.x1 - 4, mid + 1)  # inside the letters: the fit grows
    fine = 600
    with pymupdf.open(src) as pdf:
        page = pdf[0]
        fits = {dpi: ink_boxes(page, [seed], dpi=dpi)[0].box for dpi in (INK_DPI, 300)}
        pix = page.get_pixmap(
            dpi=fine, clip=pymupdf.Rect(name.x0 - 4, name.y0 - 4, name.x1 + 4, name.y1 + 4)
        )
    rgb = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n)
    ys, xs = np.nonzero(_blue_ink(rgb))
    z = fine / 72
    ink = (
        pix.x / z + xs.min() / z,
        pix.y / z + ys.min() / z,
        pix.x / z + (xs.max() + 1) / z,
        pix.y / z + (ys.max() + 1) / z,
    )
    margins = {}
    for dpi, box in fits.items():
        m = (ink[0] - box[0], ink[1] - box[1], box[2] - ink[2], box[3] - ink[3])
        pixel = 72 / dpi
        assert all(abs(v - INK_MARGIN_PT) <= 1.25 * pixel for v in m), (dpi, m)
        margins[dpi] = m
    assert all(
        abs(a - b) <= 1.25 * 72 / INK_DPI
        for a, b in zip(margins[INK_DPI], margins[300], strict=True)
    )


def test_a_cut_box_ends_at_the_gap_before_the_characters_that_stay(tmp_path: Path) -> None:
    """An OCR word "Kerkhof?" cut after the name: the estimate of where the name
    ends reaches into the question mark. The fitted box ends in the first gap at or
    after that edge, never in the mark's ink, and the pixel check passes the result."""
    lines = [("Wie is de eigenaar van I. Kerkhof? Graag uw reactie.", 11)]
    src, rects = _scan(tmp_path / "scan.pdf", dpi=200, lines=lines, secret="Kerkhof")
    (name,) = rects
    with pymupdf.open(src) as pdf:
        mark = pdf[0]
        # the estimate: the name's box and a little of the "?" after it
        box = (name.x0, name.y0, name.x1 + 1.5, name.y1)
        (fit,) = ink_boxes(mark, [box], cuts=[(False, False, True, False)])
        gray = render_gray(mark, 200)
    z = 200 / 72
    # the first column without ink in the middle of the line, at or after the edge
    y0, y1 = int(name.y0 * z), int(name.y1 * z)
    q = (y1 - y0) // 4
    band = (gray[y0 + q : y1 - q, :] < INK_LEVEL).any(axis=0)
    start = int((box[2]) * z) - 2
    gap = next(i for i in range(start, band.size) if not band[i])
    mark_ink = next(i for i in range(gap, band.size) if band[i])  # the "?" begins
    assert fit.box[2] * z <= mark_ink + 0.5  # in the gap, not into the "?"
    out = tmp_path / "out.pdf"
    with pymupdf.open(src) as pdf:
        for r in (fit.box, *fit.strips):
            pdf[0].add_redact_annot(pymupdf.Rect(r), fill=(0, 0, 0))
        pdf[0].apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS)  # type: ignore[attr-defined]
        pdf.save(out)
    cut = (False, False, True, False)
    placed = [PlacedBox(page=0, rect=fit.box, ground="5.1.2e", strips=fit.strips, cut=cut)]
    problems, checked = pixel_problems(src, out, placed)
    assert checked == 1 and problems == []
