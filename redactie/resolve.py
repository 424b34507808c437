"""Resolution: from raw detector output to what is redacted and what is kept.

Each stage is a named function ``(findings, context) -> findings`` over plain
data; :data:`STAGES` lists them in order, so a stage can be tested, replaced
or left out alone.  Public findings (organisations, places) travel through
the stages, so that later stages can use them as evidence, and are dropped at
the end.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from redactie.document import Document
from redactie.findings import Action, Finding, Provenance, Source
from redactie.rules import RuleSet
from redactie.woo import ENTITY_GROUNDS, PUBLIC_ENTITY_TYPES


@dataclass(frozen=True)
class ResolveContext:
    """What a stage may look at besides the findings."""

    document: Document
    rules: RuleSet
    # Person names decided elsewhere in the dossier (other documents of the run):
    # text -> entity type, for cross-document propagation.
    dossier_names: frozenset[str] = field(default=frozenset())


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
            and ctx.rules.is_public(f.entity_type, f.text)
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
    out = []
    for f in findings:
        if (
            f.entity_type == "PERSON"
            and f.action is Action.REDACT
            # the model's span, or a name read before the data that turned out to be
            # the data's own first line ("Kleefse Waard," / "Westervoortsedijk 73")
            and (f.provenance.source is Source.NER or f.provenance.rule_id == ROW_NAME_RULE)
            and not f.also_found_by
            and any(s <= f.start and f.end <= e for s, e in kept.get(f.page, ()))
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
    "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_DATE_AFTER_NAME = re.compile(
    r"[ \t]*\([ \t]*(?:geb(?:oren)?\.?[ \t]*|°[ \t]*)?"
    r"(?P<date>(?P<d>\d{1,2})(?:[-/.](?P<m>\d{1,2})[-/.]|[ \t]+(?:" + _MONTH_NAMES + r")\.?[ \t]+)"
    r"(?P<y>(?:19|20)\d{2}))[ \t]*\)",
    re.IGNORECASE,
)
BIRTH_AFTER_NAME_SCORE = 0.6


def birth_dates_after_names(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """A full date in brackets right after a redacted name is that person's date of
    birth (``Zofia (11-06-2012)``, ``J. Bos (geb. 3-4-1985)``); flagged with a lower
    score, since a meeting's date can stand there too."""
    covered = {(f.page, f.start) for f in findings if f.entity_type == "DATE_OF_BIRTH"}
    added: list[Finding] = []
    for f in findings:
        if f.entity_type != "PERSON" or f.action is not Action.REDACT:
            continue
        text = ctx.document.pages[f.page].text
        m = _DATE_AFTER_NAME.match(text, f.end)
        if m is None or not (1 <= int(m["d"]) <= 31 and 1 <= int(m["m"] or 1) <= 12):
            continue
        start, end = m.span("date")
        if (f.page, start) in covered:
            continue
        covered.add((f.page, start))
        added.append(
            Finding(
                page=f.page,
                start=start,
                end=end,
                text=m["date"],
                entity_type="DATE_OF_BIRTH",
                ground=ENTITY_GROUNDS["DATE_OF_BIRTH"],
                provenance=Provenance(
                    recognizer="context:dates",
                    source=Source.CONTEXT,
                    rule_id="date_after_name",
                    score=BIRTH_AFTER_NAME_SCORE,
                    explanation="datum tussen haakjes direct na een naam",
                ),
            )
        )
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
                f = replace(
                    template,
                    page=page_no,
                    start=m.start(),
                    end=m.end(),
                    text=m.group(0),
                    provenance=replace(
                        template.provenance,
                        source=Source.PROPAGATION,
                        rule_id="identifier",
                        explanation="zelfde gegeven als elders in het document gelakt",
                    ),
                )
                added.append(f)
                spans.append((m.start(), m.end()))
                covered[page_no] = spans
    return [*findings, *added]


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


# A redacted string is looked for in a whitespace-free view only from this
# many non-space characters on (a short one would match inside other words).
SPACED_MIN_CHARS = 5


def _plain_form(text: str) -> str:
    """Words as written: whitespace runs as one space, none after a line-end hyphen."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


_SURNAME = re.compile(r"[^\W\d_][^\W\d_'-]*(?:-[^\W\d_]+)*$")


def _spaced_surname(f: Finding) -> tuple[str, ...]:
    """A redacted person's surname (the last word of the name, capitalised), which
    a letter-spaced mention may give alone (``J a n s s e n``)."""
    if f.entity_type != "PERSON":
        return ()
    m = _SURNAME.search(f.text.rstrip())
    return (m.group(0),) if m and m.group(0)[0].isupper() else ()


def propagate_spaced(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Letter-spaced and character-by-character mentions of what is redacted.

    Text drawn a character at a time, or letter-spaced, extracts with spaces
    inside words (``H end rik je Bos sche r``, ``J o l a n d a``).  Every
    redacted string (names found through the dossier included, and a redacted
    person's surname alone) is looked for in a whitespace-free
    view of each page; an occurrence that starts and ends at a word boundary,
    holds whitespace inside and overlaps no finding is redacted too, mapped
    back to the characters (and so to the glyph boxes) it spans.
    """
    redacted: dict[str, Finding] = {}
    wholes: set[str] = set()
    surnames: set[str] = set()
    for f in findings:
        if f.action is not Action.REDACT:
            continue
        wholes.add("".join(f.text.split()))
        surnames.update(_spaced_surname(f))
        for key in ("".join(f.text.split()), *_spaced_surname(f)):
            if len(key) >= SPACED_MIN_CHARS:
                redacted.setdefault(key, f)
    surnames -= wholes  # a surname alone, written plainly, is for the name stages
    if not redacted:
        return findings
    plain = {_plain_form(f.text) for f in findings if f.action is Action.REDACT}
    taken: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        taken.setdefault(f.page, []).append((f.start, f.end))
    added: list[Finding] = []
    for page in ctx.document.pages:
        text = page.text
        where = [i for i, c in enumerate(text) if not c.isspace()]
        flat = "".join(text[i] for i in where)
        spans = taken.get(page.number, [])
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
                if any(a < end and start < b for a, b in spans):
                    continue
                spans.append((start, end))
                added.append(
                    Finding(
                        page=page.number,
                        start=start,
                        end=end,
                        text=text[start:end],
                        entity_type=f.entity_type,
                        ground=f.ground,
                        provenance=Provenance(
                            recognizer="propagate_spaced",
                            source=Source.PROPAGATION,
                            score=f.provenance.score,
                            explanation="spatiëring",
                        ),
                    )
                )
        taken[page.number] = spans
    return findings + added if added else findings


def _name_stages() -> Sequence[tuple[str, Stage]]:
    from redactie.detect import names  # imported late: names imports this module

    return tuple(names.STAGES)


def stages() -> list[tuple[str, Stage]]:
    """The resolution stages in order."""
    from redactie.detect.columns import (
        addresses_in_columns,
        birth_dates_in_columns,
        ids_in_columns,
        plates_in_columns,
    )
    from redactie.detect.public_evidence import (
        addresses_below_names,
        mark_public_by_evidence,
        propagate_addresses,
    )

    return [
        ("mark_organisation_data", mark_organisation_data),
        *_name_stages(),
        ("propagate_spaced", propagate_spaced),
        ("birth_dates_after_names", birth_dates_after_names),
        ("birth_dates_in_columns", birth_dates_in_columns),
        ("plates_in_columns", plates_in_columns),
        ("ids_in_columns", ids_in_columns),
        ("addresses_in_columns", addresses_in_columns),
        ("addresses_below_names", addresses_below_names),
        # After the name stages: the redacted names it uses as evidence are final.
        ("mark_public_by_evidence", mark_public_by_evidence),
        ("propagate_addresses", propagate_addresses),
        ("propagate_identifiers", propagate_identifiers),
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
