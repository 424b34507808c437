"""Resolution stages for person names: clean, lists, officials, propagation.

Each stage is ``(findings, ctx) -> findings`` (see :mod:`redactie.resolve`) and
only touches PERSON findings; other findings pass through unchanged.

``names_clean``
    Trims titles, salutations and role words off the edges of a name
    (``mevrouw Achterberg`` -> ``Achterberg``: the salutation stays visible),
    drops PERSON findings that are no name at all (``de SG``, ``de boer``,
    ``Albert Heijn``, ``Willem de Zwijgerlaan``) and weak rule hits that the NER
    model calls an organisation or place.  A span that only the NER model found
    must show some evidence of a name (:func:`_plausible`): a listed given name
    or surname, a title or role before it, or a place inside a sentence; line
    starts, headings, parts of organisation names, words after an article or a
    place preposition, and words the model calls a place elsewhere are dropped.
``names_lists``
    The organisation's lists in ``rules/`` (``keep_names``,
    ``always_redact_names``): every mention of an always-redact person is
    redacted (and found, if no detector found it); a person on the keep list is
    kept.
``names_officials``
    Keeps public office holders acting in that role: a name right after a role
    (``Minister Hoogendoorn``, ``De Minister van ...,`` / ``J.A. Hoogendoorn``,
    ``het lid Van der Kolk``, ``de woordvoerder van de minister, Thijs
    Verbeek``) or followed by one (``J.A. Hoogendoorn, minister van ...``).
    Later mentions of a kept person are kept too, unless another, redacted
    person shares the surname; so is a person whose surname stands in a role
    where no detector found it (``de leden Westerveld (GL-PvdA) en Bikker``).
    A college signature block (``de secretaris,`` / ``de burgemeester,`` over the
    names) keeps both signers.
``names_propagate``
    Every later mention of a redacted person is redacted: full name, surname
    (with its particle: ``Van Dalen``), each part of a double surname, each
    given name, possessives (``Verbruggens``, ``Iris'``), names broken over a
    line end, with initials or given names in front, and paraaf initials of a
    person named in the document (``RitV``, ``JvdB``, ``KB``; :func:`abbreviations`).
    The same for names redacted in the other documents of the run
    (``ctx.dossier_names``), without the initials.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import regex

from redactie.detect.columns import (
    cell_line_above,
    code_column_cells,
    column_gap_after,
    first_cell_of_row,
    given_name_column_cells,
    initials_column_cells,
    name_column_cells,
    next_cell_on_row,
    role_column_cells,
    row_start,
    surname_column_cells,
    vessel_column_cells,
    vote_column_cells,
)
from redactie.detect.names.codes import SIGNED_RULE, is_code_shape, names_codes
from redactie.detect.names.lexicon import Lexicon, fold, language_words, lexicon_for
from redactie.detect.names.recognizers import (
    CONTEXT_RECOGNIZER,
    INVERTED_INITIALS,
    LEGAL_FORM_LETTERS,
    PINYIN_GIVEN,
    ROLE_SURNAMES,
    WEAK_RULES,
    context_hits,
    is_person_noun,
    list_hits,
    lone_initials_at,
)
from redactie.detect.names.rows import (
    ROW_RULE,
    in_org_phrase_before,
    mail_domains,
    names_beside_personal_data,
    squash_word,
)
from redactie.detect.names.text import (
    CAR_MAKES,
    NAME_PREFIXES,
    REGIONS,
    Candidate,
    Tok,
    View,
    accented,
    after_vehicle_noun,
    camel_case_brand,
    candidate_at,
    followed_by_org,
    head_first_org,
    is_blocked,
    is_capitalised,
    is_initials_only,
    is_namey,
    is_not_name,
    is_org_word,
    is_particle,
    is_region,
    is_shouted,
    is_street,
    is_title,
    lone_te_after_name,
    long_line_before,
    ocr_listed_i_name,
    ocr_lower_i_name,
    page_tokens,
    particle_word_surname,
    person_finding,
    rank_before_given_name,
    role_complement,
    salutation_at,
    salutation_before_role_word,
    skip_titles,
    soft_wrap,
    span_finding,
    stop_word_surname,
    surname_only_particle,
    surname_particle_before,
    syllable_given_name,
    tok_start,
    tokenize,
)
from redactie.findings import Action, Finding, Provenance, Source
from redactie.woo import ENTITY_GROUNDS, PUBLIC_ENTITY_TYPES

if TYPE_CHECKING:
    from redactie.document import Page
    from redactie.resolve import ResolveContext

PERSON = "PERSON"
PROPAGATION_RECOGNIZER = "propagation:names"
ALWAYS_REDACT_RECOGNIZER = "list:always_redact"
REASON_KEEP_LIST = "op de lijst van openbare personen (rules)"

Stage = Callable[[list[Finding], "ResolveContext"], list[Finding]]


def _is_person(f: Finding) -> bool:
    return f.entity_type == PERSON


class _Pages:
    """De-hyphenated views and tokens of the document's pages, made on demand."""

    def __init__(self, ctx: ResolveContext) -> None:
        self.ctx = ctx
        self._cache: dict[int, tuple[View, list[Tok]]] = {}

    def get(self, page: int) -> tuple[View, list[Tok]]:
        if page not in self._cache:
            pages = self.ctx.document.pages
            text = pages[page].text if 0 <= page < len(pages) else ""
            view, toks = page_tokens(text)
            self._cache[page] = (view, list(toks))
        return self._cache[page]

    def text(self, page: int) -> str:
        pages = self.ctx.document.pages
        return pages[page].text if 0 <= page < len(pages) else ""


def _view_pos(view: View, page_pos: int) -> int:
    """The view offset of a page offset (the first view char at or after it)."""
    return bisect.bisect_left(view.offsets, page_pos)


def _tokens_in(toks: list[Tok], start: int, end: int) -> list[int]:
    # Tokens are in text order and do not overlap: starts and ends both ascend,
    # so the tokens inside start:end are one run, found by bisection.
    lo = bisect.bisect_left(toks, start, key=tok_start)
    return list(range(lo, bisect.bisect_right(toks, end, lo=lo, key=_tok_end)))


def _tok_end(t: Tok) -> int:
    return t.end


# ---------------------------------------------------------------- person names


@dataclass(frozen=True)
class PersonName:
    """A parsed name: given names, initials, surname (with particles)."""

    given: tuple[str, ...]
    initials: tuple[str, ...]  # letters, upper case
    surname: tuple[str, ...]  # particles included: ("van", "Dalen-Smits")
    core: str = ""  # the folded surname without particles: "dalen-smits"
    letters: frozenset[str] = frozenset()  # first letters of given names and initials

    @property
    def specific(self) -> bool:
        return bool(self.given or self.initials)


def _person(
    given: tuple[str, ...], initials: tuple[str, ...], surname: tuple[str, ...], lex: Lexicon
) -> PersonName:
    core = fold(" ".join(w for w in surname if fold(w) not in lex.particles))
    letters = frozenset(fold(g)[:1] for g in given) | frozenset(fold(i)[:1] for i in initials)
    return PersonName(given, initials, surname, core, letters)


def parse_name(text: str, lex: Lexicon) -> PersonName | None:
    """Split a name into given names, initials and surname."""
    key = (text, id(lex))
    if key in _PARSED:
        return _PARSED[key]
    result = _parse_name(text, lex)
    if len(_PARSED) > 50_000:
        _PARSED.clear()
    _PARSED[key] = result
    return result


_PARSED: dict[tuple[str, int], PersonName | None] = {}


def _parse_name(text: str, lex: Lexicon) -> PersonName | None:
    view = View.of(text)
    toks = tokenize(view.text)
    i, _ = skip_titles(toks, 0, lex)
    toks = toks[i:]
    inverted = None
    words: list[Tok] = []
    bracketed: list[str] = []  # "Kaya, Ö.E. (Özlem)": a given name in brackets
    depth = 0
    quoted = False  # 'Mohammed "Mo" El Idrissi': the name one goes by, in quotes
    for t in toks:
        if t.kind == "punct":
            if t.text == "," and inverted is None and words:
                inverted = len(words)
            depth += (t.text == "(") - (t.text == ")")
            if t.text in ('"', "“", "”", "„"):
                quoted = not quoted and t.text != "”"
            continue
        if depth > 0 or quoted:
            if t.kind == "word":
                bracketed.append(t.bare)
            continue
        words.append(t)
    if not words:
        return None
    if inverted is not None and 0 < inverted < len(words):
        words = words[inverted:] + words[:inverted]  # "Kamphuis, Iris" -> "Iris Kamphuis"
    initials = tuple(ch for t in words if t.kind == "init" for ch in t.text if ch.isupper())
    plain = [t for t in words if t.kind == "word"]
    if not plain:
        return None
    if initials:
        # "Clyde R. Lopes", "Mary-Ann J. Doran": capitalised words before the initials
        # are given names (a middle initial), not a part of the surname
        lead = 0
        while lead < len(words) and words[lead].kind == "word" and not is_particle(
            words[lead], lex
        ):
            lead += 1
        if (
            lead == 1
            and lead < len(words)
            and words[lead].kind == "init"
            and inverted is None
            and fold(words[0].bare) not in lex.places
            and not is_blocked(words[0].text, lex)
            and not lex.is_common_noun(words[0].bare)
        ):
            first = tuple(t.bare for t in words[:lead])
            rest = tuple(t.bare for t in words[lead:] if t.kind == "word")
            if rest:
                return _person(first + tuple(bracketed), initials, rest, lex)
        return _person(tuple(bracketed), initials, tuple(t.bare for t in plain), lex)
    first_particle = next(
        (
            k
            for k, t in enumerate(plain)
            if is_particle(t, lex)
            or (
                k + 1 < len(plain)
                and fold(t.bare.rsplit("-", 1)[-1]) in lex.particles
                and not accented(t.bare.rsplit("-", 1)[-1])
            )
        ),
        None,
    )  # "Boukema-de Jong": a particle after a hyphen starts the surname at that word
    if (
        inverted is not None
        and len(words) - inverted == 1
        and len(plain) >= 2
        and plain[0] is words[0]
        and plain[0].key in lex.particle_first_names
        and is_capitalised(plain[0].text)
    ):
        given, surname = plain[:1], plain[1:]  # "Whitfield, Ben": a given name after the comma
    elif first_particle is not None and first_particle > 0:
        given, surname = plain[:first_particle], plain[first_particle:]
    elif first_particle == 0:
        given, surname = [], plain
    else:
        given, surname = plain[:-1], plain[-1:]
    return _person(
        tuple(t.bare for t in given) + tuple(bracketed), (), tuple(t.bare for t in surname), lex
    )


def compatible(a: PersonName, b: PersonName) -> bool:
    """Same surname, and given names or initials that do not contradict each other."""
    if not a.core or a.core != b.core:
        return False
    return not a.letters or not b.letters or bool(a.letters & b.letters)


def variants(name: PersonName, lex: Lexicon) -> set[str]:
    """The forms in which a later mention of this person appears."""
    key = (name, id(lex))
    cached = _VARIANTS.get(key)
    if cached is None:
        # Every document of a run asks for the variants of every dossier name.
        cached = frozenset(_variants(name, lex))
        if len(_VARIANTS) > 50_000:
            _VARIANTS.clear()
        _VARIANTS[key] = cached
    return set(cached)


_VARIANTS: dict[tuple[PersonName, int], frozenset[str]] = {}


def _variants(name: PersonName, lex: Lexicon) -> set[str]:
    out: set[str] = set()
    words = [*name.given, *name.surname]
    if len(words) >= 2:
        out.add(" ".join(words))
    # Tails: "van Dalen-Smits", "Castaño Ibáñez"; not a word that follows a particle alone.
    for k in range(len(words)):
        if k > len(name.given) and fold(words[k - 1].rsplit("-", 1)[-1]) in lex.particles:
            continue  # not "Dalen" of "van Dalen", not "Jong" of "Boukema-de Jong"
        tail = words[k:]
        if len(tail) == 1 and not (_bare_ok(tail[0], lex) or _double_surname_ok(tail[0], lex)):
            continue
        if all(fold(w) in lex.particles for w in tail):
            continue
        out.add(" ".join(tail))
    # Parts of a double surname: "Scholten-Veenstra" -> "Scholten", "Veenstra".
    last = name.surname[-1] if name.surname else ""
    if "-" in last and not any(fold(w) in lex.particles for w in name.surname):
        for part in last.split("-"):
            if _bare_ok(part, lex) and len(part) >= 4:
                out.add(part)
    head = name.surname[0] if name.surname else ""
    if "-" in head and fold(head.rsplit("-", 1)[-1]) in lex.particles:
        part = head.split("-")[0]  # "Boukema-de Jong" -> "Boukema"
        if _bare_ok(part, lex) and len(part) >= 4:
            out.add(part)
    for g in name.given:
        if (
            _bare_ok(g, lex)
            or (fold(g) in lex.particle_first_names and is_capitalised(g))
            or _public_namesake_given(g, lex)
        ):
            out.add(g)  # "Ben" of "Whitfield, Ben" too: a capitalised form
        elif _ocr_l_for_i(g, lex):
            out.update((g, "I" + g[1:]))  # OCR's "luliana" for "Iuliana", either reading
    # OCR reads a capital I as l in a sans-serif scan: "el ldrissi-Bouzid" for Idrissi
    out |= {
        " ".join(_I_AS_L.sub("l", w) for w in v.split())
        for v in out
        if _I_AS_L.search(v) and len(v) >= 5
    }
    # a name written once with its letters from abroad and once without them
    # ("Tomasz Wiśniewski" ... "Wisniewski heeft"), as keyboards and mail addresses do
    out |= {plain for v in out if (plain := _plain_letters(v)) != v and len(plain) >= 5}
    return {v for v in out if v.strip()}


_I_AS_L = regex.compile(r"(?<![\p{L}])I(?=\p{Ll}{3})")
# letters that Unicode does not decompose into a base letter and a mark
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
                        "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe"})


def _plain_letters(text: str) -> str:
    """``text`` without its diacritics (``Wiśniewski`` -> ``Wisniewski``, ``Łukasz`` ->
    ``Lukasz``, ``Doğan`` -> ``Dogan``)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text.translate(_PLAIN))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    )


def _double_name(word: str, lex: Lexicon) -> bool:
    """``Francisca-Koç``, ``Martina-Statia``: two capitalised parts joined by a hyphen, one
    of them a listed or name-shaped name, neither an organisation word or a place."""
    parts = word.split("-")
    return (
        len(parts) == 2
        and all(len(p) >= 2 and p[:1].isupper() and p[1:].islower() for p in parts)
        and any(
            lex.is_first_name(p) or lex.is_surname(p) or lex.is_name_shaped(p) for p in parts
        )
        and not any(is_org_word(fold(p), lex) or fold(p) in lex.places for p in parts)
    )


def _double_surname_ok(word: str, lex: Lexicon) -> bool:
    """``Veen-Burgemeester``: a double surname with a role word in it is looked for
    whole when its other part may be looked for alone."""
    parts = word.split("-")
    return (
        len(parts) == 2
        and is_capitalised(word)
        and all(p[:1].isupper() for p in parts)
        and any(len(p) >= 3 and _bare_ok(p, lex) for p in parts)
    )


def _ocr_l_for_i(word: str, lex: Lexicon) -> bool:
    """A given name that OCR began with ``l`` for a capital ``I`` (see
    :func:`_ocr_capital_i`): only such a name starts in lower case."""
    return (
        len(word) >= 4
        and word[0] == "l"
        and word[1:].isalpha()
        and word[1:].islower()
        and fold(word) not in lex.stopwords
    )


def abbreviations(name: PersonName, lex: Lexicon) -> set[str]:
    """Paraaf and signature initials of a person: ``RitV``, ``JvdB``, ``PAO``, ``KB``.

    The letters of the given names or initials, then the particles in lower case
    and the parts of the surname in capitals (``R. in 't Veld`` -> ``RitV``,
    ``L. van der Meer-Pool`` -> ``LvdMP``), also with the first part of a double
    surname only (``K. Boukema-de Jong`` -> ``KB``), with one given letter only,
    and without particles.  Only for names with given names or initials.
    """
    given = [i[:1].upper() for i in name.initials] or [g[:1].upper() for g in name.given]
    given = [g for g in given if g.isalpha()]
    if not given or not name.surname:
        return set()
    pieces: list[tuple[str, bool]] = []  # (letter, is a particle), "-" marks a double surname
    capital_particles = False
    for word in name.surname:
        for k, part in enumerate(word.split("-")):
            if k:
                pieces.append(("-", False))
            key = fold(part)
            bare = part.lstrip("'’")
            if not bare:
                continue
            if regex.fullmatch(r"[OoDd]['’]\p{Lu}\p{L}+", bare):
                # "O'Connor" -> "OC": the Irish prefix's capital and the name's
                pieces.extend([(bare[:1].upper(), False), (bare[2:3], False)])
                continue
            if key in lex.particles or fold(bare) in lex.particles:
                pieces.append((bare[:1].lower(), True))
                # "N. El Ouazzani" -> "NEO": a particle the name writes with a capital
                capital_particles |= bare[:1].isupper()
            else:
                pieces.append((bare[:1].upper(), False))
    first_part = pieces[: pieces.index(("-", False))] if ("-", False) in pieces else pieces

    def letters(ps: list[tuple[str, bool]], particles: bool) -> str:
        return "".join(ch for ch, part in ps if ch != "-" and (particles or not part))

    out: set[str] = set()
    for g in {"".join(given), given[0]}:
        for ps in (pieces, first_part):
            for particles in (True, False):
                tail = letters(ps, particles)
                if tail and tail[-1].isupper():
                    out.add(g + tail)
                    if particles and capital_particles:
                        out.add(g + tail.upper())
        if ("-", False) in pieces:
            # "MtH-O" of "Marloes ter Haar-Obbink": the double surname's hyphen kept
            for particles in (True, False):
                out.add(g + "".join(ch for ch, part in pieces if particles or not part))
    # "Joost Brink" -> "JBr", "Arjen Lubbers" -> "ALu": the given initial and the
    # first two letters of the (first) surname word.
    main = next((w for w in name.surname if fold(w) not in lex.particles), "")
    main = main.split("-")[0].lstrip("'’")
    if len(main) >= 3 and main[0].isupper() and main[1].isalpha() and main[1].islower():
        out.add(given[0] + main[:2])
    if "-" in [ch for ch, _ in pieces]:
        # "Dewi Sasmita-Pranoto" -> "D.S.-P.": the initials of a double surname with
        # dots, as minutes write a person in an action list
        dotted = "".join(f"{g}." for g in given) + "".join(
            "-" if ch == "-" else f"{ch.upper()}." for ch, part in pieces if not part
        )
        out.add(dotted)
        out.add(dotted.replace("-", ""))  # "Y.B.N." of "Yvonne Bakker-Nijhuis"
    return {
        a
        for a in out
        if len(a) >= 2
        and a not in lex.acronyms
        and a not in _parties(lex)  # "SP" of "Sanne Prins" is also a party
        and fold(a) not in lex.role_words
        and fold(a) not in lex.stopwords
        and fold(a) not in lex.org_words
        and fold(a) not in lex.not_names
    }


_SHORT_NAME = regex.compile(r"\p{Lu}\p{Ll}")  # a chat author's two-letter name ("Mo")


def _bare_ok(word: str, lex: Lexicon) -> bool:
    """A single word that may be looked for alone."""
    key = fold(word)
    return (
        (len(key) >= 3 or key in lex.family_first)  # "Xu" of "Xu Mingzhe"
        and (is_capitalised(word) or ocr_lower_i_name(word, lex))
        and (key not in lex.particles or accented(word))  # "Lê" of "Lê Minh Anh"
        and not is_blocked(word, lex)
        and key not in lex.not_names
    )


def _public_namesake_given(word: str, lex: Lexicon) -> bool:
    """A given name the lists hold as a public person's ("Wilhelmina", "Juliana"):
    the given name of a person found in the document all the same ("Wilhelmina
    Latuperisa-Sahetapy"), so the word alone is a form of that person; "koningin
    Wilhelmina" keeps its title (see :func:`_not_a_mention`)."""
    return (
        len(word) >= 5
        and is_capitalised(word)
        and fold(word) in lex.not_names
        and lex.is_first_name(word)
        and not lex.is_surname(word)
    )


class _FormIndex:
    """Forms of names, matched against page tokens.

    A form matches a run of word tokens with single line breaks at most
    between them (``Marloes van\\nDalen``; line-end hyphenation is already
    undone by :class:`View`).  Name words match exactly, particles in either
    case (``van Dalen`` / ``Van Dalen``), and the last word may carry a
    possessive (``Verbruggens``, ``Iris'``, ``Jan's``).
    """

    def __init__(self, forms: Iterable[str], lex: Lexicon) -> None:
        self.lex = lex
        self._key_of: dict[str, str] = {}  # word -> its key (folding is not cheap)
        # One-word forms by their key; longer forms by the keys of their first
        # two words, so a token is only tried against forms whose second word
        # can match the next token (a dossier's many forms share first words
        # such as "van" or a common given name).
        self.single: dict[str, list[tuple[str, ...]]] = {}
        self.by_pair: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        for form in set(forms):
            words = tuple(form.split())
            if len(words) == 1:
                self.single.setdefault(self._key(words[0]), []).append(words)
            elif words:
                pair = (self._key(words[0]), self._key(words[1]))
                self.by_pair.setdefault(pair, []).append(words)
        for group in self.by_pair.values():
            group.sort(key=len, reverse=True)
        # the keys a form can start with: a token under none of them starts no match
        self.first_keys = frozenset(self.single) | frozenset(a for a, _ in self.by_pair)

    def _particle(self, word: str) -> bool:
        """A particle, matched in either case; a code in capitals (``TE``) is none."""
        return fold(word) in self.lex.particles and not (len(word) > 1 and word.isupper())

    def _particle_given(self, word: str, tok: Tok) -> bool:
        """A given name alone that is a particle too ("Ben" of "Whitfield, Ben"):
        matched in its own case only, never the verb of "ik ben"."""
        return fold(word) in self.lex.particle_first_names and tok.bare != word

    def _key(self, word: str) -> str:
        key = self._key_of.get(word)
        if key is None:
            key = self._key_of[word] = word.lower() if self._particle(word) else word
        return key

    def _same(self, tok: Tok, word: str, last: bool) -> bool:
        text = tok.text
        if self._particle(word):
            return text.lower() == word.lower()
        if text == word:
            return True
        if not last:
            return False
        return tok.bare == word or text in (word + "s", word + "'s", word + "’s")

    def _keys(self, t: Tok) -> set[str]:
        keys = {self._key(t.text), self._key(t.bare)}
        if t.text.endswith("s"):
            keys.add(self._key(t.text[:-1]))
        if t.text[-2:] in ("'s", "’s"):
            keys.add(self._key(t.text[:-2]))
        return keys

    def compound_parts(
        self, toks: list[Tok], skip: frozenset[tuple[str, ...]] = frozenset()
    ) -> Iterable[tuple[int, int]]:
        """(start, end) text offsets of a one-word form that is one part of a word
        joined by a hyphen to a lower-case noun: ``casus-Yıldız``, ``zaak-Jansen``,
        ``Jansen-dossier`` (never a particle: ``Jansen-de Vries`` is a double surname)."""
        for t in toks:
            if t.kind != "word" or t.text.count("-") != 1:
                continue
            head, tail = t.bare.split("-")
            if head[:1].islower() and tail[:1].isupper():
                noun, name, at = head, tail, t.start + len(head) + 1
            elif head[:1].isupper() and tail[:1].islower():
                noun, name, at = tail, head, t.start
            else:
                continue
            if (
                len(noun) < 3
                or not noun.isalpha()
                or fold(noun) in self.lex.particles
                or (name,) in skip
                or (name,) not in self.single.get(self._key(name), ())
            ):
                continue
            yield at, at + len(name)

    def matches(
        self, toks: list[Tok], skip: frozenset[tuple[str, ...]] = frozenset()
    ) -> Iterable[tuple[int, int]]:
        """(first, last) token indexes of every non-overlapping match, left to right.

        ``skip``: forms (as word tuples) to leave out, as if the index lacked them.
        """
        i = 0
        n = len(toks)
        keys_at: dict[int, set[str]] = {}  # each token's keys, computed once

        def keys_of(j: int) -> set[str]:
            keys = keys_at.get(j)
            if keys is None:
                keys = keys_at[j] = self._keys(toks[j])
            return keys

        while i < n:
            t = toks[i]
            found = -1
            if (
                t.kind == "init"
                and ("-" in t.text or t.text.count(".") >= 3)
                and (t.text,) in self.single.get(t.text, ())
            ):
                # "D.S.-P.", "Y.B.N.": a double surname's initials, one token (see
                # abbreviations)
                if (t.text,) not in skip and _free_standing(toks, i, i):
                    yield i, i
                i += 1
                continue
            if t.kind == "word" and not (keys := keys_of(i)).isdisjoint(self.first_keys):
                nxt = toks[i + 1] if i + 1 < n else None
                # Every key under which a word that this token matches is filed.
                next_keys = (
                    keys_of(i + 1)
                    if nxt is not None and nxt.kind == "word" and not nxt.blank_before
                    else set()
                )
                groups = [self.by_pair.get((a, b), ()) for a in keys for b in next_keys]
                groups.extend(self.single.get(key, ()) for key in keys)
                for group in groups:
                    for words in group:
                        k = len(words)
                        if i + k > n or k - 1 <= found - i or (skip and words in skip):
                            continue
                        if all(
                            toks[i + m].kind == "word"
                            and (m == 0 or not toks[i + m].blank_before)
                            and self._same(toks[i + m], w, m == k - 1)
                            for m, w in enumerate(words)
                        ) and not (k == 1 and self._particle_given(words[0], t)):
                            found = i + k - 1
                            break
            if found >= 0 and _free_standing(toks, i, found):
                yield i, found
                i = found + 1
            else:
                i += 1


def _initials_shape(word: str) -> bool:
    """ "ACW", "JvdB", "RitV": initials written together (two capitals at least)."""
    return 2 <= len(word) <= 6 and sum(ch.isupper() for ch in word) >= 2 and word[0].isupper()


def _free_standing(toks: list[Tok], first: int, last: int) -> bool:
    """Not glued to an e-mail address, a URL or a longer compound.

    Initials after a slash are free ("Ons kenmerk: 2025.0213/ACW").
    """
    glued = first > 0 and not toks[first].gap and toks[first - 1].text in "-.@_/"
    if glued and toks[first - 1].text == "/" and _name_pair_slash(toks, first - 1):
        glued = False  # "Koppels: Rachid/Sanne": two names written as a pair
    if glued and toks[first - 1].text == "@" and (
        first < 2 or toks[first - 1].gap or toks[first - 1].newline_before
    ):
        glued = False  # "@Mo waar zijn die?": a chat mention, no e-mail address
    if glued and not (
        toks[first - 1].text == "/"
        and first == last
        and _initials_shape(toks[first].text)
        and (first < 2 or toks[first - 2].text not in ":/")
    ):
        return False
    if last + 1 < len(toks) and not toks[last + 1].gap:
        nxt = toks[last + 1]
        if nxt.text in "@_-/" and not (nxt.text == "/" and _name_pair_slash(toks, last + 1)):
            return False
        if (
            nxt.text == "."
            and last + 2 < len(toks)
            and not toks[last + 2].gap
            and toks[last + 2].kind == "word"
        ):
            return False
    return True


def _name_pair_slash(toks: list[Tok], k: int) -> bool:
    """Token ``k`` is a slash glued between two capitalised words, with nothing else
    glued to either (``Rachid/Sanne``, not ``BZK/DGO`` or a URL's ``/Jansen``)."""
    if not 0 < k < len(toks) - 1 or toks[k].gap or toks[k + 1].gap:
        return False
    a, b = toks[k - 1], toks[k + 1]
    if not all(t.kind == "word" and t.text[:1].isupper() and not t.text.isupper() for t in (a, b)):
        return False
    if k >= 2 and not a.gap and toks[k - 2].kind == "punct":
        return False
    return not (k + 2 < len(toks) and not toks[k + 2].gap and toks[k + 2].text in "/.@_-:")


# ---------------------------------------------------------------------- clean


def _by_page(findings: list[Finding]) -> dict[int, list[Finding]]:
    out: dict[int, list[Finding]] = {}
    for f in findings:
        out.setdefault(f.page, []).append(f)
    return out


def _overlaps_any(f: Finding, by_page: dict[int, list[Finding]]) -> bool:
    """Whether ``f`` overlaps any finding on its page (linear in the page, not the document)."""
    return any(f.overlaps(g) for g in by_page.get(f.page, ()))


_APPOSITION_AFTER = regex.compile(
    r"[ \t]*,[ \t]*(?:(?:de|het|een|onze|mijn|haar|zijn)[ \t]+)?(\p{Ll}[\p{Ll}\-]{2,})"
)


def _person_noun_apposition(f: Finding, pages: _Pages, lex: Lexicon) -> bool:
    """A noun for a person right after the span and a comma (``Gloria Pinas-Vrede,
    bewoner van de ...``, ``..., inspreker``): the span names that person."""
    m = _APPOSITION_AFTER.match(pages.text(f.page), f.end)
    return m is not None and lex.is_person_noun_key(fold(m.group(1)))


def _given_name_no_place(f: Finding, g: Finding, lex: Lexicon) -> bool:
    """The model's place ``g`` is exactly the rule's ``f``, a hyphenated given name
    whose parts are all listed ("Henk-Willem") and that no list knows as a place (a
    lone "Milan" may well be the city)."""
    words = f.text.split()
    return (
        g.entity_type == "LOCATION"
        and (g.start, g.end) == (f.start, f.end)
        and len(words) == 1
        and "-" in words[0]
        and all(lex.is_first_name(x) for x in words[0].split("-"))
        and fold(words[0]) not in lex.places
        and not any(fold(x) in lex.places for x in words[0].split("-"))
    )


# ", 9 jaar)" / " (9)": a person's age right after the name
_AGE_AFTER = regex.compile(
    r"[ \t]*(?:,[ \t]*[1-9]\d?[ \t]*(?:jaar|jr\.?|years?)|\([ \t]*[1-9]\d?[ \t]*\))"
)


def _listed_given_name_with_age(f: Finding, g: Finding, pages: _Pages, lex: Lexicon) -> bool:
    """The model's place ``g`` is exactly the rule's ``f``, a listed given name that no
    list knows as a place, with the person's age after it (``haar dochter (Indah, 9
    jaar)``): a child, not a place."""
    words = f.text.split()
    return (
        g.entity_type == "LOCATION"
        and (g.start, g.end) == (f.start, f.end)
        and len(words) == 1
        and lex.is_first_name(words[0])
        and fold(words[0]) not in lex.places
        and _AGE_AFTER.match(pages.text(f.page), f.end) is not None
    )


def _second_surname_as_place(
    findings: list[Finding],
    pages: _Pages,
    lex: Lexicon,
    lower_words: frozenset[str],
    domains: frozenset[str] = frozenset(),
) -> list[Finding]:
    """A model's person of two words or more widened over the single word right after
    it that the model calls a place or organisation but no list knows as one: the
    second part of a double surname written without a hyphen, on the line or the
    next ("Maartje Kalpoe\nTammeling, has signed")."""
    starts = {
        (f.page, f.start): f
        for f in findings
        if f.entity_type in PUBLIC_ENTITY_TYPES and f.provenance.source is Source.NER
    }
    out: list[Finding] = []
    for f in findings:
        nxt = starts.get((f.page, f.end + 1))
        if (
            nxt is None
            or not _is_person(f)
            or f.action is not Action.REDACT
            or f.provenance.source is not Source.NER
            or len(f.text.split()) < 2
            or not lex.is_first_name(f.text.split()[0])
        ):
            out.append(f)
            continue
        text = pages.text(f.page)
        word = nxt.text
        key = fold(word)
        after = text[nxt.end : nxt.end + 1]
        if (
            text[f.end : nxt.start] in (" ", "\n")
            and regex.fullmatch(r"\p{Lu}\p{Ll}{2,}", word)
            and after in ("", ",", ")", ";", "\n", " ")
            and key not in lex.places
            and not is_org_word(key, lex)
            and key not in lex.stopwords
            and key not in lex.calendar
            and word.lower() not in lower_words  # no noun the document also writes
            and not lex.is_first_name(word)
            and key not in lex.not_names
            # "Anneke Zijlstra" / "Stedin": the next cell's organisation (@stedin.net)
            and squash_word(word) not in domains
            # a street on the next line is the address below the name ("Henriëtte ter
            # Haar" / "Emmalaan 8"), no second surname
            and not (text[f.end : nxt.start] == "\n" and is_street(key, lex))
            and not _HOUSE_NUMBER_AFTER.match(text, nxt.end)  # "Emmalaan 8": a street
        ):
            out.append(replace(f, end=nxt.end, text=text[f.start : nxt.end]))
            continue
        out.append(f)
    return out


def _surname_after_org_word(f: Finding, lex: Lexicon, surnames: frozenset[str]) -> Finding:
    """A model's span of an organisation word and one word that is the surname of a
    full name elsewhere in the document (``College Aydın`` in an action list's row
    ``voorleggen aan College`` | ``Aydın``, with ``Zeynep Aydın`` above): the surname
    alone."""
    words = f.text.split()
    if (
        len(words) != 2
        or fold(words[1]) not in surnames
        or not is_capitalised(words[0])
        or not is_org_word(fold(words[0]), lex)
        or lex.is_first_name(words[0])
    ):
        return f
    at = f.text.rfind(words[1])
    return replace(f, start=f.start + at, text=words[1])


def _org_word_ends(text: str, lex: Lexicon) -> bool:
    """A span of two words or more whose last word is a capitalised organisation word
    that is no surname (``Kwame Nkrumah Auditorium``)."""
    words = text.split()
    last = words[-1].strip(",.;") if words else ""
    # (the last part of a hyphened word: "B.C. Koekkoek-Haus", a painter's museum)
    tail = last.rsplit("-", 1)[-1]
    return (
        len(words) >= 2
        and is_capitalised(tail)
        and is_org_word(fold(tail), lex)
        and not lex.is_surname(tail)
        # "J.W. van 't Hof": a particle makes the word a surname
        and fold(words[-2]) not in lex.particles
    )


_LEGAL_FORM_AFTER = regex.compile(
    r"[ \t]*\n?[ \t]*(?:B\.V\.|B\.V|BV|N\.V\.|NV|V\.O\.F\.|VOF|GmbH|Ltd\.?|BVBA|vzw)(?![\p{L}])"
)


def _club_abbreviation_opens(text: str, lex: Lexicon) -> bool:
    """A span whose first word is an organisation word in capitals (``SV``, ``VV``,
    ``FC``: a sports club's kind) and whose second is no listed name (``VV Oranje
    Wit``: of three words, no given name after it)."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and words[0].isupper()
        and 2 <= len(words[0]) <= 5
        and is_org_word(fold(words[0]), lex)
        and all(is_capitalised(w) for w in words[1:])
        and not lex.is_first_name(words[1])
        and (len(words) == 3 or not lex.is_surname(words[1]))
    )


_QUOTED_AFTER_ORG = regex.compile(
    r"(?<![\p{L}])(\p{L}+)(?:[ \t]+\p{Lu}[\p{L}\-]*){0,2}[ \t]+[\"“„‘'][ \t]*$"
)


def _quoted_after_org(text: str, start: int, lex: Lexicon) -> bool:
    """The span opens a quoted name right after an organisation's words on its line
    (``Hockeyclub Hulst "De Reynaert"``, ``vereniging "Ons Genoegen"``)."""
    m = _QUOTED_AFTER_ORG.search(text, max(0, text.rfind("\n", 0, start) + 1), start)
    return m is not None and any(
        is_org_word(fold(w.strip("\"“„‘'")), lex) for w in m.group().split()
    )


REASON_ORG_NAMESAKE = "naamgever van een organisatie in dit document"


def _names_an_org_here(name: str, pages: _Pages, lex: Lexicon) -> bool:
    """A full name (a listed given name and a surname) that the document also writes
    as an organisation's name, with a capitalised organisation word right before or
    after it on its line: ``Stichting Willem Drees Huisvesting``, ``Fanny
    Blankers-Koen Stichting``."""
    words = name.split()
    if len(words) < 2 or not lex.is_first_name(words[0]) or not all(
        is_capitalised(w) or fold(w) in lex.particles for w in words
    ):
        return False
    joined = " ".join(words)
    for page in pages.ctx.document.pages:
        text = page.text
        at = text.find(joined)
        while at >= 0:
            end = at + len(joined)
            if (at and not text[at - 1].isspace()) or (end < len(text) and text[end].isalnum()):
                at = text.find(joined, at + 1)
                continue  # part of a longer word ("Willem Dreesen")
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", end)
            before = text[line_start:at].split()[-1:]
            after = text[end : len(text) if line_end < 0 else line_end].split()[:2]
            # the organisation word after the name ends the organisation's name: "Marie-Josée
            # Lemmens Veiligheidsregio Zuid-Limburg" is a person beside her organisation
            if not after or not after[0][:1].isupper() or (
                len(after) == 2 and after[1][:1].isupper()
            ):
                after = []
            elif len(after) == 1 and line_end >= 0:
                # the line ends at the organisation word and its name goes on below: "Hans
                # Mostert Waterschap" / "Rivierenland", a table row's name and body cells
                below = text[line_end + 1 : line_end + 40].split()[:1]
                if below and below[0][:1].isupper():
                    after = []
            if before and not after and line_end >= 0 and not text[end:line_end].strip():
                # "Gemeente Zerai Kalpoe" / "Deventer": the body's name goes on below the
                # person's cell that the layout put beside its first word (also a part
                # of a place: "Zaalvoetbalvereniging Burak Öztürk" / "Schiedam-Oost")
                below = text[line_end + 1 : line_end + 40].split()[:1]
                if below and (
                    fold(below[0].strip(",.")) in lex.places
                    or fold(below[0].split("-")[0]) in lex.places
                ):
                    before = []
            # a word in another cell of the row is no part of an organisation's name
            # ("verpleegkundige, GZA Healthcare" | "Femke Sijbesma")
            if before and column_gap_after(page, len(text[:at].rstrip())):
                before = []
            if after and column_gap_after(page, end):
                after = []
            # (a word joined to the name: no colon or comma between, "Secretariaat: X")
            for w in [*before, *after[:1]]:
                if (
                    w[:1].isupper()
                    and w.replace("-", "").isalpha()
                    and is_org_word(fold(w), lex)
                    and not lex.is_surname(w)
                    # "Marechaussee Nadia Bouzidi": a rank, the body's name for its officers
                    and not rank_before_given_name(fold(w), words[0], lex)
                ):
                    return True
            at = text.find(joined, at + 1)
    return False


# a line that opens with a section's letter and a heading in capitals: "B. VOERTUIG"
_SECTION_LINE = regex.compile(r"(?m)^[ \t]*(\p{Lu})\.[ \t]+\p{Lu}{2,}(?:[ \t]|$)")


def _out_of_vessel_cells(
    f: Finding, pages: _Pages, cells: Callable[[int], list[tuple[int, int]]]
) -> Finding | None:
    """The span without the ship's name of a vessel column's cell that it starts in
    (``Johanna Hendrika`` | ``G.J. van der Linden``, a row read as one line); None
    when the cell holds all of it."""
    for s, e in cells(f.page):
        if s <= f.start < e:
            if f.end <= e:
                return None
            text = pages.text(f.page)
            m = regex.compile(r"[\s|]*").match(text, e)
            start = m.end() if m else e
            if start >= f.end:
                return None
            return replace(f, start=start, text=text[start : f.end])
    return f


_SAINTS_TITLES = frozenset({"Sint", "St", "Sankt", "Saint", "San", "Santa", "Santo", "São"})


def _after_saints_title(f: Finding, pages: _Pages) -> bool:
    """``Scouting Sint Joris``, ``Sint Maarten``: the model's name right after a saint's
    title names the saint (a church, a club, an island), not a person."""
    text = pages.text(f.page)
    before = text[max(0, text.rfind("\n", 0, f.start) + 1) : f.start].split()
    return bool(before) and before[-1].rstrip(".") in _SAINTS_TITLES


def _section_heading(f: Finding, pages: _Pages) -> bool:
    """The span is a form's section heading (``A. GEGEVENS AANVRAGER``): a letter and
    words in capitals that open a line, on a page where a line with the letter
    before or after it opens the same way (``B. VOERTUIG EN ONDERNEMING``)."""
    text = pages.text(f.page)
    m = _SECTION_LINE.match(text, text.rfind("\n", 0, f.start) + 1)
    if m is None or m.start(1) != f.start or not f.text[2:].strip().isupper():
        return False
    letter = ord(m.group(1))
    letters = {ord(x.group(1)) for x in _SECTION_LINE.finditer(text)}
    return letter - 1 in letters or letter + 1 in letters


@functools.lru_cache(maxsize=4096)
def _unit_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    """The words of a span with the capitalised word before them and the word after
    (see :func:`_unit_named_here`); compiled once per name in a run, which meets the
    same names document after document."""
    return regex.compile(
        r"(?<![\p{L}])(?:(\p{Lu}[\p{L}\-]+)[ \t]+)?"
        + r"[ \t]+".join(regex.escape(w) for w in words)
        + r"(?![\p{L}])(?:[ \t]+([\p{L}./]+))?"
    )


def _unit_named_here(name: str, pages: _Pages, lex: Lexicon) -> bool:
    """A span of two capitalised words or more without a listed given name that the
    document also writes right after a capitalised organisation word on its line, or
    right before a legal form: ``Aan: directeur Toezicht Publieke Sector`` below
    ``Directie Toezicht Publieke Sector`` names the unit, ``door Kiwa Register`` below
    ``Kiwa Register B.V.`` the firm, not a person."""
    words = name.split()
    if len(words) < 2 or any(lex.is_first_name(w) for w in words) or not all(
        is_capitalised(w) or fold(w) in lex.particles for w in words
    ):
        return False
    joined = _unit_pattern(tuple(words))
    for page in pages.ctx.document.pages:
        for m in joined.finditer(page.text):
            before, after = m.group(1), m.group(2)
            if before and is_org_word(fold(before), lex) and not lex.is_surname(before):
                return True
            if after and fold(after.rstrip(".")) in _LEGAL_FORMS:
                return True  # "Kiwa Register B.V."
    return False


def _cut_at_cell_gaps(f: Finding, ctx: ResolveContext) -> list[Finding]:
    """A person's span that runs over a column gap into the next cell of its table row
    is split at the gap: no name goes on in another cell.  ``mevrouw D.A.
    Sastrowardoyo`` | ``Almere`` keeps the name; ``Gemeentebelangen`` | ``Zwiers`` the
    name after the party; ``de heer Jellema`` | ``G. de Jong`` both names.  A part that
    is a listed place, a party or an organisation word is no name."""
    if not _is_person(f) or f.action is not Action.REDACT or len(f.text.split()) < 2:
        return [f]
    page = ctx.document.pages[f.page]
    if page.stored_layout() is None:
        return [f]
    words = list(regex.finditer(r"\S+", f.text))
    cuts = [0]
    for this, nxt in itertools.pairwise(words):
        # (after a line end only when the next word stands beside it on the page:
        # "de heer Zwanenburg" | "CDA" read as two lines; a wrap in the cell has none)
        end = f.start + this.end()
        if (
            next_cell_on_row(page, end, f.start + nxt.start())
            if "\n" in f.text[this.end() : nxt.start()]
            else column_gap_after(page, end)
        ):
            cuts.append(nxt.start())
    if len(cuts) == 1:
        return [f]
    lex = lexicon_for(ctx.rules)
    out = []
    for a, b in zip(cuts, [*cuts[1:], len(f.text)], strict=True):
        part = f.text[a:b].rstrip()
        key = " ".join(part.split())
        if (
            not regex.search(r"\p{L}{2}", part)
            or key in _parties(lex)
            or (a > 0 and fold(key) in lex.places)  # ("Zwanenburg" | "CDA": the name first)
            or is_org_word(fold(key), lex)
        ):
            continue
        out.append(replace(f, start=f.start + a, end=f.start + a + len(part), text=part))
    return out


def names_clean(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Trim titles and roles off names; drop PERSON findings that are no name."""
    lex = lexicon_for(ctx.rules)
    pages = _Pages(ctx)
    lower_words = _lower_case_words(ctx)
    domains = mail_domains(ctx)
    findings = _second_surname_as_place(findings, pages, lex, lower_words, domains)
    split = [_cut_at_cell_gaps(f, ctx) for f in findings]
    # the parts of a span split at a column gap after its first cell
    split_tails = {
        p.text.strip()
        for parts, f in zip(split, findings, strict=True)
        for p in parts
        if p.start > f.start
    }
    findings = [part for parts in split for part in parts]
    # each name looked up once in the document's pages, however often it is mentioned
    namesake = functools.cache(lambda name: _names_an_org_here(name, pages, lex))
    unit_named = functools.cache(lambda name: _unit_named_here(name, pages, lex))
    public = [f for f in findings if f.entity_type in PUBLIC_ENTITY_TYPES]
    # What the model calls an organisation or place anywhere in the document.
    public_texts = frozenset(fold(" ".join(p.text.split())) for p in public)
    # what the model calls an organisation or place at least twice
    public_count = Counter(fold(" ".join(p.text.split())) for p in public)
    public_twice = frozenset(t for t, n in public_count.items() if n >= 2)
    ruled = [f for f in findings if _is_person(f) and f.provenance.source is not Source.NER]
    places = _org_tails(pages, lex, ctx) | _street_stems(pages, lex, ctx)
    mail_parts = _mail_parts(pages, ctx)
    compound_heads = _compound_heads(ctx)
    person_ends = {(f.page, f.end) for f in findings if _is_person(f)}
    # Surnames the rules found in this document ("R. Osinga"): a model's span that
    # holds one ("Redmer Osinga") is that person.
    known = frozenset(
        fold(w)
        for f in ruled
        if f.action is Action.REDACT
        and len(f.text.split()) >= 2  # a whole name, not a lone word beside data
        for w in [_last_name_word(f.text, lex)]
        if w
    )
    # the surnames of full names with a listed given name, whoever found them
    # ("Zeynep Aydın"): "College Aydın" in an action list's row is that person
    full_surnames = frozenset(
        fold(words[-1])
        for f in findings
        if _is_person(f) and f.action is Action.REDACT
        for words in [f.text.split()]
        if len(words) >= 2 and lex.is_first_name(words[0]) and is_capitalised(words[-1])
    )
    full_givens = frozenset(
        words[0]
        for f in findings
        if _is_person(f) and f.action is Action.REDACT
        for words in [f.text.split()]
        if len(words) >= 2 and lex.is_first_name(words[0])
    )
    public_by_page = _by_page(public)
    ruled_by_page = _by_page(ruled)
    birth_starts = {
        (f.page, f.start) for f in findings if f.entity_type in ("DATE_OF_BIRTH", "NL_BSN")
    }
    org_words: set[str] = set()  # lone words the document shows inside an organisation's name
    vessel_cells = functools.cache(
        lambda n: [c for col in vessel_column_cells(ctx.document.pages[n]) for c in col]
    )
    out: list[Finding] = []
    for f in findings:
        if not _is_person(f) or f.action is not Action.REDACT:
            out.append(f)
            continue
        if f.provenance.rule_id in WEAK_RULES and any(
            f.overlaps(g)
            and not _given_name_no_place(f, g, lex)
            and not _listed_given_name_with_age(f, g, pages, lex)
            for g in public_by_page.get(f.page, ())
        ):
            continue
        if f.provenance.source is Source.NER and _street_before_number(f, pages.text(f.page)):
            continue
        if (
            f.provenance.source is Source.NER
            and f.text.strip() in split_tails
            and (fold(f.text.strip()) in full_surnames or f.text.strip() in full_givens)
            and fold(f.text.strip()) not in lex.places
        ):
            # "College" | "Aydın", "J.P. Coenschool" | "Marloes": the surname or given name
            # of a full name the document redacts, in its own cell
            out.append(f)
            continue
        if (
            f.provenance.source is Source.NER
            and is_initials_only(f.text.strip())
            and lone_initials_at(pages.text(f.page), f.start, f.end)
        ):
            out.append(f)  # "mevr. A.E.", "H.v.D.": the model read the lone initials too
            continue
        if _street_on_next_line(f, pages.text(f.page), lex):
            continue  # "Henri" / "Dunantstraat 1": a street named after a person, wrapped
        if f.provenance.source is Source.NER and _street_before_number_and_town(
            f, pages.text(f.page), lex
        ):
            out.append(_model_address(_with_number(f, pages.text(f.page))))
            continue
        if f.provenance.source is Source.NER and _STREET_AND_NUMBER.fullmatch(f.text):
            # "Leeuwenbrug 8, Deventer": no name holds a house number; the model read
            # an address whose street no rule knows.  An address it stays, flagged.
            out.append(_model_address(f))
            continue
        if f.provenance.rule_id in (
            "mail_display_name",
            "label_mail_header",
        ) and INVERTED_INITIALS.fullmatch(f.text):
            # "Hof, J. van 't" before an address, "CC: ...; Winkel, J.H. te": a person,
            # whatever "Hof" or "Winkel" is
            out.append(f)
            continue
        trimmed = _trim(f, pages, lex)
        if trimmed is not None:
            trimmed = _out_of_vessel_cells(trimmed, pages, vessel_cells)
        if trimmed is None:
            continue
        if trimmed.provenance.source is Source.NER and " ".join(trimmed.text.split()) in _parties(
            lex
        ):
            continue  # "lid, Ongebouwd (geborgde zetel)": a party or a water board's seat
        if trimmed.provenance.source is Source.NER and _org_word_ends(trimmed.text, lex):
            continue  # "het Kwame Nkrumah Auditorium": a hall or body named after a person
        if trimmed.provenance.source is Source.NER and _club_abbreviation_opens(
            trimmed.text, lex
        ):
            continue  # "voorzitter SV Tubanters 1900": a club by its abbreviation
        if (
            trimmed.provenance.source is Source.NER
            and _LEGAL_FORM_AFTER.match(pages.text(trimmed.page), trimmed.end)
            and not lex.is_first_name(trimmed.text.split()[0])
        ):
            continue  # "Twentse Recycling B.V.": a firm by its legal form
        if trimmed.provenance.source is Source.NER and _quoted_after_org(
            pages.text(trimmed.page), trimmed.start, lex
        ):
            continue  # 'Mixed Hockeyclub Hulst "De Reynaert"': the club's own name
        if trimmed.provenance.source is Source.NER:
            surname = _surname_after_org_word(trimmed, lex, full_surnames)
            if surname is not trimmed:
                out.append(surname)  # the person's, however the organisation word reads
                continue
        if trimmed.provenance.rule_id not in _STRONG_RULES and namesake(trimmed.text):
            # "subsidie Fanny Blankers-Koen Stichting" ... "in de geest van Fanny
            # Blankers-Koen": the person an organisation of this document is named after
            out.append(trimmed.with_action(Action.KEEP, REASON_ORG_NAMESAKE))
            continue
        if trimmed.provenance.rule_id not in _STRONG_RULES and _part_of_org_name(
            trimmed, pages, lex, public_by_page
        ):
            if _unlisted_word(trimmed.text, lex):
                org_words.add(fold(trimmed.text))
            continue
        if _after_room_noun(trimmed, pages, lex):
            if len(trimmed.text.split()) >= 2:
                # "het motorvrachtschip Johanna Maria" ... "de schipper van de Johanna
                # Maria": the ship's other mentions go with it
                org_words.add(fold(" ".join(trimmed.text.split())))
            continue
        if (
            _in_street_name(trimmed, pages, lex)
            or _end_of_place(trimmed, pages, lex)
            or _institution_at_place(trimmed, pages, lex)
            or _in_org_field(trimmed, pages)
            or _namesake_compound(trimmed, pages, lex)
            or _firm_goes_on_below(trimmed, pages, lex)
            or (
                trimmed.provenance.rule_id not in _STRONG_RULES
                and (_org_word_above(trimmed, ctx, lex) or _car_before_plate(trimmed, pages))
            )
        ):
            continue
        if (
            (
                trimmed.provenance.source is Source.NER
                or trimmed.provenance.rule_id not in _STRONG_RULES
            )
            and _domain_named(trimmed.text, domains, mail_parts, lex)
            and not any(
                o.start < trimmed.end
                and trimmed.start < o.end
                and o.provenance.rule_id not in (ROW_RULE, "beside_personal_data")
                # a rule that read the same words as a name after a role
                and not _domain_named(o.text, domains, mail_parts, lex)
                # or a word of no name ("Casusregisseur Onderzoek")
                and any(
                    lex.is_first_name(w) or lex.is_surname(w) or lex.is_name_shaped(w)
                    for w in o.text.split()
                )
                for o in ruled_by_page.get(trimmed.page, ())
            )
        ):
            # "Liaison Parteon" beside "calamiteiten@parteon.nl": the word names the
            # organisation whose domain it is; its other mentions go with it, and the
            # evidence stages see an organisation there (its address block below it)
            org_words.add(fold(trimmed.text))
            out.append(replace(trimmed, entity_type="ORGANIZATION", ground=""))
            continue
        if (
            trimmed.provenance.source is Source.NER
            and not _overlaps_any(trimmed, ruled_by_page)
            and not _holds_known_surname(trimmed, known, lex)
            and (
                _article_and_word(trimmed, pages, lex)
                or _named_public_elsewhere(trimmed, public_twice, lex)
                or unit_named(trimmed.text)
                or _after_saints_title(trimmed, pages)
                or _section_heading(trimmed, pages)
                # "VROMI": a word in capitals only the model calls a person is an
                # abbreviation (a person's initials code is found by names_codes)
                or (
                    regex.fullmatch(r"\p{Lu}{3,}", trimmed.text) is not None
                    and not lex.is_surname(trimmed.text.title())
                    and not lex.is_first_name(trimmed.text.title())
                    and not _sender_initials(trimmed, pages, lex)
                )
                or camel_case_brand(trimmed.text, lex)
                # "Rivercruise Flanders BVBA": a firm by its legal form
                or fold(trimmed.text.split()[-1].strip(",.;")) in _LEGAL_FORMS
            )
        ):
            continue  # "De Pionier", "Het Baken": a school, home or firm, not a surname
        if (
            trimmed.provenance.source is Source.NER
            and not _overlaps_any(trimmed, ruled_by_page)
            and not _holds_known_surname(trimmed, known, lex)
            and not _rule_evidence(trimmed, pages, lex)
            and not _in_mail_address(trimmed, pages, lex, mail_parts)
            and not _before_birth_data(trimmed, pages, birth_starts)
            and not _surname_after_wrapped_given_name(trimmed, pages, lex, person_ends)
            and not _person_noun_apposition(trimmed, pages, lex)
            and (
                not _plausible(trimmed, pages, lex, public_texts, places)
                or _affiliation(trimmed, pages, lex, person_ends)
                or _names_a_thing(trimmed, compound_heads, lex)
            )
        ):
            if all(_unlisted_word(w, lex) for w in trimmed.text.split()) and _after_org_noun(
                trimmed, pages, lex
            ):
                # "de coöperatie Greidhoeke Enerzjy" ... "Contact met Greidhoeke Enerzjy"
                org_words.add(fold(" ".join(trimmed.text.split())))
            continue
        if (
            trimmed.provenance.rule_id not in _STRONG_RULES
            and _unlisted_word(trimmed.text, lex)
            and trimmed.text.strip().lower() in lower_words
            # an office that is a surname too has its own rules ("de heer Burgemeester")
            and fold(trimmed.text) not in ROLE_SURNAMES
            and fold(trimmed.text) not in lex.role_words
        ):
            continue  # "beslismedewerker Nareis": the document writes "aanvragen nareis"
        if (
            trimmed.provenance.source is Source.NER
            and not _overlaps_any(trimmed, ruled_by_page)
            and _common_words_only(trimmed.text, lex, lower_words)
        ):
            continue  # "Tuin Huurder", a table's header: words the document writes in lower case
        out.extend(_two_names(trimmed, pages, lex))
    if org_words:
        # "woningcorporatie Parteon" shows what "overleg met Parteon" is: the model's
        # lone word elsewhere in the document is the same organisation
        out = [
            f
            for f in out
            if not (
                _is_person(f)
                and f.action is Action.REDACT
                and f.provenance.source is Source.NER
                and fold(" ".join(f.text.split())) in org_words
                and not _overlaps_any(f, ruled_by_page)
            )
        ]
    return out


_PLATE_WORD_AFTER = regex.compile(r"(?i:[^.\n]{0,60}?\b(?:kenteken|nummerplaat|plate)\b)")


def _end_of_place(f: Finding, pages: _Pages, lex: Lexicon) -> bool:
    """The span ends a listed place's name of the shape "X en Y" (``Basisteam Bos en
    Lommer``, ``gemeente Peel en Maas``), or the model's lone word ends an organisation's
    name of that shape."""
    view, toks = pages.get(f.page)
    vs, ve = _view_pos(view, f.start), _view_pos(view, f.end)
    idx = _tokens_in(toks, vs, ve)
    if not idx or idx[0] < 2 or toks[idx[0] - 1].text not in ("en", "&"):
        return False
    if fold(f"{toks[idx[0] - 2].text} en {view.text[vs:ve]}") in lex.places:
        return True
    # "Welzijn Dijk en Waard", "Wooncorporatie Duin & Polder": the model's lone word
    # after "en" ends a name that an organisation word opens on the line
    return (
        f.provenance.source is Source.NER
        and len(idx) == 1
        and not lex.is_first_name(toks[idx[0]].bare)
        and in_org_phrase_before(toks, idx[0], lex)
    )


def _car_before_plate(f: Finding, pages: _Pages) -> bool:
    """A model's span that opens with a car's make and has a plate word right after
    it (``Škoda Octavia met het Poolse kenteken``): the car, not a person."""
    text = pages.text(f.page)
    before = text[max(0, f.start - 30) : f.start].split()[-1:]  # "Škoda" of "Škoda Octavia"
    words = before + f.text.split()[:1]
    return any(fold(w) in CAR_MAKES for w in words) and (
        _PLATE_WORD_AFTER.match(text, f.end) is not None
        # "a grey Volvo, LK19 XRT": the plate itself right after the make
        or (fold(f.text) in CAR_MAKES and _PLATE_SHAPE_AFTER.match(text, f.end) is not None)
    )


_PLATE_SHAPE_AFTER = regex.compile(
    r"[ \t]*[,(:]?[ \t]*(?=[A-Z0-9 \-]*[A-Z])(?=[A-Z \-]*\d)[A-Z0-9]{1,4}[ \-][A-Z0-9]{1,4}"
)


_LEGAL_FORMS = frozenset(
    {"bv", "b.v", "nv", "n.v", "vof", "v.o.f", "bvba", "gmbh", "ltd", "inc", "llc", "srl",
     "vzw", "cv", "c.v", "u.a", "commv", "plc", "ag", "s.r.l", "sarl", "s.a.r.l", "s.p.a",
     "kft", "aps", "a/s", "oy", "oyj", "s.r.o", "d.o.o", "spa", "llp", "sp.z.o.o", "o.o",
     "lda", "ltda", "unipessoal", "s.a", "sprl", "kg", "ohg", "sas", "s.a.s"}
)


def _org_word_above(f: Finding, ctx: ResolveContext, lex: Lexicon) -> bool:
    """``Gymnastiekvereniging`` / ``Willem Lodewijk``: the name opens a line of a table
    cell whose line above holds one organisation word; the organisation is named after
    the person (see :func:`redactie.detect.columns.cell_line_above`)."""
    page = ctx.document.pages[f.page]
    text = page.text
    line_start = text.rfind("\n", 0, f.start) + 1
    lead = text[line_start : f.start].split()
    if lead and not all(w in lex.particles for w in lead):
        return False
    above = cell_line_above(page, line_start)
    if above is None:
        return False
    words = text[above[0] : above[1]].split()
    if not words or not is_org_word(fold(words[0]), lex):
        return False
    if not (is_capitalised(words[0]) or words[0].isupper()):
        return False  # "MFC Titus" / "Brandsma": an acronym opens an organisation's name too
    if len(words) == 1:
        return True
    # "Vereniging Hendrick" / "de Keyser": the organisation's name goes on over the
    # wrap (a line that opens in lower case goes on; a person's own line would not);
    # so after a given name ("MFC Titus" / "Brandsma" / "Bolsward")
    return (bool(lead) or lex.is_first_name(words[-1])) and all(
        is_capitalised(w) for w in words[1:]
    )


# Lower-case nouns of rooms, buildings and vessels: the capitalised words right after
# them name the place ("zaal Cornelis Lely", "het schip Johan de Witt").
_ROOM_NOUNS = frozenset(
    {"zaal", "vergaderzaal", "vergaderkamer", "vergaderruimte", "ruimte", "lokaal", "gebouw",
     "schip", "veerboot", "boot", "vaartuig", "paviljoen", "toren", "sporthal", "kazerne",
     "aula", "auditorium", "collegezaal", "raadzaal", "vessel", "ship", "room", "hall",
     # vessels of inland shipping and the sea ("het motorvrachtschip Rheinstern", "het
     # duwstel Johanna Hendrika"); any word ending in "schip" or "boot" too
     "duwstel", "duwbak", "koppelverband", "tanker", "coaster", "kotter", "tjalk", "skûtsje",
     "platbodem", "pont", "veerpont", "kustvaarder", "vrachtvaarder", "tug", "barge", "ferry",
     "trawler",
     # works of water and road named after a person ("het gemaal Dijkgraaf Van der Goes")
     "gemaal", "stoomgemaal", "poldergemaal", "sluis", "schutsluis", "stuw", "brug",
     "viaduct", "tunnel", "aquaduct", "molen", "korenmolen", "windmolen", "poldermolen",
     "watertoren", "vuurtoren",
     # buildings of care and shelter ("opvanglocatie Prins Hendrikhûs")
     "locatie", "opvanglocatie", "woonzorgcentrum", "zorgcentrum", "verpleeghuis",
     "verzorgingshuis", "buurthuis", "wijkcentrum", "dorpshuis", "gemeenschapshuis"}
)
# (a vessel noun's endings: "motortankschip", "sleepboot")
_VESSEL_ENDS = ("schip", "boot")
# A private person's pleasure craft is named after his family ("het zeiljacht Fenna
# Jeltsje"): the name points to its owner as his plate does, so a name the model
# reads there stays a finding (the reviewer sees it).
_PLEASURE_CRAFT = frozenset(
    {"jacht", "zeiljacht", "motorjacht", "yacht", "zeilboot", "motorboot", "speedboot",
     "roeiboot", "sloep", "plezierboot", "plezierjacht", "catamaran"}
)


# A field whose value is an organisation: a vCard's ORG, a form's company field.
_ORG_FIELD = regex.compile(
    r"(?im:^[ \t]*(?:ORG|Organisatie|Organization|Organisation|Bedrijf|Bedrijfsnaam|Company"
    r"|Werkgever|Employer|Firma|Handelsnaam)[ \t]*[:;][^\n]*$)"
)


def _in_org_field(f: Finding, pages: _Pages) -> bool:
    """``ORG:Verhoef Grond- en Waterbouw`` (a contact card), ``Bedrijfsnaam: ...``: the
    span is in the value of a field that holds an organisation's name."""
    text = pages.text(f.page)
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    m = _ORG_FIELD.match(line)
    return m is not None and f.start - line_start >= line.index(":" if ":" in line else ";")


# a name word (not an abbreviation: "GGD-team") hyphened to a noun
# (not a particle after the hyphen: "De Jong-van" / "Beek" is a double surname)
_NAMESAKE_TAIL = regex.compile(
    r"\p{Lu}\p{Ll}[\p{L}\p{M}'’]*-(?!(?:van|den|der|ten|ter|het|vander)\Z)\p{Ll}{3,}"
)
# The same written as one word, with a noun that no Dutch surname ends in (not "-huis":
# Nijhuis, Westerhuis; but the genitive "-shuis": Aletta Jacobshuis, Erasmushuis).
_NAMESAKE_SOLID = regex.compile(
    r"\p{Lu}\p{Ll}{2,}(?:flat|school|kazerne|zaal|gebouw|centrum|college|lyceum|gymnasium"
    r"|kliniek|ziekenhuis|stadion|shuis|skoalle)"
)


def _namesake_word(word: str) -> bool:
    return _NAMESAKE_TAIL.fullmatch(word) is not None or _NAMESAKE_SOLID.fullmatch(word) is not None


def _namesake_compound(f: Finding, pages: _Pages, lex: Lexicon) -> bool:
    """``Johan van Veen-lezing``, ``Ir. Johan van Veen-zaal``, ``Anne Frank-huis``: the
    name, up to its last word, is joined by a hyphen to a noun in lower case (or
    written as one word with it: ``Dr. Schaepmanflat``, ``Aletta Jacobshuis``); the
    compound names a lecture, room or building after the person."""
    view, toks = pages.get(f.page)
    vs, ve = _view_pos(view, f.start), _view_pos(view, f.end)
    idx = _tokens_in(toks, vs, ve)
    # (the page's mail addresses only read for a namesake compound: "Jurre
    # Dwarshuis" of "j.dwarshuis@" is a surname in "-shuis")
    return (
        bool(idx)
        and _namesake_at(toks, idx[-1], lex)
        and not _mailed_surname(toks[idx[-1]], toks, lex)
    )


def _namesake_at(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """The name words from token ``k`` on end in a namesake compound (see
    :func:`_namesake_compound`)."""
    while (
        k + 1 < len(toks)
        # prose may wrap right before the compound's word: "bij de Anne" / "Frankschool"
        and (
            not toks[k + 1].newline_before
            or (soft_wrap(toks, k + 1) and _namesake_word(toks[k + 1].text))
        )
        and toks[k + 1].kind == "word"
        and (
            is_particle(toks[k + 1], lex)
            or is_capitalised(toks[k + 1].text)
            or _namesake_word(toks[k + 1].text)
        )
        and not _namesake_word(toks[k].text)
        # "Oude Luttikhuis van Dierenkliniek Ruiter": a person of an organisation
        # named by one word, not a namesake compound ("Johan van Veen-lezing")
        and not (
            toks[k + 1].text in ("van", "bij")
            and not is_particle(toks[k], lex)
            and k + 3 < len(toks)
            and "-" not in toks[k + 2].text
            and is_capitalised(toks[k + 2].text)
            and is_org_word(toks[k + 2].key, lex)
            # the organisation's own name after its word ("Dierenkliniek Ruiter"); a
            # namesake compound ends the name ("De Ruyter van Steveninckkazerne"); the
            # organisation's name may wrap ("Dierenkliniek" / "Het Loo")
            and not toks[k + 3].blank_before
            and is_capitalised(toks[k + 3].text)
        )
        # "Kees-Jan van Dam-Prins Willem Drees-zaal": a given name starts another name
        and not (lex.is_first_name(toks[k + 1].bare) and not is_particle(toks[k], lex))
        # "mevrouw Hoekstein van het Wmo-loket": "van het" and an office, her employer
        and not (
            toks[k + 1].text in ("van", "bij")
            and k + 3 < len(toks)
            and toks[k + 2].text in ("het", "de")
            and _NAMESAKE_TAIL.fullmatch(toks[k + 3].text) is not None
            and is_org_word(fold(toks[k + 3].text.rsplit("-", 1)[1]), lex)
        )
        # "Youssef El Amrani van het Expertisecentrum ...": no name holds "het"
        and not (
            toks[k + 1].text in ("van", "bij")
            and k + 2 < len(toks)
            and toks[k + 2].text == "het"
            and not is_particle(toks[k], lex)
        )
    ):
        k += 1
    return _namesake_word(toks[k].text)


def _surname_after_wrapped_given_name(
    f: Finding, pages: _Pages, lex: Lexicon, person_ends: set[tuple[int, int]]
) -> bool:
    """``de heer Jan Willem`` / ``Tolsma (0517 ...)``: the span opens a line of running
    text whose line above ends in a person's given name, found as a name of its own;
    or a list item in a cell wrapped after its given name (``..., Femmigje`` /
    ``Tammeling (VNG)``)."""
    view, toks = pages.get(f.page)
    idx = _tokens_in(toks, _view_pos(view, f.start), _view_pos(view, f.end))
    if not idx or idx[0] == 0:
        return False
    first, prev = toks[idx[0]], toks[idx[0] - 1]
    if not first.newline_before or first.blank_before or prev.kind != "word":
        return False
    _, end = view.span(prev.start, prev.end)
    if (f.page, end) not in person_ends:
        return False
    if lex.is_first_name(prev.bare) and soft_wrap(toks, idx[0]):
        return True
    # a list in a cell: "(Veiligheidsberaad), Femmigje" / "Tammeling (VNG)", the given
    # name after a comma, the surname before a bracket, a comma or the line's end
    k = idx[0] - 2
    after = toks[idx[-1] + 1] if idx[-1] + 1 < len(toks) else None
    return (
        len(idx) == 1
        and k >= 0
        and toks[k].text == ","
        and not prev.newline_before
        and is_capitalised(prev.text)
        and (after is None or after.newline_before or after.text in ("(", ",", ";"))
    )


def _after_room_noun(f: Finding, pages: _Pages, lex: Lexicon) -> bool:
    """``zaal Cornelis Lely``, ``vergaderruimte Simon Stevin``: a room or ship named
    after a person, not the person (``uit de zaal`` / ``Mevrouw Sjoukje Tolsma``, a
    heading's last word above a salutation, is none)."""
    view, toks = pages.get(f.page)
    idx = _tokens_in(toks, _view_pos(view, f.start), _view_pos(view, f.end))
    if not idx:
        return False
    # back over the name's first words ("zaal Cornelis" / "Lely" wrapped in its cell)
    k = idx[0] - 1
    breaks = int(toks[idx[0]].newline_before)
    while (
        k >= 0
        and idx[0] - k <= 3
        and toks[k].kind == "word"
        and (is_capitalised(toks[k].text) or toks[k].text in ("van", "de", "der", "den"))
        and breaks + int(toks[k].newline_before) <= 1  # one wrap at most, not another cell
    ):
        if toks[k].key in lex.salutations:
            return False
        breaks += int(toks[k].newline_before)
        k -= 1
    if k < 0 or toks[k + 1].blank_before:
        return False
    return toks[k].kind == "word" and (
        toks[k].text in _ROOM_NOUNS
        or (
            toks[k].text.islower()
            and toks[k].text.endswith(_VESSEL_ENDS)
            and len(toks[k].text) > 6
            and toks[k].text not in _PLEASURE_CRAFT
        )
    )


def _named_public_elsewhere(f: Finding, public_texts: frozenset[str], lex: Lexicon) -> bool:
    """The model calls the same words an organisation or a place twice elsewhere in
    the document (``De Kleine Prins``), and they are two words or more with no given
    name or initials (a lone "Ger" the model once calls a place stays a person)."""
    words = f.text.split()
    return (
        len(words) >= 2
        and fold(" ".join(words)) in public_texts
        and not any(lex.is_first_name(w) for w in words)
        and not any(w.rstrip(".").isupper() and len(w) <= 4 and "." in w for w in words)
    )


def _after_org_noun(f: Finding, pages: _Pages, lex: Lexicon) -> bool:
    """The word before the span is an organisation noun (``woningcorporatie Parteon``)."""
    view, toks = pages.get(f.page)
    idx = _tokens_in(toks, _view_pos(view, f.start), _view_pos(view, f.end))
    if not idx or idx[0] == 0:
        return False
    prev = toks[idx[0] - 1]
    return prev.kind == "word" and is_org_word(fold(prev.bare), lex)


# the next line of a cell that ends a firm's name: "en Brammert B.V.", "& Zonen BV"
_FIRM_LINE_BELOW = regex.compile(
    r"[ \t]*\n[ \t]*(?:en|&)[ \t]+[^\n]{0,40}?(?<![\p{L}])(?:B\.V\.?|BV|N\.V\.?|NV|V\.O\.F\.?|VOF)"
    r"[ \t]*(?:\n|$)"
)


# the line below a span opens with a capitalised word and ends in a legal form
_FIRM_WORDS_BELOW = regex.compile(
    r"[ \t]*\n[ \t]*\p{Lu}\p{Ll}[^\n]{0,40}?(?<![\p{L}])"
    r"(?:B\.V\.?|BV|N\.V\.?|NV|V\.O\.F\.?|VOF)[ \t]*[,.]?[ \t]*(?:\n|$)"
)


# the next line holds one capitalised word and nothing else
_ORG_WORD_LINE_BELOW = regex.compile(r"[ \t]*\n[ \t]*(\p{Lu}[\p{L}\-]+)[ \t]*(?:\n|$)")


def _firm_goes_on_below(f: Finding, pages: _Pages, lex: Lexicon) -> bool:
    """``Schaapskudde Ellert`` / ``en Brammert B.V.``: the span ends its line and the
    next goes on with ``en`` to a legal form: a firm's name wrapped in its cell.  Also
    ``Van Dijk Agrarisch`` / ``Loonbedrijf B.V.,`` when the span's last word is no
    name: a person's name above the firm's (a signature) ends in one."""
    text = pages.text(f.page)
    if _FIRM_LINE_BELOW.match(text, f.end) is not None:
        return True
    words = f.text.split()
    last = words[-1] if words else ""
    # "Joost ter Haar" / "Veiligheidsregio": a particle makes the last word a surname
    no_name = (
        is_capitalised(last)
        and not (lex.is_first_name(last) or lex.is_surname(last) or lex.is_name_shaped(last))
        and not (len(words) >= 2 and fold(words[-2]) in lex.particles)
    )
    below = _ORG_WORD_LINE_BELOW.match(text, f.end)
    if below is not None and is_org_word(fold(below.group(1)), lex) and no_name:
        return True  # "invalkracht via Flexkids" / "Uitzendbureau": a firm wrapped in its cell
    return (
        _FIRM_WORDS_BELOW.match(text, f.end) is not None
        and len(words) >= 2
        and no_name
        and "\n" not in f.text
    )


def _institution_at_place(f: Finding, pages: _Pages, lex: Lexicon) -> bool:
    """``het ziekenhuis Antonius Sneek``: an institution's noun in lower case, then
    capitalised words that end in a listed place: the institution's name, not a
    person who lives there."""
    words = f.text.split()
    if len(words) < 2 or fold(words[-1].strip(",.")) not in lex.places:
        return False
    prev = _token_before(f, pages)
    return (
        prev is not None
        and prev.kind == "word"
        and prev.text.islower()
        and is_org_word(prev.key, lex)
        and not is_person_noun(prev.text, lex)
    )


def _token_before(f: Finding, pages: _Pages) -> Tok | None:
    """The token right before the span on its line; None at a line's start."""
    view, toks = pages.get(f.page)
    idx = _tokens_in(toks, _view_pos(view, f.start), _view_pos(view, f.end))
    if not idx or idx[0] == 0 or toks[idx[0]].newline_before:
        return None
    return toks[idx[0] - 1]


def _common_words_only(text: str, lex: Lexicon, lower_words: frozenset[str]) -> bool:
    """Two capitalised words or more, none a given name in the lists, each
    written in lower case elsewhere in the document, also as a plural (or a noun for a
    person): nouns of the language (``Tuin Huurder`` over ``tuinen``, ``huurders``)."""
    words = text.split()
    return len(words) >= 2 and all(
        regex.fullmatch(r"\p{Lu}\p{Ll}+", w) is not None
        and not lex.is_first_name(w)
        and (
            any(w.lower() + end in lower_words for end in ("", "s", "en", "n"))
            or lex.is_person_noun_key(fold(w))
        )
        for w in words
    )


def _unlisted_word(text: str, lex: Lexicon) -> bool:
    """One capitalised word that is neither a given name nor a surname in the lists."""
    return (
        regex.fullmatch(r"\p{Lu}[\p{L}\-]+", text) is not None
        and not lex.is_first_name(text)
        and not lex.is_surname(text)
    )


_ARTICLE_AND_WORD = regex.compile(r"(?:De|Het|'t|’t)\s+(\p{Lu}\p{Ll}{2,})")


def _article_and_word(f: Finding, pages: _Pages, lex: Lexicon) -> bool:
    """A model's span that is an article and one word outside the name lists (``De
    Pionier``, ``De Woonmensen``, ``Het Baken``), with no salutation, title, initials
    or given name before it: the name of an organisation or a building.  Surnames
    with ``De`` (``De Vries``, ``De Clercq``) are in the lists."""
    m = _ARTICLE_AND_WORD.fullmatch(f.text)
    if m is None:
        return False
    word = m.group(1)
    if lex.is_surname(word) or lex.is_first_name(word) or lex.is_name_shaped(word):
        return False
    view, toks = pages.get(f.page)
    idx = _tokens_in(toks, _view_pos(view, f.start), _view_pos(view, f.end))
    if not idx or idx[0] == 0 or toks[idx[0]].newline_before:
        return True
    prev = toks[idx[0] - 1]
    key = fold(prev.bare)
    return not (
        prev.kind == "init"
        or key in lex.titles
        or any(key == s.split()[-1] for s in lex.salutations)
        or lex.is_first_name(prev.bare)
    )


def _two_names(f: Finding, pages: _Pages, lex: Lexicon) -> list[Finding]:
    """A model's span over two names side by side (``Wim Goethals Sofie Heyrman``, two
    signatures read as one line): split where a listed given name follows a whole
    name, so that each gets its own role."""
    if f.provenance.source is not Source.NER:
        return [f]
    view, toks = pages.get(f.page)
    if not view.offsets:
        return [f]
    idx = _tokens_in(toks, _view_pos(view, f.start), _view_pos(view, f.end))
    if len(idx) < 4 or any(toks[i].kind != "word" or toks[i].newline_before for i in idx[1:]):
        return [f]
    for n in range(2, len(idx) - 1):
        given, prev = toks[idx[n]], toks[idx[n - 1]]
        if (
            lex.is_first_name(given.bare)
            and not lex.is_surname(given.bare)
            and not lex.is_first_name(prev.bare)
            and not is_particle(prev, lex)
            and lex.is_first_name(toks[idx[0]].bare)
        ):
            text = pages.text(f.page)
            a = view.span(toks[idx[0]].start, prev.end)
            b = view.span(given.start, toks[idx[-1]].end)
            return [replace(f, start=s, end=e, text=text[s:e]) for s, e in (a, b)]
    return [f]


_COMPOUND_HEAD = regex.compile(r"(?<![\p{L}\-])(\p{Lu}[\p{L}]{2,})-\p{Ll}{4,}")


_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’\-]{2,}")


def _last_name_word(text: str, lex: Lexicon) -> str:
    """The last capitalised word of a name (its surname), "" if none or a blocked word."""
    words = _NAME_WORD.findall(text)
    return words[-1] if words and not is_blocked(words[-1], lex) else ""


def _holds_known_surname(f: Finding, known: frozenset[str], lex: Lexicon) -> bool:
    """The span ends in a surname the rules found in the document, or in a double
    surname one part of which they found (``Ramsaroep-Bindraban``)."""
    word = _last_name_word(f.text, lex)
    if not word:
        return False
    last = fold(word)
    return last in known or any(len(p) > 2 and p in known for p in last.split("-"))


def _lower_case_words(ctx: ResolveContext) -> frozenset[str]:
    """The words the document writes in lower case, standing alone (not in an address
    or a compound): a word also written so is a noun of the language, no name."""
    return frozenset(
        m.group() for page in ctx.document.pages for m in _LOWER_WORD.finditer(page.text)
    )


_LOWER_WORD = regex.compile(r"(?<![\p{L}\d@./\-_])\p{Ll}{4,}(?![\p{L}\d@\-_]|\.\w)")


def _compound_heads(ctx: ResolveContext) -> frozenset[str]:
    """Capitalised words the document glues to a common noun: ``het Regioplan-rapport``."""
    return frozenset(
        fold(m.group(1)) for page in ctx.document.pages for m in _COMPOUND_HEAD.finditer(page.text)
    )


def _names_a_thing(f: Finding, heads: frozenset[str], lex: Lexicon) -> bool:
    """A model's span whose word the document also uses as the first part of a compound
    (``het Regioplan-rapport``, ``de Kiwa-keuring``): a bureau, brand or method, not a
    person, unless a listed given name says otherwise."""
    words = regex.findall(r"[\p{L}]+", f.text)
    if not heads or any(lex.is_first_name(w) for w in words):
        return False
    return any(fold(w) in heads for w in words if w[:1].isupper())


_PERSONAL_MAIL = regex.compile(
    r"(?<![\w.%+\-])([\p{L}]+(?:[._\-][\p{L}]+){1,3})@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+"
)


def _mail_parts(pages: _Pages, ctx: ResolveContext) -> frozenset[str]:
    """Name parts of personal e-mail addresses in the document (``j.vandenberg@`` gives
    ``vandenberg``; ``anand.raghunathan@`` gives ``anand`` and ``raghunathan``)."""
    out: set[str] = set()
    for page in range(len(ctx.document.pages)):
        for m in _PERSONAL_MAIL.finditer(pages.text(page)):
            parts = [squash_word(x) for x in regex.split(r"[._\-]", m.group(1))]
            parts = [x for x in parts if x]
            out.update(x for x in parts if len(x) >= 4)
            tail = "".join(parts[1:])
            if len(tail) >= 4:
                out.add(tail)
    return frozenset(out)


def _domain_named(
    text: str, domains: frozenset[str], mail_parts: frozenset[str], lex: Lexicon
) -> bool:
    """The model's span is an organisation whose mail domain the document shows:
    ``Parteon`` (``@parteon.nl``), ``Arval Belgium`` (``@arval.be``)."""
    words = text.split()
    if not words or any(lex.is_first_name(w) for w in words):
        return False
    whole, first = squash_word(text), squash_word(words[0])
    if (whole in domains and whole not in mail_parts) or (
        len(words) >= 2 and first in domains and first not in mail_parts
    ):
        return True
    # two words or more of it spell a domain, or its start ("Veilig Thuis" of
    # "@veiligthuisflevoland.nl"; "Casusregisseur Onderzoek / Veilig Thuis Flevoland")
    for i in range(len(words)):
        for j in range(i + 2, len(words) + 1):
            run = squash_word(" ".join(words[i:j]))
            if run in mail_parts or len(run) < 8:
                continue
            if run in domains or any(d.startswith(run) for d in domains):
                return True
    return False



def _in_mail_address(f: Finding, pages: _Pages, lex: Lexicon, mail_parts: frozenset[str]) -> bool:
    """The model's span is (part of) a name in a personal e-mail address of the document."""
    if not mail_parts:
        return False
    view, toks = pages.get(f.page)
    idx = _tokens_in(toks, _view_pos(view, f.start), _view_pos(view, f.end))
    words = [toks[i] for i in idx if toks[i].kind == "word"]
    if not words or any(lex.is_common_noun(w.bare) for w in words):
        return False
    core = [w for w in words if not is_particle(w, lex)]
    if not core or any(is_blocked(w.text, lex) for w in core):
        return False
    whole = "".join(squash_word(w.bare) for w in words)
    return whole in mail_parts or any(squash_word(w.bare) in mail_parts for w in core[-1:])


_RULE_SPANS: dict[tuple[str, int], list[tuple[int, int, str]]] = {}


def _in_street_name(f: Finding, pages: _Pages, lex: Lexicon) -> bool:
    """The name is (part of) a street whose kind comes first: "Kaya Gobernador N. Debrot".

    A street word of :data:`_STREET_FIRST_ANYWHERE` opens the span ("Rue de la
    Loi"); or, on a page about the Caribbean Netherlands, one of :data:`_STREET_FIRST`
    opens it or stands up to three capitalised words before it on its line; "Kaya"
    followed by a given name or a name-shaped word ("Kaya Yılmaz") is a person's name.
    """
    view, toks = pages.get(f.page)
    idx = _tokens_in(toks, _view_pos(view, f.start), _view_pos(view, f.end))
    if not idx:
        return False
    if toks[idx[0]].text in _STREET_FIRST_ANYWHERE:
        return True  # "Rue de la Loi", "Avenue d'Auderghem"
    k = idx[-1] + 1
    if k < len(toks) and toks[k].text == "." and not toks[k].gap:
        k += 1  # "Jan Pietersz." / "Coenstraat": an abbreviated patronymic
    if (
        k < len(toks)
        and k > idx[-1] + 1
        and not toks[k].blank_before
        and toks[k].kind == "word"
        and is_capitalised(toks[k].text)
        and fold(toks[k].bare).endswith(lex.street_suffixes)
        and not lex.is_surname(toks[k].bare)
    ):
        return True  # the street named after the person: "Jan Pietersz. Coenstraat"
    if not _CARIBBEAN.search(view.text):
        return False
    k = idx[0]
    for back in range(4):
        i = k - back
        if i < 0 or (back and (toks[i + 1].newline_before or not toks[i].text[:1].isupper())):
            return False
        if toks[i].text in _STREET_FIRST:
            nxt = next((t for t in toks[i + 1 : max(i + 2, idx[-1] + 1)] if t.kind == "word"), None)
            after = toks[idx[-1] + 1] if idx[-1] + 1 < len(toks) else None
            numbered = (  # "Kaya Simon Bolivar 14": a house number makes it the street
                after is not None
                and after.text[:1].isdigit()
                and not after.newline_before
                and bool(after.gap)
            )
            return nxt is not None and (
                numbered or not (lex.is_first_name(nxt.bare) or lex.is_name_shaped(nxt.bare))
            )
    return False


def _before_birth_data(
    f: Finding, pages: _Pages, birth_starts: set[tuple[int, int]]
) -> bool:
    """The model's span ends right before a date of birth or a BSN (a client list's
    row ``Ionela Tammeling`` / ``01-05-1969``): the row's person, whatever the lists
    say of its words."""
    text = pages.text(f.page)
    return any(
        m is not None and (f.page, m.end()) in birth_starts
        for m in (_ROW_GAP.match(text, f.end), _BIRTH_LEAD.match(text, f.end))
    )


_ROW_GAP = regex.compile(r"[ \t\u00a0,;|]*\n?[ \t\u00a0]*")
# "zijn dochter Tammeling (geboren 19 oktober 2021)", "X, geb. 3-4-1980"
_BIRTH_LEAD = regex.compile(
    r"[ \t\u00a0]*[,(]?[ \t\u00a0\n]*(?i:geboren(?:[ \t]+op)?|geb\.?|born(?:[ \t]+on)?|°)"
    r"[ \t\u00a0\n:]*"
)


def _rule_hits(f: Finding, pages: _Pages, lex: Lexicon) -> list[tuple[int, int, str]]:
    """The name rules' spans (and rule ids) on the finding's page, asked again: the
    analyzer drops a rule result that an equal-scored model span contains."""
    text = pages.text(f.page)
    key = (text, id(lex))
    spans = _RULE_SPANS.get(key)
    if spans is None:
        if len(_RULE_SPANS) > 256:
            _RULE_SPANS.clear()
        hits = [
            h for h in list_hits(text, lex) + context_hits(text, lex) if h.rule not in WEAK_RULES
        ]
        spans = _RULE_SPANS[key] = [(h.start, h.end, h.rule) for h in hits]
    return spans


def _rule_evidence(f: Finding, pages: _Pages, lex: Lexicon) -> bool:
    """A name rule fires inside the model's span (its own result may have been merged away)."""
    return any(f.start <= a and b <= f.end for a, b, _ in _rule_hits(f, pages, lex))


def _sender_initials(f: Finding, pages: _Pages, lex: Lexicon) -> bool:
    """The finding is a chat sender's initials (``[16-07-26 05:46] KJ:``), found by the
    chat rule or by the model over the same span."""
    return (
        " " not in f.text
        and (f.text[1:2].isupper() or f.text[1:2] == ".")  # "KJ", "J.V."
        and _rule_of(f, pages, lex) == "chat_author"
    )


def _rule_of(f: Finding, pages: _Pages, lex: Lexicon) -> str:
    """The rule behind a finding: its own, or for a model's span the rule that found
    exactly that span and was merged away ("Mijn collega Hewan": ``role_name``)."""
    if f.provenance.source is not Source.NER:
        return f.provenance.rule_id
    return next(
        (r for a, b, r in _rule_hits(f, pages, lex) if (a, b) == (f.start, f.end)), ""
    )


def _street_stems(pages: _Pages, lex: Lexicon, ctx: ResolveContext) -> frozenset[str]:
    """Place names that streets in the document are named after: "Beekdal" of "Beekdalweg"."""
    out: set[str] = set()
    for page in range(len(ctx.document.pages)):
        _, toks = pages.get(page)
        for t in toks:
            if t.kind != "word" or not is_capitalised(t.text):
                continue
            key = t.key
            if key in lex.surnames:
                continue
            for suffix in lex.street_suffixes:
                if key.endswith(suffix) and len(key) >= len(suffix) + 4:
                    out.add(key[: -len(suffix)])
                    break
    return frozenset(out)


def _org_tails(pages: _Pages, lex: Lexicon, ctx: ResolveContext) -> frozenset[str]:
    """Words that name a unit or place after an organisation word or a postcode.

    "Stikstof" in "Directie Stikstof", "Deventer" in "Gemeente Deventer", "Woo-team
    Deventer" or "7411 AB Deventer": the same word elsewhere names the unit or place,
    not a person.
    """
    out: set[str] = set()
    for page in range(len(ctx.document.pages)):
        _, toks = pages.get(page)
        for i in range(len(toks) - 1):
            t, nxt = toks[i], toks[i + 1]
            if nxt.newline_before or not is_namey(nxt, lex) or lex.is_first_name(nxt.bare):
                continue
            if i + 2 < len(toks) and not toks[i + 2].newline_before and is_namey(toks[i + 2], lex):
                continue  # a longer capitalised phrase
            key = t.key
            org = (
                t.kind == "word"
                and t.text[:1].isupper()
                and (key in lex.org_words or key.rsplit("-", 1)[-1] in lex.org_words)
            )
            postcode = (
                i > 0
                and t.kind == "word"
                and len(t.text) == 2
                and t.text.isupper()
                and toks[i - 1].text.isdigit()
                and len(toks[i - 1].text) == 4
            )
            if org or postcode:
                out.add(fold(nxt.bare))
    return frozenset(out)


def _affiliation(
    f: Finding, pages: _Pages, lex: Lexicon, person_ends: set[tuple[int, int]]
) -> bool:
    """One unlisted word in apposition to a name: "Søren Holm, Datatilsynet (Kopenhagen)",
    or in the brackets after a name that hold its organisation, of two words or more:
    "Burgemeester, Koen (RWS Grote Projecten en Onderhoud)"."""
    if " " in f.text.strip() or lex.is_first_name(f.text) or lex.is_surname(f.text):
        return False
    text = pages.text(f.page)
    before = text[: f.start].rstrip()
    if before.endswith(","):
        return (f.page, len(before[:-1].rstrip())) in person_ends
    line_start = text.rfind("\n", 0, f.start) + 1
    paren = text.rfind("(", line_start, f.start)
    if paren < 0 or ")" in text[paren : f.start]:
        return False
    close = text.find(")", f.end)
    line_end = text.find("\n", f.end)
    if close < 0 or (0 <= line_end < close) or len(text[paren + 1 : close].split()) < 2:
        return False
    return (f.page, len(text[:paren].rstrip())) in person_ends


# abbreviations of the kinds of institution that carry a patron's name
_NAMING_ABBREVIATIONS = frozenset(
    {"az", "uz", "obs", "cbs", "pcbs", "rkbs", "kbs", "ikc", "sbo", "so", "vso", "rk", "prot",
     "osg", "csg", "rsg", "pcc", "sg", "isk", "mfc"}
)


def _beside_day_number(toks: list[Tok], idx: list[int]) -> bool:
    """A number of one or two digits (a day) or four (a year) stands right before or
    after the tokens ``idx`` on their line, or a preposition of time before them."""
    before = toks[idx[0] - 1] if idx[0] > 0 and not toks[idx[0]].newline_before else None
    after = (
        toks[idx[-1] + 1]
        if idx[-1] + 1 < len(toks) and not toks[idx[-1] + 1].newline_before
        else None
    )
    if before is not None and fold(before.text) in _MONTH_PREPOSITIONS:
        return True  # "Since June, Dutch Customs has ...", "sinds april"
    return any(
        t is not None and t.text.isdigit() and len(t.text) in (1, 2, 4) for t in (before, after)
    )


# prepositions of time before a month's name (not "met April", a person)
_MONTH_PREPOSITIONS = frozenset(
    {"since", "until", "till", "during", "sinds", "tot", "vanaf", "per", "medio", "eind",
     "begin", "half"}
)  # fmt: skip


def _plausible(
    f: Finding,
    pages: _Pages,
    lex: Lexicon,
    public_texts: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
) -> bool:
    """Whether a model's PERSON span has any evidence of being a name.

    A statistical model also tags capitalised words at the start of a line or
    a sentence ("Zienswijzen", "Rijkswaterstaat Deels").  A span is kept when
    a word of it is a listed given name or surname, when a salutation, title or
    role stands before it, or when it stands inside a sentence and is no common
    noun.  A bare name dropped here is still found by propagation when the
    person is named in full elsewhere.
    """
    view, toks = pages.get(f.page)
    vs, ve = _view_pos(view, f.start), _view_pos(view, f.end)
    idx = _tokens_in(toks, vs, ve)
    words = [toks[i] for i in idx if toks[i].kind == "word" and not is_particle(toks[i], lex)]
    if not words or not idx:
        return False
    nxt = toks[idx[-1] + 1] if idx[-1] + 1 < len(toks) else None
    if _after_salutation(toks, idx[0], lex):
        # "de heer Koster van Boomverzorging Van Ginkel B.V.", "De heer Pieter Zeeman,
        # directeur-eigenaar": a person there, whatever else the words name
        return True
    if _capital_particle_surname([toks[i] for i in idx], lex) and not (
        nxt is not None and nxt.text.isdigit() and not nxt.newline_before
    ):
        # "langs Ter Haar": a surname, even when its word is a noun too (not a street
        # with its number: "Ter Apelervenen 2")
        return True
    if (
        any(lex.is_common_noun(w.bare) for w in words)
        and not _ing_surname(toks, idx, words, lex)
        and not _pinyin_after_family_name(words, lex)
    ) or _not_a_mention(view, toks, vs, ve, lex):
        return False
    if _inside_not_name(view, vs, ve, lex):
        return False  # "Noot" of "Noot voor de redactie"
    first_tok = toks[idx[0]]
    if len(words) == 1 and fold(words[0].bare) in language_words(lex):
        return False  # "ze spreekt vooral Pools"
    if len(words) == 1 and fold(words[0].bare) in lex.calendar and _beside_day_number(toks, idx):
        return False  # "incident 4 August", "on August 4": a date (August is a given name too)
    if len(words) == 1 and fold(words[0].bare) in places:
        return False  # "Deventer" of "Gemeente Deventer", "Beekdal" of "Beekdalweg"
    if fold(" ".join(view.text[vs:ve].split())) in lex.places and not any(
        lex.is_first_name(w.bare) for w in words
    ):
        return False  # "Ter Apel", "Heeze-Leende": a listed place the model calls a person
    if (
        len(words) >= 2
        and fold(words[-1].bare) in lex.places
        and not lex.is_surname(words[-1].bare)
        and not any(lex.is_first_name(w.bare) for w in words)
    ):
        return False  # "Noordpier Kralendijk", "Haven Vlissingen": a place's pier, port, site
    if (
        len(words) == 1
        and "-" in words[0].bare
        and fold(words[0].bare.split("-")[0]) in lex.places
        and fold(words[0].bare.split("-")[0]) in public_texts
    ):
        return False  # "Arcen, Blerick en Venlo-Velden": a place's district
    before = toks[idx[0] - 1] if idx[0] > 0 and not first_tok.newline_before else None
    if after_vehicle_noun(toks, idx[0]):
        return False  # "bestelauto Ford Transit": a make
    wrapped = (
        toks[idx[0] - 1]
        if idx[0] > 0 and first_tok.newline_before and soft_wrap(toks, idx[0])
        else None
    )
    near = before if before is not None else wrapped  # "uit / Heinsberg" over a wrap
    if (
        near is not None
        and near.text in _PLACE_WORDS
        and not any(lex.is_first_name(w.bare) for w in words)
    ):
        return False  # "in Kampen", "naar Abuja": a place (many places are surnames too)
    if (
        before is not None
        and before.kind == "word"
        and before.text[0].islower()
        and is_org_word(fold(before.text), lex)
        and not any(lex.is_first_name(w.bare) for w in words)
    ):
        return False  # "de camping De Schotsman", "dorpshuis De Gearhing": the place's name
    if (
        before is not None
        and before.kind == "word"
        and (before.text.isupper() or before.text.islower())
        and 2 <= len(before.text) <= 5
        and fold(before.text) in _NAMING_ABBREVIATIONS
    ):
        # "AZ Jan Palfijn", "obs Grutte Pier": a hospital or school named after its patron
        return False
    if (
        before is not None
        and before.text in ("bij", "Bij")
        and len(words) == 1
        and not (lex.is_first_name(words[0].bare) or lex.is_surname(words[0].bare))
    ):
        return False  # "de evacuatie bij Blerick": an unlisted single word after "bij"
    if _unit_of_a_region(words, lex):
        return False  # "Geurlab Vlaanderen", "Legal Flex Zuid-Holland": a firm's branch
    if any(
        (
            lex.is_first_name(w.bare)
            or lex.is_surname(w.bare)
            or lex.is_name_shaped(w.bare)
            or _double_name(w.bare, lex)
        )
        and not is_blocked(w.text, lex)
        for w in words
    ) or _pinyin_after_family_name(words, lex):
        return True
    if (
        first_tok.kind == "init"
        and fold(first_tok.text.replace(" ", "")) not in lex.org_words
        and all(is_namey(w, lex) for w in words)
    ):
        return True  # "P.A. Oudejans": initials before a surname (the list rule's evidence)
    if _in_org_phrase(toks, idx[0], idx[-1], lex) or _portfolio(toks, idx[0], lex):
        return False
    if fold(" ".join(view.text[vs:ve].split())) in public_texts:
        return False  # the model calls the same words an organisation or place elsewhere
    if all(w.text.isupper() and len(w.text) <= 4 for w in words):
        return False  # an acronym ("WIB")
    first = idx[0]
    if any(toks[i].kind == "init" and fold(toks[i].text) in lex.org_words for i in idx):
        return False  # "B.V. in Hoorn"
    if is_particle(toks[first], lex) and toks[first].text[0].islower():
        return False  # "de Groningse": without a given name a particle is written "De"
    if first > 0 and (not toks[first].newline_before or _mid_sentence(toks, first)):
        prev = toks[first - 1]
        if prev.kind == "word" and prev.text in _ARTICLES:
            return False  # "de Engelse adviseur": Dutch puts no article before a name
        if (
            prev.text in ("en", "of")
            and first > 1
            and fold(toks[first - 2].text) in public_texts
            and not any(lex.is_first_name(w.bare) for w in words)
        ):
            return False  # "Haarlemmermeer en Amstelveen": coordinated with a place
        if (
            first > 1
            and prev.kind == "word"
            and prev.text[0].islower()
            and toks[first - 2].text in ("het", "Het")
            and fold(prev.text) not in _HET_PERSONS
        ):
            return False  # "het farmabedrijf Jifyl", "het systeem X": a thing with a name
    if _wrapped_list_item(toks, first):
        return True  # "Grażyna Nauta, Idske" / "Öztürk": a list's last name wrapped
    if (
        first > 1
        and toks[first - 1].text == ":"
        and not toks[first].newline_before
        and toks[first - 2].kind == "word"
        and (
            is_person_noun(toks[first - 2].text, lex, sentence_start=True)
            or fold(toks[first - 2].text) in lex.role_words
        )
    ):
        return True  # "Consulent: Roza Tesfamariam", "Behandelaar: ..."
    if (
        first > 1
        and toks[first - 1].text == ":"
        and not toks[first].newline_before
        and toks[first - 2].text in _MAIL_LABELS
        and (first < 3 or toks[first - 2].newline_before)
        and len(words) >= 2
    ):
        return True  # "Aan: Rowena Koning (budgethouder)": a mail header names persons
    if first > 0 and not toks[first].blank_before:
        prev = toks[first - 1]
        if prev.text == "." and first > 1:
            prev = toks[first - 2]  # "dhr. X", "drs. X"
        key = fold(prev.text)
        if (
            key in lex.titles
            or key in lex.role_words
            or any(s.split()[-1] == key for s in lex.salutations)
        ):
            return True
    if len(words) == 1 and salutation_before_role_word(toks, words[0], lex):
        return True  # "de heer M.A. (Marco) Burgemeester": the role word is his surname
    if _mid_sentence(toks, first):
        return not any(is_blocked(w.text, lex) for w in words)
    if _sentence_subject(toks, idx, words, lex):
        return True
    if _unit_in_brackets_after(toks, idx, words, lex):
        return True
    return _name_line(view.text, vs, ve, words, lex)


_UNIT_WORDS = frozenset(
    {"team", "afdeling", "directie", "cluster", "unit", "sectie", "bureau", "dienst", "sector"}
)


def _unit_in_brackets_after(
    toks: list[Tok], idx: list[int], words: list[Tok], lex: Lexicon
) -> bool:
    """``Bayu Pattiasina (team Gaswinning)``, ``Eva Bron (projectleider)``: two or three
    capitalised words and, in brackets right after them, the team or the function of
    the person they name."""
    if not 2 <= len(words) <= 3 or len(idx) != len(words):
        return False
    k = idx[-1] + 1
    if k + 1 >= len(toks) or toks[k].text != "(" or toks[k].newline_before:
        return False
    word = toks[k + 1]
    if word.kind != "word" or not word.text[:1].islower():
        return False
    named = word.key in _UNIT_WORDS or word.key in lex.role_words
    return (named or is_person_noun(word.text, lex)) and all(
        _plain_name_word(w, lex) for w in words
    )


def _sentence_subject(toks: list[Tok], idx: list[int], words: list[Tok], lex: Lexicon) -> bool:
    """``Doe ik. Wenjie Gebremedhin meldt trouwens ...``: two or three capitalised words
    that open a sentence and a lower-case word that goes on with it; only the first
    word's capital is the sentence's, the others mark a name."""
    if not 2 <= len(words) <= 3 or len(idx) != len(words):
        return False
    nxt = idx[-1] + 1
    if (
        nxt + 1 < len(toks)
        and toks[nxt].text == ","
        and not toks[nxt + 1].newline_before
        and toks[nxt + 1].kind == "word"
        and is_person_noun(toks[nxt + 1].text, lex)
    ):
        nxt += 1  # "Shanayra Martis, studente aan de ...": a noun for a person in apposition
    if nxt >= len(toks) or toks[nxt].newline_before or toks[nxt].kind != "word":
        return False
    if len(words[0].bare) > 10:
        return False  # "Huisartsenpost Walcheren geïnformeerd": a compound, no given name
    return toks[nxt].text[:1].islower() and all(
        w.text[1:].islower() and _plain_name_word(w, lex) for w in words
    )


def _plain_name_word(w: Tok, lex: Lexicon) -> bool:
    """A capitalised word that no list reads as anything but a name: no blocked word,
    common noun, organisation word or place."""
    return (
        is_capitalised(w.text)
        and not is_blocked(w.text, lex)
        and not lex.is_common_noun(w.bare)
        and not is_org_word(w.key, lex)
        and w.key not in lex.places
    )


# Surnames built like a noun on -ing ("Tammeling", "Hesseling", "Vlaming"): the noun
# check reads them as words, unless a capitalised word that names nothing else stands
# before them inside a sentence.
_ING_SURNAME = regex.compile(r"\p{Lu}\p{Ll}+ing")


def _unit_of_a_region(words: list[Tok], lex: Lexicon) -> bool:
    """Two words, an unlisted one and a region or province (``Geurlab Vlaanderen``,
    ``Flex Zuid-Holland``): an organisation's office for that region, as the lists hold
    no given name or surname for the first word."""
    if len(words) != 2:
        return False
    first, last = words
    region = fold(last.bare)
    return (
        (region in REGIONS or region.split("-")[-1] in REGIONS)
        and not lex.is_first_name(first.bare)
        and not lex.is_surname(first.bare)
        and not lex.is_name_shaped(first.bare)
    )


def _pinyin_after_family_name(words: list[Tok], lex: Lexicon) -> bool:
    """``Zhou, Wenjing``, ``Li Xiaoling``: a listed Chinese family name and a given
    name of pinyin syllables, which may end in ``-ing`` as Dutch nouns do."""
    return (
        len(words) == 2
        and any(w.key in lex.family_first for w in words)
        and all(
            w.key in lex.family_first or PINYIN_GIVEN.fullmatch(w.bare.lower()) is not None
            for w in words
        )
    )


def _ing_surname(toks: list[Tok], idx: list[int], words: list[Tok], lex: Lexicon) -> bool:
    """``afgestemd met ... en Bashir Tammeling (IMG)``: two capitalised words inside a
    sentence of which only the last reads as a noun, by its ``-ing``; a Dutch noun is
    written in lower case there, so the pair is a given name and a surname."""
    if len(words) != 2 or not _mid_sentence(toks, idx[0], wrap=False):
        return False
    given, last = words
    return (
        _ING_SURNAME.fullmatch(last.bare) is not None
        and is_capitalised(given.text)
        and given.text[1:].islower()
        and not lex.is_common_noun(given.bare)
        and not is_blocked(given.text, lex)
        and not is_blocked(last.text, lex)
        and fold(given.bare) not in lex.org_words
    )


def _name_line(text: str, vs: int, ve: int, words: list[Tok], lex: Lexicon) -> bool:
    """Two or three unlisted capitalised words that fill a line of their own.

    A table cell or a signature line ("Communicatie" above "Ranjana Ramsaran"):
    the model calls it a person and nothing says otherwise (common nouns, acronyms,
    organisations and places are ruled out before), so it is redacted and flagged.
    """
    line_start = text.rfind("\n", 0, vs) + 1
    line_end = text.find("\n", ve)
    line_end = len(text) if line_end < 0 else line_end
    return (
        2 <= len(words) <= 3
        and not text[line_start:vs].strip()
        and not text[ve:line_end].strip(" \t,")
        and all(is_capitalised(w.text) and not is_blocked(w.text, lex) for w in words)
    )


_ARTICLES = frozenset({"de", "het", "een", "deze", "die", "dit", "dat"})
# Papiamento street words that come before the street's name (Kaya = street,
# Kaminda = road); "Kaya" is a Turkish name too, hence the check on what follows.
_STREET_FIRST = frozenset({"Kaya", "Kaminda", "Caya"})
_STREET_FIRST_ANYWHERE = frozenset({"Rue", "Avenue", "Chaussée", "Boulevard", "Rua", "Calle"})
_CARIBBEAN = regex.compile(
    r"\+599|\b(?:Bonaire|Curaçao|Aruba|Sint[ ]Maarten|Sint[ ]Eustatius|Statia|Saba|"
    r"Kralendijk|Willemstad|Oranjestad|Philipsburg|Rincon|Caribisch[ ]Nederland|"
    r"Caribbean[ ]Netherlands|BES)\b"
)


def _inside_not_name(view: View, vs: int, ve: int, lex: Lexicon) -> bool:
    """The span is part of a known non-person phrase around it ("Noot voor de redactie")."""
    lo = max(0, vs - 40)
    around = view.text[lo : ve + 40]
    key = fold(around)
    if len(key) != len(around):
        return False  # folding changed the length: offsets would not line up
    for nn in lex.not_names:
        if " " not in nn:
            continue
        words = nn.split()
        if not all(w in key for w in words):
            continue  # the pattern needs every word literally
        for m in _phrase_pattern(nn).finditer(key):
            if m.start() + lo <= vs and ve <= m.end() + lo:
                return True
    return False


@functools.lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> regex.Pattern[str]:
    """A multi-word phrase as a word-bounded pattern, any whitespace between its words."""
    return regex.compile(
        r"(?<!\w)" + r"\s+".join(regex.escape(w) for w in phrase.split()) + r"(?!\w)"
    )


_PLACE_WORDS = frozenset({"in", "te", "nabij", "richting", "rondom", "Rondom", "uit", "naar"})
_HET_PERSONS = frozenset(
    {"lid", "kamerlid", "raadslid", "statenlid", "commissielid", "bestuurslid"}
)
_CONNECTORS = frozenset(
    {
        "of",
        "for",
        "the",
        "and",
        "de",
        "van",
        "en",
        "voor",
        "la",
        "del",
        "des",
        "du",
        "y",
        "der",
        "di",
    }
)


def _portfolio(toks: list[Tok], first: int, lex: Lexicon) -> bool:
    """The span ends the portfolio of a role or ministry (``de minister van Klimaat en
    Groene Groei``, ``Ministerie van Sociale Zaken en\nWerkgelegenheid``)."""
    seen_van = False
    for k in range(first - 1, max(-1, first - 10), -1):
        t = toks[k]
        if toks[k + 1].blank_before:
            return False
        if t.text in ("van", "voor"):
            seen_van = True
            continue
        if t.text in ("en", ",", "&"):
            continue
        if t.kind != "word" or not t.text[:1].isupper():
            key = fold(t.text)
            return seen_van and (key in lex.role_words or is_org_word(key, lex))
        key = fold(t.text)
        if seen_van and (key in lex.role_words or is_org_word(key, lex)):
            return True
    return False


def _in_org_phrase(toks: list[Tok], first: int, last: int, lex: Lexicon) -> bool:
    """The span sits in a capitalised phrase with an organisation word.

    ("Bureau of Public Procurement", "Agencia Española de Protección de Datos")
    """

    def part(t: Tok) -> bool:
        return t.kind == "word" and (is_capitalised(t.text) or t.text in _CONNECTORS)

    lo = first
    while lo > 0 and first - lo < 6 and part(toks[lo - 1]) and not toks[lo].newline_before:
        lo -= 1
    hi = last
    while (
        hi + 1 < len(toks)
        and hi - last < 6
        and part(toks[hi + 1])
        and not toks[hi + 1].newline_before
    ):
        hi += 1
    return any(
        toks[k].kind == "word"
        and is_capitalised(toks[k].text)
        and is_org_word(fold(toks[k].bare), lex)
        for k in range(lo, hi + 1)
    )


# Context rules whose evidence (a salutation, title or greeting before the name)
# outweighs an organisation word around it.
_STRONG_RULES = frozenset({"salutation", "title", "greeting", "speaker", "chat_author"})
# Words that join the parts of an organisation's name ("Çakır & De Lange").
_ORG_JOINERS = frozenset({"&", "'t", "’t", "de", "van", "der", "den", "voor", "op", "aan"})


def _named_org_then_person(toks: list[Tok], k: int, first: int, last: int, lex: Lexicon) -> bool:
    """``Veiligheidsregio IJsselland Baukje Amatkarijo``: the organisation word has its
    own proper name after it (no organisation word or noun), and a full name that opens
    with a given name follows: two table cells read as one line, not ``Stichting
    Buurthuis Jan Nieuwenhuyzen``."""
    between = toks[k + 1 : first]
    head = toks[first]
    return (
        1 <= len(between) <= 2
        and last > first
        and all(
            t.kind == "word"
            and is_capitalised(t.text)
            and not is_org_word(t.key, lex)
            and not lex.is_common_noun(t.bare)
            and not lex.is_first_name(t.bare)
            and not is_particle(t, lex)  # "Café De Pieter Stuyvesant"
            for t in between
        )
        and (lex.is_first_name(head.bare) or lex.is_name_shaped(head.bare))
    )


def _capital_title(word: str, lex: Lexicon) -> bool:
    return word[:1].isupper() and fold(word) in lex.titles


# the prefixes of a ship's name
# (not "Ms.": a title); MS, MTS: motorschip, motortankschip of inland shipping
_VESSEL_PREFIXES = frozenset(
    {"MV", "mv", "Zr.Ms.", "Hr.Ms.", "HNLMS", "MS", "MTS", "MY", "ms", "mts"}
)


def _vessel_prefix_before(toks: list[Tok], first: int) -> bool:
    """A navy ship's prefix right before token ``first``, its dots read as tokens of
    their own (``Zr.Ms.``, ``Hr.Ms.``, ``Zr. Ms.``)."""
    k = first - 1
    if k >= 0 and toks[k].text == ".":
        k -= 1
    return (
        k >= 2
        and toks[k].text == "Ms"
        and toks[k - 1].text == "."
        and toks[k - 2].text in ("Zr", "Hr")
        and not toks[first].newline_before
    )


# the legal forms of a business of natural persons: the name after them is the
# family's (personal data), not a public organisation's
_PERSONS_FIRM_WORDS = frozenset({"maatschap", "eenmanszaak", "vof", "v.o.f"})


_FIRM_ABBREVIATIONS = frozenset({"Gebr", "Fa", "Wed"})  # Gebroeders, Firma, Weduwe


def _club_acronym(word: str) -> bool:
    """``ZSV``, ``RKSV``, ``VV``, ``HC``: a club's abbreviation (its last letter the
    V of vereniging, or a hockey, handball or korfball club's) before its name."""
    return (
        2 <= len(word) <= 6
        and word.isupper()
        and word.isalpha()
        and (word.endswith("V") or word in ("HC", "MHC", "KC", "HV"))
    )


# club abbreviations written with dots (not "t.n.v.", "i.o.v.": abbreviations of
# "ten name van", "in opdracht van" end in a V too)
_DOTTED_CLUBS = frozenset(
    {"VV", "SV", "CSV", "RKSV", "RKVV", "KV", "ZV", "HV", "VVV", "SVV", "HC", "MHC", "KC",
     "CVV", "GVV", "DVV", "SC", "ZC", "RV", "TV", "TC", "LTC", "AV", "KNVB"}
)


def _dotted_club(toks: list[Tok], k: int) -> bool:
    """Token ``k`` ends a club's abbreviation written with dots (``v.v.``, ``S.V.``,
    ``r.k.s.v.``), read as one initials token or as letters and dots."""
    t = toks[k]
    if t.kind == "init":
        return t.text.replace(".", "").replace(" ", "").upper() in _DOTTED_CLUBS
    letters: list[str] = []
    while (
        k >= 1
        and toks[k].text == "."
        and len(toks[k - 1].text) == 1
        and toks[k - 1].text.isalpha()
    ):
        letters.append(toks[k - 1].text)
        k -= 2
    return "".join(reversed(letters)).upper() in _DOTTED_CLUBS


_DOUBLE_SURNAME_WORD = regex.compile(r"\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}{2,}")


def org_head_before(
    toks: list[Tok], first: int, last: int, lex: Lexicon, *, same_line: bool = False
) -> bool:
    """Tokens ``first..last`` continue an organisation's name that starts before them.

    ``Huis Bergh``, ``Herinneringscentrum Kamp Westerbork``, ``Advocatenkantoor
    Çakır & De Lange``, ``Openbaar Lichaam Bonaire``: a capitalised organisation
    word opens a run of capitalised words on the same line that reaches the span
    (or is its first word).
    """
    breaks = 0
    if _vessel_prefix_before(toks, first):
        return True  # "de Zr.Ms. Karel Doorman" (read as "Zr" "." "Ms" "."): a ship
    if first < last and toks[first].text in _VESSEL_PREFIXES:
        return True  # the span opens with the prefix: "MS Rheinstern"
    if (
        first > 0
        and toks[first].kind == "init"
        and toks[first - 1].kind == "word"
        and is_capitalised(toks[first - 1].text)
        and not is_org_word(toks[first - 1].key, lex)
        # (after a given name they go on the name: "Wijkcentrum Annie M.G. Schmidt")
        and not lex.is_first_name(toks[first - 1].bare)
    ):
        # "Korfbalvereniging Nico Broekhuysen A.C. van der Linden": initials after a
        # surname open the next cell's person, not more of the organisation's name
        return False
    for k in range(first, max(-1, first - 6), -1):
        t = toks[k]
        if k < first and t.text in _VESSEL_PREFIXES and toks[k + 1].text != ".":
            # "the MV Lambert Johnson", "de Zr.Ms. Karel Doorman": a ship (not "zoals
            # MS. Wouters zegt": a sentence ends after the disease's abbreviation)
            return True
        if k < first and is_region(t.text, lex):
            return False  # "Politie Noord-Nederland | Ryszard Kowalczyk": a region ends it
        if k < first and salutation_at(toks, k, lex):
            return False  # "Mw. Burgemeester vraagt": a salutation opens a person's name
        if k < first and t.text == "van" and toks[k + 1].kind == "init":
            return False  # "bewijs van Gemeente Breda van L. Van den Broeck": whose it is
        if k < first and not (
            t.text in _ORG_JOINERS
            or ((t.text == "." or t.kind == "init") and _dotted_club(toks, k))
            or (t.kind == "word" and is_capitalised(t.text))
            # "EHBO-vereniging Dr. Aletta Jacobs"; a title in lower case ("ir. Nadir
            # Tjeerdsma") opens a person's own cell after the organisation's
            or (
                t.text == "."
                and k > 0
                # "Steenhouwerij Gebr. Hoekstra Natuursteen": a firm's "Gebroeders"
                and (
                    _capital_title(toks[k - 1].text, lex)
                    or toks[k - 1].text in _FIRM_ABBREVIATIONS
                )
            )
            or _capital_title(t.text, lex)
            or _acronym_compound(t.text)
            or (t.text.isupper() and t.key in lex.org_words)  # "OBS Jan Ligthart"
            or _club_acronym(t.text)
        ):
            return False
        if k < first and t.text in _FIRM_ABBREVIATIONS:
            return True  # "Gebr. Hoekstra Natuursteen"
        if k < first and (t.text == "." or t.kind == "init") and _dotted_club(toks, k):
            # "v.v. Sneek Wit Zwart"; not "S.V. Jan Bakker", a given name after it
            return not (k + 1 < last and lex.is_first_name(toks[k + 1].bare))
        if k < first and _club_acronym(t.text):
            # "ZSV Zaanland"; not "Hoofd BHV Dariusz Kowalczyk", a given name and a surname
            return not (k + 1 < last and lex.is_first_name(toks[k + 1].bare))
        if (
            t.kind == "word"
            and (
                is_capitalised(t.text)
                or (k < first and _acronym_compound(t.text))
                or (k < first and t.text.isupper())
            )
            and is_org_word(t.key, lex)
            and t.text not in lex.config.greetings  # "Dag Thijs,"
            # "Wirawan-Sluis, Ketut": a double surname whose second part is a word of
            # places ("Sluis", "Kamp"), not an organisation
            and not _DOUBLE_SURNAME_WORD.fullmatch(t.bare)
        ):
            if k < first and _named_org_then_person(toks, k, first, last, lex):
                return False
            if k == first - 1 and rank_before_given_name(t.key, toks[first].bare, lex):
                return False  # "Marechaussee Nadia Bouzidi": the body's word for its officer
            if t.key in _PERSONS_FIRM_WORDS:
                return False  # "Maatschap Hoekstra-Bijlsma": a family's partnership
            return k < first or first < last
        if t.newline_before:
            breaks += 1
            if k > 0 and _numbered_heading_before(toks, k):
                return False  # "3. Financiële positie Stichting Kompas" / "Simatupang licht toe"
            if (
                k == first
                and not same_line
                and not t.blank_before
                and _org_word_ends_line(toks, k, lex)
            ):
                continue  # "Inloopspreekuur in Wijkcentrum" / "Annie M.G. Schmidt"
            if (
                same_line
                or breaks > 1
                or t.blank_before
                or (
                    (lex.is_first_name(toks[first].bare) or lex.is_name_shaped(toks[first].bare))
                    and not _wrapped_prose(toks, k, last)
                )
            ):
                # a name wraps over one line at most; a given name opens a cell, not
                # a line of wrapped prose ("het Huis van de Wijk / Cornelis Snellius")
                return False
    return False


def _numbered_heading_before(toks: list[Tok], k: int) -> bool:
    """The line before token ``k`` is a numbered heading ("3. Financiële positie
    Stichting Kompas Jeugdhulp"): it ends there, whatever opens the next line."""
    j = k - 1
    while j > 0 and not toks[j].newline_before:
        j -= 1
    m = j
    while m < k and toks[m].kind == "punct" and toks[m].text.isdigit():
        m += 1
    return m > j and m < k and toks[m].text == "." and m - j <= 2 and k - m <= 10


def _org_word_ends_line(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """The line before token ``k`` ends in a capitalised organisation word: the
    organisation's name goes on over the wrap (``in Wijkcentrum`` / ``Annie M.G.
    Schmidt``); no organisation's name ends in one."""
    if k < 2:
        return False
    t, before = toks[k - 1], toks[k - 2]
    return (
        t.kind == "word"
        and not t.newline_before
        and is_capitalised(t.text)
        and is_org_word(t.key, lex)
        and t.key not in _PERSONS_FIRM_WORDS
        and t.text not in lex.config.greetings
        # in a phrase: "spreekuur in Wijkcentrum", not a cell of its own ("Veenzaal")
        and before.text in _ORG_PHRASE_WORDS
    )


_ORG_PHRASE_WORDS = frozenset(
    {"in", "bij", "het", "de", "naar", "van", "op", "aan", "met", "voor", "uit", "via"}
)


def _wrapped_prose(toks: list[Tok], k: int, last: int) -> bool:
    """Line ``k`` continues the long line before it and goes on after token ``last``:
    running text wrapped by the layout, not a table cell holding a name."""
    after = last + 1
    return (
        soft_wrap(toks, k)
        and after < len(toks)
        and not toks[after].newline_before
        and any(t.kind == "word" for t in toks[after : after + 3] if not t.newline_before)
    )


def _acronym_compound(word: str) -> bool:
    """``EHBO-vereniging``, ``GGD-kantoor``: an abbreviation glued to a noun."""
    head, _, tail = word.partition("-")
    return len(head) >= 2 and head.isupper() and tail.islower() and len(tail) >= 4


def _part_of_org_name(
    f: Finding, pages: _Pages, lex: Lexicon, public_by_page: dict[int, list[Finding]]
) -> bool:
    """A PERSON span that is part of an organisation's name, not a person.

    Either an organisation word opens the name (:func:`org_head_before`), or the
    span is one word of a label value that the model reads as an organisation
    ("Ik heb de NOS en Trouw aan de lijn").
    """
    view, toks = pages.get(f.page)
    vs, ve = _view_pos(view, f.start), _view_pos(view, f.end)
    idx = _tokens_in(toks, vs, ve)
    if not idx:
        return False
    # a name right before a person's own data (a contact row) opens its own cell:
    # only an organisation word on its own line continues into it
    if org_head_before(toks, idx[0], idx[-1], lex, same_line=f.provenance.rule_id == ROW_RULE):
        return True
    words = [toks[i] for i in idx if toks[i].kind == "word"]
    # (a listed given name, particles and a surname the list rule cut before the
    # organisation's name: "Marloes vd Berg" | "Dudok Wonen")
    cut_by_rule = f.provenance.rule_id == "first_name" and any(
        is_particle(w, lex) for w in words[1:]
    )
    if words and not cut_by_rule and not _after_salutation(toks, idx[0], lex):
        # (after "de heer" a person: "de heer Zakaria van Mens" / "Advocatenkantoor ...")
        whole = Candidate(idx[0], idx[-1], toks[idx[0]].start, toks[idx[-1]].end, tuple(words))
        if followed_by_org(toks, whole, lex):
            return True  # "de Sven Kramer-tribune", "het Willem Lodewijk Gymnasium"
    return (
        f.provenance.source is Source.CONTEXT
        and f.provenance.rule_id.startswith("label_")
        # a form's name field holds a person whatever the model reads there
        # ("Roepnaam: WAHIDA")
        and f.provenance.rule_id not in ("label_naam", "label_person")
        and len(words) == 1
        and any(
            f.overlaps(g) and _public_reading(g, lex) for g in public_by_page.get(f.page, ())
        )
    )


def _public_reading(g: Finding, lex: Lexicon) -> bool:
    """A model's organisation, or a place the place lists know: a label's lone word the
    model only calls a place (``Dossierbehandelaar: Vrolijk``) stays the person the
    label announces."""
    return g.entity_type != "LOCATION" or fold(" ".join(g.text.split())) in lex.places


def _affiliation_cut(toks: list[Tok], first: int, n: int, lex: Lexicon) -> int:
    """How many of the ``n`` tokens from ``first`` a model's span keeps when it runs on
    into ``van``/``bij`` and an organisation (``Hofstede van Administratiekantoor
    Midden-Brabant``): the name ends before ``van``."""
    for j in range(first + 1, first + n):
        if toks[j].text not in ("van", "bij") or toks[j].newline_before:
            continue
        k = j + 1
        while k < len(toks) and toks[k].text in ("de", "het"):
            k += 1
        if k >= len(toks) or toks[k].kind != "word" or toks[k].newline_before:
            continue
        key = fold(toks[k].bare)
        if (is_org_word(key, lex) and not lex.is_surname(toks[k].bare)) or (
            toks[k].text.isupper() and toks[k].bare in lex.acronyms
        ):
            return j - first
        head = [t for t in toks[first:j] if t.kind != "punct"]
        if head and (
            all(t.kind == "init" for t in head)
            or (len(head) == 1 and lex.is_first_name(head[0].bare))
        ):
            continue  # "Noor van Walsum van Flikweert ...": the surname's own particle
        c = candidate_at(toks, k, lex, cross_lines=False)
        if c is not None and followed_by_org(toks, c, lex):
            return j - first
        if c is not None and _firm_after(toks, c.last + 1, lex):
            return j - first  # "Jeroen Kok van Dijkhuis & Partners Accountants"
        if _whole_before_van(toks, first, j, lex) and _no_name_run(toks, k, lex):
            # "Wojciech Zieliński van Centric,", "Marjolein Kip van Veilig Thuis
            # Zaanstreek-Waterland": a body after a whole name, no name in its words
            return j - first
    return n


def _no_name_run(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """The capitalised words from token ``k`` to the end of its run on the line (at
    most four) hold no listed given name or surname."""
    n = 0
    while (
        k + n < len(toks)
        and n < 5
        and toks[k + n].kind == "word"
        and (n == 0 or not toks[k + n].newline_before)
        and is_capitalised(toks[k + n].text)
    ):
        t = toks[k + n]
        if any(lex.is_surname(x) or lex.is_first_name(x) for x in [t.bare, *t.bare.split("-")]):
            return False
        n += 1
    if n == 1 and (
        lex.is_name_shaped(toks[k].bare)
        and toks[k].key not in lex.places
        and not is_org_word(toks[k].key, lex)
    ):
        return False  # "Inge Terwisscha van Scheltinga": one word of a surname's shape
    return 1 <= n <= 4


def _whole_before_van(toks: list[Tok], first: int, j: int, lex: Lexicon) -> bool:
    """The tokens before ``van`` at ``j`` are a whole name of two words or more that
    ends in a surname ("Wojciech Zieliński"), not a given name ("Jan Willem van ...")."""
    words = [t for t in toks[first:j] if t.kind == "word"]
    last = toks[j - 1]
    return (
        len(words) >= 2
        and last.kind == "word"
        and not is_particle(last, lex)
        and (lex.is_surname(last.bare) or lex.is_name_shaped(last.bare))
        and not lex.is_first_name(last.bare)
    )


def _firm_after(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """``& Partners``, ``& Zonen``: a firm's name goes on after ``&`` to an
    organisation word on the same line."""
    if k >= len(toks) or toks[k].text != "&" or toks[k].newline_before:
        return False
    for t in toks[k + 1 : k + 5]:
        # (the line may wrap after "&": "Lichtveld &" / "Brouwer Advocaten")
        if t.blank_before or t.kind != "word" or not t.text[:1].isupper():
            return False
        if is_org_word(t.key, lex):
            return True
    return False


def _cut_affiliation(rest: list[Tok], lex: Lexicon) -> list[Tok]:
    """A model's span ``Søren Kjærgaard Holm, Datatilsynet``: the name ends at the comma.

    The model learned ``Achternaam, Voornaam`` as one name, and sometimes takes the
    organisation after a full name along.  Cut at the comma when the part before it
    is a full name (two name words or more) and the part after it holds no given
    name or initials, which ``De Vries, Jan`` and ``Vries, J. de`` do.
    """
    comma = next((i for i, t in enumerate(rest) if t.text == ","), None)
    if comma is None:
        return rest
    head = [t for t in rest[:comma] if t.kind == "word" and not is_particle(t, lex)]
    tail = [t for t in rest[comma + 1 :] if t.kind != "punct"]
    if len(head) < 2 or not tail:
        return rest
    if any(t.kind == "init" or lex.is_first_name(t.bare) for t in tail):
        return rest
    return rest[:comma]


def _cut_next_org(rest: list[Tok], lex: Lexicon) -> list[Tok]:
    """A model's span ``Ingrid Sanches-Lieuw Bewonersvereniging Amstelbuurt``: a row's
    next cell, an organisation whose word opens its name (see
    :func:`redactie.detect.names.text.head_first_org`), after a whole name."""
    for i in range(2, len(rest) - 1):
        t, nxt = rest[i], rest[i + 1]
        if (
            t.kind == "word"
            and is_capitalised(t.text)
            and head_first_org(t.key)
            and nxt.kind == "word"
            and is_capitalised(nxt.text)
            and sum(1 for r in rest[:i] if r.kind == "word" and not is_particle(r, lex)) >= 2
        ):
            return rest[:i]
    return rest


# prepositions before a place that also open Dutch and Flemish surnames ("In 't Veld")
_PLACE_PREPOSITIONS = frozenset({"in", "uit", "te", "bij", "op", "aan"})


def _cut_place_after(rest: list[Tok], lex: Lexicon) -> list[Tok]:
    """A model's span ``Samira in Den Haag``: a preposition in lower case and a listed
    place (or a known name of no person) after the name end it (``Jan in 't Veld``: no
    place, a surname)."""
    for i in range(1, len(rest) - 1):
        t = rest[i]
        if t.kind != "word" or t.text not in _PLACE_PREPOSITIONS:
            continue
        place = " ".join(r.text for r in rest[i + 1 :] if r.kind == "word")
        if (fold(place) in lex.places or fold(place) in lex.not_names) and any(
            r.kind == "word" and is_capitalised(r.text) for r in rest[:i]
        ):
            return rest[:i]
    return rest


def _cut_org_line(rest: list[Tok], lex: Lexicon) -> list[Tok]:
    """A model's span ``Bram`` / ``Boomzorg Gelderse Vallei``: a signature's name
    alone on its line, and the next line, an organisation whose name holds a noun
    (``Boomzorg``) or an organisation word; the name ends with its line."""
    for i in range(1, len(rest)):
        if not rest[i].newline_before:
            continue
        head = [r for r in rest[:i] if r.kind == "word"]
        tail = [r for r in rest[i:] if r.kind == "word"]
        if (
            head
            and tail
            and (lex.is_first_name(head[0].bare) or lex.is_surname(head[-1].bare))
            and any(
                not lex.is_surname(r.bare)
                # (a noun alone may be a double surname's wrapped part: "Brummeling")
                and ((lex.is_common_noun(r.bare) and len(tail) >= 2) or is_org_word(r.key, lex))
                for r in tail
            )
        ):
            return rest[:i]
        return rest
    return rest


_ENGLISH_ARTICLES = frozenset({"The", "A", "An"})


# Rules that find "Achternaam, Voornaam" (a display name, a chat author, a table cell).
_INVERTED_RULES = frozenset(
    {"chat_author", "inverted_name", "mail_display_name", "label_mail_header"}
)


def _inverted_head(f: Finding, toks: list[Tok], idx: list[int], k: int, lex: Lexicon) -> bool:
    """Token ``idx[k]`` is the surname before the comma of an inverted name a rule
    found ("Prins, Daan"): a role word there is the surname, not a title."""
    if k + 2 >= len(idx) or toks[idx[k + 1]].text != ",":
        return False
    if f.provenance.rule_id in _INVERTED_RULES:
        return True
    # the model's "Prins, Daan": one word, a comma and a listed given name filling the span
    given = toks[idx[k + 2]]
    return (
        f.provenance.source is Source.NER
        and k == 0
        and len(idx) == 3
        and given.kind == "word"
        and lex.is_first_name(given.bare)
    )


def _particle_given_after_comma(rest: list[Tok], lex: Lexicon) -> bool:
    """The run ends in "Achternaam, Voornaam" whose given name is a particle too
    ("Whitfield, Ben"): after the comma it opens no surname."""
    last = rest[-1]
    return (
        len(rest) >= 3
        and rest[-2].text == ","
        and last.key in lex.particle_first_names
        and is_capitalised(last.text)
    )


def _reference_code_end(toks: list[Tok], idx: list[int], k: int) -> int:
    """Past a reference code of capitals, a hyphen and digits at ``idx[k]`` ("K-40",
    "AB-12"), the position in ``idx`` after it; ``k`` when there is none."""
    t = toks[idx[k]]
    if not (t.kind == "word" and len(t.text) <= 3 and t.text.isupper() and k + 2 < len(idx)):
        return k
    dash, digit = toks[idx[k + 1]], toks[idx[k + 2]]
    if dash.text not in "-/" or dash.gap or not digit.text.isdigit() or digit.gap:
        return k
    m = k + 3
    while m < len(idx) and toks[idx[m]].text.isdigit() and not toks[idx[m]].gap:
        m += 1
    return m if m < len(idx) else k


_AT_HANDLE = regex.compile(r"@\p{Ll}{2,}(?:[._]\p{Ll}{2,}){0,2}[._](\p{Ll}{2,})")


def _trim(f: Finding, pages: _Pages, lex: Lexicon) -> Finding | None:
    if f.provenance.rule_id == "handle":
        return f  # "pieter.vandijk": lowercase on purpose
    if (
        f.provenance.source is Source.NER
        and (m := _AT_HANDLE.fullmatch(f.text)) is not None
        and m.group(1) not in ("nl", "com", "org", "net", "eu", "be", "de")
    ):
        return f  # "@siti.wulandari": the model's chat user name, lowercase on purpose
    if f.provenance.rule_id == ROW_RULE and is_initials_only(f.text):
        return f  # "M.A." alone in a row with a date of birth: a child's initials
    if f.provenance.rule_id in ("lone_initial", "initials_signoff"):
        return f  # "mevrouw K.", "casus P.", "Groet, JV": a name shortened to its initials
    if _sender_initials(f, pages, lex):
        return f  # "[16-07-26 05:46] KJ:": a sender's initials
    view, toks = pages.get(f.page)
    if not view.offsets:
        return f
    vs, ve = _view_pos(view, f.start), _view_pos(view, f.end)
    idx = _tokens_in(toks, vs, ve)
    if not idx:
        return f
    if idx[-1] + 1 < len(toks) and toks[idx[-1] + 1].start < ve:
        idx.append(idx[-1] + 1)  # the span ends inside a token ("Jaap" of "Jaap'")
    last = idx[-1]
    if (
        f.provenance.source is Source.NER
        and toks[last].text in NAME_PREFIXES
        and last + 1 < len(toks)
        and not toks[last + 1].newline_before
        and is_namey(toks[last + 1], lex)
    ):
        idx.append(last + 1)  # the model stopped inside "Harm Oude Luttikhuis"
    forms = [
        k
        for k, i in enumerate(idx[:-1])
        if toks[i].kind == "init"
        and fold(toks[i].text.replace(" ", "").replace(".", "")) in LEGAL_FORM_LETTERS
    ]
    k = forms[-1] + 1 if forms else 0  # "Van Dam Consultancy B.V. Laura": the firm first
    while k < len(idx):
        t = toks[idx[k]]
        n = salutation_at(toks, idx[k], lex)
        if n:
            k += n
            continue
        j, seen = skip_titles(toks, idx[k], lex)
        if seen:
            k += j - idx[k]
            continue
        r = _reference_code_end(toks, idx, k)
        if r > k:
            k = r  # "K-40 Filmon": a row's reference code before the name
            continue
        if t.kind == "punct" or (
            t.kind == "word"
            and not is_particle(t, lex)
            and not _inverted_head(f, toks, idx, k, lex)
            and (
                (t.text[0].islower() and not ocr_listed_i_name(t.text, lex))
                or t.text in _ENGLISH_ARTICLES  # "The Boekhoudt family"
                or t.text in lex.config.greetings  # "Welkom Lucía!"
                or t.key in lex.role_words
                or t.key in _public_role_words(lex)  # "Statenlid Van der Ploeg"
                # "Contactpersoon Büşra Çelik": a noun for a person opens the sentence
                or (k == 0 and is_person_noun(t.text, lex, sentence_start=True))
                # "Tilburg Maartje Wiśniewska": a place that ends the row's cell before
                or (
                    k == 0
                    and t.key in lex.places
                    and not lex.is_surname(t.bare)
                    and not lex.is_first_name(t.bare)
                    and k + 2 < len(idx)
                    and lex.is_first_name(toks[idx[k + 1]].bare)
                )
                # "Welzijn Tjeerdsma" of "wethouder Zorg en Welzijn Tjeerdsma": a word
                # that is never part of a name (not "Oude" of "Oude Vrielink")
                or (
                    f.provenance.source is Source.NER
                    and t.key in lex.stopwords
                    and t.text not in NAME_PREFIXES
                    and t.key not in lex.word_first_names  # "Elke Vanhoutte"
                    and not lex.is_first_name(t.bare)
                    and not lex.is_surname(t.bare)
                    and k + 1 < len(idx)
                    # what is left is a name: not "Alcoholwet" of "Toezicht Alcoholwet"
                    and (
                        lex.is_surname(toks[idx[k + 1]].bare)
                        or lex.is_first_name(toks[idx[k + 1]].bare)
                        or lex.is_name_shaped(toks[idx[k + 1]].bare)
                    )
                )
            )
            and k + 1 < len(idx)
        ):
            k += 1
            continue
        if is_particle(t, lex) and t.text[0].islower():
            m = k + 1  # "van den Berg": particles before a name word stay
            while m < len(idx) and is_particle(toks[idx[m]], lex):
                m += 1
            inverted = (  # "ter Haar, Dirk-Jan": the particles make a word a surname
                m + 1 < len(idx)
                and is_capitalised(toks[idx[m]].text)
                and toks[idx[m + 1]].text == ","
            )
            if m >= len(idx) or not (is_namey(toks[idx[m]], lex) or inverted):
                k += 1
                continue
        break
    if f.provenance.source is Source.NER:
        k = _after_preposition(toks, idx, k, lex)
    rest = [toks[i] for i in idx[k:]]
    if f.provenance.source is Source.NER:
        rest = _cut_affiliation(rest, lex)
        rest = _cut_next_org(rest, lex)
        rest = _cut_place_after(rest, lex)
        rest = _cut_org_line(rest, lex)
    if rest:
        rest = rest[: _affiliation_cut(toks, idx[k], len(rest), lex)]
    while rest and (
        (
            rest[-1].kind == "punct"
            and rest[-1].text != "."
            and not (rest[-1].text == ")" and any(t.text == "(" for t in rest))
        )
        or (
            is_particle(rest[-1], lex)
            and not particle_word_surname(rest, lex)
            and not _particle_given_after_comma(rest, lex)
        )
    ):
        rest.pop()
    words = [t for t in rest if t.kind == "word"]
    if f.provenance.source is Source.NER and (lone := _lone_initials_in(f, toks, idx, view, pages)):
        return lone  # "Update gezin H.", "W. geweest, Gambiadreef": the initials alone
    if not words or not any(
        (is_capitalised(t.text) or is_shouted(t.text)) and not is_particle(t, lex) for t in words
    ):
        return None
    if all(fold(t.bare) in lex.titles for t in words):
        return None  # "H.E. Mr" before "Vasile Ceban": initials of a style and a title
    core = [t for t in words if not is_particle(t, lex)]
    if all(
        is_blocked(t.text, lex) and t.key not in lex.surnames for t in core
    ) and not _surname_despite_block(rest, core[-1], toks, lex):
        return None
    text = view.text[rest[0].start : rest[-1].end]
    # (after a salutation the words are a living person's name, even one a famous person
    # or a firm bears: "De heer Pieter Zeeman, directeur-eigenaar van het hotel")
    if (is_not_name(text, lex) and not _after_salutation(toks, idx[k], lex)) or (
        is_blocked(words[-1].text, lex)
        and not lex.is_surname(words[-1].bare)
        and not _surname_despite_block(rest, words[-1], toks, lex)
    ):
        return None
    first = rest[0].start
    c = candidate_at(toks, idx[k], lex)  # rest[0] is toks[idx[k]]
    last_i = idx[k] + len(rest) - 1
    if c is not None and any(t.newline_before for t in toks[last_i + 1 : c.last + 1]):
        # the candidate ran on over a line end ("Dumitrescu-Bos / Lange Haven 133b"):
        # what follows the finding is the next line's, not part of its name
        words_in = tuple(t for t in toks[c.first : last_i + 1] if t.kind == "word")
        c = Candidate(c.first, last_i, c.start, toks[last_i].end, words_in) if words_in else None
    if c is not None and c.last > last_i and _affiliation_follows(toks, last_i, lex):
        c = None  # "Gerbrand Tesfay van de Anne Frank Stichting": the name ends before "van"
    if (
        c is not None
        and c.last > last_i
        and f.provenance.rule_id == "first_name"
        and any(is_particle(t, lex) for t in rest[1:])
    ):
        c = None  # "Marloes vd Berg" before "Dudok Wonen": a rule cut the name before it
    if c is not None and followed_by_org(toks, c, lex) and f.provenance.source is not Source.NER:
        return None
    s, e = view.span(first, rest[-1].end)
    if (s, e) == (f.start, f.end):
        return f
    return replace(f, start=s, end=e, text=pages.text(f.page)[s:e])


def _lone_initials_in(
    f: Finding, toks: list[Tok], idx: list[int], view: Any, pages: _Pages
) -> Finding | None:
    """Initials in a model's span that the lone-initials rule reads as a person's
    (``mevr. W.``, ``gezin H.``), where the rest of the span is no name: the initials."""
    text = pages.text(f.page)
    for i in idx:
        t = toks[i]
        if t.kind != "init":
            continue
        s, e = view.span(t.start, t.end)
        if (s, e) != (f.start, f.end) and lone_initials_at(text, s, e):
            return replace(f, start=s, end=e, text=text[s:e])
    return None


# prepositions that stand before a name, never inside one
_PREPOSITIONS_BEFORE_NAME = frozenset(
    {"bij", "met", "naar", "voor", "door", "over", "tegen", "namens", "via", "zonder", "dan"}
)


def _after_preposition(toks: list[Tok], idx: list[int], k: int, lex: Lexicon) -> int:
    """``Alarm bij Wim``: a model's span that runs from a sentence's first word over a
    preposition into the name starts after the preposition, when no word before it
    is a listed name."""
    for m in range(k + 1, len(idx) - 1):
        t = toks[idx[m]]
        if t.kind != "word" or t.text not in _PREPOSITIONS_BEFORE_NAME:
            continue
        head = [toks[i] for i in idx[k:m] if toks[i].kind == "word"]
        if head and not any(
            lex.is_first_name(w.bare) or lex.is_surname(w.bare) for w in head
        ) and is_namey(toks[idx[m + 1]], lex):
            return m + 1
        return k
    return k


def names_wrapped(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Widen a name that running text wraps over a line end.

    ``Controller Aziz el`` / ``Morabet heeft bevestigd``, ``My colleague Nadège`` /
    ``Vlaun from the Bonaire office``: the line ends in the name's particles or in a
    lone given name, and the next line of the same sentence (a soft wrap, see
    :func:`soft_wrap`) opens with the surname.  A table's next cell is no wrap.
    """
    lex = lexicon_for(ctx.rules)
    pages = _Pages(ctx)
    surnames = _document_surnames(findings)
    name_words = _document_name_words(findings)
    out: list[Finding] = []
    for f in findings:
        if _is_person(f) and f.action is Action.REDACT:
            f = (
                _shouted_surname_before(f, pages, lex, name_words)
                or _hyphen_particle_wrap(f, pages, lex)
                or _wrapped_surname(f, pages, lex)
                or _wrapped_given_name(f, pages)
                or _surname_by_mail(f, pages, lex)
                or _given_name_before_wrap(f, pages, lex, surnames)
                or f
            )
            f = _initials_in_brackets_after(f, pages)
        out.append(f)
    return out


# the person's initials in brackets right after the name: "Lamers, Anouk (A.)"
_INITIALS_IN_BRACKETS = regex.compile(r"[ \t]*\((?:\p{Lu}\.){1,4}\)")


def _initials_in_brackets_after(f: Finding, pages: _Pages) -> Finding:
    """``Aan: Lamers, Anouk (A.) <a.lamers@...>``: the initials in brackets right after a
    name are the same person's and go with the name."""
    text = pages.text(f.page)
    m = _INITIALS_IN_BRACKETS.match(text, f.end)
    if m is None:
        return f
    return replace(f, end=m.end(), text=text[f.start : m.end()])


_HYPHEN_PARTICLE_END = regex.compile(r"-(?:van|de|der|den|ter|ten|'t|het)\Z")


def _hyphen_particle_wrap(f: Finding, pages: _Pages, lex: Lexicon) -> Finding | None:
    """``Elske de Jong-van`` / ``Beek``: a double surname cut after the hyphen and a
    particle goes on with the capitalised word that opens the next line (a cell's or
    prose's wrap alike)."""
    if _HYPHEN_PARTICLE_END.search(f.text) is None:
        return None
    view, toks = pages.get(f.page)
    if not view.offsets:
        return None
    idx = _tokens_in(toks, _view_pos(view, f.start), _view_pos(view, f.end))
    if not idx or idx[-1] + 1 >= len(toks):
        return None
    nxt = toks[idx[-1] + 1]
    if (
        nxt.kind != "word"
        or not nxt.newline_before
        or nxt.blank_before
        or not is_capitalised(nxt.text)
        or is_org_word(nxt.key, lex)
        or (is_blocked(nxt.text, lex) and not lex.is_surname(nxt.bare))
    ):
        return None
    s, e = view.span(toks[idx[0]].start, nxt.end)
    return replace(f, start=s, end=e, text=pages.text(f.page)[s:e])


def _document_name_words(findings: list[Finding]) -> frozenset[str]:
    """Every capitalised word (and part of a double name) of the redacted names of two
    or more words (``Ratna``, ``Wibisono``, ``Graaf`` of ``Ratna Wibisono-de Graaf``)."""
    out: set[str] = set()
    for f in findings:
        if _is_person(f) and f.action is Action.REDACT and len(words := f.text.split()) >= 2:
            out.update(fold(p) for w in words for p in w.split("-") if p[:1].isupper())
    return frozenset(out)


def _shouted_surname_before(
    f: Finding, pages: _Pages, lex: Lexicon, name_words: frozenset[str]
) -> Finding | None:
    """``WIBISONO, Ratna Ayu``: a passport or register writes the surname in capitals
    before a comma and the given names; the capitals are a surname the document's
    redacted names hold, or a listed one, no acronym or organisation's word."""
    view, toks = pages.get(f.page)
    if not view.offsets:
        return None
    idx = _tokens_in(toks, _view_pos(view, f.start), _view_pos(view, f.end))
    if not idx or idx[0] < 2 or toks[idx[0]].newline_before:
        return None
    comma, word = toks[idx[0] - 1], toks[idx[0] - 2]
    if comma.text != "," or comma.newline_before or word.kind != "word":
        return None
    bare = word.bare
    if not (len(bare) >= 3 and is_shouted(bare) and bare.isalpha()):
        return None
    if bare in lex.acronyms or is_org_word(fold(bare), lex) or fold(bare) in lex.stopwords:
        return None
    if fold(bare) not in name_words and not lex.is_surname(bare.title()):
        return None
    s, e = view.span(word.start, toks[idx[-1]].end)
    return replace(f, start=s, end=e, text=pages.text(f.page)[s:e])


def _document_surnames(findings: list[Finding]) -> frozenset[str]:
    """The last words of the redacted names of two or more words: the surnames the
    document itself shows (``Olena Kovalenko``)."""
    return frozenset(
        fold(words[-1])
        for f in findings
        if _is_person(f)
        and f.action is Action.REDACT
        and len(words := f.text.split()) >= 2
        and words[-1][:1].isupper()
    )


def _given_name_before_wrap(
    f: Finding, pages: _Pages, lex: Lexicon, surnames: frozenset[str] = frozenset()
) -> Finding | None:
    """``(gem.: Shurwin`` / ``Isenia (zoon))``: a surname that opens a line after a
    line that ends in a listed given name, standing alone after a colon, bracket or
    lower-case word (a name the line wrapped, in a cell or in prose).  A given name
    from outside the lists counts before a surname that the document shows in a
    redacted full name (``(12-08-1984), Artem`` / ``Kovalenko``), unless it is a word."""
    view, toks = pages.get(f.page)
    if not view.offsets:
        return None
    idx = _tokens_in(toks, _view_pos(view, f.start), _view_pos(view, f.end))
    if not idx or idx[0] < 2:
        return None
    first = toks[idx[0]]
    given, before = toks[idx[0] - 1], toks[idx[0] - 2]
    # one blank line at most: a table cell read as blocks ("Anna-Maria" / / "Westerveld")
    if not first.newline_before or first.gap.count("\n") > 2 or given.newline_before:
        return None
    if not (
        given.kind == "word"
        and is_capitalised(given.text)
        and (
            lex.is_first_name(given.bare)
            or (
                fold(first.bare) in surnames
                and len(idx) == 1
                and fold(given.bare) not in language_words(lex)
                and not lex.is_common_noun(given.bare)
            )
        )
        and not is_blocked(given.text, lex)
        and (before.kind != "word" or before.text[:1].islower())
    ):
        return None
    if any(lex.is_first_name(toks[i].bare) for i in idx[:1]) and not lex.is_surname(first.bare):
        return None  # two given names on two lines: a list, not one name
    s, e = view.span(given.start, toks[idx[-1]].end)
    return replace(f, start=s, end=e, text=pages.text(f.page)[s:e])


def _surname_by_mail(f: Finding, pages: _Pages, lex: Lexicon) -> Finding | None:
    """``Jasmijn`` of ``collega Jasmijn Tel (j.tel@cbr.nl)``: a listed given name whose
    next word on the line is a word of the language no name rule takes, but that the
    page's mail address writes after the name's initial (:func:`_mailed_surname`)."""
    view, toks = pages.get(f.page)
    if not view.offsets:
        return None
    idx = _tokens_in(toks, _view_pos(view, f.start), _view_pos(view, f.end))
    if len(idx) != 1 or idx[0] + 1 >= len(toks):
        return None
    given, nxt = toks[idx[0]], toks[idx[0] + 1]
    if (
        nxt.kind != "word"
        or nxt.newline_before
        or not is_capitalised(nxt.text)
        or not lex.is_first_name(given.bare)
        or not _mailed_surname(nxt, toks, lex, [given, nxt])
    ):
        return None
    s, e = view.span(given.start, nxt.end)
    return replace(f, start=s, end=e, text=pages.text(f.page)[s:e])


def _wrapped_given_name(f: Finding, pages: _Pages) -> Finding | None:
    """``Grażyna Nauta, Idske`` / ``Öztürk``: a name that opens a line after a list
    whose last item wrapped (:func:`_wrapped_list_item`) takes that item's first part."""
    view, toks = pages.get(f.page)
    if not view.offsets:
        return None
    idx = _tokens_in(toks, _view_pos(view, f.start), _view_pos(view, f.end))
    if not idx or not _wrapped_list_item(toks, idx[0]):
        return None
    s, e = view.span(toks[idx[0] - 1].start, toks[idx[-1]].end)
    return replace(f, start=s, end=e, text=pages.text(f.page)[s:e])


def _wrapped_surname(f: Finding, pages: _Pages, lex: Lexicon) -> Finding | None:
    view, toks = pages.get(f.page)
    if not view.offsets:
        return None
    idx = _tokens_in(toks, _view_pos(view, f.start), _view_pos(view, f.end))
    if not idx or any(toks[i].newline_before for i in idx[1:]):
        return None
    last = idx[-1]
    k = last + 1  # lower-case particles after the name on its line ("Aziz el")
    while k < len(toks) and not toks[k].newline_before and _lower_particle(toks[k], lex):
        k += 1
    if k >= len(toks):
        return None
    words = [toks[i] for i in idx if toks[i].kind == "word" and not is_particle(toks[i], lex)]
    rule = _rule_of(f, pages, lex)
    lone_given = len(words) == 1 and (
        lex.is_first_name(words[0].bare)
        # a word outside the lists only on a rule's evidence ("My colleague Nadège")
        or (
            (f.provenance.source is not Source.NER or rule != "")
            and not lex.is_surname(words[0].bare)
        )
    )
    if k == last + 1 and _hard_broken_surname(toks, words, k, lex):
        s, e = view.span(toks[idx[0]].start, toks[k].end)
        return replace(f, start=s, end=e, text=pages.text(f.page)[s:e])
    if not soft_wrap(toks, k) and not (
        # a short line that a hard break ended inside a name a cue announced:
        # "Mijn collega Zhivko" / "Mulderij is vanaf maandag ..."
        lone_given
        and k == last + 1
        and rule == "role_name"
        and toks[k].newline_before
        and not toks[k].blank_before
    ):
        return None
    if k == last + 1 and (not lone_given or rule in ("salutation", "title")):
        # a whole name before the line end ("mw. Qureshi"), unless a surname of a
        # name in three parts follows and the sentence goes on after it ("my
        # landlord, Mr Sunita Terpstra" / "Schuttevaer, has signed")
        return _third_part(f, pages, toks, idx, words, k, lex)
    j = k  # the next line: particles ("van der"), then the surname
    while _lower_particle(toks[j], lex):
        if j + 1 >= len(toks) or toks[j + 1].newline_before:
            return None
        j += 1
    t = toks[j]
    key = t.key
    particles = [p.text for p in toks[last + 1 : j]]
    if (
        particles not in ([], ["van"])
        and t.kind == "word"
        and is_capitalised(t.text)
        and not is_org_word(key, lex)
    ):
        pass  # "van der" / "Meer", "Bert de" / "Koning": a surname after particles
    elif (
        # "Jurgen" / "Burgemeester (0628 731 946)": a lone given name, then an office
        # that is a surname too, with the person's data in brackets after it
        lone_given
        and particles == []
        and t.kind == "word"
        and is_capitalised(t.text)
        and key in ROLE_SURNAMES
        and j + 2 < len(toks)
        and toks[j + 1].text == "("
        and not toks[j + 1].newline_before
        and (toks[j + 2].text[:1].isdigit() or toks[j + 2].text == "+")
    ):
        pass
    elif (
        t.kind != "word"
        or not is_namey(t, lex)
        or (lex.is_first_name(t.bare) and not lex.is_surname(t.bare))
        or lex.is_common_noun(t.bare)
        or key in lex.role_words
        or key in lex.stopwords
        or is_org_word(key, lex)
    ):
        return None
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None or nxt.newline_before or nxt.text == ":":
        return None  # a line of its own or a label ("Afwezig:"), not running text
    if (
        (nxt.kind == "word" and is_capitalised(nxt.text))  # an organisation's or place's name
        or (not nxt.gap and nxt.text in ("@", "-", "_", "."))  # glued to an address
    ):
        return None
    s, e = view.span(toks[idx[0]].start, t.end)
    text = pages.text(f.page)[s:e]
    if is_not_name(" ".join(text.split()), lex):
        return None
    return replace(f, start=s, end=e, text=text)


def _hard_broken_surname(toks: list[Tok], words: list[Tok], k: int, lex: Lexicon) -> bool:
    """``HR-adviseur`` / ``Li Mei`` / ``Zhang en met collega``: given names alone on a
    line a hard break ended, and the next line opens with a listed surname (a family
    name written first in its tradition too) that the sentence goes on after."""
    if not words or not all(lex.is_first_name(w.bare) for w in words):
        return False
    t = toks[k]
    if not t.newline_before or t.blank_before or t.kind != "word" or not is_capitalised(t.text):
        return False
    if not (lex.is_surname(t.bare) or t.key in lex.family_first):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (
        nxt is not None
        and not nxt.newline_before
        and nxt.kind == "word"
        and nxt.text[:1].islower()
    )


def _third_part(
    f: Finding, pages: _Pages, toks: list[Tok], idx: list[int], words: list[Tok], k: int,
    lex: Lexicon,
) -> Finding | None:
    """The surname on the next line of a name wrapped after its second part."""
    if len(words) < 2 or k + 1 >= len(toks):
        return None
    t, nxt = toks[k], toks[k + 1]
    if not (
        t.kind == "word"
        and is_capitalised(t.text)
        and soft_wrap(toks, k)
        and not lex.is_first_name(t.bare)
        and not lex.is_common_noun(t.bare)
        and t.key not in lex.places
        and not is_blocked(t.text, lex)
        and not nxt.newline_before
        and not nxt.gap
        and nxt.text in (",", ")", ";")
    ):
        return None
    view, _ = pages.get(f.page)
    s, e = view.span(toks[idx[0]].start, t.end)
    return replace(f, start=s, end=e, text=pages.text(f.page)[s:e])


def _lower_particle(t: Tok, lex: Lexicon) -> bool:
    return t.kind == "word" and t.text[:1].islower() and is_particle(t, lex)


def _surname_despite_block(run: list[Tok], last: Tok, toks: list[Tok], lex: Lexicon) -> bool:
    """A blocked word (a function, role or organisation word) that ``run`` uses as its
    surname: ``Jan van der Meer``, ``Marieke de Koning``, ``Hester Burgemeester``,
    ``Burgemeester-Aerts`` (``last``: the run's last name word)."""
    return (
        _stop_word_surname(run, lex)
        or _particle_surname(run, lex)
        or _capital_particle_surname(run, lex)
        or _role_word_surname(run, toks, lex)
        or _double_surname_ok(last.bare, lex)
        or (len(run) == 2 and syllable_given_name(run[0], last, lex))  # "Zhou Min"
        or _mailed_surname(last, toks, lex, run)
    )


def _mailed_surname(last: Tok, toks: list[Tok], lex: Lexicon, run: list[Tok] | None = None) -> bool:
    """``Dwarshuis`` (a surname ending like an organisation's word) that a personal
    e-mail address on the page ends its local part with (``j.dwarshuis@``).  A short
    word (``Tel`` of ``Jasmijn Tel``, a label's abbreviation elsewhere) needs the
    address to open with the initial of the run's first name (``j.tel@``), as does a
    word of the language."""
    key = last.key
    if key in lex.org_words or key in lex.role_words or len(key) < 3:
        return False
    initial = ""
    if len(key) < 5 or key in lex.stopwords:
        first = next((t for t in run or () if t.kind == "word" and t is not last), None)
        if first is None or not lex.is_first_name(first.bare):
            return False
        initial = first.key[:1]
    return any(
        t.key == key
        and i > 1
        and toks[i - 1].text == "."
        and not toks[i - 1].gap
        and toks[i + 1].text == "@"
        and not toks[i + 1].gap
        and (not initial or (toks[i - 2].key == initial and toks[i - 2].kind == "word"))
        for i, t in enumerate(toks[:-1])
    )


def _role_word_surname(run: list[Tok], toks: list[Tok], lex: Lexicon) -> bool:
    """``Hester Burgemeester, die ...``: a capitalised role word right after listed
    given names is their surname, unless what follows makes it a role again
    (``burgemeester van``, a name after it)."""
    if not run or run[-1].kind != "word":
        return False
    last = run[-1]
    if not is_capitalised(last.text) or fold(last.bare) not in lex.role_words:
        return False
    if len(run) == 1:
        return salutation_before_role_word(toks, last, lex)
    head = run[:-1]
    particles = 0  # "Gert-Jan de Koning": lower-case particles between
    while head and head[-1].text.islower() and is_particle(head[-1], lex):
        head = head[:-1]
        particles += 1
    if not head or not all(
        t.kind == "init"
        or (t.kind == "word" and lex.is_first_name(t.bare) and is_capitalised(t.text))
        for t in head
    ):
        return False  # given names or initials before it: "W.H. Burgemeester"
    k = bisect.bisect_left(toks, last.start, key=tok_start)
    if k >= len(toks) or toks[k].start != last.start:
        return False
    # after a given name and a particle the word is a surname whatever follows ("Gert-Jan
    # de Koning van Heijmans"); right after a given name, "van" may make it a role again
    return bool(particles) or not role_complement(toks, k + 1)


def _stop_word_surname(run: list[Tok], lex: Lexicon) -> bool:
    """``Jan van der Meer``, ``M. de Nee``: a function word that ends a name after a
    given name (or initials) and lower-case particles is the surname."""
    if len(run) < 3 or run[-1].kind != "word" or not stop_word_surname(run[-1].bare, lex):
        return False
    k = len(run) - 1
    while k > 0 and run[k - 1].kind == "word" and run[k - 1].text[:1].islower():
        if not is_particle(run[k - 1], lex):
            return False
        k -= 1
    if k == len(run) - 1 or k == 0:
        return False
    return _name_head(run, k - 1, lex, bracket=True)


def _name_head(run: list[Tok], h: int, lex: Lexicon, *, bracket: bool = False) -> bool:
    """``run[h]`` ends a given name or initials before a surname's particles; a double
    surname's first part with the particle glued on (``J.G. Koster-van`` of ``J.G.
    Koster-van der Meer``) goes back to what stands before it."""
    head = run[h]
    tail = head.text.rsplit("-", 1)[-1] if head.kind == "word" else ""
    if h > 0 and "-" in head.text and tail and tail in lex.particles:
        head = run[h - 1]
    return (
        head.kind == "init"
        or (bracket and head.text == ")")
        or (head.kind == "word" and lex.is_first_name(head.bare))
    )


def _particle_surname(run: list[Tok], lex: Lexicon) -> bool:
    """``Jan van der Bank``: a given name or initials, particles ending in one only a
    surname has (or a lone ``te``, see :func:`lone_te_after_name`), and a capitalised
    word: that word is the surname, whatever else it is."""
    if len(run) < 3 or run[-1].kind != "word" or not is_capitalised(run[-1].text):
        return False
    k = len(run) - 1
    while k > 0 and run[k - 1].kind == "word" and is_particle(run[k - 1], lex):
        k -= 1
    lone_te = k == len(run) - 2 and lone_te_after_name(run[:-1], lex)
    if k == len(run) - 1 or k == 0 or not (surname_particle_before(run[:-1]) or lone_te):
        return False
    return _name_head(run, k - 1, lex)


def _after_salutation(toks: list[Tok], first: int, lex: Lexicon) -> bool:
    """A salutation (``de heer``, ``mevr.``, ``dhr.``) right before token ``first`` on
    its line."""
    if first == 0 or toks[first].newline_before:
        return False
    k = first - 1
    if toks[k].text == "." and k > 0:
        k -= 1  # "dhr. Koster"
    return toks[k].kind == "word" and any(sal.split()[-1] == toks[k].key for sal in lex.salutations)


def _capital_particle_surname(run: list[Tok], lex: Lexicon) -> bool:
    """``Ter Haar``, ``Van der Meer``: capitalised particles ending in one only a
    surname has, then a capitalised word, is a surname written without a given
    name, whatever else the word is (not a listed place: ``Ter Aar``)."""
    if len(run) < 2 or run[-1].kind != "word" or not is_capitalised(run[-1].text):
        return False
    particles = run[:-1]
    return (
        particles[0].text[:1].isupper()
        and all(t.kind == "word" and is_particle(t, lex) for t in particles)
        and surname_only_particle(particles[-1].text)
        and fold(" ".join(t.text for t in run)) not in lex.places
    )


# ---------------------------------------------------------------------- lists


def _entries(value: Any) -> list[str]:
    out = []
    for e in value or ():
        text = getattr(e, "text", e)
        if isinstance(text, str) and text.strip():
            out.append(text)
    return out


NAME_COLUMN_RULE = "name_column"
_INITIALS_WORD = regex.compile(r"(?:\p{Lu}\.){1,5}|\p{Lu}\.?")
_CELL_TEXT = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’.,\- ]*")  # "Koning, P. de"


def names_in_columns(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """A name in a table's column of names (``Naam``, ``Contactpersoon``; see
    :func:`redactie.detect.columns.name_column_cells`) that no name stage found: the
    model called it a place (``Dayenne Isenia``), or the cell wrapped it (``Herman
    Oude`` / ``Vrielink``, ``dhr. R.`` / ``Burgemeester``).  Score 0.6, flagged; an
    office holder among them is kept by ``names_officials`` after this stage, as any
    found name."""
    lex = lexicon_for(ctx.rules)
    out = list(findings)
    for number, page in enumerate(ctx.document.pages):
        # (no column of names: a "Voorl." or "Reg." column may stand beside another's)
        cells = name_column_cells(page)
        persons = [(f.start, f.end) for f in out if f.page == number and _is_person(f)]
        # the cells under "Achternaam": a surname, though a place or a noun ("Maas"); and
        # under "Voornaam": a given name, though a month's or a noun's ("Jun")
        part_cells = {tuple(c) for c in surname_column_cells(page)}
        part_cells |= {tuple(c) for c in given_name_column_cells(page)}
        for cell in cells:
            spans = _name_cell(page.text, cell, lex, surname=tuple(cell) in part_cells)
            lead = _cell_lead(page.text, cell) if not spans else None
            if lead is not None:
                # "Thijmen" / "Burgemeester (7" / "jaar), geb.": the name that opens a
                # cell of a register, its details after it
                spans = _name_cell(page.text, lead, lex)
                address = _address_after_lead(page.text, lead, cell) if spans else None
                if address is not None and not any(
                    f.page == number
                    and f.start < address[1]
                    and address[0] < f.end
                    and f.entity_type in ENTITY_GROUNDS
                    for f in out
                ):
                    out.append(
                        span_finding(
                            number, *address, page.text[address[0] : address[1]],
                            entity_type="NL_ADDRESS", recognizer=CONTEXT_RECOGNIZER,
                            source=Source.CONTEXT, rule_id="address_after_name_in_cell",
                            score=0.6,
                            explanation="straat en huisnummer na de naam in de kolom met "
                            "namen van een tabel",
                        )
                    )  # fmt: skip
            for s, e in spans:
                # found already; a part found ("Dharmendra" of "RAMNATH, Dharmendra")
                # leaves the rest readable
                if any(a <= s and e <= b for a, b in persons):
                    continue
                found = person_finding(
                    number, s, e, page.text[s:e],
                    recognizer=CONTEXT_RECOGNIZER, source=Source.CONTEXT,
                    rule_id=NAME_COLUMN_RULE, score=0.6,
                    explanation="naam in de kolom met namen van een tabel",
                )  # fmt: skip
                out.append(found)
        initials_lines = [(s, e, True) for cell in initials_column_cells(page) for s, e in cell]
        code_lines = [(s, e, False) for cell in code_column_cells(page) for s, e in cell]
        for s, e, initials in initials_lines + code_lines:
            # "Voorl./voornaam" | "J.W.": a person's initials beside the surname cell;
            # "Reg." | "MKB", "A.O.", "jdv": the colleague who registered the row
            if _INITIALS_CELL.fullmatch(page.text, s, e) is None and (
                initials or not _code_cell(page.text[s:e].strip(), lex)
            ):
                continue
            if any(
                f.page == number
                and f.start < e
                and s < f.end
                and f.entity_type not in PUBLIC_ENTITY_TYPES  # (the model's "place")
                for f in out
            ):
                continue
            out.append(
                person_finding(
                    number, s, e, page.text[s:e], recognizer=CONTEXT_RECOGNIZER,
                    source=Source.CONTEXT, rule_id=NAME_COLUMN_RULE, score=0.6,
                    explanation="voorletters of parafcode in een kolom van een tabel",
                )
            )  # fmt: skip
    return out


_INITIALS_CELL = regex.compile(r"[ \t]*(?:\p{Lu}\.[ \t]?){1,5}[ \t]*")
_LOWER_CODE = regex.compile(r"\p{Ll}{2,4}")
_NO_CODES = frozenset({"nvt", "ja", "nee", "nb", "tbv", "ok", "geen", "idem", "zie"})


def _code_cell(word: str, lex: Lexicon) -> bool:
    """A handler's code alone in its cell: ``MKB``, ``SvdW``, ``jdv`` (not ``nvt``)."""
    if word.lower().replace(".", "") in _NO_CODES:
        return False
    if _LOWER_CODE.fullmatch(word):
        return True
    return (is_code_shape(word) or (word.isupper() and 2 <= len(word) <= 4)) and not (
        fold(word) in lex.org_words or word in lex.acronyms
    )


def _name_cell(
    text: str, cell: list[tuple[int, int]], lex: Lexicon, *, surname: bool = False
) -> list[tuple[int, int]]:
    """The spans of the name in a cell's lines (titles before it left out), or none
    when the cell holds anything but titles, initials, particles, a role in brackets
    and capitalised words that are no organisation, role, function or calendar word.
    A role word after a title or initials is a surname (``dhr. R.`` / ``Burgemeester``).
    ``surname``: the cell stands under ``Achternaam`` or ``Voornaam``, so its column says
    it is part of a name: a role word, a month's name, a place or a noun in it is one."""
    spans: list[tuple[int, int]] = []
    names: list[str] = []
    done: list[list[str]] = []  # the names of the persons before an "en" in the cell
    # a title or initials seen: a role word after them is a surname; so in the
    # inverted form with the initials after it ("Koning, P. de")
    prefix = _INVERTED_CELL.match(text, cell[0][0]) is not None if cell else False
    # "RAMNATH, Dharmendra": a surname in capitals before the given names, as in a passport
    passport = _PASSPORT_CELL.match(text, cell[0][0]) is not None if cell else False
    after_particle = False
    initials: list[str] = []
    particled: set[str] = set()  # the names right after particles
    hyphen: int | None = None  # where the line before ends in a hyphen
    in_bracket = False  # a remark in brackets wrapped in the cell: "Jun (roepnaam" / "Kevin)"
    for start, end in cell:
        line = text[start:end].rstrip(" -")
        if in_bracket:
            in_bracket = ")" not in line
            continue
        if line.startswith("(") and line.endswith(")"):
            continue  # "(voorzitter)": the person's role
        if line.count("(") == 1 and ")" not in line and not line.startswith("("):
            line = line[: line.index("(")].rstrip()
            in_bracket = True
        # "Jansen, Peter (PJa)": a code or role in brackets after the name is no part of it
        line = _TRAILING_BRACKETS.sub("", line)
        if _CELL_TEXT.fullmatch(line) is None:
            return []
        name_start: int | None = None
        for m in regex.finditer(r"[^\s,]+", line):
            w = m.group()
            if w in ("en", "&") and names:
                # "J.H. Burgemeester en T." / "Burgemeester-van Ooijen": two persons
                if name_start is not None and line[name_start : m.start()].strip():
                    spans.append((start + name_start, start + len(line[: m.start()].rstrip())))
                done.append(names)
                names, name_start, prefix = [], None, False
                continue
            key = fold(w.rstrip("."))
            if name_start is None and not names and not done and key in _CELL_ARTICLES:
                return []  # "It Fryske Gea", "Het Baken": a name with an article is a thing's
            if name_start is None and not names and (key in lex.titles or key in _FAMILY):
                prefix = True
                continue
            if key in _LEGAL_FORMS:
                return []  # "Schaapskudde Ellert" / "en Brammert B.V.": a firm
            if name_start is None:
                name_start = m.start()
            if _INITIALS_WORD.fullmatch(w):
                prefix = True
                initials.append(w)
                continue
            if key in lex.particles or w in NAME_PREFIXES:
                after_particle = True
                continue  # "ten Dam", "Herman Oude" / "Vrielink"
            behind_particles, after_particle = after_particle, False
            if (
                not w[0].isupper()
                # "van 't Hof, G.H.": after particles a word is a surname
                # ("van 't Hof" under "Achternaam": the column says it is a surname)
                or (is_org_word(key, lex) and not (behind_particles and (prefix or surname)))
                or any(is_org_word(part, lex) for part in key.split("-")[1:])  # "Woo-loket"
                or (  # an abbreviation ("BZK"), not a surname in capitals
                    len(w) >= 2
                    and w.isupper()
                    and not (lex.is_surname(w.title()) or lex.is_first_name(w.title()))
                    and not (passport and not names and is_shouted(w))
                )
                or (
                    key in lex.role_words
                    and not prefix
                    and not surname  # "Koning" under "Achternaam"
                    and not (names and lex.is_first_name(names[-1]))  # "Ruud Prins"
                )
                or (key in lex.stopwords and not behind_particles)  # ("ter Haar")
                or (key in lex.calendar and not surname)
                or key in lex.not_names
                or key in _public_role_plurals(lex)  # "Kamerleden X en Y": office holders
            ):
                return []
            names.append(w)
            if behind_particles:
                particled.add(w)  # "van Zwijndrecht": a place's name made a surname
        if name_start is not None:
            span = (start + name_start, start + len(line))
            if hyphen is not None and name_start == 0 and spans and spans[-1][1] == hyphen:
                span = (spans.pop()[0], span[1])  # "Mulder-" / "Timmermans": one surname
            spans.append(span)
        hyphen = start + len(line) if text[start:end].rstrip().endswith("-") else None
    if not names and not done and spans and initials == [text[a:b].strip() for a, b in spans]:
        # "N.H." alone in the column: a child's initials, as a register writes them
        return spans if len(initials) == 1 and initials[0].count(".") >= 2 else []
    for person in [*done, names]:
        if not person or len(person) > 4:
            return []
        if (
            len(person) == 1
            and person[0] not in particled
            and not surname
            and (lex.is_common_noun(person[0]) or fold(person[0]) in lex.places)
        ):
            return []
    return spans


# A street's name by its kind's ending, with a house number after it.
# the endings of streets' names (Dutch; Frisian and the harbours' after them below)
_STREET_ENDINGS = (
    r"straat|weg|laan|kade|plein|gracht|dijk|singel|hof|steeg|pad|dreef|markt|wal|baan"
    r"|plantsoen|park"
)
_STREET_WORD_BEFORE_NUMBER = regex.compile(
    rf"\p{{Lu}}\p{{Ll}}+(?:{_STREET_ENDINGS}|erf|dyk|wei|buorren|haven)"
)
_HOUSE_NUMBER_AFTER = regex.compile(r"[ \t]+[1-9]\d{0,3}[a-zA-Z]?(?![\p{L}\d])")


# the rest of a street named after an office holder, after the holder's name, also
# over a line end ("Burgemeester Lewe" / "van Aduardstraat 9"), with its house number:
# particles first (a street of its own on the next line is an address below the name)
_STREET_GOES_ON = regex.compile(
    r"[ \t]*\n?[ \t]*(?:(?:van|de|der|den|ter|ten|het|'t)[ \t]+){1,3}"
    rf"(?:\p{{Lu}}[\p{{L}}\-]*)?(?:{_STREET_ENDINGS})[ \t]+[1-9]\d{{0,3}}[a-zA-Z]?(?![\p{{L}}\d])"
)


# a street named after a role's holder, right after the role word ("Koningin" /
# "Julianalaan 50")
_STREET_AFTER_ROLE = regex.compile(
    rf"[ \t]*\n?[ \t]*\p{{Lu}}[\p{{L}}\-]*(?:{_STREET_ENDINGS})(?![\p{{L}}])"
)


def _street_before_number(f: Finding, text: str) -> bool:
    """A model's single word that is a street by its ending, a house number after it
    ("Locatie: Stadskantoor Leeuwarden, Oldehoofsterkerkhof 2"): no person."""
    return (
        _STREET_WORD_BEFORE_NUMBER.fullmatch(f.text) is not None
        and _HOUSE_NUMBER_AFTER.match(text, f.end) is not None
    )


def _street_on_next_line(f: Finding, text: str, lex: Lexicon) -> bool:
    """The span, a given name alone, ends its line, and the next line opens with a
    street's last word and a house number (``Henri`` / ``Dunantstraat 1``): the span is
    the street's first word (a surname above a street line is a resident's)."""
    if " " in f.text.strip() or not lex.is_first_name(f.text.strip()):
        return False
    m = _NEXT_LINE_STREET.match(text, f.end)
    return m is not None and _STREET_WORD_BEFORE_NUMBER.fullmatch(m.group(1)) is not None


_NEXT_LINE_STREET = regex.compile(
    r"[ \t]*\n[ \t]*(\p{Lu}\p{Ll}+)[ \t]+[1-9]\d{0,3}[a-zA-Z]?(?!\d|[.,:]\d)"
)


# "het Provinciehuis, Abdij 6, Middelburg": a house number, a comma and a town
_NUMBER_AND_TOWN_AFTER = regex.compile(
    r"[ \t]+[1-9]\d{0,3}[a-zA-Z]?[ \t]*,[ \t]*(\p{Lu}[\p{L}\-]+)(?![\p{L}])"
)


def _street_before_number_and_town(f: Finding, text: str, lex: Lexicon) -> bool:
    """A model's single word, no given name, with a house number and a listed town
    after it: a street whose name has no street ending (``Abdij 6, Middelburg``)."""
    if " " in f.text.strip() or lex.is_first_name(f.text):
        return False
    m = _NUMBER_AND_TOWN_AFTER.match(text, f.end)
    return m is not None and fold(m.group(1)) in lex.places


_STREET_AND_NUMBER = regex.compile(
    r"\p{Lu}[\p{L}'’\-]+(?:[ \t\n]+[\p{L}'’\-]+){0,3}[ \t\n]+[1-9]\d{0,4}"
    r"(?:[ \-]?[a-zA-Z])?(?:[ \t]*,[ \t\n]*\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+)?)?"
)


def _with_number(f: Finding, text: str) -> Finding:
    """The model's street widened over the house number after it."""
    m = _HOUSE_NUMBER_AFTER.match(text, f.end)
    return f if m is None else replace(f, end=m.end(), text=text[f.start : m.end()])


def _model_address(f: Finding) -> Finding:
    return replace(
        f,
        entity_type="NL_ADDRESS",
        ground=ENTITY_GROUNDS["NL_ADDRESS"],
        provenance=Provenance(
            recognizer=f.provenance.recognizer, source=f.provenance.source,
            rule_id="model_street_and_number", score=0.6,
            explanation="straat en huisnummer die het model voor een naam hield",
        ),
    )  # fmt: skip


def _cell_lead(text: str, cell: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The lines of ``cell`` up to its first bracket, digit, ``@`` or comma (the comma
    of an inverted name, ``Koster, A.M.,``, left in): where a register's cell opens
    with a name and goes on with details.  None when nothing is cut off."""
    inverted = (
        (_INVERTED_CELL.match(text, cell[0][0]) or _INVERTED_GIVEN_CELL.match(text, cell[0][0]))
        if cell
        else None
    )
    keep_to = inverted.end() if inverted is not None else -1
    lead: list[tuple[int, int]] = []
    for start, end in cell:
        for m in _LEAD_STOP.finditer(text, start, end):
            if m.start() < keep_to:
                continue
            cut = text[start : m.start()].rstrip(" ,;")
            if cut:
                lead.append((start, start + len(cut)))
            return lead or None
        lead.append((start, end))
    return None


_LEAD_STOP = regex.compile(r"[(\d@,;]")
# "Cijntje, Jaël" / "(dochter ...": a surname, a comma and one given name that ends the line
_INVERTED_GIVEN_CELL = regex.compile(
    r"\p{Lu}[\p{L}\-]+,[ \t]*\p{Lu}\p{Ll}[\p{L}\-]*(?=[ \t]*(?:\n|$|\())"
)
# "mw. N. Prins, Kromme" / "Elleboog 9 (Mechelse": a street and house number after the
# name and its comma
_ADDRESS_AFTER_LEAD = regex.compile(
    r"[ \t]*,[ \t\n]*(\p{Lu}[\p{L}'’\-]+(?:[ \t\n]+(?:\p{Lu}[\p{L}'’\-]+|van|de|der|den|het))"
    r"{0,3}[ \t\n]+[1-9]\d{0,4}(?:[ \-]?[a-zA-Z](?![\p{L}]))?)(?![\d\p{L}])"
)


def _address_after_lead(
    text: str, lead: list[tuple[int, int]], cell: list[tuple[int, int]]
) -> tuple[int, int] | None:
    end = cell[-1][1]
    m = _ADDRESS_AFTER_LEAD.match(text, lead[-1][1], end)
    return (m.start(1), m.end(1)) if m is not None else None


_FAMILY = frozenset({"fam", "familie"})
_CELL_ARTICLES = frozenset({"het", "it", "the", "'t", "’t"})
_TRAILING_BRACKETS = regex.compile(r"(?<=\S)[ \t]+\([^()\n]{1,20}\)$")
# "Koning, P. de"; also wrapped in its cell ("Burgemeester," / "A.") and after its
# particles ("van 't Hof, G.H.")
_INVERTED_CELL = regex.compile(
    r"(?:(?:van|de|der|den|ter|ten|te|'t|’t|in|op)[ \t]+)*"
    r"\p{Lu}[\p{L}\-]+,[ \t]*\n?[ \t]*(?:\p{Lu}\.[ \t]?)+"
)
_PASSPORT_CELL = regex.compile(r"\p{Lu}{2,}(?:[ \-]\p{Lu}{2,})*,[ \t]*\p{Lu}\p{Ll}")


def names_lists(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Apply the organisation's keep and always-redact lists."""
    lex = lexicon_for(ctx.rules)
    keep = [
        p for p in (parse_name(t, lex) for t in _entries(getattr(ctx.rules, "keep_names", ()))) if p
    ]
    always_texts = _entries(getattr(ctx.rules, "always_redact_names", ()))
    always = [p for p in (parse_name(t, lex) for t in always_texts) if p]
    if not keep and not always:
        return findings
    out: list[Finding] = []
    for f in findings:
        if _is_person(f):
            p = parse_name(f.text, lex)
            if p is not None and any(compatible(p, a) for a in always):
                f = f.with_action(Action.REDACT) if f.action is not Action.REDACT else f
            elif p is not None and any(compatible(p, k) for k in keep):
                f = f.with_action(Action.KEEP, REASON_KEEP_LIST)
        out.append(f)
    if always:
        forms: set[str] = set()
        for a in always:
            forms |= {v for v in variants(a, lex) if " " in v or fold(v) == a.core}
        out.extend(
            _mentions(
                out,
                ctx,
                forms,
                lex,
                rule_id="always_redact",
                recognizer=ALWAYS_REDACT_RECOGNIZER,
                source=Source.LIST,
                explanation="op de lijst altijd lakken (rules)",
            )
        )
    return out


# ------------------------------------------------------------------ officials


def _role_patterns(lex: Lexicon) -> list[tuple[Any, Any, Any, str]]:
    """Per public role: a regex for the text before a name, one for the text after it.

    Each comes with a quick test for the role's words alone: the text before a name
    seldom holds one, and the full pattern, anchored at the window's end, would be
    tried from every position of the window."""
    cached = _ROLE_CACHE.get(id(lex))
    if cached is not None:
        return cached
    titles = "|".join(regex.escape(t) for t in sorted(lex.titles, key=len, reverse=True))
    sal = "|".join(r"\s+".join(regex.escape(w) for w in s.split()) for s in lex.salutations)
    conn = (
        r"(?:de|het|der|en|voor|van|the|and|of|for|minister|staatssecretaris|gemeente|provincie|stad|regio"
        r"|[\p{Lu}][\p{L}\p{M}’'\-]*)"
    )
    # A portfolio or area between the role and the name: "wethouder Onderwijs X",
    # "de wethouder sport van Heerenveen, X," (lower case only before van/voor/in).
    # (several joined: "wethouder Zorg en Welzijn Tjeerdsma", "Ruimte, Wonen en Mobiliteit";
    # an apposition after it: "wethouder Zorg, Welzijn en Schuldhulp, mevrouw Demirtaş")
    portfolio = (
        r"(?:[ \t]+(?:\p{Lu}[\p{L}\-]+"
        r"(?:(?:(?:,[ \t]*|[ \t]+(?:en|&)[ \t]+)\p{Lu}[\p{L}\-]+){0,3}(?=[ \t]+\p{Lu}|[ \t]*$)"
        # a portfolio of several parts before a comma (not "burgemeester Bos, Jan ...")
        r"|(?:(?:,[ \t]*|[ \t]+(?:en|&)[ \t]+)\p{Lu}[\p{L}\-]+){1,3}(?=[ \t]*,))"
        r"|[\p{L}\-]+(?=\s+(?:van|voor|in)(?![\p{L}]))"
        # one portfolio word before a comma: "de wethouder Bedrijfsvoering, de heer Y. Benali"
        r"|\p{Lu}\p{Ll}{2,}(?:voering|zaken|beleid|relaties|financi[eë]n|onderwijs|zorg|ordening"
        r"|ontwikkeling|verlening|handhaving|veiligheid|economie|cultuur|sport|wonen|jeugd"
        r"|mobiliteit|duurzaamheid|participatie)(?=[ \t]*,)"
        # an adjective and a noun before a comma: "wethouder Sociaal Domein, D. de Haan"
        r"|(?:Sociaal|Sociale|Fysiek|Fysieke|Ruimtelijke|Openbare|Publieke|Economische"
        r"|Financi[eë]le|Maatschappelijke|Algemene|Juridische|Bestuurlijke)[ \t]+\p{Lu}\p{Ll}{2,}"
        r"(?=[ \t]*,)"
        # a table's role cell: "Wethouder energie" / "Van der Ploeg" on the line below
        r"|(?:energie|energietransitie|financi[eë]n|onderwijs|zorg|wonen|jeugd|sport|cultuur"
        r"|economie|verkeer|milieu|duurzaamheid|mobiliteit|welzijn|werk|inkomen|armoede|wmo"
        r"|participatie|ruimte|handhaving|veiligheid|klimaat|volkshuisvesting|gezondheid"
        r"|natuur|landbouw|water|erfgoed|toerisme|bestuur|dienstverlening|personeel"
        r"|digitalisering|grondzaken|vastgoed|asiel|integratie)(?=[ \t]*\n))"
        # a table's cell wrapped between the role and one portfolio word before a comma:
        # "staatssecretaris" / "Koninkrijksrelaties, Szabó"
        r"|[ \t]*\n[ \t]*\p{Lu}\p{Ll}{2,}(?:zaken|beleid|relaties|financi[eë]n|onderwijs"
        r"|ordening|ontwikkeling|handhaving|veiligheid|economie|cultuur|mobiliteit)(?=[ \t]*,))?"
    )
    any_role = "|".join(
        r"\s+".join(regex.escape(w) for w in word.split())
        for word in sorted(
            {w for role in lex.config.public_roles for w in role.words}, key=len, reverse=True
        )
    )
    out = []
    for role in lex.config.public_roles:
        words = "|".join(
            r"\s+".join(regex.escape(w) for w in word.split())
            for word in sorted({*role.words, *role.plural}, key=len, reverse=True)
        )
        # "Minister Hoogendoorn", "De Minister van BZK,\nJ.A. Hoogendoorn",
        # "de woordvoerder van de minister, Thijs Verbeek,"
        # "genoemd naar atlete Fanny ...": the namesake's calling between
        calling = r"(?:[ \t]+\p{Ll}{3,}(?=[ \t]+\p{Lu}|[ \t]*$))?" if role.namesake else ""
        before = regex.compile(
            rf"(?<![\p{{L}}])(?i:{words}){calling}{portfolio}(?:\s+(?:van|voor|in|for|of)(?:[\s,–\-]+{conn}){{1,10}})?"
            # a remark in brackets after the role: "Dijkgraaf (voorzitter)", "Lid AB (geborgd)"
            rf"(?:[ \t]*\([^()\n]{{1,40}}\))?"
            rf"(?:[ \t]*:|[ \t]+(?:is|was|wordt|blijft))?"  # "Woordvoerder is Femke Schuurman"
            rf"[ \t]*-?\s*(?P<comma>,)?\s*\(?\s*(?:(?i:{titles})\.?\s*|(?i:{sal})\.?\s+)*$"
        )
        # "J.A. Hoogendoorn, minister van BZK" (not "Henk, burgemeester Dijkhuizen")
        after = regex.compile(
            # "(voorzitter, raadslid FNP)": another role of the same person before it
            rf"^(?:\s*(?:[,(]|\(\s*\p{{Ll}}[\p{{L}}\-]*(?:\s+\p{{Ll}}[\p{{L}}\-]*){{0,2}}\s*,)"
            # a table's next cell that gives the office and its body: "Ingrid Tolsma" /
            # "burgemeester, Gemeente X", "Tweede Kamerlid (CDA)" (not the next line's
            # label "Burgemeester: Femke Halsema", nor a rank "Commissioner, police ...")
            rf"|[ \t]*\n[ \t]*(?=(?i:{words})(?:[ \t]+\p{{Lu}}\p{{Ll}}+)?[ \t]*"
            rf"(?:,[ \t]*\p{{Lu}}|\([^()\n]{{1,30}}\))))"
            rf"\s*(?:(?:de|het)\s+)?(?i:{words})"
            rf"(?=\s+(?:van|voor|der|in|of|to|for)(?![\p{{L}}])|\s*[,.;:)]|[ \t]*(?:\n|$)"
            # a party in brackets after the role: "Tweede Kamerlid (CDA)"
            rf"|[ \t]*\((?=[^()\n]{{1,30}}\))"
            # "(woordvoerder wethouder Kuipers)": the role of the holder's office
            rf"|[ \t]+(?i:{any_role})(?![\p{{L}}])"
            # "wethouder Ruimtelijke Ordening": a portfolio (see _holder_after_role)
            rf"|[ \t]+(?=\p{{Lu}}))"
        )
        quick = regex.compile(rf"(?<![\p{{L}}])(?i:{words})")
        out.append((quick, before, after, role.reason))
        if role.plural:
            # "wethouders Jansen en De Vries", "de leden Van der Kolk, Hazenberg en Omtzigt":
            # after a plural role only ("burgemeester Dijkhuizen, Sven Mulder" is a list).
            plural = "|".join(regex.escape(w) for w in sorted(role.plural, key=len, reverse=True))
            name = (
                # the given name may end a line ("Rients de Boer en Marit" / "Yntema")
                r"(?:(?:\p{Lu}\.\s*)+)?(?:\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t]+|[ \t]*\n[ \t]*))?"
                r"(?:(?:[Vv]an|[Dd]e[nr]?|[Tt]e[rn]?|[Hh]et|'t)[ \t]+)*\p{Lu}[\p{L}\p{M}'’\-]*"
            )
            # "en" closes the list: "Kamerleden A en B, Ramon Sabajo" names a third person
            item = rf"{name}\s*(?:\([^()\n]{{1,20}}\)\s*)?"
            listed = regex.compile(
                # "Statenleden: De Bakker (SP), ..., Sengers (Lokaal Brabant)": a label too
                rf"(?<![\p{{L}}\-])(?i:{plural})[ \t]*:?\s+(?:{item},\s*){{0,7}}"
                rf"(?:{item}(?:,|\ben\b)\s*)(?:(?i:{titles})\.?\s*)*$"
            )
            out.append((quick, listed, _NEVER, role.reason))
    _ROLE_CACHE[id(lex)] = out
    return out


_NEVER = regex.compile(r"(?!)")


def _any_role_word(lex: Lexicon) -> Any:
    """The quick tests of :func:`_role_patterns` in one: any public role's word (or
    plural) where no letter stands before it.  Every pattern before or after a name
    holds one of these words."""
    got = _ANY_ROLE_CACHE.get(id(lex))
    if got is None:
        words = {w for role in lex.config.public_roles for w in (*role.words, *role.plural)}
        alternatives = "|".join(
            r"\s+".join(regex.escape(x) for x in w.split())
            for w in sorted(words, key=len, reverse=True)
        )
        got = _ANY_ROLE_CACHE[id(lex)] = regex.compile(rf"(?<![\p{{L}}])(?i:{alternatives})")
    return got


_ANY_ROLE_CACHE: dict[int, Any] = {}


def _name_opens_role_line(window: str, at: int, lex: Lexicon) -> bool:
    """The line that ends in the role at ``at`` opens with a capitalised name of its
    own (a table row read as one line: ``Roos Verhagen-Achterberg voorzitter
    stadsdeelcommissie``), not with an article or ``Namens`` (a signature's ``De
    Minister van BZK,``)."""
    line = window[window.rfind("\n", 0, at) + 1 : at].split()
    if not line or fold(line[0]) in ("de", "het", "namens", "the", "voor", "for"):
        return False
    return all(is_capitalised(w) or fold(w) in lex.particles for w in line) and any(
        lex.is_first_name(w) or lex.is_surname(w) or lex.is_name_shaped(w) for w in line
    )


def _across_block(matched: str) -> bool:
    """The text from a role to a name runs over a blank line after another line of
    text (``de schepen, / Nele Van Hecke / (blank) / Kopie: de heer``): the name is in
    another block.  A signature (``De Minister van BZK, / (blank) / J.A. Hoogendoorn``)
    has only blank lines between."""
    lines = matched.split("\n")
    blank = next((i for i, x in enumerate(lines) if i and not x.strip()), None)
    if blank is None:
        return False
    return any(x.strip() for x in lines[1:blank]) or ":" in lines[-1]
_SALUTATION_END = regex.compile(
    r"(?i:\b(?:mevrouw|mevr|mw|de[ \t]+heer|dhr|heer|meneer|mr|mrs|ms|mejuffrouw)\.?)[ \t]+$"
)
_MEMBERS_LABEL = regex.compile(r"(?i)leden[ \t]*:")
_COUNT_BEFORE = regex.compile(r"(?<![\d.,:\-/])\d{1,4}[ \t]+\Z")
_NAME_END = regex.compile(r"(?:(?:\p{Lu}\.[ \t]?)+|(?P<given>\p{Lu}[\p{Ll}\-]+))[ \t]+$")


def _name_before_role_word(before: str, lex: Lexicon) -> bool:
    """Initials or a listed given name right before a role word on its line: the role
    word is that person's surname (``J.A. Prins``, ``Hester Burgemeester``)."""
    m = _NAME_END.search(before)
    if m is None:
        return False
    given = m.group("given")
    return given is None or (lex.is_first_name(given) and not is_blocked(given, lex))
_HEADER_LABEL_LINE = regex.compile(
    r"\n[ \t]*(?:Via|Van|Aan|Cc|CC|Bcc|Kopie|Datum|Onderwerp|Betreft|From|To)[ \t]*:"
)


_ROLE_CACHE: dict[int, list[tuple[Any, Any, Any, str]]] = {}
_BLANK_LINE = regex.compile(r"\n[ \t]*\n")
# a salutation right after the role, without a comma: "de gedeputeerde de heer "
_SALUTATION_CLOSES = regex.compile(
    r"(?i)[ \t]+(?:de[ \t]+heer|mevrouw|mevr\.?|meneer|dhr\.?|mw\.?)[ \t]*\Z"
)
# the role's article inside a running clause: "vraagt of de " / "spreekt met de "
_ARTICLE_IN_CLAUSE = regex.compile(r"(?<![\p{L}])\p{Ll}{2,}[ \t]+(?:de|het)[ \t]+\Z")


def official_reason(
    text: str, start: int, end: int, lex: Lexicon, row_start: int | None = None
) -> str:
    """Why the name at ``text[start:end]`` is a public official in role; "" if it is not.

    ``row_start``: where the table row of the name begins in ``text``, when the page's
    geometry tells (see :func:`redactie.detect.columns.row_start`); the lines before
    it are another row's."""
    if _STREET_GOES_ON.match(text, end):
        return ""  # "Burgemeester Lewe" / "van Aduardstraat 9": a street, no office holder
    first_word = text[start:end].split(maxsplit=1)[:1]
    if first_word and first_word[0][:1].isupper() and is_street(fold(first_word[0]), lex):
        return ""  # "Burgemeester" + "Wijnenstraat Fatma Doğan": the span opens with a street
    window = text[max(0, start - 160) : start]
    # "de motie-Van Rooijen-Obi": a motion glued to its MP's name
    window = _GLUED_MOTION.sub(r"\1 ", window)
    # "het lid De Hoop" where only "Hoop" was found: the particles belong to the name.
    window = _TRAILING_PARTICLES.sub("", window)
    tail = text[end : end + 60]
    any_role = _any_role_word(lex)
    # no role word before or after the name (most names): no role pattern can match
    patterns = (
        _role_patterns(lex) if any_role.search(window) or any_role.search(tail) else []
    )
    for quick, before, after, reason in patterns:
        m = before.search(window) if quick.search(window) else None
        if m and m.groupdict().get("comma") and not _CLOSES.match(tail):
            m = None  # "de burgemeester, Sven Mulder (coördinator)": a list, not an apposition
        if m and any(
            is_street(fold(w.strip(",.")), lex) and w[:1].isupper() for w in m.group().split()[1:]
        ):
            m = None  # "Kruising Burgemeester Wijnenstraat" / "Fatma Doğan": a street's name
        if m and m.group()[:5].lower() == "leden" and _COUNT_BEFORE.search(window, 0, m.start()):
            m = None  # "5 leden" / "Priya Ramdin 08:47": a count of members, no title
        if m and _MEMBERS_LABEL.match(m.group()):
            m = None  # "Leden: Jan Bos": the members of a team, not of a parliament
        if m and _RANKED_COMMISSIONER.search(window, max(0, m.start() - 30), m.start() + 12):
            m = None  # "chief commissioner Pieter-Jan Vermeulen": a police rank
        if m and _HEADER_LABEL_LINE.search(m.group()):
            m = None  # "Aan: de burgemeester van Zaanstad / Via: mr. X": another header line
        if (
            m
            and "\n" in m.group()
            and not tail.split("\n", 1)[0].strip()
            and _ROLE_AS_OBJECT.search(window, 0, m.start())
        ):
            # "Verslag naar de Rijksvertegenwoordiger" / "N. Coffie" / "27 oktober": the
            # next cell's name (in prose the sentence goes on after the wrapped name)
            m = None
        if m and _role_ends_another_cell(text, start, m.group(), row_start):
            m = None  # "Agenda bezoek minister" | "D. van 't Hof": the subject's cell
        if (
            m
            and row_start is not None
            and _BLANK_LINE.search(m.group())  # (not a cell's wrapped title)
            and max(0, start - 160) + m.start() < row_start
            # (a signature's role ends with a comma: "De Minister van BZK," / (blank) / "J.A.
            # Hoogendoorn")
            # (or an apposition that wraps: "De commissaris van de Koning in Gelderland, de
            # heer" / "Bentinck-Oldenhove,")
            and "," not in m.group()
        ):
            # "M. Blom-Tuinman | lid algemeen bestuur (BBB)" / (blank) / "Anneke Zwaan |
            # commissiegriffier": the role stands in the row above, by the page's geometry
            m = None
        if m and _SALUTATION_END.search(window[: m.start()]):
            m = None  # "mevrouw Koning: Dewi Ramdin": a surname that is a role word
        if m and _name_before_role_word(window[: m.start()], lex):
            m = None  # "J.A. Prins (JPr)": the role word is the surname of the name before
        if m and _across_block(m.group()):
            m = None  # "de schepen, / Nele Van Hecke / (blank) / Kopie: de heer X": another block
        if m and "\n" in m.group() and _name_opens_role_line(window, m.start(), lex):
            m = None  # "Roos Verhagen | voorzitter stadsdeelcommissie" / (blank) / "Bas": hers
        if m and _POSSESSIVE.search(m.group()):
            m = None  # "the Minister of General Affairs' Chief of Staff, Mr. X": his staff
        if (
            m
            and "," not in m.group()  # "de wethouder X van Utrecht, de heer Y": apposition
            and _SALUTATION_CLOSES.search(m.group())
            and _ARTICLE_IN_CLAUSE.search(window[: m.start()])
        ):
            # "vraagt of de gedeputeerde de heer Oosterhout wil spreken": the office is the
            # subject in the clause and the gentleman its object, no apposition
            m = None
        if (
            m
            and "\n" in m.group()
            and not _role_wraps_in_prose(window, m.start(), m.group())
            and _own_role_after(tail, lex)
        ):
            m = None  # "Peeters, burgemeester" / "Ingrid Wuyts, diensthoofd": her own role
        if m and reason == REASON_SPOKESPERSON and _private_body_before(window[: m.start()]):
            m = None  # "de Bewonerscommissie heeft via haar woordvoerder, mevrouw X": a citizen
        if m and reason == REASON_SPOKESPERSON and m.groupdict().get("comma"):
            # "haar woordvoerder, Sven ter Haar,", "de woordvoerder van BZK, mevrouw
            # Prins": a civil servant introduced by name, not the spokesperson's title
            # ("Woordvoerder Joost Tiemens stelt een reactie op")
            m = None
        if m and _role_of_another(
            window[: m.start()],
            lex,
            tail=tail,
            role=m.group(),
            # a plural role's list may wrap between its names ("Statenleden A en / B")
            apposition=bool(m.groupdict().get("comma"))
            or (
                "\n" in m.group()
                and (after is not _NEVER or m.group().split("\n")[0].rstrip().endswith(","))
            ),
        ):
            m = None
        if m:
            return reason
        a = after.search(tail)
        if a is not None and _STREET_AFTER_ROLE.match(tail, a.end()):
            a = None  # "Hendrik Slagboom (Koningin Julianalaan 50)": his street, no office
        if a is not None and _ASSOCIATION_AFTER.match(tail, a.end()):
            a = None  # "Twan Verheijen, president van Carnavalsvereniging X": its chair
        if a is not None and not _holder_after_role(tail, a.end(), lex):
            return reason
    party = _PARTY_AFTER.match(tail)
    if party and any(
        # "(geborgde zetel ongebouwd)": the category of a reserved seat, in lower case
        (g.capitalize() if n == _SEAT_GROUP else g) in _parties(lex)
        # "Ineke Wolters (Zutphen Solidair)": a local party by its words
        or (n in (_BRACKET_GROUP, _ROW_PARTY_GROUP, _POST_BRACKET_GROUP) and _local_party(g))
        for n, raw in enumerate(party.groups(), start=1)
        if raw
        # (a name wrapped at its hyphen: "GroenLinks-" / "PvdA")
        for g in [" ".join(regex.sub(r"-[ \t]*\n[ \t]*", "-", raw).split())]
    ):
        return REASON_PARTY
    return (
        _historic(text, start, end)
        or _cited_author(text, start, end)
        or _role_line_below(text, start, end, lex)
        or _row_role(text, start, lex, end, row_start)
    )


def _role_cell_beside(text: str, end: int, lex: Lexicon) -> str:
    """``Marcelle van Putten-Hassell`` | ``regeringscommissaris, voorzitter``: a table
    row read as one line, the name's cell and then (a column gap away, see
    :func:`redactie.detect.columns.column_gap_after`) a role cell that opens with a
    public role."""
    rest = _role_word_after(text, end, lex)
    return _role_in_cell(rest, lex) if rest else ""


def _role_word_after(text: str, end: int, lex: Lexicon) -> str:
    """The rest of the name's line when it opens with a public role's word."""
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end].strip()
    words = [fold(w.rstrip(",")) for w in rest.split()[:4]]
    if not words:
        return ""
    roles = _public_role_words(lex)
    # a role of two words or more too: "voorzitter stadsdeelcommissie", "lid dagelijks
    # bestuur"
    phrases = _public_role_pairs(lex)
    return (
        rest
        if words[0] in roles or any(" ".join(words[:n]) in phrases for n in (2, 3, 4))
        else ""
    )


def _public_role_pairs(lex: Lexicon) -> frozenset[str]:
    """The public roles of two to four words, folded (``lid stadsdeelcommissie``, ``lid
    dagelijks bestuur``)."""
    cached = _PUBLIC_ROLE_PAIRS.get(id(lex))
    if cached is None:
        cached = _PUBLIC_ROLE_PAIRS[id(lex)] = frozenset(
            fold(w)
            for role in lex.config.public_roles
            for w in role.words
            if 2 <= len(w.split()) <= 4
        )
    return cached


_PUBLIC_ROLE_PAIRS: dict[int, frozenset[str]] = {}


_WORD_BEFORE_ROLE = regex.compile(r"(?<![\p{L}\-])(\p{Ll}{3,})[ \t]+\Z")
_DETERMINERS = frozenset({"het", "een", "the", "onze", "zijn", "haar", "hun", "our", "your"})


def _role_ends_another_cell(text: str, start: int, role: str, row_start: int | None) -> bool:
    """The role before the name ends the line above it in the same table row, after a
    word of its own (``Agenda bezoek minister`` | ``D. van 't Hof / A. Smits``): the
    role belongs to the subject in that cell, and the name is another column's.  A
    cell that holds just the role (``Burgemeester`` | ``Jan Bos``) still names him."""
    if row_start is None or "\n" not in role:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not _opens_line(text, start) or line_start < 2:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    if above < row_start:
        return False  # the line above is another row's, or prose that wraps
    line = text[above : line_start - 1].rstrip()
    head = role.split("\n", 1)[0].strip()
    if not head or not line.endswith(head):
        return False
    word = _WORD_BEFORE_ROLE.search(line[: len(line) - len(head)])
    return word is not None and word.group(1) not in _DETERMINERS


def _opens_line(text: str, start: int) -> bool:
    """Nothing but blanks stands before ``start`` on its line."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


# an association after a role word: the role is its post, no public office
_ASSOCIATION_AFTER = regex.compile(
    r"(?i)[ \t\n]+(?:van|of)[ \t\n]+(?:de[ \t\n]+|het[ \t\n]+|the[ \t\n]+)?"
    r"\p{L}*(?:vereniging|club|stichting|bond|genootschap|schutterij|harmonie|fanfare|gilde"
    r"|association|society)(?![\p{L}])"
)


REASON_SIGNED_ROLE = "bestuurder in functie (ondertekening met functie)"
# the role a preposition's object, at the end of the text before it ("naar de", "met
# het"): the office is who the action goes to, not the title of the name below
_ROLE_AS_OBJECT = regex.compile(r"(?i)(?<![\p{L}])(?:naar|bij|met)[ \t]+(?:de[ \t]+|het[ \t]+)?\Z")


def _role_line_below(text: str, start: int, end: int, lex: Lexicon) -> str:
    """A name alone on its line, with the next line opening with a public office
    (``Rinze Sijbesma`` / ``wethouder Onderwijs, Jeugd en Sociale Basis``): a signature
    by the office holder, also under "namens het college"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip(" \t,"):
        return ""
    before = text[line_start:start].strip()
    if before and not all(fold(w.rstrip(".")) in lex.titles for w in before.split()):
        return ""
    next_end = text.find("\n", line_end + 1)
    below = text[line_end + 1 : len(text) if next_end < 0 else next_end].strip()
    words = below.split()
    if not words or len(words) > 10:
        return ""
    if next_end >= 0 and _STREET_GOES_ON.match(text, next_end):
        return ""  # "Mihai Dumitrescu" / "Burgemeester Lewe" / "van Aduardstraat 9": an address
    if next_end >= 0:
        # "Dirk Nijenhuis" / "wethouder" / "Ekkelkamp": a table's role cell over its
        # holder's name, not the signature's role
        after_end = text.find("\n", next_end + 1)
        after = text[next_end + 1 : len(text) if after_end < 0 else after_end].split()
        if 1 <= len(after) <= 3 and all(w[:1].isupper() for w in after):
            return ""
    first = fold(words[0].rstrip(","))
    if first == "commissaris":  # of the King, not of police
        return REASON_SIGNED_ROLE if regex.match(r"(?i)commissaris van de koning", below) else ""
    if _COUNCIL_CHAIR.match(below):
        return REASON_SIGNED_ROLE  # "Wouter Maes" / "voorzitter van de gemeenteraad"
    return REASON_SIGNED_ROLE if first in _SIGNING_OFFICES else ""


# the chair of an elected council (not of any body: "voorzitter van de vereniging")
_COUNCIL_CHAIR = regex.compile(
    r"(?i)voorzitter\s+van\s+(?:de\s+)?(?:gemeenteraad|raad(?!\s+van\s)|provinciale\s+staten|eilandsraad"
    r"|algemeen\s+bestuur)(?![\p{L}])"
)


# Offices whose holder signs in that office (not the staff: "secretaris", "directeur").
_SIGNING_OFFICES = frozenset(
    {"burgemeester", "loco-burgemeester", "wethouder", "minister", "staatssecretaris",
     "gedeputeerde", "dijkgraaf", "gezaghebber", "gouverneur", "schepen", "minister-president"}
)


REASON_SPOKESPERSON = "woordvoerder in functie"
# A body of citizens or a business: its spokesperson speaks as a private person.
_PRIVATE_BODY = regex.compile(
    r"(?i)(?:bewoners|buurt|vereniging|stichting|comit[ée]|actiegroep|actiecomit|belangen"
    r"|co[öo]peratie|werkgroep|platform|b\.v\.|n\.v\.|bedrijf|onderneming|advocaten"
    r"|kantoor|club|ondernemers|omwonenden|insprekers?|petitie)"
)


def _private_body_before(window: str) -> bool:
    """The sentence before a spokesperson's role names a body of citizens or a firm."""
    cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
    return _PRIVATE_BODY.search(window, cut) is not None


REASON_CITED = "auteur van een gepubliceerde bron"
REASON_COMMITTEE_CHAIR = "voorzitter van een benoemde commissie in functie"
# "het rapport van Kolstein (TNO, 2019)", "de studie door Van Rijn (2021)": the author of
# a publication the text cites, with its year; "Bakker et al." needs no more.
_AUTHOR_WORD = r"(?:\p{Lu}[\p{L}\p{M}'’.\-]*|van|de|der|den|ter|ten|het)"
_AUTHOR = rf"{_AUTHOR_WORD}(?:[ \t\n]+{_AUTHOR_WORD})*"
_AUTHOR_SEP = r"[ \t\n]*(?:,|en|and|&)[ \t\n]+"
# academic titles before a cited author's name, over a line end too
_AUTHOR_TITLES = r"(?i:(?:prof|dr|drs|mr|ir|ing)\.?[ \t\n]+)*"
# the nouns of a published source ("het rapport ... van", "onder leiding van")
_PUBLICATION_NOUNS = (
    r"rapport|rapportage|onderzoek|studie|publicatie|artikel|boek|advies|evaluatie|analyse"
    r"|proefschrift|dissertatie|report|study|paper|article|review"
)
_PUBLICATION_BEFORE = regex.compile(
    # also as a compound's head: "de marktanalyse van", "het RIVM-rapport van"
    rf"(?i:(?<![\p{{L}}\-])[\p{{L}}\-]{{0,20}}?(?P<noun>{_PUBLICATION_NOUNS})(?:en|s)?"
    # a title in quotes may follow: "het rapport 'Zout op de grens' van"
    r"(?:\s+(?P<title>['‘\"“][^'’\"”]{1,100}['’\"”])"
    # or a title without quotes that opens with a capital: "het landelijke onderzoek
    # Thuiszitters in beeld van"
    r"|\s+(?P<utitle>(?-i:\p{Lu})[\p{L}\-]*(?:[ \t]+[\p{L}\-]+){0,5}))?"
    r"\s+(?:van|door|by|of)\s+(?:(?:de|het|the)\s+)?(?:(?:auteurs?|authors?)\s+)?)"
    # earlier authors of the same source: "van Van den Hurk en Lammerts-Boon"
    rf"(?:{_AUTHOR}{_AUTHOR_SEP}){{0,4}}"
    # titles before the name: "van prof. dr. M. Hoogervorst-Lens"
    rf"{_AUTHOR_TITLES}\Z"
)
# sources that are published by what they are ("het proefschrift van Marcel Maussen")
_PUBLISHED_NOUNS = frozenset({"proefschrift", "dissertatie", "boek"})
_YEAR_AFTER = regex.compile(
    rf"(?:{_AUTHOR_SEP}{_AUTHOR}){{0,4}}"
    # "het onderzoek van Pepijn Brandon e.a., Staat en slavernij (2023)": and others
    r"(?:[ \t]+(?:et[ \t]+al\.?|e\.[ ]?a\.))?"
    # the subject may come first: "van G.P. van den Berg over windturbinegeluid in de
    # nacht (Rijksuniversiteit Groningen, 2006)"
    r"(?:[ \t\n]+(?:over|on|about|naar|bij|at)[ \t\n]+[^().;:!?]{1,80}?)?"
    # "(Deltares, 2024)", "(2021)", or in the sentence: ", Universiteit Utrecht, 2023)"
    r"[ \t\n]*(?:en[ \t]+collega'?s[ \t\n]*)?"
    # the verb of the citing sentence may come first: "van X en Y gebruikt (WUR, 2024)"
    r"(?:\p{Ll}{3,15}[ \t\n]+(?=\())?"
    # "(Deltares, 2024)", ", 2023", or "het boek van Anton de Kom uit 1934"
    # or the title first: ", Staat en slavernij (2023)"
    r"(?:(?:\(|,[ \t]*)(?:[^()]{0,90}?(?:,[ \t\n]*|\())?"
    r"|(?:uit|van|in|from|of)[ \t]+(?=(?:19|20)\d\d))"
    # the day of publication may stand before the year: "(17 december 2020)"
    # or its month alone: "(auteurs X en Y, juli 2025)"
    r"(?:(?:\d{1,2}[ \t]+)?\p{L}{3,10}\.?[ \t]+)?(?:19|20)\d\d[a-z]?(?!\d)"
)
_ET_AL = regex.compile(r"[ \t\n]+et[ \t\n]+al\.?")
# a citation in brackets: "(E.J. Tijssen-Wuyts en P.R. Rensema, 2021)"
_BRACKET_AUTHORS_BEFORE = regex.compile(
    rf"\([ \t\n]*(?:{_AUTHOR}{_AUTHOR_SEP}){{0,4}}{_AUTHOR_TITLES}\Z"
)
_BRACKET_YEAR_AFTER = regex.compile(
    rf"(?:{_AUTHOR_SEP}{_AUTHOR}){{0,4}}(?:[ \t\n]+et[ \t]+al\.?)?[ \t\n]*,[ \t\n]*"
    r"(?:19|20)\d\d[a-z]?[ \t]*\)"
)
# "Monitor RES 2025 van het Planbureau voor de Leefomgeving, auteurs X en Y": the
# names right after the word "auteurs" of a source that a year dates
_AUTHORS_LABEL = regex.compile(
    r"(?i:(?<![\p{L}])(?:auteurs?|authors?|geschreven[ \t\n]+door|written[ \t\n]+by)"
    rf"[ \t]*:?[ \t\n]+)(?:{_AUTHOR_TITLES}{_AUTHOR}{_AUTHOR_SEP}){{0,4}}{_AUTHOR_TITLES}\Z"
)
_YEAR = regex.compile(r"(?<![\d\-/.])(?:19|20)\d\d(?![\d\-/])")
# a named committee or council, capitalised, in the clause before "onder leiding van"
_NAMED_COMMITTEE = regex.compile(
    r"(?<![\p{L}])\p{Lu}\p{Ll}*(?:commissie|raad|college)(?![\p{L}])[^.;!?\n]{0,70}\Z"
)
_LED_BY = regex.compile(
    r"(?i:\b(?:onder[ \t\n]+(?:leiding|voorzitterschap)[ \t\n]+van|voorgezeten[ \t\n]+door"
    r"|chaired[ \t\n]+by"
    r"|led[ \t\n]+by))[ \t\n]+\Z"
)
_PUBLICATION_WORD = regex.compile(
    rf"(?i:(?<![\p{{L}}])(?:{_PUBLICATION_NOUNS})(?:en|s)?(?![\p{{L}}]))"
)


# "sterk op Lindeboom, Arslan en Zwart (2023)": names with a year in brackets after the
# last, the way a text cites its literature
_YEAR_IN_BRACKETS = regex.compile(
    rf"(?:{_AUTHOR_SEP}{_AUTHOR}){{0,4}}[ \t\n]*\((?:19|20)\d\d[a-z]?(?:[,:;][^()]{{0,80}})?\)"
)
# the publication itself in the brackets: "Van Dijk en Oudshoorn (RIVM-rapport 2019)",
# also with its number: "(RIVM-rapport 2021-0134)"
_PUBLICATION_IN_BRACKETS = regex.compile(
    rf"(?:{_AUTHOR_SEP}{_AUTHOR}){{0,4}}[ \t\n]*\([^()\n]{{0,30}}?"
    rf"(?i:{_PUBLICATION_NOUNS})[^()]{{0,30}}?(?:19|20)\d\d(?:[a-z]|[\-/]\d{{1,5}})?\)"
)
# the words of a text about its sources, before such a citation
_LITERATURE_WORD = regex.compile(
    rf"(?i:(?<![\p{{L}}])(?:{_PUBLICATION_NOUNS}|literatuur|bron|bronnen|hoofdstuk|paragraaf"
    r"|volgens|zie|cf|citeert|citeren|verwijst|verwijzen|leunen|leunt|baseert|gebaseerd"
    r"|aldus|literature|sources?|chapter|according)(?:en|s)?(?![\p{L}]))"
)
# a child's or relative's year of birth in brackets ("zoon Yusuf (2016)"), no source
_FAMILY_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}])(?:zoon|zoons|dochter|dochters|kind|kinderen|broer|zus|zuster|moeder"
    r"|vader|ouders?|opa|oma|neef|nicht|kleinkind|kleinkinderen|partner|echtgeno(?:ot|te)"
    r"|geboren|gezin|huishouden|mevrouw|mevr|mw|de[ \t]+heer|dhr)(?![\p{L}]))"
)


def _cited_author(text: str, start: int, end: int) -> str:
    if _ET_AL.match(text, end):
        return REASON_CITED
    if (
        _YEAR_IN_BRACKETS.match(text, end)
        and _LITERATURE_WORD.search(text, max(0, start - 200), start)
        and not _FAMILY_BEFORE.search(text, max(0, start - 60), start)
    ):
        return REASON_CITED  # "sterk op Lindeboom, Arslan en Zwart (2023)"
    if _PUBLICATION_IN_BRACKETS.match(text, end) and not _FAMILY_BEFORE.search(
        text, max(0, start - 60), start
    ):
        return REASON_CITED
    label = _AUTHORS_LABEL.search(text, max(0, start - 160), start)
    if label is not None and (
        _YEAR.search(text, max(0, label.start() - 160), label.start())
        or _YEAR_AFTER.match(text, end)
    ):
        return REASON_CITED
    led = _LED_BY.search(text, max(0, start - 40), start)
    if (
        led is not None
        and _PUBLICATION_WORD.search(text, max(0, led.start() - 160), led.start())
        and _YEAR_AFTER.match(text, end)
    ):
        return REASON_CITED  # "het rapport ... van het Aanjaagteam onder leiding van X (2020)"
    if (
        led is not None
        and _NAMED_COMMITTEE.search(text, max(0, led.start() - 80), led.start())
        and _YEAR_AFTER.match(text, end)
    ):
        # "de Adviescommissie uitvoering toeslagen onder leiding van X in 2020": the
        # chair of a named public committee, in a year of its work
        return REASON_COMMITTEE_CHAIR
    opened = _BRACKET_AUTHORS_BEFORE.search(text, max(0, start - 120), start)
    if (
        opened is not None
        and _BRACKET_YEAR_AFTER.match(text, end)
        and _PUBLICATION_WORD.search(
            text, max(0, opened.start() - 200), opened.start()
        )
    ):
        # "het onderzoek van het Mulier Instituut ... (L. Pulles-Brouwer en J. Hoeijmakers,
        # 2024)": the authors in brackets with the year, after a publication
        return REASON_CITED
    pub = _PUBLICATION_BEFORE.search(text, max(0, start - 160), start)
    if pub is not None and (
        _YEAR_AFTER.match(text, end)
        or pub.group("title")
        or fold(pub.group("noun")) in _PUBLISHED_NOUNS
        or len(regex.findall(r"(?<![\p{L}])\p{Lu}", pub.group("utitle") or "")) >= 2
    ):
        # a year after the names dates the source; a title in quotes names it, and so
        # does one of capitalised words ("het onderzoek Veehouderij en Gezondheid
        # Omwonenden van prof. Heederik"); a dissertation or book is published
        return REASON_CITED
    return ""


REASON_HISTORIC = "historisch persoon"
_REGNAL = regex.compile(r"[ \t]+(?:X{0,2}(?:IX|IV|VI{0,3}|I{2,3})|X{1,2})(?![\p{L}\d])")
_REGNAL_END = regex.compile(r"[ \t](?:X{0,2}(?:IX|IV|VI{0,3}|I{2,3})|X{1,2})$")
_OLD_YEAR = regex.compile(
    r"(?i:\b(?:in|uit|sinds|rond|omstreeks|tot|anno|jaar|eeuw|geboren|overleden|in\s+het\s+jaar)"
    r"\s+|\()1[0-8]\d\d(?![\d\-/.,]\d)"
    # (not a postcode: "Oude Wieringerweg 12 (1775 RB)")
    r"(?![ \u00a0]?[A-Z]{2}(?![\p{L}]))"
    # a century before the twentieth: "in de negentiende eeuw", "in de 17e eeuw"
    r"|(?i:\b(?:in|uit|sinds|rond)\s+de\s+"
    r"(?:(?:elfde|twaalfde|dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende"
    r"|negentiende)|1[1-9]e|1[1-9]de)\s+eeuw)"
)


def _historic(text: str, start: int, end: int) -> str:
    """A person of history: a regnal number after the name (``graaf Floris V``,
    ``Willem II``) or a year before 1900 in the same sentence (``waar Thorbecke in
    1848 de grondwet verdedigde``)."""
    if _REGNAL.match(text, end) or _REGNAL_END.search(text, start, end):
        return REASON_HISTORIC
    if _NAMED_AFTER.search(text, max(0, start - HISTORIC_REACH), start):
        return REASON_HISTORIC  # "vernoemen naar Anton de Kom", "het standbeeld van Peter Benoit"
    life = _LIFE_YEARS.match(text, end)
    if life is not None and (
        life.group("died") is None
        or int(life.group("died")) < 1970  # "Jan Ligthart (1859-1916)": a life long ended
        # "Mustafa Karaca (1939-2012)" proposed for a street: a namesake; in a letter
        # of a grave ("Sjoerd Bouma (1921-1987)") the family's dead stays private
        or (int(life.group("born")) >= 1800 and _NAMING_TEXT.search(text) is not None)
    ):
        return REASON_HISTORIC
    if _PATRONYMIC.search(text, start, end + 4):
        return REASON_HISTORIC  # "Cornelis Corneliszoon van Uitgeest", "Jan Pietersz. Coen"
    if _ERA_OF.search(text, max(0, start - 40), start):
        return REASON_HISTORIC  # "sinds de dagen van Johan van Veen"
    lo = start - HISTORIC_REACH
    for m in _CLAUSE_END.finditer(text, max(0, lo), start):
        lo = max(lo, m.start())  # a sentence ends before a line break too ("verbleef.\n")
    for m in _BLANK_LINE.finditer(text, max(0, lo), start):
        lo = max(lo, m.start())  # a paragraph ends at a blank line, also one with a space
    after = _CLAUSE_END.search(text, end)
    hi_stop = [after.start()] if after is not None else []
    blank = _BLANK_LINE.search(text, end, end + HISTORIC_REACH)
    if blank is not None:
        hi_stop.append(blank.start())
    hi = min([*hi_stop, end + HISTORIC_REACH])
    if _LIVING_SALUTATION.search(text, max(0, start - 20), start):
        # "De heer O'Sullivan woont sinds 2019 in deze villa uit 1928": the house is old,
        # the person addressed as "de heer" who lives there is not
        return ""
    if _OLD_YEAR.search(text, max(0, lo), hi):
        return REASON_HISTORIC
    if _EARLY_YEAR.search(text, max(0, lo), hi) and _BUILT.search(text, max(0, lo), hi):
        return REASON_HISTORIC  # "in 1935 gebouwd voor X naar ontwerp van Y"
    return ""


_LIVING_SALUTATION = regex.compile(
    r"(?i)(?<![\p{L}])(?:de[ \t]+heer|mevrouw|dhr\.?|mevr\.?|mw\.?|meneer)[ \t\n]+$"
)
# a year before 1950, and a word of building or founding in the same clause: the
# people named with it are of history
_EARLY_YEAR = regex.compile(r"(?<![\d\-/.])19[0-4]\d(?![\d\-/])")
_BUILT = regex.compile(
    r"(?i:\b(?:gebouwd|bouwde|ontworpen|ontwierp|ontwerp|architect|opgericht|richtte|"
    r"gesticht|stichtte|built|designed|founded))\b"
)


HISTORIC_REACH = 80  # characters around a name searched for a year of history
_CLAUSE_END = regex.compile(r"[.!?;:][ \t\n]")
# A person something is named after or a statue shows: a figure of history, also
# after a first one ("naar Aletta Jacobs of naar Anton de Kom").
_NAMED_AFTER = regex.compile(
    r"(?i)\b(?:(?:ver)?noem(?:en|d|de|t)?[ \t\n]+naar|(?:stand|borst)beeld[ \t\n]+van"
    r"|named[ \t\n]+after|statue[ \t\n]+of"
    # "een tentoonstelling over Cornelis Lely": the subject of an exhibition
    r"|(?:tentoonstelling|expositie|exhibition)[ \t\n]+(?:over|about|on))\b"
    r"(?:[^.;:\n(]{0,50}?[ \t\n]+(?:of|en|or|and)(?:[ \t\n]+naar)?)?"
    # "vernoemd naar de Helderse redder Dorus Rijkers": the namesake's description between
    r"(?:[ \t\n]+(?:de|het|the|a)(?:[ \t\n]+\p{L}+){1,3}?)?[ \t\n]+$"
)
_BLANK_LINE = regex.compile(r"\n[ \t\u00a0]*\n")
# Years of birth and death after a name: "Jan Ligthart (1859-1916)".
_LIFE_YEARS = regex.compile(
    r"[ \t]*\n?[ \t]*\((?:"
    # a life's years; one that ended from 1970 on is historic only in a text on naming
    # streets after people (see _historic)
    r"(?:ca\.[ \t]*|\*[ \t]*)?(?P<born>1[5-9]\d\d)[ \t]*[-–][ \t]*(?:†[ \t]*)?"
    r"(?P<died>1[5-9]\d\d|20[0-2]\d)"
    # "(gesneuveld 17 april 1945)", "(† 1902)": a death long ago
    r"|(?i:gesneuveld|overleden|gestorven|gest\.|†|killed|died)[^()]{0,30}?"
    r"(?<!\d)(?:1[5-8]\d\d|19[0-4]\d)"
    r")\)"
)
_NAMING_TEXT = regex.compile(r"(?i)straatna(?:am|men)|naamgeving|street[ \t]+names?")
# An old Dutch patronymic: nobody living is called so.
# ("Pietersz." only with the surname after it: "Mateusz." ends a sentence)
_PATRONYMIC = regex.compile(
    r"(?<![\p{L}])\p{Lu}\p{Ll}+s(?:zoon|zoen|dochter|z\.(?=[ \t]+\p{Lu}))(?![\p{L}])"
)
# A person who names an era: "sinds de dagen van", "in the days of"; not "in de tijd
# van": "in de tijd van mevrouw Bakker" may be last year's colleague.
_ERA_OF = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:sinds|vanaf|uit|in)[ \t\n]+de[ \t\n]+(?:dagen|tijd)"
    r"|in[ \t\n]+the[ \t\n]+(?:days|time)|since[ \t\n]+the[ \t\n]+(?:days|time))"
    r"[ \t\n]+(?:van|of)[ \t\n]+$"
)


# "namens het college van burgemeester en wethouders, <name>": a civil servant signs
# on behalf of the organ.
_ON_BEHALF = regex.compile(r"(?i)\bnamens\b[^.;:\n]*$")

_FOR_THE_ROLE = regex.compile(
    r"(?i)(?:^|[\s(])(?:van|voor|bij|namens|aan)\s+(?:de|het|onze|uw)\s*$"
)


_ARTICLE_IN_NAME = regex.compile(r"(?<=[\p{L}\d][ \t]+)(?:De|Het)[ \t]+(?:\p{Lu}\p{L}*[ \t]+)?$")
_POSSESSIVE = regex.compile(r"\p{L}(?:'s|s'|’s|s’)\s")
_OWN_ROLE = regex.compile(r"[ \t]*,[ \t]*(\p{L}[\p{L}\-]*)")


def _role_wraps_in_prose(window: str, at: int, matched: str) -> bool:
    """The role ends a line of running text and the name opens the next (``... de
    profielschets vastgesteld. Raadslid`` / ``Jan-Willem Nijenhuis, voorzitter ...``):
    one sentence, so a role after the name is a task of the office holder's."""
    line_start = window.rfind("\n", 0, at) + 1
    return (
        matched.count("\n") == 1
        and "," not in matched
        and len(window[line_start:at].strip()) >= 30
    )


def _own_role_after(tail: str, lex: Lexicon) -> bool:
    """The name is followed by a role of its own that is no public office
    ("Ingrid Wuyts, diensthoofd Omgeving")."""
    m = _OWN_ROLE.match(tail)
    if m is None:
        return False
    word = fold(m.group(1))
    if word in _public_role_words(lex):
        return False
    return (
        word in lex.role_words
        or is_person_noun(m.group(1), lex, sentence_start=True)
        or word.endswith(("hoofd", "directeur", "manager", "adviseur", "secretaris"))
    )


# Verbs spelled like an organisation word: "De MR besluit wethouder X uit te nodigen".
_VERBS_BEFORE_ROLE = frozenset({"besluit", "besloot", "bericht", "adviseert", "verzoekt"})


# "Namens de ambassadeur, mevrouw X, stuur ik u ...": the writer acts for the holder
# named in the apposition, who is not the writer
_WRITER_AFTER = regex.compile(r"[ \t]*,[ \t\n]*\p{Ll}+[ \t\n]+(?:ik|wij|we|I)\b")


def _role_of_another(
    before: str, lex: Lexicon, *, apposition: bool = True, tail: str = "", role: str = ""
) -> bool:
    """The role word belongs to someone else or to a name, not to the person after it.

    ``Een medewerker van de minister, Jan Jansen,``: the role holder's employee;
    ``Café De Koning, Piet de Vries``: the role word is part of a business's name.
    """
    m = _FOR_THE_ROLE.search(before)
    if m is not None and before[: m.start() + 1].rstrip(" \t\u00a0(").endswith("\n"):
        m = None  # "Zaandam / Aan de burgemeester van Zaanstad, de heer X": the addressee
    if m is not None:
        owner = before[: m.start()].split()[-1:] or [""]
        word = owner[0].strip(",.;:()")
        # "een brief aan de minister, X": the letter's addressee is named, no one of
        # the holder's staff (but "de assistent aan de burgemeester, X" is)
        to_holder = (
            m.group().split()[0].lstrip("(").casefold() == "aan"
            and _BLANK_LINE.search(role) is None  # (the name right after the role)
        )
        if word and fold(word) not in _public_role_words(lex) and (
            (apposition and not to_holder)
            or is_person_noun(word, lex)
            or is_org_word(fold(word), lex)
        ):
            # "een medewerker van de minister", "ondersteuning van de burgemeester":
            # the role holder's employee or office, not the role holder; but "de
            # vragen van de Statenleden Huijsman en Sehgal" name the holders
            return True
    if apposition and _ON_BEHALF.search(before[-80:]) and not _WRITER_AFTER.match(tail):
        # "namens de burgemeester, Jan Bos": someone signs for the holder; but
        # "namens de minister Karin de Vos" and "namens de gemeente sprak
        # wethouder Jan Bos" name the holder
        return True
    words = before.split()[-2:]
    glued = bool(words) and not before.rstrip(" \t\u00a0").endswith("\n")
    if glued and words[-1][-1] in ",;:.!?":
        glued = False  # "Dag Piet,\n\nRaadslid Zomer": the clause ends before the role
    if glued and lex.is_first_name(words[-1].strip("(,")):
        return True  # "Gijsbert Koning": the role word is a surname
    if (
        glued
        and len(words) == 2
        and words[-1] in ("de", "van", "der")
        and lex.is_first_name(words[0].strip("(,"))
    ):
        return True  # "Gijsbert de Koning (GdK)"
    if not words or words[-1][-1] in ".!?:;,)":
        return False  # a sentence or clause ends before the role
    if (
        words[-1][:1].islower()
        and fold(words[-1]) not in _VERBS_BEFORE_ROLE
        and (is_org_word(fold(words[-1]), lex) or is_person_noun(words[-1], lex))
        # (on the role's line: "Portefeuillehouder energie" / (blank) / "gedeputeerde
        # Hovenier" is the row's previous cell)
        and not regex.search(r"\n[ \t\u00a0]*\n[ \t\u00a0]*\Z", before)
    ):
        return True  # "secretariaat burgemeester", "assistent wethouder": the office's
    if not words[-1][:1].isupper() or before.rstrip(" \t\u00a0").endswith("\n"):
        return False  # the role opens a line (a table cell) of its own
    if _ARTICLE_IN_NAME.search(before[before.rfind("\n") + 1 :]):
        return True  # "Directeur De Kleine Prins: X": the role word ends a school's name
    return any(w[:1].isupper() and is_org_word(fold(w.strip("(")), lex) for w in words)


def _public_role_words(lex: Lexicon) -> frozenset[str]:
    """Single words of the public roles ("woordvoerder", "burgemeester")."""
    cached = _PUBLIC_ROLE_WORDS.get(id(lex))
    if cached is None:
        cached = _PUBLIC_ROLE_WORDS[id(lex)] = frozenset(
            fold(w) for role in lex.config.public_roles for w in role.words if " " not in w
        )
    return cached


_PUBLIC_ROLE_WORDS: dict[int, frozenset[str]] = {}


@functools.lru_cache(maxsize=4)
def _public_role_plurals(lex: Lexicon) -> frozenset[str]:
    """The plural words of the public roles ("wethouders", "kamerleden")."""
    return frozenset(fold(w) for role in lex.config.public_roles for w in role.plural)


REASON_PARTY = "politicus in functie (partij achter de naam)"
REASON_ROLE_COLUMN = "bestuurder in functie (kolom van de tabel naar het ambt)"
REASON_ROW_ROLE = "bestuurder in functie (rol in dezelfde tabelrij)"
# "(PvdA)", "( DENK )"; a water board's reserved seat: "(geborgde zetel Agrarisch,
# voorgedragen door LTO Noord)"
_PARTY_IN_BRACKETS = (
    r"\(\s*(?:(?i:geborgde)\s+zetel\s+)?"
    # a post and the group before the party: "(voorzitter, fractie Water Natuurlijk)"
    r"(?:\p{Ll}[\p{L}\-]*[ \t]*,[ \t]*)?(?:(?i:fractie)[ \t]+)?"
    # (the party's name may wrap: "J. Boone (Algemene" / "Waterschapspartij)")
    r"((?:[^()\n,;]|\n(?![ \t]*\n)){2,30}?)\s*(?:\)|,(?=[^()\n]{0,60}\)))"
)
# (a cell may wrap the bracket onto a later line: "F. Bouzerda" / / "(GroenLinks)")
_PARTY_BRACKETS_AFTER = regex.compile(r"[ \t]*(?:\n[ \t]*){0,2}" + _PARTY_IN_BRACKETS)


def _party_after(text: str, end: int, lex: Lexicon) -> bool:
    """A political party in brackets right after the name: a politician's own name,
    even when it is also a given name ("de raadsleden Bakker (PvdA) en Yusuf (DENK)")."""
    m = _PARTY_BRACKETS_AFTER.match(text, end)
    return (
        m is not None
        and " ".join(regex.sub(r"-[ \t]*\n[ \t]*", "-", m.group(1)).split()) in _parties(lex)
    )


_PARTY_AFTER = regex.compile(
    # a board's member and the party or reserved seat ("J.P.M. Verhagen" | "lid, CDA",
    # "lid, Ongebouwd (geborgde zetel)", "K. Oerlemans (lid, Natuurterreinen)")
    # (also the committee's chair: "J.C. Dhont" | "voorzitter, CDA")
    r"[ \t]*\n?[ \t]*\(?(?i:lid|raadslid|statenlid|bestuurslid|fractielid|voorzitter"
    r"|vicevoorzitter|fractievoorzitter|commissievoorzitter),[ \t]*([^()\n,;]{2,30}?)"
    r"[ \t]*(?=\n|$|[()])"
    # (a cell may wrap the bracket below a blank line: "F. Bouzerda" / / "(GroenLinks)")
    r"|[ \t]*(?:\n[ \t]*){0,2}" + _PARTY_IN_BRACKETS +
    # "M. Tjon-A-Fong, GroenLinks-PvdA" ending a line of a list of indieners
    r"|[ \t]*,[ \t]*([^()\n,;]{2,30}?)[ \t]*(?=[\n;]|$)"
    # a table row's party cell, beside the name or on the line below it ("Voorzitter" /
    # "A. Bouma-Sijbesma" / "FNP")
    r"|[ \t]*\n?[ \t]*([^()\n,;]{2,30}?)[ \t]*"
    # (and the member's post after it: "Hiltsje Wijbenga" | "FNP, voorzitter")
    r"(?:,[ \t]*\p{Ll}[\p{L} ]{2,30})?(?=\n|$)"
    # a water board's reserved seat after the nominating body: "Bouwmans" / "ZLTO
    # (geborgde zetel ongebouwd)"
    r"|[ \t]*\n?[ \t]*[^()\n,;]{2,30}?[ \t]*\((?i:geborgde)\s+zetel\s+([^()\n,;]{2,30}?)\s*\)"
    r"[ \t]*(?=\n|$)"
    # the member's post in the row's next cell and the party in brackets after it:
    # "mevrouw Oosterbaan-Veltman" | "voorzitter (VVD)"
    # (also "lid (fractie PvdA)")
    r"|[ \t]*\n?[ \t]*\p{Ll}[\p{L}\-]{2,20}[ \t]*\((?:(?i:fractie)[ \t]+)?([^()\n,;]{2,30}?)\)"
    r"[ \t]*(?=\n|$)"
    # the party or seat cell with its nominating body in brackets: "Jos Verbeek" |
    # "Ongebouwd (ZLTO)"
    r"|[ \t]*\n?[ \t]*([^()\n,;]{2,30}?)[ \t]*\([^()\n]{1,30}\)[ \t]*(?=\n|$)"
)
_SEAT_GROUP = 5  # the group of _PARTY_AFTER that holds a reserved seat in lower case
_BRACKET_GROUP = 2  # the group of _PARTY_AFTER that holds what the brackets after it say
_ROW_PARTY_GROUP = 4  # the group of _PARTY_AFTER that holds a table row's party cell
_POST_BRACKET_GROUP = 6  # the group that holds the party in brackets after a post


def _local_party(words: str) -> bool:
    """A local party's name: up to four capitalised words, one of them a word that local
    parties' names use (``Zutphen Solidair``, ``Leefbaar Utrecht``)."""
    parts = words.split()
    if len(parts) == 2 and parts[1] == "Belang" and parts[0].endswith("s") and parts[0].istitle():
        return True  # "Texels Belang": a town's adjective (not "Plaatselijk Belang")
    return (
        1 <= len(parts) <= 4
        and all(p[:1].isupper() or p.isdigit() for p in parts)
        and any(fold(p) in _LOCAL_PARTY_NAME_WORDS for p in parts)
    )


# words of local parties' names that no village association uses ("Plaatselijk Belang")
_LOCAL_PARTY_NAME_WORDS = frozenset(
    {"lokaal", "leefbaar", "gemeentebelangen", "onafhankelijk", "onafhankelijken", "solidair",
     "progressief", "burgerbelangen", "stadsbelang", "stadspartij", "partij"}
)  # fmt: skip
_DATA_LINE = regex.compile(r"[\d@]")
# "Gemeente Venlo: burgemeester, ...": an organisation's name labels the role after it
_ORG_LABEL = regex.compile(r"(?:\p{Lu}[\p{L}\-]*[ \t]+){0,3}\p{Lu}[\p{L}\-]*:[ \t]+\p{Ll}")
_DATA_ONLY = regex.compile(r"[\s\d+()./\-]*(?:[\w.\-]+@[\w.\-]+)?[\s\d+()./\-]*")


def _parties(lex: Lexicon) -> frozenset[str]:
    return frozenset(lex.config.parties)


REASON_PARTY_ROW = "raadslid in functie (fractie vooraan in de rij van de tabel)"
REASON_VOTE_COLUMN = "raadslid in functie (hoofdelijke stemming: kolom voor of tegen)"
# a roll-call vote the text speaks of
_VOTE_WORD = regex.compile(
    r"(?i)(?<![\p{L}])(?:stemming|stemt|stemmen|gestemd|motie|amendement|aangenomen|verworpen)"
)


def _party_row(page: Page, start: int, lex: Lexicon) -> str:
    """``Fractie | Aanwezig | Afwezig`` / ``Gemeentebelangen | Zwiers, Lanting | -``: a
    name in a table row whose first cell is a political party sits for that party; a
    name under ``Voor`` or ``Tegen`` of a vote in the minutes voted as a member."""
    cell = first_cell_of_row(page, start)
    if cell is not None:
        name = " ".join(page.text[cell[1] : cell[2]].split())
        if (name in _parties(lex) and _party_rows(page.text, lex) >= 2) or _local_party(name):
            # (a table of parties has more than one: "Groen" alone before "Oksana
            # Melnyk" is a village council's task, green spaces)
            return REASON_PARTY_ROW
    if _VOTE_WORD.search(page.text) and any(
        s <= start < e and _names_only(page.text[s:e])
        for column in vote_column_cells(page)
        for s, e in column
    ):
        return REASON_VOTE_COLUMN
    return ""


def _party_rows(text: str, lex: Lexicon) -> int:
    """How many lines of the page open with a political party's name (a local
    party's counts too: ``Lokaal Belang`` / ``Groen`` in a council's table)."""
    rx = _PARTY_LINE.get(id(lex))
    if rx is None:
        alts = "|".join(regex.escape(p) for p in sorted(_parties(lex), key=len, reverse=True))
        rx = _PARTY_LINE[id(lex)] = regex.compile(rf"(?m)^[ \t]*(?:{alts})(?![\p{{L}}\d])")
    found = len(rx.findall(text))
    if found >= 2:
        return found
    return found + sum(
        1 for line in text.split("\n") if _local_party(" ".join(line.split()[:4])[:60])
    )


_PARTY_LINE: dict[int, regex.Pattern[str]] = {}


_CHAIR_AFTER = regex.compile(
    r"[ \t]*\((?i:voorzitter|vicevoorzitter|plv\.?[ \t]+voorzitter)\)[ \t]*[,;]"
)


def _chair_of_members(text: str, end: int, lex: Lexicon) -> str:
    """``Aanwezig: mevrouw J.W. Hoogendijk-Bos (voorzitter), de Statenleden Van den Broek
    (BBB), ...``: the chair in an attendance list that goes on with elected members
    (a plural public role) chairs them as one of them."""
    m = _CHAIR_AFTER.match(text, end)
    if m is None:
        return ""
    line_end = text.find("\n", m.end())
    rest = text[m.end() : len(text) if line_end < 0 else line_end]
    return next((reason for rx, reason in _plural_roles(lex) if rx.match(rest)), "")


def _plural_roles(lex: Lexicon) -> list[tuple[regex.Pattern[str], str]]:
    """Per public role with a plural, a pattern for the plural opening a text (``de
    Statenleden``) and the role's reason; compiled once per lexicon."""
    cached = _PLURAL_ROLES.get(id(lex))
    if cached is None:
        cached = _PLURAL_ROLES[id(lex)] = [
            (
                regex.compile(
                    r"[ \t]*(?:(?:de|het)[ \t]+)?(?i:"
                    + "|".join(regex.escape(w) for w in sorted(role.plural, key=len, reverse=True))
                    + r")(?![\p{L}])"
                ),
                role.reason,
            )
            for role in lex.config.public_roles
            if role.plural
        ]
    return cached


_PLURAL_ROLES: dict[int, list[tuple[regex.Pattern[str], str]]] = {}


def _role_first_cell(page: Page, start: int, lex: Lexicon) -> str:
    """``Burgemeester getroffen gemeente, Gemeente Kampen`` | ``Van der Heijden`` |
    ``06-…``: a name in a later cell of a table row whose first cell, on the same
    line, is a short role cell that opens with a public role or names one after a
    comma (not a sentence of the text beside a letterhead)."""
    cell = first_cell_of_row(page, start)
    if cell is None or cell[2] > start:
        return ""
    # the cell's wrapped lines after its first, up to the blank line before the next
    # cell ("Voorzitter ROT-oefening," / "burgemeester Tiel")
    rest = page.text[cell[2] : start]
    blank = regex.search(r"\n[ \t\u00a0]*\n", rest)
    more = rest[: blank.start()] if blank else ""
    joined = " ".join((page.text[cell[1] : cell[2]] + more).split())
    if len(joined.split()) > 8 or regex.search(r"[.!?;](?:\s|$)", joined):
        return ""
    return _role_in_cell(joined, lex)


# the lower-case words a list of names holds: particles and "en"
_LIST_SMALL_WORDS = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "’t", "el", "al", "en", "in", "op"}
)


def _names_only(cell: str) -> bool:
    """A cell that lists names (``Kamphuis-Oldenziel, Lanting en Zwiers``), no sentence
    (the prose below a table that a column's reading ran into)."""
    words = regex.findall(r"[\p{L}'’][\p{L}'’\-.]*", cell)
    return (
        bool(words)
        and len(cell) <= 160
        and all(w[:1].isupper() or w in _LIST_SMALL_WORDS for w in words)
    )


# a table row's number cell before the name ("4", "12.", "(3)")
_ROW_NUMBER = regex.compile(r"\(?\d{1,3}[.)]?")


def _row_role(
    text: str, start: int, lex: Lexicon, end: int | None = None, row_start: int | None = None
) -> str:
    """A name opening its cell under a role cell of the same table row.

    ``Burgemeester getroffen gemeente, Gemeente Kampen`` / ``Van der Heijden``: the
    lines above the name, back to the previous row's data (a number or an address
    with ``@``), describe the role; when they open with a public role, or name one
    after a comma, the person holds it.  A role of someone else (``Secretaris van de
    burgemeester``) opens with another word and does not count.
    """
    line_start = text.rfind("\n", 0, start) + 1
    # a title opening the cell is the name's ("mr. E.R. Thielman")
    left = [w for w in text[line_start:start].split() if fold(w.rstrip(".")) not in lex.titles]
    if left and _ROW_NUMBER.fullmatch(left[0]):
        # "4 Pinas" / "Ricardo" / "raadslid PvdA": the row's number cell opens the row,
        # so the role cell is after the name, not on the lines above (another row's)
        if len(left) == 1:
            return _role_cell_after(text, start, lex, end)
        left = left[1:]
    if left:
        if len(left) > 3 or not all(w[:1].isupper() for w in left):
            return ""
        if left[-1].endswith(":"):
            return ""  # "Actie: Zyrikfukzin": a labelled field, no signature beside another
        # the right one of two signatures side by side ("Wim Goethals Sofie Heyrman")
        return _role_cell_after(text, start, lex, end, right=True)
    line_end = text.find("\n", start)
    line = text[start : line_end if line_end >= 0 else len(text)]
    if end is not None and _DATA_ONLY.fullmatch(text, end, start + len(line)):
        line = text[start:end]  # "Van der Heijden 06 5531 7782": the row's data after it
    if len(line.split()) > 4:
        return ""  # the name opens a line of running text, not a cell
    lines: list[str] = []
    pos = line_start - 1
    blanks = 0
    while pos > 0 and len(lines) < 3:
        prev_start = text.rfind("\n", 0, pos) + 1
        if row_start is not None and prev_start < row_start:
            break  # the previous row's cells, by the page's geometry
        line = text[prev_start:pos].strip()
        pos = prev_start - 1
        if not line:
            blanks += 1
            if blanks > 1:
                break
            first_word = fold(lines[0].split()[0].strip(",")) if lines else ""
            if (
                first_word in lex.role_words or first_word in _public_role_words(lex)
            ) and (reason := _role_in_cell(" ".join(lines), lex)):
                # "Rol / Naam / ..." / / "Burgemeester, voorzitter GBT" / "Heijnen-Vroemen":
                # the cell right above the name is a role; the header above the blank
                # is not part of it
                return reason
            continue
        if _DATA_LINE.search(line):
            break
        if len(line.split()) > 8 or _SENTENCE_STOP.search(line) or (
            regex.search(r":(?:\s|$)", line) and not _ORG_LABEL.match(line)
        ):
            return ""  # a sentence wrapped over lines, not a table's role cell
        lines.insert(0, line)
    if not lines or any("namens" in x.casefold() for x in lines):
        return _role_cell_after(text, start, lex, end)
    if any(x.endswith(",") for x in lines):
        # "Regeringscommissaris Sint Eustatius," / "Openbaar Lichaam Sint Eustatius": a
        # role cell wrapped after its comma still opens with the role, when only its
        # first line ends so and the rest names no role (a signature's "De
        # burgemeester," / "Peeters, burgemeester" is no cell)
        wrapped = (
            len(lines) >= 2
            and lines[0].endswith(",")
            and not any(x.endswith(",") for x in lines[1:])
            and not _role_in_cell(" ".join(lines[1:]), lex)
        )
        role = _role_in_cell(" ".join(lines), lex) if wrapped else ""
        return role or _role_cell_after(text, start, lex, end)
    return _role_in_cell(" ".join(lines), lex) or _role_cell_after(text, start, lex, end)


# a sentence's stop; not the dot of an initial ("R. Bulut", the name of the row above)
# or of an abbreviation in a role cell ("Wethouder openbare ruimte (plv. voorzitter)")
_SENTENCE_STOP = regex.compile(
    r"(?<!(?<![\p{L}])\p{Lu})"
    r"(?<!(?<![\p{L}])(?i:plv|wnd|loco|bijv|ca|nr|dhr|mevr|mw|mr|dr|drs|ir|ing|prof|vz|a\.i|i\.o|o\.a))"
    r"[.!?;](?:\s|$)"
)


def _role_cell_after(
    text: str, start: int, lex: Lexicon, end: int | None = None, *, right: bool = False
) -> str:
    """``Ayoub Bennani`` / ``Bestuurlijk opdrachtgever, wethouder Mobiliteit``: the
    role cell right after a name that stands alone on its line.

    Two signatures side by side (``Wim Goethals Sofie Heyrman`` / ``secretaris van het
    comité voorzitter, schepen van Welzijn``) read as one line: the left name's role
    is the role line up to the second role (one not joined by a comma), the right
    name's the rest; when they cannot be told apart, there is no role.
    """
    line_end = text.find("\n", start if end is None else max(start, end))
    if line_end < 0 or len(text[start:line_end].split()) > 4:
        return ""
    own = text[start:line_end].split()
    if own and fold(own[-1]) in lex.particles:
        return ""  # "Marian de" / "Koning": the cell's next line ends the name, no role
    beside = right or (end is not None and bool(text[end:line_end].strip()))
    # (line, whether a blank line stands before it); a wrapped table row separates
    # its cells by blank lines, and counts only when it ends at the row's data
    cells: list[tuple[str, bool]] = []
    pos = line_end + 1
    blank = at_data = False
    while pos < len(text) and len(cells) < 4:
        nxt = text.find("\n", pos)
        nxt = len(text) if nxt < 0 else nxt
        line = text[pos:nxt].strip()
        pos = nxt + 1
        if not line:
            if blank:
                break
            blank = True
            continue
        if _DATA_LINE.search(line):
            at_data = True
            first = line.split()[0]
            if cells and not blank and first[:1].isupper() and is_street(fold(first), lex):
                # "Burgemeester" / "Sandbergstraat 58": a street's title wrapped in
                # its cell, an address, no role
                cells.pop()
            break
        if len(line.split()) > 12 or regex.search(r"[.!?;:](?:\s|$)", line):
            if any(b for _, b in cells) or blank:
                break
            return ""  # running text, not a role cell
        cells.append((line, blank))
        blank = False
    if not at_data:
        # without the row's data line to close it, only the lines up to a blank; after
        # a name wrapped in its cell ("Sharlene Cicilia-" / "Booi"), the reader puts a
        # blank line before the row's next cell: up to the second blank
        wrapped = end is not None and "\n" in text[start:end] and bool(cells) and cells[0][1]
        skip = 1 if wrapped else 0
        cut = next((i for i, (_, b) in enumerate(cells) if b and i >= skip), len(cells))
        cells = cells[:cut][:3]
    lines = [line for line, _ in cells]
    if not lines:
        return ""
    joined = " ".join(lines)
    if beside:
        joined = _column_role(joined, lex, right=right)
        return _role_in_cell(joined, lex) if joined else ""
    for i in range(len(lines)):
        if i and not (cells[i][1] or _CELL_END.search(lines[i - 1])):
            continue  # "Secretaris van de / burgemeester": one cell wrapped
        if reason := _role_in_cell(" ".join(lines[i:]), lex):
            return reason
    return ""


# A line that ends a cell of its own: it ends in a capitalised word or a bracket
# ("Stad Eeklo" / "burgemeester, voorzitter van het overleg").
_CELL_END = regex.compile(r"(?:\p{Lu}[\p{L}\-']*|\))$")


def _column_role(joined: str, lex: Lexicon, *, right: bool) -> str:
    """The role of one of two signatures read as one line: the left one's up to the
    second role word that a comma does not join to the first, the right one's from
    there; "" when there is no second role."""
    words = lex.role_words | _public_role_words(lex) | lex.person_noun_keys
    ends = tuple(w for w in words if len(w) >= 6)  # "gemeentesecretaris", "beleidsadviseur"
    starts = [
        m.start()
        for m in regex.finditer(r"\p{L}[\p{L}\-]*", joined)
        if (fold(m.group()) in words or fold(m.group()).endswith(ends))
        and not joined[: m.start()].rstrip().endswith(",")
    ]
    if len(starts) < 2:
        return ""
    return joined[starts[1] :].strip() if right else joined[: starts[1]].strip()


# A body named by its members' offices: no one person's role ("Omgevingsdienst Twente,
# namens het college van burgemeester en wethouders van Enschede").
_BODY_OF_OFFICES = regex.compile(
    r"(?i)\b(?:burgemeester[ \t]+en[ \t]+wethouders|gedeputeerde[ \t]+staten"
    r"|burgemeester[ \t]+en[ \t]+schepenen)\b"
)


_RANKED_COMMISSIONER = regex.compile(
    r"(?i)(?<![\p{L}])(?:chief|deputy|police|divisional|hoofd|politie|korps)[ \t\-]*"
    r"(?:commissioner|commissaris)(?![\p{L}])"
)
# a commissioner of police or of a unit, not the King's or an island's
_POLICE_COMMISSIONER = regex.compile(
    r"(?i)[ \t]*(?:hoofd)?(?:commissioner|commissaris)\b"
    r"(?![ \t]+(?:van[ \t]+de[ \t]+koning|of[ \t]+(?:the[ \t]+king|(?-i:\p{Lu}))"
    r"|for[ \t]+(?-i:\p{Lu})))"
)
_ROLE_IN_BRACKETS_CELL = regex.compile(r"[ \t]*\(([^()\n]{2,40})\)")


def _role_in_cell(joined: str, lex: Lexicon) -> str:
    """A role cell that opens with a public role or names one after a comma or in
    brackets (``Voorzitter (dijkgraaf)``)."""
    joined = _BODY_OF_OFFICES.sub("college", joined)
    joined = _ROLE_IN_BRACKETS_CELL.sub(r", \1", joined)
    if _POLICE_COMMISSIONER.match(joined):
        return ""  # "Commissioner, international police cooperation": a police rank
    cell = joined.casefold()
    words = _row_role_words(
        tuple(
            w.casefold()
            for role in lex.config.public_roles
            # a spokesperson in a table's role cell ("woordvoerder, Directie
            # Communicatie") is a civil servant in a staff list
            if role.reason != REASON_SPOKESPERSON
            for w in role.words
        )
    )
    if words.any_role.search(cell) is None:
        return ""
    if _holder_after_comma(joined, lex):
        return ""  # "staatssecretaris Koninkrijksrelaties, Szabó": the role's holder is named
    for opens, holder_rx in words.roles:
        if opens.search(cell):
            holder = holder_rx.search(joined)
            if holder and is_street(fold(holder.group(1)), lex):
                continue  # "Burgemeester Sandbergstraat 58": an address, no office
            if (
                holder
                and not is_blocked(holder.group(1), lex)
                and not lex.is_common_noun(holder.group(1))
                and not _party_or_org(joined[holder.start(1) :], lex)
                # "burgemeester Tiel": the office's place, no other holder
                and fold(holder.group(1)) not in lex.places
            ):
                # the role cell names its holder ("wethouder Kaptein", "wethouder
                # Ekkelkamp"), not a portfolio ("wethouder Onderwijs")
                return ""
            return REASON_ROW_ROLE
    return ""


def _holder_after_comma(cell: str, lex: Lexicon) -> bool:
    """The role cell's last part after a comma is a surname, alone or after a given
    name or particles (``staatssecretaris Koninkrijksrelaties, Szabó``): the cell
    names the role's holder, another person than the name beside it."""
    head, comma, tail = cell.rpartition(",")
    words = tail.split()
    if not comma or not head.strip() or not 1 <= len(words) <= 3:
        return False
    last = words[-1].strip(".;:()")
    return (
        all(w[:1].isupper() or fold(w) in lex.particles for w in words)
        and regex.fullmatch(r"\p{Lu}\p{Ll}[\p{L}'’\-]*", last) is not None
        and not is_blocked(last, lex)
        and fold(last) not in lex.stopwords
        and fold(" ".join(words)) not in lex.places
        and not any(fold(part) in lex.places for part in last.split("-"))  # "Sittard-Geleen"
        and not any(w.endswith(("se", "sche")) for w in words[:-1])  # "Utrechtse Heuvelrug"
        and fold(last) not in lex.places
        and not lex.is_common_noun(last)
        and not _party_or_org(tail, lex)
    )


def _party_or_org(rest: str, lex: Lexicon) -> bool:
    """``GroenLinks-PvdA``, ``Zaanse Onafhankelijke Partij``: after a role, the
    holder's party or organisation, not the holder's name."""
    words = [w.strip(",.()") for w in rest.split()[:5]]
    parties = _parties(lex)
    return any(
        w in parties or is_org_word(fold(w), lex) or fold(w) in _LOCAL_PARTY_WORDS
        for w in words
        if w
    ) or any(p in rest for p in parties if len(p) > 3)


# words of local parties' names ("Zutphen Lokaal", "Leefbaar Rotterdam", "Gemeentebelangen")
_LOCAL_PARTY_WORDS = frozenset(
    {"lokaal", "leefbaar", "gemeentebelangen", "dorpsbelangen", "belang", "belangen",
     "partij", "onafhankelijk", "onafhankelijken", "fractie"}
)  # fmt: skip


@dataclass(frozen=True)
class _RowRoles:
    any_role: regex.Pattern[str]  # one of the roles at the start or after a comma
    roles: tuple[tuple[regex.Pattern[str], regex.Pattern[str]], ...]  # in order: where, holder


@functools.lru_cache(maxsize=4)
def _row_role_words(words: tuple[str, ...]) -> _RowRoles:
    """The public roles' single words (folded, in the lexicon's order) as patterns: a
    role at the start of a cell or after a comma, and the name of its holder after it.
    A role of several words counts when all its words are content words (``rector
    magnificus``, ``waarnemend burgemeester``), not a phrase (``genoemd naar``,
    ``motie van het lid``)."""
    kept = [
        w
        for w in dict.fromkeys(words)
        if w not in _NOT_ROW_ROLES
        and (" " not in w or not any(x in _PHRASE_WORDS or "." in x for x in w.split()))
    ]
    alternatives = "|".join(regex.escape(w) for w in sorted(kept, key=len, reverse=True))
    return _RowRoles(
        # "Voorzitter veiligheidsregio en burgemeester Gemeente Maastricht": the
        # second of two roles joined by "en" is that person's as well
        any_role=regex.compile(rf"(?:^|[,:]\s*|\ben\s+)(?:{alternatives})\b")
        if kept
        else regex.compile(r"(?!)"),
        roles=tuple(
            (
                regex.compile(rf"(?:^|[,:]\s*|\ben\s+){regex.escape(w)}\b"),
                regex.compile(rf"(?i:{regex.escape(w)})\s+(\p{{Lu}}\p{{Ll}}[\p{{L}}\-]*)"),
            )
            for w in kept
        ),
    )


_NOT_ROW_ROLES = frozenset({"motie", "amendement", "leden"})
# the function words that make a role of several words a phrase, no cell's role
_PHRASE_WORDS = frozenset(
    {"de", "het", "van", "der", "den", "en", "naar", "voor", "onder", "is", "te", "of", "the",
     "for", "at"}
)  # fmt: skip


_GLUED_MOTION = regex.compile(
    r"(?i)(?<![\p{L}])(moties?|amendementen|amendement)-"
    r"(?=[^\s\-]*\s*\Z|(?:van|de[nr]?|te[rn]?)\s)"
)

_TRAILING_PARTICLES = regex.compile(
    r"(?<=\s)(?:(?:[Vv]an|[Dd]e[nr]?|[Tt]e[rn]?|'t|’t|[Ii]n|[Dd]el|[Dd]a|[Ee]l)\s+)+$"
)

# The organ that signs for a college or board: "de secretaris, / de burgemeester," over
# the names in the same order. The secretaris signs as organ only next to the chair.
_ORGAN = regex.compile(
    r"(?i)^(?:de|het)?[ \t]*(?P<role>burgemeester|loco-burgemeester|waarnemend burgemeester"
    r"|gemeentesecretaris|secretaris|provinciesecretaris|secretaris-directeur|voorzitter"
    r"|dijkgraaf|griffier|commissaris van de koning)[ \t]*,?$"
)


def _organ_parts(line: str) -> list[str]:
    """The cells of a line of a signature block ("de secretaris,   de burgemeester,")."""
    return [x.strip() for x in regex.split(r"[ \t]{2,}|(?<=,)[ \t]+", line.strip()) if x]


def _organ_line(line: str) -> bool:
    """A line of two organ roles side by side, each closed by a comma, as a college
    signs ("de secretaris,   de burgemeester,"); not a label ("Voorzitter")."""
    parts = _organ_parts(line)
    return len(parts) >= 2 and all(x.endswith(",") and _ORGAN.match(x) for x in parts)


_ARTICLE_FIRST = regex.compile(r"(?i)(?:de|het)[ \t]")
_CHAIRS = frozenset(
    {"burgemeester", "loco-burgemeester", "waarnemend burgemeester", "voorzitter", "dijkgraaf"}
)
REASON_ORGAN = "ondertekent namens het bestuursorgaan (secretaris of voorzitter)"


def signing_organ(text: str, start: int) -> str:
    """Why a name in a college signature block is kept; "" if it is not in one.

    The block: lines of organ roles ("de secretaris,", "de burgemeester," or both on one
    line), a blank line, then one name a line in the same order.  Kept when a chair
    (burgemeester, voorzitter, dijkgraaf) is among the roles: the secretaris then signs
    as organ too (see benchmarks/dev/README.md, judgement calls).
    """
    line_start = text.rfind("\n", 0, start) + 1
    lines_before = text[:line_start].split("\n")[:-1]
    # The names stacked above this one (no blank line between).
    k = 0
    n = len(lines_before) - 1
    if n >= 0 and _organ_line(lines_before[n]):
        pass  # the roles right above the name line ("de secretaris, de burgemeester," /
        # "[handtekening] mr. H.J. Koster"): no blank line for a signature between
    else:
        while n >= 0 and lines_before[n].strip():
            k += 1
            n -= 1
        if k > 6:
            return ""
        while n >= 0 and not lines_before[n].strip():
            n -= 1
    roles: list[str] = []
    while n >= 0 and lines_before[n].strip() and len(roles) < 4:
        parts = _organ_parts(lines_before[n])
        found = [_ORGAN.match(x) for x in parts]
        if not all(found):
            break
        if not all(x.endswith(",") or _ARTICLE_FIRST.match(x) for x in parts):
            break  # a bare "voorzitter" is a table's role cell, not a signature's "de voorzitter,"
        roles[:0] = [m.group("role").lower() for m in found if m]
        n -= 1
    if n >= 0 and regex.match(r"(?i)^[ \t]*(?:de|het)[ \t]+\S+[ \t]*,[ \t]*$", lines_before[n]):
        return ""  # another signer's role ("de teamleider,") above the block
    if n >= 0 and regex.search(r"\p{Ll}[ \t]*$", lines_before[n]):
        return ""  # the role ends a wrapped phrase ("secretariaat\nburgemeester")
    if not roles or not (set(roles) & _CHAIRS):
        return ""
    if k >= len(roles):
        return ""  # more names than roles: not this block
    return REASON_ORGAN


# What may follow a name in apposition: a comma, the end of a sentence or line.
_CLOSES = regex.compile(r"[ \t]*(?:[,.;:]|\n|$)")


# Royals go by their given names: "Koning Willem", "Prinses Amalia".
_ROYAL_BEFORE = regex.compile(r"(?i)\b(?:koning|koningin|prins|prinses|king|queen)\s+$")


# a portfolio's word after a role ("wethouder Wonen", "gedeputeerde Water")
_PORTFOLIO_WORDS = frozenset(
    {"energie", "energietransitie", "financiën", "financien", "onderwijs", "zorg", "wonen",
     "jeugd", "sport", "cultuur", "economie", "verkeer", "milieu", "duurzaamheid",
     "mobiliteit", "welzijn", "werk", "inkomen", "armoede", "wmo", "participatie", "ruimte",
     "handhaving", "veiligheid", "klimaat", "volkshuisvesting", "gezondheid", "natuur",
     "landbouw", "water", "erfgoed", "toerisme", "bestuur", "dienstverlening", "personeel",
     "digitalisering", "grondzaken", "vastgoed", "asiel", "integratie"}
)  # fmt: skip
_CAPITAL_AFTER = regex.compile(r"[ \t]*\n?[ \t]*(?:(?:\p{Lu}\.)+[ \t]*)?(\p{Lu}[\p{L}\-']+)")


def _holder_after_role(tail: str, pos: int, lex: Lexicon) -> bool:
    """``Djamila Benali, woordvoerder Tesfamariam Tammeling``, ``Henk, burgemeester
    Dijkhuizen``: a name right after the role word holds the role, not the name before
    the comma; a portfolio or an organisation there (``wethouder Ruimtelijke Ordening``,
    ``woordvoerder`` / ``Gemeente Kampen``) does not."""
    m = _CAPITAL_AFTER.match(tail, pos)
    if m is None:
        return False
    word = m.group(1)
    if fold(word) in _PORTFOLIO_WORDS:
        return False  # "gedeputeerde Water, Provincie Fryslân": the office's portfolio
    if word.isupper() and not lex.is_surname(word.title()):
        return False  # "(woordvoerder RWS)": an organisation's abbreviation
    if word in _parties(lex) or word.strip("'") in _parties(lex):
        return False  # "(raadslid GroenLinks-PvdA)", "(raadslid PvdA)": the holder's party
    return not (is_blocked(word, lex) or lex.is_common_noun(word) or is_org_word(fold(word), lex))


_WORD_BEFORE = regex.compile(r"(?:(?<![\p{L}])(de|het|the)[ \t]+)?(\p{L}+)[ \t]+$")


def _role_as_title(text: str, start: int, lex: Lexicon) -> bool:
    """A public role right before the name as its title: capitalised (``Gedeputeerde
    Haile wil``), or in lower case without an article (``bij wethouder Haile``, ``of
    wethouder Manuel``), so the name is the holder's, even one that is a given name
    elsewhere (not ``belt de burgemeester Hinke``: the mayor calls Hinke)."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None or fold(m.group(2)) not in _public_role_words(lex):
        return False
    return m.group(2)[:1].isupper() or m.group(1) is None


def _given_name_only(text: str, lex: Lexicon) -> bool:
    words = text.split()
    return len(words) == 1 and lex.is_first_name(words[0]) and not lex.is_surname(words[0])


# "Prins Ramon I", "Prinses Noor II": a carnival's prince by his given name and number
_CARNIVAL_NUMERAL = regex.compile(
    r"[ \t]+(?:(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2}I{0,3})(?![\p{L}\d])"
    r"|\|(?=[ \t]+\p{Ll}))"  # (OCR reads a scan's "I" as "|": "Prins Ramon | zal")
)
_PRINCE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])prins(?:es)?[ \t]+\Z")
# a paraaf code (``SvdW``, ``JBr``, ``EMe``): capitals with the lower-case letters of
# particles or a surname's second letter, no name written out
_PARAAF_CODE = regex.compile(r"\p{Lu}(?:\p{Lu}|\p{Ll}{1,2}(?=\p{Lu})){0,4}\p{Lu}\p{Ll}?")


# Initials with the given name in brackets and the surname: "D. (Dewi) de Haan"
_CALL_NAME = regex.compile(
    r"(?<![\p{L}.])(?:\p{Lu}\.[ \t]*){1,4}\([ \t]*\p{Lu}[\p{Ll}\-]+[ \t]*\)[ \t]+"
    r"(?:(?:[Vv]an|[Dd]e[nr]?|[Tt]e[rn]?|[Hh]et|'t|in|op)[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’]+"
    r"(?:-\p{Lu}[\p{L}\p{M}'’]+)?"
)


def _call_name_widened(text: str, f: Finding) -> Finding | None:
    """The whole ``D. (Dewi) de Haan`` around a part of it that ``f`` holds; None when
    ``f`` is no part of such a name (or is all of it)."""
    for m in _CALL_NAME.finditer(text, max(0, f.start - 24), min(len(text), f.end + 40)):
        if m.start() <= f.start and f.end <= m.end() and (m.start(), m.end()) != (f.start, f.end):
            return replace(f, start=m.start(), end=m.end(), text=m.group())
    return None


# "het lid" / "lid" right before the name: a member of whatever body the text is about
_BARE_MEMBER = regex.compile(r"(?i)(?<![\p{L}])(?:het[ \t]+)?lid[ \t]*\Z")
# a body of elected members: "het lid X" is then its member, in office
_REPRESENTATIVE_BODY = regex.compile(
    r"(?i)(?<![\p{L}])(?:tweede[ \t]+kamer|eerste[ \t]+kamer|kamerleden|kamerlid|kamerstuk\p{L}*"
    r"|gemeenteraad|raadsleden|raadslid|provinciale[ \t]+staten|statenleden|statenlid"
    r"|motie|amendement|europees[ \t]+parlement|algemeen[ \t]+bestuur|eilandsraad"
    r"|staten-generaal|parliament|congres)(?![\p{L}])"
)


def _member_of_no_elected_body(text: str, start: int, ctx: ResolveContext) -> bool:
    """``het lid`` right before the name at ``start`` in a document that names no elected
    body: "De voorzitter en het lid Martis horen ..." is a member of a committee of
    objections, no member of parliament or council."""
    return _BARE_MEMBER.search(text, max(0, start - 16), start) is not None and not any(
        _REPRESENTATIVE_BODY.search(page.text) for page in ctx.document.pages
    )


def names_officials(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Keep office holders named in their public role, and their later mentions."""
    lex = lexicon_for(ctx.rules)
    pages = _Pages(ctx)
    out: list[Finding] = []
    kept_regions: list[tuple[int, int, int, str]] = []
    role_cells = functools.cache(lambda page: role_column_cells(ctx.document.pages[page]))
    for f in findings:
        if _is_person(f) and f.action is Action.REDACT and not _always(f):
            reason = official_reason(pages.text(f.page), f.start, f.end, lex)
            if reason == REASON_ROW_ROLE:  # the row by the page's geometry, if it has one
                # the row of the name's first line: "Van der" / "Wijnbergen" wraps in its cell
                text = pages.text(f.page)
                lead = _TRAILING_PARTICLES.search(text, max(0, f.start - 40), f.start)
                first = lead.start() if lead else f.start
                reason = official_reason(
                    text, f.start, f.end, lex, row_start(ctx.document.pages[f.page], first)
                )
            elif reason and _opens_line(pages.text(f.page), f.start):
                # a role on the line above: the same table row's other cell, by geometry?
                text = pages.text(f.page)
                reason = official_reason(
                    text, f.start, f.end, lex, row_start(ctx.document.pages[f.page], f.start)
                )
            if (
                not reason
                and _role_word_after(pages.text(f.page), f.end, lex)
                and column_gap_after(ctx.document.pages[f.page], f.end)
            ):
                # "Marcelle van Putten-Hassell" | "regeringscommissaris, voorzitter": the
                # row's role cell beside the name, a column gap away
                reason = _role_cell_beside(pages.text(f.page), f.end, lex)
            if not reason and any(
                cell[0][0] <= f.start and f.end <= cell[-1][1] + 1
                for cell in role_cells(f.page)
            ):
                # "Raadslid (fractie)" / "Kwame Owusu-" / "Ansah": the column says the
                # office its names hold
                reason = REASON_ROLE_COLUMN
            if not reason and (wide := _call_name_widened(pages.text(f.page), f)) is not None:
                # "wethouder Sociaal Domein, D. (Dewi) de Haan" where the model read "Dewi":
                # the whole name holds the office, and it is kept as one
                reason = official_reason(pages.text(f.page), wide.start, wide.end, lex)
                if reason:
                    f = wide
            reason = (
                reason
                or signing_organ(pages.text(f.page), f.start)
                or _party_row(ctx.document.pages[f.page], f.start, lex)
                or _role_first_cell(ctx.document.pages[f.page], f.start, lex)
                or _chair_of_members(pages.text(f.page), f.end, lex)
            )
            if (
                reason
                and _given_name_only(f.text, lex)
                and not _role_as_title(pages.text(f.page), f.start, lex)  # "Gedeputeerde Haile"
                and not _ROYAL_BEFORE.search(pages.text(f.page)[max(0, f.start - 12) : f.start])
                and not _party_after(pages.text(f.page), f.end, lex)  # "Yusuf (DENK)"
            ):
                reason = ""  # "belt de burgemeester Hinke": office holders go by surname
            if reason and _PARAAF_CODE.fullmatch(f.text):
                reason = ""  # "Paraaf kabinet burgemeester: SvdW": a paraaf, not the office
            if reason and _member_of_no_elected_body(pages.text(f.page), f.start, ctx):
                reason = ""
            if (
                reason
                and (
                    _CARNIVAL_NUMERAL.match(pages.text(f.page), f.end)
                    or regex.search(r"[ \t](?:I{1,3}|IV|V|VI{1,3})$", f.text)  # "Ramon I"
                )
                and _PRINCE_BEFORE.search(pages.text(f.page)[max(0, f.start - 12) : f.start])
            ):
                reason = ""  # "Prins Ramon I": a carnival prince, a private person
            if reason:
                f = f.with_action(Action.KEEP, reason)
        if _is_person(f) and f.action is Action.KEEP:
            kept_regions.append((f.page, f.start, f.end, f.keep_reason))
        out.append(f)
    # Overlapping person findings follow the kept one.
    out = [
        _follow_kept(f, kept_regions)
        if _is_person(f) and f.action is Action.REDACT and not _always(f)
        else f
        for f in out
    ]
    # Later mentions of a kept person are kept, unless a redacted person shares the surname.
    kept = [
        (p, f.keep_reason)
        for f in out
        if _is_person(f) and f.action is Action.KEEP
        for p in [parse_name(f.text, lex)]
        if p is not None
    ]
    kept.extend(_officials_unfound(out, ctx, pages, lex))
    if not kept:
        return out
    kept_by_core: dict[str, list[tuple[PersonName, str]]] = {}
    for k, reason in kept:
        kept_by_core.setdefault(k.core, []).append((k, reason))

    def kept_match(p: PersonName, *, loose: bool = False) -> str:
        # (an office holder named by surname alone does not vouch for a given name:
        # "jeugdtrainer Ids Hoekstra, een neef van wethouder Hoekstra"; ``loose``: it
        # may, for the clash below)
        return next(
            (
                r
                for k, r in kept_by_core.get(p.core, ())
                if compatible(p, k) and (loose or k.specific or not p.specific)
            ),
            "",
        )

    # (a full name that only shares the surname of an office holder known by it counts
    # where a salutation makes it a citizen: "mevrouw Hatice Yılmaz" ... "Mevrouw Yılmaz")
    redacted_cores = {
        p.core
        for f in out
        if _is_person(f) and f.action is Action.REDACT
        for p in [parse_name(f.text, lex)]
        if p is not None
        and p.specific
        and not kept_match(p)
        and (not kept_match(p, loose=True) or _saluted(pages.text(f.page), f))
    }
    # the surnames of full names redacted beside an office holder of that surname: a
    # saluted surname alone ("Mr Wolters is no relation of your alderman Wolters") is
    # in doubt the citizen's
    namesakes = {
        p.core
        for f in out
        if _is_person(f) and f.action is Action.REDACT
        for p in [parse_name(f.text, lex)]
        if p is not None and p.specific and not kept_match(p) and kept_match(p, loose=True)
    }
    final = []
    for f in out:
        if _is_person(f) and f.action is Action.REDACT and not _always(f):
            p = parse_name(f.text, lex)
            if p is not None:
                match = kept_match(p)
                clash = p.core in redacted_cores or (
                    p.core in namesakes and _saluted(pages.text(f.page), f)
                )
                if (
                    match
                    and (p.specific or not clash)
                    and not _staff_label_before(pages.text(f.page), f.start, lex)
                ):
                    f = f.with_action(Action.KEEP, match)
                elif p.specific and kept_match(p, loose=True):
                    # the full name of someone whose surname an office holder bears:
                    # redacted, for the reviewer to confirm (and not spread over the
                    # dossier: see DOSSIER_MIN_SCORE)
                    f = _flagged_namesake(f)
        final.append(f)
    # a name kept as a later mention ("Ruthmila Obersi-" / "Tromp" after "Het lid
    # Obersi-Tromp") takes the finding of its part along, as a kept one does above
    regions = [
        (f.page, f.start, f.end, f.keep_reason)
        for f in final
        if _is_person(f) and f.action is Action.KEEP
    ]
    final = [
        _follow_kept(f, regions)
        if _is_person(f) and f.action is Action.REDACT and not _always(f)
        else f
        for f in final
    ]
    final = _given_name_cells_of_holders(final, pages, lex)
    return _namesakes_redacted_elsewhere(final, lex)


def _saluted(text: str, f: Finding) -> bool:
    """A salutation right before the name, or opening its span (``mevrouw X``)."""
    return (
        _SALUTED.search(text, max(0, f.start - 16), f.start) is not None
        or regex.match(_SALUTATION_BEFORE, f.text) is not None
    )


def _flagged_namesake(f: Finding) -> Finding:
    """``f`` with a reviewer's score: a full name that may be an office holder's."""
    if f.provenance.score <= NAMESAKE_SCORE:
        return f
    return replace(
        f,
        provenance=replace(
            f.provenance,
            score=NAMESAKE_SCORE,
            explanation=f.provenance.explanation
            + "; draagt de achternaam van een bestuurder in functie: controleer",
        ),
    )


NAMESAKE_SCORE = 0.6


def _given_name_cells_of_holders(
    findings: list[Finding], pages: _Pages, lex: Lexicon
) -> list[Finding]:
    """``Van Rens`` / ``Marc`` in the ``Achternaam`` and ``Voornaam`` cells of a row
    whose role cell says ``Gedeputeerde``: the given name alone on the line right after
    a surname kept in its row's role is the same office holder's."""
    kept = {
        (f.page, f.end): f.keep_reason
        for f in findings
        if _is_person(f) and f.action is Action.KEEP and "tabelrij" in f.keep_reason
    }
    if not kept:
        return findings
    out = []
    for f in findings:
        if _is_person(f) and f.action is Action.REDACT and not _always(f):
            text = pages.text(f.page)
            gap = _NEXT_LINE_BEFORE.search(text, max(0, f.start - 8), f.start)
            reason = kept.get((f.page, gap.start())) if gap else None
            if (
                reason
                and len(f.text.split()) == 1
                and lex.is_first_name(f.text)
                and _LINE_ENDS.match(text, f.end)
            ):
                f = f.with_action(Action.KEEP, reason)
        out.append(f)
    return out


_NEXT_LINE_BEFORE = regex.compile(r"[ \t]*\n[ \t]*\Z")
_LINE_ENDS = regex.compile(r"[ \t]*(?:\n|$)")


# the labels of a document's own staff: "Behandeld door: Anne Hoekstra" is the civil
# servant who handles it, whoever of that surname holds an office in it
_STAFF_LABEL_IDS = ("contactpersoon", "behandeld_door", "opgesteld_door")
_STAFF_LABEL_CACHE: dict[int, Any] = {}


def _staff_label_before(text: str, start: int, lex: Lexicon) -> bool:
    """The name at ``start`` is the value of a staff label on its line."""
    rx = _STAFF_LABEL_CACHE.get(id(lex))
    if rx is None:
        words = sorted(
            {w for r in lex.config.labels if r.id in _STAFF_LABEL_IDS for w in r.words},
            key=len,
            reverse=True,
        )
        alts = "|".join(r"[ \t]+".join(regex.escape(x) for x in w.split()) for w in words)
        rx = _STAFF_LABEL_CACHE[id(lex)] = regex.compile(
            rf"(?im)^[ \t]*(?:{alts})[ \t]*:[ \t]*(?:\p{{L}}+\.?[ \t]+){{0,2}}\Z"
        )
    line_start = text.rfind("\n", 0, start) + 1
    return rx.search(text[line_start:start]) is not None


def _namesakes_redacted_elsewhere(findings: list[Finding], lex: Lexicon) -> list[Finding]:
    """A name kept only as a namesake ("een straat vernoemen naar Geeske Hofstra")
    whose person the document redacts elsewhere, by the same given name and the
    surname or a part of a double surname ("Geeske Hofstra-Veenstra", no public
    evidence): someone proposed as a namesake may well be alive, and doubt goes
    to the reviewer."""
    reasons = {r.reason for r in lex.config.public_roles if r.namesake}
    kept = [
        (i, p)
        for i, f in enumerate(findings)
        if _is_person(f) and f.action is Action.KEEP and f.keep_reason in reasons
        for p in [parse_name(f.text, lex)]
        if p is not None and p.given and p.core
    ]
    if not kept:
        return findings
    redacted = [
        p
        for f in findings
        if _is_person(f) and f.action is Action.REDACT
        for p in [parse_name(f.text, lex)]
        if p is not None and p.given and p.core
    ]
    out = list(findings)
    for i, p in kept:
        given = {fold(g) for g in p.given}
        if any(
            given & {fold(g) for g in q.given}
            and (q.core == p.core or p.core in q.core.split("-"))
            for q in redacted
        ):
            out[i] = findings[i].with_action(Action.REDACT)
    return out


def _officials_unfound(
    findings: list[Finding], ctx: ResolveContext, pages: _Pages, lex: Lexicon
) -> list[tuple[PersonName, str]]:
    """Office holders named in role where no detector found the name.

    ("de leden Westerveld (GroenLinks-PvdA) en Bikker", "Burgemeester Weterings"
    at a sentence start): a redacted person's surname there makes the person an
    official, so "Mevrouw Bikker" and "Th.L.N. Weterings" elsewhere are kept.
    """
    forms: set[str] = set()
    for f in findings:
        if _is_person(f) and f.action is Action.REDACT and not _always(f):
            p = parse_name(f.text, lex)
            if p is not None and p.core:
                forms |= {v for v in variants(p, lex) if fold(v.split()[-1]) in p.core.split()}
    if not forms:
        return []
    index = _FormIndex(forms, lex)
    covered: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        if _is_person(f):
            covered.setdefault(f.page, []).append((f.start, f.end))
    out = []
    for page in range(len(ctx.document.pages)):
        view, toks = pages.get(page)
        text = pages.text(page)
        on_page = covered.get(page, [])
        for first, last in index.matches(toks):
            s, e = view.span(toks[first].start, toks[last].end)
            if any(a < e and s < b for a, b in on_page):
                continue
            if _PARAAF_CODE.fullmatch(text[s:e]):
                continue  # "JMe, dijkgraaf": an action's two owners, a code and an office
            reason = official_reason(text, s, e, lex)
            if reason and _member_of_no_elected_body(text, s, ctx):
                continue  # "het lid Martis" of a committee of objections
            p = parse_name(text[s:e], lex)
            if reason and p is not None:
                out.append((p, reason))
    return out


def _always(f: Finding) -> bool:
    return f.provenance.recognizer == ALWAYS_REDACT_RECOGNIZER


def _follow_kept(f: Finding, kept: list[tuple[int, int, int, str]]) -> Finding:
    for page, s, e, reason in kept:
        if f.page == page and f.start < e and s < f.end:
            return f.with_action(Action.KEEP, reason)
    return f


# ---------------------------------------------------------------- propagation


# (initials may come dotted: "p.b.m.sluiter@")
_MAIL_NAME = regex.compile(r"((?:[a-z]\.){0,3}[a-z]+)\.([a-z]{4,}(?:-[a-z]{2,})*)\d*@")


def _within_one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by at most one letter changed, added or dropped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


_OCR_WORD = regex.compile(r"(?<![\p{L}\d])\p{Lu}\p{Ll}{5,}(?![\p{L}\d])")


def _ocr_variants(findings: list[Finding], ctx: ResolveContext, lex: Lexicon) -> list[Finding]:
    """On a page OCR read, a word one letter off a redacted person's name word of six
    letters or more (``Zielifski`` / ``Zielifiski``, OCR's two readings of ``Zieliński``):
    the same name, misread; flagged (score 0.6)."""
    pages = ctx.document.pages
    scanned = [n for n, page in enumerate(pages) if page.ocr_layout is not None]
    if not scanned:
        return []
    keys = {
        w
        for f in findings
        if _is_person(f) and f.action is Action.REDACT
        for w in f.text.split()
        if len(w) >= 6 and w.isalpha() and w[:1].isupper() and not lex.is_common_noun(w)
    }
    if not keys:
        return []
    taken = _by_page(findings)
    out: list[Finding] = []
    for number in scanned:
        for m in _OCR_WORD.finditer(pages[number].text):
            word = m.group()
            if word in keys or any(
                o.start < m.end() and m.start() < o.end for o in taken.get(number, ())
            ):
                continue
            if lex.is_common_noun(word) or fold(word) in lex.places or is_blocked(word, lex):
                continue
            if any(_within_one_edit(word, k) for k in keys):
                out.append(
                    _document_mention(
                        number, m.start(), m.end(), word,
                        "door OCR anders gelezen naam uit het document; controleer", score=0.6,
                    )
                )
    return out


def _document_mention(
    page: int, start: int, end: int, text: str, why: str, score: float = 0.8
) -> Finding:
    """A person's finding for another form of a name the document redacts (a file
    name's piece, a user name, a mailbox's words written out, an OCR reading)."""
    return person_finding(
        page, start, end, text, recognizer=PROPAGATION_RECOGNIZER, source=Source.PROPAGATION,
        rule_id="document", score=score, explanation=why,
    )  # fmt: skip


def _mail_names_written_out(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """``Licht, Rian`` or ``Rian Licht`` where ``rian.licht@`` is redacted: the two words
    of a person's mailbox, capitalised side by side in either order, name that person,
    however ordinary each word is alone (a chat's header ``Licht, Rian (Gemeente X)``)."""
    pairs: set[tuple[str, str]] = set()
    for f in findings:
        if f.entity_type == "EMAIL_ADDRESS" and f.action is Action.REDACT:
            m = _MAIL_NAME.match(f.text.strip().casefold())
            if m is not None and len(m.group(1)) >= 3 and (m.group(1) + m.group(2)).isalpha():
                pairs.add((m.group(1).title(), m.group(2).title()))
    if not pairs:
        return []
    taken = _by_page(findings)
    out: list[Finding] = []
    for given, surname in sorted(pairs):
        g, s = regex.escape(given), regex.escape(surname)
        rx = regex.compile(rf"(?<![\p{{L}}@.])(?:{g}[ \t]+{s}|{s},[ \t]*{g})(?![\p{{L}}@])")
        for page in range(len(ctx.document.pages)):
            for m in rx.finditer(ctx.document.pages[page].text):
                a, b = m.span()
                if any(o.start <= a and b <= o.end for o in taken.get(page, ()) if _is_person(o)):
                    continue
                out.append(
                    _document_mention(
                        page, a, b, m.group(), "naam uit een gelakt e-mailadres van het document"
                    )
                )
    return out


def _mail_surnames(findings: list[Finding], lex: Lexicon) -> set[str]:
    """The surname of a person's redacted e-mail address ``kwame.asante@``,
    ``g.boersma-kok@`` (a listed given name or an initial, a dot, the surname), as the
    text writes it (``Asante``, ``Boersma-Kok``), and the listed given name before the
    dot; not a noun, place or blocked word (``j.bakker@``, ``m.utrecht@``)."""
    out: set[str] = set()
    # the words of the persons found: "ramon.kartosen87@" beside "R.J. Kartosen" gives
    # his given name, listed or not
    found = {
        fold(part)
        for f in findings
        if _is_person(f) and f.action is Action.REDACT
        for w in f.text.split()
        for part in (w, *w.split("-"))
        if len(part) >= 3
    }
    for f in findings:
        if f.entity_type != "EMAIL_ADDRESS" or f.action is not Action.REDACT:
            continue
        m = _MAIL_NAME.match(f.text.strip().casefold())
        if m is None:
            continue
        if not (len(m.group(1)) == 1 or "." in m.group(1) or lex.is_first_name(m.group(1))):
            given = m.group(1).title()
            if (
                fold(m.group(2)) in found
                and len(given) >= 3
                and given.isalpha()
                and _bare_ok(given, lex)
                and not lex.is_common_noun(given)
                and fold(given) not in lex.places
            ):
                out.add(given)
            continue
        given = m.group(1).title()
        if (
            "." not in given
            and len(given) >= 4
            and _bare_ok(given, lex)
            and not lex.is_common_noun(given)
        ):
            out.add(given)  # "Wiebren" signs the mail sent from wiebren.dijkstra62@
        surname = "-".join(p.title() for p in m.group(2).split("-"))
        parts = surname.split("-")
        if any(
            lex.is_common_noun(p) or fold(p) in lex.places or fold(p) in lex.particles
            for p in parts
        ):
            continue
        # "j.dwarshuis@" beside "Jurre Dwarshuis": a surname that ends like an
        # organisation's word ("-huis") counts when a person found has it too
        if is_blocked(surname, lex) and not (
            fold(surname) in found
            and not (fold(surname) in lex.org_words or fold(surname) in lex.stopwords)
            and not is_street(fold(surname), lex)
        ):
            continue
        out.add(surname)
    return out


# a call name in quotes between a person's given name and surname: "Mohamed 'Mo' Ait
# Taleb", "Johannes “Hans” de Vries"
_QUOTED_CALL_NAME = regex.compile(
    r"(?<=\p{L}[ \t]+)['‘’\"“”]([\p{Lu}][\p{Ll}\-]{1,14})['‘’\"“”](?=[ \t]+\p{Lu})"
)


# the rest of the name after a quoted call name: "Ait Taleb", "de Vries"
_REST_OF_NAME = regex.compile(
    r"(?:[ \t]+(?:(?:van|de|der|den|ter|ten|te|el|al|da|dos)[ \t]+){0,3}\p{Lu}[\p{L}'’\-]+){1,2}"
)


def _quoted_call_names(
    findings: list[Finding], ctx: ResolveContext, lex: Lexicon, found: list[Finding]
) -> set[str]:
    """The call names in quotes inside or right beside a redacted person's name
    (``Mohamed 'Mo' Ait Taleb``): the chat's ``Mo (01-107)`` and ``met Kiki en Mo``
    are that person, whatever the lists say of so short a word.  The name's rest
    after the quotes (``Ait Taleb``) is appended to ``found`` when nothing covers it."""
    out: set[str] = set()
    pages = ctx.document.pages
    for f in findings:
        if not (_is_person(f) and f.action is Action.REDACT) or not 0 <= f.page < len(pages):
            continue
        text = pages[f.page].text
        for m in _QUOTED_CALL_NAME.finditer(text, max(0, f.start - 20), min(len(text), f.end + 20)):
            if (
                f.start <= m.end() + 1  # the name's next word, or the one before it
                and m.start() <= f.end + 1
                and not is_blocked(m.group(1), lex)
                and fold(m.group(1)) not in lex.stopwords
            ):
                out.add(m.group(1))
                rest = _REST_OF_NAME.match(text, m.end())
                if rest is not None and not any(
                    g.page == f.page and g.start <= rest.end() and rest.start() < g.end
                    for g in findings
                    if _is_person(g)
                ):
                    span = text[m.start() : rest.end()]
                    found.append(replace(f, start=m.start(), end=rest.end(), text=span))
    return out


def names_propagate(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Redact every mention of a redacted person, in this document and from the dossier."""
    lex = lexicon_for(ctx.rules)
    findings = _widen_given_names(findings, ctx, lex)
    kept = [
        p
        for f in findings
        if _is_person(f) and f.action is Action.KEEP
        for p in [parse_name(f.text, lex)]
        if p is not None
    ]
    doc_forms: set[str] = set()
    # a surname in capitals, as official papers from abroad write it ("CIOBANU Ion")
    capitals: set[str] = set()
    for f in findings:
        if _is_person(f) and f.action is Action.REDACT and f.provenance.rule_id != SIGNED_RULE:
            p = parse_name(f.text, lex)
            if p is not None:
                doc_forms |= variants(p, lex) | abbreviations(p, lex)
                if len(f.text.split()) >= 2:
                    capitals |= {
                        w.upper()
                        for w in p.surname
                        if len(w) >= 4
                        and w.isalpha()
                        and not w.isupper()
                        and not lex.is_common_noun(w)
                    }
            if f.provenance.rule_id == "chat_author" and _SHORT_NAME.fullmatch(f.text):
                doc_forms.add(f.text)  # "Mo:" writes in the chat, "Mo, ..." is addressed
            elif f.provenance.rule_id == "chat_author":
                # "Mo Bouzid:" writes in the chat, "Mo, neem je ..." is addressed
                given = f.text.split()[0]
                if _SHORT_NAME.fullmatch(given) and not is_blocked(given, lex):
                    doc_forms.add(given)
    doc_forms |= _mail_surnames(findings, lex)
    widened: list[Finding] = []
    doc_forms |= _quoted_call_names(findings, ctx, lex, widened)
    findings = findings + widened
    # "Venlo" of "Venlo-Velden": a part the model calls a place or organisation in
    # this document, and the lists know as a place, is not propagated alone
    places_here = {
        fold(f.text)
        for f in findings
        if f.entity_type in ("LOCATION", "ORGANIZATION") and " " not in f.text.strip()
    }
    # but the whole surname of a name of two words or more is ("van Ouwerkerk:" after
    # "Lemlem Ouwerkerk", though a village is called Ouwerkerk too)
    surnames = {
        words[-1]
        for f in findings
        if _is_person(f) and f.action is Action.REDACT
        # "Blokzijl, Gerrit Jan": an inverted name's surname stands before the comma
        for words in [f.text.split(",")[0].split() if "," in f.text else f.text.split()]
        if len(f.text.split()) >= 2
        and (
            lex.is_surname(words[-1])
            or f.provenance.source is not Source.NER
            # "Wim Hoogerheide": a listed given name makes the last word his surname,
            # though a village has that name too
            or (len(words) == 2 and lex.is_first_name(words[0]) and is_capitalised(words[-1]))
        )
    }
    doc_forms = {
        form
        for form in doc_forms
        if " " in form
        or form in surnames
        or not (fold(form) in places_here and fold(form) in lex.places)
    }
    doc_forms |= capitals
    dossier = _dossier_index(ctx.dossier_names, lex)
    skip = dossier.skipped(kept, doc_forms)
    # a lone listed place that another document took for a name ("Almere" read on from
    # a row's name cell) is not looked for here
    skip |= {
        form
        for form in dossier.forms
        if " " not in form and fold(form) in lex.places and not lex.is_surname(form)
    }
    out = list(findings)
    guarded = _guarded_surnames(out, ctx, lex)
    out.extend(guarded)
    out.extend(_short_given_names(out, ctx, lex))
    out.extend(_double_surnames_sharing_a_part(out, ctx, lex))
    out.extend(_double_surname_heads_addressed(out, ctx, lex))
    out.extend(_double_surname_tails_with_particles(out, ctx, lex))
    out.extend(_names_in_file_names(out, ctx, lex))
    out.extend(_mail_names_written_out(out, ctx))
    out.extend(_ocr_variants(out, ctx, lex))
    nicknames = _nicknames_in_brackets(out, ctx, lex)
    out.extend(nicknames)
    # the name a person goes by is a form of the person ("Riek belde me net")
    doc_forms |= {f.text for f in nicknames if len(f.text) >= 3}

    def in_document(forms: set[str]) -> list[Finding]:
        return _mentions(
            out,
            ctx,
            forms,
            lex,
            rule_id="document",
            recognizer=PROPAGATION_RECOGNIZER,
            source=Source.PROPAGATION,
            explanation="eerder in het document gevonden naam",
        )

    found = in_document(doc_forms)
    out.extend(found)
    # A mention widened over a given name ("mevrouw El Idrissi" finds "Dounia El
    # Idrissi"): that given name is a form of the person too ("Moeder van Dounia")
    more: set[str] = set()
    for f in (*found, *guarded):  # also "Rodney Prins" found as a role word's named use
        p = parse_name(f.text, lex)
        if p is not None:
            more |= {g for g in p.given if _bare_ok(g, lex) and g not in doc_forms}
    if more:
        out.extend(in_document(more))
    out.extend(
        _mentions(
            out,
            ctx,
            dossier.forms if len(skip) < len(dossier.forms) else set(),
            lex,
            index=dossier.index,
            skip=frozenset(tuple(f.split()) for f in skip),
            rule_id="dossier",
            recognizer=PROPAGATION_RECOGNIZER,
            source=Source.PROPAGATION,
            explanation="naam gevonden in een ander document van de reeks",
        )
    )
    return out


# A file name with its extension: "begroting-2026-kuipers.xlsx", "foto_boukhari (2).jpg"
# (with its folders: "oksana.melnyk/fietswrakken-juli.xlsx")
_FILE_NAME = regex.compile(
    r"(?<![\p{L}\d@/\\])[\p{L}\d][\p{L}\d_\-./\\]*(?:[ \t]?\(\d{1,2}\))?"
    r"\.(?i:pdf|docx?|xlsx?|pptx?|odt|ods|csv|txt|jpe?g|png|heic|gif|tiff?|msg|eml|zip|mp4|mov"
    r"|m4a|mp3|wav)(?![\p{L}\d])"
)
_FILE_NAME_PIECE = regex.compile(r"[\p{L}]+")


def _names_in_file_names(
    findings: list[Finding], ctx: ResolveContext, lex: Lexicon
) -> list[Finding]:
    """A redacted person's surname or given name as a piece of a file name, in any case
    (``bijlagen: begroting-2026-kuipers.xlsx`` after ``Wobbe Jan Kuipers``,
    ``foto-voordeur-boukhari-feb2026.jpg``): the person, named in the attachment."""
    keys: set[str] = set()
    # a user name of the first letter and the surname run together ("KElAmrani",
    # "kowusu"): in a file name, or alone anywhere ("Laatst opgeslagen door kelamrani")
    glued: set[str] = set()
    for f in findings:
        if not (_is_person(f) and f.action is Action.REDACT):
            continue
        p = parse_name(f.text, lex)
        if p is None:
            continue
        first = p.given[0][:1] if p.given else (p.initials[0][:1] if p.initials else "")
        core = "".join(fold(w) for w in p.surname if w.replace("-", "").isalpha())
        if first and len(core) >= 5 and not lex.is_common_noun(first + core):
            glued.add(fold(first) + core.replace("-", ""))
        for word in (*p.surname, *p.given):
            for part in word.split("-"):
                key = fold(part)
                if (
                    len(key) >= 4
                    and part.isalpha()
                    and key not in lex.particles
                    and not lex.is_common_noun(part)
                    and key not in lex.places
                    and not is_blocked(part, lex)
                ):
                    keys.add(key)
    if not keys and not glued:
        return []
    taken = _by_page(findings)
    out: list[Finding] = []
    user = (
        regex.compile(
            r"(?i)(?<![\p{L}\d@.])(?:"
            + "|".join(regex.escape(g) for g in sorted(glued, key=len, reverse=True))
            + r")(?![\p{L}\d@]|\.[\p{L}\d.]*@)"
        )
        if glued
        else None
    )
    for page in range(len(ctx.document.pages)):
        text = ctx.document.pages[page].text
        for m in user.finditer(text) if user is not None else ():
            if any(o.start < m.end() and m.start() < o.end for o in taken.get(page, ())):
                continue
            out.append(
                _document_mention(
                    page, m.start(), m.end(), m.group(),
                    "gebruikersnaam van een persoon uit het document",
                )
            )
        for m in _FILE_NAME.finditer(text):
            for piece in _FILE_NAME_PIECE.finditer(m.group()):
                if fold(piece.group()) not in keys:
                    continue
                s, e = m.start() + piece.start(), m.start() + piece.end()
                if any(o.start < e and s < o.end for o in taken.get(page, ())):
                    continue
                out.append(
                    _document_mention(
                        page, s, e, piece.group(),
                        "naam van een persoon uit het document in een bestandsnaam",
                    )
                )
    return out


# the street and number that follow a name inside an address's span
_STREET_AFTER_NAME = regex.compile(
    r"[ \t]*\n?[ \t]*\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{L}[\p{L}'’\-]*){0,3}[ \t]+\d"
)


def _name_before_street(text: str, o: Finding, s: int, e: int) -> bool:
    """A person's name that opens an address's span, its street and number after it:
    a table row read as one line ran the name's cell into the address's (``kerkrentm.
    Wang Jun Havenpark 6``); the name is no part of the street's."""
    return (
        o.entity_type == "NL_ADDRESS"
        and o.start == s
        and e < o.end
        and _STREET_AFTER_NAME.match(text, e, o.end) is not None
    )


def _guarded_surnames(findings: list[Finding], ctx: ResolveContext, lex: Lexicon) -> list[Finding]:
    """Mentions of a redacted surname that is also a role word or common noun
    (``mevrouw Koning``, ``dhr. Visser``), where the word is used as a name: right
    after a title, initials or a given name, listed or not (``Aan: Desislava
    Koning``).  Such a surname is not looked for alone (``de Koning`` is the King),
    but a capitalised word before it that is no function, role or place word
    makes the pair a name."""
    surnames: set[str] = set()
    for f in findings:
        if _is_person(f) and f.action is Action.REDACT:
            p = parse_name(f.text, lex)
            if p is None or len(p.surname) != 1:
                continue
            word = p.surname[0]
            key = fold(word)
            if (
                len(key) >= 4
                and is_capitalised(word)
                and word.isalpha()
                and key not in lex.particles
                and not _bare_ok(word, lex)
            ):
                surnames.add(word)
    if not surnames:
        return []
    return _mentions(
        findings,
        ctx,
        surnames,
        lex,
        rule_id="document_named_use",
        recognizer=PROPAGATION_RECOGNIZER,
        source=Source.PROPAGATION,
        explanation="eerder in het document gevonden achternaam, hier als naam gebruikt",
        guard=_named_use,
        score=0.7,
    )


# Words before a role used as a role ("de Koning", "onze Minister", "the King").
_ROLE_ARTICLES = frozenset(
    {"de", "het", "een", "onze", "uw", "zijne", "hare", "deze", "die", "the", "our", "a", "his"}
)


_CLOSING_WORDS = frozenset({"groet", "groeten", "groetjes", "gr", "mvg", "dank", "cheers"})


def _short_given_names(findings: list[Finding], ctx: ResolveContext, lex: Lexicon) -> list[Finding]:
    """A given name cut short in a chat: ``Dank Kwam.`` for Kwame, ``Sjouk,`` for
    Sjoukje.  A capitalised word that a redacted person's given name (of five letters
    or more) begins with, one to three letters shorter, addressed as in a vocative
    (an interjection or greeting before it, or a comma or stop after it); flagged."""
    given: dict[str, str] = {}
    greeted: dict[str, str] = {}  # two letters: a form only after a greeting
    for f in findings:
        if _is_person(f) and f.action is Action.REDACT:
            words = f.text.replace(",", " ").split()
            if (
                len(words) >= 2
                and len(words[0]) >= 5
                and (
                    lex.is_first_name(words[0])
                    # "Ferhat Yıldırım" as a chat's author or the model's whole name
                    or (
                        (f.provenance.rule_id in _STRONG_RULES or f.provenance.source is Source.NER)
                        and is_capitalised(words[0])
                        and words[0][1:].islower()
                        and not is_blocked(words[0], lex)
                    )
                )
            ):
                # a long name from its first three letters on ("Hüs" of "Hüseyin")
                low = 3 if len(words[0]) >= 6 else max(3, len(words[0]) - 3)
                for n in range(low, len(words[0])):
                    given.setdefault(words[0][:n], words[0])
                # "Top Mo." for Mohamed: two letters, only when greeted (below)
                greeted.setdefault(words[0][:2], words[0])
            # the capitals of a double given name ("DJ" of "ter Haar, Dirk-Jan")
            for word in words:
                parts = word.split("-")
                if (
                    len(parts) == 2
                    and all(is_capitalised(x) and len(x) >= 2 for x in parts)
                    and all(lex.is_first_name(x) for x in parts)
                ):
                    given.setdefault(parts[0][0] + parts[1][0], word)
    if not given:
        return []
    pages = _Pages(ctx)
    new: list[Finding] = []
    taken = {(f.page, f.start) for f in findings if _is_person(f)}
    for page in range(len(ctx.document.pages)):
        view, toks = pages.get(page)
        for k, t in enumerate(toks):
            if (
                t.kind == "word"
                and t.text in greeted
                and t.text not in given
                and k > 0
                and not t.newline_before
                and _greets(toks[k - 1], lex)
                and t.text[1:].islower()
                and fold(t.text) not in lex.stopwords
                and fold(t.text) not in lex.interjections
                and fold(t.text) not in lex.particles
                and (page, view.span(t.start, t.end)[0]) not in taken
            ):
                s, e = view.span(t.start, t.end)
                why = "verkorte voornaam van een eerder gevonden persoon; controleer"
                new.append(_flagged_mention(pages, page, s, e, "short_given_name", why))
                continue
            if t.kind != "word" or t.text not in given or t.text == given[t.text]:
                continue
            key = fold(t.text)
            if (
                key in lex.stopwords
                or key in lex.particles
                or key in lex.role_words
                or key in lex.places
            ):
                continue
            if lex.is_first_name(t.text) or lex.is_surname(t.text) or is_blocked(t.text, lex):
                continue  # a name of its own: the lists and rules decide
            prev = toks[k - 1] if k > 0 and not t.newline_before else None
            nxt = toks[k + 1] if k + 1 < len(toks) and not toks[k + 1].newline_before else None
            addressed = (
                (prev is not None and _greets(prev, lex))
                or (nxt is not None and nxt.text in ",.!?")
                # a signature after a closing: "Groet, Sjouk"
                or (
                    k >= 2
                    and toks[k - 1].text == ","
                    and fold(toks[k - 2].bare) in _CLOSING_WORDS
                )
            )
            # or a form of a long name that is no word, standing alone in a sentence
            # ("Gio en ik lopen mee" for Giovanni; not the "Den" of "Den Haag")
            alone = (
                len(given[t.text]) >= 6
                and not lex.is_common_noun(t.text)
                and not any(
                    u is not None and u.kind == "word" and u.text[:1].isupper()
                    for u in (prev, nxt)
                )
            )
            if not (addressed or alone):
                continue
            s, e = view.span(t.start, t.end)
            if (page, s) in taken:
                continue
            why = "verkorte voornaam van een eerder gevonden persoon; controleer"
            new.append(_flagged_mention(pages, page, s, e, "short_given_name", why))
    return new


def _greets(t: Tok, lex: Lexicon) -> bool:
    """Token ``t`` is a greeting or an interjection ("Hoi", "Top", "Thanks")."""
    return t.kind == "word" and (
        fold(t.bare) in lex.interjections or t.text in lex.config.greetings
    )


def _nicknames_in_brackets(
    findings: list[Finding], ctx: ResolveContext, lex: Lexicon
) -> list[Finding]:
    """``Małgorzata Wróbel (Gosia)``, ``Hendrika (Riek) Postma-de Boer``: one
    capitalised word in brackets right after a redacted whole name, or between a
    redacted given name and surname, is the name the person goes by (not an
    organisation, place, abbreviation or role); flagged."""
    pages = _Pages(ctx)
    taken = {(f.page, f.start) for f in findings if _is_person(f)}
    redacted_starts = {
        (f.page, f.start) for f in findings if _is_person(f) and f.action is Action.REDACT
    }
    new: list[Finding] = []
    for f in findings:
        if not (_is_person(f) and f.action is Action.REDACT):
            continue
        text = pages.text(f.page)
        m = _NICKNAME_AFTER.match(text, f.end)
        if m is None:
            continue
        if " " not in f.text.strip():
            # "Hendrika (Riek) Postma-de Boer": between a given name and the surname
            after = regex.match(r"[ \t]+", text[m.end() : m.end() + 3])
            if after is None or (f.page, m.end() + after.end()) not in redacted_starts:
                continue
        word = m.group(1)
        key = fold(word)
        if " " in f.text.strip() and not (lex.is_first_name(word) or len(word) <= 6):
            continue  # "ing. Koen Vlugt (Kadaster)": a longer unlisted word is his employer
        if (
            is_blocked(word, lex)
            or is_org_word(key, lex)
            or key in lex.places
            or key in lex.role_words
            or lex.is_common_noun(word)
            or (f.page, m.start(1)) in taken
        ):
            continue
        why = "roepnaam tussen haakjes na een gevonden naam"
        new.append(_flagged_mention(pages, f.page, m.start(1), m.end(1), "nickname", why))
    return new


_NICKNAME_AFTER = regex.compile(r"[ \t]*\((\p{Lu}\p{Ll}{1,12})\)")


def _flagged_mention(
    pages: _Pages, page: int, s: int, e: int, rule_id: str, explanation: str
) -> Finding:
    """A propagated mention of a found person in another form, score 0.6 (flagged)."""
    return person_finding(
        page, s, e, pages.text(page)[s:e],
        recognizer=PROPAGATION_RECOGNIZER, source=Source.PROPAGATION,
        rule_id=rule_id, score=0.6, explanation=explanation,
    )  # fmt: skip


_SALUTATION_BEFORE = (
    r"(?:(?i:mevrouw|mevr\.?|mw\.?|de[ \t]+heer|dhr\.?|meneer)|(?:Mr|Mrs|Ms|Miss)\.?)[ \t]+"
)
# a salutation that ends right before a name (see _saluted)
_SALUTED = regex.compile(rf"(?:^|[^\p{{L}}]){_SALUTATION_BEFORE}\Z")


def _double_surname_heads_addressed(
    findings: list[Finding], ctx: ResolveContext, lex: Lexicon
) -> list[Finding]:
    """``Mevrouw Van 't Hof`` after ``Anke van 't Hof-Hoekstra``: the first part of a
    redacted double surname, with its particles, after a salutation; flagged."""
    heads: set[tuple[str, ...]] = set()
    for f in findings:
        if not (_is_person(f) and f.action is Action.REDACT):
            continue
        words = f.text.split()
        for n, w in enumerate(words):
            if "-" not in w or n == 0:
                continue
            k = n
            while k > 0 and fold(words[k - 1]) in lex.particles:
                k -= 1
            head = w.split("-")[0]
            if k < n and is_capitalised(head) and len(head) >= 3:
                heads.add((*words[k:n], head))
    if not heads:
        return []
    return _surname_part_mentions(
        findings, ctx, heads, rf"(?<={_SALUTATION_BEFORE})",
        "deel van een gelakte dubbele achternaam na een aanspreekvorm",
    )  # fmt: skip


def _surname_part_mentions(
    findings: list[Finding],
    ctx: ResolveContext,
    parts: set[tuple[str, ...]],
    before: str,
    why: str,
) -> list[Finding]:
    """The mentions of each part of a redacted double surname (its words; particles
    in any case, the last word as written) after ``before``, flagged, where no person
    finding already stands."""
    pages = _Pages(ctx)
    covered = [(f.page, f.start, f.end) for f in findings if _is_person(f)]
    new: list[Finding] = []
    for words in sorted(parts):
        name = r"[ \t]+".join(
            f"(?i:{regex.escape(w)})" if i < len(words) - 1 else regex.escape(w)
            for i, w in enumerate(words)
        )
        rx = regex.compile(rf"{before}{name}(?![\p{{L}}\-])")
        for page in range(len(ctx.document.pages)):
            for m in rx.finditer(pages.text(page)):
                if any(p == page and a < m.end() and m.start() < b for p, a, b in covered):
                    continue
                new.append(
                    _flagged_mention(pages, page, m.start(), m.end(), "double_surname_part", why)
                )
                covered.append((page, m.start(), m.end()))
    return new


def _double_surname_tails_with_particles(
    findings: list[Finding], ctx: ResolveContext, lex: Lexicon
) -> list[Finding]:
    """``(zonder De Graaf)`` beside ``Ratna Wibisono-de Graaf``: the second part of a
    redacted double surname, its particles written with a capital or not, alone
    elsewhere in the document; flagged (whatever the model called it)."""
    tails: set[tuple[str, ...]] = set()
    for f in findings:
        if not (_is_person(f) and f.action is Action.REDACT):
            continue
        words = f.text.split()
        for n, w in enumerate(words[:-1]):
            if "-" not in w or n == 0:
                continue
            first = w.split("-", 1)[1]
            rest = [first, *words[n + 1 :]]
            if (
                first
                and fold(first) in lex.particles
                and all(fold(x) in lex.particles for x in rest[:-1])
                and is_capitalised(rest[-1])
                and len(rest[-1]) >= 3
                and not is_blocked(rest[-1], lex)
            ):
                tails.add(tuple(rest))
    if not tails:
        return []
    return _surname_part_mentions(
        findings, ctx, tails, r"(?<![\p{L}\-])", "tweede deel van een gelakte dubbele achternaam"
    )


def _double_surnames_sharing_a_part(
    findings: list[Finding], ctx: ResolveContext, lex: Lexicon
) -> list[Finding]:
    """``Maatschap Hoekstra-Bijlssma`` beside ``S. Hoekstra-Bijlsma``: a double surname
    (two capitalised parts joined by a hyphen) whose first part is the surname of a
    redacted person of the document is that family's, also where OCR or a typo changed
    the other part; flagged."""
    heads: set[str] = set()
    for f in findings:
        if _is_person(f) and f.action is Action.REDACT:
            words = f.text.replace(",", " ").split()
            for n, w in enumerate(words):
                head = w.split("-")[0]
                if (
                    # a double surname's first part, or a surname ("Tesfamariam Tesfay"
                    # beside "Ravindra Tesfay-van Postma")
                    ("-" in w or (n == len(words) - 1 and len(words) >= 2))
                    and len(head) >= 4
                    and is_capitalised(head)
                    and not is_blocked(head, lex)
                ):
                    heads.add(fold(head))
    if not heads:
        return []
    pages = _Pages(ctx)
    taken = {(f.page, f.start) for f in findings if _is_person(f)}
    covered = [(f.page, f.start, f.end) for f in findings if _is_person(f)]
    new: list[Finding] = []
    for page in range(len(ctx.document.pages)):
        view, toks = pages.get(page)
        for k, t in enumerate(toks):
            if t.kind != "word" or "-" not in t.bare:
                continue
            parts = t.bare.split("-")
            end = t.end
            if (
                len(parts) == 2
                and fold(parts[1]) in lex.particles
                and parts[1].islower()
                and k + 1 < len(toks)
                and toks[k + 1].kind == "word"
                and not toks[k + 1].newline_before
                and is_capitalised(toks[k + 1].text)
                and not is_org_word(fold(toks[k + 1].bare), lex)
            ):
                end = toks[k + 1].end  # "Tesfay-van Postma"
            elif len(parts) != 2 or not all(is_capitalised(x) and len(x) >= 3 for x in parts):
                continue
            if fold(parts[0]) not in heads or is_org_word(fold(parts[1]), lex):
                continue
            start = t.start
            prev = toks[k - 1] if k > 0 else None
            if (
                prev is not None
                and prev.kind == "word"
                and not t.newline_before
                and is_capitalised(prev.text)
                and prev.text[1:].islower()
                and not is_blocked(prev.text, lex)
                and fold(prev.bare) not in lex.stopwords
                and not lex.is_common_noun(prev.bare)
                and k >= 2
                and (toks[k - 2].text in ("en", ",", ":", "&") or toks[k - 2].newline_before)
            ):
                start = prev.start  # "en Ravindra Tesfay-van Postma": her given name
            s, e = view.span(start, end)
            if (page, s) in taken or any(p == page and a <= s and e <= b for p, a, b in covered):
                continue
            why = "dubbele achternaam met een deel van een eerder gevonden naam"
            new.append(_flagged_mention(pages, page, s, e, "double_surname_part", why))
    return new


# words after a role that go on with it ("burgemeester en wethouders", "van Zwolle")
_ROLE_GOES_ON = frozenset({"en", "&", "van", "der", "voor", "of"})


def _names_joined(toks: list[Tok], last: int, lex: Lexicon) -> bool:
    """``Prins en Çelik``: ``en`` joins the word at ``last`` to a capitalised word on
    the same line that is no role, organisation or particle: a list of surnames (not
    ``burgemeester en wethouders``)."""
    if last + 2 >= len(toks) or toks[last + 1].text not in ("en", "&"):
        return False
    other = toks[last + 2]
    return (
        other.kind == "word"
        and not other.newline_before
        and is_capitalised(other.text)
        and other.key not in lex.role_words
        and not is_org_word(other.key, lex)
        and not is_particle(other, lex)
    )


_STAFF_ROLES = ("secretaris", "directeur", "adviseur", "medewerker", "leider", "manager")


def _job_noun(key: str, lex: Lexicon) -> bool:
    """A noun for a person or a job (``bestuurssecretaris``, ``teamleider``), not a
    public office whose holder's name after a comma is the office's (``burgemeester``)."""
    return key not in lex.role_words and (
        lex.is_person_noun_key(key)
        or any(key.endswith(r) and len(key) > len(r) + 2 for r in _STAFF_ROLES)
    )


def _named_use(toks: list[Tok], first: int, last: int, lex: Lexicon) -> bool:
    """The word at ``first`` is used as a surname: a title, initials or a capitalised
    given name stands right before it on the same line, and no capitalised word
    follows (``Koning Willem-Alexander``)."""
    if first == 0:
        return False
    if (
        last + 1 < len(toks)
        and toks[last + 1].text == ":"
        and first >= 2
        and toks[first - 1].text in ("-", "\u2013", "]")
        and toks[first - 2].text[:1].isdigit()
        and not toks[first - 1].newline_before
    ):
        return True  # "14-02-2026 05:11 - Zondag: NL-Alert staat klaar": a chat's sender
    if (
        toks[first].newline_before
        and not soft_wrap(toks, first)
        and not (
            # a narrow cell wrapped after a lower-case word: "namens erven" / "Prins"
            toks[first - 1].kind == "word"
            and toks[first - 1].text[:1].islower()
            and toks[first - 1].text not in _ROLE_ARTICLES
            and not is_particle(toks[first - 1], lex)
            and not toks[first].blank_before
        )
    ):
        return False  # (over a line end only in wrapped prose: "De heer" / "Burgemeester vraagt")
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if (
        nxt is not None
        and nxt.kind == "word"
        and not nxt.newline_before
        and is_capitalised(nxt.text)
        and not is_code_shape(nxt.text)  # the next cell's paraaf code ("Burgemeester MJo")
    ):
        return False
    prev = toks[first - 1]
    if prev.kind == "init":
        return True
    if (
        prev.text == ")"
        and first >= 4
        and toks[first - 3].text == "("
        and toks[first - 2].kind == "word"
        and is_capitalised(toks[first - 2].text)
        and toks[first - 4].kind == "init"
    ):
        return True  # "M.A. (Marco) Burgemeester": initials and the given name in brackets
    if any(salutation_at(toks, k, lex) == first - k for k in range(max(0, first - 3), first)):
        return True  # "mevrouw Burgemeester", "de heer Koning"
    if (
        prev.text == "."
        and first >= 2
        and toks[first - 2].kind == "word"
        and fold(toks[first - 2].bare) in lex.titles
    ):
        return True  # "dhr. Burgemeester"
    if prev.text == ":" and not toks[first].newline_before and (nxt is None or nxt.newline_before):
        return True  # "- Terugkoppeling aan mevrouw Ouchan: Prins": who acts, alone at the end
    if (
        prev.text in ";,"
        and nxt is not None
        and nxt.text == ":"
        and last + 2 < len(toks)
        and not toks[last + 2].newline_before
        and toks[last + 2].text[:1].isdigit()
    ):
        return True  # "Zieliński gaf op: 17.05.1979; Burgemeester: 2 oktober 1961"
    if (
        prev.text == ","
        and first >= 2
        and toks[first - 2].kind == "word"
        and not toks[first].newline_before
        and _job_noun(toks[first - 2].key, lex)
        and (nxt is None or nxt.newline_before or nxt.text in "(,.")
    ):
        return True  # "De bestuurssecretaris, Burgemeester" signs: the holder after the job
    if prev.text in ";,.!?:" and (nxt is None or nxt.text not in _ROLE_GOES_ON):
        # "over de reiskostenregeling; Burgemeester stuurt die door", a chat line
        # "Sevgi Arslan: Burgemeester wil tekenen": inside a
        # sentence a capitalised role word is the surname; so at a sentence's start
        # without an article ("Burgemeester is op 1 juli gehoord"; the office is
        # "De burgemeester is ...")
        return nxt is not None and nxt.kind == "word" and nxt.text[:1].islower()
    if prev.kind != "word":
        return False
    key = fold(prev.bare)
    if key in lex.titles:
        return True
    if (
        prev.text in ("van", "bij", "aan", "voor", "met", "door")
        and first >= 2
        and not prev.newline_before
        and toks[first - 2].kind == "word"
        and toks[first - 2].text[:1].islower()
        and not is_particle(toks[first - 2], lex)
        and (nxt is None or nxt.kind != "word" or nxt.text[:1].islower())
    ):
        # "graag terugkoppeling van Prins vóór vrijdag": a preposition after a noun, not a
        # surname's particle ("de heer Van Prins")
        return True
    if (
        prev.text[:1].islower()
        and key not in _ROLE_ARTICLES
        and not is_particle(prev, lex)
        and (nxt is None or nxt.text not in _ROLE_GOES_ON or _names_joined(toks, last, lex))
    ):
        # "maakt Burgemeester nog afspraken": Dutch writes a role in lower case inside
        # a sentence, so the capitalised word there is the surname
        return True
    return (
        is_capitalised(prev.text)
        and prev.text.isalpha()
        and len(key) >= 3
        and key not in lex.role_words
        and key not in lex.stopwords
        and key not in lex.places
        and not is_blocked(prev.text, lex)
        and (first < 2 or toks[first - 2].kind != "word" or toks[first - 2].newline_before
             or prev.newline_before  # a heading's last word on the line above
             or not is_capitalised(toks[first - 2].text) or lex.is_first_name(prev.bare))
    )


def _widen_given_names(findings: list[Finding], ctx: ResolveContext, lex: Lexicon) -> list[Finding]:
    """Widen redacted names over an unlisted given name before them (see :func:`_extend`):
    the model or a rule found ``Sturm`` in ``burgemeester, Wendelien Sturm``."""
    pages = _Pages(ctx)
    public = _public_words(findings)
    out: list[Finding] = []
    for f in findings:
        if _is_person(f) and f.action is Action.REDACT:
            view, toks = pages.get(f.page)
            vs, ve = _view_pos(view, f.start), _view_pos(view, f.end)
            ws, _ = _extend(toks, vs, ve, lex, public)
            if ws < vs:
                s, _e = view.span(ws, ve)
                if s < f.start:
                    f = replace(f, start=s, text=pages.text(f.page)[s : f.end])
        out.append(f)
    return out


def _dossier_variants(p: PersonName, lex: Lexicon) -> set[str]:
    """The forms another document's name is looked for by.

    A given name alone, or one part of a double surname, names someone or something
    else in another document ("Kaya" of "J. Kaya-Dijkman" and the street "Kaya
    Grandi"): across documents only forms with the whole surname.
    """
    parts = {x for w in p.surname for x in w.split("-")}
    whole = {w for w in p.surname if "-" not in w}
    return {v for v in variants(p, lex) if v not in p.given and (v in whole or v not in parts)}


class _DossierIndex:
    """The dossier's names parsed, their forms, and a form index over all of them.

    Built once per dossier (every document of a run asks for the same one);
    what a document leaves out (:meth:`skipped`) is skipped while matching.
    """

    def __init__(self, names: frozenset[str], lex: Lexicon) -> None:
        self.by_form: dict[str, list[PersonName]] = {}
        self.by_core: dict[str, list[PersonName]] = {}
        self._forms_of: dict[int, list[str]] = {}  # id(name) -> its forms
        for name in sorted(names):
            p = parse_name(name, lex)
            if p is None:
                continue
            self.by_core.setdefault(p.core, []).append(p)
            for form in _dossier_variants(p, lex):
                self.by_form.setdefault(form, []).append(p)
                self._forms_of.setdefault(id(p), []).append(form)
        self.forms: set[str] = set(self.by_form)
        self.index = _FormIndex(self.forms, lex)

    def skipped(self, kept: list[PersonName], doc_forms: set[str]) -> set[str]:
        """Forms a document does not look for: forms it looks for itself, and forms
        only of names that match a person it keeps (an official)."""
        out = doc_forms & self.forms
        left_out = {
            id(p)
            for k in kept
            for p in self.by_core.get(k.core, ())
            if p.specific and compatible(p, k)
        }
        # only forms of the names left out can be forms of those names alone
        for form in {f for i in left_out for f in self._forms_of.get(i, ())}:
            if all(id(p) in left_out for p in self.by_form[form]):
                out.add(form)
        return out


_DOSSIERS: dict[tuple[frozenset[str], int], _DossierIndex] = {}


def _dossier_index(names: frozenset[str], lex: Lexicon) -> _DossierIndex:
    key = (names, id(lex))
    got = _DOSSIERS.get(key)
    if got is None:
        _DOSSIERS.clear()  # one dossier at a time
        got = _DOSSIERS[key] = _DossierIndex(names, lex)
    return got


def _mentions(
    findings: list[Finding],
    ctx: ResolveContext,
    forms: set[str],
    lex: Lexicon,
    *,
    rule_id: str,
    recognizer: str,
    source: Source,
    explanation: str,
    index: _FormIndex | None = None,
    skip: frozenset[tuple[str, ...]] = frozenset(),
    guard: Callable[[list[Tok], int, int, Lexicon], bool] | None = None,
    score: float = 0.8,
) -> list[Finding]:
    """New findings for every mention of ``forms`` not yet covered by a PERSON finding.

    ``index``: a form index over ``forms`` built before; ``skip``: its forms to leave
    out; ``guard``: a test of the match's tokens that a mention must pass.
    """
    if not forms:
        return []
    index = index or _FormIndex(forms, lex)
    pages = _Pages(ctx)
    by_page: dict[int, list[Finding]] = {}
    public_by_page: dict[int, list[Finding]] = {}
    for f in findings:
        if _is_person(f) or f.entity_type in ENTITY_GROUNDS:
            by_page.setdefault(f.page, []).append(f)
        elif f.entity_type in PUBLIC_ENTITY_TYPES and rule_id == "dossier":
            public_by_page.setdefault(f.page, []).append(f)
    public = _public_words(findings)
    new: list[Finding] = []

    def mention(page: int, s: int, e: int, text: str) -> Finding:
        return person_finding(
            page, s, e, text[s:e], recognizer=recognizer, source=source, rule_id=rule_id,
            score=score, explanation=explanation,
        )  # fmt: skip

    for page in range(len(ctx.document.pages)):
        view, toks = pages.get(page)
        text = pages.text(page)
        for first, last in index.matches(toks, skip):
            if guard is not None and not guard(toks, first, last, lex):
                continue
            vs, ve = _extend(toks, toks[first].start, toks[last].end, lex, public)
            s, e = view.span(vs, ve)
            others = by_page.get(page, [])
            if any(o.start <= s and e <= o.end and o.action is Action.REDACT for o in others):
                continue  # already redacted
            if any(
                o.start < e and s < o.end and o.action is Action.KEEP and _is_person(o)
                for o in others
            ):
                continue  # an official
            if any(
                o.start < e
                and s < o.end
                and o.entity_type != PERSON
                and o.action is Action.REDACT
                and not _name_before_street(text, o, s, e)
                for o in others
            ):
                continue  # inside an e-mail address or the like
            # "Anand Ramcharan | Taxibedrijf Ramcharan": the person named just before
            # a firm that bears the name owns it (a one-man business is the person)
            near = [
                o
                for o in others
                if o.action is Action.REDACT and _is_person(o) and 0 <= s - o.end <= _OWNER_REACH
            ]
            owner = bool(near)
            # the person's own surname before a firm word after it ("R.J. Sumampouw" /
            # "Sumampouw Installatietechniek"), not another's ("Linda Verbruggen: ...")
            # (in the same sentence or block, not after an article: "de dichter A.C.W.
            # Staring logeerde ... . Het Staring Instituut" is an institution)
            surname = fold(text[s:e].split()[-1]) if text[s:e].split() else ""
            own_name = not _ARTICLE_BEFORE.search(text, max(0, s - 8), s) and any(
                o.text.split()
                and fold(o.text.split()[-1]) == surname
                and not _SENTENCE_BREAK.search(text, o.end, s)
                for o in near
            )
            if (
                _not_a_mention(view, toks, vs, ve, lex, owner=owner, own_name=own_name)
                # widened over initials after an organisation ("BNG Bank T. Wijbenga",
                # a row's next cell): the form itself decides
                and not (
                    vs < toks[first].start
                    and toks[first - 1].kind == "init"
                    and not _not_a_mention(
                        view, toks, toks[first].start, toks[last].end, lex, owner=owner,
                        own_name=own_name,
                    )
                )
            ) or _namesake_at(toks, last, lex):
                continue
            if any(o.start < e and s < o.end for o in public_by_page.get(page, ())):
                continue  # another document's name is a place or organisation here ("Ter Apel")
            if _party_row(ctx.document.pages[page], s, lex):
                continue  # "Gemeentebelangen | Zwiers, Lanting": a council member's row
            if (
                rule_id in ("dossier", "document", "document_named_use")
                and official_reason(text, s, e, lex)
                and not _member_of_no_elected_body(text, s, ctx)
            ):
                # a citizen shares the surname of an office holder here (in another
                # document or in this one: "Kofi Asante-Boateng" ... "Kamerlid Boateng");
                # "wethouder Prins" is the office holder, whoever "buurman Prins" is
                continue
            new.append(mention(page, s, e, text))
        for vs, ve in index.compound_parts(toks, skip):
            # "de casus-Yıldız": the surname inside a compound names the person too
            s, e = view.span(vs, ve)
            if any(o.start < e and s < o.end for o in by_page.get(page, ())):
                continue
            new.append(mention(page, s, e, text))
    return new


def _ocr_capital_i(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Token ``k`` is a capital I that OCR read as ``l`` or ``|``: a given name
    (``loana`` for ``Ioana``, ``lnge``) or an initial (``|.`` for ``I.``)."""
    t = toks[k]
    if t.kind == "word":
        if t.text[:1] != "l" or len(t.text) < 3 or not t.text[1:].isalpha():
            return False
        if lex.is_first_name("I" + t.text[1:]):
            return True
        # after a title ("ing. luliana Hofstede"): a name follows a title, a
        # lower-case word does not; the given name need not be listed
        j = k - 1 if k > 0 and toks[k - 1].text == "." else k
        return (
            j > 0
            and not t.newline_before
            and toks[j - 1].kind == "word"
            and fold(toks[j - 1].bare) in lex.titles
            and fold(t.text) not in lex.stopwords
        )
    return (
        t.text == "."
        and k > 0
        and toks[k - 1].text in ("|", "l")
        and toks[k - 1].end == t.start
    )


_MAIL_LABELS = frozenset({"Aan", "Van", "Cc", "CC", "Bcc", "To", "From", "Namens"})
_NOT_WIDENED = frozenset({"The", "Sint", "Saint"})  # "An" is a Flemish given name


def _public_words(findings: list[Finding]) -> frozenset[str]:
    """The single words the model calls an organisation or place in the document."""
    return frozenset(
        fold(f.text) for f in findings if f.entity_type in PUBLIC_ENTITY_TYPES and " " not in f.text
    )


def _extend(
    toks: list[Tok], vs: int, ve: int, lex: Lexicon, public: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """Widen a mention over initials and given names before it, and a surname after a
    given name; not over a word the model calls an organisation or place (``public``:
    "Stuur ik je via Zivver Jurgen")."""
    lo = bisect.bisect_left(toks, vs, key=tok_start)
    hi = min(
        bisect.bisect_right(toks, ve + 2, lo=lo, key=_tok_end),
        bisect.bisect_left(toks, ve, lo=lo, key=tok_start),
    )
    idx = range(lo, hi)
    if not idx:
        return vs, ve
    first, last = idx[0], idx[-1]
    # Left: initials ("M.J. van Dalen") and given names ("Jorien Vermeulen").
    i = first
    while i > 0 and not toks[i].blank_before:
        prev = toks[i - 1]
        if prev.kind == "init":
            if fold(prev.text.replace(" ", "").replace(".", "")) in LEGAL_FORM_LETTERS:
                break  # "Datavorm B.V." / "Zhang Meilin": a firm's legal form before it
            i -= 1
            continue
        if is_particle(toks[i], lex) and not toks[i].text[0].isupper():
            break
        if toks[i].kind == "init" and toks[i].text.count(".") >= 2:
            # "Johanna Hendrika G.J. van der Linden": a ship's cell, then a person by
            # initials ("Anna M. de Vries" keeps one middle initial after the given name)
            break
        if (
            lex.is_first_name(toks[i].bare)
            and not lex.is_first_name(prev.bare)
            and lex.is_surname(prev.bare)
        ):
            break  # "Piet Bakker Anna Jansen": a given name opens the next name
        if fold(prev.bare) in public and not lex.is_first_name(prev.bare):
            break  # "via Zivver Jurgen": a service, then the person addressed
        if prev.text in _NOT_WIDENED or is_title(prev, toks, i - 1, lex):
            break  # "The Hague", "Sint Maarten": an article or a saint's title; "Mr Dekker"
        if (
            prev.text in lex.config.greetings or fold(prev.bare) in lex.interjections
        ) and not lex.is_first_name(prev.bare):
            break  # "Thanks Shurwen!", "Top Gil"; not "Lieve Mertens"
        if (
            i >= 2
            and not prev.newline_before
            and toks[i - 2].kind == "word"
            and is_capitalised(toks[i - 2].text)
            and is_org_word(fold(toks[i - 2].bare), lex)
        ):
            break  # "Veiligheidsregio IJsselland | Baukje ...": the organisation's name
        if not toks[i].newline_before and _ocr_capital_i(toks, i - 1, lex):
            i -= 2 if prev.text == "." else 1
            continue
        if is_namey(prev, lex) and (
            lex.is_first_name(prev.bare)
            # "Lê Minh Anh" found as "Minh Anh": the family name written first
            or (fold(prev.bare) in lex.family_first and not toks[i].newline_before)
            or (
                (_mid_sentence(toks, i - 1) or _label_slot(toks, i - 1))
                and (
                    not toks[i].newline_before
                    or (i >= 2 and toks[i - 2].text == "," and long_line_before(toks, i))
                )
                and not lex.is_common_noun(prev.bare)
                and fold(prev.bare) not in lex.role_words
                and not is_org_word(fold(prev.bare), lex)
            )
        ):
            i -= 1
            continue
        break
    # Right: a given name followed by a surname ("Annemiek van Rossum").
    j = last
    c = candidate_at(toks, last, lex, cross_lines=False)
    if (
        c is not None
        and c.first == last
        and c.last > last
        and lex.is_first_name(toks[last].bare)
        and not _van_het_org(toks, last, lex)  # "Giovanni | van het Openbaar Lichaam"
    ):
        j = c.last
    return min(vs, toks[i].start), max(ve, toks[j].end)


def _mid_sentence(toks: list[Tok], i: int, *, wrap: bool = True) -> bool:
    """Token ``i`` is inside a sentence (so a capital letter there marks a name).

    A line break is a soft wrap inside the sentence (``De secretaresse van de
    burgemeester, Wendelien\nSturm, zet``) when the line before ends in a comma, a
    lower-case word, or a capitalised word that is itself inside the sentence; a
    table row read cell by cell (``Concerncontrol\nPaweł Zieliński``) is not.
    """
    if i == 0 or toks[i].blank_before:
        return False
    prev = toks[i - 1]
    if toks[i].newline_before:
        if not wrap or not long_line_before(toks, i):
            return False
        if i + 1 < len(toks) and toks[i + 1].text == ":":
            return False  # "Behandelaar:" opens a line of its own
        if i + 1 >= len(toks) or toks[i + 1].newline_before:
            return False  # a line of one word: a table cell, not the rest of a sentence
        if prev.kind == "punct":
            return prev.text == ","
        if prev.kind != "word":
            return False
        if prev.text[0].islower():
            return True
        # "burgemeester, Wendelien\nSturm": a given name in apposition before the wrap
        return i >= 2 and toks[i - 2].text in (",", "(") and _mid_sentence(toks, i - 1, wrap=False)
    if prev.text == ")" and i >= 2 and toks[i - 2].kind == "word" and len(toks[i - 2].text) > 2:
        return True  # "3. (misschien) Winston Pinas": an aside in brackets, not "a) " or "1) "
    # Not after a sentence end, a heading number ("5.1 Persoonsgegevens") or a bullet.
    return not (
        prev.kind == "punct" and (prev.text.isdigit() or prev.text in ".!?:;•[]()\"'‘’“”–-*")
    )


def _label_slot(toks: list[Tok], i: int) -> bool:
    """Token ``i`` opens a value after a label or bracket on its own line
    (``ambtelijke ondersteuning: Redmer Osinga``, ``(Redmer Osinga)``)."""
    return (
        i > 0
        and not toks[i].newline_before
        and toks[i - 1].kind == "punct"
        and toks[i - 1].text in (":", "(", ";")
    )


def _affiliation_follows(toks: list[Tok], last: int, lex: Lexicon) -> bool:
    """A whole name at ``last`` is followed by ``van``/``bij`` (+ article) and an organisation.

    ``Terpstra van OCW``, ``Smit van de gemeente Zwolle``, ``Ruben Meijboom van de Anne
    Frank Stichting``: the organisation is the person's, not part of the name.
    """
    k = last + 1
    if k >= len(toks) or toks[k].text not in ("van", "bij") or toks[k].newline_before:
        return False
    k += 1
    if k < len(toks) and toks[k].text in ("der", "den", "Der", "Den"):
        return False  # "Jan van der Bank": a surname's particles, not an article
    if _van_het_org(toks, last, lex):
        return True
    while k < len(toks) and toks[k].text in ("de", "het"):
        k += 1
    if k >= len(toks) or toks[k].kind != "word":
        return False
    c = candidate_at(toks, k, lex, cross_lines=False)
    if c is not None and followed_by_org(toks, c, lex):
        return True
    return any(
        toks[j].kind == "word" and is_org_word(fold(toks[j].bare), lex)
        for j in range(k, min(len(toks), k + 6))
        if not toks[j].newline_before or j == k
    )


def _van_het_org(toks: list[Tok], last: int, lex: Lexicon) -> bool:
    """``van het`` and a capitalised word that is no listed surname follow token
    ``last``: an organisation ("Giovanni van het Openbaar Lichaam Bonaire"); Dutch
    surnames with ``van het`` are few and listed ("van het Hof")."""
    k = last + 1
    if k + 1 >= len(toks) or toks[k].text not in ("van", "bij") or toks[k].newline_before:
        return False
    head = toks[k + 1]
    if (
        head.kind == "word"
        and is_capitalised(head.text)
        and is_org_word(head.key, lex)
        and not lex.is_surname(head.bare)
        and not head.newline_before
    ):
        return True  # "Anna van Stichting Noorderlicht": her employer
    after = (
        candidate_at(toks, k + 1, lex, cross_lines=False)
        if head.kind == "word" and "-" not in head.text and not lex.is_surname(head.bare)
        else None
    )
    if after is not None and after.first == k + 1 and followed_by_org(toks, after, lex):
        return True  # "Oliver van Studio Noorderlicht Architecten": his firm
    if k + 2 >= len(toks):
        return False
    t = toks[k + 2]
    return (
        toks[k + 1].text == "het"
        and t.kind == "word"
        and is_capitalised(t.text)
        and not lex.is_surname(t.bare)
        and not t.newline_before
    )


def _wrapped_list_item(toks: list[Tok], first: int) -> bool:
    """Token ``first`` opens a line, and the line before ends in a list of two items or
    more whose last item is one capitalised word (``Xiadani Vrolijk, Grażyna Nauta,
    Idske`` / ``Öztürk``): a name that a narrow cell wrapped."""
    if first < 2 or not toks[first].newline_before or toks[first].blank_before:
        return False
    prev = toks[first - 1]
    if prev.kind != "word" or not is_capitalised(prev.text) or toks[first - 2].text != ",":
        return False
    k, commas = first - 2, 0
    while k >= 0:
        if toks[k].text == ",":
            commas += 1
        if toks[k].newline_before:
            break
        k -= 1
    return commas >= 2


_OWNER_REACH = 60  # characters from a person's name to the firm named after them
_ARTICLE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:de|het|the)[ \t]+\Z")
_SENTENCE_BREAK = regex.compile(r"[.!?][ \t]+\p{Lu}|\n[ \t]*\n")


# an article of a law cited right before a capitalised code ("artikel 7:669 lid 3
# onder e BW", "art. 6:162 BW", "Boek 7 BW", "artikel 300 Sr")
_LAW_CITATION_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}])(?:artikel|art\.?|boek))[ \t]+\d+[\d:.]*[a-z]?"
    r"(?:[ \t,]+(?:lid|leden|onder|sub|aanhef|en|tot|met|jo\.?|juncto|\d+[a-z]?|[a-z]|°)\.?)*"
    r"[ \t]+$"
)


def _not_a_mention(
    view: View,
    toks: list[Tok],
    vs: int,
    ve: int,
    lex: Lexicon,
    *,
    owner: bool = False,
    own_name: bool = False,
) -> bool:
    """The match is part of an organisation, place or street name ("Den Bosch",
    "Bakkerstraat"); ``owner``: a person was named just before, so a firm's word
    before the match makes it their one-man business, which names them;
    ``own_name``: the person named just before bears the match's surname, so a firm's
    word after it does too ("Sumampouw Installatietechniek").  A legal form after the
    match ("Gebr. Van Dalen B.V.") makes it a company's name, whoever stands before."""
    idx = [i for i, t in enumerate(toks) if t.start < ve and t.end > vs]
    if not idx:
        return True
    words = [toks[i] for i in idx if toks[i].kind == "word"]
    if (
        len(words) == 1
        and words[0].text.isupper()
        and _LAW_CITATION_BEFORE.search(view.text, max(0, vs - 60), vs) is not None
    ):
        return True  # "artikel 7:669 lid 3 onder e BW": the code of a law, not "B. Wouters"
    if len(words) == 1 and len(idx) == 1 and words[0].text.isupper() and _in_code(toks, idx[0]):
        return True  # "zaaknummer C/05/398112 / JE RK 25-1207": part of a case number
    if (
        len(words) == 2
        and words[0].text in ("de", "het")
        and fold(words[1].bare) in lex.role_words
        and toks[idx[0]].kind != "init"  # "H. de Koning": initials make it a name
        and (idx[0] == 0 or toks[idx[0] - 1].kind != "init")
        and not (idx[0] > 0 and lex.is_first_name(toks[idx[0] - 1].bare))
    ):
        return True  # "bezocht de Koning de stad": the title, not Marijke de Koning
    lo, hi = max(0, idx[0] - 1), min(len(toks), idx[-1] + 2)
    window = " ".join(t.text for t in toks[lo:hi] if t.kind == "word")
    c = candidate_at(toks, idx[0], lex)
    if c is not None and c.last > idx[-1] and _affiliation_follows(toks, idx[-1], lex):
        c = None  # "Ruben Meijboom van de Anne Frank Stichting": the name ends before "van"
    # (a firm that opens with its kind, "Taxibedrijf Ramcharan"; a firm of partners named
    # before its kind, "El Idrissi & Van Dam Advocaten", is no one-man business)
    firm = org_head_before(toks, idx[0], idx[-1], lex)
    if _royal_or_namesake(view, toks, idx, lex):
        return True
    # (or a firm word after the name: "R.J. Sumampouw" / "Sumampouw Installatietechniek",
    # the letterhead of his one-man business)
    # ("El Idrissi & Van Dam Advocaten": partners, no one-man business)
    after = toks[idx[-1] + 1] if idx[-1] + 1 < len(toks) else None
    if after is not None and after.kind == "init" and fold(
        after.text.replace(" ", "").replace(".", "")
    ) in LEGAL_FORM_LETTERS:
        return True  # "Aannemersbedrijf Gebr. Van Dalen B.V.": a company
    own = (owner and firm) or (
        own_name
        and c is not None
        and c.last == idx[-1]
        and after is not None
        and after.kind == "word"
        and not after.newline_before
        and is_org_word(after.key, lex)
    )
    given_alone = len(idx) == 1 and _public_namesake_given(toks[idx[0]].text, lex)
    if not given_alone and (
        is_not_name(view.text[vs:ve], lex) or (not own and is_not_name(window, lex))
    ):
        return True
    if c is not None and not own and followed_by_org(toks, c, lex):
        return True
    if firm:
        return not owner
    nxt = toks[idx[-1] + 1] if idx[-1] + 1 < len(toks) else None
    return bool(nxt is not None and not nxt.gap and nxt.kind == "word")


_ROYAL_TITLES = frozenset(
    {"koningin", "koning", "prinses", "prins", "majesteit", "queen", "king", "princess", "prince"}
)


def _royal_or_namesake(view: View, toks: list[Tok], idx: list[int], lex: Lexicon) -> bool:
    """A public namesake's given name alone ("Wilhelmina") under a royal title or
    glued to what is named after it: the public person, not the one found."""
    if len(idx) != 1 or not _public_namesake_given(toks[idx[0]].text, lex):
        return False
    k = idx[0]
    prev = toks[k - 1] if k > 0 and not toks[k].newline_before else None
    nxt = toks[k + 1] if k + 1 < len(toks) and not toks[k + 1].newline_before else None
    # "koningin Wilhelmina", "Hotel Wilhelmina", "Wilhelmina Kinderziekenhuis"
    return (
        prev is not None
        and prev.kind == "word"
        and (prev.key in _ROYAL_TITLES or is_capitalised(prev.text))
    ) or (nxt is not None and nxt.kind == "word" and is_capitalised(nxt.text))


def _in_code(toks: list[Tok], k: int) -> bool:
    """Token ``k`` (capitals) stands on its line beside another word in capitals: a
    part of a reference (``JE RK 25-1207``), not a person's initials."""
    prev = toks[k - 1] if k > 0 and not toks[k].newline_before else None
    nxt = toks[k + 1] if k + 1 < len(toks) and not toks[k + 1].newline_before else None

    def capitals(t: Tok | None) -> bool:
        return t is not None and t.kind == "word" and t.text.isupper() and len(t.text) >= 2

    return capitals(prev) or capitals(nxt)


_LIST_ITEM = regex.compile(
    r"(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'’\-]+){1,2})"
    r"(?:[ ]\([^()\n]{1,40}\))?[ ]*$"
)


def _goes_on(line: str) -> bool:
    """A line of a list that the next line continues: it ends in a comma or semicolon."""
    return line.rstrip(" \t").endswith((",", ";"))


def _list_block(text: str, pos: int) -> tuple[int, int]:
    """The line around ``pos``, joined with the lines before and after it that a
    list runs over: a line that ends in a comma or semicolon goes on in the next
    ("Xiadani Spijkerman, Mirela Dumitrașcu," / "Zhivko Şahin")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    while start > 1:
        prev = text.rfind("\n", 0, start - 1) + 1
        if not _goes_on(text[prev : start - 1]):
            break
        start = prev
    last = text.rfind("\n", 0, end) + 1  # the block's last line
    while end < len(text) and _goes_on(text[last:end]):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        if not text[end + 1 : nxt].strip():
            break
        last, end = end + 1, nxt
    return start, end


_CODE_AFTER_NAME = regex.compile(
    r"((?:\p{Lu}[\p{L}\p{M}'’\-]*[ \t]+(?:(?:van|de|der|den|ter)[ \t]+)*){0,3}"
    r"\p{Lu}[\p{L}\p{M}'’\-]+)[ \t]*\((\p{Lu}[\p{L}]{1,4})\)"
)


def _code_items(codes: frozenset[str]) -> regex.Pattern[str] | None:
    """Where the document's paraaf codes stand as items of a list (after a comma)."""
    if not codes:
        return None
    alt = "|".join(regex.escape(c) for c in sorted(codes, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}])(?:{alt}),[ \t]")


def names_list_siblings(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """A name enumerated with names (``Ravindra Traoré, Iuliana Rademaker, Ayodele
    Doelwijt``): on a line of three items or more separated by commas or semicolons, of
    which two or more are redacted persons (or one, when every other item is such a
    name), another item of two or three capitalised words that no rule calls a noun,
    place, organisation or role is a person too (low score: flagged for review)."""
    lex = lexicon_for(ctx.rules)
    persons = _by_page([f for f in findings if _is_person(f) and f.action is Action.REDACT])
    if not persons:
        return findings
    # what another finding holds is decided, except a model's place the lists do not know
    taken = _by_page([f for f in findings if _public_reading(f, lex)])
    new: list[Finding] = []
    # paraaf codes the document gives a person ("Samira Bouzerda (SBo)"): an item of a
    # list ("SHi, SBo, WLC, Ramon Sabajo") that is such a code is a person too
    codes = frozenset(
        m.group(2)
        for page in ctx.document.pages
        for m in _CODE_AFTER_NAME.finditer(page.text)
        # "SBo"; "WLC" of "Wei Ling Chan"; not an organisation's "RWS"
        if is_code_shape(m.group(2))
        or "".join(w[0] for w in m.group(1).split() if w[0].isupper()).endswith(m.group(2))
    )
    code_items = _code_items(codes)
    for page, found in persons.items():
        text = ctx.document.pages[page].text
        lines = {_list_block(text, f.start) for f in found}
        if code_items is not None:
            lines |= {_list_block(text, m.start()) for m in code_items.finditer(text)}
        for start, end in lines:
            items: list[tuple[int, int]] = []
            a = start
            for m in regex.finditer(r"[,;|]", text[start:end]):
                items.append((a, start + m.start()))
                a = start + m.end()
            items.append((a, end))
            if len(items) < 3:
                continue
            covered = [
                (i, j)
                for i, j in items
                if any(i <= f.start and f.end <= j for f in found)
                or text[i:j].strip() in codes
            ]
            if not covered:
                continue
            line_new: list[Finding] = []
            for i, j in items:
                if (i, j) in covered:
                    continue
                m = _LIST_ITEM.match(text[i:j].strip())
                if m is None:
                    continue
                s = i + (len(text[i:j]) - len(text[i:j].lstrip()))
                e = s + len(m.group(1))
                words = m.group(1).split()
                if any(
                    is_blocked(w, lex)
                    or lex.is_common_noun(w)
                    or fold(w) in lex.places
                    or fold(w) in lex.role_words
                    for w in words
                ) or is_not_name(m.group(1), lex) or fold(m.group(1)) in lex.places:
                    continue
                if any(o.start < e and s < o.end for o in taken.get(page, ())):
                    continue
                line_new.append(
                    person_finding(
                        page, s, e, text[s:e],
                        recognizer=CONTEXT_RECOGNIZER,
                        source=Source.CONTEXT,
                        rule_id="list_sibling",
                        score=0.6,
                        explanation="opgesomd tussen namen; controleer of het een persoon is",
                    )
                )
            # Two names in the list make a third item a name; with one name, only a
            # list made of names alone does ("Thuy Doelwijt, Hylke Diallo, Bashir Algra").
            if len(covered) >= 2 or len(covered) + len(line_new) == len(items):
                new.extend(line_new)
    return [*findings, *new] if new else findings


# Words before a surname that name the household or address the person informally
# ("fam. Koopmans", "familie El Amrani", "juf Sanne"): unlike "de heer" or "mevrouw"
# they belong with the name the reader would piece together, so the box takes them.
_HOUSEHOLD_WORD = regex.compile(
    r"(?i)(?<![\p{L}])(?:fam\.|familie|gezin|echtpaar|juf|juffrouw|meneer)[ \t]+$"
)


# "Wilhelmina (Mieke) Groeneveld": a given name before a nickname in brackets
_GIVEN_BEFORE_NICKNAME = regex.compile(r"(?<![\p{L}])(\p{Lu}\p{Ll}{2,})[ \t]*\([ \t]*$")
_NICKNAME_CLOSE = regex.compile(r"[ \t]*\)[ \t]+")


def names_household_words(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Widen a redacted name over a household or informal address word right before it
    on its line (``fam. Koopmans``); and redact the given name before a redacted
    nickname in brackets that a redacted surname follows (``Wilhelmina (Mieke)
    Groeneveld``)."""
    starts = {(f.page, f.start) for f in findings if _is_person(f) and f.action is Action.REDACT}
    out: list[Finding] = []
    changed = False
    for f in findings:
        if _is_person(f) and f.action is Action.REDACT:
            text = ctx.document.pages[f.page].text
            g = _GIVEN_BEFORE_NICKNAME.search(text, max(0, f.start - 30), f.start)
            close = _NICKNAME_CLOSE.match(text, f.end)
            if (
                g is not None
                and close is not None
                and (f.page, close.end()) in starts
                and not any(o.start <= g.start(1) < o.end for o in findings if o.page == f.page)
            ):
                out.append(replace(f, start=g.start(1), end=g.end(1), text=g.group(1)))
                changed = True
            ls = text.rfind("\n", 0, f.start) + 1
            m = _HOUSEHOLD_WORD.search(text, max(ls, f.start - 20), f.start)
            if m is not None:
                out.append(replace(f, start=m.start(), text=text[m.start() : f.end]))
                changed = True
                continue
        out.append(f)
    return out if changed else findings


STAGES: list[tuple[str, Stage]] = [
    ("names_beside_personal_data", names_beside_personal_data),
    ("names_clean", names_clean),
    ("names_wrapped", names_wrapped),
    ("names_list_siblings", names_list_siblings),
    ("names_lists", names_lists),
    ("names_in_columns", names_in_columns),
    ("names_officials", names_officials),
    ("names_codes", names_codes),
    ("names_propagate", names_propagate),
    ("names_household_words", names_household_words),
]
