"""The publication package: what a Woo platform accepts as it is.

``build_package(run_dir, out_dir)`` reads the output of ``run`` or ``apply``
(``report.json`` and the published PDFs) and writes:

* ``productierapport.xlsx`` and ``productierapport.csv``: one row per published
  document, with the header of the productierapport template of the VWS Woo
  platform (``minvws/nl-rdo-woo-web``) and values that pass its rules;
* ``<ID>.pdf``: each published PDF under its document ID (the platform matches a
  file to a row by the leading letters and digits of its name);
* ``diwoo/<ID>.xml``: DiWoo metadata (schema 0.9.8) per published document;
* ``nog-te-beslissen.csv``: documents that failed; they are left out of the
  productierapport (a platform reads a missing or unknown Beoordeling as
  ``niet openbaar``, and that is a person's decision, never ours).

:func:`document_facts` runs at redaction time, on the original document: its
date, its kind (pdf, email, chat) and the title a platform shows, free of the
personal data found in it.  They travel to the package through ``report.json``.
"""

from __future__ import annotations

import csv
import json
import logging
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pymupdf
from lxml import etree
from openpyxl import Workbook

from redactie.document import Document
from redactie.errors import ExitCode, InputFileError, OutputError, RulePackError, UsageError
from redactie.findings import Finding
from redactie.report import ID_PATTERN
from redactie.rules import Publisher, load_rules
from redactie.woo import GROUNDS, Decision

log = logging.getLogger("redactie")

# The header of the platform's template (productierapport_template.xlsx), in order.
PRODUCTIERAPPORT_COLUMNS = (
    "ID",
    "Matter",
    "Family",
    "Email Thread ID",
    "Document",
    "File Type",
    "Datum",
    "Beoordeling",
    "Opgeschort",
    "Beoordelingsgrond",
    "Toelichting",
    "Publieke Link",
    "Gerelateerd ID",
    "Zaaknummer",
)
MATTER_PATTERN = re.compile(r"[A-Za-z0-9\-._~]+")
# The platform's file types (SourceType in nl-rdo-woo-web).
FILE_TYPES = (
    "pdf",
    "doc",
    "image",
    "presentation",
    "spreadsheet",
    "email",
    "html",
    "note",
    "database",
    "xml",
    "video",
    "vcard",
    "chat",
    "audio",
    "unknown",
)
PENDING_COLUMNS = ("ID", "Document", "Status", "Reden")

# DiWoo 0.9.8: the namespace and the values taken from its value lists
# (diwoo-metadata-lijsten.xsd; tests/diwoo/ holds the schema).
DIWOO_NS = "https://standaarden.overheid.nl/diwoo/metadata/"
WOO_REQUESTS = (
    "https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532",
    "Woo-verzoeken en -besluiten",
)
ESTABLISHMENT = ("https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76", "vaststelling")
DUTCH = ("http://publications.europa.eu/resource/authority/language/NLD", "Nederlands")
PDF_FORMAT = ("http://publications.europa.eu/resource/authority/file-type/PDF", "pdf")

PUBLISHED = "gepubliceerd"

# --------------------------------------------------------- facts at run time

_MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "maart": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_WORD_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s+("
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\.?\s+(\d{4})(?!\d)",
    re.IGNORECASE,
)
_DMY_DATE = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DATE_LABEL = re.compile(r"^[ \t]*(?:Datum|Date)[ \t]*:?[ \t]*", re.IGNORECASE | re.MULTILINE)
_SENT_LABEL = re.compile(
    r"^[ \t]*(?:Verzonden|Sent|Datum|Date)[ \t]*:?[ \t]*", re.IGNORECASE | re.MULTILINE
)
_MAIL_HEADERS = {
    "from": re.compile(r"^[ \t]*(?:Van|From)[ \t]*:", re.IGNORECASE | re.MULTILINE),
    "sent": re.compile(r"^[ \t]*(?:Verzonden|Sent)[ \t]*:", re.IGNORECASE | re.MULTILINE),
    "to": re.compile(r"^[ \t]*(?:Aan|To)[ \t]*:", re.IGNORECASE | re.MULTILINE),
    "subject": re.compile(r"^[ \t]*(?:Onderwerp|Subject)[ \t]*:", re.IGNORECASE | re.MULTILINE),
}
_SUBJECT = re.compile(r"^[ \t]*(?:Onderwerp|Subject)[ \t]*:[ \t]*(.*)$", re.I | re.M)
_CHAT_LINE = re.compile(
    r"^[ \t]*\[?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*-?[ \t]*"
    r"[^:\n]{1,60}:",
    re.MULTILINE,
)
_EMAIL_ADDRESS = re.compile(r"[^\s@]+@[^\s@]+\.[A-Za-z]{2,}")
_HEAD_PAGES = 2  # the date and the kind are read from the first pages
_WINDOW_LINES = 3  # a label's value is on its line or the next lines


@dataclass(frozen=True)
class DocumentFacts:
    """What a platform shows of a document, without personal data."""

    date: str  # YYYY-MM-DD, or "" when the document gives none
    file_type: str  # one of FILE_TYPES
    title: str  # file name or e-mail subject


def document_facts(
    doc: Document, findings: Iterable[Finding], relative: Path, ident: str
) -> DocumentFacts:
    """Date, kind and title of a document as a publication platform shows them.

    The date is the document's own: a ``Datum`` line, the ``Verzonden`` line of
    an e-mail (the first, newest message), else the PDF's creation date, else
    empty.  The title is the e-mail's subject or the file name; a title that
    holds any text found in the document (redacted or kept) or an e-mail address
    is replaced by the file name, and that by the ID.
    """
    head = "\n".join(p.text for p in doc.pages[:_HEAD_PAGES])
    file_type = _kind(head)
    found = date_after_label(head, _SENT_LABEL if file_type == "email" else _DATE_LABEL)
    when = found or pdf_creation_date(doc.path)
    texts = [f.text.strip().casefold() for f in findings if len(f.text.strip()) >= 3]
    candidates = []
    if file_type == "email":
        subject = email_subject(head)
        if subject:
            candidates.append(subject)
    candidates.append(relative.name)
    title = next((c for c in candidates if _clean(c, texts)), ident)
    return DocumentFacts(date=when.isoformat() if when else "", file_type=file_type, title=title)


def _kind(text: str) -> str:
    if sum(1 for p in _MAIL_HEADERS.values() if p.search(text)) >= 3:
        return "email"
    if len(_CHAT_LINE.findall(text)) >= 3:
        return "chat"
    return "pdf"


def _clean(title: str, found: list[str]) -> bool:
    folded = title.casefold()
    return not _EMAIL_ADDRESS.search(title) and not any(t in folded for t in found)


def parse_date(text: str) -> date | None:
    """The first valid date in ``text`` (``4 juni 2025``, ``04-06-2025``, ``2025-06-04``)."""
    hits: list[tuple[int, date]] = []
    for m in _WORD_DATE.finditer(text):
        d = _valid(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
        if d:
            hits.append((m.start(), d))
    for m in _DMY_DATE.finditer(text):
        d = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            hits.append((m.start(), d))
    for m in _ISO_DATE.finditer(text):
        d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            hits.append((m.start(), d))
    return min(hits, key=lambda h: h[0])[1] if hits else None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_after_label(text: str, label: re.Pattern[str]) -> date | None:
    """The date on a label's line or the few lines after it, first label first."""
    for m in label.finditer(text):
        lines = [ln for ln in text[m.end() :].split("\n")[: _WINDOW_LINES + 2] if ln.strip()]
        found = parse_date("\n".join(lines[:_WINDOW_LINES]))
        if found:
            return found
    return None


def email_subject(text: str) -> str:
    """The subject of the first message: the text after ``Onderwerp:``."""
    m = _SUBJECT.search(text)
    if not m:
        return ""
    value = m.group(1).strip()
    if not value:
        rest = [ln.strip() for ln in text[m.end() :].split("\n") if ln.strip()]
        value = rest[0] if rest else ""
        if any(p.match(value + ":") for p in _MAIL_HEADERS.values()):
            return ""  # a header block without a subject of its own
    return " ".join(value.split())[:255]


def pdf_creation_date(path: Path) -> date | None:
    """The creation date in the PDF's document information (``D:YYYYMMDD...``)."""
    try:
        with pymupdf.open(path) as pdf:
            raw = (pdf.metadata or {}).get("creationDate") or ""
    except Exception:
        return None
    m = re.match(r"^(?:D:)?(\d{4})(\d{2})(\d{2})", raw)
    return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


# ----------------------------------------------------------------- the package


@dataclass(frozen=True)
class PackageRow:
    """One row of the productierapport (no personal data)."""

    id: str
    matter: str
    document: str
    file_type: str
    date: str
    decision: str
    grounds: tuple[str, ...]
    explanation: str

    def cells(self) -> dict[str, str]:
        return {
            "ID": self.id,
            "Matter": self.matter,
            "Family": "",
            "Email Thread ID": "",
            "Document": self.document,
            "File Type": self.file_type,
            "Datum": self.date,
            "Beoordeling": self.decision,
            "Opgeschort": "",
            "Beoordelingsgrond": ";".join(self.grounds),
            "Toelichting": self.explanation,
            "Publieke Link": "",
            "Gerelateerd ID": "",
            "Zaaknummer": "",
        }


@dataclass(frozen=True)
class Pending:
    """A document left out of the productierapport: a person decides."""

    id: str
    document: str
    status: str
    reason: str


@dataclass(frozen=True)
class PackageResult:
    out_dir: Path
    matter: str
    rows: tuple[PackageRow, ...] = ()
    pending: tuple[Pending, ...] = ()
    files: tuple[str, ...] = field(default=())

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.PARTIAL if self.pending else ExitCode.OK

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": not self.pending,
            "exit_code": int(self.exit_code),
            "package": str(self.out_dir),
            "matter": self.matter,
            "documents": len(self.rows),
            "pending": [p.__dict__ for p in self.pending],
        }


def default_matter(run_dir: Path) -> str:
    """The run folder's name, reduced to the characters a matter may hold."""
    name = re.sub(r"[^A-Za-z0-9\-._~]+", "-", run_dir.resolve().name).strip("-")
    return name or "redactie"


def build_package(
    run_dir: Path,
    out_dir: Path,
    *,
    matter: str | None = None,
    rules_dir: Path | None = None,
    now: datetime | None = None,
) -> PackageResult:
    """Build the publication package of ``run_dir`` in ``out_dir`` (see the module)."""
    matter = matter if matter is not None else default_matter(run_dir)
    if not MATTER_PATTERN.fullmatch(matter):
        raise UsageError(
            "de matter mag alleen letters, cijfers en de tekens - . _ ~ bevatten", path=matter
        )
    publisher = load_rules(rules_dir).publisher
    if publisher is None:
        raise RulePackError(
            "geen publisher (TOOI-URI en naam) in een organisatiepakket; "
            "vul 'publisher' in rules/organisation.yaml in"
        )
    results = _read_report(run_dir)
    _prepare(out_dir)
    now = now or datetime.now(UTC).replace(microsecond=0)

    rows: list[PackageRow] = []
    pending: list[Pending] = []
    files: list[str] = []
    seen: set[str] = set()
    for r in results:
        ident = str(r.get("id") or "")
        source = str(r.get("source") or "")
        if not ID_PATTERN.fullmatch(ident) or ident in seen:
            raise InputFileError(
                "report.json heeft geen (unieke) document-ID's; voer 'redactie run' opnieuw uit",
                path=str(run_dir / "report.json"),
            )
        seen.add(ident)
        title = str(r.get("title") or source or ident)
        output = r.get("output")
        pdf = run_dir / str(output) if output else None
        decision = str(r.get("decision") or "")
        reason = ""
        if r.get("status") != PUBLISHED:
            reason = str(r.get("error") or "niet gepubliceerd")
        elif pdf is None or not pdf.is_file():
            reason = "het gepubliceerde bestand ontbreekt in de uitvoermap"
        elif decision not in Decision.ALL:
            reason = "onbekende beoordeling"
        if reason:
            log.warning(
                "%s (%s) staat niet in het productierapport: %s; een persoon beslist",
                ident,
                source,
                reason,
            )
            pending.append(Pending(ident, title, str(r.get("status") or ""), reason))
            continue
        assert pdf is not None
        grounds = tuple(g for g in GROUNDS if g in (r.get("grounds") or ()))
        row = PackageRow(
            id=ident,
            matter=matter,
            document=title,
            file_type=_file_type(r.get("file_type")),
            date=_date_text(r.get("date")),
            decision=decision,
            grounds=grounds,
            explanation=" ".join(GROUNDS[g].justification for g in grounds),
        )
        rows.append(row)
        shutil.copyfile(pdf, out_dir / f"{ident}.pdf")
        files.append(f"{ident}.pdf")
        write_diwoo(out_dir / "diwoo" / f"{ident}.xml", row, publisher, now)

    write_productierapport(out_dir, rows)
    _write_csv(
        out_dir / "nog-te-beslissen.csv",
        PENDING_COLUMNS,
        [
            dict(zip(PENDING_COLUMNS, (p.id, p.document, p.status, p.reason), strict=True))
            for p in pending
        ],
    )
    return PackageResult(out_dir, matter, tuple(rows), tuple(pending), tuple(files))


def _read_report(run_dir: Path) -> list[dict[str, Any]]:
    path = run_dir / "report.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputFileError(
            "geen report.json: geef de uitvoermap van 'redactie run' of 'redactie apply'",
            path=str(run_dir),
        ) from exc
    except (OSError, ValueError) as exc:
        raise InputFileError("report.json kan niet worden gelezen", path=str(path)) from exc
    if not isinstance(data, dict) or data.get("format") != "redactie-report/1":
        raise InputFileError("report.json heeft een onbekend formaat", path=str(path))
    results = data.get("results")
    if not isinstance(results, list) or not all(isinstance(r, dict) for r in results):
        raise InputFileError("report.json heeft geen lijst met documenten", path=str(path))
    return results


def _prepare(out_dir: Path) -> None:
    try:
        (out_dir / "diwoo").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"de pakketmap kan niet worden gemaakt ({exc.strerror})", path=str(out_dir)
        ) from exc


def _file_type(value: object) -> str:
    return value if isinstance(value, str) and value in FILE_TYPES else "pdf"


def _date_text(value: object) -> str:
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value
    return ""


def write_productierapport(out_dir: Path, rows: list[PackageRow]) -> None:
    """``productierapport.xlsx`` (openpyxl) and the same as ``productierapport.csv``."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Productierapport"
    sheet.append(list(PRODUCTIERAPPORT_COLUMNS))
    for row in rows:
        cells = row.cells()
        sheet.append([cells[c] or None for c in PRODUCTIERAPPORT_COLUMNS])
    for column in sheet.iter_cols(min_row=2):
        for cell in column:
            cell.number_format = "@"  # text: an ID or a date is not a number
    tmp = out_dir / ".productierapport.xlsx.partial"
    book.save(tmp)
    tmp.replace(out_dir / "productierapport.xlsx")
    _write_csv(
        out_dir / "productierapport.csv", PRODUCTIERAPPORT_COLUMNS, [r.cells() for r in rows]
    )


def _write_csv(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    tmp = path.with_name(f".{path.name}.partial")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(path)


def diwoo_record(row: PackageRow, publisher: Publisher, now: datetime) -> etree._Element:
    """The DiWoo 0.9.8 record of one published document."""

    def el(parent: etree._Element, name: str, text: str = "", resource: str = "") -> Any:
        node = etree.SubElement(parent, f"{{{DIWOO_NS}}}{name}")
        if text:
            node.text = text
        if resource:
            node.set("resource", resource)
        return node

    root = etree.Element(f"{{{DIWOO_NS}}}Document", nsmap={"diwoo": DIWOO_NS})
    diwoo = el(root, "DiWoo")
    el(el(diwoo, "identifiers"), "identifier", row.id)
    el(diwoo, "publisher", publisher.name, publisher.tooi)
    el(el(diwoo, "titelcollectie"), "officieleTitel", row.document)
    categories = el(el(diwoo, "classificatiecollectie"), "informatiecategorieen")
    el(categories, "informatiecategorie", WOO_REQUESTS[1], WOO_REQUESTS[0])
    if row.date:
        el(diwoo, "creatiedatum", row.date)
    el(diwoo, "language", DUTCH[1], DUTCH[0])
    el(diwoo, "format", PDF_FORMAT[1], PDF_FORMAT[0])
    handling = el(el(diwoo, "documenthandelingen"), "documenthandeling")
    el(handling, "soortHandeling", ESTABLISHMENT[1], ESTABLISHMENT[0])
    at = f"{row.date}T00:00:00" if row.date else now.isoformat()
    el(handling, "atTime", at)
    return root


def write_diwoo(path: Path, row: PackageRow, publisher: Publisher, now: datetime) -> None:
    data = etree.tostring(
        diwoo_record(row, publisher, now), xml_declaration=True, encoding="UTF-8", pretty_print=True
    )
    tmp = path.with_name(f".{path.name}.partial")
    tmp.write_bytes(data)
    tmp.replace(path)
