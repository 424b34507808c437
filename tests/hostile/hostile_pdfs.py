"""Hostile and broken PDFs, built in code (no binary fixtures).

Each builder writes one PDF to the path it is given.  Secrets are the strings
a test expects to be gone from the output (or the document to fail).  Raw PDF
bytes are written with :func:`raw_pdf`, which lays out objects and a correct
cross-reference table, so a test can put exactly the operators it needs on a
page.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pikepdf
import pymupdf

NAME = "Jolanda Verbeek"
EMAIL = "j.verbeek@voorbeeld.nl"
PHONE = "06-48213957"

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

A4 = (595, 842)


# --- raw PDF writing ---------------------------------------------------------


def stream(data: bytes, extra: bytes = b"", *, compress: bool = False) -> bytes:
    """A stream object body."""
    if compress:
        data = zlib.compress(data)
        extra = b"/Filter /FlateDecode " + extra
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def raw_pdf(objects: list[bytes], *, root: int = 1, info: int | None = None) -> bytes:
    """A PDF whose object ``i`` (1-based) has body ``objects[i-1]``."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int] = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, root)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def one_page(
    content: bytes,
    *,
    font: bytes = HELVETICA,
    extra_resources: bytes = b"",
    page_extra: bytes = b"",
    catalog_extra: bytes = b"",
    more: list[bytes] | None = None,
    mediabox: bytes = b"[0 0 595 842]",
) -> bytes:
    """One page: objects 1 catalog, 2 pages, 3 page, 4 font /F1, 5 content, 6.. ``more``."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox " + mediabox
        + b" /Resources << /Font << /F1 4 0 R >> " + extra_resources + b">> /Contents 5 0 R "
        + page_extra + b">>",
        font,
        stream(content),
        *(more or []),
    ]
    return raw_pdf(objs)


def text_op(text: str, x: float, y: float, *, size: float = 11, prefix: bytes = b"") -> bytes:
    """``BT ... Tj ET`` for WinAnsi text at (x, y) in PDF coordinates."""
    s = text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"BT " + prefix + b" /F1 %g Tf 1 0 0 1 %g %g Tm (" % (size, x, y) + s + b") Tj ET\n"


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def ordinary(path: Path, lines: list[str] | None = None) -> Path:
    """An ordinary one-page letter with a name, e-mail and phone number."""
    lines = lines or [
        "Gemeente Voorbeeldstad, afdeling Vergunningen",
        f"Behandeld door: {NAME}",
        f"E-mail: {EMAIL}, telefoon {PHONE}",
        "Wij hebben uw aanvraag ontvangen en nemen die in behandeling.",
    ]
    content = b"".join(text_op(line, 72, 760 - 16 * i) for i, line in enumerate(lines))
    return write(path, one_page(content))


# --- input-path cases ----------------------------------------------------------


def not_a_pdf(path: Path) -> Path:
    return write(path, b"Dit is een Word-document, geen PDF.\n" * 20)


def png_named_pdf(path: Path) -> Path:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 8, 8), False)
    return write(path, pix.tobytes("png"))


def truncated(path: Path, keep: float = 0.6) -> Path:
    ordinary(path)
    data = path.read_bytes()
    return write(path, data[: int(len(data) * keep)])


def zero_pages(path: Path) -> Path:
    pdf = pikepdf.new()
    pdf.save(path)
    return path


def encrypted(path: Path, *, user_password: str) -> Path:
    plain = ordinary(path.with_suffix(".plain.pdf"))
    with pymupdf.open(plain) as doc:
        doc.save(
            path,
            encryption=pymupdf.PDF_ENCRYPT_AES_256,  # type: ignore[attr-defined]
            owner_pw="eigenaar-geheim",
            user_pw=user_password,
            permissions=pymupdf.PDF_PERM_PRINT,  # type: ignore[attr-defined]
        )
    plain.unlink()
    return path


def damaged_xref(path: Path) -> Path:
    """Every cross-reference offset is wrong, and startxref points into nowhere."""
    ordinary(path)
    data = path.read_bytes()
    head, _, tail = data.partition(b"\nxref\n")
    lines = tail.split(b"\n")
    broken = [
        (b"%010d 00000 n " % (17 * i + 3)) if ln.endswith(b" n ") else ln
        for i, ln in enumerate(lines)
    ]
    data = head + b"\nxref\n" + b"\n".join(broken)
    data = data.replace(b"startxref\n", b"startxref\n99").rstrip(b"\n") + b"\n"
    return write(path, data)


# --- text that a naive redaction misses -------------------------------------------


def hidden_text(path: Path) -> Path:
    """The name in render mode 3 (invisible), as in an OCR layer."""
    content = text_op("Zichtbare tekst zonder gegevens.", 72, 760)
    content += text_op(f"Onzichtbaar: {NAME}", 72, 740, prefix=b"3 Tr")
    return write(path, one_page(content))


def white_text(path: Path) -> Path:
    content = text_op("Zichtbare tekst zonder gegevens.", 72, 760)
    content += text_op(f"Wit op wit: {NAME}", 72, 740, prefix=b"1 1 1 rg")
    return write(path, one_page(content))


def text_under_image(path: Path) -> Path:
    """The name in the text layer, an opaque image painted over it."""
    img = bytes([200]) * (64 * 16 * 3)
    content = text_op("Zichtbare tekst zonder gegevens.", 72, 760)
    content += text_op(f"Onder de afbeelding: {NAME}", 72, 700)
    content += b"q 300 0 0 40 60 690 cm /Im1 Do Q\n"
    image = stream(
        img,
        b"/Type /XObject /Subtype /Image /Width 64 /Height 16 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 ",
        compress=True,
    )
    xobj = b"/XObject << /Im1 6 0 R >> "
    return write(path, one_page(content, extra_resources=xobj, more=[image]))


def form_xobject(path: Path) -> Path:
    """The name inside a form XObject that the page draws twice (a stamp)."""
    form_content = text_op(f"Gezien: {NAME}", 0, 10)
    form = stream(
        form_content,
        b"/Type /XObject /Subtype /Form /BBox [0 0 300 30] "
        b"/Resources << /Font << /F1 4 0 R >> >> ",
    )
    content = text_op("Zichtbare tekst zonder gegevens.", 72, 760)
    content += b"q 1 0 0 1 72 600 cm /Fx1 Do Q q 1 0 0 1 72 400 cm /Fx1 Do Q\n"
    xobj = b"/XObject << /Fx1 6 0 R >> "
    return write(path, one_page(content, extra_resources=xobj, more=[form]))


def cropped_away(path: Path) -> Path:
    """A media box with an offset origin and a crop box that hides the e-mail address
    (viewers show only the crop box; extractors read it all)."""
    content = text_op("Zichtbare tekst zonder gegevens.", 172, 860)
    content += text_op(NAME, 172, 800)
    content += text_op(EMAIL, 120, 130)  # outside the crop box, inside the media box
    data = one_page(
        content, mediabox=b"[100 100 695 942]", page_extra=b"/CropBox [150 700 600 900] "
    )
    return write(path, data)


def tiny_text(path: Path) -> Path:
    """The name at 0.1 pt: invisible to the eye, readable by any text extractor."""
    content = text_op("Zichtbare tekst zonder gegevens.", 72, 760)
    content += text_op(NAME, 72, 700, size=0.1)
    return write(path, one_page(content))


def zero_size_text(path: Path) -> Path:
    """The name at font size 0: MuPDF skips it, poppler reads it."""
    content = text_op("Zichtbare tekst zonder gegevens.", 72, 760)
    content += text_op(NAME, 72, 700, size=0)
    return write(path, one_page(content))


def clip_mode_text(path: Path) -> Path:
    """The name in render mode 7 (only adds to the clipping path) and clipped away."""
    content = text_op("Zichtbare tekst zonder gegevens.", 72, 760)
    content += text_op(NAME, 72, 700, prefix=b"7 Tr")
    content += b"q 0 0 10 10 re W n " + text_op(EMAIL, 72, 680) + b"Q\n"
    return write(path, one_page(content))


def pattern_text(path: Path) -> Path:
    """The name inside a tiling pattern that fills a rectangle."""
    cell = stream(
        text_op(NAME, 0, 10),
        b"/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 300 40] "
        b"/XStep 300 /YStep 40 /Resources << /Font << /F1 4 0 R >> >> ",
    )
    content = text_op("Zichtbare tekst zonder gegevens.", 72, 760)
    content += b"/Pattern cs /P1 scn 60 680 300 40 re f\n"
    return write(
        path, one_page(content, extra_resources=b"/Pattern << /P1 6 0 R >> ", more=[cell])
    )


def outside_page_box(path: Path) -> Path:
    """The name right of the page, and the e-mail address below it."""
    content = text_op("Zichtbare tekst zonder gegevens.", 72, 760)
    content += text_op(NAME, 700, 700)
    content += text_op(EMAIL, 100, -60)
    return write(path, one_page(content))


def _glyph_run(text: str, x: float, y: float, order: list[int], size: float = 12) -> bytes:
    """Each character of ``text`` drawn on its own, in the given order (monospaced)."""
    ops = [b"BT /F1 %g Tf" % size]
    for i in order:
        ch = text[i].encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"1 0 0 1 %g %g Tm (%s) Tj" % (x + 0.62 * size * i, y, ch))
    ops.append(b"ET\n")
    return b" ".join(ops)


def courier_page(content: bytes) -> bytes:
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    return one_page(content, font=font)


def char_by_char(path: Path) -> Path:
    text = f"Naam: {NAME}"
    content = _glyph_run(text, 72, 700, list(range(len(text))))
    return write(path, courier_page(content))


def reverse_order(path: Path) -> Path:
    text = f"Naam: {NAME}"
    content = _glyph_run(text, 72, 700, list(reversed(range(len(text)))))
    return write(path, courier_page(content))


def reverse_order_without_spaces(path: Path) -> Path:
    """Reverse order, and the word spaces are only gaps (no space glyphs drawn)."""
    text = f"Naam: {NAME}"
    order = [i for i in reversed(range(len(text))) if text[i] != " "]
    content = _glyph_run(text, 72, 700, order)
    return write(path, courier_page(content))


def shuffled_order(path: Path) -> Path:
    text = f"Naam: {NAME}"
    order = sorted(range(len(text)), key=lambda i: (i * 7) % len(text))
    content = _glyph_run(text, 72, 700, order)
    return write(path, courier_page(content))


def no_tounicode_cid(path: Path) -> Path:
    """A Type0/Identity-H font without ToUnicode: the text reads as glyph numbers."""
    tmp = path.with_suffix(".tmp.pdf")
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="dv", fontfile=str(DEJAVU))
    for y, line in ((100, f"Behandeld door {NAME}, telefoon {PHONE}"),
                    (130, "Wij nemen uw aanvraag in behandeling.")):
        page.insert_text((72, y), line, fontname="dv", fontsize=11)
    doc.save(tmp)
    doc.close()
    with pikepdf.open(tmp) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and "/ToUnicode" in obj:
                del obj["/ToUnicode"]
        pdf.save(path)
    tmp.unlink()
    return path


def lying_tounicode(path: Path) -> Path:
    """A WinAnsi font whose ToUnicode maps every letter to the next one: the page
    shows the name, text extraction reads "Kpmboeb Wfscffl"."""
    ranges = b"".join(b"<%02X> <%04X>\n" % (c, c + 1) for c in range(0x41, 0x7A))
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
        b"/CMapName /Lying def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"%d beginbfchar\n" % (0x7A - 0x41) + ranges + b"endbfchar endcmap "
        b"CMapName currentdict /CMap defineresource pop end end"
    )
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
        b"/ToUnicode 6 0 R >>"
    )
    content = text_op(f"Behandeld door {NAME}", 72, 740)
    return write(path, one_page(content, font=font, more=[stream(cmap)]))


def no_tounicode_simple(path: Path) -> Path:
    """A simple font with a standard encoding and no ToUnicode: readable via glyph names."""
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman "
        b"/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding >> >>"
    )
    content = text_op("Zichtbare tekst zonder gegevens.", 72, 760)
    content += text_op(f"Behandeld door {NAME}", 72, 740)
    return write(path, one_page(content, font=font))


def type3_font(path: Path) -> Path:
    """The name in a Type3 font (glyphs drawn as little boxes, names map to letters)."""
    text = f"Naam {NAME}"
    letters = sorted(set(text))
    codes = {c: 65 + i for i, c in enumerate(letters)}
    glyph_name = {c: ("space" if c == " " else c) for c in letters}
    procs = b" ".join(
        b"/%s %d 0 R" % (glyph_name[c].encode(), 7 + i) for i, c in enumerate(letters)
    )
    diffs = b" ".join(b"%d /%s" % (codes[c], glyph_name[c].encode()) for c in letters)
    font = (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] "
        b"/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs 6 0 R "
        b"/Encoding << /Type /Encoding /Differences [" + diffs + b"] >> "
        b"/FirstChar 65 /LastChar %d /Widths [%s] /Resources << >> >>"
        % (65 + len(letters) - 1, b" ".join(b"600" for _ in letters))
    )
    char_procs = b"<< " + procs + b" >>"
    glyphs = [
        stream(b"600 0 0 0 600 700 d1" + (b"" if c == " " else b" 50 0 500 700 re f"))
        for c in letters
    ]
    shown = bytes(codes[c] for c in text).replace(b"(", b"\\(").replace(b")", b"\\)")
    content = text_op("Zichtbare tekst zonder gegevens.", 72, 760).replace(b"/F1", b"/F2")
    content += b"BT /F1 12 Tf 1 0 0 1 72 700 Tm (" + shown + b") Tj ET\n"
    helv = b"/Font << /F1 4 0 R /F2 %d 0 R >>" % (7 + len(letters))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << "
        + helv + b" >> /Contents 5 0 R >>",
        font,
        stream(content),
        char_procs,
        *glyphs,
        HELVETICA,
    ]
    return write(path, raw_pdf(objs))


LIGATURE_NAME = "Sofie Officier"  # shown with "ﬁ" and "ﬃ" glyphs


def ligatures(path: Path) -> Path:
    """The name drawn with ligature glyphs (codes mapped to /fi and /ffi)."""
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding "
        b"/BaseEncoding /WinAnsiEncoding /Differences [1 /fi 2 /ffi] >> >>"
    )
    shown = b"So\x01e O\x02cier"
    content = text_op("Zichtbare tekst zonder gegevens.", 72, 760)
    content += b"BT /F1 11 Tf 1 0 0 1 72 740 Tm (Contactpersoon: " + shown + b") Tj ET\n"
    return write(path, one_page(content, font=font))


def soft_hyphens(path: Path) -> Path:
    """A soft hyphen (U+00AD, as word processors write it) inside the name, and one
    where the surname breaks over two lines."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="dv", fontfile=str(DEJAVU))
    lines = [
        "Zichtbare tekst zonder gegevens.",
        "Behandeld door Jolanda Ver\u00adbeek.",
        "Met vriendelijke groet, Jolanda Ver\u00ad",
        "beek, namens de burgemeester.",
    ]
    for i, line in enumerate(lines):
        page.insert_text((72, 100 + 16 * i), line, fontname="dv", fontsize=11)
    doc.save(path)
    doc.close()
    return path


def rotated_page(path: Path, rotation: int) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Zichtbare tekst zonder gegevens.", fontsize=11)
    page.insert_text((72, 120), f"Behandeld door {NAME}, {EMAIL}", fontsize=11)
    page.set_rotation(rotation)
    doc.save(path)
    doc.close()
    return path


def rotated_text(path: Path) -> Path:
    """The name written upwards (90°) and the e-mail address at 45°."""
    content = text_op("Zichtbare tekst zonder gegevens.", 72, 760)
    content += b"BT /F1 11 Tf 0 1 -1 0 100 300 Tm (%s) Tj ET\n" % NAME.encode()
    content += b"BT /F1 11 Tf 0.7071 0.7071 -0.7071 0.7071 250 300 Tm (%s) Tj ET\n" % EMAIL.encode()
    return write(path, one_page(content))


def scanned_page(path: Path, *, rotation: int = 0, sideways: bool = False) -> Path:
    """An image-only page (a scan) showing the name; no text layer.

    ``rotation``: the image lies rotated in the file and the page's /Rotate
    turns it upright, as scanners write a sheet fed sideways.  ``sideways``:
    the image lies on its side and nothing turns it upright.
    """
    src = pymupdf.open()
    page = src.new_page()
    page.insert_text((72, 100), "Gemeente Voorbeeldstad", fontsize=14)
    page.insert_text((72, 130), f"Behandeld door {NAME}", fontsize=14)
    page.insert_text((72, 160), "Wij nemen uw aanvraag in behandeling.", fontsize=14)
    page.insert_text((72, 190), "Met vriendelijke groet, namens het college.", fontsize=14)
    page.set_rotation((360 - rotation) % 360 if rotation else (90 if sideways else 0))
    pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    src.close()
    doc = pymupdf.open()
    out = doc.new_page(width=pix.width * 72 / 200, height=pix.height * 72 / 200)
    out.insert_image(out.rect, pixmap=pix)
    if rotation:
        out.set_rotation(rotation)
    doc.save(path, deflate=True)
    doc.close()
    return path


# --- personal data outside the page content ------------------------------------------


def _pymupdf_base(path: Path, lines: list[str]) -> pymupdf.Document:
    doc = pymupdf.open()
    page = doc.new_page()
    for i, line in enumerate(lines):
        page.insert_text((72, 100 + 16 * i), line, fontsize=11)
    return doc


BASE_LINES = ["Gemeente Voorbeeldstad", "Deze pagina bevat geen persoonsgegevens."]


def metadata_and_xmp(path: Path) -> Path:
    doc = _pymupdf_base(path, BASE_LINES)
    doc.set_metadata({"author": NAME, "title": f"Nota van {NAME}", "subject": EMAIL,
                      "keywords": PHONE, "creator": NAME})
    doc.set_xml_metadata(
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator><rdf:Seq><rdf:li>{NAME}</rdf:li></rdf:Seq></dc:creator>"
        f"<dc:description>{EMAIL}</dc:description>"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
    doc.save(path)
    doc.close()
    return path


def annotations(path: Path) -> Path:
    doc = _pymupdf_base(path, BASE_LINES)
    page = doc[0]
    note = page.add_text_annot((300, 100), f"Vraag aan {NAME}: bel {PHONE}")
    note.set_info(title=NAME, content=f"Vraag aan {NAME}: bel {PHONE}")
    note.set_popup(pymupdf.Rect(320, 100, 520, 200))
    note.update()
    free = page.add_freetext_annot(pymupdf.Rect(72, 300, 400, 330), f"Opmerking {EMAIL}")
    free.set_info(title=NAME)
    free.update()
    hl = page.add_highlight_annot(pymupdf.Rect(72, 90, 200, 105))
    hl.set_info(content=f"gemarkeerd door {NAME}", title=NAME)
    hl.update()
    doc.save(path)
    doc.close()
    return path


def form_fields(path: Path) -> Path:
    doc = _pymupdf_base(path, BASE_LINES)
    page = doc[0]
    for i, (name, value) in enumerate((("naam", NAME), ("email", EMAIL), ("telefoon", PHONE))):
        w = pymupdf.Widget()
        w.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT  # type: ignore[attr-defined]
        w.field_name = name
        w.field_value = value
        w.rect = pymupdf.Rect(72, 200 + 30 * i, 400, 220 + 30 * i)
        page.add_widget(w)
    doc.save(path)
    doc.close()
    return path


def bookmarks(path: Path) -> Path:
    doc = _pymupdf_base(path, BASE_LINES)
    doc.set_toc([[1, "Inleiding", 1], [2, f"Gesprek met {NAME}", 1], [2, EMAIL, 1]])
    doc.save(path)
    doc.close()
    return path


def embedded_files(path: Path) -> Path:
    doc = _pymupdf_base(path, BASE_LINES)
    doc.embfile_add(
        f"cv-{NAME}.txt",
        f"Curriculum vitae van {NAME}, {EMAIL}, {PHONE}".encode(),
        filename=f"cv-{NAME}.txt",
        desc=f"CV {NAME}",
    )
    page = doc[0]
    page.add_file_annot((300, 300), f"Bijlage van {NAME}".encode(), f"{NAME}.txt", desc=EMAIL)
    doc.save(path)
    doc.close()
    return path


def javascript(path: Path) -> Path:
    """Document JavaScript (names tree), an OpenAction script and a page action."""
    js1 = f"app.alert('Contact: {NAME}, {EMAIL}');".encode()
    js2 = f"var tel = '{PHONE}';".encode()
    content = text_op("Gemeente Voorbeeldstad", 72, 760)
    more = [
        b"<< /JavaScript << /Names [(init) 7 0 R] >> >>",  # 6: names
        b"<< /S /JavaScript /JS 8 0 R >>",  # 7
        stream(js1),  # 8
        b"<< /S /JavaScript /JS (" + js2 + b") >>",  # 9
    ]
    data = one_page(
        content,
        catalog_extra=b"/Names 6 0 R /OpenAction 9 0 R ",
        page_extra=b"/AA << /O 7 0 R >> ",
        more=more,
    )
    return write(path, data)


def optional_content(path: Path) -> Path:
    """The name and e-mail on a layer that is switched off."""
    content = text_op("Zichtbare tekst zonder gegevens.", 72, 760)
    content += b"/OC /oc1 BDC\n" + text_op(f"Verborgen laag: {NAME}", 72, 700)
    content += text_op(EMAIL, 72, 684) + b"EMC\n"
    more = [b"<< /Type /OCG /Name (Persoonlijke notities van " + NAME.encode() + b") >>"]
    data = one_page(
        content,
        catalog_extra=b"/OCProperties << /OCGs [6 0 R] /D << /OFF [6 0 R] /Order [6 0 R] >> >> ",
        extra_resources=b"/Properties << /oc1 6 0 R >> ",
        more=more,
    )
    return write(path, data)


def unknown_keys(path: Path) -> Path:
    """Private data under keys no viewer shows: a page entry pointing at a stream,
    a made-up catalog entry, and a trailer entry."""
    content = text_op("Gemeente Voorbeeldstad", 72, 760)
    notes = stream(f"Interne notitie over {NAME}, {EMAIL}".encode())
    data = one_page(
        content,
        page_extra=b"/PrivateNotes 6 0 R /LastModified (D:20240101) ",
        catalog_extra=b"/MyApp << /Owner (" + NAME.encode() + b") >> ",
        more=[notes],
    )
    data = data.replace(b"trailer\n<< ", b"trailer\n<< /Custom (" + PHONE.encode() + b") ")
    return write(path, data)


def jpeg_with_metadata(path: Path, *, broken: bool = False) -> Path:
    """A photo whose JPEG bytes carry Exif (artist, GPS-like text), XMP, IPTC and a comment.

    ``broken``: a segment with a wrong length after the metadata, so the JPEG
    header cannot be parsed (as in a damaged file).
    """
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 64, 32), False)
    pix.clear_with(200)
    jpg = pix.tobytes("jpeg")

    def segment(marker: int, payload: bytes) -> bytes:
        return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload

    meta = (
        segment(0xE1, b"Exif\x00\x00MM\x00*" + f"Artist={NAME};GPS=52.37,4.89".encode())
        + segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>" + EMAIL.encode())
        + segment(0xED, b"Photoshop 3.0\x008BIM" + f"Caption: {NAME}".encode())
        + segment(0xFE, f"Foto van {NAME}, tel. {PHONE}".encode())
    )
    doc = _pymupdf_base(path, BASE_LINES)
    doc[0].insert_image(pymupdf.Rect(72, 200, 264, 296), stream=jpg[:2] + meta + jpg[2:])
    doc.save(path)
    doc.close()
    if broken:
        data = path.read_bytes()
        at = data.index(b"\xff\xe0\x00\x10JFIF")
        path.write_bytes(data[:at] + b"\xff\xe0\x0057" + data[at:])
    return path


def degenerate_matrix(path: Path) -> Path:
    """The name's line drawn with a damaged text matrix: MuPDF lays out no glyph box
    for it and poppler stops reading, but the string is in the file."""
    ordinary(path)
    data = path.read_bytes()
    return write(path, data.replace(b"1 0 0 1 72 744 Tm", b"1 0 0 1 \xc12 744 Tm"))


def glued_to_garbage(path: Path) -> Path:
    """The e-mail address glued to binary garbage with a stray parenthesis, which
    MuPDF and poppler parse differently."""
    content = text_op("Zichtbare tekst zonder gegevens.", 72, 760)
    content += b"BT /F1 11 Tf 1 0 0 1 120 130 Tm (" + EMAIL.encode()
    content += b"\xc2\x8d\xfe!/\x8bF5\xf68)') Tj ET\n"
    return write(path, one_page(content))


def layer_with_broken_font(path: Path) -> Path:
    """A hidden layer in a file whose font object is damaged (MuPDF reads the
    layer configuration early)."""
    optional_content(path)
    return write(path, path.read_bytes().replace(b"4 0 obj", b"4 0 o\x95j"))


def control_char_between_names(path: Path) -> Path:
    """Glyphs drawn in reverse, with a control character where the space was."""
    text = f"Naam: {NAME}".replace(" V", "\x08V")
    content = _glyph_run(text, 72, 700, list(reversed(range(len(text)))))
    return write(path, courier_page(content))


def skewed_matrix(path: Path) -> Path:
    """The name drawn with a damaged, heavily skewed text matrix (glyph boxes overlap)."""
    outside_page_box(path)
    data = path.read_bytes().replace(b"1 0 0 1 700 700 Tm", b"1 000 1 700 700 Tm")
    return write(path, data.replace(b"(" + NAME.encode() + b")", b"(Jolanda Verbeek)"))


def overprinted_lines(path: Path) -> Path:
    """Two different lines drawn on exactly the same spot (a duplicated stream chunk)."""
    content = text_op("Gemeente Voorbeeldstad, afdeling Vergunningen", 72, 760)
    content += text_op("E-mail: j.verbeek@voorbeeld.nl,da Verbeek", 72, 728)
    content += text_op(f"E-mail: {EMAIL}, telefoon {PHONE}", 72, 728)
    return write(path, one_page(content))


def incremental_update(path: Path) -> Path:
    """First revision: the name on the page and in the metadata.  An incremental
    update replaces the page text and clears the metadata; the old objects stay
    in the file."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), f"Concept, opgesteld door {NAME} ({EMAIL})", fontsize=11)
    doc.set_metadata({"author": NAME})
    doc.save(path, garbage=0, deflate=False)
    doc.close()
    doc = pymupdf.open(path)
    page = doc[0]
    xref = page.get_contents()[0]
    doc.update_stream(xref, b"BT /helv 11 Tf 72 742 Td (Definitieve versie zonder namen.) Tj ET")
    doc.set_metadata({})
    doc.saveIncr()
    doc.close()
    return path


# --- large inputs ------------------------------------------------------------------


def many_pages(path: Path, pages: int) -> Path:
    doc = pymupdf.open()
    for i in range(pages):
        page = doc.new_page()
        page.insert_text((72, 100), f"Pagina {i + 1} van het verslag.", fontsize=11)
        if i % 100 == 7:
            page.insert_text((72, 120), f"Aanwezig: {NAME}, {EMAIL}", fontsize=11)
        else:
            page.insert_text((72, 120), "Geen bijzonderheden op deze pagina.", fontsize=11)
    doc.save(path, garbage=1, deflate=True)
    doc.close()
    return path


def huge_image(path: Path, side: int = 12000) -> Path:
    """A page with a side x side grey image (about 144 MB decoded) and the name on top."""
    comp = zlib.compressobj(9)
    row = bytes([180]) * side
    chunks = [comp.compress(row) for _ in range(side)]
    chunks.append(comp.flush())
    data = b"".join(chunks)
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q\n"
    content += text_op(f"Behandeld door: {NAME}", 72, 700)
    image = (
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
        % (side, side, len(data))
        + data
        + b"\nendstream"
    )
    return write(
        path, one_page(content, extra_resources=b"/XObject << /Im1 6 0 R >> ", more=[image])
    )
