"""Initials codes that stand for a person: ``ALu``, ``HvB``, ``JvdL``, ``WSI``.

Ministries and municipalities write a colleague's paraaf code instead of the
name: in an attendee line (``Arjen Lubbers (ALu, voorzitter)``), in a paraaf
line (``Paraaf directeur: HvB``) and then everywhere after it (action tables,
``ALu opent de vergadering``, ``Opmerking HvB:``).  A code identifies the person
as well as the name does, so it is redacted like one.

Evidence, strongest first:

* **introduced**: a code in brackets right after a redacted person
  (``Joost Brink (JBr)``, ``(WSI, DG)``), a code of the person's initials alone in
  the next cell of a table row (``Nadia El Idrissi-Visser`` / ``NEIV``), or the value of a paraaf
  (``paraaf RJB``, ``Paraaf directeur EK: HvB``), or a code that another
  recognizer already found as a person: every use in the document is redacted;
* **shape**: a word shaped like a mixed-case paraaf code (capitals with the
  lower-case letters of particles or of the surname: ``PdG``, ``RtW``, ``KHa``)
  that is no known abbreviation (``PvdA``, ``KvK``, ``AMvB``, ``MWh``) and not
  spelled out in the document as one (``Plan van Aanpak (PvA)``).  Redacted with
  a low score, so that the review file flags it;
* **listed with a code**: a word in capitals (``WSI``) in the same enumeration
  as a code (``minister X, WSI, KHa``), unless it is a known organisation or role.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

import regex

from redactie.detect.names.lexicon import Lexicon, fold, lexicon_for
from redactie.detect.names.text import (
    Tok,
    View,
    is_initials_only,
    is_org_word,
    page_tokens,
    person_finding,
)
from redactie.findings import Action, Finding, Source
from redactie.woo import PUBLIC_ENTITY_TYPES

if TYPE_CHECKING:
    from redactie.resolve import ResolveContext

PERSON = "PERSON"
CODES_RECOGNIZER = "context:initials_code"
SCORE_INTRODUCED = 0.85
SCORE_SHAPE = 0.55
SCORE_LISTED = 0.5
# a known abbreviation that signs a handling note ("afgehandeld PvE 7/4"): this
# occurrence only, never spread to the abbreviation's other uses
# (scored below the dossier's threshold, so that no other document gets it either)
SIGNED_RULE = "initials_code_signed"
SCORE_SIGNED = 0.6

# Capitals, each optionally followed by the lower-case letters of particles
# ("vd" van de(r), "t" ter/'t, "i" in, "h" het, "o" op), the last capital
# optionally followed by one or two letters of the surname: ALu, PdG, JvdL, KHa.
# ("el"/"al": "RelA" of Rachid el Amrani)
_MIXED = regex.compile(r"\p{Lu}(?:(?:[vdthio]{0,3}|el|al)\p{Lu})+\p{Ll}{0,2}")
# Any code: also capitals only (WSI, RJB) and one lower-case tail (JPo).
_ANY = regex.compile(r"\p{Lu}(?:(?:[vdthio]{0,3}|el|al)\p{Lu}){1,5}\p{Ll}{0,2}")
_PARAAF = regex.compile(r"(?i)\b(?:paraaf|parafen|geparafeerd|paraferen)\b")
# Unit and plural endings that make a capitals word no code: MWh, NOx, GGDs.
_NOT_TAILS = frozenset({"s", "x", "h", "en"})
_LIST_SEPARATORS = frozenset({",", "/", "&", ";"})
_DASHES = frozenset({"-", "\u2013", "|"})


# Two letters of the given name and the surname's capital: HaS, MaB.
_GIVEN_TWO = regex.compile(r"\p{Lu}\p{Ll}\p{Lu}")


# A code written in haste with its given name's initial in lower case: "mvdZ", "jvdB".
_LOWER_LED = regex.compile(r"\p{Ll}(?:vdr|vd|v|t|d)\p{Lu}\p{Ll}?")


# A double surname's second part after a mixed-case code: "MdJ-B", "HvB-Ka"
_DOUBLE_TAIL = regex.compile(r"-\p{Lu}\p{Ll}?")


def is_code_shape(word: str) -> bool:
    """Mixed case as a paraaf code is written: ``ALu``, ``HvB``, ``JvdL``, ``HaS``,
    ``mvdZ``, ``MdJ-B`` (not ``PDF``, nor ``ELDSNet`` with more capitals than a
    person's initials)."""
    head, dash, tail = word.partition("-")
    if dash:
        return _DOUBLE_TAIL.fullmatch(dash + tail) is not None and is_code_shape(head)
    if _GIVEN_TWO.fullmatch(word) or _LOWER_LED.fullmatch(word):
        return True
    if not _MIXED.fullmatch(word) or word.isupper():
        return False
    if sum(c.isupper() for c in word) > 4:
        return False  # "ELDSNet": an acronym's network, not a person's initials
    tail = word[len(word.rstrip("abcdefghijklmnopqrstuvwxyzäëïöüéèáóúç")) :]
    return not (tail in _NOT_TAILS or (word.startswith("IJ") and tail))


def _is_any_code(word: str) -> bool:
    if "-" in word:
        return len(word) <= 9 and is_code_shape(word)
    if not 2 <= len(word) <= 6 or not _ANY.fullmatch(word):
        return False
    return word.isupper() or is_code_shape(word)


def _name_capitals(name: str) -> str:
    """The capitals a person's name opens its words with (``Ingrid Koster``: ``IK``);
    "" for a name of one word."""
    words = [w for w in regex.split(r"[\s\-]+", name) if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _known(word: str, lex: Lexicon) -> bool:
    """A known abbreviation, organisation or role, never a person's code.

    Mixed-case words are compared with their exact spelling (the role ``pDG``
    is not the code ``PdG``); other words ignoring case.
    """
    if word in lex.acronyms or word in _exact_words(lex):
        return True
    if is_code_shape(word):
        return False
    key = fold(word)
    return (
        key in lex.org_words
        or key in lex.role_words
        or key in lex.not_names
        or key in lex.calendar
        or key in lex.stopwords
        or key in lex.titles
    )


@functools.lru_cache(maxsize=8)
def _exact_words(lex: Lexicon) -> frozenset[str]:
    c = lex.config
    return frozenset((*c.role_words, *c.org_words, *c.not_names, *c.stopwords, *c.titles))


def _spells(code: str, words: list[str]) -> bool:
    """``code`` abbreviates ``words``: each word gives its first letter, and a lower-case
    letter may also be a next letter of the word before (``ZiCT``: ``Ziekenhuis Crisis
    Team``)."""

    def walk(c: int, w: int, pos: int) -> bool:
        if c == len(code):
            return w == len(words)
        ch = code[c]
        # the next word's first letter
        if w < len(words) and words[w][:1].casefold() == ch.casefold() and walk(c + 1, w + 1, 1):
            return True
        # a lower-case letter further on in the current word
        if ch.islower() and w > 0:
            k = words[w - 1].casefold().find(ch, pos)
            return k >= 0 and walk(c + 1, w, k + 1)
        return False

    return bool(words) and walk(0, 0, 0)


def _defined_abbreviations(toks: list[Tok]) -> set[str]:
    """Abbreviations spelled out in the text: ``Plan van Aanpak (PvA)`` or the other way round."""
    out: set[str] = set()
    for i, t in enumerate(toks):
        if t.kind != "word" or not _ANY.fullmatch(t.text):
            continue
        letters = t.text.casefold()
        n = len(letters)
        if i > 0 and toks[i - 1].text == "(":
            before = [w for w in toks[max(0, i - 1 - n) : i - 1] if w.kind == "word"]
            if len(before) == n and "".join(w.text[0] for w in before).casefold() == letters:
                out.add(t.text)
            elif any(
                _spells(t.text, [w.text for w in before[-k:]]) for k in range(3, len(before) + 1)
            ):
                out.add(t.text)  # "Ziekenhuis Crisis Team (ZiCT)"
        if i + 2 < len(toks) and toks[i + 1].text == "(":
            after = [w for w in toks[i + 2 : i + 2 + n] if w.kind == "word"]
            if len(after) == n and "".join(w.text[0] for w in after).casefold() == letters:
                out.add(t.text)
    return out


class _Page:
    def __init__(self, page: int, text: str) -> None:
        self.page = page
        self.text = text
        view, toks = page_tokens(text)
        self.view: View = view
        self.toks: list[Tok] = list(toks)
        self._starts = [t.start for t in self.toks]

    def token_at(self, view_pos: int) -> int:
        """Index of the first token starting at or after ``view_pos``."""
        return bisect.bisect_left(self._starts, view_pos)

    def view_pos(self, page_pos: int) -> int:
        return bisect.bisect_left(self.view.offsets, page_pos)

    def span(self, t: Tok) -> tuple[int, int]:
        return self.view.span(t.start, t.end)


def _introduced_after(p: _Page, f: Finding, lex: Lexicon) -> str | None:
    """``Joost Brink (JBr)`` / ``(JBr, voorzitter)``: the code in brackets after a name."""
    i = p.token_at(p.view_pos(f.end))
    toks = p.toks
    if i + 2 >= len(toks) or toks[i].text != "(" or toks[i].gap.count("\n") > 1:
        return None
    # The code opens the brackets, or ends them after a role: "(JBr, voorzitter)",
    # "(adviseur crisisbeheersing, JW)".
    k = i + 1
    if not (toks[k].kind == "word" and _is_any_code(toks[k].text)):
        close = next((j for j in range(i + 1, min(i + 8, len(toks))) if toks[j].text == ")"), 0)
        if not close or toks[close - 2].text not in {",", ";"}:
            return None
        k = close - 1
    code = toks[k]
    if code.kind != "word" or not _is_any_code(code.text):
        return None
    if _known(code.text, lex) and not (
        _spelled_from(code.text, f.text)
        # "M. el Idrissi (MEI)": capitals of the name's initials, not the month
        or (len(code.text) >= 3 and code.text.isupper() and _initials_match(code.text, f.text))
    ):
        return None  # "(MSc)" after "Marjolein Schipper" is her code, after "Jan Bos" a degree
    if k + 1 >= len(toks) or toks[k + 1].text not in {")", ",", ";", "/", "-", "–"}:
        return None
    if code.text.isupper() and not _initials_match(code.text, f.text):
        return None  # "Ruud Hoeksema (COA)": the organisation, not a code
    return code.text


# 'Fleur Mulder ("Flo")', 'Mohammed “Mo”': the name one goes by, in quotes after
# the name (in brackets or not), or in brackets when it is a listed given name.
_QUOTED_NICK = regex.compile(
    r"\A[ \t]*(?:\([ \t]*)?[\"“‘'](\p{Lu}\p{Ll}{1,14})[\"”’'](?:[ \t]*\))?"
)
_BRACKETED_NICK = regex.compile(r"\A[ \t]*\((\p{Lu}\p{Ll}{1,14})\)")


def _nickname_after(p: _Page, f: Finding, lex: Lexicon) -> str | None:
    """The name a person goes by, introduced right after the full name."""
    if len(f.text.split()) < 2:
        return None
    tail = p.text[f.end : f.end + 30]
    m = _QUOTED_NICK.match(tail)
    if m is None:
        m = _BRACKETED_NICK.match(tail)
        if m is None or not lex.is_first_name(m.group(1)):
            return None
    word = m.group(1)
    key = fold(word)
    if key in lex.stopwords or key in lex.role_words or is_org_word(key, lex):
        return None
    return word


def _beside(p: _Page, f: Finding, lex: Lexicon) -> str | None:
    """``mr. Nadia El Idrissi-Visser`` / ``NEIV``: the next cell of a table row (the
    next line) holds only a code made of the name's initials."""
    i = p.token_at(p.view_pos(f.end))
    toks = p.toks
    if i >= len(toks) or "\n" not in toks[i].gap or toks[i].blank_before:
        return None
    code = toks[i]
    if code.kind != "word" or not _is_any_code(code.text) or _known(code.text, lex):
        return None
    if i + 1 < len(toks) and "\n" not in toks[i + 1].gap:
        return None  # more on that line: not a cell of its own
    return code.text if _initials_match(code.text, f.text) else None


def _before(p: _Page, f: Finding, lex: Lexicon) -> str | None:
    """``MEB Mohamed El Bouazzaoui``: a code of the name's initials right before it on
    its line (a roster's code column read into the name's cell)."""
    i = p.token_at(p.view_pos(f.start))
    toks = p.toks
    if i < 1 or i >= len(toks) or "\n" in toks[i].gap:
        return None
    code = toks[i - 1]
    if not (i - 1 == 0 or "\n" in code.gap):
        return None
    if code.kind != "word" or not _is_any_code(code.text) or _known(code.text, lex):
        return None
    return code.text if _initials_match(code.text, f.text) else None


def _slash_code_after(p: _Page, f: Finding, full_names: list[str]) -> int | None:
    """``Vercammen / BV`` in an action list: capitals after a slash right after a
    surname, the initials of the person the document names in full with it ("Bart
    Vercammen"), even when they spell an abbreviation (B.V.): that token's index."""
    i = p.token_at(p.view_pos(f.end))
    toks = p.toks
    if i + 1 >= len(toks) or toks[i].text != "/" or "\n" in toks[i].gap:
        return None
    code = toks[i + 1]
    if code.kind != "word" or not code.text.isupper() or not 2 <= len(code.text) <= 4:
        return None
    if i + 2 < len(toks) and toks[i + 2].kind == "word" and "\n" not in toks[i + 2].gap:
        return None  # more words on: "Jansen / BV Bouw", a firm
    surname = f.text.split()[-1]
    for name in full_names:
        words = name.split()
        if words[-1] == surname and _initials_match(code.text, name):
            return i + 1
    return None


def _spelled_from(code: str, name: str) -> bool:
    """``MSc`` of ``Marjolein Schipper``: the given name's initial, then the surname's
    first letters, the way paraaf codes are made."""
    words = [w for w in regex.findall(r"[\p{L}]+", name) if w[0].isupper()]
    return (
        len(words) >= 2
        and len(code) >= 2
        and code[0] == words[0][0]
        and words[-1].casefold().startswith(code[1:].casefold())
    )


def _initials_match(code: str, name: str) -> bool:
    """Capitals ``JB`` / ``WSI`` are a code of ``Jan Brink`` / ``Willem Sikkema``:
    the first letter is the first initial and the surname's initial follows."""
    words = [w for w in regex.findall(r"[\p{L}]+", name) if w[0].isupper()]
    if len(words) == 1 and len(words[0]) >= 3 and 3 <= len(code) <= 4:
        # a given name alone, as a signature gives it: "Marloes (MTK)"; its initial opens
        # the code and the surname's is among the other letters
        return code[0] == words[0][0]
    if len(words) < 2:
        return False
    if len(words) >= 3 and code == "".join(w[0] for w in words[:-1]):
        return True  # "Jan-Willem Hoogendoorn (JW)": the given names' initials
    return code[0] == words[0][0] and words[-1][0] in code[1:]


# "Een jongere, hierna D.K., ...", "(hierna: JvdB)": a person named by a code from here on.
_HEREAFTER = regex.compile(r"(?i)\bhierna(?:[ ]te[ ]noemen)?[ \t]*:?[ \t]*")


def _named_hereafter(p: _Page) -> Iterable[str]:
    """Initials or a code right after ``hierna``: the document's name for a person."""
    text = p.view.text
    for m in _HEREAFTER.finditer(text):
        i = p.token_at(m.end())
        if i >= len(p.toks):
            continue
        t = p.toks[i]
        if t.start != m.end():
            continue
        initials = t.kind == "init" and is_initials_only(t.text)
        if initials or (t.kind == "word" and _is_any_code(t.text)):
            yield t.text


# A date written as a paraaf's: "10-06", "10/6", "10-06-2025" (not a year alone)
_PARAAF_DATE = regex.compile(r"[ \t]*,?[ \t]*\d{1,2}[\-/.]\d{1,2}(?:[\-/.]\d{2,4})?(?![\d\-/.])")


def _dated_initials(p: _Page) -> Iterable[str]:
    """Initials with a date in brackets, a paraaf: ``Reactie gemeente (K.B., 10-06)``."""
    text = p.view.text
    for i, t in enumerate(p.toks):
        if t.kind != "init" or not is_initials_only(t.text) or i == 0:
            continue
        if p.toks[i - 1].text != "(" or not 2 <= sum(c.isupper() for c in t.text) <= 4:
            continue
        m = _PARAAF_DATE.match(text, t.end)
        if m is not None and text[m.end() : m.end() + 1] == ")":
            yield t.text


# The labels of a form's or register's handling fields, with the handler's initials
# or code as their value: "Gecontroleerd: H.B.", "Ontvangen door: MvE".
_SIGN_OFF = regex.compile(
    r"(?i)(?<![\p{L}])(?:gecontroleerd|ontvangen|behandeld|verwerkt|ingevoerd|opgesteld"
    r"|afgehandeld|beoordeeld|goedgekeurd|geaccordeerd|gezien|akkoord|checked|approved"
    # "svp vandaag bellen - BvE 4/11": a dash before the paraaf that ends a note
    r"|(?<=[ \t])(?P<dash>[\-\u2013\u2014]))"
    # ("Gezien teamleider: JB 20/11": the handler's function before the colon)
    r"(?P<label>[ \t]*:|[ \t]+(?:door|by)[ \t]*:?|(?:[ \t]+\p{Ll}{3,15}){1,2}[ \t]*:)?[ \t]*"
)


_LINE_END = regex.compile(r"[ \t]*(?:\n|$)")
_DIGIT = regex.compile(r"\d")
_GAP = regex.compile(r"[ \t]+")


def _signed_off_values(p: _Page, lex: Lexicon) -> Iterable[tuple[int, str]]:
    """Initials or a code as the value of a handling field (``Gecontroleerd: H.B.``),
    or after a handling word with the date of the paraaf (``afgehandeld PvE 7/4``):
    the token's index and text."""
    text = p.view.text
    for m in _SIGN_OFF.finditer(text):
        at = m.end()
        first = _PARAAF_DATE.match(text, at) if not m.group("dash") else None
        if first is not None and (gap := _GAP.match(text, first.end())):
            at = gap.end()  # "GEZIEN 17/3 AvK": the paraaf's date first
        else:
            first = None
        i = p.token_at(at)
        if i >= len(p.toks) or p.toks[i].start != at:
            continue
        t = p.toks[i]
        nxt = p.toks[i + 1] if i + 1 < len(p.toks) else None
        if (
            nxt is not None
            and not nxt.newline_before
            and nxt.kind == "word"
            and nxt.text[:1].isupper()
            and len(nxt.gap) < 3
        ):
            continue  # "Behandeld door: H.B. Jansen": a name, read by the name rules
        # "afgehandeld PvE 7/4": without a colon only a code with a paraaf's date after
        # it, and then even one that spells an abbreviation (PvE, Programma van Eisen)
        date = _PARAAF_DATE.match(text, t.end)
        dated = date is not None
        if first is not None:
            if _LINE_END.match(text, t.end) is None:
                continue  # "gezien 17/3 PvE-advies ...": after a date the code ends the line
            dated = True
        if not m.group("label") and not dated:
            continue
        line_ends = date is not None and text[date.end() : date.end() + 1] in ("", "\n")
        if m.group("dash") and not line_ends:
            continue  # after a dash only the code and its date, and the line ends
        initials = t.kind == "init" and is_initials_only(t.text.replace(" ", ""))
        code = t.kind == "word" and _is_any_code(t.text) and (dated or not _known(t.text, lex))
        if initials or code:
            yield i, t.text


# Abbreviations written as capitals with dots that name no person.
_DOTTED_WORDS = frozenset(
    {"NB", "PS", "BV", "NV", "AUB", "TAV", "IVM", "MBT", "ED", "OA", "CQ", "DWZ", "ZSM",
     "VOF", "UA", "AS", "WO", "EU", "VS", "US", "TV", "UK", "VK", "NL", "BE", "OM", "AM",
     "PM", "RIP", "AD", "VN", "UN", "EG", "EZ", "OZ", "CV", "GGD", "KvK"}
)
_PROSE_BEFORE = frozenset(
    {"met", "aan", "door", "voor", "bij", "van", "en", "of", "dat", "zonder", "tegen",
     "over", "naar", "with", "to", "by", "from", "and"}
)


def _initials_in_prose(p: _Page) -> Iterable[str]:
    """Initials alone in running text as a person's handle (``Nog even met R.B.
    gesproken``): two or three capitals with dots after a preposition or conjunction
    and before a word in lower case, not an abbreviation (``N.B.``, ``i.v.m.``)."""
    toks = p.toks
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if t.kind != "init" or regex.fullmatch(r"(?:\p{Lu}\.){2,3}", t.text) is None:
            continue
        prev, nxt = toks[i - 1], toks[i + 1]
        if (
            t.text.replace(".", "") not in _DOTTED_WORDS
            and prev.kind == "word"
            and prev.text in _PROSE_BEFORE
            and not t.newline_before
            and not nxt.newline_before
            and nxt.kind == "word"
            and nxt.text[:1].islower()
        ):
            yield t.text


def _paraaf_values(p: _Page, lex: Lexicon) -> Iterable[str]:
    """Codes after ``paraaf`` on its line: ``paraaf RJB``, ``Paraaf directeur EK: HvB``."""
    text = p.view.text
    for m in _PARAAF.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        after = m.end()
        if not text[after:line_end].strip(" \t:") and line_end < len(text):
            # "...; paraaf" / "RJB]": the line wrapped right after the word
            after = line_end + 1
            line_end = text.find("\n", after)
            line_end = len(text) if line_end < 0 else line_end
        colon = text.find(":", after, line_end)
        start = colon + 1 if colon >= 0 else after
        if colon >= 0 and _DIGIT.search(text, after, colon):
            start = after  # "paraaf LBT 19/6, AMe 20/6, DG: HdR": dated codes before a colon
        i = p.token_at(start)
        first = True
        while i < len(p.toks) and p.toks[i].start < line_end:
            t = p.toks[i]
            i += 1
            if t.kind == "punct":
                # "DAy 14/11 - akkoord MTD 17/11": a date and a dash go on to the next
                # paraaf
                if t.text in _LIST_SEPARATORS or (
                    colon >= 0 and (t.text in _DASHES or t.text.isdigit())
                ):
                    continue
                break
            if t.kind == "word" and _PARAAF.fullmatch(t.text):
                break  # "WtH 13/8 - paraaf teamleider OOV: AvL": the next paraaf reads its own
            if t.kind == "word" and _is_any_code(t.text) and not _known(t.text, lex):
                yield t.text
            elif colon < 0 and first:
                break  # "paraaf van de directeur": no code right after the word
            first = False


def _paraaf_column(p: _Page, lex: Lexicon) -> Iterable[str]:
    """Codes in the ``Paraaf`` column of a table read cell by cell: after a short
    header line with the word (``Paraaf``, ``Paraaf Datum``), a line that holds
    only a code is a paraaf (``DG Agro / MLJ / 19/11``), until prose begins."""
    if not _PARAAF_HEADER.search(p.view.text):
        return  # most pages: no paraaf, and no lines to split
    lines = p.view.text.split("\n")
    for n, line in enumerate(lines):
        cell = line.strip(" \t\u00a0|")
        if len(cell) > 40 or ":" in cell or not _PARAAF_HEADER.search(cell):
            continue
        for later in lines[n + 1 : n + 40]:
            value = later.strip(" \t\u00a0|")
            if len(value) > 60:
                break  # prose: the table has ended
            if _is_any_code(value) and not _known(value, lex):
                yield value


_PARAAF_HEADER = regex.compile(r"(?i)(?<![\p{L}])(?:paraaf|parafen)(?![\p{L}])")


def _line_label(p: _Page, i: int) -> bool:
    """``DGMo: JvdB 9/5``: a capitals word opening its line before a colon labels the line."""
    toks = p.toks
    t = toks[i]
    if not (i == 0 or t.newline_before):
        return False
    if i + 2 >= len(toks) or toks[i + 1].text != ":" or "\n" in toks[i + 2].gap:
        return False
    return toks[i + 2].kind == "word" and _is_any_code(toks[i + 2].text)


def _after_number(p: _Page, i: int) -> bool:
    """``12 MWh``, ``3,5 GWh``: a unit after a number; ``IvhO-2026-02-4471``: the
    letters of a case reference, glued to its digits."""
    t = p.toks[i]
    if _REFERENCE_TAIL.match(p.view.text, t.end):
        return True
    if i == 0:
        return False
    prev = p.view.text[max(0, t.start - 12) : t.start].rstrip(" \t\u00a0")
    # (a number that ends the line before is a cell's date: "30 september 2025" / "EvS")
    return bool(prev) and prev[-1].isdigit()


_REFERENCE_TAIL = regex.compile(r"[\-/_.]?\d{2,}")


def _cited_publisher(p: _Page, i: int) -> bool:
    """``(NJi, 2022)``: an institute's abbreviation and a year in brackets cite a
    publication; a person's code stands beside a date, not a year alone."""
    t = p.toks[i]
    return (
        p.view.text[max(0, t.start - 1) : t.start] == "("
        and _CITED_YEAR.match(p.view.text, t.end) is not None
    ) or _SERIES_NUMBER.match(p.view.text, t.end) is not None


_CITED_YEAR = regex.compile(r",[ \t]*(?:19|20)\d{2}[a-z]?\)")
# a publication series' year and number after its abbreviation: "BaS 2025/0417"
# (Berichten aan de Scheepvaart), "Stcrt. 2024/12345"
_SERIES_NUMBER = regex.compile(r"\.?[ \t]+(?:19|20)\d{2}[/\-]\d{2,6}(?![\d/\-])")


def _list_neighbours(p: _Page, i: int) -> Iterable[int]:
    """Indices of the words enumerated with word ``i`` on its line (``X, WSI, KHa``)."""
    toks = p.toks
    n = len(toks)
    for step in (-1, 1):
        j = i
        while 0 <= j + 2 * step < n:
            sep, word = toks[j + step], toks[j + 2 * step]
            joined = sep.kind == "punct" and sep.text in _LIST_SEPARATORS
            if not (joined or sep.text in ("en", "of")) or word.kind != "word":
                break  # "HD, IK en SdV": commas and a last "en"
            gaps = (sep.gap, word.gap) if step > 0 else (toks[j].gap, sep.gap)
            if any("\n" in g for g in gaps):
                break
            j += 2 * step
            yield j


def names_codes(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Redact the paraaf codes of persons (see the module docstring)."""
    lex = lexicon_for(ctx.rules)
    pages = [_Page(n, page.text) for n, page in enumerate(ctx.document.pages)]
    by_page: dict[int, list[Finding]] = {}
    for f in findings:
        by_page.setdefault(f.page, []).append(f)

    introduced: set[str] = set()
    signed: set[tuple[int, int]] = set()  # (page, token) of a known abbreviation as paraaf
    full_names = [
        f.text
        for f in findings
        if f.entity_type == PERSON and f.action is Action.REDACT and len(f.text.split()) >= 2
    ]
    nicknames: set[str] = set()
    # the capitals of the persons' names ("IK" of "Ingrid Koster"): a word that is
    # one listed with codes is that person's code, even when it is a word ("ik")
    capitals: set[str] = set()
    lowers: set[str] = set()  # "jdv" of "Jorrit de Vries"
    for f in findings:
        if f.entity_type != PERSON or f.action is not Action.REDACT:
            continue
        capitals.add(_name_capitals(f.text))
        words = f.text.replace("-", " ").split()
        if (
            3 <= len(words) <= 4
            and all(w[:1].isalpha() for w in words)
            and any(fold(w) in lex.particles for w in words[1:-1])  # a particle's letter
        ):
            lowers.add("".join(w[0] for w in words).lower())
        if 0 <= f.page < len(pages):
            code = (
                _introduced_after(pages[f.page], f, lex)
                or _beside(pages[f.page], f, lex)
                or _before(pages[f.page], f, lex)
            )
            if code:
                introduced.add(code)
            nick = _nickname_after(pages[f.page], f, lex)
            if nick:
                nicknames.add(nick)
            slashed = _slash_code_after(pages[f.page], f, full_names)
            if slashed is not None:
                signed.add((f.page, slashed))
        words = f.text.split()
        if len(words) == 1 and _is_any_code(words[0]) and not _known(words[0], lex):
            introduced.add(words[0])
        elif len(words) == 1 and is_initials_only(words[0]):
            introduced.add(words[0])  # "M.A." found as a person (a child in a table)
    for p in pages:
        introduced.update(_paraaf_values(p, lex))
        for i, code in _signed_off_values(p, lex):
            if _known(code, lex):
                signed.add((p.page, i))  # "PvE" is Programma van Eisen elsewhere: here only
            else:
                introduced.add(code)
        introduced.update(_paraaf_column(p, lex))
        introduced.update(_named_hereafter(p))
        introduced.update(_dated_initials(p))
        introduced.update(_initials_in_prose(p))

    defined: set[str] = set()
    for p in pages:
        defined |= _defined_abbreviations(p.toks)
    defined -= introduced

    new: list[Finding] = []
    found: list[tuple[_Page, dict[int, tuple[str, float]]]] = []
    listed: set[str] = set()
    for p in pages:
        shaped: dict[int, tuple[str, float]] = {}
        for i, t in enumerate(p.toks):
            if t.kind == "init" and t.text in introduced:
                shaped[i] = ("introduced", SCORE_INTRODUCED)  # "D.K." named hereafter
                continue
            if t.kind != "word":
                continue
            if (p.page, i) in signed:
                shaped[i] = ("signed", SCORE_SIGNED)
            elif t.text in introduced:
                shaped[i] = ("introduced", SCORE_INTRODUCED)
            elif t.text in nicknames:
                shaped[i] = ("nickname", SCORE_INTRODUCED)
            elif len(t.text) >= 3 and t.text in capitals and not _known(t.text, lex):
                # "BJV neemt Volkskrant" beside "Bart-Jan Vermeulen": a redacted
                # person's capitals, three or more
                shaped[i] = ("introduced", SCORE_INTRODUCED)
            elif t.text in lowers and not _known(t.text, lex):
                # "jdv = Jorrit de Vries": the first letters of a redacted person's
                # words, particles too, in lower case
                shaped[i] = ("introduced", SCORE_INTRODUCED)
            elif (
                is_code_shape(t.text)
                and t.text not in defined
                and not _known(t.text, lex)
                and not _line_label(p, i)
                and not _after_number(p, i)
                and not _cited_publisher(p, i)
            ):
                shaped[i] = ("shape", SCORE_SHAPE)
        for i in list(shaped):
            for w in _list_neighbours(p, i):
                word = p.toks[w].text
                if (
                    w not in shaped
                    and word.isupper()
                    and _is_any_code(word)
                    and word not in defined
                    and (not _known(word, lex) or word in capitals)
                ):
                    shaped[w] = ("listed", SCORE_LISTED)
        listed.update(p.toks[i].text for i, (rule, _) in shaped.items() if rule == "listed")
        found.append((p, shaped))
    # A capitals code once enumerated with a code is that code at every use.
    for p, shaped in found:
        for i, t in enumerate(p.toks):
            if i not in shaped and t.kind == "word" and t.text in listed:
                shaped[i] = ("listed", SCORE_LISTED)
    for p, shaped in found:
        others = by_page.get(p.page, [])
        for i, (rule, score) in sorted(shaped.items()):
            s, e = p.span(p.toks[i])
            if any(o.start < e and s < o.end and _blocks(o, rule, s, e) for o in others):
                continue
            new.append(
                person_finding(
                    p.page,
                    s,
                    e,
                    p.text[s:e],
                    recognizer=CODES_RECOGNIZER,
                    source=Source.CONTEXT,
                    rule_id=f"initials_code_{rule}",
                    score=score,
                    explanation=_EXPLANATIONS[rule],
                )
            )
    new.extend(_glued_initials_elsewhere(pages, introduced, by_page, new))
    return [*findings, *new]


def _glued_initials_elsewhere(
    pages: list[_Page],
    introduced: set[str],
    by_page: dict[int, list[Finding]],
    new: list[Finding],
) -> list[Finding]:
    """``J.v.d.B.``: initials with particles written together, found as a person (a
    patient before a date of birth), at their other mentions; the tokens split them,
    so the page's text is searched for the whole string."""
    glued = sorted(c for c in introduced if "." in c and any(x.islower() for x in c))
    out: list[Finding] = []
    for code in glued:
        rx = regex.compile(rf"(?<![\p{{L}}.]){regex.escape(code)}(?![\p{{L}}])")
        for p in pages:
            taken = [*by_page.get(p.page, []), *(f for f in new if f.page == p.page), *out]
            for m in rx.finditer(p.text):
                s, e = m.span()
                if any(o.page == p.page and o.start < e and s < o.end for o in taken):
                    continue
                out.append(
                    person_finding(
                        p.page, s, e, code, recognizer=CODES_RECOGNIZER,
                        source=Source.CONTEXT, rule_id="initials_code_introduced",
                        score=SCORE_INTRODUCED, explanation=_EXPLANATIONS["introduced"],
                    )
                )  # fmt: skip
    return out


_EXPLANATIONS = {
    "introduced": "parafcode van een persoon (na de naam of bij een paraaf ingevoerd)",
    "nickname": "roepnaam of bijnaam van een persoon, na de naam ingevoerd (\"Flo\")",
    "signed": "parafcode met datum bij een afhandeling (elders mogelijk een afkorting)",
    "shape": "woord in de vorm van een parafcode; controleer of het een persoon is",
    "listed": "opgesomd naast een parafcode; controleer of het een persoon is",
}


def _blocks(o: Finding, rule: str, start: int, end: int) -> bool:
    """A finding that already decides this word.

    Anything redacted or kept does.  A public entity that the model saw only stops
    the weaker evidence, and only when it is longer than the code itself (``PvdA
    Amsterdam``): the model's guess on a lone code (``JvdB`` as an organisation) is
    no evidence against the code's shape.
    """
    if o.entity_type in PUBLIC_ENTITY_TYPES:
        # (a mixed-case code that ends the model's organisation is the next cell's:
        # "Ministerie van Algemene Zaken SMa", a table's row read as one line)
        return (
            rule != "introduced"
            and (o.start < start or o.end > end)
            and not (rule == "shape" and o.end == end and o.start < start)
        )
    return True
