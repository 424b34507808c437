"""One review: a PDF, its review file, and the reviewer's decisions.

The session holds everything the review screen needs and is the only place
that touches the review file: it checks the file at start (format, the hash of
the PDF, every finding, through :func:`redactie.api.findings_from_review`),
renders page images, turns findings into boxes on the page, validates what the
browser sends and writes the decisions back atomically, in the same format.

Everything here holds personal data (page text, page images, flagged text);
the server only hands it out to a request that carries the session token.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import stat
import tempfile
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pymupdf

from redactie.api import findings_from_review
from redactie.document import Box, Document, PageLayout, extract, open_pdf, page_layout
from redactie.errors import RedactieError, ReviewFileError
from redactie.findings import Action, Source
from redactie.report import REVIEW_WARNING
from redactie.woo import ENTITY_GROUNDS, ENTITY_LABELS_NL, GROUNDS

log = logging.getLogger(__name__)

REVIEW_FORMAT = "redactie-review/1"

# Page images: default resolution, limits, and a cap on the pixels of one image.
DEFAULT_DPI = 110
MIN_DPI = 40
MAX_DPI = 220
MAX_PIXELS = 24_000_000
PNG_CACHE_SIZE = 24
LAYOUT_CACHE_SIZE = 32

MAX_REASON = 1000  # characters in a reason to keep
MANUAL_RECOGNIZER = "reviewer"
MANUAL_EXPLANATION = "handmatig toegevoegd door de beoordelaar"

# Top-level keys the session writes itself (everything else is kept as read).
_OWN_KEYS = ("_warning", "reviewed_at", "review_counts", "findings")


class ValidationError(Exception):
    """Input from the browser that cannot be accepted; ``message`` is Dutch."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


class ConflictError(ValidationError):
    """The review file changed on disk since the session read it."""


@dataclass(frozen=True)
class FileStamp:
    mtime_ns: int
    size: int


def _stamp(path: Path) -> FileStamp:
    st = path.stat()
    return FileStamp(st.st_mtime_ns, st.st_size)


def _version(text: str) -> str:
    """The version a browser tab read: it sends it back with a save (two tabs, one file)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def grounds_catalogue() -> list[dict[str, str]]:
    """Every ground of the catalogue in :mod:`redactie.woo`, in its order, for a selector."""
    return [{"code": g.code, "title": g.title, "article": g.article} for g in GROUNDS.values()]


def check_ground(where: str, value: object, default: str) -> str:
    """A ground code a reviewer chose (None: ``default``), or ValidationError."""
    if value is None or value == "":
        return default
    if not isinstance(value, str) or value not in GROUNDS:
        raise ValidationError(f"{where}: onbekende weigeringsgrond {value!r}")
    return value


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class ReviewSession:
    """The PDF and review file under review; safe to use from several threads."""

    def __init__(self, source: Path, review_file: Path, *, ocr: bool | None = None) -> None:
        self.source = source
        self.review_file = review_file
        self.document: Document = extract(source, ocr=ocr)  # InputFileError
        self._lock = threading.RLock()  # PyMuPDF is not thread-safe; state changes too
        self._data, self._stamp = self._read_review_file()
        self._pdf = open_pdf(source)
        self._layouts: OrderedDict[int, PageLayout] = OrderedDict()
        self._pngs: OrderedDict[tuple[int, int], bytes] = OrderedDict()

    # --- loading ------------------------------------------------------------

    def _read_review_file(self) -> tuple[dict[str, Any], FileStamp]:
        path = self.review_file
        try:
            stamp = _stamp(path)
            raw_text = path.read_text(encoding="utf-8")
            data = json.loads(raw_text)
        except FileNotFoundError as exc:
            raise ReviewFileError("het reviewbestand bestaat niet", path=str(path)) from exc
        except (OSError, ValueError) as exc:
            raise ReviewFileError(
                "het reviewbestand kan niet worden gelezen (geen geldige JSON)", path=str(path)
            ) from exc
        if not isinstance(data, dict) or not isinstance(data.get("findings", []), list):
            raise ReviewFileError(
                "het reviewbestand heeft niet de verwachte opbouw", path=str(path)
            )
        if data.get("format") != REVIEW_FORMAT:
            raise ReviewFileError("onbekend formaat van het reviewbestand", path=str(path))
        # The same checks ``redactie apply`` makes: hash of the PDF, every finding.
        try:
            findings_from_review(data, self.document)
        except ReviewFileError as exc:
            raise ReviewFileError(exc.message, path=str(path)) from exc
        entries = [dict(raw) for raw in data.get("findings", [])]
        ids = [raw.get("id") for raw in entries]
        if not all(_is_int(i) for i in ids) or len(set(ids)) != len(ids):
            for n, raw in enumerate(entries):  # hand-edited file: number the findings again
                raw["id"] = n
        data["findings"] = entries
        self.version = _version(raw_text)
        return data, stamp

    def close(self) -> None:
        with self._lock:
            self._pdf.close()

    # --- what the screen shows ---------------------------------------------

    @property
    def page_count(self) -> int:
        return self.document.page_count

    def findings(self) -> list[dict[str, Any]]:
        """The findings as the review file holds them now (copies)."""
        with self._lock:
            return [dict(e) for e in self._data["findings"]]

    @property
    def finding_count(self) -> int:
        with self._lock:
            return len(self._data["findings"])

    def _layout(self, index: int) -> PageLayout:
        """The character boxes of a page (0-based), as redaction will compute them."""
        with self._lock:
            layout = self._layouts.get(index)
            if layout is not None:
                self._layouts.move_to_end(index)
                return layout
            page = self.document.pages[index]
            layout = page.ocr_layout or page_layout(self._pdf[index])
            self._layouts[index] = layout
            while len(self._layouts) > LAYOUT_CACHE_SIZE:
                self._layouts.popitem(last=False)
            return layout

    def boxes(self, page: int, start: int, end: int) -> list[list[float]]:
        """Boxes of a span (page 1-based) in the coordinates of the page as shown.

        Layout boxes are in unrotated page space; the rendered image shows the
        page rotated, so each box goes through the page's rotation matrix.
        """
        index = page - 1
        raw: list[Box] = self._layout(index).boxes_for(start, end)
        with self._lock:
            matrix = self._pdf[index].rotation_matrix
        out: list[list[float]] = []
        for box in raw:
            r = (pymupdf.Rect(box) * matrix).normalize()
            out.append([round(r.x0, 2), round(r.y0, 2), round(r.x1, 2), round(r.y1, 2)])
        return out

    def _client_finding(self, entry: dict[str, Any]) -> dict[str, Any]:
        out = dict(entry)
        out["label"] = ENTITY_LABELS_NL.get(str(entry.get("entity_type")), "")
        out["boxes"] = self.boxes(int(entry["page"]), int(entry["start"]), int(entry["end"]))
        out["source"] = str(entry.get("source") or Source.MANUAL.value)
        return out

    def state(self) -> dict[str, Any]:
        """Everything the page needs: pages (size and text), entity types, findings."""
        with self._lock:
            data = self._data
            findings = [self._client_finding(e) for e in data["findings"]]
            return {
                "document": self.document.name,
                "review_file": self.review_file.name,
                "pages": [
                    {"number": p.number + 1, "width": p.width, "height": p.height, "text": p.text}
                    for p in self.document.pages
                ],
                "entity_types": [
                    {"value": k, "label": ENTITY_LABELS_NL.get(k, k), "ground": g}
                    for k, g in ENTITY_GROUNDS.items()
                ],
                "grounds": grounds_catalogue(),
                "findings": findings,
                "version": self.version,
                "reviewed_at": data.get("reviewed_at"),
                "dpi": {"default": DEFAULT_DPI, "min": MIN_DPI, "max": MAX_DPI},
            }

    def page_png(self, page: int, dpi: int = DEFAULT_DPI) -> bytes:
        """The page (1-based) as a PNG image; the resolution is capped for huge pages."""
        if not 1 <= page <= self.page_count:
            raise ValidationError(f"pagina {page} bestaat niet")
        dpi = max(MIN_DPI, min(MAX_DPI, dpi))
        info = self.document.pages[page - 1]
        inches2 = max(info.width / 72.0, 0.01) * max(info.height / 72.0, 0.01)
        dpi = max(1, min(dpi, int(math.sqrt(MAX_PIXELS / inches2))))
        key = (page, dpi)
        with self._lock:
            cached = self._pngs.get(key)
            if cached is not None:
                self._pngs.move_to_end(key)
                return cached
            try:
                pix = self._pdf[page - 1].get_pixmap(dpi=dpi, alpha=False)
                png = pix.tobytes("png")
            except Exception as exc:  # PyMuPDF raises several types
                raise RedactieError(f"pagina {page} kan niet worden getoond") from exc
            self._pngs[key] = png
            while len(self._pngs) > PNG_CACHE_SIZE:
                self._pngs.popitem(last=False)
            return png

    # --- validation -----------------------------------------------------------

    def _check_span(self, where: str, raw: dict[str, Any]) -> tuple[int, int, int]:
        page, start, end = raw.get("page"), raw.get("start"), raw.get("end")
        n = self.page_count
        if not _is_int(page) or not 1 <= page <= n:  # type: ignore[operator]
            raise ValidationError(
                f"{where}: pagina {page!r} bestaat niet (het document heeft {n} pagina's)"
            )
        assert isinstance(page, int)
        length = len(self.document.pages[page - 1].text)
        if not (_is_int(start) and _is_int(end)):
            raise ValidationError(f"{where}: begin en einde moeten gehele getallen zijn")
        assert isinstance(start, int) and isinstance(end, int)
        if not 0 <= start < end <= length:
            raise ValidationError(
                f"{where}: begin en einde ({start}-{end}) liggen niet binnen de tekst van "
                f"pagina {page} (0 tot {length})"
            )
        return page, start, end

    def span(self, raw: object, where: str = "selectie") -> dict[str, Any]:
        """Check a span a reviewer selected; its text and boxes, or ValidationError."""
        if not isinstance(raw, dict):
            raise ValidationError(f"{where}: verwacht een object met page, start en end")
        page, start, end = self._check_span(where, raw)
        text = self.document.pages[page - 1].text[start:end]
        if not text.strip():
            raise ValidationError(f"{where}: de selectie bevat geen tekst")
        if text != text.strip():
            raise ValidationError(f"{where}: de selectie begint of eindigt met witruimte")
        boxes = self.boxes(page, start, end)
        if not boxes:
            raise ValidationError(f"{where}: de selectie bevat geen tekens die op de pagina staan")
        return {"page": page, "start": start, "end": end, "text": text, "boxes": boxes}

    def _validate(self, payload: object) -> list[dict[str, Any]]:
        """The new list of findings from a save request, or ValidationError."""
        if not isinstance(payload, dict) or not isinstance(payload.get("findings"), list):
            raise ValidationError("verwacht een object met een lijst 'findings'")
        known: dict[int, dict[str, Any]] = {int(e["id"]): e for e in self._data["findings"]}
        next_id = max(known, default=-1) + 1
        seen: set[int] = set()
        manual_spans: set[tuple[int, int, int, str]] = set()
        out: list[dict[str, Any]] = []
        for n, raw in enumerate(payload["findings"], start=1):
            where = f"bevinding {n}"
            if not isinstance(raw, dict):
                raise ValidationError(f"{where}: verwacht een object")
            page, start, end = self._check_span(where, raw)
            entity = raw.get("entity_type")
            if not isinstance(entity, str) or entity not in ENTITY_GROUNDS:
                raise ValidationError(f"{where}: onbekend gegevenstype {entity!r}")
            action = raw.get("action")
            if action not in (Action.REDACT.value, Action.KEEP.value):
                raise ValidationError(
                    f"{where}: het besluit moet 'redact' (lakken) of 'keep' (behouden) zijn, "
                    f"niet {action!r}"
                )
            reason = raw.get("keep_reason", "")
            if reason is None:
                reason = ""
            if not isinstance(reason, str) or len(reason) > MAX_REASON:
                raise ValidationError(
                    f"{where}: de reden moet tekst zijn van hoogstens {MAX_REASON} tekens"
                )
            reason = " ".join(reason.split())
            if action == Action.REDACT.value:
                reason = ""
            decided = raw.get("decided", False) is True
            fid = raw.get("id")
            if fid is not None:
                if not _is_int(fid) or fid not in known:
                    raise ValidationError(f"{where}: onbekende bevinding (id {fid!r})")
                if fid in seen:
                    raise ValidationError(f"{where}: bevinding {fid} staat er twee keer in")
                seen.add(fid)
                orig = known[fid]
                if (page, start, end, entity) != (
                    orig["page"],
                    orig["start"],
                    orig["end"],
                    orig["entity_type"],
                ):
                    raise ValidationError(
                        f"{where}: plaats en gegevenstype van een bestaande bevinding kunnen "
                        "niet worden gewijzigd (voeg een nieuwe toe)"
                    )
                if action == Action.KEEP.value and not reason and orig.get("action") != "keep":
                    raise ValidationError(
                        f"{where}: geef een reden om '{orig['text']}' te behouden"
                    )
                entry = dict(orig)
                entry["action"] = action
                entry["keep_reason"] = reason
                entry["ground"] = check_ground(
                    where, raw.get("ground"), str(orig.get("ground") or ENTITY_GROUNDS[entity])
                )
                if decided or orig.get("decided") is True:
                    entry["decided"] = True
                out.append(entry)
                continue
            # A new finding, added by the reviewer.
            span = self.span(raw, where)
            key = (page, start, end, entity)
            if key in manual_spans:
                raise ValidationError(f"{where}: deze selectie is al toegevoegd")
            manual_spans.add(key)
            if action == Action.KEEP.value and not reason:
                raise ValidationError(f"{where}: geef een reden om '{span['text']}' te behouden")
            out.append(
                {
                    "id": next_id,
                    "page": page,
                    "entity_type": entity,
                    "ground": check_ground(where, raw.get("ground"), ENTITY_GROUNDS[entity]),
                    "action": action,
                    "decided": True,
                    "recognizer": MANUAL_RECOGNIZER,
                    "rule_id": "",
                    "source": Source.MANUAL.value,
                    "score": 1.0,
                    "start": start,
                    "end": end,
                    "text": span["text"],
                    "keep_reason": reason,
                    "explanation": MANUAL_EXPLANATION,
                    "also_found_by": [],
                }
            )
            next_id += 1
        missing = [
            fid
            for fid, e in known.items()
            if fid not in seen and e.get("source") != Source.MANUAL.value
        ]
        if missing:
            raise ValidationError(
                "bevindingen ontbreken (id "
                + ", ".join(str(i) for i in missing[:10])
                + "); alleen handmatig toegevoegde bevindingen kunnen worden verwijderd"
            )
        return out

    # --- saving ---------------------------------------------------------------

    def save(self, payload: object) -> dict[str, Any]:
        """Validate the decisions and write them to the review file; the new state."""
        with self._lock:
            try:
                changed = _stamp(self.review_file) != self._stamp
            except OSError:
                changed = True
            if changed:
                raise ConflictError(
                    "het reviewbestand is sinds het openen buiten dit scherm gewijzigd; "
                    "start het beoordelingsscherm opnieuw"
                )
            sent = payload.get("version") if isinstance(payload, dict) else None
            if sent is not None and sent != self.version:
                raise ConflictError(
                    f"{self.document.name} is intussen in een ander tabblad of venster gewijzigd; "
                    "uw wijzigingen zijn niet opgeslagen. Laad de pagina opnieuw (F5) om de "
                    "laatste besluiten te zien"
                )
            findings = self._validate(payload)
            data: dict[str, Any] = {"_warning": self._data.get("_warning") or REVIEW_WARNING}
            for key, value in self._data.items():
                if key not in _OWN_KEYS:
                    data[key] = value
            data["reviewed_at"] = datetime.now(UTC).isoformat(timespec="seconds")
            data["review_counts"] = counts(findings)
            data["findings"] = findings
            try:  # the same reading ``redactie apply`` does
                findings_from_review(data, self.document)
            except ReviewFileError as exc:
                raise ValidationError(exc.message) from exc
            text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
            _atomic_write(self.review_file, text)
            self._data = data
            self._stamp = _stamp(self.review_file)
            self.version = _version(text)
            log.info(
                "opgeslagen: %d te lakken, %d behouden, %d handmatig",
                data["review_counts"]["redact"],
                data["review_counts"]["keep"],
                data["review_counts"]["manual"],
            )
        return self.state()


def counts(findings: list[dict[str, Any]]) -> dict[str, int]:
    return {
        "total": len(findings),
        "redact": sum(1 for f in findings if f.get("action") == Action.REDACT.value),
        "keep": sum(1 for f in findings if f.get("action") == Action.KEEP.value),
        "manual": sum(1 for f in findings if f.get("source") == Source.MANUAL.value),
        "decided": sum(1 for f in findings if f.get("decided") is True),
    }


def _atomic_write(path: Path, text: str) -> None:
    """Write next to ``path`` and rename over it; keeps the file's permissions."""
    try:
        mode: int | None = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = None
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
