"""Render the sample sources in ``samples/src/*.html`` to PDF.

Usage::

    .venv/bin/python samples/build.py [--src DIR] [--out DIR] [NAME ...]

Each source is an HTML document. Its ``<body>`` is laid out with :class:`pymupdf.Story` on A4
pages; a few elements are treated specially so that the result looks like real paperwork:

``<aside class="sidebar">``
    Narrow right-hand column on the first page (Rijksoverheid "afzendergegevens": directorate,
    visiting and postal address, Datum, Onze referentie, Contactpersoon). When present, the body
    is set in the narrower left column on every page.
``<aside class="sidebar-next">``
    Right-hand column on the following pages (the template repeats directorate, Datum and
    reference there). Falls back to nothing.
``<header class="running">`` / ``<footer class="running">``
    Running header / footer on every page; ``{page}`` and ``{pages}`` are substituted.

``<head>`` may carry ``<title>``, ``<meta name="author|subject|keywords|creator">`` (PDF
metadata), ``<meta name="date" content="YYYY-MM-DD">`` (creation and modification date),
``<meta name="logo" content="rijkslint|gemeente|none">`` (a vector mark at the top of page 1) and
``<style>`` (extra CSS appended to the house style).

The output is byte-reproducible: metadata dates are fixed, no document ID is written, XMP metadata
is removed and the objects are written in a deterministic order. Typographic ligatures made by the
shaper (fi, fl, ffi, ...) are mapped back to their letters in every ToUnicode CMap so that text
extraction (pdftotext, PyMuPDF) returns ``Griffioen`` and not ``Griﬃoen``.
"""

from __future__ import annotations

import argparse
import html
import io
import pathlib
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pymupdf

HERE = pathlib.Path(__file__).resolve().parent

PAGE = pymupdf.paper_rect("a4")  # 595 x 842 pt
MARGIN_LEFT = 68.0
MARGIN_RIGHT = 56.0
MARGIN_TOP = 62.0
MARGIN_BOTTOM = 70.0
LOGO_SPACE = 118.0  # extra top space on page 1 when a logo is drawn
SIDEBAR_WIDTH = 128.0
SIDEBAR_GAP = 26.0
RUNNING_HEADER_SPACE = 26.0

HOUSE_CSS = """
body { margin: 0; padding: 0;
       font-family: sans-serif; font-size: 9.5pt; line-height: 1.4; color: #000000; }
p { margin-top: 0; margin-bottom: 7pt; }
h1 { font-size: 13pt; font-weight: bold; margin-top: 0; margin-bottom: 9pt; }
h2 { font-size: 10pt; font-weight: bold; margin-top: 10pt; margin-bottom: 4pt; }
h3 { font-size: 9.5pt; font-weight: bold; font-style: italic; margin-top: 8pt; margin-bottom: 3pt; }
ul, ol { margin-top: 0; margin-bottom: 7pt; padding-left: 14pt; }
li { margin-bottom: 2pt; }
table { border-collapse: collapse; margin-bottom: 8pt; }
th, td { text-align: left; vertical-align: top; padding: 3pt 6pt 3pt 6pt; }
table.grid th, table.grid td { border: 0.5pt solid #000000; }
table.grid th { background-color: #dfe6ee; font-weight: bold; }
table.plain td { padding: 0 10pt 1pt 0; }
.small { font-size: 7.5pt; line-height: 1.35; }
.label { font-weight: bold; }
.muted { color: #555555; }
"""

SIDEBAR_CSS = """
body { margin: 0; padding: 0;
       font-family: sans-serif; font-size: 7pt; line-height: 1.35; color: #000000; }
p { margin-top: 0; margin-bottom: 7pt; }
b, .label { font-weight: bold; }
"""

RUNNING_CSS = """
body { margin: 0; padding: 0;
       font-family: sans-serif; font-size: 7pt; line-height: 1.3; color: #333333; }
p { margin: 0; }
"""

# Fixed default creation date when a source gives none.
DEFAULT_DATE = "2025-01-06"

LIGATURES = {
    0xFB00: "ff",
    0xFB01: "fi",
    0xFB02: "fl",
    0xFB03: "ffi",
    0xFB04: "ffl",
    0xFB05: "st",
    0xFB06: "st",
}


@dataclass
class Source:
    """A parsed sample source."""

    body: str
    css: str = ""
    sidebar_first: str | None = None
    sidebar_next: str | None = None
    header: str | None = None
    footer: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


def _extract(pattern: str, text: str) -> tuple[str | None, str]:
    """Remove the first match of ``pattern`` from ``text``; return (inner group, rest)."""
    m = re.search(pattern, text, flags=re.S | re.I)
    if m is None:
        return None, text
    return m.group(1).strip(), text[: m.start()] + text[m.end() :]


def parse_source(text: str) -> Source:
    """Split a source HTML document into body, special blocks, CSS and metadata."""
    meta: dict[str, str] = {}
    head_m = re.search(r"<head[^>]*>(.*?)</head>", text, flags=re.S | re.I)
    head = head_m.group(1) if head_m else ""
    for m in re.finditer(r"<meta\s+([^>]*?)/?>", head, flags=re.S | re.I):
        attrs = dict(re.findall(r'(\w+)\s*=\s*"([^"]*)"', m.group(1)))
        if "name" in attrs and "content" in attrs:
            meta[attrs["name"].lower()] = html.unescape(attrs["content"])
    title_m = re.search(r"<title>(.*?)</title>", head, flags=re.S | re.I)
    if title_m:
        meta["title"] = html.unescape(" ".join(title_m.group(1).split()))
    css = "\n".join(re.findall(r"<style[^>]*>(.*?)</style>", head, flags=re.S | re.I))

    body_m = re.search(r"<body[^>]*>(.*)</body>", text, flags=re.S | re.I)
    body = body_m.group(1) if body_m else text
    sidebar_first, body = _extract(r'<aside\s+class="sidebar">(.*?)</aside>', body)
    sidebar_next, body = _extract(r'<aside\s+class="sidebar-next">(.*?)</aside>', body)
    header, body = _extract(r'<header\s+class="running">(.*?)</header>', body)
    footer, body = _extract(r'<footer\s+class="running">(.*?)</footer>', body)
    return Source(
        body=body.strip(),
        css=css,
        sidebar_first=sidebar_first,
        sidebar_next=sidebar_next,
        header=header,
        footer=footer,
        meta=meta,
    )


def _has_logo(src: Source) -> bool:
    return src.meta.get("logo", "none") != "none"


def _body_rect(src: Source, pno: int) -> pymupdf.Rect:
    """Where the flowing body text goes on page ``pno`` (0-based)."""
    top = MARGIN_TOP
    if pno == 0 and _has_logo(src):
        top += LOGO_SPACE  # no running header on a letterhead page
    elif src.header is not None:
        top += RUNNING_HEADER_SPACE
    right = PAGE.width - MARGIN_RIGHT
    if src.sidebar_first is not None or src.sidebar_next is not None:
        right -= SIDEBAR_WIDTH + SIDEBAR_GAP
    return pymupdf.Rect(MARGIN_LEFT, top, right, PAGE.height - MARGIN_BOTTOM)


def _sidebar_rect(src: Source, pno: int) -> pymupdf.Rect:
    top = MARGIN_TOP
    if pno == 0 and _has_logo(src):
        top += LOGO_SPACE
    elif src.header is not None:
        top += RUNNING_HEADER_SPACE
    right = PAGE.width - MARGIN_RIGHT
    return pymupdf.Rect(right - SIDEBAR_WIDTH, top, right, PAGE.height - MARGIN_BOTTOM)


def _new_story(src: Source) -> pymupdf.Story:
    return pymupdf.Story(html=src.body, user_css=HOUSE_CSS + "\n" + src.css)


def _count_pages(src: Source) -> int:
    story = _new_story(src)
    pages = 0
    more = 1
    while more:
        more, _ = story.place(_body_rect(src, pages))
        story.draw(None)  # layout only; place() alone does not advance the story
        pages += 1
        if pages > 200:
            raise RuntimeError("runaway layout")
    return pages


def _draw_fragment(
    dev: pymupdf.Device, fragment: str, css: str, rect: pymupdf.Rect, extra_css: str
) -> None:
    # The fragment's own style (css) is repeated after the source CSS so that body-level rules in
    # the source (font size of the main text) do not leak into sidebars, headers and footers.
    story = pymupdf.Story(html=fragment, user_css=css + "\n" + extra_css + "\n" + css)
    story.place(rect)
    story.draw(dev)


def _fill(template: str, page: int, pages: int) -> str:
    return template.replace("{page}", str(page)).replace("{pages}", str(pages))


def render_pages(src: Source) -> bytes:
    """Lay out ``src`` and return the raw PDF bytes written by MuPDF's document writer."""
    total = _count_pages(src)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    story = _new_story(src)
    pno = 0
    more = 1
    while more:
        dev = writer.begin_page(PAGE)
        more, _ = story.place(_body_rect(src, pno))
        story.draw(dev)
        sidebar = src.sidebar_first if pno == 0 else src.sidebar_next
        if sidebar:
            _draw_fragment(dev, sidebar, SIDEBAR_CSS, _sidebar_rect(src, pno), src.css)
        if src.header and not (pno == 0 and _has_logo(src)):
            rect = pymupdf.Rect(MARGIN_LEFT, 30, PAGE.width - MARGIN_RIGHT, 30 + 24)
            _draw_fragment(dev, _fill(src.header, pno + 1, total), RUNNING_CSS, rect, src.css)
        if src.footer:
            y0 = PAGE.height - MARGIN_BOTTOM + 22
            rect = pymupdf.Rect(MARGIN_LEFT, y0, PAGE.width - MARGIN_RIGHT, y0 + 30)
            _draw_fragment(dev, _fill(src.footer, pno + 1, total), RUNNING_CSS, rect, src.css)
        writer.end_page()
        pno += 1
    writer.close()
    return buf.getvalue()


def _draw_logo(page: pymupdf.Page, kind: str) -> None:
    """Draw a simple vector mark (no text) at the top of the first page."""
    cx = PAGE.width / 2
    if kind == "rijkslint":
        # The Rijksoverheid "lint": a dark-blue vertical ribbon hanging from the top edge.
        blue = (0.08, 0.2, 0.44)
        page.draw_rect(pymupdf.Rect(cx - 18, 0, cx + 18, 92), color=None, fill=blue)
        page.draw_circle(pymupdf.Point(cx, 58), 9, color=(1, 1, 1), fill=None, width=1.2)
        page.draw_line(
            pymupdf.Point(cx - 5, 58), pymupdf.Point(cx + 5, 58), color=(1, 1, 1), width=1.2
        )
    elif kind == "gemeente":
        green = (0.0, 0.45, 0.35)
        page.draw_rect(pymupdf.Rect(MARGIN_LEFT, 40, MARGIN_LEFT + 44, 84), color=None, fill=green)
        page.draw_rect(
            pymupdf.Rect(MARGIN_LEFT + 10, 50, MARGIN_LEFT + 34, 74),
            color=(1, 1, 1),
            fill=None,
            width=1.5,
        )
    else:
        raise ValueError(f"unknown logo kind: {kind!r}")


_HEX = r"<([0-9a-fA-F]+)>"


def _parse_tounicode(data: str) -> dict[int, str] | None:
    """Parse a ToUnicode CMap into {code: text}; None when it contains things we don't handle."""
    mapping: dict[int, str] = {}

    def decode(hexstr: str) -> str:
        raw = bytes.fromhex(re.sub(r"\s", "", hexstr))
        return raw.decode("utf-16-be", errors="surrogatepass")

    try:
        return _collect(data, mapping, decode)
    except ValueError:  # a CMap we don't understand (e.g. emoji ranges): leave it alone
        return None


def _collect(
    data: str, mapping: dict[int, str], decode: Callable[[str], str]
) -> dict[int, str] | None:
    """The bfchar and bfrange entries of a ToUnicode CMap (see ``_parse_tounicode``)."""

    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, flags=re.S):
        for src_hex, dst_hex in re.findall(_HEX + r"\s*" + _HEX, block):
            mapping[int(src_hex, 16)] = decode(dst_hex)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, flags=re.S):
        for line in block.strip().splitlines():
            line = line.strip()
            if not line:
                continue
            m = re.fullmatch(_HEX + r"\s*" + _HEX + r"\s*" + _HEX, line)
            if m is None:
                return None  # array form; leave this CMap alone
            lo, hi, dst = int(m.group(1), 16), int(m.group(2), 16), m.group(3)
            base = decode(dst)
            if len(base) != 1:
                return None
            for i, code in enumerate(range(lo, hi + 1)):
                mapping[code] = chr(ord(base) + i)
    return mapping


def _write_tounicode(mapping: dict[int, str]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo <</Registry(Adobe)/Ordering(UCS)/Supplement 0>> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    items = sorted(mapping.items())
    for start in range(0, len(items), 100):
        chunk = items[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for code, text in chunk:
            lines.append(f"<{code:04X}> <{text.encode('utf-16-be').hex().upper()}>")
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end", ""]
    return "\n".join(lines).encode("ascii")


def fix_ligature_cmaps(doc: pymupdf.Document) -> int:
    """Map ligature glyphs to their component letters in every ToUnicode CMap. Returns count."""
    fixed = 0
    for xref in range(1, doc.xref_length()):
        if not doc.xref_is_stream(xref):
            continue
        raw = doc.xref_stream(xref)
        if raw is None or b"begincmap" not in raw or b"Adobe-Identity-UCS" not in raw:
            continue
        text = raw.decode("latin-1")
        mapping = _parse_tounicode(text)
        if mapping is None:
            continue
        changed = False
        for code, value in mapping.items():
            if len(value) == 1 and ord(value) in LIGATURES:
                mapping[code] = LIGATURES[ord(value)]
                changed = True
        if changed:
            doc.update_stream(xref, _write_tounicode(mapping))
            fixed += 1
    return fixed


def _pdf_date(day: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        raise ValueError(f"meta date must be YYYY-MM-DD, got {day!r}")
    return "D:" + day.replace("-", "") + "090000+01'00'"


def build_pdf(src: pathlib.Path, out: pathlib.Path) -> None:
    """Render one HTML source file to a PDF at ``out`` (byte-reproducible)."""
    source = parse_source(src.read_text(encoding="utf-8"))
    raw = render_pages(source)
    doc = pymupdf.open(stream=raw, filetype="pdf")
    try:
        if _has_logo(source):
            _draw_logo(doc[0], source.meta["logo"])
        fix_ligature_cmaps(doc)
        date = _pdf_date(source.meta.get("date", DEFAULT_DATE))
        doc.set_metadata(
            {
                "title": source.meta.get("title", src.stem),
                "author": source.meta.get("author", ""),
                "subject": source.meta.get("subject", ""),
                "keywords": source.meta.get("keywords", ""),
                "creator": source.meta.get("creator", "Microsoft Word"),
                "producer": "redactie samples/build.py",
                "creationDate": date,
                "modDate": date,
            }
        )
        doc.del_xml_metadata()
        out.parent.mkdir(parents=True, exist_ok=True)
        data = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    finally:
        doc.close()
    out.write_bytes(data)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=pathlib.Path, default=HERE / "src", help="source directory")
    parser.add_argument("--out", type=pathlib.Path, default=HERE, help="output directory")
    parser.add_argument("names", nargs="*", help="only these stems (default: all)")
    args = parser.parse_args(argv)
    sources = sorted(args.src.glob("*.html"))
    if args.names:
        sources = [s for s in sources if s.stem in set(args.names)]
    if not sources:
        print(f"no sources found in {args.src}", file=sys.stderr)
        return 1
    for src in sources:
        out = args.out / f"{src.stem}.pdf"
        build_pdf(src, out)
        print(f"{src.name} -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
