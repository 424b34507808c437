"""Images of text on pages that also have a text layer are OCRed.

A screenshot of an e-mail pasted into a nota: its words join the page text
after the text layer's, the detectors find the name and the e-mail address
in it, redaction blanks the image pixels under the boxes, and verification
OCRs the same image region of the output again.  Small images (logos) are
not OCRed; pages without images are read as before.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pymupdf
import pytest

import redactie.document as document
from redactie import api
from redactie.document import (
    IMAGE_OCR_COVERED_MIN_CHARS,
    IMAGE_OCR_MIN_LONG,
    Box,
    PageLayout,
    extract,
    image_text_regions,
    invisible_text_chars,
    ocr_region,
    page_layout,
    read_image_again,
    small_image_regions,
    tesseract_available,
)
from redactie.errors import InputFileError
from redactie.findings import Action, Finding, Provenance, Source
from redactie.redact import redact_pdf
from redactie.verify import verify

needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="tesseract not installed")

NAME = "Jolanda Verbeek"
EMAIL = "j.verbeek@voorbeeld.nl"
TEXT_EMAIL = "p.de.wit@voorbeeld.nl"  # in the text layer
SHOT = pymupdf.Rect(72, 260, 372, 352)


def _png(lines: list[str], dpi: int = 250, width: float = 300) -> bytes:
    """A screenshot: lines of text rendered to a PNG."""
    doc = pymupdf.open()
    page = doc.new_page(width=width, height=20 + 18 * len(lines))
    for i, line in enumerate(lines):
        page.insert_text((10, 24 + 18 * i), line, fontsize=11)
    data: bytes = page.get_pixmap(dpi=dpi).tobytes("png")
    doc.close()
    return data


def _nota(path: Path, *, screenshot: bool = True, logo: bool = False) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    lines = [
        "Gemeente Voorbeeldstad",
        "Nota over de aanvraag omgevingsvergunning",
        f"Vragen over deze nota kunt u mailen naar {TEXT_EMAIL}.",
        "Hieronder de e-mail van de aanvrager.",
    ]
    for i, line in enumerate(lines):
        page.insert_text((72, 100 + 16 * i), line, fontsize=11)
    if screenshot:
        shot = _png(
            [
                f"Van: {NAME}",
                "Aan: team vergunningen",
                f"E-mail: {EMAIL}",
                "Onderwerp: aanvraag dakkapel",
            ]
        )
        page.insert_image(SHOT, stream=shot)
    if logo:
        # a small logo that says something: 1 x 0.4 inch, not OCRed
        page.insert_image(pymupdf.Rect(450, 40, 522, 69), stream=_png([NAME], 150, 120))
    doc.save(path)
    doc.close()
    return path


def _ocr_text(path: Path, rect: pymupdf.Rect) -> str:
    with pymupdf.open(path) as doc:
        return " ".join(ocr_region(doc[0], (rect.x0, rect.y0, rect.x1, rect.y1)).text.split())


def _run(src: Path, out_dir: Path) -> api.RunResult:
    result = api.run([src], out_dir, api.Options(use_model=False))
    assert [o.status for o in result.outcomes] == [api.PUBLISHED], [
        o.error for o in result.outcomes
    ]
    return result


@needs_tesseract
def test_screenshot_is_read_after_the_text_layer(tmp_path: Path) -> None:
    src = _nota(tmp_path / "nota.pdf")
    page = extract(src).pages[0]
    assert not page.ocr  # not a scan: the cross-checks of the text layer still apply
    assert len(page.image_regions) == 1
    layer = page_layout(pymupdf.open(src)[0]).text
    assert page.text.startswith(layer)  # the text layer unchanged, first
    assert page.text[len(layer) - 1 :].startswith("\n\n")  # a blank line before the OCR words
    image = page.image_text
    assert NAME in image and EMAIL in image
    # every OCR character maps to a box inside the image, on lines of its own
    layout = page.ocr_layout
    assert layout is not None and len(layout.boxes) == len(page.text)
    start = page.text.index(NAME, page.image_text_start)
    (box,) = layout.boxes_for(start, start + len(NAME))
    assert pymupdf.Rect(box) in pymupdf.Rect(SHOT.x0 - 1, SHOT.y0 - 1, SHOT.x1 + 1, SHOT.y1 + 1)
    layer_lines = {b.line for b in layout.boxes[: page.image_text_start] if b is not None}
    image_lines = {b.line for b in layout.boxes[page.image_text_start :] if b is not None}
    assert layer_lines and image_lines and not layer_lines & image_lines


@needs_tesseract
def test_name_and_email_in_a_screenshot_are_redacted(tmp_path: Path) -> None:
    src = _nota(tmp_path / "nota.pdf")
    assert NAME in _ocr_text(src, SHOT) and EMAIL in _ocr_text(src, SHOT)
    out_dir = tmp_path / "out"
    result = _run(src, out_dir)
    outcome = result.outcomes[0]
    assert "Tesseract" in outcome.verification
    assert outcome.by_entity.get("EMAIL_ADDRESS", 0) >= 2  # the text layer's and the image's
    review = (out_dir / "nota.review.json").read_text(encoding="utf-8")
    assert EMAIL in review and TEXT_EMAIL in review
    out = out_dir / "nota.pdf"
    with pymupdf.open(out) as doc:
        assert doc.page_count == 1
        text = doc[0].get_text()
        assert TEXT_EMAIL not in text  # the text layer's finding is redacted too
        assert "Gemeente Voorbeeldstad" in text
    seen = _ocr_text(out, SHOT)
    assert "Verbeek" not in seen and "Jolanda" not in seen
    assert "verbeek@" not in seen and "voorbeeld.nl" not in seen
    assert "team vergunningen" in seen  # the rest of the screenshot is still there


@needs_tesseract
def test_small_image_with_a_name_is_read_enlarged(tmp_path: Path) -> None:
    """A logo-sized image (1 x 0.4 inch) is no region of its own, but it may
    show a name: it is read enlarged, and the name in it is redacted."""
    src = _nota(tmp_path / "nota.pdf", screenshot=False, logo=True)
    with pymupdf.open(src) as doc:
        assert doc[0].get_images()
        assert image_text_regions(doc[0]) == []
        (small,) = small_image_regions(doc[0])
    assert IMAGE_OCR_MIN_LONG > 72  # the logo is one inch wide
    page = extract(src).pages[0]
    assert page.image_regions == (small,)
    assert NAME in page.image_text
    (read,) = page.image_reads
    assert read.dpi > document.OCR_DPI  # enlarged
    out_dir = tmp_path / "out"
    _run(src, out_dir)
    with pymupdf.open(out_dir / "nota.pdf") as doc:
        seen = read_image_again(doc[0], small, read).text
    assert "Verbeek" not in seen and "Jolanda" not in seen
    # both: only the screenshot is a region, the logo a small one
    src2 = _nota(tmp_path / "both.pdf", logo=True)
    with pymupdf.open(src2) as doc:
        (region,) = image_text_regions(doc[0])
        assert pymupdf.Rect(region) in SHOT  # the image, its aspect ratio kept
        assert small_image_regions(doc[0]) == [small]


def _text_page_with(path: Path, png: bytes, rect: pymupdf.Rect) -> Path:
    """A nota with a text layer and one image placed at ``rect``."""
    doc = pymupdf.open()
    page = doc.new_page()
    for i, line in enumerate(["Gemeente Voorbeeldstad", "Hieronder de e-mail van de aanvrager."]):
        page.insert_text((72, 100 + 16 * i), line, fontsize=11)
    page.insert_image(rect, stream=png)
    doc.save(path)
    doc.close()
    return path


SHOT_LINES = [
    f"Van: {NAME}",
    "Aan: team vergunningen",
    f"E-mail: {EMAIL}",
    "Onderwerp: aanvraag dakkapel",
]


@needs_tesseract
@pytest.mark.parametrize("turned", [90, 270])
def test_image_of_text_lying_on_its_side_is_read_in_its_turn(turned: int, tmp_path: Path) -> None:
    """A screenshot pasted sideways reads no words upright: it is read in the
    turn where Tesseract is sure of its words (before, it was left out as
    noise and published unread), redacted, and verified in that turn."""
    from PIL import Image

    shot = Image.open(io.BytesIO(_png(SHOT_LINES)))
    buf = io.BytesIO()
    shot.rotate(turned, expand=True).save(buf, format="PNG")
    rect = pymupdf.Rect(72, 200, 72 + 92, 200 + 300)
    src = _text_page_with(tmp_path / "nota.pdf", buf.getvalue(), rect)
    page = extract(src).pages[0]
    (read,) = page.image_reads
    assert read.turn in (90, 270) and read.turn != 0
    assert NAME in page.image_text and EMAIL in page.image_text
    with pymupdf.open(src) as doc:
        upright = ocr_region(doc[0], page.image_regions[0]).text
    assert "Verbeek" not in upright  # upright, OCR reads no words
    out_dir = tmp_path / "out"
    result = _run(src, out_dir)
    assert "Tesseract" in result.outcomes[0].verification
    with pymupdf.open(out_dir / "nota.pdf") as doc:
        seen = read_image_again(doc[0], page.image_regions[0], read).text
    assert "Verbeek" not in seen and "verbeek@" not in seen
    assert "team vergunningen" in seen  # the rest of the screenshot is still there


@needs_tesseract
@pytest.mark.parametrize(
    ("line", "dpi", "width", "pixels"),
    [(f"Van: {NAME}", 250, 150, (521, 132)), (NAME, 100, 100, (139, 53))],
    ids=["small_on_the_page", "few_pixels"],
)
def test_small_image_of_text_is_read_enlarged(
    line: str, dpi: int, width: float, pixels: tuple[int, int], tmp_path: Path
) -> None:
    """One line of an e-mail cut out small (below 1.5 inch on the page, or
    fewer than 150 x 30 pixels): read enlarged, its name redacted."""
    from PIL import Image

    png = _png([line], dpi=dpi, width=width)
    assert Image.open(io.BytesIO(png)).size[0] in range(pixels[0] - 30, pixels[0] + 30)
    rect = pymupdf.Rect(72, 200, 72 + 100, 200 + 25)
    src = _text_page_with(tmp_path / "nota.pdf", png, rect)
    with pymupdf.open(src) as doc:
        assert image_text_regions(doc[0]) == []
        assert len(small_image_regions(doc[0])) == 1
    page = extract(src).pages[0]
    assert NAME in page.image_text
    out_dir = tmp_path / "out"
    _run(src, out_dir)
    with pymupdf.open(out_dir / "nota.pdf") as doc:
        seen = read_image_again(doc[0], page.image_regions[0], page.image_reads[0]).text
    assert "Verbeek" not in seen and "Jolanda" not in seen


@needs_tesseract
def test_small_image_too_coarse_to_read_fails_unless_allowed(tmp_path: Path) -> None:
    """A line of text with letters a few pixels high: enlarged, OCR still
    cannot read it with certainty, so the document fails, as an image over the
    size limit does, unless unread images are allowed (named in the report)."""
    png = _png([f"Van: {NAME}"], dpi=45, width=170)
    src = _text_page_with(tmp_path / "nota.pdf", png, pymupdf.Rect(72, 200, 208, 240))
    with pytest.raises(InputFileError) as err:
        extract(src)
    assert "beeldpunten" in err.value.message and "--allow-unread-images" in err.value.message
    assert NAME not in err.value.message
    result = api.run([src], tmp_path / "out", api.Options(use_model=False))
    assert [o.status for o in result.outcomes] == [api.FAILED]
    assert not (tmp_path / "out" / "nota.pdf").exists()
    doc = extract(src, allow_unread_images=True)
    assert any("beeldpunten" in w for w in doc.warnings)
    options = api.Options(use_model=False, allow_unread_images=True)
    result = api.run([src], tmp_path / "allowed", options)
    assert [o.status for o in result.outcomes] == [api.PUBLISHED]
    report = json.loads((tmp_path / "allowed" / "report.json").read_text(encoding="utf-8"))
    assert report["allow_unread_images"] is True


def _icon(kind: str) -> bytes:
    from PIL import Image, ImageDraw

    if kind == "circle":
        img = Image.new("RGB", (32, 32), "white")
        ImageDraw.Draw(img).ellipse((2, 2, 30, 30), fill=(30, 90, 200))
    elif kind == "letter":  # the "f" of a social network
        img = Image.new("RGB", (32, 32), (59, 89, 152))
        ImageDraw.Draw(img).rectangle((14, 6, 18, 28), fill="white")
        ImageDraw.Draw(img).rectangle((10, 12, 22, 15), fill="white")
    else:  # a QR code's blocks
        import numpy as np

        blocks = np.kron(np.random.default_rng(3).random((25, 25)) > 0.5, np.ones((6, 6)))
        img = Image.fromarray(((1 - blocks) * 255).astype("uint8"))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


@needs_tesseract
@pytest.mark.parametrize("kind", ["circle", "letter", "qr"])
def test_small_picture_without_text_is_no_text(kind: str, tmp_path: Path) -> None:
    """Icons and a QR code are read enlarged too: OCR finds no characters in
    them, so they are no text, and the document is published as before."""
    src = _text_page_with(tmp_path / "nota.pdf", _icon(kind), pymupdf.Rect(300, 200, 340, 240))
    doc = extract(src)
    assert doc.pages[0].image_regions == () and doc.warnings == ()
    result = api.run([src], tmp_path / "out", api.Options(use_model=False))
    assert [o.status for o in result.outcomes] == [api.PUBLISHED]


def test_page_without_images_is_read_as_before(tmp_path: Path) -> None:
    src = _nota(tmp_path / "nota.pdf", screenshot=False)
    doc = extract(src)
    page = doc.pages[0]
    assert page.image_regions == () and page.ocr_layout is None and not page.ocr
    with pymupdf.open(src) as pdf:
        assert page.text == page_layout(pdf[0]).text
    assert doc.warnings == ()
    result = _run(src, tmp_path / "out")
    assert "Tesseract" not in result.outcomes[0].verification


def test_without_ocr_the_screenshot_fails_the_document(tmp_path: Path) -> None:
    """An image of text that cannot be read fails the document, as a scan does."""
    src = _nota(tmp_path / "nota.pdf")
    with pytest.raises(InputFileError) as err:
        extract(src, ocr=False)
    assert "pagina 1" in err.value.message and NAME not in err.value.message
    result = api.run([src], tmp_path / "out", api.Options(use_model=False, ocr=False))
    assert [o.status for o in result.outcomes] == [api.FAILED]
    assert not (tmp_path / "out" / "nota.pdf").exists()


def test_unread_screenshot_is_published_only_when_the_user_allows_it(tmp_path: Path) -> None:
    src = _nota(tmp_path / "nota.pdf")
    doc = extract(src, ocr=False, allow_unread_images=True)
    assert doc.pages[0].image_regions == ()
    assert NAME not in doc.pages[0].text
    assert len(doc.warnings) == 1 and "pagina 1" in doc.warnings[0]
    assert NAME not in doc.warnings[0]
    options = api.Options(use_model=False, ocr=False, allow_unread_images=True)
    result = api.run([src], tmp_path / "out", options)
    assert [o.status for o in result.outcomes] == [api.PUBLISHED]
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["allow_unread_images"] is True


def test_too_large_image_fails_unless_allowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An image over the OCR size limit is not skipped silently."""
    monkeypatch.setattr(document, "OCR_MAX_PIXELS", 10_000)
    src = _nota(tmp_path / "nota.pdf")
    with pytest.raises(InputFileError):
        extract(src)
    doc = extract(src, allow_unread_images=True)
    assert any("te groot" in w for w in doc.warnings)


@needs_tesseract
def test_verification_ocrs_the_image_and_fails_closed(tmp_path: Path) -> None:
    """An output whose image still shows a redacted name fails verification."""
    src = _nota(tmp_path / "nota.pdf")
    doc = extract(src)
    page = doc.pages[0]
    start = page.text.index(NAME, page.image_text_start)
    finding = Finding(
        page=0,
        start=start,
        end=start + len(NAME),
        text=NAME,
        entity_type="PERSON",
        ground="5.1.2e",
        provenance=Provenance(recognizer="test", source=Source.RULE),
        action=Action.REDACT,
    )
    out = tmp_path / "out.pdf"
    red = redact_pdf(doc, [finding], out)
    images = [p for p in doc.pages if p.image_regions]
    ours = [p.text for p in doc.pages]
    assert verify(src, out, [finding], red.boxes, ours, images).ok
    # the same check against the unredacted input: the name is still in the image
    bad = verify(src, src, [finding], (), ours, images)
    assert not bad.ok
    assert any(p.reader == "Tesseract" for p in bad.problems)
    assert all(NAME not in p.as_text() for p in bad.problems)


def _letter_png(dpi: int = 200) -> bytes:
    """A typed letter, rendered to pixels (what a scanner delivers)."""
    doc = pymupdf.open()
    page = doc.new_page()
    lines = [
        "Gemeente Voorbeeldstad",
        f"Aan {NAME}",
        "Dorpsstraat 12, Voorbeeldstad",
        f"Geachte mevrouw Verbeek, uw e-mail aan {EMAIL} is ontvangen.",
        "Naar aanleiding van uw aanvraag van 12 maart delen wij u mee",
        "dat het college heeft besloten de vergunning te verlenen.",
    ]
    for i, line in enumerate(lines):
        page.insert_text((72, 100 + 18 * i), line, fontsize=11)
    data: bytes = page.get_pixmap(dpi=dpi).tobytes("png")
    doc.close()
    return data


def _ocrmypdf_scan(path: Path, pages: int = 2) -> Path:
    """A scan with the scanner's OCR layer: each page a full-page image with
    Tesseract's invisible text (render mode 3) over it, as OCRmyPDF makes it."""
    out = pymupdf.open()
    for _ in range(pages):
        pix = pymupdf.Pixmap(_letter_png())
        pdf = pymupdf.open(stream=pix.pdfocr_tobytes(language="nld", tessdata=document._tessdata()))
        out.insert_pdf(pdf)
        pdf.close()
    out.save(path)
    out.close()
    return path


def _count_ocr(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = document.ocr_region

    def counting(page: pymupdf.Page, box: Box, dpi: int | None = None) -> PageLayout:
        calls.append(page.number)
        return real(page, box, dpi)

    monkeypatch.setattr(document, "ocr_region", counting)
    return calls


@needs_tesseract
def test_scan_with_an_invisible_ocr_layer_is_not_ocred_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scanner's OCR layer covers the page image: read through it, no OCR."""
    src = _ocrmypdf_scan(tmp_path / "scan.pdf")
    with pymupdf.open(src) as pdf:
        (region,) = image_text_regions(pdf[0])  # a full-page image of text
        (chars,) = invisible_text_chars(pdf[0], [region])
        assert chars >= IMAGE_OCR_COVERED_MIN_CHARS
    calls = _count_ocr(monkeypatch)
    doc = extract(src)
    assert calls == []
    assert all(p.image_regions == () and p.ocr_layout is None for p in doc.pages)
    assert doc.warnings == ()  # nothing left unread
    assert "Verbeek" in doc.pages[0].text  # the names are in the text layer
    # without OCR at all: no warning either, the images are covered
    assert extract(src, ocr=False).warnings == ()
    out_dir = tmp_path / "out"
    result = _run(src, out_dir)
    assert "Tesseract" not in result.outcomes[0].verification  # nor does verification
    assert result.outcomes[0].by_entity.get("EMAIL_ADDRESS", 0) >= 2
    review = (out_dir / "scan.review.json").read_text(encoding="utf-8")
    assert EMAIL in review and "Verbeek" in review
    with pymupdf.open(out_dir / "scan.pdf") as pdf:
        for page in pdf:
            assert "Verbeek" not in page.get_text() and EMAIL not in page.get_text()


@needs_tesseract
def test_visible_text_over_an_image_of_text_does_not_cover_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A caption drawn over a screenshot: the screenshot is still OCRed."""
    src = tmp_path / "caption.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Gemeente Voorbeeldstad, nota over de aanvraag", fontsize=11)
    page.insert_image(SHOT, stream=_png([f"Van: {NAME}", f"E-mail: {EMAIL}", "Aan: team"]))
    caption = "Afbeelding 1: de e-mail van de aanvrager zoals ontvangen"
    page.insert_text((SHOT.x0 + 4, SHOT.y1 - 4), caption, fontsize=7)  # visible, on the image
    doc.save(src)
    doc.close()
    with pymupdf.open(src) as pdf:
        (region,) = image_text_regions(pdf[0])
        assert invisible_text_chars(pdf[0], [region]) == [0]
    calls = _count_ocr(monkeypatch)
    read = extract(src).pages[0]
    assert calls == [0]
    assert len(read.image_regions) == 1 and EMAIL in read.image_text


@needs_tesseract
def test_a_few_invisible_characters_do_not_cover_a_screenshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fewer than IMAGE_OCR_COVERED_MIN_CHARS invisible characters: still OCRed."""
    src = _nota(tmp_path / "nota.pdf")
    with pymupdf.open(src) as doc:
        doc[0].insert_text((SHOT.x0 + 4, SHOT.y0 + 20), "Scan 1", fontsize=8, render_mode=3)
        doc.save(tmp_path / "stray.pdf")
    calls = _count_ocr(monkeypatch)
    page = extract(tmp_path / "stray.pdf").pages[0]
    assert calls == [0] and NAME in page.image_text


@needs_tesseract
def test_a_name_wrapped_over_two_lines_of_a_scan_is_one_name(tmp_path: Path) -> None:
    """OCR gives each line of a scan a block of its own; the next line of a paragraph
    is read as a continued line, so a name wrapped after its particle is found whole."""
    lines = [
        "Wij stellen voor dat onze medewerkers en uw beleidsmedewerker Joost van",
        "Rijsewijk een eerste overleg plannen over de nieuwe regeling.",
    ]
    doc = pymupdf.open()
    doc.new_page().insert_image(pymupdf.Rect(0, 0, 595, 70), stream=_png(lines, 200, 595))
    doc.save(tmp_path / "scan.pdf")
    text = document.extract(tmp_path / "scan.pdf").pages[0].text
    assert "Joost van\nRijsewijk" in text
    out = tmp_path / "out"
    _run(tmp_path / "scan.pdf", out)
    review = json.loads((out / "scan.review.json").read_text(encoding="utf-8"))
    assert any("Rijsewijk" in f["text"] for f in review["findings"] if f["action"] == "redact")
