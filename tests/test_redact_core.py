"""Redaction and verification on PDFs built in code, with hand-made findings.

These tests need no rule pack or model: they pin the properties of the
redaction itself (text gone as poppler reads it, page count kept, ground code
in the box, neighbours intact, input untouched, fail closed).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest
from conftest import norm, pdftotext

from redactie import api
from redactie.document import extract
from redactie.errors import VerificationError
from redactie.findings import Action, Finding, Provenance, Source
from redactie.ink import image_rects
from redactie.redact import redact_pdf
from redactie.verify import verify


def finding_for(
    doc_text: str,
    needle: str,
    page: int = 0,
    entity: str = "PERSON",
    ground: str = "5.1.2e",
    nth: int = 0,
) -> Finding:
    starts = [m.start() for m in re.finditer(re.escape(needle), doc_text)]
    start = starts[nth]
    return Finding(
        page=page,
        start=start,
        end=start + len(needle),
        text=needle,
        entity_type=entity,
        ground=ground,
        provenance=Provenance(recognizer="test", source=Source.MANUAL),
    )


def test_text_is_removed_not_covered(make_pdf: Callable[..., Path], tmp_path: Path) -> None:
    src = make_pdf(
        "in.pdf",
        [
            ["Contactpersoon: Iris Verbruggen", "Regel eronder: Den Haag"],
            ["Tweede pagina zonder gegevens"],
        ],
    )
    doc = extract(src)
    f = finding_for(doc.pages[0].text, "Iris Verbruggen")
    out = tmp_path / "out.pdf"
    res = redact_pdf(doc, [f], out)
    text = pdftotext(out)
    assert "Iris" not in text and "Verbruggen" not in text
    assert "Contactpersoon:" in text and "Regel eronder: Den Haag" in text
    assert "5.1.2e" in text  # the ground code stands in the box
    with pymupdf.open(out) as o:
        assert o.page_count == 2
        assert "Verbruggen" not in o[0].get_text()
    assert verify(src, out, [f], res.boxes).ok


def test_line_above_and_below_survive_tight_leading(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    src = make_pdf(
        "in.pdf",
        [["Bovenregel Abcdefghij", "Naam: Jqyp Gjerstad", "Onderregel Hgjkqpy"]],
        leading=1.0,
    )
    doc = extract(src)
    f = finding_for(doc.pages[0].text, "Jqyp Gjerstad")
    out = tmp_path / "out.pdf"
    redact_pdf(doc, [f], out)
    text = norm(pdftotext(out))
    assert "Bovenregel Abcdefghij" in text and "Onderregel Hgjkqpy" in text
    assert "Gjerstad" not in text


def test_finding_over_a_line_break_gets_a_box_per_line(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    src = make_pdf("in.pdf", [["Opgesteld door Marloes van", "Dalen-Smits op 3 juni"]])
    doc = extract(src)
    text = doc.pages[0].text
    start = text.index("Marloes")
    end = text.index("Smits") + len("Smits")
    f = Finding(
        page=0,
        start=start,
        end=end,
        text=text[start:end],
        entity_type="PERSON",
        ground="5.1.2e",
        provenance=Provenance(recognizer="t", source=Source.MANUAL),
    )
    out = tmp_path / "out.pdf"
    res = redact_pdf(doc, [f], out)
    assert len(res.boxes) == 2
    plain = norm(pdftotext(out))
    assert "Marloes" not in plain and "Dalen" not in plain and "Opgesteld door" in plain
    assert "op 3 juni" in plain


def test_kept_findings_are_not_redacted(make_pdf: Callable[..., Path], tmp_path: Path) -> None:
    src = make_pdf("in.pdf", [["Minister Hoogendoorn en Iris Verbruggen"]])
    doc = extract(src)
    keep = finding_for(doc.pages[0].text, "Hoogendoorn").with_action(Action.KEEP, "minister")
    red = finding_for(doc.pages[0].text, "Iris Verbruggen")
    out = tmp_path / "out.pdf"
    res = redact_pdf(doc, [keep, red], out)
    text = pdftotext(out)
    assert "Hoogendoorn" in text and "Verbruggen" not in text
    assert verify(src, out, [red], res.boxes).ok


def test_metadata_is_scrubbed(make_pdf: Callable[..., Path], tmp_path: Path) -> None:
    src = make_pdf(
        "in.pdf",
        [["Iris Verbruggen"]],
        metadata={"author": "Iris Verbruggen", "title": "Nota van Iris Verbruggen"},
    )
    doc = extract(src)
    f = finding_for(doc.pages[0].text, "Iris Verbruggen")
    out = tmp_path / "out.pdf"
    res = redact_pdf(doc, [f], out)
    with pymupdf.open(out) as o:
        assert not any(o.metadata.get(k) for k in ("author", "title", "subject", "keywords"))
    assert b"Verbruggen" not in out.read_bytes()
    assert verify(src, out, [f], res.boxes).ok


def test_verification_catches_a_leak(make_pdf: Callable[..., Path], tmp_path: Path) -> None:
    """An output that still holds the text (e.g. a box drawn over it) fails verification."""
    src = make_pdf("in.pdf", [["Contactpersoon: Iris Verbruggen"]])
    doc = extract(src)
    f = finding_for(doc.pages[0].text, "Iris Verbruggen")
    fake = tmp_path / "fake.pdf"
    with pymupdf.open(src) as o:  # the classic mistake: a black rectangle on top
        o[0].draw_rect(pymupdf.Rect(150, 60, 300, 80), fill=(0, 0, 0))
        o.save(fake)
    result = verify(src, fake, [f], ())
    assert not result.ok
    assert {p.reader for p in result.problems} >= {"pdftotext", "PyMuPDF"}
    assert all(
        "Verbruggen" not in p.as_text() for p in result.problems
    )  # no personal data in errors
    with pytest.raises(VerificationError):
        result.raise_for_problems("in.pdf")


def test_failed_verification_writes_no_output_and_keeps_input(
    make_pdf: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = make_pdf("in.pdf", [["Contactpersoon: Iris Verbruggen"]])
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    doc = extract(src)
    f = finding_for(doc.pages[0].text, "Iris Verbruggen")

    # Sabotage the redaction: apply_redactions does nothing, so the text stays.
    monkeypatch.setattr(pymupdf.Page, "apply_redactions", lambda self, **kw: True)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "in.pdf").write_bytes(b"stale output of an earlier run")
    item = api.InputItem(path=src, relative=Path("in.pdf"))
    outcome = api._publish(1, item, doc, [f], out_dir, api.Options(write_review=False))
    assert outcome.status == api.FAILED
    assert outcome.exit_code == 6
    assert not (out_dir / "in.pdf").exists()
    assert not list(out_dir.glob("*.partial"))
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before


def test_ground_code_reads_in_its_place_in_the_line(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    """A wide box leaves gaps that pdftotext takes for a column break; the code a
    reader extracts is one word of the line, in its place, once per box, and the
    gate accepts the invisible copy that makes it so."""
    from redactie.check import check

    src = make_pdf(
        "in.pdf",
        [
            [
                "Uw client, de heer Abdulrahman Al-Hassan Mahmoud, heeft op 3",
                "maart 2025 te Almelo een aanvraag ingediend.",
            ]
        ],
    )
    doc = extract(src)
    findings = [finding_for(doc.pages[0].text, "Abdulrahman Al-Hassan Mahmoud")]
    out = tmp_path / "out.pdf"
    redact_pdf(doc, findings, out)
    text = norm(pdftotext(out))
    assert "de heer 5.1.2e , heeft op 3 maart 2025" in text
    assert text.count("5.1.2e") == 1
    assert "Abdulrahman" not in text and "Mahmoud" not in text
    assert check([out]).files[0].fit


def test_boxes_are_black_over_text_alone_and_over_an_image(tmp_path: Path) -> None:
    """A box over no image is drawn without a second redaction pass, one over an
    image blanks its pixels: both black, text gone, no annotation left."""
    src = tmp_path / "in.pdf"
    band = pymupdf.Rect(60, 80, 400, 110)  # too small to be OCRed as an image of text
    with pymupdf.open() as d:
        for with_image in (False, True):
            page = d.new_page()
            if with_image:
                pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 200, 20), 0)
                pix.set_rect(pix.irect, (255, 230, 120))
                page.insert_image(band, pixmap=pix)
            page.insert_text((72, 100), "Contactpersoon Iris Verbruggen", fontsize=12)
        d.save(src)
    doc = extract(src)
    # where the input shows images, read once at extraction for verification
    assert doc.pages[0].image_boxes == ()
    with pymupdf.open(src) as pdf:
        assert doc.pages[1].image_boxes == tuple(tuple(r) for r in image_rects(pdf[1]))
        assert doc.pages[1].image_boxes
    found = [finding_for(p.text, "Iris Verbruggen", page=p.number) for p in doc.pages]
    out = tmp_path / "out.pdf"
    res = redact_pdf(doc, found, out)
    assert "Iris" not in pdftotext(out) and "Verbruggen" not in pdftotext(out)
    assert verify(src, out, found, res.boxes).ok
    known = [p.image_boxes for p in doc.pages]
    result = verify(src, out, found, res.boxes, source_images=known)
    assert result.ok and "pixels" in result.readers  # the box over the image is checked
    with pymupdf.open(out) as o:
        for b in res.boxes:
            page = o[b.page]
            assert not list(page.annots())
            r = pymupdf.Rect(b.rect)
            pix = page.get_pixmap(dpi=144)
            x, y = int((r.x0 + 2) * 2), int(r.y0 + r.y1)  # inside, left of the code (144 dpi)
            assert max(pix.pixel(x, y)) < 60
        (xref, *_rest) = o[1].get_images()[0]
        image = pymupdf.Pixmap(o, xref)
        box = pymupdf.Rect(res.boxes[1].rect)
        shown = pymupdf.Rect(image_rects(o[1])[0])  # where the image is placed
        px = int((box.x0 + 3 - shown.x0) / shown.width * image.width)
        py = int(((box.y0 + box.y1) / 2 - shown.y0) / shown.height * image.height)
        assert image.pixel(px, py)[:3] != (255, 230, 120)  # blanked under the box
        assert image.pixel(image.width - 2, 1)[:3] == (255, 230, 120)  # kept elsewhere


def _pdf_with_text_modes(path: Path, lines: list[bytes]) -> Path:
    """One page with each content line drawn as given (render modes, a transparent state)."""
    import pikepdf

    pdf = pikepdf.new()
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    resources = pikepdf.Dictionary(
        Font=pikepdf.Dictionary(F1=font),
        ExtGState=pikepdf.Dictionary(GS0=pikepdf.Dictionary(ca=0, CA=0)),
    )
    content = b"".join(
        b"q " + line + b" ET Q\n" for line in lines
    )  # each line: "BT /F1 12 Tf ... Tj" without its ET
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, 595, 842],
        Resources=resources,
        Contents=pdf.make_stream(content),
    )
    pdf.pages.append(pikepdf.Page(page))
    pdf.save(path)
    return path


VISIBLE = b"BT /F1 12 Tf 72 700 Td (Zichtbaar Iris Verbruggen) Tj"


@pytest.mark.parametrize(
    ("hidden", "found"),
    [
        (b"BT /F1 12 Tf 3 Tr 72 650 Td (Onzichtbaar) Tj", True),  # invisible
        (b"BT /F1 12 Tf 7 Tr 72 650 Td (Onzichtbaar) Tj", True),  # clipping only
        (b"/GS0 gs BT /F1 12 Tf 72 650 Td (Onzichtbaar) Tj", True),  # transparent
        (b"BT /F1 12 Tf 72 650 Td (Zichtbaar ook) Tj", False),
    ],
)
def test_hidden_text_is_known_from_extraction_and_scrubbed(
    tmp_path: Path, hidden: bytes, found: bool
) -> None:
    src = _pdf_with_text_modes(tmp_path / "in.pdf", [VISIBLE, hidden])
    doc = extract(src)
    assert doc.pages[0].hidden_text is found
    f = finding_for(doc.pages[0].text, "Iris Verbruggen")
    out = tmp_path / "out.pdf"
    redact_pdf(doc, [f], out)
    text = pdftotext(out)
    assert "Verbruggen" not in text and "Zichtbaar" in text
    assert "Onzichtbaar" not in text  # hidden text is scrubbed whenever there is any
    if not found:
        assert "Zichtbaar ook" in text


def test_drawn_box_spans_the_line_height_and_removal_spares_the_neighbours(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    """Text set solid (line pitch = type size): the box a reader sees runs from
    the font's ascender to its descender, over the tops and tails of every
    letter of the name, and so overlaps the glyph boxes of the lines above and
    below; the rectangle that removes glyphs is shorter, and their text stays."""
    lines = ["Bovenregel Abcdefghij", "Naam: Jqyp Gjerstad", "Onderregel Hgjkqpy"]
    src = make_pdf("in.pdf", [lines], leading=1.0)
    doc = extract(src)
    f = finding_for(doc.pages[0].text, "Jqyp Gjerstad")
    out = tmp_path / "out.pdf"
    (box,) = redact_pdf(doc, [f], out).boxes
    with pymupdf.open(src) as pdf:
        spans = [
            s
            for b in pdf[0].get_text("rawdict")["blocks"]
            for line in b.get("lines", ())
            for s in line["spans"]
        ]
        (name,) = pdf[0].search_for("Jqyp Gjerstad")
    by_text = {"".join(c["c"] for c in s["chars"]): s for s in spans}
    span = by_text[lines[1]]
    size, base = span["size"], span["origin"][1]
    top, bottom = base - span["ascender"] * size, base - span["descender"] * size
    rect = pymupdf.Rect(box.rect)
    # full line height: ascender to descender, the name's whole width
    assert rect.y0 <= top + 0.05 and rect.y1 >= bottom - 0.05
    assert rect.x0 <= name.x0 + 0.5 and rect.x1 >= name.x1 - 0.5
    # it reaches into the glyph boxes of both neighbours...
    for neighbour in (lines[0], lines[2]):
        assert rect.intersects(pymupdf.Rect(by_text[neighbour]["bbox"]))
    # ...yet their text is not removed, and the name's is
    with pymupdf.open(out) as o:
        words = {w[4] for w in o[0].get_text("words")}
    assert {"Bovenregel", "Abcdefghij", "Onderregel", "Hgjkqpy", "Naam:"} <= words
    assert not words & {"Jqyp", "Gjerstad"}
    text = norm(pdftotext(out))
    assert "Bovenregel Abcdefghij" in text and "Onderregel Hgjkqpy" in text
    # every pixel of the name's letters (tops of J and G, tails of q, y, p, j) is black
    with pymupdf.open(src) as before, pymupdf.open(out) as after:
        clip = pymupdf.Rect(name.x0, top, name.x1, bottom)
        was = before[0].get_pixmap(dpi=300, clip=clip, colorspace=pymupdf.csGRAY)
        now = after[0].get_pixmap(dpi=300, clip=clip, colorspace=pymupdf.csGRAY)
    width = was.width
    ink = [i for i, v in enumerate(was.samples) if v < 128]
    assert len(ink) > 500
    # the ground code, printed in white, stands in the middle of the box; every
    # other pixel of the name's letters (tops of J and G, tails of q, y, p, j)
    # is black
    light = [i for i, v in enumerate(now.samples) if v > 128]
    rows, cols = [i // width for i in light], [i % width for i in light]
    code = (min(rows), min(cols), max(rows), max(cols))

    def in_code(i: int) -> bool:
        return code[0] <= i // width <= code[2] and code[1] <= i % width <= code[3]

    around = [i for i in ink if not in_code(i)]
    assert len(around) > 0.3 * len(ink)
    assert all(now.samples[i] < 60 for i in around)
