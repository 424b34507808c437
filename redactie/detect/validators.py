"""Validators for rule-pack matches: checksums and plausibility checks.

A validator is a pure function ``(text: str) -> bool`` that receives exactly the
text a pattern matched and says whether it really is what the rule looks for
(a BSN that passes the elfproef, an IBAN with a correct mod-97 checksum, ...).
Rule packs name validators in their ``validator:`` field; the names are the
keys of :data:`VALIDATORS`.  A validator only judges: a match it rejects is
dropped, or, when its pattern has an ``unvalidated_score`` and the personal
context is there, kept with that lower score and flagged for review
(:meth:`redactie.rules.PatternRule.judge`).

All validators are tolerant of the separators people type (spaces, non-breaking
spaces, dots, dashes) and strict about the content.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

Validator = Callable[[str], bool]

VALIDATORS: dict[str, Validator] = {}


def register(name: str) -> Callable[[Validator], Validator]:
    """Register a validator under ``name`` (decorator)."""

    def deco(func: Validator) -> Validator:
        if name in VALIDATORS:
            raise ValueError(f"validator {name!r} registered twice")
        VALIDATORS[name] = func
        return func

    return deco


def get_validator(name: str) -> Validator:
    """The validator registered as ``name``; KeyError names the known ones."""
    try:
        return VALIDATORS[name]
    except KeyError:
        known = ", ".join(sorted(VALIDATORS))
        raise KeyError(f"unknown validator {name!r} (known: {known})") from None


def validator_names() -> list[str]:
    return sorted(VALIDATORS)


_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015/]+")


def _strip_separators(text: str) -> str:
    return _SEPARATORS.sub("", text)


# --------------------------------------------------------------------------- BSN


@register("bsn_elfproef")
def bsn_elfproef(text: str) -> bool:
    """Burgerservicenummer: 9 digits (or 8 with the leading 0 left off) passing
    the elfproef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11.

    Separators ``.``, ``-`` and spaces are allowed.  All zeros is rejected.
    """
    digits = _strip_separators(text)
    if not digits.isascii() or not digits.isdigit():
        return False
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or set(digits) == {"0"}:
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(w * int(d) for w, d in zip(weights, digits, strict=True))
    return total % 11 == 0


@register("be_national_number")
def be_national_number(text: str) -> bool:
    """Belgian rijksregisternummer (INSZ): 11 digits, ``yymmdd`` + 3-digit serial + a
    2-digit check that is 97 minus the first 9 digits modulo 97 (with a ``2`` before
    them for people born from 2000 on).  Separators are allowed."""
    digits = _strip_separators(text).replace("/", "")
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
        return False
    body, check = digits[:9], int(digits[9:])
    month = int(digits[2:4])
    if not (0 <= month <= 12 or 20 <= month <= 32 or 40 <= month <= 52):
        return False  # bis numbers add 20 or 40 to the month
    return check in (97 - int(body) % 97, 97 - int("2" + body) % 97)


# -------------------------------------------------------------------------- IBAN

# Total IBAN length per country (ISO 13616 registry, the common ones).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "DO": 28, "EE": 20, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22,
    "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23,
    "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31,
    "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
    "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TN": 24,
    "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}  # fmt: skip

_IBAN_SHAPE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")
_NL_BBAN = re.compile(r"[A-Z]{4}[0-9]{10}")


@register("iban_mod97")
def iban_mod97(text: str) -> bool:
    """IBAN of any country, with or without spaces: shape, length, mod 97 == 1.

    Countries in :data:`IBAN_LENGTHS` must have exactly their length; others
    must be 15..34 characters.  Dutch IBANs must also have a 4-letter bank code.
    """
    iban = re.sub(r"[\s\u00a0]+", "", text).upper()
    if not _IBAN_SHAPE.fullmatch(iban):
        return False
    country = iban[:2]
    expected = IBAN_LENGTHS.get(country)
    if expected is not None and len(iban) != expected:
        return False
    if expected is None and not 15 <= len(iban) <= 34:
        return False
    if country == "NL" and not _NL_BBAN.fullmatch(iban[4:]):
        return False
    if iban[2:4] in ("00", "01", "99"):
        return False
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


# ------------------------------------------------------------------------- phone

# Service numbers that belong to organisations, never to a person.
_SERVICE_PREFIXES = ("0800", "0900", "0906", "0909")


def normalise_nl_phone(text: str) -> str:
    """Digits of a Dutch number in national form (``0`` + 9 digits when valid).

    ``+31``/``0031`` become ``0``, a ``(0)`` after the country code is dropped,
    every separator and bracket is removed.  Returns "" when there are no digits.
    """
    t = text.strip().replace("(0)", "")
    t = re.sub(r"[^\d+]", "", t)
    if t.startswith("+31"):
        t = "0" + t[3:]
    elif t.startswith("0031"):
        t = "0" + t[4:]
    return t.replace("+", "")


@register("nl_phone")
def nl_phone(text: str) -> bool:
    """A plausible Dutch telephone number of a person.

    After normalising (:func:`normalise_nl_phone`) the number must be 10 digits
    starting with ``0`` followed by a non-zero digit: geographic numbers (010,
    020, 0111, ...), mobile ``06`` (any series: 06-1 to 06-9), and
    non-geographic 084/085/087/088/091.
    Free and premium service numbers (0800, 0900, 0906, 0909) are organisation
    lines and rejected.  ``088`` numbers are accepted: they are often direct
    dials of individual officials; an organisation's general 088 number goes
    in its organisation pack.
    """
    if "+" in re.sub(r"[^\d+]", "", text)[1:]:
        return False
    digits = normalise_nl_phone(text)
    if len(digits) != 10 or not digits.startswith("0") or digits[1] == "0":
        return False
    if digits.startswith(_SERVICE_PREFIXES):
        return False
    # 06-11111111, 020-0000000: placeholders.  Every 06 series counts (mobile
    # series beyond 06-1..06-5 are issued too).
    return len(set(digits[3:])) > 1


@register("be_phone")
def be_phone(text: str) -> bool:
    """A Belgian telephone number: after ``+32``/``0032`` become ``0``, 9 digits
    (landline: ``0`` + zone + subscriber) or 10 digits starting with ``04``
    (mobile).  Free and premium numbers (0800, 090x, 070, 078) are
    organisation lines and rejected, as are placeholders (all digits the same).
    """
    t = text.strip().replace("(0)", "")
    t = re.sub(r"[^\d+]", "", t)
    if "+" in t[1:]:
        return False
    if t.startswith("+32"):
        t = "0" + t[3:]
    elif t.startswith("0032"):
        t = "0" + t[4:]
    if not t.isdigit() or not t.startswith("0") or t[1] == "0":
        return False
    if len(t) == 10:
        ok = t.startswith("04")
    else:
        ok = len(t) == 9 and not t.startswith(("04", "070", "078", "080", "090"))
    return ok and len(set(t[3:])) > 1


@register("intl_phone")
def intl_phone(text: str) -> bool:
    """A telephone number with a country code other than 31 and 32: 8 to 15
    digits in all (ITU-T E.164), a ``(0)`` after the country code ignored; or one
    in a country's own form, its trunk zero and 9 to 12 digits."""
    t = text.strip().replace("(0)", "")
    caribbean = re.match(r"\(\+?(?:599|297)\)", t) is not None  # "(599) 416-5523"
    t = re.sub(r"[^\d+]", "", t)
    if caribbean:
        t = t.lstrip("+")
    elif t.startswith("+"):
        t = t[1:]
    elif t.startswith("00"):
        t = t[2:]
    elif t.startswith("0"):
        # a foreign mobile in its own country's form after a mobile's label
        # ("0176 2284 9160"): its trunk zero and 9 to 12 digits after it
        return t.isdigit() and 10 <= len(t) <= 13
    else:
        return False
    if not t.isdigit() or t.startswith(("0", "31", "32")):
        return False
    return 8 <= len(t) <= 15 and len(set(t[3:])) > 1


# ---------------------------------------------------------------------- postcode

# (a wrap, even a blank line of a cell, may fall between the digits and the letters)
_POSTCODE_GAP = r"(?:[ \u00a0]?|[ \u00a0]*\n(?:[ \u00a0]*\n)?[ \u00a0]*)"
_POSTCODE = re.compile(r"([1-9][0-9]{3})" + _POSTCODE_GAP + r"([A-Z]{2})")
_FORBIDDEN_POSTCODE_LETTERS = frozenset({"SA", "SD", "SS"})


@register("nl_postcode")
def nl_postcode(text: str) -> bool:
    """Dutch postcode: 4 digits not starting with 0, optional space, 2 capital
    letters other than SA, SD and SS."""
    m = _POSTCODE.fullmatch(text.strip())
    return m is not None and m.group(2) not in _FORBIDDEN_POSTCODE_LETTERS


@register("nl_address")
def nl_address(text: str) -> bool:
    """An address (street + number, maybe a postcode): every postcode-looking
    part in it must be a valid postcode, and there must be a house number."""
    if not re.search(r"\d", text):
        return False
    postcode = r"(?<!\d)\d{4}" + _POSTCODE_GAP + r"[A-Z]{2}(?![A-Za-z])"
    return all(nl_postcode(m.group(0)) for m in re.finditer(postcode, text))


# ----------------------------------------------------------------- licence plate

# Dutch sidecodes as letter (X) / digit (9) shapes, numbered as the RDW does.
SIDECODES: dict[int, str] = {
    1: "XX-99-99",
    2: "99-99-XX",
    3: "99-XX-99",
    4: "XX-99-XX",
    5: "XX-XX-99",
    6: "99-XX-XX",
    7: "99-XXX-9",
    8: "9-XXX-99",
    9: "XX-999-X",
    10: "X-999-XX",
    11: "XXX-99-X",
    12: "X-99-XXX",
    13: "9-XX-999",
    14: "999-XX-9",
}

_VOWELS = frozenset("AEIOU")
# Letter groups the RDW does not issue (political, offensive or confusing).
_FORBIDDEN_PLATE_GROUPS = frozenset(
    {"SS", "SD", "SA", "KKK", "NSB", "PVV", "SGP", "VVD", "GVD", "TBS", "PKK", "LPF"}
)


def _plate_shape(groups: list[str]) -> str:
    return "-".join("".join("X" if c.isalpha() else "9" for c in g) for g in groups)


def plate_sidecode(text: str) -> int | None:
    """The sidecode (1..14) of a Dutch licence plate, or None if it has none.

    Dashes are optional: without them, the groups are the runs of letters and
    digits (only sidecodes whose groups alternate letters/digits can be read
    that way, plus the two-by-two codes when written with dashes).
    """
    t = re.sub(r"-\s+", "-", text.strip().upper())  # wrapped after a hyphen
    t = re.sub(r"(?<=[A-Z0-9])\s+(?=[A-Z0-9])", "-", t)  # "HN 203 F": spaces for dashes
    if not re.fullmatch(r"[A-Z0-9]+(?:-[A-Z0-9]+)*", t):
        return None
    groups = t.split("-") if "-" in t else re.findall(r"[A-Z]+|[0-9]+", t)
    shape = _plate_shape(groups)
    for code, side in SIDECODES.items():
        if side == shape:
            return code
    if "-" not in t and len(t) == 6:
        # Undashed XX-99-99 etc. reads as two groups (XX9999): try a 2-2-2 split.
        shape = _plate_shape([t[0:2], t[2:4], t[4:6]])
        for code, side in SIDECODES.items():
            if side == shape and code <= 6:
                return code
    return None


@register("license_plate_nl")
def license_plate_nl(text: str) -> bool:
    """A Dutch licence plate in one of sidecodes 1-14.

    Letters on Dutch plates never include vowels (a trailer's plate opens with O);
    from sidecode 4 on the letters C and Q are not used either.  A few letter groups
    are never issued.  All digits zero is rejected.
    """
    code = plate_sidecode(text)
    if code is None:
        return False
    t = text.strip().upper().replace("-", "")
    letters = "".join(c for c in t if c.isalpha())
    digits = "".join(c for c in t if c.isdigit())
    if not letters or not digits or set(digits) == {"0"}:
        return False
    if letters.startswith("O"):
        letters = letters[1:]  # trailers (aanhangwagens, opleggers) have plates opening with O
    if set(letters) & _VOWELS:
        return False
    if code >= 4 and set(letters) & {"C", "Q"}:
        return False
    groups = re.findall(r"[A-Z]+", t)
    return not any(g in _FORBIDDEN_PLATE_GROUPS for g in groups)


# -------------------------------------------------------------------------- date

MONTHS_NL: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3,
    "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # English, for dates of birth in English passages
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "august": 8, "october": 10,
}  # fmt: skip

# (a year of two digits may have its apostrophe: "7-5-'49")
_NUMERIC_DATE = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|['’]?\d{2})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# a date without separators, after a birth word: "geb. 140352", "14031952", "19520314"
_COMPACT_DATE = re.compile(r"\d{6}(?:\d{2})?")


def _valid_md(month: str, day: str) -> bool:
    return 1 <= int(month) <= 12 and 1 <= int(day) <= 31

_WORD_DATE = re.compile(
    r"(\d{1,2})(?:e|st|nd|rd|th)?(?:\s+of)?\s+([A-Za-z]+)\.?,?\s+(\d{4}|['’]\d{2})"
)
_MONTH_FIRST_DATE = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")


def _full_year(raw: str, today: _dt.date) -> int:
    """``85`` or ``'65``: the most recent past year with those digits."""
    year = int(raw)
    if len(raw) == 2:
        century = today.year // 100 * 100
        year = century + year if century + year <= today.year else century - 100 + year
    return year


def parse_date_nl(text: str, today: _dt.date | None = None) -> _dt.date | None:
    """Parse ``12-03-1978``, ``3/4/85``, ``17 maart '65``, ``1978-03-12``, ``12 maart 1978``,
    ``12 mrt. 1978``, and in English ``3 March 1991``, ``3rd March 1991``,
    ``14th of March 2003``, ``March 3, 1991``; None if it is not a real calendar date.

    Two-digit years are read as the most recent past year with those digits.
    """
    t = text.strip()
    today = today or _dt.date.today()
    day: int
    month: int
    year: int
    if m := _ISO_DATE.fullmatch(t):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _NUMERIC_DATE.fullmatch(t):
        day, month = int(m.group(1)), int(m.group(2))
        year = _full_year(m.group(3).lstrip("'’"), today)
    elif m := _WORD_DATE.fullmatch(t):
        month_no = MONTHS_NL.get(m.group(2).lower())
        if month_no is None:
            return None
        day, month, year = int(m.group(1)), month_no, _full_year(m.group(3).lstrip("'’"), today)
    elif m := _COMPACT_DATE.fullmatch(t):
        digits = m.group()
        head = int(digits[:4])
        if len(digits) == 8 and 1900 <= head <= today.year and _valid_md(digits[4:6], digits[6:]):
            year, month, day = head, int(digits[4:6]), int(digits[6:])  # "19520314"
        else:  # "14031952", "140352"
            day, month = int(digits[:2]), int(digits[2:4])
            year = int(digits[4:]) if len(digits) == 8 else _full_year(digits[4:], today)
    elif m := _MONTH_FIRST_DATE.fullmatch(t):
        month_no = MONTHS_NL.get(m.group(1).lower())
        if month_no is None:
            return None
        day, month, year = int(m.group(2)), month_no, int(m.group(3))
    else:
        return None
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


@register("date_plausible")
def date_plausible(text: str) -> bool:
    """A real calendar date with a year from 1900 up to this year, not in the
    future: plausible as somebody's date of birth."""
    today = _dt.date.today()
    d = parse_date_nl(text, today)
    return d is not None and 1900 <= d.year <= today.year and d <= today
