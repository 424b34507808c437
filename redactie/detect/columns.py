"""Table columns read from the page's geometry: birth-date, licence-plate and BSN or
V-number columns.

A table of applicants, residents or clients has a column headed ``Geboortedatum``,
``Geb.datum`` or ``Date of birth``; its cells are dates of birth, while the dates
in the other columns of the same rows (``Ontvangen``, ``Besluit``) are not.  The
text a PDF gives reads a table row by row, and a row's cells may wrap over several
lines, so the text alone cannot tell which date stands under which header.  The
glyph boxes can: a date is in the column when its box lies below the header and
overlaps it horizontally, and stands as a cell (a column gap, or a line end, on
each side of it, never inside a sentence).

The stage adds the dates of such a column as dates of birth (score 0.6, flagged for
review) and, on a page where the column is found, drops what the text patterns took
for a date of birth in a row but what stands in another column.  The plate and
number columns add their cells likewise (score 0.7).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import regex

from redactie.detect.validators import date_plausible
from redactie.document import Box, Page, StoredLayout
from redactie.findings import Action, Finding, Provenance, Source
from redactie.woo import ENTITY_GROUNDS

if TYPE_CHECKING:
    from redactie.document import PageLayout
    from redactie.resolve import ResolveContext

COLUMN_RULE = "date_of_birth_column"
PLATE_RULE = "plate_column"
ID_RULE = "id_number_column"
COLUMN_SCORE = 0.6
# The text patterns' date of birth in a table row (rules/nl_personal_data.yaml,
# date_of_birth_in_column and date_of_birth_in_born_column): a guess from the text
# that the geometry may overrule; a date after a birth word on its own line (0.9) is not.
TEXT_COLUMN_SCORE = 0.6

_HEADER = regex.compile(
    r"(?<![\p{L}])(?=\p{Lu})"
    r"(?i:geboortedatum|geboorte-?[ ]?datum|geb\.?[ ]?datum|geb\.?[ ]?dat\.?|date[ ]of[ ]birth"
    r"|birth[ ]?date|d\.o\.b\.?|dob|geboren|born)(?![\p{L}])"
)
# A label with its value on the same line ("Geboortedatum: 3-4-1985") heads no column.
_LABEL_AFTER = regex.compile(r"[ \t]*:|[^\n]{0,40}?\d{1,2}[ ]?[\-/.][ ]?\d{1,2}[ ]?[\-/.][ ]?\d{2}")
_MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|january|february|march|may|june|july|august|october|jan|febr|feb|mrt|mar"
    r"|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec"
)
_DATE = regex.compile(
    r"(?<![\p{L}\d\-/.])(?:"
    r"\d{1,2}[ ]?[\-/.][ ]?\d{1,2}[ ]?[\-/.][ ]?(?:\d{4}|\d{2})"
    r"|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*)(?i:{_MONTHS})\.?,?"
    r"(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*)(?:19|20)\d{2}"
    r")(?![\d\p{L}])"
)
# Rows below the header: a gap between two cells of the column larger than this
# (points) ends the table.
MAX_ROW_GAP = 90.0


def _first_box(layout: PageLayout | StoredLayout, start: int, end: int) -> Box | None:
    boxes = layout.boxes_for(start, end)
    return boxes[0] if boxes else None


def _neighbour(text: str, pos: int, step: int) -> int | None:
    """The nearest non-space character before (step -1) or after (+1) ``pos`` on its line."""
    k = pos
    while 0 <= k < len(text):
        ch = text[k]
        if ch == "\n":
            return None
        if not ch.isspace():
            return k
        k += step
    return None


def _is_cell(layout: PageLayout | StoredLayout, text: str, start: int, end: int, box: Box) -> bool:
    """The date stands apart on its line: a line end or a column gap on either side."""
    height = max(1.0, box[3] - box[1])
    before = _neighbour(text, start - 1, -1)
    if before is not None:
        b = _first_box(layout, before, before + 1)
        if b is not None and abs(b[3] - box[3]) < height and box[0] - b[2] < 0.8 * height:
            return False
    last = text.rfind("\n", start, end)
    after = _neighbour(text, end, 1)
    if after is not None:
        tail = layout.boxes_for(last + 1 if last >= 0 else start, end)
        a = _first_box(layout, after, after + 1)
        if a is not None and tail:
            t = tail[-1]
            if abs(a[3] - t[3]) < height and a[0] - t[2] < 0.8 * height:
                return False
    return True


def birth_date_columns(page: Page) -> list[tuple[Box, list[tuple[int, int]]]]:
    """Per birth-date column header on the page: its box and the (start, end) of the
    dates that stand in its column."""
    return _columns(page, _HEADER, _DATE)


def plate_columns(page: Page) -> list[tuple[Box, list[tuple[int, int]]]]:
    """Per licence-plate column header on the page (``Kenteken``): its box and the
    (start, end) of the plates (groups of capitals and digits) in its column."""
    return _columns(page, _PLATE_HEADER, _PLATE)


_PLATE_HEADER = regex.compile(
    r"(?<![\p{L}])(?=\p{Lu})(?i:kentekens?|kenteken(?:nummer|plaat)|nummerplaat|licen[cs]e[ ]plate"
    r"|plates?|registration(?:[ ]number)?)(?![\p{L}])"
)
# A plate of any scheme: one to four groups of capitals and digits, with both.
_PLATE = regex.compile(
    r"(?<![\w\-/.])(?=[A-Z0-9\- ]*[A-Z])(?=[A-Z\- ]*\d)"
    r"(?:[A-Z0-9]{1,4}(?:[ \-][A-Z0-9]{1,5}){1,3}|[A-Z0-9]{5,8})(?![\w\-/])"
)


def id_number_columns(page: Page) -> list[tuple[Box, list[tuple[int, int]]]]:
    """Per column headed ``BSN``, ``V-nummer`` or ``BSN of V-nr``: the numbers in it."""
    return _columns(page, _ID_HEADER, _ID_NUMBER)


_ID_HEADER = regex.compile(
    r"(?<![\p{L}])(?:BSN|Burgerservicenummer|V-?nr\.?|V-?nummer|Vreemdelingennummer"
    r"|Persoonsnummer)(?![\p{L}])"
)
# 8 to 10 digits, in groups or not, a "V " before a V-number
_ID_NUMBER = regex.compile(
    r"(?<![\w\-/.])(?:V[ ]?)?(?:\d{9,10}|\d{4}[ .]\d{2}[ .]\d{3}|\d{3}[ .]\d{3}[ .]\d{3}"
    r"|\d{4}[ .]\d{3}[ .]\d{3}|\d{2}[ .]\d{2}[ .]\d{2}[ .]\d{3})(?![\w\-/]|[.,]\d)"
)


def _columns(
    page: Page, header: regex.Pattern[str], cell: regex.Pattern[str]
) -> list[tuple[Box, list[tuple[int, int]]]]:
    """Per ``header`` that heads a column on the page: its box and the (start, end) of
    the matches of ``cell`` that stand as cells below it, down to the table's end."""
    text = page.text
    if header.search(text) is None:
        return []
    layout = page.stored_layout()
    if layout is None:
        return []
    shaped: list[tuple[int, int, Box]] = []  # every cell-shaped match, with its box
    for m in cell.finditer(text):
        box = _first_box(layout, m.start(), m.end())
        if box is not None:
            shaped.append((m.start(), m.end(), box))
    columns: list[tuple[Box, list[tuple[int, int]]]] = []
    for h in header.finditer(text):
        if _LABEL_AFTER.match(text, h.end()):
            continue
        head = _first_box(layout, h.start(), h.end())
        if head is None:
            continue
        below = sorted(
            (
                d
                for d in shaped
                if d[2][1] >= head[3] - 1.0 and d[2][0] < head[2] and d[2][2] > head[0]
            ),
            key=lambda d: d[2][1],
        )
        found: list[tuple[int, int]] = []
        bottom = head[3]
        for start, end, box in below:
            if box[1] - bottom > MAX_ROW_GAP:
                break
            if _is_cell(layout, text, start, end, box):
                found.append((start, end))
                bottom = max(bottom, box[3])
        if found:
            columns.append((head, found))
    return columns


def birth_dates_in_columns(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Dates of birth read from a table's birth-date column (see the module docstring)."""
    out = list(findings)
    for number, page in enumerate(ctx.document.pages):
        columns = birth_date_columns(page)
        if not columns:
            continue
        cells = {span for _, spans in columns for span in spans}
        out = [f for f in out if not _other_column(f, number, cells)]
        covered = [
            (f.start, f.end)
            for f in out
            if f.page == number and f.entity_type == "DATE_OF_BIRTH"
        ]
        out.extend(_column_findings(number, page.text, sorted(cells), covered))
    return out


def plates_in_columns(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Licence plates in a table's plate column (``Kenteken``), whatever their scheme
    (``GZ418K`` written without hyphens, a foreign plate): score 0.7."""
    return _add_cells(
        findings, ctx, plate_columns,
        lambda text: ("NL_LICENSE_PLATE", PLATE_RULE, "in de kolom kenteken van een tabel"),
    )


def ids_in_columns(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Citizen service and alien numbers in a table's ``BSN`` / ``V-nummer`` column,
    whether or not they pass the eleven test (a typo in a BSN is still a person's)."""

    def kind(text: str) -> tuple[str, str, str]:
        bsn = sum(ch.isdigit() for ch in text) == 9 and "V" not in text
        entity = "NL_BSN" if bsn else "PERSONAL_NUMBER"
        return entity, ID_RULE, "in de kolom BSN of V-nummer van een tabel"

    return _add_cells(findings, ctx, id_number_columns, kind)


def _add_cells(
    findings: list[Finding],
    ctx: ResolveContext,
    columns_of: Callable[[Page], list[tuple[Box, list[tuple[int, int]]]]],
    kind: Callable[[str], tuple[str, str, str]],
) -> list[Finding]:
    """The findings, and a finding (score 0.7) for every cell of the page's columns
    that no redacted finding covers yet; ``kind`` gives a cell's entity, rule, reason."""
    out = list(findings)
    for number, page in enumerate(ctx.document.pages):
        columns = columns_of(page)
        if not columns:
            continue
        taken = [(f.start, f.end) for f in out if f.page == number and f.action is Action.REDACT]
        for _, spans in columns:
            for start, end in spans:
                if any(s < end and start < e for s, e in taken):
                    continue
                entity, rule, why = kind(page.text[start:end])
                out.append(_cell_finding(number, page.text, start, end, entity, rule, 0.7, why))
    return out


def _cell_finding(
    page: int, text: str, start: int, end: int, entity: str, rule: str, score: float, why: str
) -> Finding:
    return Finding(
        page=page,
        start=start,
        end=end,
        text=text[start:end],
        entity_type=entity,
        ground=ENTITY_GROUNDS[entity],
        provenance=Provenance(
            recognizer="context:columns",
            source=Source.CONTEXT,
            rule_id=rule,
            score=score,
            explanation=why,
        ),
    )


def _other_column(f: Finding, page: int, cells: set[tuple[int, int]]) -> bool:
    """A text pattern's date of birth in a row that stands in no birth-date column."""
    return (
        f.page == page
        and f.entity_type == "DATE_OF_BIRTH"
        and f.provenance.source is Source.RULE
        and f.provenance.score <= TEXT_COLUMN_SCORE
        and not any(s < f.end and f.start < e for s, e in cells)
    )


def _column_findings(
    page: int, text: str, cells: Iterable[tuple[int, int]], covered: Sequence[tuple[int, int]]
) -> list[Finding]:
    new: list[Finding] = []
    for start, end in cells:
        if any(s <= start and end <= e for s, e in covered):
            continue
        if not date_plausible(" ".join(text[start:end].split())):
            continue
        new.append(
            _cell_finding(
                page, text, start, end, "DATE_OF_BIRTH", COLUMN_RULE, COLUMN_SCORE,
                "datum in de kolom geboortedatum van een tabel",
            )
        )
    return new
