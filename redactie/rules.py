"""Rule packs: what redactie looks for, kept as data in ``rules/*.yaml``.

Three kinds of pack, told apart by their ``kind`` key:

``kind: patterns``
    Regex rules for one entity type each (e-mail, phone, BSN, IBAN, ...), with
    an optional validator (:mod:`redactie.detect.validators`), context words
    and self-checking ``examples``.  Each rule becomes one Presidio
    ``PatternRecognizer`` (:mod:`redactie.detect.recognizers.patterns`).
``kind: organisation``
    The organisation's own public data (general phone numbers, visiting and
    postal addresses, functional mailboxes, its IBAN).  Findings that are
    exactly this data are public and are not redacted: :meth:`RuleSet.is_public`.
``kind: lists``
    Names of persons to keep (public office holders) or to always redact.
``kind: evidence``
    General evidence that data belongs to *an* organisation, whichever it is:
    words that mark an organisation's letterhead, footer or address block,
    labels of general phone numbers, functional mailbox words, account
    holders.  The logic that weighs it is
    :mod:`redactie.detect.public_evidence`; :attr:`RuleSet.evidence`.

:func:`load_rules` reads every ``*.yaml`` file of a folder into a frozen
:class:`RuleSet`.  Every problem in a pack (YAML syntax, unknown key, wrong
type, bad regex, unknown validator or entity type, duplicate rule id, an
example that does not behave as documented) raises
:class:`~redactie.errors.RulePackError` naming the file and, where it can be
known, the line.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import regex
import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
)

from redactie.detect.validators import VALIDATORS, Validator, get_validator, normalise_nl_phone
from redactie.errors import RulePackError
from redactie.woo import ENTITY_GROUNDS

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer

    from redactie.detect.public_evidence import PublicEvidence

__all__ = [
    "DEFAULT_RULES_DIR",
    "RULES_ENV_VAR",
    "EvidencePack",
    "Examples",
    "ListEntry",
    "ListsPack",
    "Match",
    "OrganisationPack",
    "Pack",
    "PatternPack",
    "PatternRule",
    "PatternSpec",
    "Publisher",
    "RuleSet",
    "default_rules_dir",
    "load_pack",
    "load_rules",
]

RULES_ENV_VAR = "REDACTIE_RULES"
DEFAULT_RULES_DIR = Path(__file__).resolve().parent.parent / "rules"

RegexFlag = Literal["IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE"]
_FLAG_VALUES: dict[str, int] = {
    "IGNORECASE": regex.IGNORECASE,
    "MULTILINE": regex.MULTILINE,
    "DOTALL": regex.DOTALL,
    "VERBOSE": regex.VERBOSE,
}
_ID_RE = r"^[a-z][a-z0-9_]*$"
_FLAG_LETTERS: dict[str, str] = {"IGNORECASE": "i", "MULTILINE": "m", "DOTALL": "s", "VERBOSE": "x"}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ------------------------------------------------------------------ shared parts


class ListEntry(_Model):
    """One entry of a list: the text, and optionally why it is there."""

    text: Annotated[str, Field(min_length=1)]
    note: str = ""

    @classmethod
    def coerce(cls, value: Any) -> Any:
        """Plain strings are shorthand for ``{text: ...}``."""
        if isinstance(value, str):
            return {"text": value}
        return value


def _coerce_entries(value: Any) -> Any:
    if value is None:
        return ()
    if isinstance(value, list | tuple):
        return [ListEntry.coerce(v) for v in value]
    return value


Entries = tuple[ListEntry, ...]


# ---------------------------------------------------------------- pattern packs


# Context words are looked for this many characters before a match (same line
# or the previous one).
CONTEXT_WINDOW = 60


class PatternSpec(_Model):
    """One regex of a rule; ``score`` is the confidence of a (validated) match.

    ``unvalidated_score``: a match the rule's validator does not believe is
    still reported with this (lower) score and flagged for review, when the
    personal context is there: the pattern carries its own label
    (``unvalidated_needs_context: false``) or a context word of the rule
    stands before it.  Without it (the default) such a match is dropped.

    ``requires``: a regex (same flags) found in every text that holds a match
    of ``regex``, such as the label a long lookbehind looks for; a text
    without it is not searched with ``regex`` at all.  Speed only: it must
    never change what ``regex`` finds.
    """

    name: Annotated[str, Field(min_length=1)]
    regex: Annotated[str, Field(min_length=1)]
    requires: Annotated[str, Field(min_length=1)] | None = None
    score: Annotated[float, Field(gt=0.0, le=1.0)]
    unvalidated_score: Annotated[float, Field(gt=0.0, le=1.0)] | None = None
    unvalidated_needs_context: bool = True


class ExampleMatch(_Model):
    """An example text and the exact part of it that must be found."""

    text: Annotated[str, Field(min_length=1)]
    found: Annotated[str, Field(min_length=1)]


class Examples(_Model):
    """Self-documentation that is checked when the pack loads.

    Every ``match`` example must contain a validated match (for the
    ``{text, found}`` form: exactly the ``found`` part); no ``no_match``
    example may contain one.
    """

    match: tuple[ExampleMatch | str, ...] = ()
    no_match: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    """A match of a rule in a text (used for examples and tests).

    ``flagged``: the validator did not believe it; kept for review with the
    pattern's ``unvalidated_score``.
    """

    start: int
    end: int
    text: str
    pattern: str
    score: float
    flagged: bool = False


class PatternRule(_Model):
    """A rule: patterns for one entity type, a validator, context words."""

    id: Annotated[str, Field(pattern=_ID_RE)]
    entity: str
    description: str = ""
    patterns: Annotated[tuple[PatternSpec, ...], Field(min_length=1)]
    context: tuple[str, ...] = ()
    validator: str | None = None
    flags: tuple[RegexFlag, ...] = ()
    examples: Examples = Examples()

    @field_validator("entity")
    @classmethod
    def _known_entity(cls, value: str) -> str:
        if value not in ENTITY_GROUNDS:
            known = ", ".join(sorted(ENTITY_GROUNDS))
            raise ValueError(f"unknown entity type {value!r}; use one of: {known}")
        return value

    @field_validator("validator")
    @classmethod
    def _known_validator(cls, value: str | None) -> str | None:
        if value is not None and value not in VALIDATORS:
            known = ", ".join(sorted(VALIDATORS))
            raise ValueError(f"unknown validator {value!r}; use one of: {known}")
        return value

    @field_validator("context")
    @classmethod
    def _context_words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not w.strip() for w in value):
            raise ValueError("context words cannot be empty")
        return value

    @cached_property
    def regex_flags(self) -> int:
        """The flags as an int for the ``regex`` module (and Presidio)."""
        flags = 0
        for name in self.flags:
            flags |= _FLAG_VALUES[name]
        return flags

    @cached_property
    def compiled(self) -> tuple[tuple[PatternSpec, regex.Pattern[str]], ...]:
        """Each pattern with its compiled regex (compiled with :attr:`regex_flags`)."""
        return tuple((p, regex.compile(p.regex, self.regex_flags)) for p in self.patterns)

    def self_contained_regex(self, spec: PatternSpec) -> str:
        """The pattern with the rule's flags written inline (``(?x)...``), so
        that it means the same when compiled without flags."""
        letters = "".join(_FLAG_LETTERS[f] for f in sorted(set(self.flags)))
        return f"(?{letters}){spec.regex}" if letters else spec.regex

    @property
    def validate_text(self) -> Validator | None:
        """The validator function, or None when the rule has none."""
        return get_validator(self.validator) if self.validator else None

    @cached_property
    def context_regex(self) -> regex.Pattern[str] | None:
        """The context words as one regex (whole words, any case), or None."""
        if not self.context:
            return None
        words = "|".join(regex.escape(w) for w in sorted(self.context, key=len, reverse=True))
        # Whole words only (so "t" as in "T 070 ..." does not hit "tot").
        return regex.compile(rf"(?<!\w)(?:{words})(?!\w)", regex.IGNORECASE)

    def context_word(self, text: str, start: int) -> str | None:
        """The context word nearest before ``start``: within
        :data:`CONTEXT_WINDOW` characters, on the same line or the one before."""
        rx = self.context_regex
        if rx is None:
            return None
        window = text[max(0, start - CONTEXT_WINDOW) : start]
        window = "\n".join(window.split("\n")[-2:])
        hits = [m.group(0) for m in rx.finditer(window)]
        return hits[-1] if hits else None  # the nearest one

    def judge(self, spec: PatternSpec, text: str, start: int, end: int) -> Match | None:
        """The match ``text[start:end]`` of ``spec`` as the validator sees it:
        validated (the pattern's score), flagged (the validator does not
        believe it but the personal context is there: ``unvalidated_score``)
        or None (dropped)."""
        found = text[start:end]
        check = self.validate_text
        if check is None or check(found):
            return Match(start, end, found, spec.name, spec.score)
        if spec.unvalidated_score is None:
            return None
        if spec.unvalidated_needs_context and self.context_word(text, start) is None:
            return None
        return Match(start, end, found, spec.name, spec.unvalidated_score, flagged=True)

    @cached_property
    def required(self) -> tuple[regex.Pattern[str] | None, ...]:
        """Each pattern's compiled ``requires`` (None: always searched)."""
        return tuple(
            None if p.requires is None else regex.compile(p.requires, self.regex_flags)
            for p in self.patterns
        )

    def find(self, text: str) -> list[Match]:
        """All matches of all patterns in ``text`` (overlaps kept): validated
        ones and those flagged for review (:meth:`judge`)."""
        found: list[Match] = []
        for (spec, rx), need in zip(self.compiled, self.required, strict=True):
            if need is not None and need.search(text) is None:
                continue  # no match can be there (PatternSpec.requires)
            for m in rx.finditer(text):
                if m.end() <= m.start():
                    continue
                judged = self.judge(spec, text, m.start(), m.end())
                if judged is not None:
                    found.append(judged)
        return found

    def example_problems(self) -> list[tuple[str, int, str]]:
        """Examples that do not behave as documented: (list name, index, reason)."""
        problems: list[tuple[str, int, str]] = []
        for i, ex in enumerate(self.examples.match):
            text, expected = (ex, None) if isinstance(ex, str) else (ex.text, ex.found)
            matches = self.find(text)
            if not matches:
                problems.append(("match", i, f"example {text!r} is not found"))
            elif expected is not None and expected not in {m.text for m in matches}:
                got = ", ".join(repr(m.text) for m in matches)
                problems.append(
                    ("match", i, f"example {text!r}: expected {expected!r}, found {got}")
                )
        for i, text in enumerate(self.examples.no_match):
            matches = self.find(text)
            if matches:
                got = ", ".join(repr(m.text) for m in matches)
                problems.append(("no_match", i, f"no_match example {text!r} is found: {got}"))
        return problems


def _check_regex(value: str, flags: int) -> str | None:
    try:
        regex.compile(value, flags)
    except regex.error as exc:
        return str(exc)
    return None


class _PackHeader(_Model):
    name: Annotated[str, Field(pattern=_ID_RE)]
    version: Annotated[str, Field(min_length=1)]
    description: str = ""


class PatternPack(_PackHeader):
    """``kind: patterns``: a set of regex rules."""

    kind: Literal["patterns"]
    rules: tuple[PatternRule, ...] = ()


# ------------------------------------------------------------ organisation pack


class Publisher(_Model):
    """The organisation as publisher of DiWoo metadata: its TOOI URI (from the
    TOOI value lists, e.g. ``https://identifier.overheid.nl/tooi/id/ministerie/mnre1034``)
    and its name as the list gives it."""

    tooi: Annotated[
        str, Field(pattern=r"^https://identifier\.overheid\.nl/tooi/id/[a-z_]+/[A-Za-z0-9_]+$")
    ]
    name: Annotated[str, Field(min_length=1)]


class OrganisationPack(_PackHeader):
    """``kind: organisation``: the organisation's own public contact data.

    Each organisation edits its own pack.  Entries are plain strings or
    ``{text, note}``.
    """

    kind: Literal["organisation"]
    organisation: str = ""
    publisher: Publisher | None = None
    phone_numbers: Entries = ()
    addresses: Entries = ()
    postbus: Entries = ()
    email_addresses: Entries = ()
    mailbox_local_parts: Entries = ()
    ibans: Entries = ()

    @field_validator(
        "phone_numbers",
        "addresses",
        "postbus",
        "email_addresses",
        "mailbox_local_parts",
        "ibans",
        mode="before",
    )
    @classmethod
    def _entries(cls, value: Any) -> Any:
        return _coerce_entries(value)

    @field_validator("phone_numbers")
    @classmethod
    def _phones_have_digits(cls, value: Entries) -> Entries:
        for e in value:
            if not re.search(r"\d", e.text):
                raise ValueError(f"phone number {e.text!r} has no digits")
        return value

    @field_validator("email_addresses")
    @classmethod
    def _emails(cls, value: Entries) -> Entries:
        for e in value:
            if e.text.count("@") != 1:
                raise ValueError(f"{e.text!r} is not an e-mail address")
        return value


# ------------------------------------------------------------------- lists pack


class ListsPack(_PackHeader):
    """``kind: lists``: names of persons to keep or to always redact."""

    kind: Literal["lists"]
    keep: Entries = ()
    always_redact: Entries = ()

    @field_validator("keep", "always_redact", mode="before")
    @classmethod
    def _entries(cls, value: Any) -> Any:
        return _coerce_entries(value)


# ---------------------------------------------------------------- evidence pack


def _check_fragment(fragment: str) -> str:
    if not fragment.strip():
        raise ValueError("an entry cannot be empty")
    problem = _check_regex(fragment, regex.IGNORECASE | regex.VERBOSE)
    if problem:
        raise ValueError(f"{fragment!r} is not a valid regular expression: {problem}")
    return fragment


def _check_word(word: str) -> str:
    if not re.fullmatch(r"[a-z0-9&]+", word):
        raise ValueError(f"{word!r}: use lower-case letters and digits only")
    return word


Fragments = tuple[Annotated[str, AfterValidator(_check_fragment)], ...]
Words = tuple[Annotated[str, AfterValidator(_check_word)], ...]


class EvidencePack(_PackHeader):
    """``kind: evidence``: general evidence that data is an organisation's.

    Regex fragments (case-insensitive, VERBOSE: write a space as ``[ ]`` or
    ``\\s``) are matched as whole words in the page text around a finding;
    mailbox words are whole tokens of an e-mail address's local part.  How
    each list is used is documented in :mod:`redactie.detect.public_evidence`.
    """

    kind: Literal["evidence"]
    organisation_names: Fragments = ()
    organisation_contact: Fragments = ()
    person_words: Fragments = ()
    general_number_labels: Fragments = ()
    press_number_labels: Fragments = ()
    personal_number_labels: Fragments = ()
    mailbox_labels: Fragments = ()
    mailbox_words: Words = ()
    mailbox_prefixes: Words = ()
    mailbox_suffixes: Words = ()
    # labels of a case or file reference: a number right after one is the reference
    # ("Zaaknummer: 06-20264471"), however much it looks like a phone number
    reference_labels: Fragments = ()
    # whole addresses of a service's naming scheme (a mission's city code at a
    # foreign ministry: ``bei@minbuza.nl``), matched against the full address
    mailbox_addresses: Fragments = ()
    account_holder_labels: Fragments = ()
    association_names: Fragments = ()  # holders whose account stays redacted
    public_sector_banks: Words = ()  # bank codes of an IBAN (BNGH): accounts of public bodies


AnyPack = PatternPack | OrganisationPack | ListsPack | EvidencePack
Pack = Annotated[AnyPack, Field(discriminator="kind")]
_PACK_ADAPTER: TypeAdapter[AnyPack] = TypeAdapter(Pack)
_KINDS = ("patterns", "organisation", "lists", "evidence")


# ------------------------------------------------------------- normalisation


def _norm_name(text: str) -> str:
    return " ".join(text.casefold().split())


_PC_IN_TEXT = re.compile(r"(?<!\d)([1-9]\d{3})\s*([a-z]{2})(?![a-z])")


def _norm_address(text: str) -> tuple[str, str]:
    """(street + number, postcode) of an address, both normalised; either may be ""."""
    t = text.casefold().replace("\u00a0", " ")
    t = re.sub(r"[,;:()]", " ", t)
    t = re.sub(r"\s*[-\u2010-\u2015]\s*", "-", t)
    t = " ".join(t.split()).strip(" .")
    m = _PC_IN_TEXT.search(t)
    if not m:
        return t, ""
    street = t[: m.start()].strip(" .")
    return street, m.group(1) + m.group(2)


def _norm_email(text: str) -> str:
    return text.strip().strip("<>").casefold()


def _norm_iban(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()


# ------------------------------------------------------------------ the rule set


@dataclass(frozen=True)
class RuleSet:
    """All packs of a rules folder, validated; immutable.

    ``checksum`` is a SHA-256 over the file names and bytes of the packs, for
    reports; :attr:`version` lists pack names and versions.
    """

    directory: Path
    packs: tuple[AnyPack, ...]
    files: tuple[Path, ...]
    checksum: str
    _rule_pack: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    # -- pattern rules

    @property
    def pattern_packs(self) -> tuple[PatternPack, ...]:
        return tuple(p for p in self.packs if isinstance(p, PatternPack))

    @property
    def pattern_rules(self) -> tuple[PatternRule, ...]:
        """Every pattern rule of every pattern pack, in load order."""
        return tuple(r for p in self.pattern_packs for r in p.rules)

    def rule(self, rule_id: str) -> PatternRule:
        for r in self.pattern_rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    def pack_of(self, rule_id: str) -> str:
        """The name of the pack that defines ``rule_id``."""
        return self._rule_pack[rule_id]

    def recognizers(self, language: str = "nl") -> list[EntityRecognizer]:
        """Fresh Presidio recognizers, one per pattern rule."""
        from redactie.detect.recognizers.patterns import RulePatternRecognizer

        return [
            RulePatternRecognizer(rule, pack=pack.name, language=language)
            for pack in self.pattern_packs
            for rule in pack.rules
        ]

    # -- versions

    @property
    def version(self) -> str:
        """``name version`` of each pack, e.g. ``nl_personal_data 1.0, organisation 1``."""
        return ", ".join(f"{p.name} {p.version}" for p in self.packs)

    def describe(self) -> str:
        """One line for reports: pack versions and a short checksum."""
        return f"{self.version} (sha256 {self.checksum[:12]})"

    # -- organisation data

    @property
    def organisation_packs(self) -> tuple[OrganisationPack, ...]:
        return tuple(p for p in self.packs if isinstance(p, OrganisationPack))

    @property
    def publisher(self) -> Publisher | None:
        """The publisher of the first organisation pack that names one."""
        return next((p.publisher for p in self.organisation_packs if p.publisher), None)

    @cached_property
    def _public_phones(self) -> frozenset[str]:
        return frozenset(
            normalise_nl_phone(e.text) for p in self.organisation_packs for e in p.phone_numbers
        )

    @cached_property
    def _public_addresses(self) -> tuple[frozenset[str], frozenset[str]]:
        streets: set[str] = set()
        postcodes: set[str] = set()
        for p in self.organisation_packs:
            for e in (*p.addresses, *p.postbus):
                street, pc = _norm_address(e.text)
                if street and re.search(r"\d", street):
                    streets.add(street)
                if pc:
                    postcodes.add(pc)
        return frozenset(streets), frozenset(postcodes)

    @cached_property
    def _public_emails(self) -> tuple[frozenset[str], frozenset[str]]:
        addresses = frozenset(
            _norm_email(e.text) for p in self.organisation_packs for e in p.email_addresses
        )
        local_parts = frozenset(
            _norm_email(e.text).rstrip("@")
            for p in self.organisation_packs
            for e in p.mailbox_local_parts
        )
        return addresses, local_parts

    @cached_property
    def _public_ibans(self) -> frozenset[str]:
        return frozenset(_norm_iban(e.text) for p in self.organisation_packs for e in p.ibans)

    def is_public(self, entity_type: str, text: str) -> bool:
        """True when ``text`` (a finding of ``entity_type``) is public data of
        the organisation (or a kept person) and must not be redacted.

        * PHONE_NUMBER: same digits as a listed number (``+31``/``0031`` read as
          ``0``; spaces, dashes, dots and brackets ignored).
        * EMAIL_ADDRESS: a listed address, or a listed functional local part
          (``info``, ``woo``, ...) at any domain.
        * NL_ADDRESS: a finding with street and number is public only when that
          street and number are listed (a neighbour with the same postcode is
          not); a postcode on its own when it is a listed postcode.
        * IBAN_CODE: a listed IBAN (spaces ignored).
        * PERSON: a name on a ``keep`` list (case and spacing ignored).
        """
        if entity_type == "PHONE_NUMBER":
            digits = normalise_nl_phone(text)
            return bool(digits) and digits in self._public_phones
        if entity_type == "EMAIL_ADDRESS":
            addresses, local_parts = self._public_emails
            email = _norm_email(text)
            if email in addresses:
                return True
            return "@" in email and email.split("@", 1)[0] in local_parts
        if entity_type == "NL_ADDRESS":
            streets, postcodes = self._public_addresses
            street, pc = _norm_address(text)
            if street and re.search(r"\d", street):
                return any(street == s or street.endswith(" " + s) for s in streets)
            return bool(pc) and pc in postcodes
        if entity_type == "IBAN_CODE":
            return _norm_iban(text) in self._public_ibans
        if entity_type == "PERSON":
            return _norm_name(text) in self._keep
        return False

    # -- general evidence

    @property
    def evidence_packs(self) -> tuple[EvidencePack, ...]:
        return tuple(p for p in self.packs if isinstance(p, EvidencePack))

    @cached_property
    def evidence(self) -> PublicEvidence:
        """The evidence packs compiled into one :class:`PublicEvidence`."""
        from redactie.detect.public_evidence import PublicEvidence

        return PublicEvidence.from_packs(self.evidence_packs)

    # -- name lists

    @property
    def lists_packs(self) -> tuple[ListsPack, ...]:
        return tuple(p for p in self.packs if isinstance(p, ListsPack))

    @property
    def keep_names(self) -> tuple[ListEntry, ...]:
        """Persons that are never redacted (e.g. ministers), from all lists packs."""
        return tuple(e for p in self.lists_packs for e in p.keep)

    @property
    def always_redact_names(self) -> tuple[ListEntry, ...]:
        """Persons that are always redacted, from all lists packs."""
        return tuple(e for p in self.lists_packs for e in p.always_redact)

    @cached_property
    def _keep(self) -> frozenset[str]:
        return frozenset(_norm_name(e.text) for e in self.keep_names)

    @cached_property
    def _always_redact(self) -> frozenset[str]:
        return frozenset(_norm_name(e.text) for e in self.always_redact_names)

    def is_kept_name(self, text: str) -> bool:
        """``text`` is a name on a keep list (case and spacing ignored)."""
        return _norm_name(text) in self._keep

    def is_always_redacted_name(self, text: str) -> bool:
        """``text`` is a name on an always_redact list (case and spacing ignored)."""
        return _norm_name(text) in self._always_redact


# ------------------------------------------------------------------- loading


def default_rules_dir() -> Path:
    """``$REDACTIE_RULES`` when set, else the repository's ``rules/`` folder."""
    env = os.environ.get(RULES_ENV_VAR)
    return Path(env) if env else DEFAULT_RULES_DIR


class _LineFinder:
    """Maps a location in the parsed YAML (keys and indexes) to a line number."""

    def __init__(self, root: yaml.Node | None) -> None:
        self.root = root

    def line(self, loc: Sequence[str | int]) -> int | None:
        node = self.root
        if node is None:
            return None
        line: int = node.start_mark.line + 1
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                        line = key.start_mark.line + 1
                        node = value
                        break
                else:
                    return line
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                if 0 <= part < len(node.value):
                    node = node.value[part]
                    line = node.start_mark.line + 1
                else:
                    return line
            else:
                return line
        if isinstance(node, yaml.ScalarNode | yaml.SequenceNode):
            line = node.start_mark.line + 1
        return line

    def duplicate_keys(self) -> Iterator[tuple[str, int]]:
        """Keys that occur twice in one mapping (YAML would silently keep the last)."""
        stack: list[yaml.Node] = [self.root] if self.root is not None else []
        while stack:
            node = stack.pop()
            if isinstance(node, yaml.MappingNode):
                seen: set[str] = set()
                for key, value in node.value:
                    if isinstance(key, yaml.ScalarNode):
                        if key.value in seen:
                            yield key.value, key.start_mark.line + 1
                        seen.add(key.value)
                    stack.append(value)
            elif isinstance(node, yaml.SequenceNode):
                stack.extend(node.value)


def _describe_loc(data: Any, loc: Sequence[str | int]) -> str:
    """A readable location like ``rule 'bsn' > patterns[0] > regex``."""
    parts: list[str] = []
    cur: Any = data
    for i, part in enumerate(loc):
        if isinstance(part, int):
            if parts:
                parts[-1] = f"{parts[-1]}[{part}]"
            else:
                parts.append(f"[{part}]")
            item = cur[part] if isinstance(cur, list) and part < len(cur) else None
            if i == 1 and loc[0] == "rules" and isinstance(item, dict) and "id" in item:
                parts[-1] = f"rule {item['id']!r}"
            cur = item
        else:
            parts.append(str(part))
            cur = cur.get(part) if isinstance(cur, dict) else None
    return " > ".join(parts)


def _plain_message(err: Any) -> str:
    etype = err["type"]
    msg: str = err["msg"]
    loc = err["loc"]
    if etype == "extra_forbidden":
        return f"unknown key {loc[-1]!r} (check the spelling; unknown keys are not allowed)"
    if etype == "missing":
        return f"missing required key {loc[-1]!r}"
    if etype == "value_error":
        return msg.removeprefix("Value error, ")
    if etype == "string_pattern_mismatch":
        return "must be lower case letters, digits and underscores, starting with a letter"
    if etype in ("literal_error",) and loc and loc[-1] == "flags":
        return msg
    if msg.startswith("Input should be"):
        got = err.get("input")
        shown = f" (got {got!r})" if isinstance(got, str | int | float | bool) else ""
        return "should be" + msg.removeprefix("Input should be") + shown
    return msg


def _raise_validation(path: Path, data: Any, lines: _LineFinder, exc: ValidationError) -> None:
    errors = list(exc.errors())
    # A failing item also makes its list fail ("too short"): report the item only.
    locs = [tuple(e["loc"]) for e in errors]
    errors = [
        e
        for e in errors
        if not any(len(o) > len(e["loc"]) and o[: len(e["loc"])] == tuple(e["loc"]) for o in locs)
    ]
    # A misspelt key is both "unknown" and "missing": the unknown one tells the typo.
    errors.sort(key=lambda e: e["type"] != "extra_forbidden")
    err = errors[0]
    loc: list[str | int] = list(err["loc"])
    kind = data.get("kind") if isinstance(data, dict) else None
    if loc and loc[0] == kind:
        loc = loc[1:]
    if err["type"] == "union_tag_invalid":
        message = f"unknown kind {kind!r}; use one of: {', '.join(_KINDS)}"
        line = lines.line(["kind"])
    elif err["type"] == "union_tag_not_found":
        message = f"missing 'kind' (one of: {', '.join(_KINDS)})"
        line = lines.line([])
    else:
        # For unknown and missing keys the key itself is named in the message.
        named = loc[:-1] if err["type"] in ("extra_forbidden", "missing") else loc
        where = _describe_loc(data, named)
        message = f"{where}: {_plain_message(err)}" if where else _plain_message(err)
        line = lines.line(loc)
    if len(errors) > 1:
        message += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    raise RulePackError(message, path=str(path), line=line)


def _read_pack(path: Path) -> tuple[Any, _LineFinder]:
    try:
        text = path.read_text(encoding="utf-8-sig")  # tolerate a BOM from Windows editors
    except (OSError, UnicodeDecodeError) as exc:
        raise RulePackError(f"cannot read the rule pack: {exc}", path=str(path)) from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "syntax error"
        if exc.context and exc.context_mark is not None and exc.context_mark is not mark:
            problem += f" ({exc.context} started on line {exc.context_mark.line + 1})"
        raise RulePackError(f"not valid YAML: {problem}", path=str(path), line=line) from None
    except yaml.YAMLError as exc:
        raise RulePackError(f"not valid YAML: {exc}", path=str(path)) from None
    lines = _LineFinder(root)
    for key, line in lines.duplicate_keys():
        raise RulePackError(f"key {key!r} appears twice", path=str(path), line=line)
    if data is None:
        raise RulePackError("the rule pack is empty", path=str(path), line=1)
    if not isinstance(data, dict):
        raise RulePackError(
            "a rule pack must be a mapping with 'kind', 'name', 'version', ...",
            path=str(path),
            line=lines.line([]),
        )
    return data, lines


def _check_patterns(path: Path, data: Any, pack: PatternPack, lines: _LineFinder) -> None:
    seen: dict[str, int] = {}
    for i, rule in enumerate(pack.rules):
        if rule.id in seen:
            raise RulePackError(
                f"rule id {rule.id!r} is used twice in this pack",
                path=str(path),
                line=lines.line(["rules", i, "id"]),
            )
        seen[rule.id] = i
        for j, spec in enumerate(rule.patterns):
            for key in ("regex", "requires"):
                value = getattr(spec, key)
                problem = None if value is None else _check_regex(value, rule.regex_flags)
                if problem:
                    raise RulePackError(
                        f"rule {rule.id!r}, pattern {spec.name!r}: "
                        f"invalid regular expression: {problem}",
                        path=str(path),
                        line=lines.line(["rules", i, "patterns", j, key]),
                    )


def _check_examples(path: Path, pack: PatternPack, lines: _LineFinder) -> None:
    for i, rule in enumerate(pack.rules):
        for which, j, reason in rule.example_problems():
            raise RulePackError(
                f"rule {rule.id!r}: {reason}",
                path=str(path),
                line=lines.line(["rules", i, "examples", which, j]),
            )


def load_pack(path: Path, *, check_examples: bool = True) -> AnyPack:
    """Load and validate one pack file; RulePackError on any problem."""
    pack, _ = _load_pack(path, check_examples=check_examples)
    return pack


def _load_pack(path: Path, *, check_examples: bool) -> tuple[AnyPack, _LineFinder]:
    data, lines = _read_pack(path)
    try:
        pack = _PACK_ADAPTER.validate_python(data)
    except ValidationError as exc:
        _raise_validation(path, data, lines, exc)
        raise  # pragma: no cover - _raise_validation always raises
    if isinstance(pack, PatternPack):
        _check_patterns(path, data, pack, lines)
        if check_examples:
            _check_examples(path, pack, lines)
    return pack, lines


def load_rules(directory: Path | str | None = None, *, check_examples: bool = True) -> RuleSet:
    """Load every ``*.yaml`` pack in ``directory`` into a :class:`RuleSet`.

    ``directory`` defaults to ``$REDACTIE_RULES`` or the repository's
    ``rules/`` folder.  Subfolders are not read.  Raises RulePackError when
    the folder is missing, a pack is invalid, two packs share a name, a rule id
    is used twice, or a person is on both the keep and always-redact lists.
    """
    folder = Path(directory) if directory is not None else default_rules_dir()
    if not folder.is_dir():
        raise RulePackError("the rules folder does not exist", path=str(folder))
    files = tuple(sorted(folder.glob("*.yaml")))
    packs: list[AnyPack] = []
    pack_files: dict[str, Path] = {}
    rule_pack: dict[str, str] = {}
    rule_files: dict[str, Path] = {}
    keep: dict[str, Path] = {}
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        pack, lines = _load_pack(path, check_examples=check_examples)
        if pack.name in pack_files:
            raise RulePackError(
                f"pack name {pack.name!r} is also used by {pack_files[pack.name].name}",
                path=str(path),
                line=lines.line(["name"]),
            )
        pack_files[pack.name] = path
        if isinstance(pack, PatternPack):
            for i, rule in enumerate(pack.rules):
                if rule.id in rule_pack:
                    raise RulePackError(
                        f"rule id {rule.id!r} is already defined in {rule_files[rule.id].name}",
                        path=str(path),
                        line=lines.line(["rules", i, "id"]),
                    )
                rule_pack[rule.id] = pack.name
                rule_files[rule.id] = path
        packs.append(pack)
    for pack in packs:
        if isinstance(pack, ListsPack):
            for e in pack.keep:
                keep[_norm_name(e.text)] = pack_files[pack.name]
    for pack in packs:
        if isinstance(pack, ListsPack):
            for i, e in enumerate(pack.always_redact):
                if _norm_name(e.text) in keep:
                    path = pack_files[pack.name]
                    raise RulePackError(
                        f"{e.text!r} is on both the keep list and the always_redact list",
                        path=str(path),
                        line=_read_pack(path)[1].line(["always_redact", i]),
                    )
    return RuleSet(
        directory=folder,
        packs=tuple(packs),
        files=files,
        checksum=digest.hexdigest(),
        _rule_pack=rule_pack,
    )
