"""Resolution: from raw detector output to what is redacted and what is kept.

Each stage is a named function ``(findings, context) -> findings`` over plain
data; :data:`STAGES` lists them in order, so a stage can be tested, replaced
or left out alone.  Public findings (organisations, places) travel through
the stages, so that later stages can use them as evidence, and are dropped at
the end.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from redactie.document import Document
from redactie.findings import Action, Finding, Provenance, Source
from redactie.rules import RuleSet
from redactie.spacing import PageGaps, is_spaced, spans_gap, view
from redactie.woo import ENTITY_GROUNDS, PUBLIC_ENTITY_TYPES


@dataclass(frozen=True)
class ResolveContext:
    """What a stage may look at besides the findings."""

    document: Document
    rules: RuleSet
    # Person names decided elsewhere in the dossier (other documents of the run):
    # text -> entity type, for cross-document propagation.
    dossier_names: frozenset[str] = field(default=frozenset())

    @functools.cached_property
    def letter_gaps(self) -> PageGaps:
        """The letter gaps of the document's pages (see :mod:`redactie.spacing`)."""
        return PageGaps(self.document.pages)

    def reading(self, f: Finding, *, names: bool = True) -> str:
        """A finding's text as it reads: without the spaces between its letters
        (``H e n d r i k j e  B o s s c h e r`` -> ``Hendrikje Bosscher``); the text
        itself where it has none.  ``names``: a space stays between a lower-case
        letter and a capital (see :func:`redactie.spacing.reading`)."""
        return self.letter_gaps.reading(f, names=names)


Stage = Callable[[list[Finding], ResolveContext], list[Finding]]

# Specific, validated entity types win an overlap against a person name
# (an e-mail address containing a surname is an e-mail address).
TYPE_PRIORITY: dict[str, int] = {
    "NL_BSN": 90,
    "NATIONAL_ID": 90,
    "PERSONAL_NUMBER": 75,
    "IBAN_CODE": 85,
    "EMAIL_ADDRESS": 80,
    "PHONE_NUMBER": 70,
    "NL_LICENSE_PLATE": 65,
    "DATE_OF_BIRTH": 60,
    "NL_ADDRESS": 50,
    "PERSON": 40,
}


def mark_organisation_data(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Keep the organisation's own public data (general numbers, own addresses, mailboxes)."""
    out = []
    for f in findings:
        if (
            f.action is Action.REDACT
            and f.entity_type in ENTITY_GROUNDS
            and ctx.rules.is_public(
                f.entity_type, ctx.reading(f, names=False) if is_spaced(f) else f.text
            )
        ):
            f = f.with_action(Action.KEEP, "gegevens van de organisatie zelf")
        out.append(f)
    return out


def merge_overlaps(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Merge overlapping redactions into one span per region.

    The merged span covers the union; its entity type (and so its ground) is
    that of the most specific finding, with 5.1.1e winning over 5.1.2e.  Kept
    and public findings pass through unchanged.
    """
    redact = sorted(
        (f for f in findings if f.action is Action.REDACT and f.entity_type in ENTITY_GROUNDS),
        key=lambda f: (f.page, f.start, -f.end),
    )
    rest = [
        f for f in findings if not (f.action is Action.REDACT and f.entity_type in ENTITY_GROUNDS)
    ]
    merged: list[Finding] = []
    group: list[Finding] = []

    def flush() -> None:
        if not group:
            return
        best = max(
            group,
            key=lambda f: (TYPE_PRIORITY.get(f.entity_type, 0), f.provenance.score, f.length),
        )
        start = min(f.start for f in group)
        end = max(f.end for f in group)
        text = ctx.document.pages[best.page].text[start:end] if ctx.document.pages else best.text
        others = tuple(
            sorted({f.provenance.recognizer for f in group} - {best.provenance.recognizer})
        )
        merged.append(
            replace(
                best,
                start=start,
                end=end,
                text=text,
                also_found_by=tuple(sorted(set(best.also_found_by) | set(others))),
            )
        )
        group.clear()

    for f in redact:
        if group and f.page == group[0].page and f.start < max(g.end for g in group):
            group.append(f)
        else:
            flush()
            group.append(f)
    flush()
    return sorted(merged + rest, key=lambda f: (f.page, f.start, f.end))


# names.rows.ROW_RULE (not imported: the names package imports this module)
ROW_NAME_RULE = "beside_personal_data"


def drop_model_names_in_kept_data(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """A model's PERSON span inside kept organisation data is part of that data.

    ``Oldehoofsterkerkhof`` of a kept office address ``Oldehoofsterkerkhof 2`` is a
    street, not a person. Only spans the model alone found, and only when they lie
    wholly inside a kept address, phone number, e-mail address or similar.
    """
    kept: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        if (
            f.action is Action.KEEP
            and f.entity_type in ENTITY_GROUNDS
            and f.entity_type != "PERSON"
        ):
            kept.setdefault(f.page, []).append((f.start, f.end))
    if not kept:
        return findings
    def inside(f: Finding) -> bool:
        return any(s <= f.start and f.end <= e for s, e in kept.get(f.page, ()))

    # names the document redacts outside kept data: "Wang Jun" of the contact table is
    # the person who opens "Wang Jun Havenpark 6", a row whose cells ran together
    named = {
        " ".join(f.text.split())
        for f in findings
        if f.entity_type == "PERSON" and f.action is Action.REDACT and not inside(f)
    }
    out = []
    for f in findings:
        if (
            f.entity_type == "PERSON"
            and f.action is Action.REDACT
            # the model's span, or a name read before the data that turned out to be
            # the data's own first line ("Kleefse Waard," / "Westervoortsedijk 73")
            and (f.provenance.source is Source.NER or f.provenance.rule_id == ROW_NAME_RULE)
            and not f.also_found_by
            and inside(f)
            and not (
                " ".join(f.text.split()) in named
                and any(s == f.start and f.end < e for s, e in kept.get(f.page, ()))
            )
        ):
            continue
        out.append(f)
    return out


# Identifiers whose every spelling is the same datum: "72-BPL-3" is "72BPL3",
# "06-12345678" is "06 1234 5678".
PROPAGATED_IDENTIFIERS = frozenset(
    {
        "PHONE_NUMBER",
        "NL_LICENSE_PLATE",
        "IBAN_CODE",
        "NL_BSN",
        "NATIONAL_ID",
        "PERSONAL_NUMBER",
        "DATE_OF_BIRTH",
    }
)
_SEPARATORS = r"[ \t\u00a0\n.\-/]*"
MIN_IDENTIFIER_KEY = 6


def _identifier_key(text: str) -> str:
    return "".join(c for c in text.upper() if c.isalnum())


@functools.lru_cache(maxsize=2048)
def _identifier_pattern(key: str) -> re.Pattern[str]:
    """Every spelling of an identifier key as a whole token (see propagate_identifiers);
    kept, since a run resolves each document twice (without and with the dossier)."""
    pattern = _SEPARATORS.join(re.escape(c) for c in key)
    return re.compile(rf"(?<![0-9A-Za-z]){pattern}(?![0-9A-Za-z])", re.IGNORECASE)


# A date in brackets right after a person's name: "Mijn dochter Zofia (11-06-2012)".
_MONTH_NAMES = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    # English: "on her passport (7 February 1994)"
    "|january|february|march|may|june|july|august|october"
    "|jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec"
)
# a day, a month (in digits or written) and a year, their parts named for the stages
_DMY = (
    r"(?P<d>\d{1,2})(?:[-/.](?P<m>\d{1,2})[-/.]|[ \t]+(?:" + _MONTH_NAMES + r")\.?"
    # a cell may wrap the year: "(2 januari" / "2021)"
    r"(?:[ \t]+|[ \t]*\n[ \t]*))"
    r"(?P<y>(?:19|20)\d{2})"
)
_DATE_AFTER_NAME = re.compile(
    # the bracket may open the next line of a cell: "Mykola Shevchuk" / "(07.02.1979)"
    r"[ \t]*(?:\n[ \t]*)?\([ \t]*(?:geb(?:oren)?\.?[ \t]*|°[ \t]*)?"
    r"(?P<date>" + _DMY
    # ISO order: "(1979-06-30)"
    + r"|(?:19|20)\d{2}-(?P<iso_m>\d{2})-(?P<iso_d>\d{2}))[ \t]*\)",
    re.IGNORECASE,
)
BIRTH_AFTER_NAME_SCORE = 0.6
# "1. Mehmet Yıldırım, 03-05-1979, 06 20 77 39 14": a date after a name and a comma,
# ending its item; a date of birth when its year lies well before the document's
_DATE_AFTER_NAME_COMMA = re.compile(
    # (a line may wrap after the comma, and the item may end the sentence: "Naomi
    # Sewnath," / "30.01.1996. Ik ben ..."; a verb or two may stand before the comma:
    # "Eén gaf op Jayden Sno te heten, 3 maart 2008.")
    r"(?:[ \t]+[a-zà-ÿ]{2,10}){0,2}[ \t]*,[ \t]*(?:\n[ \t]*)?"
    r"(?P<date>" + _DMY + r")(?=[ \t]*(?:[,;(]|\n|$|\.(?:\s|$)))",
    re.IGNORECASE,
)
# "De heer Wiebe Koopmans (14 juli 1944, BSN ...)": the same, opening a bracket
_DATE_OPENS_BRACKET_AFTER_NAME = re.compile(
    r"[ \t]*\([ \t]*"
    r"(?P<date>" + _DMY + r")[ \t]*[,;]",
    re.IGNORECASE,
)
# "Zieliński gaf op: 17.05.1979; Burgemeester: 2 oktober 1961": after a colon, with a
# verb at most between
_DATE_AFTER_NAME_COLON = re.compile(
    r"(?:[ \t]+[a-zà-ÿ]{2,12}){0,3}[ \t]*:[ \t]*"
    r"(?P<date>" + _DMY + r")(?=[ \t]*(?:[,;.)]|\n|$))",
    re.IGNORECASE,
)
# "Staat in de ledenadministratie: Ilias Benali 12-06-2009, Milan 30 januari 2010.": a
# date right after the name, ending its item
_DATE_RIGHT_AFTER_NAME = re.compile(
    r"[ \t]+(?P<date>" + _DMY + r")(?=[ \t]*(?:[,;]|\n|$|\.(?:\s|$)))",
    re.IGNORECASE,
)
# "Jayden is van 14 mei 2010 volgens ons systeem": "is van" and a date, a birth date
_DATE_AFTER_NAME_IS_VAN = re.compile(
    r"[ \t]+(?:is|was)[ \t]+van[ \t]+(?P<date>" + _DMY + r")(?![\d\-/.])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# a date of birth's year lies this many years before the document's own year
BIRTH_YEAR_GAP = 12
BIRTH_WORD_REACH = 400  # characters before a name in which a word for a birth date counts
_BIRTH_WORD = re.compile(
    r"(?i)(?<![^\W\d_])(?:geboortedat(?:um|a)|geboortejaar|geboren|geb\.|date[ ]of[ ]birth"
    r"|dates[ ]of[ ]birth|birth[ ]?dates?|birthdays?|dob|verjaardag[^\W\d_]*|jarig)"
    r"(?![^\W\d_])"
)


CHILD_WORD_REACH = 120  # characters before a name in which a word for a child counts
_CHILD_WORD = re.compile(
    r"(?i)(?<![^\W\d_])(?:kind|kinderen|kindje|baby|peuter|kleuter|zoon|zoontje|dochter"
    r"|dochtertje|meisje|jongen|leerling|minderjarige|pupil|child|son|daughter)(?![^\W\d_])"
)


def birth_dates_after_names(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """A full date in brackets right after a redacted name is that person's date of
    birth (``Zofia (11-06-2012)``, ``J. Bos (geb. 3-4-1985)``), and so is a date after a
    name and a comma that ends the item and lies at least ``BIRTH_YEAR_GAP`` years
    before the year the document names most often (``1. Mehmet Yıldırım, 03-05-1979, 06 ...``);
    flagged with a lower score, since a meeting's date can stand there too."""
    covered = {(f.page, f.start) for f in findings if f.entity_type == "DATE_OF_BIRTH"}
    added: list[Finding] = []
    year: int | None = None  # the document's own year, read once when first needed
    latest: int | None = None  # the latest year it names (up to this year)
    for f in findings:
        if f.entity_type != "PERSON" or f.action is not Action.REDACT:
            continue
        text = ctx.document.pages[f.page].text
        m = _DATE_AFTER_NAME.match(text, f.end)
        why = "datum tussen haakjes direct na een naam"
        if m is None:
            m = (
                _DATE_AFTER_NAME_COMMA.match(text, f.end)
                or _DATE_OPENS_BRACKET_AFTER_NAME.match(text, f.end)
                or _DATE_AFTER_NAME_COLON.match(text, f.end)
                or _DATE_AFTER_NAME_IS_VAN.match(text, f.end)
                or _DATE_RIGHT_AFTER_NAME.match(text, f.end)
            )
            if m is None:
                continue
            if year is None:
                year = _document_year(ctx)
            # "heb ik van elk kind de geboortedatum nodig. Noor: 09-01-2014": where the
            # text just asked for dates of birth, any year before the document's is one
            asked = _BIRTH_WORD.search(text, max(0, f.start - BIRTH_WORD_REACH), f.start)
            if asked:
                if latest is None:
                    latest = _latest_year(ctx)
                if int(m["y"]) >= latest:
                    continue
            elif int(m["y"]) > year - (
                1 if _CHILD_WORD.search(text, max(0, f.start - CHILD_WORD_REACH), f.start) else
                BIRTH_YEAR_GAP
            ):
                # ("Kind met astma opgenomen: Amira Bouzid, 7 mei 2019": a child is young)
                continue
            why = (
                "datum direct na een naam, kort na het woord geboortedatum"
                if asked
                else "datum van lang voor het document direct na een naam"
            )
        day, month = (m["d"], m["m"]) if m["d"] else (m["iso_d"], m["iso_m"])
        if not (1 <= int(day) <= 31 and 1 <= int(month or 1) <= 12):
            continue
        start, end = m.span("date")
        if (f.page, start) in covered:
            continue
        covered.add((f.page, start))
        added.append(
            _birth_date(
                f.page, start, end, m["date"], "date_after_name", why,
            )
        )  # fmt: skip
    added.extend(_name_date_lists(findings, ctx, covered))
    return findings + added if added else findings


# "Kwesi 12/04/2016, Ama 2019-08-30 en Kojo 7 feb. 2024": a given name and a date, an
# item of a list of them
# (read a line at a time: _DMY's year wrapped to the next line does not arise)
_NAME_DATE_ITEM = re.compile(
    r"(?<![\w'’\-])(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+)?)"
    r"[ \t]+(?P<date>" + _DMY
    + r"|(?P<iso_y>(?:19|20)\d{2})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2}))"
    r"(?=[ \t]*(?:[,;]|\.(?:\s|$)|[ \t](?:en|and|of)[ \t]|\n|$))"
)


def _name_date_lists(
    findings: list[Finding], ctx: ResolveContext, covered: set[tuple[int, int]]
) -> list[Finding]:
    """Two or more items "name date" on one line, one of them a redacted person's name
    (``Hier: Kwesi 12/04/2016, Ama 2019-08-30 en Kojo 7 feb. 2024``): a household's
    list, each date the person's birth, each name a person's, listed or not; flagged."""
    from redactie.detect.names.lexicon import fold, lexicon_for

    persons: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        if f.entity_type == "PERSON" and f.action is Action.REDACT:
            persons.setdefault(f.page, []).append((f.start, f.end))
    if not persons:
        return []
    lex = lexicon_for(ctx.rules)
    year = _document_year(ctx)

    def word(name: str) -> bool:  # "Maandag 12-03-2024": a day's list, no person's
        return any(
            fold(w) in lex.stopwords or fold(w) in lex.calendar or fold(w) in lex.places
            for w in name.split()
        )

    out: list[Finding] = []
    for number, page in enumerate(ctx.document.pages):
        spans = persons.get(number)
        if not spans:
            continue
        text = page.text
        pos = 0
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            items = [
                m
                for m in _NAME_DATE_ITEM.finditer(text, pos, end)
                if not word(m["name"]) and int(m["y"] or m["iso_y"]) < year
            ]
            pos = end + 1
            if len(items) < 2 or not any(
                s <= m.start("name") and m.end("name") <= e for m in items for s, e in spans
            ):
                continue
            for m in items:
                day = m["d"] or m["iso_d"]
                month = m["m"] or m["iso_m"] or "1"
                if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
                    continue
                start, stop = m.span("date")
                if (number, start) not in covered:
                    covered.add((number, start))
                    out.append(
                        _birth_date(
                            number, start, stop, m["date"], "date_in_name_list",
                            "datum na een naam in een opsomming van namen met data",
                        )
                    )  # fmt: skip
                a, b = m.span("name")
                if not any(s < b and a < e for s, e in spans):
                    out.append(
                        Finding(
                            page=number, start=a, end=b, text=m["name"], entity_type="PERSON",
                            ground=ENTITY_GROUNDS["PERSON"],
                            provenance=Provenance(
                                recognizer="context:dates", source=Source.CONTEXT,
                                rule_id="name_in_name_date_list", score=BIRTH_AFTER_NAME_SCORE,
                                explanation="naam in een opsomming van namen met geboortedata",
                            ),
                        )
                    )  # fmt: skip
    return out


def _latest_year(ctx: ResolveContext) -> int:
    """The latest year the document names, up to this year (a plan's later years do
    not count)."""
    now = date.today().year
    years = [
        y
        for page in ctx.document.pages
        for y in (int(v) for v in _YEAR.findall(page.text))
        if y <= now
    ]
    return max(years) if years else now


def _document_year(ctx: ResolveContext) -> int:
    """The year the document names most often (its own, mostly: plans name later
    years, histories earlier ones)."""
    years = Counter(int(y) for page in ctx.document.pages for y in _YEAR.findall(page.text))
    return years.most_common(1)[0][0] if years else 0


def _birth_date(page: int, start: int, end: int, text: str, rule_id: str, why: str) -> Finding:
    """A date of birth that the context shows (score ``BIRTH_AFTER_NAME_SCORE``, flagged)."""
    return Finding(
        page=page,
        start=start,
        end=end,
        text=text,
        entity_type="DATE_OF_BIRTH",
        ground=ENTITY_GROUNDS["DATE_OF_BIRTH"],
        provenance=Provenance(
            recognizer="context:dates",
            source=Source.CONTEXT,
            rule_id=rule_id,
            score=BIRTH_AFTER_NAME_SCORE,
            explanation=why,
        ),
    )


# A full date, numeric or with its month written out: "13 maart 1961", "03-03-1961".
_FULL_DATE = re.compile(
    r"(?<![\w/.\-])(?:\d{1,2}[-/.]\d{1,2}[-/.]|\d{1,2}[ \t]+(?:" + _MONTH_NAMES + r")\.?[ \t]+)"
    r"(?P<y>(?:19|20)\d{2})(?![\w/\-])",
    re.IGNORECASE,
)
# where a sentence ends: a full stop, "!" or "?" before a space, or a blank line
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[ \t\u00a0]*\n")


def birth_dates_of_the_same_year(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Another full date of the same year in the sentence of a date of birth is a
    date of birth too (``staat haar geboortedatum als 03-03-1961, terwijl op haar
    identiteitsbewijs 13 maart 1961 staat``); flagged with a lower score."""
    covered = {
        (f.page, f.start)
        for f in findings
        if f.entity_type in ENTITY_GROUNDS and f.action is Action.REDACT
    }
    added: list[Finding] = []
    for f in findings:
        if f.entity_type != "DATE_OF_BIRTH" or f.action is not Action.REDACT:
            continue
        year = re.search(r"(?:19|20)\d{2}", f.text)
        if year is None:
            continue
        text = ctx.document.pages[f.page].text
        reach = max(0, f.start - 200)
        lo = max((m.end() for m in _SENTENCE_END.finditer(text, reach, f.start)), default=reach)
        stop = _SENTENCE_END.search(text, f.end, f.end + 200)
        hi = stop.start() if stop else min(len(text), f.end + 200)
        for m in _FULL_DATE.finditer(text, lo, hi):
            if m["y"] != year.group() or (f.page, m.start()) in covered:
                continue
            if f.start <= m.start() < f.end:
                continue
            covered.add((f.page, m.start()))
            added.append(
                _birth_date(
                    f.page, m.start(), m.end(), m.group(), "date_of_the_same_year",
                    "datum van hetzelfde jaar in de zin van een geboortedatum",
                )
            )  # fmt: skip
    return findings + added if added else findings


def propagate_identifiers(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Redact every other spelling of a redacted identifier in the document.

    A licence plate, phone number, IBAN, BSN or date of birth redacted once is
    the same datum wherever its letters and digits recur in the same order,
    with any spacing, dots, hyphens or a line break between them (``72-BPL-3``
    and ``72BPL3``), as a whole token.  Kept identifiers (an office's number)
    are not propagated, and mentions already covered are left alone.
    """
    redacted = [
        f
        for f in findings
        if f.entity_type in PROPAGATED_IDENTIFIERS and f.action is Action.REDACT
    ]
    keys: dict[str, Finding] = {}
    for f in redacted:
        key = _identifier_key(f.text)
        if len(key) >= MIN_IDENTIFIER_KEY:
            keys.setdefault(key, f)
    if not keys:
        return findings
    covered: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        if f.entity_type in ENTITY_GROUNDS or f.action is Action.KEEP:
            covered.setdefault(f.page, []).append((f.start, f.end))
    added: list[Finding] = []
    for key, template in sorted(keys.items()):
        rx = _identifier_pattern(key)
        for page_no, page in enumerate(ctx.document.pages):
            for m in rx.finditer(page.text):
                spans = covered.get(page_no, [])
                if any(s < m.end() and m.start() < e for s, e in spans):
                    continue
                added.append(
                    _propagated(
                        template, page_no, m, "identifier",
                        "zelfde gegeven als elders in het document gelakt",
                    )
                )  # fmt: skip
                spans.append((m.start(), m.end()))
                covered[page_no] = spans
    added.extend(_birth_dates_in_other_forms(redacted, ctx, covered))
    return [*findings, *added]


def _propagated(
    template: Finding, page: int, m: re.Match[str], rule_id: str, explanation: str
) -> Finding:
    """``template``'s datum found again at ``m`` on ``page``, by propagation."""
    return replace(
        template,
        page=page,
        start=m.start(),
        end=m.end(),
        text=m.group(0),
        provenance=replace(
            template.provenance,
            source=Source.PROPAGATION,
            rule_id=rule_id,
            explanation=explanation,
        ),
    )


# A date in any form parse_date_nl reads: "17-08-1994", "1994-08-17", "17 augustus
# 1994", "17 August 1994", "August 17, 1994"
_ANY_DATE = re.compile(
    r"(?<![\w/.\-])(?:\d{1,2}[ \t]*[-/.][ \t]*\d{1,2}[ \t]*[-/.][ \t]*(?:\d{4}|\d{2})"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:e|st|nd|rd|th)?(?:[ \t]+of)?(?:[ \t]+|[ \t]*\n[ \t]*)[A-Za-z]{3,9}\.?,?"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)\d{4}"
    r"|[A-Za-z]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4})(?![\w/\-]|\.\d)"
)


# Eight digits that may be a date written without separators, as in a file name
# ("VT-melding-Pinas-20130304.pdf"): read as yyyymmdd or ddmmyyyy
_COMPACT_DATE = re.compile(r"(?<!\d)\d{8}(?!\d)")


def _compact_dates(digits: str) -> set[date]:
    out: set[date] = set()
    for y, m, d in ((digits[:4], digits[4:6], digits[6:]), (digits[4:], digits[2:4], digits[:2])):
        with contextlib.suppress(ValueError):
            out.add(date(int(y), int(m), int(d)))
    return out


def _birth_dates_in_other_forms(
    redacted: list[Finding], ctx: ResolveContext, covered: dict[int, list[tuple[int, int]]]
) -> list[Finding]:
    """A redacted date of birth written again in another form ("17-08-1994" on the
    form, "17 August 1994" in the letter, "20130304" in a file name): the same date,
    the same datum."""
    from redactie.detect.validators import parse_date_nl

    births: dict[date, Finding] = {}
    for f in redacted:
        if f.entity_type == "DATE_OF_BIRTH":
            day = parse_date_nl(" ".join(f.text.split()))
            if day is not None:
                births.setdefault(day, f)
    if not births:
        return []
    added: list[Finding] = []
    for page_no, page in enumerate(ctx.document.pages):
        for m in _ANY_DATE.finditer(page.text):
            day = parse_date_nl(" ".join(m.group(0).split()))
            template = births.get(day) if day is not None else None
            spans = covered.setdefault(page_no, [])
            if template is None or any(s < m.end() and m.start() < e for s, e in spans):
                continue
            added.append(
                _propagated(
                    template, page_no, m, "birth_date_other_form",
                    "zelfde geboortedatum als elders in het document gelakt",
                )
            )  # fmt: skip
            spans.append((m.start(), m.end()))
        for m in _COMPACT_DATE.finditer(page.text):
            spans = covered.setdefault(page_no, [])
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            days = [d for d in _compact_dates(m.group(0)) if d in births]
            if days:
                added.append(
                    _propagated(
                        births[days[0]], page_no, m, "birth_date_other_form",
                        "zelfde geboortedatum als elders in het document gelakt",
                    )
                )  # fmt: skip
                spans.append((m.start(), m.end()))
    return added


# identifier types whose two pieces over a page break are one item (see detect.seams)
_SEAM_DECIDED = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE"})


def _piece(f: Finding) -> bool:
    """``f`` is no whole identifier of its kind: the first piece of one cut by a break."""
    if f.entity_type == "EMAIL_ADDRESS":
        return "@" not in f.text
    digits = sum(ch.isdigit() for ch in f.text)
    return digits < (9 if f.entity_type == "PHONE_NUMBER" else 14)


def seam_pieces_agree(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """An identifier broken over a page break (``midden-`` / ``nederland@rvdk...``) is
    one item: when the evidence keeps one piece as public (``de algemene mailbox
    midden-``), the piece on the other page is kept with it."""
    pages = ctx.document.pages
    tails = {
        f.page: f
        for f in findings
        if f.entity_type in _SEAM_DECIDED
        and 0 <= f.page < len(pages) - 1
        and not pages[f.page].text[f.end :].strip()
        and _piece(f)
    }
    if not tails:
        return findings
    heads: dict[int, list[Finding]] = {}
    for f in findings:
        if f.entity_type in _SEAM_DECIDED and f.page - 1 in tails:
            head = pages[f.page].text[: f.start]
            if head.count("\n") <= 3 and len(head.strip()) <= 120:  # a running header above
                heads.setdefault(f.page, []).append(f)
    head_ids = {id(h) for page_heads in heads.values() for h in page_heads}
    out = []
    for f in findings:
        pair: list[Finding] = []
        if f.page in tails and tails[f.page] is f:
            pair = [h for h in heads.get(f.page + 1, []) if h.entity_type == f.entity_type]
        elif id(f) in head_ids:
            tail = tails[f.page - 1]
            pair = [tail] if tail.entity_type == f.entity_type else []
        kept = next((g for g in pair if g.action is Action.KEEP), None)
        if f.action is Action.REDACT and kept is not None:
            f = f.with_action(Action.KEEP, kept.keep_reason)
        out.append(f)
    return out


def drop_public_types(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Organisations, places and other public entities are never redacted or listed."""
    return [f for f in findings if f.entity_type not in PUBLIC_ENTITY_TYPES]


def dedupe(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """One finding per (page, span, action): identical duplicates are folded."""
    seen: dict[tuple[int, int, int, Action], Finding] = {}
    for f in findings:
        key = (f.page, f.start, f.end, f.action)
        if key not in seen or f.provenance.score > seen[key].provenance.score:
            seen[key] = f
    return sorted(seen.values(), key=lambda f: (f.page, f.start, f.end))


# A redacted string is looked for in a whitespace-free view of the page from this
# many non-space characters on (a shorter one would match inside other words) ...
SPACED_MIN_CHARS = 5
# ... a redacted person's shorter name or surname (``B o s``) from this many, as a
# whole word of the page's letter-spaced view (redactie.spacing) only.
SPACED_SHORT_MIN_CHARS = 2


def _plain_form(text: str) -> str:
    """Words as written: whitespace runs as one space, none after a line-end hyphen."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


_SURNAME = re.compile(r"[^\W\d_][^\W\d_'-]*(?:-[^\W\d_]+)*$")


def _spaced_surname(f: Finding, text: str) -> tuple[str, ...]:
    """A redacted person's surname (the last word of the name ``text`` reads,
    capitalised), which a letter-spaced mention may give alone (``J a n s s e n``)."""
    if f.entity_type != "PERSON":
        return ()
    m = _SURNAME.search(text.rstrip())
    return (m.group(0),) if m and m.group(0)[0].isupper() else ()


@dataclass(frozen=True)
class SpacedMention:
    """A letter-spaced mention of what is redacted (see :func:`spaced_mentions`)."""

    page: int
    start: int
    end: int
    key: str  # what it reads, without whitespace: a redacted string or a surname
    finding: Finding  # the redacted finding it repeats


def spaced_mentions(findings: Sequence[Finding], gaps: PageGaps) -> list[SpacedMention]:
    """Where a document repeats what is redacted letter-spaced or a character at a time.

    Every redacted string (names found through the dossier included, and a
    redacted person's surname alone), as it reads (:meth:`PageGaps.reading`), is
    looked for in a whitespace-free view of each page; an occurrence that starts
    and ends at a word boundary and holds whitespace inside is a mention, unless
    it is written as some redacted string is (words as written: for the name
    stages to decide).  A person's name or surname shorter than
    :data:`SPACED_MIN_CHARS` (``B o s``) would match inside other words that way;
    it is a mention where it stands letter-spaced as a whole word of the page's
    letter-spaced view (word boundaries from the wide gaps,
    :mod:`redactie.spacing`), not inside one (``B o s c h p a d``).  Mentions may
    overlap; :func:`propagate_spaced` and verification decide on them.
    """
    redacted: dict[str, Finding] = {}
    short: dict[str, Finding] = {}
    wholes: set[str] = set()
    surnames: set[str] = set()
    plain: set[str] = set()
    for f in findings:
        if f.action is not Action.REDACT:
            continue
        text = gaps.reading(f)
        if text == f.text:
            plain.add(_plain_form(f.text))
        whole = "".join(text.split())
        wholes.add(whole)
        surname = _spaced_surname(f, text)
        surnames.update(surname)
        for key in (whole, *surname):
            if len(key) >= SPACED_MIN_CHARS:
                redacted.setdefault(key, f)
            elif (
                f.entity_type == "PERSON"
                and len(key) >= SPACED_SHORT_MIN_CHARS
                and _SURNAME.fullmatch(key)
                and key[0].isupper()
            ):
                short.setdefault(key, f)
    surnames -= wholes  # a surname alone, written plainly, is for the name stages
    out: list[SpacedMention] = []
    if not redacted and not short:
        return out
    for page in gaps.pages:
        text = page.text
        if redacted:
            where = [i for i, c in enumerate(text) if not c.isspace()]
            flat = "".join(text[i] for i in where)
        for key, f in redacted.items():
            pos = flat.find(key)
            while pos >= 0:
                start, end = where[pos], where[pos + len(key) - 1] + 1
                pos = flat.find(key, pos + 1)
                if _plain_form(text[start:end]) in plain or (
                    key in surnames and not any(c.isspace() for c in text[start:end])
                ):
                    continue  # a plain mention (words as written): the name stages decide
                if (start > 0 and text[start - 1].isalnum()) or (
                    end < len(text) and text[end].isalnum()
                ):
                    continue  # inside a longer word
                out.append(SpacedMention(page.number, start, end, key, f))
        page_gaps = gaps(page.number) if short else ()
        if page_gaps:
            names = view(text, page_gaps, names=True)
            for key, f in short.items():
                for m in _whole_word(key).finditer(names.text):
                    start, end = names.span(m.start(), m.end())
                    if spans_gap(page_gaps, start, end):  # not written plainly
                        out.append(SpacedMention(page.number, start, end, key, f))
    return out


def propagate_spaced(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Letter-spaced and character-by-character mentions of what is redacted.

    Text drawn a character at a time, or letter-spaced, extracts with spaces
    inside words (``H end rik je Bos sche r``, ``J o l a n d a``).  Every mention
    of a redacted string or surname (:func:`spaced_mentions`) that overlaps no
    personal-data finding or decision is redacted too, mapped back to the
    characters (and so to the glyph boxes) it spans.
    """
    mentions = spaced_mentions(findings, ctx.letter_gaps)
    if not mentions:
        return findings
    taken: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        if f.entity_type in ENTITY_GROUNDS:
            taken.setdefault(f.page, []).append((f.start, f.end))
    added: list[Finding] = []
    for m in mentions:
        spans = taken.setdefault(m.page, [])
        if any(a < m.end and m.start < b for a, b in spans):
            continue
        spans.append((m.start, m.end))
        text = ctx.document.pages[m.page].text
        added.append(
            Finding(
                page=m.page,
                start=m.start,
                end=m.end,
                text=text[m.start : m.end],
                entity_type=m.finding.entity_type,
                ground=m.finding.ground,
                provenance=Provenance(
                    recognizer="propagate_spaced",
                    source=Source.PROPAGATION,
                    score=m.finding.provenance.score,
                    explanation="spatiëring",
                ),
            )
        )
    return findings + added if added else findings


@functools.lru_cache(maxsize=1024)
def _whole_word(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_]){re.escape(key)}(?![^\W_])")


# Name stages that a person found on a letter-spaced view passes unseen: they trim
# and widen a name by the page's tokens, which there are its letters.
SPACED_UNSEEN_STAGES = frozenset({"names_clean", "names_wrapped"})


def _with_readings(name: str, stage: Stage) -> Stage:
    """A name stage as persons found on a letter-spaced view take part in it.

    The other name stages see such a person with the text as it reads
    (``Hendrikje Bosscher``, not its letters one by one), so that they parse,
    keep (an official, the keep list) and propagate the name; the page text
    comes back into each finding after the stage.  The stages in
    :data:`SPACED_UNSEEN_STAGES` do not see them at all.
    """

    def run(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
        if not any(is_spaced(f) and f.entity_type == "PERSON" for f in findings):
            return stage(findings, ctx)
        spaced = [f for f in findings if is_spaced(f) and f.entity_type == "PERSON"]
        rest = [f for f in findings if not (is_spaced(f) and f.entity_type == "PERSON")]
        if name in SPACED_UNSEEN_STAGES:
            return [*stage(rest, ctx), *spaced]
        proxies = [replace(f, text=ctx.reading(f)) for f in spaced]
        out = stage([*rest, *proxies], ctx)
        return [
            replace(f, text=ctx.document.pages[f.page].text[f.start : f.end])
            if is_spaced(f) and f.entity_type == "PERSON"
            else f
            for f in out
        ]

    run.__name__ = getattr(stage, "__name__", name)
    run.__doc__ = stage.__doc__
    return run


def _name_stages() -> Sequence[tuple[str, Stage]]:
    from redactie.detect import names  # imported late: names imports this module

    return tuple((name, _with_readings(name, stage)) for name, stage in names.STAGES)


def stages() -> list[tuple[str, Stage]]:
    """The resolution stages in order."""
    from redactie.detect.columns import (
        addresses_in_columns,
        birth_dates_in_columns,
        ids_in_columns,
        phones_in_columns,
        plates_in_columns,
        wrapped_cells_in_columns,
    )
    from redactie.detect.public_evidence import (
        addresses_below_names,
        complete_addresses,
        mark_public_by_evidence,
        propagate_addresses,
    )

    return [
        ("mark_organisation_data", mark_organisation_data),
        *_name_stages(),
        ("propagate_spaced", propagate_spaced),
        ("birth_dates_after_names", birth_dates_after_names),
        ("birth_dates_in_columns", birth_dates_in_columns),
        ("birth_dates_of_the_same_year", birth_dates_of_the_same_year),
        ("plates_in_columns", plates_in_columns),
        ("ids_in_columns", ids_in_columns),
        ("phones_in_columns", phones_in_columns),
        ("wrapped_cells_in_columns", wrapped_cells_in_columns),
        ("addresses_in_columns", addresses_in_columns),
        ("addresses_below_names", addresses_below_names),
        # After the name stages: the redacted names it uses as evidence are final.
        ("mark_public_by_evidence", mark_public_by_evidence),
        ("propagate_addresses", propagate_addresses),
        ("complete_addresses", complete_addresses),
        ("propagate_identifiers", propagate_identifiers),
        ("seam_pieces_agree", seam_pieces_agree),
        ("drop_model_names_in_kept_data", drop_model_names_in_kept_data),
        ("drop_public_types", drop_public_types),
        ("merge_overlaps", merge_overlaps),
        ("dedupe", dedupe),
    ]


# The stages that read ``ResolveContext.dossier_names``.  Every stage before the
# first of them depends on the document alone, so a run does that part once per
# document (phase 1) and only the rest again once the dossier is known.
DOSSIER_STAGES = frozenset({"names_propagate"})


def _dossier_split(all_stages: list[tuple[str, Stage]]) -> int:
    return next((i for i, (n, _) in enumerate(all_stages) if n in DOSSIER_STAGES), len(all_stages))


def resolve_document(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """The stages before the first that reads the dossier (they see only the document)."""
    all_stages = stages()
    for _name, stage in all_stages[: _dossier_split(all_stages)]:
        findings = stage(findings, ctx)
    return findings


def resolve_with_dossier(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """The remaining stages, on the output of :func:`resolve_document`."""
    all_stages = stages()
    for _name, stage in all_stages[_dossier_split(all_stages) :]:
        findings = stage(findings, ctx)
    return findings


def resolve(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Every stage in order: ``resolve_with_dossier(resolve_document(findings, ctx), ctx)``."""
    return resolve_with_dossier(resolve_document(findings, ctx), ctx)
