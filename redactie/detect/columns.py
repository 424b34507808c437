"""Table columns read from the page's geometry: birth-date, licence-plate, BSN or
V-number columns, and columns of persons' names.

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

import itertools
import weakref
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import regex

from redactie.detect.validators import date_plausible
from redactie.document import Box, Page, StoredLayout
from redactie.findings import Action, Finding, Provenance, Source
from redactie.woo import ENTITY_GROUNDS, PUBLIC_ENTITY_TYPES

if TYPE_CHECKING:
    from redactie.document import PageLayout
    from redactie.resolve import ResolveContext

COLUMN_RULE = "date_of_birth_column"
PLATE_RULE = "plate_column"
ID_RULE = "id_number_column"
PHONE_RULE = "phone_column"
COLUMN_SCORE = 0.6
# a person's initials right before a date in a birth-date column ("S.R., 12-03-2014")
INITIALS_RULE = "initials_in_birth_date_column"
# The text patterns' date of birth in a table row (rules/nl_personal_data.yaml,
# date_of_birth_in_column and date_of_birth_in_born_column): a guess from the text
# that the geometry may overrule; a date after a birth word on its own line (0.9) is not.
TEXT_COLUMN_SCORE = 0.6

_HEADER = regex.compile(
    r"(?<![\p{L}])(?=\p{Lu})"
    r"(?i:geboortedatum|geboorte-?[ ]?datum|geb\.?[ ]?datum|geb\.?[ ]?dat\.?|date[ ]of[ ]birth"
    r"|birth[ ]?date|d\.o\.b\.?|dob|geboren|born|geboortejaar|geb\.?[ ]?jaar|year[ ]of[ ]birth"
    r"|birth[ ]?year"
    # a staff list's birthdays: "Jarig" / "14-03", "2 juni"
    r"|jarig|verjaardag(?:en)?|birthday)(?![\p{L}])"
    # a header's explanation in brackets: "Pleegkind" / "(initialen, geb.)"
    r"|(?<=\((?:[^\n()]{0,30}[ ,/])?)(?:geb\.|geboortedatum|geb\.?[ ]?datum)(?![\p{L}])"
)
# A label with its value on the same line ("Geboortedatum: 3-4-1985") heads no column.
_LABEL_AFTER = regex.compile(
    r"[ \t]*:|[^\n]{0,40}?\d{1,2}[ ]?[\-/.][ ]?\d{1,2}[ ]?[\-/.][ ]?\d{2}"
    # "Geboortedatum 3 april 1988": a label with its date written out
    r"|[^\n]{0,40}?\d{1,2}[ \u00a0]+"
    r"(?i:jan|feb|mrt|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)"
)
_MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|january|february|march|may|june|july|august|october|jan|febr|feb|mrt|mar"
    r"|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec"
)
_DATE = regex.compile(
    r"(?<![\p{L}\d\-/.])(?:"
    r"\d{1,2}[ ]?[\-/.][ ]?\d{1,2}[ ]?[\-/.][ ]?(?:\d{4}|['’]?\d{2})"
    r"|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*)(?i:{_MONTHS})\.?,?"
    # (a cell read as blocks may put a blank line before the year: "8 februari" / / "1979")
    r"(?:[ \u00a0]+|[ \u00a0]*\n(?:[ \u00a0]*\n)?[ \u00a0]*)(?:19|20)\d{2}"
    # English order: "Oct 2, 1983"
    rf"|(?i:{_MONTHS})\.?[ \u00a0]+\d{{1,2}}(?:st|nd|rd|th)?,?"
    r"(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*)(?:19|20)\d{2}"
    # a year alone under "Geboren" ("A.d.B. | 1936"): with the client's initials, a
    # date of birth as well
    r"|(?:19|20)\d{2}(?![\-/.,:]?\d)"
    # without separators: "19791117", "17111979"
    r"|(?:19|20)\d{2}[01]\d[0-3]\d|[0-3]\d[01]\d(?:19|20)\d{2}"
    # a birthday without its year, as a staff list's "Jarig" column has it: "14-03",
    # "30/11", "7 jan.", "2 juni"
    r"|(?:0?[1-9]|[12]\d|3[01])[\-/.](?:0?[1-9]|1[0-2])(?![ ]?[\-/.,][ ]?\d)"
    rf"|(?:0?[1-9]|[12]\d|3[01])[ \u00a0]+(?i:{_MONTHS})\.?(?![ \u00a0]*\n?[ \u00a0]*\d)"
    r")(?![\d\p{L}])"
)
# a birthday without its year: "14-03" (day, month), "7 jan."
_BIRTHDAY = regex.compile(r"(\d{1,2})[\-/.](\d{1,2})|\d{1,2}[ \u00a0]+\p{L}+\.?")
# Rows below the header: a gap between two cells of the column larger than this
# (points) ends the table.
MAX_ROW_GAP = 90.0


def _first_box(layout: PageLayout | StoredLayout, start: int, end: int) -> Box | None:
    if end == start + 1:
        return layout.tight(start)  # one glyph: no line to merge (the hot path)
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
    if before is not None and _initials_before(text, start):
        before = None  # "S.R., 12-03-2014": a child by initials and its date, one item
    if before is not None:
        b = _first_box(layout, before, before + 1)
        if b is not None and abs(b[3] - box[3]) < height and box[0] - b[2] < 0.8 * height:
            return False
    last = text.rfind("\n", start, end)
    after = _neighbour(text, end, 1)
    if after is not None and text[after] == ";":
        after = None  # "L.K., 30-09-2017; N.K., 30-09-2017": the next item of the cell
    if after is not None:
        tail = layout.boxes_for(last + 1 if last >= 0 else start, end)
        a = _first_box(layout, after, after + 1)
        if a is not None and tail:
            t = tail[-1]
            if abs(a[3] - t[3]) < height and a[0] - t[2] < 0.8 * height:
                return False
    return True


# initials and a comma right before a date in a cell ("S.R., 12-03-2014")
_INITIALS_ITEM_BEFORE = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.){1,4},?[ \t]*\Z")


def _initials_before(text: str, start: int) -> regex.Match[str] | None:
    """A person's initials (and a comma) right before ``start`` on its line."""
    return _INITIALS_ITEM_BEFORE.search(text, text.rfind("\n", 0, start) + 1, start)


def birth_date_columns(page: Page) -> list[tuple[Box, list[tuple[int, int]]]]:
    """Per birth-date column header on the page: its box and the (start, end) of the
    dates that stand in its column."""
    return _columns(page, _HEADER, _DATE)


def plate_columns(page: Page) -> list[tuple[Box, list[tuple[int, int]]]]:
    """Per licence-plate column header on the page (``Kenteken``): its box and the
    (start, end) of the plates (groups of capitals and digits) in its column."""
    return _columns(page, _PLATE_HEADER, _PLATE)


_PLATE_HEADER = regex.compile(
    r"(?<![\p{L}])(?=\p{Lu})(?i:(?:voertuig|auto|bedrijfs|dienst)?kentekens?|kenteken(?:nummer|plaat)"
    r"|nummerplaat|licen[cs]e[ ]plate"
    r"|plates?|registration(?:[ ]number)?"
    # "Eigen auto (parkeren werf)": a column of the staff's own cars
    r"|eigen[ ]auto|(?-i:Auto|Voertuig|Vehicle|Car)(?![ ]\p{Ll}))(?![\p{L}])"
)
# A plate of any scheme: one to four groups of capitals and digits, with both.
_PLATE = regex.compile(
    # (not from a year in the cell before: "2 mei 1990" | "KLE-ZT 482" read as one line)
    r"(?<![\w\-/.])(?![12]\d{3}[ ])(?=[A-Z0-9\- ]*[A-Z])(?=[A-Z\- ]*\d)"
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
# (a cell may wrap the number: "632 478" / "652")
_ID_NUMBER = regex.compile(
    r"(?<![\w\-/.])(?:V[ ]?)?(?:\d{9,10}|\d{4}[ .\n]\d{2}[ .\n]\d{3}|\d{3}[ .\n]\d{3}[ .\n]\d{3}"
    r"|\d{4}[ .\n]\d{3}[ .\n]\d{3}|\d{2}[ .]\d{2}[ .]\d{2}[ .]\d{3})(?![\w\-/]|[.,]\d)"
)


# a column of persons' own numbers in a register: "Registratienummer" of soldiers,
# "Personeelsnr." of staff, a client's, member's, pupil's or patient's number
_STAFF_NUMBER_HEADER = regex.compile(
    r"(?<![\p{L}])(?:(?:Registratie|Dienst|Stam|Personeels|Medewerkers?|Werknemers|Klant"
    r"|Cli[eë]nt|Lid|Leden|Student|Leerling|Pati[eë]nt|Pas|Kandidaat)(?:nummer|nr\.?)"
    r"|Pers\.[ ]?nr\.?|(?:Employee|Staff)[ ](?:ID|number|no\.?))(?![\p{L}])"
)


def staff_number_columns(page: Page) -> list[tuple[Box, list[tuple[int, int]]]]:
    """Per column headed ``Registratienummer``, ``Dienstnummer``, ``Personeelsnr.``, a
    client's, member's, pupil's or patient's number: the numbers in it."""
    return _columns(page, _STAFF_NUMBER_HEADER, _STAFF_NUMBER)


# a register's own number: 5 to 10 digits, a letter code before it or not ("1048273",
# "P-228415")
_STAFF_NUMBER = regex.compile(
    r"(?<![\w\-/.])(?:[A-Z]{1,3}-?)?(?:\d{5,10}|\d{3,4}[ .]\d{3,4})(?![\w\-/]|[.,]\d)"
)


# The header of a column of persons' names: a contact list, a table of applicants.
_NAME_HEADER = regex.compile(
    r"(?<![\p{L}])(?=\p{Lu})(?i:(?:eigenaar|houder)[ ](?:hond|honden|dier|dieren|paard|kat"
    r"|voertuig|auto)|naam|namen|name|names|contactpersoon|contactpersonen"
    r"|contact[ ]person|medewerker|medewerkers|behandelaar|deelnemer|deelnemers"
    r"|cli[eë]nt|bewoner|bewoners|huurder|huurders|eigenaar|eigenaren|verhuurder|verhuurders"
    r"|betrokkene|achternaam|voornaam|voornamen|roepnaam|first[ ]name|given[ ]name|surname"
    r"|last[ ]name|bezwaarmaker|bezwaarmakers|standhouders?|ontvangers?"
    r"|begunstigden?|aanvrager|onthe(?:ffi|\ufb03)nghouders?"
    r"|aanvragers|indiener|indieners|melder|klager|verzoeker|appellant"
    # a roster's or register's persons: "Dijkwacht", "Vrijwilliger", "Rechthebbende"
    r"|dijkwacht|dijkwachten|vrijwilliger|vrijwilligers|rechthebbende|rechthebbenden"
    r"|gemachtigde|erfgenaam|erfgenamen|gast|gasten|persoon|personen|werknemer|werknemers"
    # a table of a parent's children: "Toeslagjaar | Opvang | Kind"
    r"|kind|kinderen|pleegkind|pleegkinderen|child|children"
    r"|leerling|leerlingen|huisgenoot|gezinslid|gezinsleden|getuige|getuigen|begeleider"
    r"|voor-[ ]en[ ]achternaam"
    # a register of incidents: "Slachtoffer", "Eigenaar hond (ras)", "Houder dier"
    r"|slachtoffer|slachtoffers|benadeelde|benadeelden|gedupeerde|gedupeerden"
    # a register of permits: "Houder", "Vergunninghouder"
    r"|houder|houders|vergunninghouder|vergunninghouders|kentekenhouder)(?![\p{L}])"
    # "Achternaam, tussenv.": the particles' column named with it
    r"(?:,[ \t]*(?:\n[ \t]*)*(?i:tussenv(?:oegsel)?s?\.?|voorvoegsels?))?"
    # a second name for the column after a slash: "Eigenaar /" / "verhuurder"
    r"(?:[ \t]*/(?:[ \t\n]*\p{L}+(?![\p{L}]))?)?"
    # a remark in brackets: "Naam (zoals in paspoort)"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"
)


def name_column_cells(page: Page) -> list[list[tuple[int, int]]]:
    """The cells of the page's columns of persons' names (``Naam``, ``Contactpersoon``,
    ``Bezwaarmaker``; see :func:`column_cells`)."""
    return column_cells(page, _NAME_HEADER)


# The header of a column of surnames: "Achternaam", "Familienaam", "Surname"
_SURNAME_HEADER = regex.compile(
    r"(?<![\p{L}])(?=\p{Lu})(?i:achternaam|familienaam|geslachtsnaam|surname|last[ ]name"
    r"|family[ ]name)(?![\p{L}])"
    # "Achternaam, tussenv.": the particles' column named with it
    r"(?:,[ \t]*(?:\n[ \t]*)*(?i:tussenv(?:oegsel)?s?\.?|voorvoegsels?))?"
)


# The header of a column of office holders: "Raadslid (fractie)", "Wethouder", "Kamerlid"
_ROLE_HEADER = regex.compile(
    r"(?<![\p{L}])(?=\p{Lu})(?i:raadslid|raadsleden|kamerlid|kamerleden|statenlid|statenleden"
    r"|wethouder|wethouders|gedeputeerde|gedeputeerden|burgemeester|bewindspersoon"
    r"|fractievoorzitter|commissielid)(?:[ \t]*\([^()\n]{1,20}\))?(?![\p{L}])"
)


def role_column_cells(page: Page) -> list[list[tuple[int, int]]]:
    """The cells of the page's columns headed by a public office (``Raadslid
    (fractie)``): the names in them hold that office.  A header is a cell alone on its
    line with other cells at its height (``Declaratie | Datum | Raadslid (fractie)``),
    not a role word in a sentence or a chat's message; a cell holds four words a line at
    most."""
    text = page.text
    if _ROLE_HEADER.search(text) is None:
        return []
    layout = page.stored_layout()
    if layout is None:
        return []
    lines = _text_lines(layout, text)

    def heads_a_column(h: regex.Match[str]) -> bool:
        line_start = text.rfind("\n", 0, h.start()) + 1
        line_end = text.find("\n", h.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if line.strip() != h.group().strip():
            return False  # "Chen: Burgemeester Hendrikx-Coumans wil ...": a sentence
        box = _first_box(layout, h.start(), h.end())
        return box is not None and _beside(lines, box, box[2], max(1.0, box[3] - box[1]))

    if not any(heads_a_column(h) for h in _ROLE_HEADER.finditer(text)):
        return []
    return [
        cell
        for cell in column_cells(page, _ROLE_HEADER)
        if all(len(text[a:b].split()) <= 4 for a, b in cell)
    ]


# The header of a column of given names: "Voornaam", "Roepnaam", "First name"
_GIVEN_NAME_HEADER = regex.compile(
    r"(?<![\p{L}])(?=\p{Lu})(?i:voornaam|voornamen|roepnaam|first[ ]name|given[ ]names?)(?![\p{L}])"
)


def given_name_column_cells(page: Page) -> list[list[tuple[int, int]]]:
    """The cells of the page's columns of given names (``Voornaam``)."""
    return column_cells(page, _GIVEN_NAME_HEADER)


def surname_column_cells(page: Page) -> list[list[tuple[int, int]]]:
    """The cells of the page's columns of surnames (``Achternaam``)."""
    return column_cells(page, _SURNAME_HEADER)


# The header of a column of handlers' codes: "Reg.", "Paraaf", "Beh.", "Init."
_CODE_HEADER = regex.compile(
    r"(?<![\p{L}])(?=\p{Lu})(?i:reg\.|paraaf|parafen|beh\.|init\.|geregistreerd[ ]door"
    r"|ingevoerd[ ]door|afgehandeld[ ]door)(?![\p{L}])"
)


def code_column_cells(page: Page) -> list[list[tuple[int, int]]]:
    """The cells of the page's columns of handlers' codes (``Reg.``, ``Paraaf``)."""
    return column_cells(page, _CODE_HEADER)


# The header of a column of persons' initials: "Voorl.", "Voorletters", "Voorl./voornaam"
_INITIALS_HEADER = regex.compile(
    r"(?<![\p{L}])(?=\p{Lu})(?i:voorl\./?|voorletters?/?|initialen|initials)(?![\p{L}])"
)


def initials_column_cells(page: Page) -> list[list[tuple[int, int]]]:
    """The cells of the page's columns of initials (``Voorl.``, ``Voorletters``)."""
    return column_cells(page, _INITIALS_HEADER)


# The header of a column of where meetings are held: an agenda export, a schedule.
_VENUE_HEADER = regex.compile(
    r"(?<![\p{L}])(?=\p{Lu})"
    r"(?i:locatie|vergaderlocatie|waar|venue|location|plaats[ ]van[ ]handeling"
    # "Adres stemlokaal": the address of a place, not of the person in the row
    r"|adres[ ](?:stemlokaal|stembureau|locatie|vestiging|kantoor|school|gebouw|venue))"
    r"(?![\p{L}])"
)


def venue_column_cells(page: Page) -> list[list[tuple[int, int]]]:
    """The cells of the page's columns of venues (``Locatie``, ``Waar``, ``Location``)."""
    return column_cells(page, _VENUE_HEADER)


# The header of a column of ships (an incident report's table of vessels and skippers):
# its cells are the vessels' names, which name no person.
_VESSEL_HEADER = regex.compile(
    r"(?<![\p{L}])(?=\p{Lu})"
    r"(?i:schip|schepen|vaartuig|vaartuigen|naam[ ]schip|scheepsnaam|vessel|ship)"
    r"(?![\p{L}])"
)


# The columns of a roll-call vote in an elected body's minutes ("Voor | Tegen").
_VOTE_HEADER = regex.compile(
    r"(?<![\p{L}])(?:Voor|Tegen|Voorstemmers|Tegenstemmers|Onthouden|Onthoudingen)(?![\p{L}])"
)


def vote_column_cells(page: Page) -> list[list[tuple[int, int]]]:
    """The cells under a ``Voor`` / ``Tegen`` header: the members who voted so."""
    return column_cells(page, _VOTE_HEADER)


def vessel_column_cells(page: Page) -> list[list[tuple[int, int]]]:
    """The cells of the page's columns of ships (``Schip``, ``Vaartuig``, ``Vessel``)."""
    return column_cells(page, _VESSEL_HEADER)


# The header of a column of persons' private addresses: never an organisation's address
# (a tenants' "Woonadres" column may hold a foundation's office in its row).
_HOME_ADDRESS_HEADER = regex.compile(
    r"(?<![\p{L}])(?=\p{Lu})(?i:priv[ée]adres|priv[ée]-adres|thuisadres|huisadres"
    r"|home[ ]address|private[ ]address)(?![\p{L}])"
    r"(?:[ \t]*\([^()\n]{1,40}(?:\)|[ \t]*\n[^()\n]{1,40}\)))?"  # "(alleen bij calamiteiten)"
)


def in_home_address_column(page: Page, start: int, end: int) -> bool:
    """``start``-``end`` lies in a cell of a column of private addresses
    (``Privéadres``, ``Thuisadres``): a person's, whoever else the row names."""
    return any(
        cell[0][0] <= start and end <= cell[-1][1] + 1
        for column in [column_cells(page, _HOME_ADDRESS_HEADER)]
        for cell in column
    )


def address_column_cells(page: Page) -> list[list[tuple[int, int]]]:
    """The cells of the page's address columns (``Adres``, ``Woonadres``)."""
    return column_cells(page, _ADDRESS_HEADER)


def column_cells(page: Page, header: regex.Pattern[str]) -> list[list[tuple[int, int]]]:
    """The cells below each ``header`` that heads a column, each as the (start, end) of
    its lines: a line below the header whose first glyph stands under it, up to the
    first column gap or the next column's left edge; a line right below another at the
    same left edge goes on the same cell (``dhr. R.`` / ``Burgemeester``).  A header
    that is no cell of its own (``Naam organisatie``, ``Naam:``) heads no column.  The
    table ends at a line that stands alone at its height (a heading or a paragraph
    below the table), unless it goes on right below the cell above it."""
    text = page.text
    layout = _headed_layout(page, header)
    if layout is None:
        return []
    # read once per page and header: the stages and every address or number in a row
    # ask for the same columns
    known = _CELLS.setdefault(layout, {})
    key = (text, header.pattern)
    if key not in known:
        known[key] = _read_column_cells(layout, text, header)
    return known[key]


# A layout's columns and lines, kept while the layout lives (see _stored_layout).
_CELLS: weakref.WeakKeyDictionary[
    PageLayout | StoredLayout, dict[tuple[str, str], list[list[tuple[int, int]]]]
] = weakref.WeakKeyDictionary()
_LINES: weakref.WeakKeyDictionary[
    PageLayout | StoredLayout, tuple[str, list[tuple[int, int, Box]]]
] = weakref.WeakKeyDictionary()


def _read_column_cells(
    layout: PageLayout | StoredLayout, text: str, header: regex.Pattern[str]
) -> list[list[tuple[int, int]]]:
    lines = _text_lines(layout, text)
    out: list[list[tuple[int, int]]] = []
    for h in header.finditer(text):
        if _LABEL_AFTER.match(text, h.end()):
            continue
        head = _first_box(layout, h.start(), h.end())
        if head is None or not _is_cell(layout, text, h.start(), h.end(), head):
            continue
        if _in_table_body(layout, text, lines, head):
            continue  # "Eigenaar" / "afhaalrestaurant, ...": a remark's cell, no header
        limit = _next_column(layout, text, lines, h.end(), head)
        bottom = head[3]
        last: Box | None = None  # the box of the previous cell line's first glyph
        for first, line_end, first_box in lines:
            if first <= h.start() or first_box[1] < head[3] - 1.0:
                continue
            if first_box[1] - bottom > MAX_ROW_GAP:
                break
            cell = _cell_under(layout, text, first, line_end, head)
            if cell is True:
                break  # running text across the column: below the table
            if cell is False:
                continue  # no cell of this line stands under the header
            start, box = cell
            end, right = _cell_end(layout, text, start, line_end, box, limit)
            height = max(1.0, box[3] - box[1])
            if (
                box[1] - bottom > 1.2 * height
                and not text[end:line_end].strip()
                and not _beside(lines, box, right, height)
            ):
                break  # a line alone at its height, apart from the cell above: no row
            if (
                last is not None
                and abs(box[0] - last[0]) <= 2.0
                and 0 <= box[1] - last[3] <= 1.0 * height
            ):
                out[-1].append((start, end))  # the cell's next line
            else:
                out.append([(start, end)])
            last = box
            bottom = max(bottom, box[3])
    return out


def _in_table_body(
    layout: PageLayout | StoredLayout, text: str, lines: list[tuple[int, int, Box]], head: Box
) -> bool:
    """A row of the table stands right above ``head`` in its column: a cell at the
    same left edge, a row's gap above it, with more cells beside it.  A column's header
    stands in the table's first row; the same word lower down opens a cell."""
    height = max(1.0, head[3] - head[1])
    column = sorted(
        (line for line in lines if abs(line[2][0] - head[0]) <= 2.0 and line[2][3] <= head[1]),
        key=lambda line: -line[2][1],
    )
    top = head[1]
    for k, (first, line_end, box) in enumerate(column):
        gap = top - box[3]
        if k == 0 and not 1.0 * height < gap <= 3.0 * height:
            return False  # no cell a row above: the header row
        if k > 0 and gap > 1.0 * height:
            return False  # the cell above ends here without a row beside it
        _end, right = _cell_end(layout, text, first, line_end, box)
        if _beside(lines, box, right, height):
            return True
        top = box[1]
    return False


def _next_column(
    layout: PageLayout | StoredLayout,
    text: str,
    lines: list[tuple[int, int, Box]],
    after: int,
    head: Box,
) -> float:
    """The left edge of the next column's header: the nearest glyph right of ``head``
    at its height, on its line of text or another (a header row read cell by cell)."""
    mid = (head[1] + head[3]) / 2
    edges = [b[0] for _, _, b in lines if b[0] > head[2] and b[1] <= mid <= b[3]]
    line_end = text.find("\n", after)
    for k in range(after, len(text) if line_end < 0 else line_end):
        if not text[k].isspace():
            b = _first_box(layout, k, k + 1)
            if b is not None and b[0] > head[2]:
                edges.append(b[0])
                break
    return min(edges, default=float("inf"))


def _cell_under(
    layout: PageLayout | StoredLayout, text: str, first: int, line_end: int, head: Box
) -> tuple[int, Box] | bool:
    """The word of the line from ``first`` that opens a cell under ``head``: the first
    word whose first glyph lies where the header begins (a left-aligned column), also
    where the cell before it ran close to it (``Westbuitenhaven P.J. ...``).  False
    when no word does; True when a word runs across the header's left edge (running
    text: the table has ended)."""
    height = max(1.0, head[3] - head[1])
    k = first
    while k < line_end:
        box = _first_box(layout, k, k + 1)
        if box is not None:
            if box[0] >= head[0] + 0.6 * height:
                return False  # the line's words from here stand right of the column
            if box[0] >= head[0] - 2.0:
                return k, box
            w = k
            while w < line_end and not text[w].isspace():
                w += 1
            word = layout.boxes_for(k, w)
            if word and word[-1][2] > head[0] + 0.6 * height:
                return True
        k += 1
        while k < line_end and not (text[k - 1].isspace() and not text[k].isspace()):
            k += 1  # to the next word's first letter
    return False


def _text_lines(
    layout: PageLayout | StoredLayout, text: str, lo: int = 0, hi: int | None = None
) -> list[tuple[int, int, Box]]:
    """Every line of ``text`` (the lines that open from ``lo`` to ``hi``) with a glyph:
    where its first glyph is, where it ends, and that glyph's box.  The whole page's
    lines are read once per layout."""
    whole = lo == 0 and hi is None
    if whole:
        known = _LINES.get(layout)
        if known is not None and known[0] == text:
            return known[1]
    out: list[tuple[int, int, Box]] = []
    pos = text.rfind("\n", 0, lo) + 1 if lo else 0
    hi = len(text) if hi is None else hi
    while pos < hi:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        start = pos
        while start < line_end and text[start].isspace():
            start += 1
        box = _first_box(layout, start, start + 1) if start < line_end else None
        if box is not None:
            out.append((start, line_end, box))
        pos = line_end + 1
    if whole:
        _LINES[layout] = (text, out)
    return out


def _beside(lines: list[tuple[int, int, Box]], box: Box, right: float, height: float) -> bool:
    """Another line's first glyph stands at the height of ``box``, left of it or right
    of ``right``: the line is a row of a table, with more cells."""
    mid = (box[1] + box[3]) / 2
    return any(
        (b[0] > right + 0.8 * height or b[2] < box[0]) and b[1] <= mid <= b[3]
        for _, _, b in lines
        if b is not box
    )


def _cell_end(
    layout: PageLayout | StoredLayout,
    text: str,
    start: int,
    line_end: int,
    box: Box,
    limit: float = float("inf"),
) -> tuple[int, float]:
    """Where the cell that opens at ``start`` ends on its line, and its right edge: at
    the first column gap (a space wider than 0.8 of the line's height between two
    glyphs), at a word that starts at the next column's edge ``limit``, or the line end."""
    height = max(1.0, box[3] - box[1])
    right = box[2]
    end = start + 1
    for k in range(start + 1, line_end):
        if text[k].isspace():
            continue
        b = _first_box(layout, k, k + 1)
        if b is None:
            continue
        if b[0] - right > 0.8 * height or (text[k - 1].isspace() and b[0] >= limit - 1.0):
            break
        right = b[2]
        end = k + 1
    return end, right


def _headed_layout(page: Page, header: regex.Pattern[str]) -> PageLayout | StoredLayout | None:
    """The page's glyph boxes when ``header`` occurs in its text; None otherwise (no
    column to read) or without stored boxes."""
    if header.search(page.text) is None:
        return None
    return page.stored_layout()


def _columns(
    page: Page, header: regex.Pattern[str], cell: regex.Pattern[str]
) -> list[tuple[Box, list[tuple[int, int]]]]:
    """Per ``header`` that heads a column on the page: its box and the (start, end) of
    the matches of ``cell`` that stand as cells below it, down to the table's end."""
    text = page.text
    layout = _headed_layout(page, header)
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
        # the column's other cells ("dienstauto DBB", "meerijden") carry the table down
        # to a match below rows that hold none
        others = _cell_lines_under(page, layout, header, head) if below else []
        k = 0
        for start, end, box in below:
            while k < len(others) and others[k][0] < box[1]:
                if others[k][0] - bottom <= MAX_ROW_GAP:
                    bottom = max(bottom, others[k][1])
                k += 1
            if box[1] - bottom > MAX_ROW_GAP:
                break
            if _is_cell(layout, text, start, end, box):
                found.append((start, end))
                bottom = max(bottom, box[3])
        if found:
            columns.append((head, found))
    return columns


def _cell_lines_under(
    page: Page, layout: PageLayout | StoredLayout, header: regex.Pattern[str], head: Box
) -> list[tuple[float, float]]:
    """The tops and bottoms of the lines of the cells under ``head`` (by
    :func:`column_cells`), top to bottom."""
    out = []
    for cell in column_cells(page, header):
        for s, e in cell:
            b = _first_box(layout, s, e)
            if b is not None and b[1] >= head[3] - 1.0 and b[0] < head[2] and b[2] > head[0]:
                out.append((b[1], b[3]))
    return sorted(out)


def birth_dates_in_columns(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Dates of birth read from a table's birth-date column (see the module docstring)."""
    out = list(findings)
    for number, page in enumerate(ctx.document.pages):
        columns = birth_date_columns(page)
        if not columns:
            continue
        cells = {span for _, spans in columns for span in spans}
        bands = _column_bands(page, columns)
        out = [f for f in out if not _other_column(f, number, cells, bands)]
        covered = [
            (f.start, f.end)
            for f in out
            if f.page == number and f.entity_type == "DATE_OF_BIRTH"
        ]
        out.extend(_column_findings(number, page.text, sorted(cells), covered))
    return _initials_elsewhere(out, ctx)


def _initials_elsewhere(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """The other mentions of a child's initials found in a birth-date column (``M.A.
    (gezin Yıldız-Kaya): omgangsregeling ...``)."""
    codes = {
        f.text
        for f in findings
        if f.provenance.rule_id == INITIALS_RULE and f.action is Action.REDACT
    }
    if not codes:
        return findings
    pattern = regex.compile(
        r"(?<![\p{L}.])(?:" + "|".join(regex.escape(c) for c in sorted(codes)) + r")(?![\p{L}])"
    )
    new: list[Finding] = []
    for number, page in enumerate(ctx.document.pages):
        taken = [(f.start, f.end) for f in findings if f.page == number]
        for m in pattern.finditer(page.text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            new.append(
                _cell_finding(
                    number, page.text, m.start(), m.end(), "PERSON", INITIALS_RULE,
                    COLUMN_SCORE, "initialen van een kind uit de kolom geboortedatum",
                )
            )
    return [*findings, *new] if new else findings


def plates_in_columns(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Licence plates in a table's plate column (``Kenteken``), whatever their scheme
    (``GZ418K`` written without hyphens, a foreign plate): score 0.7."""
    return _add_cells(
        findings, ctx, plate_columns,
        lambda text: ("NL_LICENSE_PLATE", PLATE_RULE, "in de kolom kenteken van een tabel"),
    )


def phone_columns(page: Page) -> list[tuple[Box, list[tuple[int, int]]]]:
    """Per column headed ``Mobiel``, ``Telefoon``, ``Pieper`` or ``Capcode``: the
    telephone and pager numbers in it."""
    return _columns(page, _PHONE_HEADER, _PHONE_CELL)


_PHONE_HEADER = regex.compile(
    r"(?<![\p{L}])(?=\p{Lu})(?i:mobiel(?:[ ]?nummer)?|mobiele[ ]nummer|telefoon(?:nummer)?"
    r"|tel\.?|gsm|pieper(?:nummer)?|pager|semafoon|capcode|mobile|phone"
    # a staff list's landline column: "Vast", "Doorkies", "Toestel"
    r"|vast(?:[ ]nummer)?|doorkies(?:nummer)?|toestel(?:nummer)?|landline)(?![\p{L}])"
)
# a pager's capcode (six to eight digits) or a telephone number, as a cell holds them
_PHONE_CELL = regex.compile(
    r"(?<![\w\-/.+])(?:\d{6,8}|(?:\+\d{2,3}[ \-]?(?:\(0\)[ \-]?)?|0)\d(?:[ \-.]?\d){7,10}"
    # a number wrapped in a narrow cell, a group a line: "026" / "377" / "4822"
    r"|0\d{2,3}(?:[ ]*\n[ ]*\d{2,4}){1,3}(?=[ ]*(?:\n|$)))"
    r"(?![\w\-/]|[.,]\d)"
)


def phones_in_columns(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Telephone and pager numbers in a table's ``Mobiel`` / ``Pieper`` column: score
    0.7; an organisation's number among them is kept by the evidence stage after."""
    return _add_cells(
        findings, ctx, phone_columns,
        lambda text: ("PHONE_NUMBER", PHONE_RULE, "in de kolom telefoon of pieper van een tabel"),
    )  # fmt: skip


def ids_in_columns(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Citizen service and alien numbers in a table's ``BSN`` / ``V-nummer`` column,
    whether or not they pass the eleven test (a typo in a BSN is still a person's), and
    staff's own numbers in a ``Registratienummer`` / ``Personeelsnummer`` column."""

    def kind(text: str) -> tuple[str, str, str]:
        bsn = sum(ch.isdigit() for ch in text) == 9 and "V" not in text
        entity = "NL_BSN" if bsn else "PERSONAL_NUMBER"
        return entity, ID_RULE, "in de kolom BSN of V-nummer van een tabel"

    def staff(text: str) -> tuple[str, str, str]:
        return "PERSONAL_NUMBER", ID_RULE, "in de kolom registratie- of personeelsnummer"

    found = _add_cells(findings, ctx, id_number_columns, kind)
    return _add_cells(found, ctx, staff_number_columns, staff)


def _add_cells(
    findings: list[Finding],
    ctx: ResolveContext,
    columns_of: Callable[[Page], list[tuple[Box, list[tuple[int, int]]]]],
    kind: Callable[[str], tuple[str, str, str]],
) -> list[Finding]:
    """The findings, and a finding (score 0.7) for every cell of the page's columns
    that no redacted finding covers whole yet; ``kind`` gives a cell's entity, rule, reason."""
    out = list(findings)
    for number, page in enumerate(ctx.document.pages):
        columns = columns_of(page)
        if not columns:
            continue
        taken = _redacted_spans(out, number)
        for _, spans in columns:
            for start, end in spans:
                # covered already; a finding over part of it (the model's name running
                # on into the cell: "Wójcik, T." / "PO") leaves the rest readable
                if any(s <= start and end <= e for s, e in taken):
                    continue
                entity, rule, why = kind(page.text[start:end])
                out.append(_cell_finding(number, page.text, start, end, entity, rule, 0.7, why))
    return out


def _redacted_spans(findings: Iterable[Finding], page: int) -> list[tuple[int, int]]:
    """The spans on the page that findings of personal data will redact (an
    organisation the model found there is dropped later and covers nothing)."""
    return [
        (f.start, f.end)
        for f in findings
        if f.page == page
        and f.action is Action.REDACT
        and f.entity_type not in PUBLIC_ENTITY_TYPES
    ]


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


def _column_bands(
    page: Page, columns: Sequence[tuple[Box, Sequence[tuple[int, int]]]]
) -> list[tuple[Box, PageLayout | StoredLayout]]:
    """Per column: the area from its header down to its last cell, with the page's
    glyph boxes to place a span in it."""
    layout = page.stored_layout()
    if layout is None:
        return []
    bands: list[tuple[Box, PageLayout | StoredLayout]] = []
    for head, spans in columns:
        bottom = head[3]
        for start, end in spans:
            box = _first_box(layout, start, end)
            if box is not None:
                bottom = max(bottom, box[3])
        bands.append(((head[0], head[3], head[2], bottom), layout))
    return bands


def _in_band(f: Finding, bands: Sequence[tuple[Box, PageLayout | StoredLayout]]) -> bool:
    """The span stands under a birth-date column's header, above its last cell: a row
    whose cell a long neighbour left too little room to be read as one."""
    for band, layout in bands:
        box = _first_box(layout, f.start, f.end)
        if (
            box is not None
            and box[0] < band[2]
            and box[2] > band[0]
            and band[1] - 1.0 <= box[1] <= band[3]
        ):
            return True
    return False


_COLUMN_PATTERN = regex.compile(r"`date_of_birth_in(?:_born)?_column`")


def _other_column(
    f: Finding,
    page: int,
    cells: set[tuple[int, int]],
    bands: Sequence[tuple[Box, PageLayout | StoredLayout]] = (),
) -> bool:
    """A text pattern's date of birth in a row that stands in no birth-date column."""
    return (
        f.page == page
        and f.entity_type == "DATE_OF_BIRTH"
        and f.provenance.source is Source.RULE
        and f.provenance.score <= TEXT_COLUMN_SCORE
        # only the text patterns' guesses of a column ("date_of_birth_in_column"), not
        # a date the text itself calls a birth ("His mother (2 March 1949)")
        and _COLUMN_PATTERN.search(f.provenance.explanation) is not None
        and not any(s < f.end and f.start < e for s, e in cells)
        and not _in_band(f, bands)
    )


def _column_findings(
    page: int, text: str, cells: Iterable[tuple[int, int]], covered: Sequence[tuple[int, int]]
) -> list[Finding]:
    new: list[Finding] = []
    for start, end in cells:
        if any(s <= start and end <= e for s, e in covered):
            continue
        cell = " ".join(text[start:end].split())
        year = cell.isdigit() and len(cell) == 4
        birthday = _BIRTHDAY.fullmatch(cell)
        if birthday is not None:
            # "14-03", "7 jan.": a day of the year, plausible in a leap year
            day, month = birthday.group(1), birthday.group(2)
            cell = f"{day}-{month}-2000" if month else f"{cell} 2000"
        if not (date_plausible(cell) or (year and date_plausible(f"1-1-{cell}"))):
            continue
        new.append(
            _cell_finding(
                page, text, start, end, "DATE_OF_BIRTH", COLUMN_RULE, COLUMN_SCORE,
                "geboortejaar in de kolom geboren van een tabel"
                if year
                else "datum in de kolom geboortedatum van een tabel",
            )
        )
        initials = _initials_before(text, start)
        if initials is not None and not any(s <= initials.start() < e for s, e in covered):
            # "S.R., 12-03-2014": the child the date of birth is of, by its initials
            end_init = initials.start() + len(initials.group().rstrip(" \t,"))
            new.append(
                _cell_finding(
                    page, text, initials.start(), end_init, "PERSON", INITIALS_RULE,
                    COLUMN_SCORE, "initialen voor een datum in de kolom geboortedatum",
                )
            )
    return new


# The first column of a table of places: the address cells in its rows are the
# places' addresses ("Locatie | Plekken | Adres | Contactpersoon").
_PLACE_HEADER = regex.compile(
    r"(?i:locatie|locaties|opvanglocatie|vestiging|instelling|accommodatie|gebouw|school"
    r"|organisatie|bedrijf|object|voorziening|opvang|location|site)"
)
_ADDRESS_HEADER = regex.compile(
    r"(?<![\p{L}])(?i:woon-[ ]of[ ]postadres|adres|adressen|woonadres|huisadres|postadres"
    r"|bezoekadres|locatieadres"
    r"|priv[ée]adres|priv[ée]-adres|thuisadres"
    r"|vestigingsadres|ophaaladres|afleveradres|verblijfsadres|correspondentieadres"
    r"|home[ ]address|address"
    # "Straat en nr.", "Straat + huisnummer", "Straatnaam"
    r"|straat(?:naam)?(?:[ ](?:en|\+|&)[ ](?:huis)?n(?:umme)?r\.?)?)(?![\p{L}])"
    # what the address is of: "Adres monument", "Adres woning"; "Adres of locatie"
    r"(?:[ \t]+(?i:monument|pand|object|schadeobject|schadeadres|woning|perceel|aanvrager"
    r"|eigenaar|bewoner|bewoners"
    r"|betrokkene|melder|verzoeker|indiener|cliënt|client|klager|klaagster|verzoekster"
    r"|huurder|ouder|ouders|leerling|bezwaarmaker|appellant|deelnemer|vrijwilliger|patiënt"
    r"|(?:of|en|/)[ \t]+(?:locatie|woonplaats|plaats|vestiging))(?![\p{L}]))?"
    # a second name for the column after a slash: "Adres / contact"
    r"(?:[ \t]*/(?:[ \t\n]*\p{L}+(?![\p{L}]))?)?"
    # a remark in brackets: "Adres (woonplaats)", also wrapped in its cell ("Huisadres
    # (alleen" / "voor calamiteiten)")
    r"(?:[ \t]*\([^()\n]{1,40}(?:\)|[ \t]*\n[^()\n]{1,40}\)))?"
)


def place_table_row(page: Page, start: int, end: int) -> str | None:
    """The text of the first cell of the table row that the span stands in, when the
    span stands in an address column (``Adres``) of a table whose first column is
    headed as places (``Locatie``, ``Vestiging``, ``Instelling``); None otherwise."""
    text = page.text
    if _ADDRESS_HEADER.search(text, 0, start) is None:
        return None
    layout = page.stored_layout()
    if layout is None:
        return None
    box = _first_box(layout, start, start + 1)
    if box is None:
        return None
    lines = _text_lines(layout, text)
    head = None
    for h in _ADDRESS_HEADER.finditer(text, 0, start):
        hb = _first_box(layout, h.start(), h.end())
        if hb is not None and hb[3] <= box[1] + 1.0 and hb[0] < box[2] + 200:
            head = hb  # the nearest header above the span
    if head is None or box[1] - head[3] > 20 * max(1.0, head[3] - head[1]):
        return None
    # a pattern may have read the cell before with it ("De Eglantier Eglantierlaan
    # 200"): the address is the part from the header's column on
    k = start
    while box[0] < head[0] - 2.0:
        k = text.find(" ", k, end) + 1
        if k <= 0:
            return None
        nxt = _first_box(layout, k, k + 1)
        if nxt is None:
            return None
        box = nxt
    if box[0] >= head[2] + 40:
        return None  # not under the header
    first_head = _leftmost_at(layout, text, lines, head)
    if first_head is None or not _PLACE_HEADER.fullmatch(text[first_head[0] : first_head[1]]):
        return None
    cell = _leftmost_at(layout, text, lines, box)
    if cell is None or cell[0] >= k:
        return None
    return text[cell[0] : min(cell[1], k)]


def _leftmost_at(
    layout: PageLayout | StoredLayout, text: str, lines: list[tuple[int, int, Box]], box: Box
) -> tuple[int, int] | None:
    """The (start, end) of the leftmost cell at the height of ``box``."""
    mid = (box[1] + box[3]) / 2
    row = [(b[0], s, e, b) for s, e, b in lines if b[1] <= mid <= b[3]]
    if not row:
        return None
    _, s, e, b = min(row)
    end, _ = _cell_end(layout, text, s, e, b)
    return s, end


def cell_line_above(page: Page, start: int) -> tuple[int, int] | None:
    """The line of the same table cell right above the line that opens at ``start``:
    the previous line of the text (or of the page, by height) whose first glyph has
    the same left edge and whose bottom is less than a line's height above it
    (``Gymnastiekvereniging`` / ``Willem Lodewijk``)."""
    layout = page.stored_layout()
    if layout is None:
        return None
    text = page.text
    box = _first_box(layout, start, start + 1)
    if box is None:
        return None
    height = max(1.0, box[3] - box[1])
    lo = max(0, start - 400)
    for s, e, b in reversed(_text_lines(layout, text, lo, start)):
        if not 0 <= box[1] - b[3] <= 1.0 * height:
            continue
        k = s
        while k < e:  # the word of that line at the same left edge ("5 Gymnastiek...")
            if k == s or (text[k - 1].isspace() and not text[k].isspace()):
                w = _first_box(layout, k, k + 1)
                if w is not None and abs(w[0] - box[0]) <= 2.0:
                    end, _ = _cell_end(layout, text, k, e, w)
                    return k, end
            k += 1
    return None


def row_start(page: Page, start: int) -> int | None:
    """Where the table row of the line that holds ``start`` begins in the page's text:
    the earliest of the lines right before it whose first glyph is not above that
    line's (cells of the same row, and the lines a wrapped cell adds below them).
    None without the page's geometry."""
    layout = page.stored_layout()
    if layout is None:
        return None
    text = page.text
    line_start = text.rfind("\n", 0, start) + 1
    box = _first_box(layout, line_start, start + 1)
    if box is None:
        return None
    first = line_start
    for s, _, b in reversed(_text_lines(layout, text, max(0, line_start - 600), line_start)):
        if b[1] < box[1] - 1.0:
            break
        first = s
    return first



def _glyph_pair(page: Page, end: int, start: int) -> tuple[Box, Box, float] | None:
    """The boxes of the glyph before ``end`` and of the glyph at ``start``, and the
    first one's height; None without the page's geometry."""
    layout = page.stored_layout()
    if layout is None or end <= 0:
        return None
    last = _first_box(layout, end - 1, end)
    nxt = _first_box(layout, start, start + 1)
    if last is None or nxt is None:
        return None
    return last, nxt, max(1.0, last[3] - last[1])


def column_gap_after(page: Page, end: int) -> bool:
    """The next glyph after ``end`` on its line opens another cell of a table row: it
    stands a column gap away (wider than a glyph's height), or at the left edge of
    another row's cell (a line of text nearby that opens at the same place, when the
    name fills its cell: ``Marcelle van Putten-Hassell regeringscommissaris``).  False
    without the page's geometry or when nothing follows on the line."""
    text = page.text
    after = _neighbour(text, end, 1)
    pair = None if after is None else _glyph_pair(page, end, after)
    if pair is None:
        return False
    last, nxt, height = pair
    if abs(nxt[3] - last[3]) >= height:
        return False
    if nxt[0] - last[2] > height:
        return True
    layout = page.stored_layout()
    return layout is not None and any(
        abs(box[0] - nxt[0]) < 1.5 and abs(box[3] - nxt[3]) >= height
        for _, _, box in _text_lines(layout, text, max(0, end - 400), min(len(text), end + 400))
    )


def next_cell_on_row(page: Page, end: int, start: int) -> bool:
    """The text from ``start`` on, read on a later line, stands beside the glyph before
    ``end`` on the page: on the same row, a column gap (wider than a glyph's height)
    to its right (``de heer Zwanenburg`` | ``CDA``).  False without the geometry."""
    pair = _glyph_pair(page, end, start)
    if pair is None:
        return False
    last, nxt, height = pair
    return abs(nxt[3] - last[3]) < 0.5 * height and nxt[0] - last[2] > height


def first_cell_of_row(page: Page, start: int) -> tuple[int, int, int] | None:
    """The table row that ``start`` stands in, when ``start`` is in a later column:
    (where the row begins in the page's text, start, end) of its first cell, the
    leftmost text at the height of the row's top line (``Omgevingsdienst Zuid-Holland
    Zuid`` | ``geur, roet`` | ``078 770 3900``).  None without the page's geometry, or
    when nothing stands left of ``start`` at that height."""
    layout = page.stored_layout()
    if layout is None:
        return None
    text = page.text
    first = row_start(page, start)
    here = _first_box(layout, start, start + 1)
    if first is None or here is None:
        return None
    top = _first_box(layout, first, first + 1)
    if top is None:
        return None
    cell = _leftmost_at(layout, text, _text_lines(layout, text), top)
    if cell is None or cell[0] <= start < cell[1]:
        return None
    box = _first_box(layout, cell[0], cell[0] + 1)
    if box is None or box[0] > here[0] - 20.0:
        return None  # not left of it: the same column
    return first, cell[0], cell[1]


ADDRESS_COLUMN_RULE = "address_column"


def addresses_in_columns(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """An address cell (under ``Adres``) in the table row of a person whose name is
    redacted, as far as no finding covers it yet: the cell wrapped (``Sonsbeeksingel``
    / ``88, 6822 BK``) or a foreign address that no pattern reads.  Score 0.6; a table
    of locations keeps its addresses later (see ``public_evidence``)."""
    out = list(findings)
    for number, page in enumerate(ctx.document.pages):
        persons = [  # names, not a handler's paraaf code ("JHe: gegrond") in the row
            f for f in out if f.page == number and f.entity_type == "PERSON"
            and f.action is Action.REDACT
            # (a short name written as one, "Wang", is no code: "JHe", "TB")
            and (" " in f.text.strip() or len(f.text) > 5 or _WORD_NAME.fullmatch(f.text))
        ]  # fmt: skip
        if not persons:
            continue
        cells = address_column_cells(page)
        if not cells:
            continue
        layout = page.stored_layout()
        if layout is None:
            continue
        tops = [b[0][1] for f in persons if (b := layout.boxes_for(f.start, f.start + 1))]
        # covered by personal data already, or a town the model names ("Andijk" after
        # "Zuiderdijk 12, 1619 AM"); a street it names is the address's ("Lauriergracht"
        # / "118-H")
        # (start, end, whether the model's place): a place where a cell opens is its
        # street ("Noordhavenpoort" / "9"), not a town after it
        taken = [
            (f.start, f.end, f.entity_type == "LOCATION")
            for f in out
            if f.page == number
            and f.entity_type != "PERSON"
            and (
                f.entity_type in ENTITY_GROUNDS
                or (f.entity_type == "LOCATION" and _STREET_WORD.search(f.text) is None)
            )
        ]
        boxes = [_first_box(layout, cell[0][0], cell[0][0] + 1) for cell in cells]
        for k, (cell, box) in enumerate(zip(cells, boxes, strict=True)):
            if box is None or not _HOUSE_NUMBER.search(" ".join(page.text[s:e] for s, e in cell)):
                continue  # no house number or postcode: "weiland langs de A28 bij Pesse"
            if _PO_BOX.match(page.text, cell[0][0]):
                continue  # "Postbus 3, 9244 ZN Beetsterzwaag": an organisation's
            height = max(1.0, box[3] - box[1])
            # the row runs down to the next address cell: a person named on a later
            # line of the row ("Van Benthem & Keulen, mr." / "D.A. Oostra") is its own
            below = next((b[1] for b in boxes[k + 1 :] if b is not None), None)
            row_end = box[1] + 0.6 * height if below is None else below - 0.6 * height
            if not any(box[1] - 0.6 * height <= top <= max(row_end, box[1]) for top in tops):
                continue  # no redacted person in the row
            why = "adres in de adreskolom van een tabelrij met een persoon"
            for s, e in cell:
                if any(a <= s and e <= b and not (p and a == cell[0][0]) for a, b, p in taken):
                    continue  # covered already ("6822 BK" of "88, 6822 BK" is not)
                found = _cell_finding(
                    number, page.text, s, e, "NL_ADDRESS", ADDRESS_COLUMN_RULE, 0.6, why
                )
                out.append(found)
    return out


_WORD_NAME = regex.compile(r"\p{Lu}\p{Ll}{2,}")
# a house number after a word, or a postcode: what makes a cell an address
_HOUSE_NUMBER = regex.compile(
    r"(?:\p{L}{2,}\.?|(?:\p{Lu}\.){1,3})[ \t]+[1-9]\d{0,4}(?:[ \-]?[a-zA-Z]{1,2})?(?![\d\p{L}])"
    # ("Maashaven" / "O.Z. 77": a quay's side abbreviated before the number)
    # Lelystad numbers the houses of a street by block and door: "Kempenaar 03-51"
    r"|\p{L}{2,}[ \t]+\d{2}-\d{2,3}(?![\d\p{L}\-])"
    r"|(?<![\d\p{L}])[1-9]\d{3}[ ]?[A-Z]{2}(?![\p{L}])"
)
_PO_BOX = regex.compile(r"(?i)(?:postbus|antwoordnummer|p\.?o\.?[ ]box)\b")
# The last word of a street's name ("Lauriergracht", "Dorpsstraat", "Van Hallweg").
_STREET_WORD = regex.compile(
    # (not -dijk, -dam, -haven: Andijk, Schiedam, Harderwijk's towns end so too)
    r"(?i)(?:straat|laan|weg|plein|gracht|kade|singel|dreef|pad|steeg|markt|wal"
    r"|plantsoen|boulevard|allee|kaai|burgwal"
    r"|wei|strjitte|leane|paad|buorren)\s*$"  # Frisian: "Feanwei", "Tsjerkebuorren"
)


def name_cells_of_row(page: Page, start: int) -> list[list[tuple[int, int]]]:
    """The cells in the page's columns of names (see :func:`name_column_cells`) of the
    table row that ``start`` stands in: those that open at the height of its line
    (``Aanvrager`` and ``Contactpersoon`` of one row)."""
    layout = page.stored_layout()
    if layout is None:
        return []
    box = _first_box(layout, start, start + 1)
    if box is None:
        return []
    height = max(1.0, box[3] - box[1])
    out = []
    for cell in name_column_cells(page):
        top = _first_box(layout, cell[0][0], cell[0][0] + 1)
        if top is not None and abs(box[1] - top[1]) <= 0.6 * height:
            out.append(cell)
    return out


# ---------------------------------------------------------------- wrapped cells

WRAPPED_RULE = "wrapped_cell_column"
# Headers of columns whose every cell is one identifier: an account or a citizen
# service number.
_ACCOUNT_HEADER = regex.compile(
    r"(?<![\p{L}])(?:IBAN|(?i:rekeningnummer|bankrekening(?:nummer)?|rekeningnr\.?))(?![\p{L}])"
)
# A cell's words joined: an IBAN (country, check digits, then letters and digits) ...
_ACCOUNT_CELL = regex.compile(r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}")
# ... or a BSN or V-number in groups ("376 784" / "295")
_ID_CELL = regex.compile(r"(?:V[ ]?)?\d(?:[ .]?\d){7,9}")
# ... or a telephone number ("06 - 2987" / "1150")
_PHONE_WRAPPED = regex.compile(
    r"(?:\+\d{2,3}[ \-]?(?:\(0\)[ \-]?)?|0)\d(?:[ ]?[\-.]?[ ]?\d){7,10}"
)
_CELL_SHAPES = {"IBAN_CODE": _ACCOUNT_CELL, "NL_BSN": _ID_CELL, "PHONE_NUMBER": _PHONE_WRAPPED}
_WORD = regex.compile(r"\S+")


def _header_line_words(
    words: Sequence[tuple[int, int, Box]], head: Box
) -> list[Box]:
    """The boxes of the words on the header's line, left to right."""
    mid = (head[1] + head[3]) / 2
    return sorted((b for _, _, b in words if b[1] <= mid <= b[3]), key=lambda b: b[0])


def _band_cells(
    words: Sequence[tuple[int, int, Box]], head: Box
) -> list[list[tuple[int, int]]]:
    """The cells of the column under ``head``, read by geometry: the words whose left
    edge lies between the header's and the next header's, grouped into cells where the
    line gap is larger than a line's, down to the table's end (a word running over the
    column's edge, as prose does, or a gap of more than a few rows)."""
    line = _header_line_words(words, head)
    right = next((b[0] for b in line if b[0] > head[2] + 1.0), float("inf"))
    left = head[0] - 2.0
    height = max(1.0, head[3] - head[1])
    below = sorted(
        (w for w in words if w[2][1] > head[3] - 1.0 and left <= w[2][0] < right),
        key=lambda w: (round(w[2][1], 0), w[2][0]),
    )
    cells: list[list[tuple[int, int]]] = []
    bottom = head[3]
    last_top = head[1]
    for start, end, box in below:
        if box[1] - bottom > MAX_ROW_GAP:
            break
        if box[2] > right + 1.0:
            break  # a word over the column's edge: prose, the table has ended
        new_line = box[1] - last_top > 0.5 * height
        if not cells or (new_line and box[1] - bottom > 0.9 * height):
            cells.append([])
        cells[-1].append((start, end))
        bottom = max(bottom, box[3]) if not new_line else box[3]
        last_top = box[1]
    return cells


def wrapped_cells_in_columns(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """An IBAN, BSN or telephone number that its cell wraps over two lines, where the
    page's text puts another cell's words between its parts (``NL66 SNSB 0672 4585 419
    915`` / ``51`` / ``928``): read by geometry under an ``IBAN``, ``BSN`` or ``Mobiel``
    header, every part of a cell shaped as the number is redacted (score 0.7)."""
    out = list(findings)
    for number, page in enumerate(ctx.document.pages):
        heads = [
            (m, entity)
            for pattern, entity in (
                (_ACCOUNT_HEADER, "IBAN_CODE"),
                (_ID_HEADER, "NL_BSN"),
                (_PHONE_HEADER, "PHONE_NUMBER"),
            )
            for m in pattern.finditer(page.text)
            if not _LABEL_AFTER.match(page.text, m.end())
        ]
        if not heads:
            continue
        layout = page.stored_layout()
        if layout is None:
            continue
        words = [
            (m.start(), m.end(), box)
            for m in _WORD.finditer(page.text)
            for box in [_first_box(layout, m.start(), m.end())]
            if box is not None
        ]
        taken = _redacted_spans(out, number)
        for m, entity in heads:
            head = _first_box(layout, m.start(), m.end())
            if head is None:
                continue
            shape = _CELL_SHAPES[entity]
            for cell in _band_cells(words, head):
                if len(cell) < 2:
                    continue
                joined = " ".join(page.text[s:e] for s, e in cell)
                if not shape.fullmatch(joined):
                    continue
                kind = "PERSONAL_NUMBER" if entity == "NL_BSN" and "V" in joined else entity
                if all("\n" not in page.text[a[1] : b[0]] for a, b in itertools.pairwise(cell)):
                    # one line: the whole cell as one number ("0900 - 2000 178"), not its
                    # parts (a lone "-" or "2000" is readable elsewhere, and no number)
                    cell = [(cell[0][0], cell[-1][1])]
                for s, e in cell:
                    if any(a <= s and e <= b for a, b in taken):
                        continue
                    if not any(ch.isdigit() for ch in page.text[s:e]):
                        continue  # a dash between a number's parts
                    out.append(
                        _cell_finding(
                            number, page.text, s, e, kind, WRAPPED_RULE, 0.7,
                            "deel van een nummer dat zijn cel over twee regels verdeelt",
                        )
                    )
    return out
