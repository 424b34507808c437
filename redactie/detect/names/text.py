"""Text plumbing for names: a de-hyphenated view of a page, tokens, name candidates.

Page text comes from PDFs, so a name can be broken over a line end
(``Ver-\\nmeulen``, ``Pieter-\\nJan``) or sit in a table cell that wraps
(``Marloes van\\nDalen``).  :class:`View` removes line-end hyphenation and keeps
a map back to the page offsets; :func:`tokenize` cuts the view into words,
initials and punctuation; :func:`candidate_at` reads the longest name-shaped
token sequence at a position (given names, initials, particles, surnames).
Whether such a sequence *is* a person is decided by the recognizers.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from redactie.detect.names.lexicon import ARTICLE_PREFIXES, PINYIN_SYLLABLE, Lexicon, fold
from redactie.findings import Finding, Provenance, Source
from redactie.woo import ENTITY_GROUNDS

# A word: letters (with marks), inner apostrophes and inner hyphens.
_WORD = regex.compile(r"[\p{L}\p{M}](?:[\p{L}\p{M}]|['’](?=[\p{L}])|-(?=[\p{L}]))*['’]?")
# "M. J.", and "D.S.-P.": the initials of a double surname
_MORE_INITIALS = regex.compile(r"(?:[ ]|-(?=\p{Lu}\.))?(?:IJ|Th|Ch|\p{Lu})\.")
_INITIAL_WORDS = {"IJ", "Th", "Ch", "Chr", "Ph", "Joh", "Wm", "Jac", "Corn", "Hub", "Gerh"}


# "Zhang-\nde Groot", "Hoekstra-\nvan der Meer": one particle or more, then a capital
_PARTICLE_AFTER_HYPHEN = regex.compile(
    r"(?:(?:van|de|der|den|ter|ten|te|la|le|el|al|da|du|von|het)[ \t]+)+\p{Lu}"
)


@dataclass(frozen=True)
class View:
    """A page text without line-end hyphenation, with offsets back to the page."""

    text: str
    offsets: tuple[int, ...]  # view index -> page index
    page_length: int

    @classmethod
    def of(cls, page: str) -> View:
        chars: list[str] = []
        offsets: list[int] = []
        i = 0
        n = len(page)
        while i < n:
            c = page[i]
            # the line break after the hyphen, with one blank line in a table cell read
            # as blocks ("Liauw-A-" / / "Fong")
            brk = 3 if page[i + 1 : i + 3] == "\n\n" else 2 if page[i + 1 : i + 2] == "\n" else 0
            if (
                c == "-"
                and brk
                and i > 0
                and page[i - 1].isalpha()
                and i + brk < n
                and page[i + brk].isalpha()
                and (brk == 2 or page[i + brk].isupper())
            ):
                if page[i + brk].islower() and _PARTICLE_AFTER_HYPHEN.match(page, i + brk) is None:
                    i += brk  # "Ver-\nmeulen" -> "Vermeulen"
                    continue
                # "Pieter-\nJan" -> "Pieter-Jan"; "Zhang-\nde Groot" -> "Zhang-de Groot":
                # a particle and a capitalised word go on a double surname
                chars.append("-")  # "Pieter-\nJan" -> "Pieter-Jan"
                offsets.append(i)
                i += brk
                continue
            chars.append(c)
            offsets.append(i)
            i += 1
        return cls(text="".join(chars), offsets=tuple(offsets), page_length=n)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The page span of view span ``start:end``."""
        if end <= start:
            raise ValueError("empty span")
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Tok:
    start: int  # view offsets
    end: int
    text: str
    kind: str  # "word", "init" (initials such as "M.J."), "punct"
    gap: str  # whitespace between the previous token and this one

    @property
    def newline_before(self) -> bool:
        return "\n" in self.gap

    @property
    def blank_before(self) -> bool:
        return self.gap.count("\n") >= 2

    @functools.cached_property
    def key(self) -> str:
        """The bare word folded (see :func:`~redactie.detect.names.lexicon.fold`)."""
        return fold(self.bare)

    @functools.cached_property
    def bare(self) -> str:
        """The word without a possessive ending apostrophe (worked out once: the name
        stages ask a token for it millions of times in a batch)."""
        return self.text.rstrip("'’")


def tok_start(t: Tok) -> int:
    """A token's start: the key to bisect a page's tokens by (they are in text order)."""
    return t.start


# "van de(r)" abbreviated before a capitalised surname: "v.d.", "v/d", "vd."
# (also "van" alone: "Ton v. Kempen")
_PARTICLE_ABBREVIATION = regex.compile(r"(?:v\.[ ]?d\.|v/d|vd\.|v\.)(?=[ \t]+\p{Lu}\p{Ll})")
PARTICLE_ABBREVIATIONS = frozenset({"v.d.", "v. d.", "v/d", "vd.", "v."})
_OCR_BAR_INITIAL = regex.compile(r"\|\.(?=[ \t]+\p{Lu}\p{Ll})")


def tokenize(text: str) -> list[Tok]:
    """Words, initials and single punctuation characters, each with the gap before it."""
    toks: list[Tok] = []
    i = 0
    n = len(text)
    prev_end = 0
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        gap = text[prev_end:i]
        if c in "'’‘" and text[i + 1 : i + 2] in ("t", "s") and not text[i + 2 : i + 3].isalpha():
            # "'t", "'s" (OCR may read the apostrophe as an opening quote: "‘t")
            toks.append(Tok(i, i + 2, text[i : i + 2], "word", gap))
            i = prev_end = i + 2
            continue
        abbreviated = _PARTICLE_ABBREVIATION.match(text, i)
        if abbreviated and (i == 0 or text[i - 1].isspace()):
            # "Wiebren v.d. Meer", "J. v/d Berg": the particles abbreviated, one token
            k = abbreviated.end()
            toks.append(Tok(i, k, text[i:k], "word", gap))
            i = prev_end = k
            continue
        if _OCR_BAR_INITIAL.match(text, i) and (i == 0 or text[i - 1].isspace()):
            # OCR's "|." for the initial "I." before a capitalised name
            toks.append(Tok(i, i + 2, text[i : i + 2], "init", gap))
            i = prev_end = i + 2
            continue
        m = _WORD.match(text, i)
        if m:
            word = m.group()
            # Initials: "M.", "M.J.", "Th.", "M. J." glued into one token.
            if (len(word) == 1 and word.isupper()) or word in _INITIAL_WORDS:
                j = m.end()
                if j < n and text[j] == ".":
                    k = j + 1
                    while True:
                        m2 = _MORE_INITIALS.match(text, k)
                        if not m2:
                            break
                        k = m2.end()
                    toks.append(Tok(i, k, text[i:k], "init", gap))
                    i = prev_end = k
                    continue
            toks.append(Tok(i, m.end(), word, "word", gap))
            i = prev_end = m.end()
            continue
        toks.append(Tok(i, i + 1, c, "punct", gap))
        i = prev_end = i + 1
    return toks


# ------------------------------------------------------------------ word classes


# the makes of cars, vans and trucks: a word that names a vehicle, not a person
CAR_MAKES = frozenset(
    {"škoda", "skoda", "volkswagen", "vw", "opel", "ford", "toyota", "renault", "peugeot",
     "citroën", "citroen", "bmw", "mercedes", "mercedes-benz", "audi", "kia", "hyundai",
     "volvo", "fiat", "tesla", "nissan", "mazda", "seat", "dacia", "suzuki", "mitsubishi",
     "honda", "lexus", "porsche", "mini", "jeep", "iveco", "daf", "scania", "man"}
)


_HYPHEN_PARTICLES = frozenset({"de", "van", "der", "den", "ter", "ten", "te", "la", "le", "el"})


_INITIALS_ONLY = regex.compile(
    r"\p{Lu}\p{Ll}{0,2}\.(?:\p{Ll}{1,3}\.)*(?:-?\p{Lu}\p{Ll}{0,2}\.(?:\p{Ll}{1,3}\.)*)+"
)


def is_initials_only(text: str) -> bool:
    """Two or more initials and nothing else ("D.K.", "S.v.d.B.", "Th.J."): a person referred
    to by initials alone, as reports do for children."""
    return _INITIALS_ONLY.fullmatch(text.replace(" ", "")) is not None


def is_capitalised(word: str) -> bool:
    """``Dalen``, ``Van``, ``Pieter-Jan``, ``IJsselmuiden``, ``O'Brien``.

    Not ``BZK`` (an acronym) and not ``Woo-loket`` (a lower-case part).
    """
    # Cached in a plain str -> bool dict (not walked by the garbage collector).
    known = _CAPITALISED.get(word)
    if known is None:
        known = _is_capitalised(word)
        if len(_CAPITALISED) >= 200_000:
            _CAPITALISED.clear()
        _CAPITALISED[word] = known
    return known


_CAPITALISED: dict[str, bool] = {}


def _is_capitalised(word: str) -> bool:
    parts = [p for p in word.rstrip("'’").split("-") if p]
    if not parts:
        return False
    if len(parts[0]) > 3 and parts[0][:2].lower() in ("d'", "d’", "l'", "l’", "o'", "o’"):
        if parts[0][0].isupper() and parts[0][2:].isalpha() and parts[0][2:].islower():
            parts[0] = parts[0][0] + parts[0][2:]  # Flemish "D'hondt", "D'haese"
        else:
            parts[0] = parts[0][2:]  # "d'Ancona", "O'Brien"
    if len(parts) >= 2 and parts[0] in ARTICLE_PREFIXES:
        parts = parts[1:]  # "al-Khatib", "el-Amrani": an Arabic article in lower case
    for k, p in enumerate(parts):
        if k and p in _HYPHEN_PARTICLES:
            continue  # "Boukema-de Jong", "Jansen-van Dijk"
        if not p[0].isupper():
            return False
        rest = p[2:] if p.startswith("IJ") else p[1:]
        if len(rest) >= 1 and rest.isupper():
            return False
    return True


def is_particle(tok: Tok, lex: Lexicon) -> bool:
    return tok.kind == "word" and (
        (tok.key in lex.particles and not accented(tok.text))
        or tok.text in PARTICLE_ABBREVIATIONS
    )


def accented(word: str) -> bool:
    """A letter with a mark: "Lê" (a Vietnamese family name) is no particle "le"."""
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", word))


_BLOCKED: dict[tuple[int, str], bool] = {}


def role_complement(toks: list[Tok], k: int) -> bool:
    """Token ``k`` opens what a role word before it is of, or goes on as a title:
    ``van``, ``voor``, ``of``, ``der``, or a capitalised word on the same line."""
    if k >= len(toks) or toks[k].newline_before:
        return False
    t = toks[k]
    return t.text in ("van", "voor", "of", "der", "for") or (
        t.kind == "word" and is_capitalised(t.text)
    )


def is_blocked(word: str, lex: Lexicon) -> bool:
    """Function words, months, role and organisation words, streets: never part of a name."""
    cache_key = (id(lex), word)
    hit = _BLOCKED.get(cache_key)
    if hit is None:
        if len(_BLOCKED) > 200_000:
            _BLOCKED.clear()
        hit = _BLOCKED[cache_key] = _is_blocked(word, lex)
    return hit


COMPASS = frozenset(
    {"noord", "zuid", "oost", "west", "midden", "noordoost", "noordwest", "zuidoost", "zuidwest"}
)


# provinces and regions that are surnames too ("Brabant", "Holland")
REGIONS = frozenset(
    {"brabant", "limburg", "holland", "friesland", "groningen", "drenthe", "overijssel",
     "gelderland", "utrecht", "zeeland", "vlaanderen", "nederland", "twente", "veluwe",
     "betuwe", "achterhoek", "europa", "afrika", "amerika", "azie", "frankrijk", "duitsland",
     "europe", "benelux", "netherlands", "belgie", "belgium", "international", "nordic"}
)


_VEHICLE_NOUN = regex.compile(
    r"(?:\p{L}*(?:auto|bus|busje|wagen|truck|motor|scooter|trekker|oplegger)|car|vehicle)",
    regex.IGNORECASE,
)  # not the English "van": in Dutch it is the preposition ("het account van Gerdien")


def after_vehicle_noun(toks: list[Tok], first: int) -> bool:
    """Token ``first`` follows a vehicle on its line: ``bestelauto Ford Transit``,
    ``een Volkswagen-bus``: a make, not a person."""
    if first == 0 or toks[first].newline_before:
        return False
    prev = toks[first - 1]
    return (
        prev.kind == "word"
        and prev.text[:1].islower()
        and _VEHICLE_NOUN.fullmatch(prev.text) is not None
    )


def is_region(word: str, lex: Lexicon) -> bool:
    """A region with a compass prefix: ``West-Brabant``, ``Noord-Nederland``."""
    parts = fold(word).split("-")
    return (
        len(parts) == 2
        and parts[0] in COMPASS
        and (parts[1] not in lex.surnames or parts[1] in REGIONS)
    )


def _is_blocked(word: str, lex: Lexicon) -> bool:
    key = fold(word.rstrip("'’"))
    if key in lex.stopwords or key in lex.role_words or is_org_word(key, lex):
        return True
    if key in lex.calendar and key not in lex.first_names:
        return True
    parts = key.split("-")
    if is_region(word, lex):
        return True  # "West-Brabant", "Midden-Limburg"
    if len(parts) > 1:
        # "Meer-Wiersma": a listed name part makes a stop-word part a surname too.
        named = any(len(q) >= 4 and (q in lex.surnames or q in lex.first_names) for q in parts)
        for n, part in enumerate(parts):
            if part in lex.first_names or part in lex.surnames:
                continue
            if part in lex.org_words and not named:
                return True  # not "Hof-Dekker" (van 't): a listed surname beside it
            if part in lex.role_words and not named:
                return True  # not "Burgemeester-Lammers": a listed surname beside it
            if part in lex.stopwords and not named and (n == 0 or len(part) > 3):
                return True  # "Doe-het-zelf"; not the short syllables of "Tjin-Kon-Fat"
    if is_street(key, lex) or camel_case_brand(word, lex):
        return True
    return any(ch.isdigit() for ch in word)


def is_org_word(key: str, lex: Lexicon) -> bool:
    """A folded word that is, or ends in, an organisation word ("stichting", "kinderfonds",
    "drees-zaal", "king-huis")."""
    if key in lex.org_words:
        return True
    if "-" in key and key.rsplit("-", 1)[1] in lex.org_words:
        return True
    # key is no organisation word itself (above), so a word it ends in is shorter; the
    # head before it is a word of its own ("werkgroep"), not a syllable ("Jagroep")
    if key.endswith(_HOME_ROOMS):
        return False
    if key.endswith(_ROOM_ENDS) and len(key) >= 8 and key not in lex.surnames:
        return True  # "Anne Frankzaal", "Van Eesterenkamer": a room named after a person
    last = key.rsplit("-", 1)[-1]  # "ramdin-jagroep": the head is the last part's
    if last.endswith(_SURNAME_ENDS):
        return False  # "Woolthuis", "Sloothuis": a Twente surname, no home care "Thuis"
    return (
        key not in lex.surnames
        and last.endswith(lex.long_org_words)
        and any(last.endswith(w) and len(last) - len(w) >= 3 for w in lex.long_org_words)
    )


# short organisation words that end a compound name of a room or hall; longer ones
# ("kinderfonds") come from the organisation words themselves
_ROOM_ENDS = ("zaal", "zalen", "kamer", "club", "team")
# organisation words that end many surnames as well (Olthuis, Woolthuis, Groothuis)
_SURNAME_ENDS = ("thuis",)
# the rooms of a home: "Badkamer Habte" is the Habtes' bathroom, no organisation
_HOME_ROOMS = (
    "badkamer", "slaapkamer", "woonkamer", "huiskamer", "zitkamer", "kinderkamer",
    "logeerkamer", "studeerkamer", "voorkamer", "achterkamer", "zolderkamer",
)


_WEAK_STREET_ENDS = ("brug", "sluis", "tunnel", "viaduct", "kanaal", "park", "pad")


def is_street(key: str, lex: Lexicon) -> bool:
    """A folded word that ends like a street name ("zwijgerlaan", "wittstraat")."""
    return (
        key.endswith(lex.street_suffixes)
        and key not in lex.surnames
        # "Çelik-Oostenbrug": a double surname whose last part ends like a bridge or a
        # lock; "Willem-Alexanderlaan" stays a street
        and not ("-" in key and key.endswith(_WEAK_STREET_ENDS))
        and any(key.endswith(s) and len(key) >= len(s) + 3 for s in lex.street_suffixes)
        # "Zhiwei", "Jianwei": a Chinese given name ends like a Frisian "-wei"
        and not (key.endswith("wei") and _PINYIN_WORD.fullmatch(key.replace("-", "")) is not None)
    )


_PINYIN_WORD = regex.compile(rf"(?:{PINYIN_SYLLABLE}){{2}}")


# surname prefixes written together with a capital after them ("McDonald", "DeVries")
_CAMEL_NAME_HEADS = ("Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Ter", "Ten")


def camel_case_brand(text: str, lex: Lexicon) -> bool:
    """One word with a capital after small letters inside (``ArboNed``, ``PostNL``,
    ``BouwGroep``): a brand or organisation, not a name, unless a surname's prefix
    is written together with it (``McDonald``, ``DeVries``) or the lists know it."""
    m = regex.fullmatch(r"(\p{Lu}\p{Ll}{2,})\p{Lu}\p{L}+", text)
    return (
        m is not None
        and m.group(1) not in _CAMEL_NAME_HEADS
        and not lex.is_surname(text)
        and not lex.is_first_name(text)
    )


def is_shouted(word: str) -> bool:
    """A name in capitals ("JANSEN", "VAN DER MEER-DE VRIES"), not an acronym ("BZK")."""
    letters = word.replace("-", "").rstrip("'’")
    return (
        len(letters) >= 3
        and letters.isupper()
        and any(ch in "AEIOUY" for ch in fold(letters).upper())
    )


def is_namey(tok: Tok, lex: Lexicon, *, caps: bool = False) -> bool:
    """A capitalised word that may be (part of) a name (``caps``: also in capitals),
    or a name whose capital ``I`` OCR read as ``l`` (:func:`ocr_lower_i_name`)."""
    return (
        tok.kind == "word"
        and (
            is_capitalised(tok.text)
            or (caps and is_shouted(tok.text))
            or ocr_lower_i_name(tok.text, lex)
        )
        and not is_blocked(tok.text, lex)
        and (tok.key not in lex.particles or accented(tok.text))  # "Lê" is no "le"
    )


def ocr_lower_i_name(word: str, lex: Lexicon) -> bool:
    """``lonescu-Wit``, ``lbrahim``: a name beginning with a capital ``I`` that OCR
    read as ``l`` (one glyph in sans-serif type).  Only when the ``I`` reading is a
    listed name, or shaped like one in every part, and the word as read is no
    Dutch function word."""
    if len(word) < 4 or word[0] != "l" or not word[1:2].islower():
        return False
    if fold(word) in lex.stopwords:
        return False
    parts = ("I" + word[1:]).split("-")
    return all(
        lex.is_first_name(p) or lex.is_surname(p) or lex.is_name_shaped(p) for p in parts if p
    )


def ocr_listed_i_name(word: str, lex: Lexicon) -> bool:
    """``luliana``: a listed given name whose capital ``I`` OCR read as ``l``."""
    return ocr_lower_i_name(word, lex) and lex.is_first_name("I" + word[1:])


def is_title(tok: Tok, toks: list[Tok], i: int, lex: Lexicon) -> int:
    """Number of tokens of an academic title at ``i`` ("drs." is 2 tokens, "MSc" 1); 0 if none."""
    if tok.kind != "word" or fold(tok.text) not in lex.titles:
        return 0
    if (
        i + 1 < len(toks)
        and toks[i + 1].kind == "punct"
        and toks[i + 1].text == "."
        and not toks[i + 1].gap
    ):
        return 2
    if tok.text[0].islower() or len(tok.text) > 3:
        return 1
    # "Mr Dekker", "Ms Okafor", "Dr Haile" (British English writes no dot); not "MR"
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return int(
        tok.text[1:].islower()
        and nxt is not None
        and nxt.kind == "word"
        and not nxt.newline_before
        and is_capitalised(nxt.text)
    )


@functools.lru_cache(maxsize=16)
def _salutations_by_first(
    salutations: tuple[str, ...],
) -> dict[str, tuple[tuple[str, ...], ...]] | None:
    """The salutations' words grouped by their first word, in their order (None if one is empty)."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for sal in salutations:
        words = tuple(sal.split())
        if not words:
            return None
        groups.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in groups.items()}


def salutation_at(toks: list[Tok], i: int, lex: Lexicon) -> int:
    """Number of tokens of a salutation ("de heer", "mevrouw", "dhr.") at ``i``; 0 if none.

    Only the salutations that start with the word at ``i`` are tried (the first
    that matches, in the lexicon's order, wins): the same answer as trying them all.
    """
    groups = _salutations_by_first(lex.salutations)
    if groups is None or i < 0:
        return _salutation_at_naive(toks, i, lex)
    if i >= len(toks) or toks[i].kind != "word":
        return 0
    if len(toks[i].text) == 2 and toks[i].text.isupper():
        return 0  # "HR", "MW": a department or a unit, not "Hr." or "Mw."
    for words in groups.get(fold(toks[i].text), ()):
        n = _salutation_match(toks, i, words)
        if n is not None:
            return n
    return 0


def _salutation_at_naive(toks: list[Tok], i: int, lex: Lexicon) -> int:
    for sal in lex.salutations:
        n = _salutation_match(toks, i, sal.split())
        if n is not None:
            return n
    return 0


def _salutation_match(toks: list[Tok], i: int, words: Sequence[str]) -> int | None:
    """Tokens taken by the salutation ``words`` at ``i`` (with a glued "."), None if absent."""
    if i + len(words) > len(toks):
        return None
    if not all(
        toks[i + k].kind == "word" and fold(toks[i + k].text) == w for k, w in enumerate(words)
    ):
        return None
    n = len(words)
    if i + n < len(toks) and toks[i + n].text == "." and not toks[i + n].gap:
        n += 1
    return n


def skip_titles(toks: list[Tok], i: int, lex: Lexicon) -> tuple[int, bool]:
    """Skip salutations and titles at ``i``: the index after them and whether any was seen."""
    seen = False
    while i < len(toks):
        n = salutation_at(toks, i, lex) or is_title(toks[i], toks, i, lex)
        if not n:
            break
        seen = True
        i += n
    return i, seen


@functools.lru_cache(maxsize=256)
def page_tokens(text: str) -> tuple[View, tuple[Tok, ...]]:
    """The view and tokens of a page text (cached: every rule and stage reads them)."""
    view = View.of(text)
    return view, tuple(tokenize(view.text))


# -------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class Candidate:
    """A name-shaped run of tokens ``toks[first:last + 1]``."""

    first: int
    last: int
    start: int  # view offsets
    end: int
    words: tuple[Tok, ...]

    @property
    def name_words(self) -> list[Tok]:
        return [t for t in self.words if t.kind == "word"]

    def text(self, view: View) -> str:
        return view.text[self.start : self.end]


def _complete(run: list[Tok], lex: Lexicon) -> bool:
    """Whether a run already reads as a whole name (so a next line starts a new one)."""
    if not run or is_particle(run[-1], lex) or run[-1].kind == "init":
        return False
    namey = [t for t in run if t.kind == "word" and not is_particle(t, lex)]
    return len(namey) >= 2 or (any(t.kind == "init" for t in run) and len(namey) >= 1)


def _given_names_only(run: list[Tok], lex: Lexicon) -> bool:
    return all(t.kind == "word" and lex.is_first_name(t.bare) for t in run)


# Particles that are also place prepositions (lower case, after a whole name).
_PLACE_PARTICLES = frozenset({"uit", "in", "te", "bij", "op", "aan", "onder", "voor"})

# Capitalised surname prefixes that are also ordinary words ("Oude Markt"): part of a
# name only after a given name or initials and before a listed surname.
NAME_PREFIXES = frozenset({"Oude", "Olde", "Groot", "Klein"})


# particles that only a surname has: "der" and "den" are no articles of today's Dutch
_SURNAME_ONLY_PARTICLES = frozenset({"der", "den", "ter", "ten", "'t", "’t", "‘t"})


def surname_particle_before(run: Sequence[Tok]) -> bool:
    """The run ends in a particle only a surname has (``Jan van der``): the capitalised
    word after it is the surname, also when it is an organisation or role word
    (``Jan van der Bank``, ``Ans ter Kamer``)."""
    return bool(run) and run[-1].text in _SURNAME_ONLY_PARTICLES


def lone_te_after_name(run: Sequence[Tok], lex: Lexicon) -> bool:
    """The run ends in a lone ``te`` right after a listed given name or initials
    (``Jeroen te``, ``J.H. te``): the capitalised word after it is a surname (``te
    Winkel``), also when it is an organisation word or a place; the preposition would
    need a verb or a comma before it."""
    return (
        len(run) >= 2
        and run[-1].text == "te"
        and (run[-2].kind == "init" or (run[-2].kind == "word" and lex.is_first_name(run[-2].bare)))
    )


def surname_only_particle(word: str) -> bool:
    """``ter``, ``Ter``, ``den``: a particle only a surname has, in any case."""
    return word.lower() in _SURNAME_ONLY_PARTICLES


def stop_word_surname(word: str, lex: Lexicon) -> bool:
    """A capitalised word that is, or has a part that is, a function word ("Meer",
    "Haar-Oosterveld"): after a given name or initials and particles it is a surname
    ("Jan van der Meer", "W.J.M. ter Haar-Oosterveld"); a month, role or organisation
    word is not."""
    key = fold(word)
    parts = key.split("-")
    return (
        any(p in lex.stopwords for p in parts)
        and key not in lex.calendar
        and key not in lex.role_words
        and not is_org_word(key, lex)
    )


def _acronym_after(toks: list[Tok], k: int) -> bool:
    """An organisation's abbreviation in capitals at token ``k``, perhaps after an
    article ("OCW", "de ANWB", "het UWV")."""
    if k < len(toks) and toks[k].text in ("de", "het") and not toks[k].newline_before:
        k += 1
    if k >= len(toks) or toks[k].newline_before or toks[k].kind != "word":
        return False
    word = toks[k].bare
    return 2 <= len(word) <= 6 and word.isupper() and word.isalpha()


def _given_then_particles(run: list[Tok], lex: Lexicon) -> bool:
    """The run is a given name, perhaps with particles after it ("Marijke", "Jan de")."""
    k = len(run)
    while k > 0 and is_particle(run[k - 1], lex):
        k -= 1
    if k >= 4 and run[k - 1].text == ")" and run[k - 3].text == "(":
        k -= 3  # "Dieuwke (Dieuw) van der": the name one goes by, in brackets
    if (
        k > 0
        and run[k - 1].kind == "word"
        and "-" in run[k - 1].text
        and fold(run[k - 1].text.rsplit("-", 1)[1].strip()) in lex.particles
    ):
        # "Sjoukje Hoekstra-van der" / "Meer": a double surname whose second part opens
        # with particles calls for its surname as a given name does
        return True
    return k > 0 and run[k - 1].kind == "word" and lex.is_first_name(run[k - 1].bare)


def _job_title(t: Tok, lex: Lexicon) -> bool:
    """A capitalised word that names a job (``Woonconsulent``, ``Beleidsadviseur``):
    a noun for a person by the lists, and no listed name."""
    if t.kind != "word" or not is_capitalised(t.text):
        return False
    key = t.key
    if key in lex.surnames or key in lex.first_names:
        return False
    return lex.is_person_noun_key(key)


def particle_word_surname(run: Sequence[Tok], lex: Lexicon) -> bool:
    """``Karin van der Bij``, ``Anne van In``: a name's last word is a capitalised
    particle after its lower-case particles and a given name or initials: the surname."""
    if len(run) < 3:
        return False
    last, before = run[-1], run[-2]
    return (
        last.kind == "word"
        and last.text[:1].isupper()
        and is_particle(last, lex)
        and is_particle(before, lex)
        and before.text[:1].islower()
        and not last.newline_before
        and any(r.kind == "init" or not is_particle(r, lex) for r in run[:-2])
    )


def candidate_at(
    toks: list[Tok],
    i: int,
    lex: Lexicon,
    *,
    max_words: int = 6,
    cross_lines: bool = True,
    caps: bool = False,
) -> Candidate | None:
    """The longest name-shaped run starting at token ``i`` (initials, particles, capitalised words).

    A run does not cross a blank line or punctuation; it crosses a single line
    break only while the part before it is not yet a whole name ("Marloes van" /
    "Dalen", "Siddharth" / "Venkataraman"), so stacked names in a signature or a
    table stay apart.  Trailing particles and initials are dropped.
    """
    run: list[Tok] = []
    j = i
    limit = max_words  # a name in brackets adds three tokens and no word
    while j < len(toks) and len(run) < limit:
        t = toks[j]
        if run:
            if t.blank_before:
                break
            if t.newline_before and (
                not cross_lines
                or (
                    _complete(run, lex)
                    # "de heer Jan Willem" / "Tolsma (0517 ...)": given names only, in
                    # running text that wraps, call for the surname on the next line
                    and not (_given_names_only(run, lex) and soft_wrap(toks, j))
                    # "drs. H.J. (Henk)" / "Ouwehand, en ...": initials and the name one
                    # goes by call for the surname too
                    and not (run[-1].text == ")" and run[0].kind == "init" and soft_wrap(toks, j))
                    # "is Marleen Oude" / "Wesselink, (0544) ...": a prefix calls for its surname
                    and not (len(run) >= 2 and run[-1].text in NAME_PREFIXES and soft_wrap(toks, j))
                )
            ):
                break
            if t.newline_before and j + 1 < len(toks) and toks[j + 1].text == ":":
                break  # the next line starts with a label ("Afwezig:", "To:")
            if t.newline_before and _job_title(t, lex):
                break  # "Dewi" / "Woonconsulent team Dordrecht-West": the signer's job
        if t.kind == "init":
            if any(r.kind == "word" and not is_particle(r, lex) for r in run):
                break  # initials only before the surname
            run.append(t)
            # "H.M. (Hanneke) de Vries": a given name in brackets after initials
            if (
                j + 3 < len(toks)
                and toks[j + 1].text == "("
                and is_namey(toks[j + 2], lex)
                and toks[j + 3].text == ")"
            ):
                run.extend(toks[j + 1 : j + 4])
                limit += 3
                j += 3
        elif (
            t.text in _NICK_OPEN
            and len(run) == 1
            and run[0].kind == "word"
            and (lex.is_first_name(run[0].bare) or t.text != "(")
            and j + 3 < len(toks)
            and (
                lex.is_first_name(toks[j + 1].bare)
                or _nickname_of(toks[j + 1], run[0], lex)  # "Dieuwke (Dieuw) van der Meer"
                # 'Mohammed "Mo" El Idrissi': quotes mark the name one goes by
                or (t.text != "(" and is_namey(toks[j + 1], lex))
            )
            and toks[j + 2].text == _NICK_OPEN[t.text]
            and not toks[j + 3].newline_before
            and (is_namey(toks[j + 3], lex) or is_particle(toks[j + 3], lex))
        ):
            run.extend(toks[j : j + 3])  # "Hendrikus (Henk) Zijlstra": the name one goes by
            limit += 3
            j += 2
        elif t.text in _PLACE_PARTICLES and _complete(run, lex):
            break  # "Petra Lubbers uit Elst", "Jan Bos in Zwolle": a place after a whole name
        elif (
            t.text in ("in", "uit")
            and run
            and j + 1 < len(toks)
            and toks[j + 1].kind == "word"
            and is_capitalised(toks[j + 1].text)
            and not is_particle(toks[j + 1], lex)
        ):
            break  # "Jan in Utrecht": a place; as a particle "in" comes before 't, de, het
        elif (
            _complete(run, lex)
            and not lex.is_first_name(run[-1].bare)
            and t.kind == "word"
            and lex.is_first_name(t.bare)
            and not lex.is_surname(t.bare)
            # "de heer Tesfalem Gebremedhin Haile, geboren": a third name that ends the
            # run (a father's or grandfather's name) is part of it
            and not (
                j + 1 < len(toks)
                and toks[j + 1].text in (",", ")", ";")
                and not toks[j + 1].newline_before
                and len(run) == 2
                and not any(lex.is_first_name(r.bare) or lex.is_surname(r.bare) for r in run[1:])
            )
        ):
            break  # "Henk-Jan de Bruijn-Mulder Willem Drees-zaal": a given name starts anew
        elif (
            t.text in ("van", "bij")
            and _complete(run, lex)
            and run[-1].kind == "word"
            and not lex.is_first_name(run[-1].bare)
            and not (
                t.text == "van"
                and j + 1 < len(toks)
                and toks[j + 1].kind == "word"
                and (
                    lex.is_surname(toks[j + 1].bare)
                    # "Inge Terwisscha van Scheltinga": a surname's shape, no place
                    or (
                        lex.is_name_shaped(toks[j + 1].bare)
                        and toks[j + 1].key not in lex.places
                        and not is_org_word(toks[j + 1].key, lex)
                    )
                )
            )
        ):
            break  # "Dirk Koning van Opzoomer Mee": an affiliation (not "De Vos van Steenwijk")
        elif (
            t.text == "van"
            and _complete(run, lex)
            and j + 2 < len(toks)
            and toks[j + 1].kind == "word"
            and is_street(toks[j + 1].key, lex)
            and toks[j + 2].text[:1].isdigit()
        ):
            break  # "de heer Gerrit Hoekstra van Vrieseweg 112": where he lives
        elif (
            t.text in ("van", "bij")
            and run
            and run[-1].kind == "word"
            and not is_particle(run[-1], lex)
            and not is_shouted(run[-1].text)
            and _acronym_after(toks, j + 1)
        ):
            break  # "mevrouw Terpstra van OCW", "De Boer van de ANWB": an organisation
        elif (
            t.text in ("uit", "bij")
            and any(r.kind == "word" and not is_particle(r, lex) for r in run)
            and j + 1 < len(toks)
            and toks[j + 1].kind == "word"
            and is_capitalised(toks[j + 1].text)
        ):
            break  # "veehouder Hendriks uit Barneveld": a place after the surname
        elif is_particle(t, lex) or is_namey(t, lex, caps=caps):
            run.append(t)
        elif (
            run
            and t.text in NAME_PREFIXES
            and not t.newline_before
            and j + 1 < len(toks)
            # (the surname may wrap in prose: "is Marleen Oude" / "Wesselink, (0544) ...")
            and (not toks[j + 1].newline_before or soft_wrap(toks, j + 1))
            and is_namey(toks[j + 1], lex)
            and (
                lex.is_surname(toks[j + 1].bare)
                # after a given name or initials: "Harm Oude Luttikhuis", "M. Oude Groeneger"
                or (
                    (_given_then_particles(run, lex) or all(r.kind == "init" for r in run))
                    and not lex.is_common_noun(toks[j + 1].bare)
                )
            )
        ):
            run.append(t)  # "Frank Oude Nijhuis", "J. Olde Monnikhof": a surname prefix
        elif (
            run
            and (
                _given_then_particles(run, lex)
                # "F.W. de Koning": initials and a particle make a role word a surname
                or (run[0].kind == "init" and is_particle(run[-1], lex))
                # "W.H. Burgemeester": initials alone do too
                or all(r.kind == "init" for r in run)
            )
            # "Bert de" / "Koning" in wrapped prose: the particle calls for its surname
            and (
                not t.newline_before
                or (
                    is_particle(run[-1], lex)
                    and run[-1].text[:1].islower()
                    and (
                        soft_wrap(toks, j)
                        # a cell wrapped after the particle: "Marian de" / "Koning"
                        or j + 1 >= len(toks)
                        or toks[j + 1].newline_before
                    )
                )
                # "incidentmanager is Jesse" / "Burgemeester, bereikbaar op": a given name
                # at a wrapped line's end, a comma or a verb after the word
                or (
                    soft_wrap(toks, j)
                    and run[-1].kind == "word"
                    and lex.is_first_name(run[-1].bare)
                    and j + 1 < len(toks)
                    and not toks[j + 1].newline_before
                    and (
                        toks[j + 1].text in ",)"
                        or (
                            toks[j + 1].text[:1].islower()
                            and toks[j + 1].text not in ("van", "en")
                        )
                    )
                )
            )
            and t.kind == "word"
            and is_capitalised(t.text)
            and (
                t.key in lex.role_words
                or (is_particle(run[-1], lex) and t.key in lex.org_words)
            )
            and (
                t.key in lex.surnames
                or surname_particle_before(run)
                or lone_te_after_name(run, lex)
                # "Hester Burgemeester, die ...": an unlisted role word after a given
                # name, not followed by what the role is of ("burgemeester van")
                or (not role_complement(toks, j + 1) and not is_particle(run[-1], lex))
            )
        ):
            # "Marieke Koning", "Anna Prins": a role word as a surname; "Evert van de
            # Kamp": an organisation word after a given name and particles
            run.append(t)
        elif (
            len(run) >= 2
            and is_particle(run[-1], lex)
            and run[-1].text[:1].islower()
            and (_given_then_particles(run, lex) or run[0].kind == "init")
            and t.kind == "word"
            and is_capitalised(t.text)
            and stop_word_surname(t.bare, lex)
        ):
            # "Jan van der Meer": after a given name and particles, a word that is also
            # a function word is the surname
            run.append(t)
            break
        elif (
            run
            and all(is_particle(r, lex) for r in run)
            and t.kind == "word"
            and is_capitalised(t.text)
            and t.key in lex.surnames
            and t.key not in lex.stopwords
        ):
            run.append(t)  # "De Koning", "Van 't Hof": a particle makes a role word a surname
            break
        else:
            break
        j += 1
    while run and (
        run[-1].kind in ("init", "punct")
        or (is_particle(run[-1], lex) and not particle_word_surname(run, lex))
    ):
        if run[-1].text == ")":
            del run[-3:]
            continue
        run.pop()
    if not run or not any(t.kind == "word" for t in run):
        return None
    return Candidate(
        first=i, last=i + len(run) - 1, start=run[0].start, end=run[-1].end, words=tuple(run)
    )


WRAPPED_LINE = 45  # a line at least this long that ends mid-sentence was wrapped


def long_line_before(toks: Sequence[Tok], i: int) -> bool:
    """The line that ends before token ``i`` is as long as wrapped prose, not a table cell."""
    k = i - 1
    while k > 0 and not toks[k].newline_before:
        k -= 1
    return toks[i - 1].end - toks[k].start >= WRAPPED_LINE


def soft_wrap(toks: Sequence[Tok], i: int) -> bool:
    """Token ``i`` opens a line that continues the long line before it (prose wrapped
    by the layout, not a table's next cell)."""
    if i <= 0 or not toks[i].newline_before or toks[i].blank_before:
        return False
    if i + 1 < len(toks) and toks[i + 1].text == ":" and not toks[i + 1].newline_before:
        return False  # "Politie: wijkagent ...": a label opens a line of its own
    return long_line_before(toks, i) or _bracket_across(toks, i)


def _bracket_across(toks: Sequence[Tok], i: int) -> bool:
    """A bracket opened near the end of the line before token ``i`` closes on ``i``'s
    line (``(moeder`` / ``Femke)`` in a narrow table cell): one phrase, wrapped."""
    j = i - 1
    while j >= max(0, i - 6):
        if toks[j].text == ")":
            return False
        if toks[j].text == "(":
            break
        if toks[j].newline_before:
            return False
        j -= 1
    else:
        return False
    for k in range(i, min(len(toks), i + 6)):
        if k > i and toks[k].newline_before:
            return False
        if toks[k].text == "(":
            return False
        if toks[k].text == ")":
            return True
    return False


# Organisation words that open an organisation's name ("Gemeente Utrecht",
# "Veiligheidsregio Zuid-Limburg"); after a name and before another capitalised word
# they start a new name rather than end the name before them.
_HEAD_FIRST_ORGS = frozenset(
    {
        "gemeente",
        "provincie",
        "ministerie",
        "veiligheidsregio",
        "ggd",
        "politie",
        "brandweer",
        "waterschap",
        "hoogheemraadschap",
        "omgevingsdienst",
        "politiezone",
        "rijkswaterstaat",
    }
)


# the kinds of association whose compounds open a name too ("Bewonersvereniging
# Amstelbuurt", "Ondernemersvereniging Centrum")
_HEAD_FIRST_ENDS = ("vereniging", "stichting", "coöperatie", "cooperatie", "federatie")


def head_first_org(key: str) -> bool:
    """An organisation word that opens an organisation's name (see _HEAD_FIRST_ORGS),
    or a compound of an association's kind (``bewonersvereniging``)."""
    return key in _HEAD_FIRST_ORGS or any(
        key.endswith(e) and len(key) >= len(e) + 4 for e in _HEAD_FIRST_ENDS
    )


def _org_word_after_one(toks: list[Tok], nxt: int, lex: Lexicon) -> bool:
    """Token ``nxt`` is a capitalised word that is no name, and the word after it
    (on the same line or a soft-wrapped one) is an organisation word that ends a
    name: the run is the head of a longer organisation name."""
    if nxt + 1 >= len(toks):
        return False
    word, org = toks[nxt], toks[nxt + 1]
    after = toks[nxt + 2] if nxt + 2 < len(toks) else None
    return (
        word.kind == "word"
        and org.kind == "word"
        and is_capitalised(word.text)
        and is_capitalised(org.text)
        and not org.newline_before
        and not lex.is_first_name(word.bare)
        and not lex.is_surname(word.bare)
        and not head_first_org(fold(org.bare))
        and is_org_word(fold(org.bare), lex)
        # "Lange Haven 133b": an address on the next line, not an organisation
        and not (after is not None and not after.newline_before and after.text[:1].isdigit())
    )


# institutions written in lower case after their namesake, with no article between:
# "het Albert Schweitzer ziekenhuis", "de Anne Frank school"
_NAMESAKE_NOUNS = frozenset(
    {"ziekenhuis", "gasthuis", "museum", "school", "basisschool", "college", "lyceum",
     "gymnasium", "stadion", "kliniek", "zorgcentrum", "verpleeghuis", "theater"}
)


_FIRM_TAILS = frozenset({"Zn", "Zn.", "Zonen", "Co", "Co.", "Partners", "Dochters"})


# Words for the people of a house or a person named after them: "de familie Özdemir"
_HOUSEHOLD_WORDS = frozenset({"familie", "gezin", "fam", "echtpaar", "heer", "mevrouw", "meneer"})


def followed_by_org(toks: list[Tok], c: Candidate, lex: Lexicon) -> bool:
    """ "Anne Frank Stichting", "Van Gogh Museum": the run is part of an organisation's name
    (also when the layout wrapped the line between them: "A.M. Edwards / Medical Center")."""
    nxt = c.last + 1
    if (
        nxt < len(toks)
        and toks[nxt].kind == "init"
        and not toks[nxt].newline_before
        and fold(toks[nxt].text.replace(" ", "")) in lex.org_words
    ):
        return True  # "Truckparking Liemers B.V.", "Jansen N.V."
    if (
        nxt < len(toks)
        and toks[nxt].kind == "word"
        and (not toks[nxt].newline_before or soft_wrap(toks, nxt))
    ):
        key = fold(toks[nxt].bare)
        after = toks[nxt + 1] if nxt + 1 < len(toks) else None
        heads_another = (
            after is not None
            and not after.newline_before
            and after.kind == "word"
            and is_capitalised(after.text)
            and head_first_org(key)
        )  # "Marie-Josée Lemmens Veiligheidsregio Zuid-Limburg": a row's next cell
        # over a wrap only a head word goes on the name ("Anne Frank" / "Stichting"), not
        # a compound that opens the next line's data ("... Tjon A Joe" / "Stadskantoor, ...")
        org = (
            key in lex.org_words or key.split("-")[0] in lex.org_words
            if toks[nxt].newline_before
            else is_org_word(key, lex) or key.split("-")[0] in lex.org_words
        )
        if is_capitalised(toks[nxt].text) and org and not heads_another:
            return True
        if toks[nxt].text[:1].isupper() and "-" in key and is_org_word(key, lex):
            return True  # "Sven Kramer-tribune", "Willem Drees-zaal"
        if toks[nxt].text.isupper() and key in lex.org_words:
            return True  # "Logistiek Vandenbroucke BV"
        if (
            is_capitalised(toks[nxt].text)
            and is_street(key, lex)
            and not toks[nxt].newline_before
            and not lex.is_generic_street(key)  # "Oliver Bennett Kerkstraat 5": a row
        ):
            return True  # "Jan Pieterszoon Coenstraat" (a street on the next line is an address)
        if _org_word_after_one(toks, nxt, lex):
            return True  # "Sint Maarten Housing / Development Foundation"
    if (
        nxt < len(toks)
        and toks[nxt].kind == "word"
        and toks[nxt].text in _NAMESAKE_NOUNS
        and not toks[nxt].blank_before
    ):
        return True  # "het Albert Schweitzer ziekenhuis", also wrapped in a cell
    if (
        nxt + 1 < len(toks)
        and toks[nxt].text == "&"
        and not toks[nxt + 1].newline_before
        # not "Jeroen Kok van Dijkhuis & Partners": a person of the firm after "van"
        and not any(w.text in ("van", "bij") for w in c.words[1:])
        # nor "mevrouw Benmerzouq Mandemaker & Partners": a salutation names a person
        and not any(
            salutation_at(toks, j, lex) == c.first - j for j in range(max(0, c.first - 3), c.first)
        )
    ):
        # "El Idrissi & Van Dam Advocaten", "Bouma & Zn": partners' names, then the firm's
        for k in range(nxt + 1, min(nxt + 7, len(toks))):
            w = toks[k]
            if w.newline_before or w.kind not in ("word", "init"):
                break
            if w.text in _FIRM_TAILS or (is_capitalised(w.text) and is_org_word(w.key, lex)):
                return True
    # "Johan de Wittstraat": a street after the particles that follow the run.
    k = c.last + 1
    while (
        k < len(toks)
        and is_particle(toks[k], lex)
        and toks[k].text not in _PLACE_PARTICLES  # "Louwerse op de Noordweg": where she lives
        and not toks[k].newline_before
    ):
        k += 1
    if (
        c.last + 1 < k < len(toks)
        and toks[k].kind == "word"
        and not toks[k].newline_before
        and is_capitalised(toks[k].text)
        and is_street(fold(toks[k].bare), lex)
        # not "de heer Gerrit Hoekstra van Vrieseweg 112": a whole name, then where he
        # lives (a street named after a person has its given name alone before "van")
        # (also "Gerda Lubbers van de Zwiepseweg 112")
        and not (
            toks[c.last + 1].text == "van"
            and (k == c.last + 2 or (k == c.last + 3 and toks[c.last + 2].text in ("de", "het")))
            and len([w for w in c.words if w.kind == "word" and not is_particle(w, lex)]) >= 2
            and not lex.is_first_name(c.words[-1].bare)
        )
        # nor "de familie Özdemir van de Haulestrjitte": a household where it lives
        and not (c.first > 0 and toks[c.first - 1].key in _HOUSEHOLD_WORDS)
    ):
        return True
    if (
        c.last + 1 < k < len(toks)
        and toks[k].kind == "word"
        and not toks[k].blank_before
        and is_capitalised(toks[k].text)
        # a room, not "Wendelien van het Wijkteam": a team is no place named after anyone
        and fold(toks[k].bare).endswith(("zaal", "zalen", "kamer"))
        and len(toks[k].bare) >= 8
        and is_org_word(fold(toks[k].bare), lex)
    ):
        return True  # "Johan van" / "Veenzaal": a room named after a person
    prev = c.first - 1
    return (
        prev >= 0
        and toks[prev].kind == "word"
        and not toks[c.first].newline_before
        and fold(toks[prev].bare) in lex.org_words
        and is_capitalised(toks[prev].text)
        and toks[prev].text not in lex.config.greetings  # "Dag Thijs,"
        # "Marechaussee Nadia Bouzidi": the body's word for its officer, before her name
        and not rank_before_given_name(fold(toks[prev].bare), c.words[0].bare, lex)
    )


# organisation words that also name one of its officers before his name
_RANK_ORG_WORDS = frozenset({"marechaussee", "marechausee"})


def rank_before_given_name(key: str, given: str, lex: Lexicon) -> bool:
    """The folded word ``key`` is an organisation's word for one of its officers and
    ``given`` a listed given name after it (``Marechaussee Nadia Bouzidi``): a rank
    before a person, not an organisation's name that goes on."""
    return key in _RANK_ORG_WORDS and lex.is_first_name(given)


_NICK_OPEN = {"(": ")", '"': '"', "“": "”", "„": "”", "'": "'", "‘": "’"}


def _nickname_of(nick: Tok, given: Tok, lex: Lexicon) -> bool:
    """``Dieuw`` for ``Dieuwke``, ``Sasha`` for ``Sashenka``: a capitalised short form
    that opens the given name."""
    short, full = fold(nick.bare), fold(given.bare)
    return is_namey(nick, lex) and 3 <= len(short) < len(full) and full.startswith(short)


def is_not_name(text: str, lex: Lexicon) -> bool:
    """The run is, or contains, a known non-person phrase ("Albert Heijn", "Den Haag")."""
    key = " ".join(fold(text).replace("-\n", "-").split())
    if key in lex.not_names:
        return True
    padded = " " + key + " "
    index = lex.multiword_not_names
    return any(
        nn in padded and not _surname_particles_before(padded, nn)
        for word in set(key.split())
        for nn in index.get(word, ())
    )


def _surname_particles_before(padded: str, phrase: str) -> bool:
    """``van den bosch`` in ``marleen van den bosch``: a place's name that opens with
    an article ("den bosch", "de bilt") preceded by "van" is a surname's end."""
    if phrase.split()[0] not in ("den", "de", "der", "het", "ter"):
        return False
    return all(
        padded[: m.start()].endswith(" van") for m in regex.finditer(regex.escape(phrase), padded)
    )


def span_finding(
    page: int,
    start: int,
    end: int,
    text: str,
    *,
    entity_type: str,
    recognizer: str,
    source: Source,
    rule_id: str,
    score: float,
    explanation: str,
) -> Finding:
    """A finding of the name stages of any entity type (a PERSON, or the street after a
    name in its cell): ``text`` is the span's text on the page."""
    return Finding(
        page=page,
        start=start,
        end=end,
        text=text,
        entity_type=entity_type,
        ground=ENTITY_GROUNDS[entity_type],
        provenance=Provenance(
            recognizer=recognizer,
            source=source,
            rule_id=rule_id,
            score=score,
            explanation=explanation,
        ),
    )


def person_finding(
    page: int,
    start: int,
    end: int,
    text: str,
    *,
    recognizer: str,
    source: Source,
    rule_id: str,
    score: float,
    explanation: str,
) -> Finding:
    """A PERSON finding of the name stages: ``text`` is the span's text on the page."""
    return span_finding(
        page, start, end, text, entity_type="PERSON", recognizer=recognizer, source=source,
        rule_id=rule_id, score=score, explanation=explanation,
    )  # fmt: skip


# lower-case words after an office that go on with the office, not with a sentence
_NOT_A_VERB = frozenset(
    {"van", "voor", "en", "of", "der", "de", "te", "in", "op", "bij", "a.i", "a.i."}
)


def sentence_goes_on(toks: list[Tok], k: int) -> bool:
    """A lower-case word that no office goes on with follows token ``k`` on its line:
    a sentence goes on after it (``Mw. Burgemeester vraagt``), unlike a form of
    address (``de heer Minister``) or an office (``burgemeester van``)."""
    j = k + 1
    if j + 1 < len(toks) and toks[j].text == "," and not toks[j].newline_before:
        j += 1  # "de heer Burgemeester, vroeg in het overleg"
    after = toks[j] if j < len(toks) else None
    if (
        after is not None
        and after.text == "("
        and not after.newline_before
        and j + 1 < len(toks)
        and (toks[j + 1].text[:1].islower() or toks[j + 1].text.isdigit())
    ):
        return True  # "De heer Burgemeester (geen familie van ...)": an aside about him
    return (
        after is not None
        and not after.newline_before
        and after.kind == "word"
        and after.text[:1].islower()
        and after.key not in _NOT_A_VERB
    )


def salutation_before_role_word(toks: list[Tok], last: Tok, lex: Lexicon) -> bool:
    """``de heer Burgemeester``, ``de heer M.A. (Marco) Burgemeester``: a capitalised
    role word after a salutation inside a sentence (initials and a given name in
    brackets may stand between) is a surname; a letter's opening (``Geachte heer
    Burgemeester,``) addresses the office."""
    k = bisect.bisect_left(toks, last.start, key=tok_start)
    if k >= len(toks) or toks[k].start != last.start or role_complement(toks, k + 1):
        return False
    j = k - 1
    if j >= 2 and toks[j].text == ")" and toks[j - 2].text == "(":
        j -= 3  # "(Marco)"
    while j >= 0 and toks[j].kind == "init":
        j -= 1
    for n in (1, 2):  # "de heer" inside a sentence, "De heer" opening a line
        s = j - n + 1
        if s >= 0 and salutation_at(toks, s, lex) == n:
            if toks[s].newline_before or s == 0:
                # a line that opens with the salutation: an address line, unless a
                # sentence goes on after the word ("Mw. Burgemeester vraagt of ...")
                if sentence_goes_on(toks, k):
                    return True
                continue
            before = toks[s - 1]
            if (
                before.kind == "word"
                and before.text[:1].islower()
                and fold(before.bare) not in {fold(g) for g in lex.config.greetings}
            ):
                return True
    return False


# one syllable of romanised Chinese, two letters at least ("Min", "Wei", "Jie")
_ONE_SYLLABLE = regex.compile(rf"(?=\p{{L}}{{2}})(?:{PINYIN_SYLLABLE})")


def syllable_given_name(first: Tok, given: Tok, lex: Lexicon) -> bool:
    """``Zhou Min``, ``Wang Wei``: a family name written first (``family_first``) and a
    capitalised given name of one syllable, which may also be a Dutch word."""
    return (
        first.key in lex.family_first
        and is_capitalised(given.text)
        and _ONE_SYLLABLE.fullmatch(given.key) is not None
    )
