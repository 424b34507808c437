"""The gate: re-read a redacted file independently before it is published.

Three readers, each on its own:

* poppler's ``pdftotext`` (a different PDF parser than the one that redacted);
* PyMuPDF, both for the whole page and for the area of each box;
* pikepdf/qpdf for everything outside the page text: document information,
  XMP, annotations, form fields, embedded files, JavaScript, and every string
  object and non-content stream in the file.

For every redacted string, a reader may find it in the output at most as
often as it found it in the input outside redacted spans (the same name can
be kept deliberately elsewhere, e.g. a minister).  Anything more is a leak and
fails the document.  Problems are reported without the personal data itself.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
import pymupdf

from redactie.document import EXTRACT_FLAGS
from redactie.errors import VerificationError
from redactie.findings import Finding
from redactie.redact import PlacedBox
from redactie.woo import GROUNDS, ENTITY_LABELS_NL

_WS = re.compile(r"\s+")
# Soft hyphens and zero-width characters that could split a string invisibly.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_CODES = re.compile("|".join(re.escape(c) for c in GROUNDS))


@dataclass(frozen=True)
class Problem:
    """One verification failure, described without personal data."""

    reader: str
    page: int | None  # 1-based, None for the whole file
    entity_type: str
    message: str

    def as_text(self) -> str:
        where = f"pagina {self.page}: " if self.page else ""
        return f"{where}{self.message} (gelezen met {self.reader})"


@dataclass(frozen=True)
class VerificationResult:
    ok: bool
    problems: tuple[Problem, ...] = field(default=())
    readers: tuple[str, ...] = field(default=())

    def raise_for_problems(self, name: str) -> None:
        if not self.ok:
            msg = "; ".join(p.as_text() for p in self.problems[:5])
            raise VerificationError(f"controle na het lakken mislukt: {msg}", path=name)


def normalise(text: str) -> str:
    return _WS.sub(" ", _INVISIBLE.sub("", text)).strip()


def _pattern(s: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in normalise(s).split(" ")]
    return re.compile(r"(?<!\w)" + r"\s*".join(parts) + r"(?!\w)")


def count(text: str, s: str) -> int:
    return len(_pattern(s).findall(text))


def pdftotext_available() -> bool:
    return shutil.which("pdftotext") is not None


def pdftotext_pages(path: Path) -> list[str]:
    """Text per page as poppler reads it."""
    exe = shutil.which("pdftotext")
    if exe is None:
        raise VerificationError("pdftotext (poppler-utils) is niet geïnstalleerd")
    proc = subprocess.run(
        [exe, "-q", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=False,
        timeout=600,
    )
    if proc.returncode != 0:
        raise VerificationError(
            f"pdftotext kan het bestand niet lezen (code {proc.returncode})", path=path.name
        )
    pages = proc.stdout.decode("utf-8", errors="replace").split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return [normalise(p) for p in pages]


def pymupdf_pages(path: Path) -> list[str]:
    with pymupdf.open(path) as doc:
        return [normalise(p.get_text("text", flags=EXTRACT_FLAGS)) for p in doc]


def _text_problems(
    reader: str,
    before: list[str],
    after: list[str],
    redacted: list[Finding],
) -> list[Problem]:
    problems: list[Problem] = []
    if len(before) != len(after):
        return [Problem(reader, None, "", "het aantal pagina's is veranderd")]
    # Redacted strings per page, and how often each occurs inside redacted spans.
    by_page: dict[int, list[Finding]] = {}
    for f in redacted:
        by_page.setdefault(f.page, []).append(f)
    all_strings = {normalise(f.text): f.entity_type for f in redacted if normalise(f.text)}
    whole_before = "\n".join(before)
    whole_after = "\n".join(after)
    # Whole-document count: a string may move between pages in one reader.
    for s, entity in all_strings.items():
        inside = sum(count(normalise(f.text), s) for f in redacted)
        allowed = max(0, count(whole_before, s) - inside)
        found = count(whole_after, s)
        if found > allowed:
            pages = [i + 1 for i, t in enumerate(after) if count(t, s)]
            problems.append(
                Problem(
                    reader,
                    pages[0] if pages else None,
                    entity,
                    f"een gelakt gegeven ({ENTITY_LABELS_NL.get(entity, entity)}) is nog leesbaar",
                )
            )
    return problems


def _box_problems(path: Path, boxes: tuple[PlacedBox, ...]) -> list[Problem]:
    """No text may remain inside a redaction box except the ground code."""
    problems: list[Problem] = []
    with pymupdf.open(path) as doc:
        for b in boxes:
            page = doc[b.page]
            rect = pymupdf.Rect(b.rect)
            if page.rotation:
                rect = rect * page.rotation_matrix
            if rect.is_empty:
                continue
            left = _CODES.sub("", _chars_centred_in(page, rect))
            if left.strip():
                problems.append(
                    Problem("PyMuPDF", b.page + 1, "", "onder een zwart vlak staat nog tekst")
                )
    return problems


def _chars_centred_in(page: pymupdf.Page, rect: pymupdf.Rect) -> str:
    """The characters whose centre lies inside ``rect`` (neighbours only touching it are not)."""
    raw = page.get_text("rawdict", clip=rect, flags=EXTRACT_FLAGS)
    out: list[str] = []
    for block in raw.get("blocks", []):
        for line in block.get("lines", []):
            for span in line.get("spans", []):
                for ch in span.get("chars", []):
                    x0, y0, x1, y1 = ch["bbox"]
                    if rect.contains(pymupdf.Point((x0 + x1) / 2, (y0 + y1) / 2)):
                        out.append(ch["c"])
    return "".join(out)


def _structure_problems(path: Path, strings: set[str]) -> list[Problem]:
    """What pikepdf sees outside the page content."""
    problems: list[Problem] = []
    try:
        pdf = pikepdf.open(path)
    except Exception:
        return [Problem("pikepdf", None, "", "het gelakte bestand is geen geldige PDF")]
    with pdf:
        root = pdf.Root
        if "/Metadata" in root:
            problems.append(Problem("pikepdf", None, "", "XMP-metadata is niet verwijderd"))
        info = pdf.trailer.get("/Info")
        if info is not None:
            for key, value in info.items():
                if key not in ("/Producer", "/Creator") and str(value).strip():
                    problems.append(Problem("pikepdf", None, "", f"metadata {key} is niet leeg"))
        names = root.get("/Names")
        if names is not None and ("/EmbeddedFiles" in names or "/JavaScript" in names):
            problems.append(Problem("pikepdf", None, "", "bijlagen of JavaScript niet verwijderd"))
        if "/OpenAction" in root and "/JS" in str(root.get("/OpenAction")):
            problems.append(Problem("pikepdf", None, "", "JavaScript niet verwijderd"))
        for i, page in enumerate(pdf.pages):
            if "/Annots" in page.obj and len(page.obj.Annots) > 0:
                problems.append(Problem("pikepdf", i + 1, "", "annotaties niet verwijderd"))
        patterns = [_pattern(s) for s in strings if len(s) >= 3]
        if patterns:
            problems.extend(_object_problems(pdf, patterns))
    return problems


def _object_problems(pdf: pikepdf.Pdf, patterns: list[re.Pattern[str]]) -> list[Problem]:
    """Redacted strings in any string object or non-page stream of the file."""
    page_contents: set[tuple[int, int]] = set()
    for page in pdf.pages:
        contents = page.obj.get("/Contents")
        items = contents if isinstance(contents, pikepdf.Array) else [contents]
        for c in items:
            if c is not None and c.is_indirect:
                page_contents.add(c.objgen)
    texts: list[str] = []
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream):
            if obj.objgen in page_contents:
                continue
            subtype = obj.get("/Subtype")
            if subtype in ("/Image", "/Form") or obj.get("/Type") == "/XObject":
                continue
            try:
                data = obj.read_bytes()
            except Exception:
                continue
            texts.append(data.decode("latin-1"))
            texts.append(data.decode("utf-8", errors="ignore"))
        elif isinstance(obj, pikepdf.Dictionary | pikepdf.Array):
            texts.extend(str(v) for v in _strings_in(obj))
    blob = normalise("\n".join(texts))
    if any(p.search(blob) for p in patterns):
        return [Problem("pikepdf", None, "", "een gelakt gegeven staat nog in de bestandsstructuur")]
    return []


def _direct(v: object) -> bool:
    return isinstance(v, pikepdf.Object) and not v.is_indirect


def _strings_in(obj: pikepdf.Object) -> list[pikepdf.String]:
    found: list[pikepdf.String] = []
    stack = [obj]
    while stack:
        o = stack.pop()
        if isinstance(o, pikepdf.String):
            found.append(o)
        elif isinstance(o, pikepdf.Dictionary):
            stack.extend(v for v in o.values() if _direct(v))
        elif isinstance(o, pikepdf.Array):
            stack.extend(v for v in o if _direct(v))
    return found


def verify(
    source: Path,
    output: Path,
    redacted: list[Finding],
    boxes: tuple[PlacedBox, ...],
) -> VerificationResult:
    """Check ``output`` (redacted from ``source``) with independent readers."""
    problems: list[Problem] = []
    readers: list[str] = []
    before_mu = pymupdf_pages(source)
    after_mu = pymupdf_pages(output)
    readers.append("PyMuPDF")
    problems.extend(_text_problems("PyMuPDF", before_mu, after_mu, redacted))
    before_pt = pdftotext_pages(source)
    after_pt = pdftotext_pages(output)
    readers.append("pdftotext")
    problems.extend(_text_problems("pdftotext", before_pt, after_pt, redacted))
    problems.extend(_box_problems(output, boxes))
    strings = {normalise(f.text) for f in redacted}
    # Strings that also occur outside redacted spans in the input may legitimately stay.
    counts = Counter(normalise(f.text) for f in redacted)
    structural = {s for s in strings if count("\n".join(before_pt), s) <= counts[s]}
    problems.extend(_structure_problems(output, structural))
    readers.append("pikepdf")
    return VerificationResult(ok=not problems, problems=tuple(problems), readers=tuple(readers))
