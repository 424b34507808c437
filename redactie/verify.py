"""The gate: re-read a redacted file independently before it is published.

Three readers, each on its own:

* poppler's ``pdftotext`` (a different PDF parser than the one that redacted);
* PyMuPDF, both for the whole page and for the area of each box;
* pikepdf/qpdf for everything outside the page text: document information,
  XMP, annotations, form fields, bookmarks, layers, embedded files,
  JavaScript, and every string object and non-content stream in the file; and
  for the page content itself, the strings shown by the text operators of
  every page and form (this reader also sees text outside the page box and
  on hidden layers, which poppler skips);
* pixels: every page with a box over an image is rendered before and after,
  and no ink of a redacted word may remain visible outside the black boxes
  (see :func:`pixel_problems`);
* Tesseract, for the images of text on pages with a text layer whose OCR
  words were part of the detection: the same image regions of the output are
  OCRed again.

For every redacted string, a reader may find it in the output at most as
often as it found it in the input outside redacted spans (the same name can
be kept deliberately elsewhere, e.g. a minister).  Anything more is a leak and
fails the document.  Problems are reported without the personal data itself.
"""

from __future__ import annotations

import bisect
import functools
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pikepdf
import pymupdf

from redactie.document import (
    EVERYWHERE,
    EXTRACT_FLAGS,
    Box,
    Page,
    input_pdftotext_pages,
    input_pymupdf_pages,
    read_image_again,
    run_pdftotext,
    tesseract_available,
)
from redactie.errors import VerificationError
from redactie.findings import Action, Finding
from redactie.ink import (
    INK,
    VERIFY_DPI,
    cut_edges,
    erode,
    ink_dpi,
    known_image_rects,
    pixel_cell,
    pixel_sides,
    render_gray,
    word_ink,
)
from redactie.redact import (
    CATALOG_KEEP,
    JPEG_METADATA_MARKERS,
    PAGE_KEEP,
    PlacedBox,
    jpeg_segments,
)
from redactie.resolve import spaced_mentions
from redactie.spacing import PageGaps
from redactie.woo import ENTITY_LABELS_NL, GROUNDS

_WS = re.compile(r"\s+")
# Soft hyphens and zero-width characters that could split a string invisibly.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_CODES = re.compile("|".join(re.escape(c) for c in GROUNDS))
PDFTOTEXT_TIMEOUT = 900  # seconds, for the largest documents
# The pixel check (see redactie/ink.py for its resolution): a drawn box is
# darker than BLACK.
BLACK = 80
SAME = 24  # grey levels within which an output pixel is the original's
UNCHANGED = 0.2  # share of a word's ink under a box that may match the original


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
    """Compare text as read: compatibility forms folded (ligature "ﬁ" is "fi"),
    invisible characters dropped, whitespace collapsed."""
    if len(text) <= _SHORT:
        return _normalise_short(text)  # a finding's text: the same ones again and again
    return _normalise(text)


_SHORT = 200


def _normalise(text: str) -> str:
    return _WS.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))).strip()


_normalise_short = functools.lru_cache(maxsize=16_384)(_normalise)


def _parts(s: str) -> list[str]:
    """The escaped parts of a string, with every hyphen optional and open to a line
    break after it: readers de-hyphenate a line end ("Blankers-\nKoen" is read as
    "BlankersKoen" by pdftotext) or keep the hyphen, and every form is the string."""
    return [re.escape(p).replace(r"\-", r"-?\s*") for p in normalise(s).split(" ")]


@functools.lru_cache(maxsize=8192)
def _pattern(s: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s*".join(_parts(s)) + r"(?!\w)")


def count(text: str, s: str) -> int:
    return len(_pattern(s).findall(text))


@functools.lru_cache(maxsize=8192)
def _loose_pattern(s: str) -> re.Pattern[str]:
    # Whitespace or a hyphen between any two characters: letter-spaced or
    # character-by-character text, and every hyphenation, is the string.
    key = _nospace(normalise(s))
    if not key:
        return re.compile(r"(?!)")  # nothing to find
    return re.compile(r"[\s\-]*".join(re.escape(c) for c in key))


def count_loose(text: str, s: str) -> int:
    """Occurrences also inside longer words (a string glued to garbage still
    counts), with whitespace allowed between any two characters (letter-spaced
    or character-by-character text extracts as ``H end rik je``)."""
    return len(_loose_pattern(s).findall(text))


def _nospace(text: str) -> str:
    """The comparison key: without whitespace and hyphens (see :func:`_parts`)."""
    return _KEY_DROP.sub("", text)


_KEY_DROP = re.compile(r"[\s\-]+")


_KEY = 24  # longest prefix a string is looked up by (see _Finder)


class _Finder:
    """Where many whitespace-free strings (three characters or more) occur in a
    whitespace-free text, in one pass over the text.

    Strings are grouped by their first three characters and then by their first
    (up to) ``_KEY`` characters, so a position is compared only with the strings
    that share that longer prefix: linear in the text even when thousands of
    strings share a short prefix (``06-1234...``).
    """

    def __init__(self, keys: Iterable[str]) -> None:
        self._by3: dict[str, dict[int, dict[str, list[str]]]] = {}
        for k in sorted(set(keys)):
            if len(k) < 3:
                continue
            n = min(len(k), _KEY)
            by_len = self._by3.setdefault(k[:3], {})
            by_len.setdefault(n, {}).setdefault(k[:n], []).append(k)
        self._starts = _starts_pattern(self._by3)

    def scan(self, ns: str) -> Iterator[tuple[int, str]]:
        """Every (position, string) with ``ns.startswith(string, position)``, in order."""
        by3 = self._by3
        if not by3:
            return
        # Only the positions where some string's first three characters stand
        # (found by the regular expression engine) are looked at further.
        for m in self._starts.finditer(ns):
            i = m.start()
            by_len = by3[ns[i : i + 3]]
            for n, groups in by_len.items():
                group = groups.get(ns[i : i + n])
                if group:
                    for k in group:
                        if ns.startswith(k, i):
                            yield i, k


def _starts_pattern(prefixes: Iterable[str]) -> re.Pattern[str]:
    """A pattern that matches (empty, looking ahead) wherever one of ``prefixes``
    (three characters each) begins; written as a tree of their characters."""
    tree: dict[str, dict[str, set[str]]] = {}
    for p in prefixes:
        tree.setdefault(p[0], {}).setdefault(p[1], set()).add(p[2])

    def chars(cs: Iterable[str]) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(cs)) + "]"

    branches = [
        re.escape(a)
        + "(?:"
        + "|".join(re.escape(b) + chars(cs) for b, cs in sorted(sub.items()))
        + ")"
        for a, sub in sorted(tree.items())
    ]
    return re.compile("(?=(?:" + "|".join(branches) + "))" if branches else "(?!)")


class StringIndex:
    """Which of many redacted strings can occur in a text, found in one pass.

    Every check above allows whitespace between the parts of a string, so a
    string can only occur where its whitespace-free form is a substring of the
    whitespace-free text.  An index on the strings' prefixes finds those
    candidates in time linear in the text, instead of one regular expression
    per string over the whole text (quadratic for long documents with many
    redactions).  Strings shorter than three characters are always candidates.
    """

    def __init__(self, strings: Iterable[str]) -> None:
        self.strings = sorted({s for s in strings if s})
        self._short = [s for s in self.strings if len(_nospace(s)) < 3]
        self._by_key: dict[str, list[str]] = {}
        for st in self.strings:
            ns = _nospace(st)
            if len(ns) >= 3:
                self._by_key.setdefault(ns, []).append(st)
        self._finder = _Finder(self._by_key)

    def candidates(self, text: str) -> list[str]:
        ns = _nospace(text)
        found: set[str] = set(self._short)
        seen: set[str] = set()
        for _i, k in self._finder.scan(ns):
            if k not in seen:
                seen.add(k)
                found.update(self._by_key[k])
        return sorted(found)

    def search(self, text: str) -> bool:
        """Whether any string occurs in ``text`` as a whole word."""
        return any(_pattern(c).search(text) for c in self.candidates(text))


class TextIndex:
    """:func:`count` and :func:`count_loose` of many strings in one long text.

    A match of either pattern, with its whitespace removed, is the string's
    whitespace-free form, so it can only start where that form occurs in the
    whitespace-free text.  The occurrences of all ``strings`` are found in one
    pass (:class:`_Finder`); a count then tries the pattern only at those
    positions, left to right and not overlapping, which is what ``findall``
    does.  Strings not indexed (shorter than three characters) fall back to
    ``findall`` over the whole text.
    """

    def __init__(self, text: str, strings: Iterable[str]) -> None:
        self.text = text
        # the characters _KEY_DROP keeps (\s is str.isspace), and the text of them
        self._orig = [i for i, c in enumerate(text) if c != "-" and not c.isspace()]
        ns = _nospace(text)
        keys = {_nospace(normalise(s)) for s in strings}
        self._keys = {k for k in keys if len(k) >= 3}
        self._at: dict[str, list[int]] = {k: [] for k in self._keys}
        for j, k in _Finder(self._keys).scan(ns):
            self._at[k].append(self._orig[j])

    def _count(self, pattern: re.Pattern[str], s: str) -> int:
        k = _nospace(normalise(s))
        if k not in self._keys:
            return len(pattern.findall(self.text))
        n = 0
        last = 0
        for p in self._at[k]:
            if p < last:
                continue
            m = pattern.match(self.text, p)
            if m:
                n += 1
                last = m.end()
        return n

    def count(self, s: str) -> int:
        return self._count(_pattern(s), s)

    def count_loose(self, s: str) -> int:
        return self._count(_loose_pattern(s), s)


@dataclass
class Unkept:
    """Letter-spaced mentions of one redacted string in the input that no
    decision covers (see :func:`unkept_spaced`)."""

    entity_type: str
    loose: int = 0  # all of them (what count_loose counts)
    strict: int = 0  # those the string's own pattern also reads (what count counts)


def unkept_spaced(pages: Sequence[Page], findings: Sequence[Finding]) -> dict[str, Unkept]:
    """The letter-spaced mentions of redacted strings in the input that neither a
    redaction nor a KEEP decision covers, per string (normalised).

    Readers count a string with whitespace between any two characters, so
    every letter-spaced or character-by-character occurrence (``J a n s s e n``,
    ``H end rik je``) of a redacted string is one of "its occurrences in the
    input".  Such an occurrence is kept on purpose only where a KEEP decision
    covers it: otherwise it does not count as kept, and its survival in the
    output fails the document.  The mentions are those the resolver looks for
    (:func:`redactie.resolve.spaced_mentions`: the redacted strings as they
    read, and a redacted person's surname, also a short one standing as a word);
    a surname that is no redacted string itself is checked as one from here on.
    ``findings``: all findings of the document, redactions and decisions to keep.
    """
    redacted = [f for f in findings if f.action is Action.REDACT]
    mentions = spaced_mentions(redacted, PageGaps(pages)) if redacted else []
    if not mentions:
        return {}
    covered: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        covered.setdefault(f.page, []).append((f.start, f.end))
    by_key: dict[str, set[str]] = {}
    for f in redacted:
        s = normalise(f.text)
        by_key.setdefault(_nospace(s), set()).add(s)
    out: dict[str, Unkept] = {}
    last: dict[tuple[int, str], int] = {}  # counted like findall: not overlapping
    for m in sorted(mentions, key=lambda m: (m.page, m.start, -m.end)):
        text = pages[m.page].text
        if not any(c.isspace() for c in text[m.start : m.end]):
            continue  # written as one word: counted as readers always did
        spans = covered.get(m.page, ())
        if all(
            c.isspace() or any(a <= i < b for a, b in spans)
            for i, c in enumerate(text[m.start : m.end], start=m.start)
        ):
            continue  # redacted, or kept on purpose
        key = _nospace(m.key)
        if m.start < last.get((m.page, key), -1):
            continue
        last[(m.page, key)] = m.end
        read = normalise(text[m.start : m.end])
        for s in by_key.get(key) or {m.key}:
            u = out.setdefault(s, Unkept(m.finding.entity_type))
            u.loose += 1
            if _pattern(s).fullmatch(read):
                u.strict += 1
    return out


def pdftotext_available() -> bool:
    return shutil.which("pdftotext") is not None


def pdftotext_pages(path: Path, what: str = "het bestand") -> list[str]:
    """Text per page as poppler reads it (``what``: the file, in the error message)."""
    exe = shutil.which("pdftotext")
    if exe is None:
        raise VerificationError("pdftotext (poppler-utils) is niet geïnstalleerd")
    try:
        code, pages = run_pdftotext(exe, path, PDFTOTEXT_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise VerificationError(
            f"de controlelezer pdftotext kon {what} niet binnen de tijd lezen", path=path.name
        ) from exc
    if code != 0:
        raise VerificationError(
            f"de controlelezer pdftotext kan {what} niet lezen (code {code}); "
            "de PDF is waarschijnlijk beschadigd",
            path=path.name,
        )
    return [normalise(p) for p in pages]


def pymupdf_pages(path: Path) -> list[str]:
    """Text per page as PyMuPDF reads it, including glyphs outside the page box."""
    return pymupdf_reading(path)[0]


Glyphs = list[tuple[str, tuple[float, float]]]


def pymupdf_reading(
    path: Path, glyph_pages: Iterable[int] = ()
) -> tuple[list[str], dict[int, Glyphs]]:
    """Text per page as PyMuPDF reads it (see :func:`pymupdf_pages`), and the glyphs
    with their centres of the pages in ``glyph_pages`` (see :func:`_glyph_centres`).

    Each page is read once: its text and its glyphs come from the same text page.
    """
    wanted = set(glyph_pages)
    texts: list[str] = []
    glyphs: dict[int, Glyphs] = {}
    with pymupdf.open(path) as doc:
        for i in range(doc.page_count):
            page = doc[i]
            textpage = page.get_textpage(clip=EVERYWHERE, flags=EXTRACT_FLAGS)  # unrotated
            texts.append(normalise(page.get_text("text", textpage=textpage)))
            if i in wanted:
                glyphs[i] = _glyph_centres(page.get_text("rawdict", textpage=textpage))
    return texts, glyphs


def _ours_index(ours: Sequence[str] | None, redacted: list[Finding]) -> TextIndex | None:
    """The detectors' page texts as one normalised text, indexed for every redacted
    string: built once for both readers' comparisons and the structure check."""
    if ours is None:
        return None
    return TextIndex(normalise("\n".join(ours)), {normalise(f.text) for f in redacted})


def _text_problems(
    reader: str,
    before: list[str],
    after: list[str],
    redacted: list[Finding],
    index_ours: TextIndex | None = None,
    unkept: Mapping[str, Unkept] | None = None,
) -> list[Problem]:
    """``index_ours``: the detectors' text (see :func:`_ours_index`), when known.
    ``unkept``: letter-spaced occurrences in the input that count as no kept
    occurrence (see :func:`unkept_spaced`)."""
    problems: list[Problem] = []
    if len(before) != len(after):
        return [Problem(reader, None, "", "het aantal pagina's is veranderd")]
    all_strings = {normalise(f.text): f.entity_type for f in redacted if normalise(f.text)}
    unkept = unkept or {}
    for s, u in unkept.items():
        all_strings.setdefault(s, u.entity_type)
    whole_before = "\n".join(before)
    whole_after = "\n".join(after)
    # Whole-document count: a string may move between pages in one reader.
    # Counted twice: as a whole word, and also inside longer words (glued to
    # other characters); either count may not grow.
    # Distinct redacted texts with how often each was redacted.
    spans = Counter(normalise(f.text) for f in redacted)
    spans_ns = {t: _nospace(t) for t in spans}
    # A string absent from the output cannot have leaked: check only the rest.
    present = StringIndex(all_strings).candidates(whole_after)
    # Which redacted spans hold each present string (one pass over each span).
    holders_of: dict[str, list[str]] = {}
    finder = _Finder(_nospace(s) for s in present)
    for t in spans:
        for k in {k for _i, k in finder.scan(spans_ns[t])}:
            holders_of.setdefault(k, []).append(t)
    index_before = TextIndex(whole_before, present)
    index_after = TextIndex(whole_after, present)
    for s in present:
        entity = all_strings[s]
        s_ns = _nospace(s)
        if len(s_ns) >= 3:
            holders = [(t, spans[t]) for t in holders_of.get(s_ns, [])]
        else:
            holders = [(t, n) for t, n in spans.items() if s_ns in spans_ns[t]]
        leaked = False
        for counter, loose in ((count, False), (count_loose, True)):
            inside = sum(n * counter(t, s) for t, n in holders)
            # Occurrences kept on purpose are ones the detectors saw outside a
            # redacted span: an occurrence only this reader saw is not allowed.
            kept = index_before.count_loose(s) if loose else index_before.count(s)
            if index_ours is not None:
                kept = min(kept, index_ours.count_loose(s) if loose else index_ours.count(s))
            spaced = unkept.get(s)
            if spaced is not None:  # letter-spaced, no decision kept it: no allowance
                kept -= spaced.loose if loose else spaced.strict
            seen = index_after.count_loose(s) if loose else index_after.count(s)
            if seen > max(0, kept - inside):
                leaked = True
        if leaked:
            pages = [i + 1 for i, t in enumerate(after) if count_loose(t, s)]
            problems.append(
                Problem(
                    reader,
                    pages[0] if pages else None,
                    entity,
                    f"een gelakt gegeven ({ENTITY_LABELS_NL.get(entity, entity)}) is nog leesbaar",
                )
            )
    return problems


def _box_problems(glyphs_by_page: dict[int, Glyphs], boxes: tuple[PlacedBox, ...]) -> list[Problem]:
    """No text may remain inside a redaction box except the ground code.

    ``glyphs_by_page``: the output's glyphs of every page with a box
    (:func:`pymupdf_reading`); each page's are tested against all of its boxes.
    """
    problems: list[Problem] = []
    by_page: dict[int, list[pymupdf.Rect]] = {}
    for b in boxes:
        rect = pymupdf.Rect(b.rect)  # unrotated, as extraction and redaction use
        if not rect.is_empty:
            by_page.setdefault(b.page, []).append(rect)
    for number, rects in sorted(by_page.items()):
        if number not in glyphs_by_page:
            problems.append(Problem("PyMuPDF", None, "", "het aantal pagina's is veranderd"))
            break
        glyphs = glyphs_by_page[number]
        # Glyph indexes by the height of their centre: a box looks only at
        # the glyphs of its own lines, then takes them in reading order.
        by_y = sorted(range(len(glyphs)), key=lambda k: glyphs[k][1][1])
        ys = [glyphs[k][1][1] for k in by_y]
        for r in rects:
            x0, y0, x1, y1 = r.x0, r.y0, r.x1, r.y1
            rows = by_y[bisect.bisect_left(ys, y0) : bisect.bisect_right(ys, y1)]
            left = "".join(glyphs[k][0] for k in sorted(rows) if x0 <= glyphs[k][1][0] <= x1)
            if _CODES.sub("", left).strip():
                problems.append(
                    Problem("PyMuPDF", number + 1, "", "onder een zwart vlak staat nog tekst")
                )
    return problems


def _glyph_centres(raw: dict[str, Any]) -> Glyphs:
    """Every glyph of a page's ``rawdict`` with the centre of its box (a neighbour
    that only touches a box does not count as inside it)."""
    out: Glyphs = []
    for block in raw.get("blocks", []):
        for line in block.get("lines", []):
            for span in line.get("spans", []):
                for ch in span.get("chars", []):
                    x0, y0, x1, y1 = ch["bbox"]
                    out.append((ch["c"], ((x0 + x1) / 2, (y0 + y1) / 2)))
    return out


def _structure_problems(path: Path, strings: set[str]) -> list[Problem]:
    """What pikepdf sees: the file structure, and the strings of the page content."""
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
        if isinstance(info, pikepdf.Dictionary):
            for key, value in info.items():
                if key not in ("/Producer", "/Creator") and str(value).strip():
                    problems.append(Problem("pikepdf", None, "", f"metadata {key} is niet leeg"))
        names = root.get("/Names")
        if isinstance(names, pikepdf.Dictionary) and (
            "/EmbeddedFiles" in names or "/JavaScript" in names
        ):
            problems.append(Problem("pikepdf", None, "", "bijlagen of JavaScript niet verwijderd"))
        if "/OpenAction" in root and "/JS" in str(root.get("/OpenAction")):
            problems.append(Problem("pikepdf", None, "", "JavaScript niet verwijderd"))
        outlines = root.get("/Outlines")
        if isinstance(outlines, pikepdf.Dictionary) and "/First" in outlines:
            problems.append(Problem("pikepdf", None, "", "bladwijzers niet verwijderd"))
        form = root.get("/AcroForm")
        if isinstance(form, pikepdf.Dictionary) and len(form.get("/Fields", [])) > 0:
            problems.append(Problem("pikepdf", None, "", "formuliervelden niet verwijderd"))
        if "/OCProperties" in root:
            problems.append(Problem("pikepdf", None, "", "lagen (optionele inhoud) gebleven"))
        for i, page in enumerate(pdf.pages):
            if "/Annots" in page.obj and len(page.obj.Annots) > 0:
                problems.append(Problem("pikepdf", i + 1, "", "annotaties niet verwijderd"))
        problems.extend(_whitelist_problems(pdf))
        problems.extend(active_content(pdf))
        index = StringIndex(s for s in strings if len(s) >= 3)
        if index.strings:
            problems.extend(_object_problems(pdf, index))
            problems.extend(_content_problems(pdf, index))
    return problems


TRAILER_KEEP = frozenset({"Size", "Root", "Info", "ID"})


def _whitelist_problems(pdf: pikepdf.Pdf) -> list[Problem]:
    """Catalog, pages and trailer hold only what is needed to show the pages."""
    problems: list[Problem] = []
    odd = "onbekende gegevens in de bestandsstructuur"
    if any(str(k)[1:] not in CATALOG_KEEP for k in pdf.Root):
        problems.append(Problem("pikepdf", None, "", f"{odd} (catalogus)"))
    if any(str(k)[1:] not in TRAILER_KEEP for k in pdf.trailer):
        problems.append(Problem("pikepdf", None, "", f"{odd} (trailer)"))
    for i, page in enumerate(pdf.pages):
        if any(str(k)[1:] not in PAGE_KEEP for k in page.obj):
            problems.append(Problem("pikepdf", i + 1, "", f"{odd} (pagina)"))
    return problems


def active_content(pdf: pikepdf.Pdf) -> list[Problem]:
    """JavaScript, embedded files or photo metadata anywhere in the file."""
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            continue
        if isinstance(obj, pikepdf.Stream):
            raw = obj.read_raw_bytes()
            if raw.startswith(b"\xff\xd8\xff"):  # a JPEG, whatever its dictionary says
                segments = jpeg_segments(raw)
                if segments is None or any(m in JPEG_METADATA_MARKERS for m, _, _ in segments):
                    return [
                        Problem("pikepdf", None, "", "een foto bevat nog fotogegevens (Exif/XMP)")
                    ]
        if obj.get("/S") == "/JavaScript" or "/JS" in obj:
            return [Problem("pikepdf", None, "", "JavaScript niet verwijderd")]
        if obj.get("/Type") in ("/EmbeddedFile", "/Filespec") or "/EF" in obj:
            return [Problem("pikepdf", None, "", "bijlagen niet verwijderd")]
    return []


def _font_streams(pdf: pikepdf.Pdf) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """The fonts' programs (``/FontFile``, ``/FontFile2``, ``/FontFile3`` of a font
    descriptor) and the streams that fonts name as their ``/ToUnicode`` map, in one
    walk over the file's objects."""
    files: set[tuple[int, int]] = set()
    maps: set[tuple[int, int]] = set()
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary):
            continue
        if obj.get("/Type") == "/FontDescriptor":
            for key in ("/FontFile", "/FontFile2", "/FontFile3"):
                ff = obj.get(key)
                if ff is not None and ff.is_indirect:
                    files.add(ff.objgen)
        cmap = obj.get("/ToUnicode")
        if cmap is not None and cmap.is_indirect:
            maps.add(cmap.objgen)
    return files, maps


_HEX_CODE = re.compile(rb"<[0-9A-Fa-f \t\r\n]*>")


def _object_problems(pdf: pikepdf.Pdf, index: StringIndex) -> list[Problem]:
    """Redacted strings in any string object or non-page stream of the file.

    Each object is searched on its own, so memory stays bounded by the
    largest object; images and font programs are skipped.
    """
    page_contents: set[tuple[int, int]] = set()
    for page in pdf.pages:
        contents = page.obj.get("/Contents")
        items = contents if isinstance(contents, pikepdf.Array) else [contents]
        for c in items:
            if c is not None and c.is_indirect:
                page_contents.add(c.objgen)
    font_files, cmaps = _font_streams(pdf)
    skip = page_contents | font_files
    leak = Problem("pikepdf", None, "", "een gelakt gegeven staat nog in de bestandsstructuur")
    for obj in pdf.objects:
        texts: list[str] = []
        if isinstance(obj, pikepdf.Stream):
            if obj.objgen in skip:
                continue
            subtype = obj.get("/Subtype")
            if subtype in ("/Image", "/Form") or obj.get("/Type") == "/XObject":
                continue
            try:
                data = obj.read_bytes()
            except Exception:
                continue
            if obj.objgen in cmaps:
                # a font's map from codes to characters: its hex codes ("<2033>") are
                # no text; whatever else it holds is searched
                data = _HEX_CODE.sub(b" ", data)
            texts.append(data.decode("latin-1"))
            texts.append(data.decode("utf-8", errors="ignore"))
            texts.extend(str(v) for v in _strings_in(obj.stream_dict))
        elif isinstance(obj, pikepdf.Dictionary | pikepdf.Array):
            texts.extend(str(v) for v in _strings_in(obj))
        if texts:
            blob = normalise("\n".join(texts))
            if index.search(blob):
                return [leak]
    return []


# Text-showing operators; for each, where its string operand(s) stand.
_SHOW_OPS = {"Tj", "'", '"', "TJ"}


def _shown_strings(operands: list[object], operator: str) -> list[bytes]:
    if operator == "TJ" and operands and isinstance(operands[0], pikepdf.Array):
        out: list[bytes] = []
        for item in operands[0]:
            if isinstance(item, pikepdf.String):
                out.append(bytes(item))
            elif isinstance(item, int | float | pikepdf.Object):
                try:
                    if float(item) <= -200:  # a large backwards kern is a word space
                        out.append(b" ")
                except (TypeError, ValueError):
                    pass
        return out
    if operands and isinstance(operands[-1], pikepdf.String):
        return [bytes(operands[-1])]
    return []


def _content_text(pdf: pikepdf.Pdf, owner: pikepdf.Object, seen: set[tuple[int, int]]) -> list[str]:
    """The strings the text operators of a page or form show (simple fonts read as Latin-1)."""
    parts: list[str] = []
    try:
        instructions = pikepdf.parse_content_stream(owner)
    except Exception:
        return parts
    for ins in instructions:
        if not isinstance(ins, pikepdf.ContentStreamInstruction):
            continue  # inline image
        name = str(ins.operator)
        if name in _SHOW_OPS:
            shown = _shown_strings(list(ins.operands), name)
            parts.append(b"".join(shown).decode("latin-1"))
        elif name == "ET":
            parts.append("\n")
    resources = owner.get("/Resources")
    xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
    if isinstance(xobjects, pikepdf.Dictionary):
        for _key, xobj in xobjects.items():
            if (
                isinstance(xobj, pikepdf.Stream)
                and xobj.get("/Subtype") == "/Form"
                and xobj.objgen not in seen
            ):
                seen.add(xobj.objgen)
                parts.append("\n")
                parts.extend(_content_text(pdf, xobj, seen))
    return parts


def _content_problems(pdf: pikepdf.Pdf, index: StringIndex) -> list[Problem]:
    """Redacted strings shown by the page content, read straight from the operators.

    An independent reader of the page content: it needs no layout, so it also
    sees text outside the page box, under other content or on a hidden
    layer.  It can only read fonts with a one-byte, Latin-like encoding.
    """
    problems: list[Problem] = []
    seen: set[tuple[int, int]] = set()
    for i, page in enumerate(pdf.pages):
        text = normalise("".join(_content_text(pdf, page.obj, seen)))
        if index.search(text):
            problems.append(
                Problem("pikepdf", i + 1, "", "een gelakt gegeven staat nog in de pagina-inhoud")
            )
    return problems


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


def _image_problems(output: Path, redacted: list[Finding], images: Sequence[Page]) -> list[Problem]:
    """OCR the image regions of the output whose words the detectors saw in the input.

    For every redacted string, Tesseract may read it in a page's image regions
    of the output at most as often as the detectors saw it there outside
    redacted spans (counted as a whole word and inside longer words, like the
    other readers).  OCR that cannot run fails the check.
    """
    if not images:
        return []
    if not tesseract_available():
        raise VerificationError(
            "de afbeeldingen met tekst kunnen niet opnieuw worden gelezen: OCR is niet beschikbaar",
            path=output.name,
        )
    all_strings = {normalise(f.text): f.entity_type for f in redacted if normalise(f.text)}
    index = StringIndex(all_strings)
    problems: list[Problem] = []
    with pymupdf.open(output) as doc:
        for info in images:
            if info.number >= doc.page_count:
                return [Problem("Tesseract", None, "", "het aantal pagina's is veranderd")]
            page = doc[info.number]
            reads = info.image_reads or (None,) * len(info.image_regions)
            after = normalise(
                " \n ".join(
                    read_image_again(page, box, read).text
                    for box, read in zip(info.image_regions, reads, strict=True)
                )
            )
            before = normalise(info.image_text)
            inside = [
                normalise(f.text)
                for f in redacted
                if f.page == info.number and f.start >= info.image_text_start
            ]
            for s in index.candidates(after):
                leaked = False
                for counter in (count, count_loose):
                    held = sum(counter(t, s) for t in inside)
                    if counter(after, s) > max(0, counter(before, s) - held):
                        leaked = True
                if leaked:
                    entity = all_strings[s]
                    problems.append(
                        Problem(
                            "Tesseract",
                            info.number + 1,
                            entity,
                            f"een gelakt gegeven ({ENTITY_LABELS_NL.get(entity, entity)}) "
                            "is nog leesbaar in een afbeelding",
                        )
                    )
    return problems


def pixel_problems(
    source: Path,
    output: Path,
    boxes: Sequence[PlacedBox],
    resolution: int = VERIFY_DPI,
    source_images: Sequence[tuple[Box, ...] | None] = (),
) -> tuple[list[Problem], int]:
    """What a reader sees: no ink of a redacted word outside the black boxes.

    For every page with a box over an image (a scan, an image of text), the
    original and the output are rendered at ``resolution`` (dpi; coarser for
    a huge page, see :func:`redactie.ink.ink_dpi`).  A redacted word's ink is
    the ink of the original that :func:`redactie.ink.word_ink` finds under its
    box: its capitals, ascenders, descenders, the dots and accents just above
    its letters, not the next line's letters nor a table's rules, and where the
    word goes on past the box (``PlacedBox.cut``) not the characters beyond
    it.  Every pixel of it must lie inside one of the page's boxes, where
    the output no longer shows it (box black, or the white of the ground code).
    Returns the problems and how many pages were checked.  ``source_images``:
    per page of ``source``, where it shows images (``Page.image_boxes``, read
    when the source was extracted), or None where the source is read again.
    """
    by_page: dict[int, list[PlacedBox]] = {}
    strips: dict[int, list[Box]] = {}
    for b in boxes:
        if not pymupdf.Rect(b.rect).is_empty:
            by_page.setdefault(b.page, []).append(b)
            strips.setdefault(b.page, []).extend(b.strips)
    problems: list[Problem] = []
    checked = 0
    with pymupdf.open(source) as src, pymupdf.open(output) as out:
        for number, placed in sorted(by_page.items()):
            if number >= src.page_count or number >= out.page_count:
                return [Problem("pixels", None, "", "het aantal pagina's is veranderd")], checked
            page = src[number]
            known = source_images[number] if number < len(source_images) else None
            images = known_image_rects(page, known)
            rects = [b.rect for b in placed]
            over = [b for b in placed if any(pymupdf.Rect(b.rect).intersects(i) for i in images)]
            if not over:
                continue
            checked += 1
            dpi = ink_dpi(page, resolution)
            before = render_gray(page, dpi)
            after = render_gray(out[number], dpi)
            if before.shape != after.shape:
                problems.append(
                    Problem("pixels", number + 1, "", "de pagina is van maat veranderd")
                )
                continue
            ink = before < INK
            covered = np.zeros(ink.shape, dtype=bool)
            for x0, y0, x1, y1 in (
                pixel_cell(r, page, ink.shape, dpi) for r in (*rects, *strips[number])
            ):
                covered[y0:y1, x0:x1] = True
            for b in over:
                cell = pixel_cell(b.rect, page, ink.shape, dpi)
                if cell[2] <= cell[0] or cell[3] <= cell[1]:
                    continue
                # Where the word goes on past the box, the ink beyond the box
                # is of the characters that stay.
                sides = pixel_sides(b.rect, b.cut, page, dpi)
                # (a cut side ends in the gap before the characters that stay)
                bound = cut_edges(ink, cell, sides) if any(sides) else None
                word, (wx0, wy0, wx1, wy1) = word_ink(ink, cell, bound)
                was = before[wy0:wy1, wx0:wx1].astype(np.int16)
                now = after[wy0:wy1, wx0:wx1].astype(np.int16)
                # Outside every box, no pixel of the word may remain.  Inside a
                # box, the word shows when the output there is the original ink
                # unchanged and not black (the box was not drawn); the ground
                # code printed in white is no ink of the word, but its
                # anti-aliased edges may match a pixel of ink by chance, so
                # only a share of the word counts.
                unchanged = (now >= BLACK) & (abs(now - was) <= SAME)
                inside = covered[wy0:wy1, wx0:wx1]
                under = word & erode(inside)
                if (word & ~inside).any() or (under & unchanged).sum() > UNCHANGED * max(
                    1, int(under.sum())
                ):
                    problems.append(
                        Problem(
                            "pixels",
                            number + 1,
                            "",
                            "een gelakt woord is nog deels zichtbaar in een afbeelding "
                            "(inkt buiten het zwarte vlak)",
                        )
                    )
                    break
    return problems, checked


def verify(
    source: Path,
    output: Path,
    redacted: list[Finding],
    boxes: tuple[PlacedBox, ...],
    ours: Sequence[str] | None = None,
    images: Sequence[Page] = (),
    source_images: Sequence[tuple[Box, ...] | None] = (),
    unkept: Mapping[str, Unkept] | None = None,
) -> VerificationResult:
    """Check ``output`` (redacted from ``source``) with independent readers.

    ``ours``: the page texts as the detectors saw them (``Document`` pages);
    when given, an occurrence counts as kept on purpose only if the detectors
    saw it too.  ``images``: the input's pages whose images of text were read
    by OCR (``Page.image_regions``); those regions of the output are OCRed
    again.  ``source_images``: where each input page shows images, as read at
    extraction (``Page.image_boxes``; see :func:`pixel_problems`).
    ``unkept``: letter-spaced occurrences of redacted strings in the input that
    no decision covers (:func:`unkept_spaced`): they do not count as kept on
    purpose, so one that is still readable fails the document.  Raises only
    :class:`VerificationError` (a reader could not run): a check that cannot be
    done is a failed check.
    """
    try:
        return _verify(source, output, redacted, boxes, ours, images, source_images, unkept)
    except VerificationError:
        raise
    except Exception as exc:
        raise VerificationError(
            f"de controle na het lakken kon niet worden uitgevoerd ({type(exc).__name__})",
            path=source.name,
        ) from exc


_CODE_MARK = "\u25a0"  # neither a word character nor whitespace nor a hyphen


def without_codes(pages: list[str], codes: set[str]) -> list[str]:
    """The pages with the boxes' ground codes read as a mark that joins nothing.

    A code is our own text in a box: read beside a neighbour it must not complete a
    redacted string, as the row number "1" before "5.1.2e" would complete a
    redacted "15" for the loose count. The mark keeps the code's place, so the
    words on either side stay apart.
    """
    if not codes:
        return pages
    pattern = re.compile(
        r"(?<![\d.])(?:"  # codes side by side ("5.1.2e5.1.2e") are one run
        + "|".join(re.escape(c) for c in sorted(codes, key=len, reverse=True))
        + r")+(?!\w)"
    )
    return [pattern.sub(_CODE_MARK, p) for p in pages]


def _verify(
    source: Path,
    output: Path,
    redacted: list[Finding],
    boxes: tuple[PlacedBox, ...],
    ours: Sequence[str] | None,
    images: Sequence[Page] = (),
    source_images: Sequence[tuple[Box, ...] | None] = (),
    unkept: Mapping[str, Unkept] | None = None,
) -> VerificationResult:
    problems: list[Problem] = []
    readers: list[str] = []
    earlier_mu = input_pymupdf_pages(source)  # the same reading, from extraction
    if earlier_mu is not None:
        before_mu = [normalise(p) for p in earlier_mu]
    else:
        before_mu = pymupdf_pages(source)
    after_mu, output_glyphs = pymupdf_reading(output, {b.page for b in boxes})
    codes = {b.ground for b in boxes}
    after_mu = without_codes(after_mu, codes)
    readers.append("PyMuPDF")
    index_ours = _ours_index(ours, redacted)
    problems.extend(_text_problems("PyMuPDF", before_mu, after_mu, redacted, index_ours, unkept))
    earlier = input_pdftotext_pages(source)  # the same reading, from extraction
    if earlier is not None:
        before_pt = [normalise(p) for p in earlier]
    else:
        before_pt = pdftotext_pages(source, "het invoerbestand")
    after_pt = without_codes(pdftotext_pages(output, "het gelakte bestand"), codes)
    readers.append("pdftotext")
    problems.extend(
        _text_problems("pdftotext", before_pt, after_pt, redacted, index_ours, unkept)
    )
    problems.extend(_box_problems(output_glyphs, boxes))
    pixels, checked = pixel_problems(source, output, boxes, source_images=source_images)
    problems.extend(pixels)
    if checked:
        readers.append("pixels")
    strings = {normalise(f.text) for f in redacted}
    # Strings that also occur outside redacted spans in the input may legitimately stay.
    counts = Counter(normalise(f.text) for f in redacted)
    kept_index = index_ours if index_ours is not None else TextIndex("\n".join(before_pt), strings)
    in_kept = set(StringIndex(strings).candidates(kept_index.text))
    structural = {s for s in strings if s not in in_kept or kept_index.count(s) <= counts[s]}
    problems.extend(_structure_problems(output, structural))
    readers.append("pikepdf")
    if images:
        problems.extend(_image_problems(output, redacted, images))
        readers.append("Tesseract")
    return VerificationResult(ok=not problems, problems=tuple(problems), readers=tuple(readers))
