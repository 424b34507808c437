"""Person-name recognizers: name lists and context rules, as Presidio recognizers.

Two recognizers, each a thin Presidio wrapper around a pure function over a
page text (so the rules can be tested without Presidio):

``list:names`` (:func:`list_hits`)
    ``first_name``: a listed first name followed by surname-like words
    (``Marloes van Dalen-Smits``, ``Li Mei Chen``); ``initials``: initials
    followed by a surname (``M.J. van Dalen-Smits``, ``J.A. Hoogendoorn``);
    ``family_first``: a family name written first (``Liu Jianguo``, ``Kim Min-jun``).
``context:names`` (:func:`context_hits`)
    ``title``/``salutation`` (``drs. M. van Dalen``, ``mevrouw Achterberg``),
    ``greeting`` (``Beste Iris,``), ``signature`` (the name line after ``Met
    vriendelijke groet``), ``label_<id>`` (``Behandeld door``, ``Aanwezig:``,
    ``Van:``, ``Actie:`` ... from ``rules/names/context.yaml``),
    ``chat_author`` (``[03-06-2025 09:41] Sven Mulder:``), ``mail_display_name``
    (``Iris Kamphuis <i.kamphuis@...>``), ``inverted_name`` (``Kamphuis, Iris``),
    ``email_localpart`` (a capitalised run whose words make up an e-mail address
    on the page, e.g. a contact-list cell), ``bullet`` (a list item that starts
    with a name followed by a comma; weak, vetoed by an NER organisation),
    ``handle`` (``pieter.vandijk`` as chat author or after ``@``),
    ``first_name_alone`` (a listed given name alone in a sentence; weak),
    ``role_name`` (``jurist Anand Raghunathan``, ``X Y van het team ...``,
    ``collega Okafor``).  Display names (chat headers, ``Van:``/``Aan:`` values,
    ``;``-separated lists) may read ``Achternaam, V. (Voornaam) - AFD``; a table
    cell matches an address by initial and surname (``n.bouma@`` / ``Pieternella
    (Nel) Bouma``); paraaf labels take initials with particles (``JvdB``).

Every result carries ``recognizer_name``, ``source`` and ``rule_id`` in its
``recognition_metadata``.
"""

from __future__ import annotations

import bisect
import functools
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from redactie.detect.names.lexicon import PINYIN_SYLLABLE, Lexicon, fold, language_words
from redactie.detect.names.text import (
    CAR_MAKES,
    NAME_PREFIXES,
    REGIONS,
    Candidate,
    Tok,
    View,
    candidate_at,
    followed_by_org,
    is_blocked,
    is_capitalised,
    is_namey,
    is_not_name,
    is_org_word,
    is_particle,
    is_region,
    is_shouted,
    is_street,
    ocr_listed_i_name,
    page_tokens,
    particle_word_surname,
    salutation_at,
    salutation_before_role_word,
    sentence_goes_on,
    skip_titles,
    soft_wrap,
    surname_only_particle,
    syllable_given_name,
    tok_start,
)

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

ENTITY = "PERSON"
LIST_RECOGNIZER = "list:names"
CONTEXT_RECOGNIZER = "context:names"

# What each rule means, for the review file (Dutch, like the rest of the output).
EXPLANATIONS: dict[str, str] = {
    "first_name": "voornaam uit de namenlijst, gevolgd door een achternaam",
    "name_shaped": "naam met letters die Nederlandse woorden niet hebben (ł, ş, ğ, ă, ...)",
    "initials": "voorletters gevolgd door een achternaam",
    "mail_recipient": "naam tussen de geadresseerden van een e-mail (Aan, CC)",
    "capital_particle": "achternaam met voorvoegsel met hoofdletter midden in een zin",
    "family_first": "familienaam vóór de voornaam (Liu Jianguo, Kim Min-jun)",
    "given_before_family": "voornaam vóór een familienaam uit de lijst (Ayodele Trần)",
    "quoted_nickname": "roepnaam tussen aanhalingstekens na een woord voor een persoon",
    "age_in_brackets": "naam met een leeftijd tussen haakjes, bij een woord voor een persoon",
    "title": "titel (drs., mr., ...) gevolgd door een naam",
    "salutation": "aanspreekvorm (de heer, mevrouw) gevolgd door een naam",
    "lone_initial": "één initiaal na een aanspreekvorm of een woord voor een cliënt "
    "(mevrouw K., casus P.); controleer",
    "greeting": "naam na een aanhef (Beste, Hoi, Geachte)",
    "signature": "naam onder een afsluiting (Met vriendelijke groet)",
    "vocative": "aangesproken persoon (Gil, wanneer ben jij online?); controleer",
    "chat_author": "afzender in een chatexport",
    "speaker": "spreker aan het begin van een regel (Naam: ...)",
    "mail_display_name": "naam bij een e-mailadres",
    "inverted_name": "naam in de vorm Achternaam, Voornaam",
    "email_localpart": "naam die ook in een e-mailadres op de pagina staat",
    "bullet": "naam aan het begin van een opsommingsteken",
    "role_name": "naam naast een functie of afdeling (jurist X, X van het team ...)",
    "first_name_alone": "voornaam uit de namenlijst, los in een zin",
    "handle": "gebruikersnaam in een chat (voornaam.achternaam)",
    "family_word": "achternaam voor 'family' of 'household' (The Martis family)",
    "called": "naam waarmee iemand zich noemt of genoemd wordt (Henk (zo noemt hij zichzelf))",
    "introduced": "naam na 'stelde zich voor als', 'genaamd', 'een zekere' (of Engels 'named')",
    "initials_signoff": "initialen als ondertekening of typistenkenmerk (Groet, JV; PRS/jho); "
    "controleer",
}

# Rules whose evidence is weak: an NER organisation or place over them wins.
WEAK_RULES = frozenset({"bullet", "first_name_alone"})


@dataclass(frozen=True)
class Hit:
    """A name found in a page text (page offsets)."""

    start: int
    end: int
    rule: str
    score: float
    recognizer: str
    source: str  # "list" or "context"


@dataclass
class _Page:
    view: View
    toks: list[Tok]
    lex: Lexicon

    def hit(self, c: Candidate | tuple[int, int], rule: str, score: float, recognizer: str) -> Hit:
        start, end = (c.start, c.end) if isinstance(c, Candidate) else c
        s, e = self.view.span(start, end)
        source = "list" if recognizer == LIST_RECOGNIZER else "context"
        return Hit(s, e, rule, score, recognizer, source)

    def ok(self, c: Candidate) -> bool:
        """The run is not an organisation, place or known non-person phrase."""
        return not followed_by_org(self.toks, c, self.lex) and not is_not_name(
            c.text(self.view), self.lex
        )

    def tok_index_at(self, pos: int) -> int:
        """Index of the first token starting at or after view offset ``pos``."""
        return bisect.bisect_left(self.toks, pos, key=tok_start)


def _prepare(text: str, lex: Lexicon) -> _Page:
    view, toks = page_tokens(text)
    return _Page(view, list(toks), lex)


# Pages whose hits are remembered: detection asks for a page's hits, and the
# name stages ask again for the same page text (see stages._rule_evidence).
REMEMBERED_PAGES = 256


def _remembered(fn: Callable[[str, Lexicon], list[Hit]]) -> Callable[[str, Lexicon], list[Hit]]:
    """``fn`` with the hits of the last :data:`REMEMBERED_PAGES` page texts kept."""
    kept: OrderedDict[tuple[str, int], tuple[Hit, ...]] = OrderedDict()

    @functools.wraps(fn)
    def hits(text: str, lex: Lexicon) -> list[Hit]:
        key = (text, id(lex))
        got = kept.get(key)
        if got is None:
            got = kept[key] = tuple(fn(text, lex))
            if len(kept) > REMEMBERED_PAGES:
                kept.popitem(last=False)
        return list(got)

    return hits


def _surname_words(c: Candidate, lex: Lexicon) -> list[Tok]:
    words = list(c.words)
    return [
        t
        for k, t in enumerate(words)
        if t.kind == "word"
        # "Karin van der Bij": a capitalised particle ending the name is its surname
        and (not is_particle(t, lex) or (k == len(words) - 1 and particle_word_surname(words, lex)))
    ]


# ------------------------------------------------------------------ list rules

# ("dat" and "die" open a clause far more often: "stelt voor dat Bogdan Ionescu ...")
_ARTICLES = frozenset({"de", "het", "een", "deze", "dit"})


@_remembered
def list_hits(text: str, lex: Lexicon) -> list[Hit]:
    """Listed first name + surname-like words; initials + surname."""
    p = _prepare(text, lex)
    out: list[Hit] = []
    covered = -1
    for i, t in enumerate(p.toks):
        if t.start < covered:
            continue
        if t.kind == "init":
            if (
                fold(t.text.replace(" ", "")) in lex.org_words
                or fold(t.text.replace(" ", "").replace(".", "")) in LEGAL_FORM_LETTERS
            ):
                continue  # "B.V.", "N.V." (also "B.V" where OCR lost the last dot)
            nxt = p.toks[i + 1] if i + 1 < len(p.toks) else None
            if nxt is not None and not nxt.gap and nxt.text.isupper() and len(nxt.text) <= 2:
                continue  # "B.V" read as "B." and "V": letters of an abbreviation
            if i > 0 and not t.gap and (p.toks[i - 1].text == "-" or p.toks[i - 1].text.isdigit()):
                continue  # "kenteken GZ-381-K. Stond": a code's last letter and a full stop
            if (
                i > 1
                and p.toks[i - 1].text == ","
                and not t.newline_before
                and p.toks[i - 2].kind == "word"
                and is_capitalised(p.toks[i - 2].text)
            ):
                continue  # "Jansen, P." (inverted; see the inverted_name rule)
            c = candidate_at(p.toks, i, lex, caps=True)
            if c and c.words[0].kind == "init" and _surname_words(c, lex) and p.ok(c):
                out.append(p.hit(c, "initials", 0.8, LIST_RECOGNIZER))
                covered = c.end
        elif t.kind == "word" and (
            (is_capitalised(t.text) and lex.is_first_name(t.bare))
            # "luliana de Sultani": OCR read the capital I of a listed given name as l
            or ocr_listed_i_name(t.bare, lex)
        ):
            c = candidate_at(p.toks, i, lex)
            if (
                c is not None
                and _in_chat_header(p.view.text, t.start)
                and any(w.newline_before for w in p.toks[i + 1 : c.last + 1])
            ):
                # "[di 09-12-2025 08:52] Hardjosoemarto, Dewi" / "Concept voor de lijn":
                # a chat header's name ends with its line
                c = candidate_at(p.toks, i, lex, cross_lines=False)
            h = _before_org_head(p, c) if c is not None and not p.ok(c) else None
            if h is not None and len(_surname_words(h, lex)) >= 2:
                # "Marloes vd Berg | Dudok Wonen": the name, then the organisation's
                out.append(p.hit(h, "first_name", 0.75, LIST_RECOGNIZER))
                covered = h.end
                continue
            if c is None or len(_surname_words(c, lex)) < 2 or not p.ok(c):
                g = _given_and_initial(p.toks, i)
                if g is not None and p.ok(g):
                    out.append(p.hit(g, "first_name", 0.75, LIST_RECOGNIZER))
                    covered = g.end
                elif (
                    c is not None
                    and c.first == c.last == i
                    and _NICKNAME_THEN_NAME.match(p.view.text, t.end)
                    and p.ok(c)
                ):
                    # "Hendrika (Riek) Postma-de Boer": the given name, then the name she
                    # goes by in brackets, then the surname
                    out.append(p.hit(c, "first_name", 0.75, LIST_RECOGNIZER))
                    covered = c.end
                continue
            if c.words[0] is not t:
                continue
            prev = p.toks[i - 1] if i > 0 else None
            if (
                prev is not None
                and not t.newline_before
                and prev.kind == "word"
                and prev.text in _ARTICLES
            ):
                continue  # "aan de Casper Hakpad": an article before a name marks a thing
            score = 0.85 if lex.is_surname(c.words[-1].bare) else 0.75
            out.append(p.hit(c, "first_name", score, LIST_RECOGNIZER))
            covered = c.end
        elif t.kind == "word" and is_shouted(t.text) and lex.is_first_name(t.bare.title()):
            # a form in block letters: "buurman HENK MULDER", "naam: DENNIS VISSER"
            if _shouted_apposition(p.toks, i, lex):
                # "een medewerker van het ziekenhuis, MARJA, heeft alles gezien"
                out.append(p.hit((t.start, t.end), "first_name", 0.6, LIST_RECOGNIZER))
                covered = t.end
                continue
            c = candidate_at(p.toks, i, lex, caps=True)
            if (
                c is not None
                and c.words[0] is t
                and len(c.words) >= 2
                and all(w.kind == "word" and is_shouted(w.text) for w in c.words)
                and (
                    lex.is_surname(c.words[-1].bare.title())
                    or lex.is_first_name(c.words[-1].bare.title())
                )
                and p.ok(c)
            ):
                out.append(p.hit(c, "first_name", 0.75, LIST_RECOGNIZER))
                covered = c.end
        elif t.kind == "word" and is_capitalised(t.text) and not is_blocked(t.text, lex):
            c = _name_shaped_at(p, i, lex)
            if c is not None:
                out.append(p.hit(c, "name_shaped", NAME_SHAPED_SCORE, LIST_RECOGNIZER))
                covered = c.end
    if lex.family_first:
        out.extend(
            h
            for h in family_first_hits(text, lex)
            if not any(o.start <= h.start and h.end <= o.end for o in out)
        )
    return out


NAME_SHAPED_SCORE = 0.6  # flagged for the reviewer
# a nickname in brackets and a capitalised surname after a given name
_NICKNAME_THEN_NAME = regex.compile(
    r"[ \t]*\([ \t]*\p{Lu}\p{Ll}{1,12}[ \t]*\)[ \t]+(?:\p{Ll}{1,3}[ \t]+)*\p{Lu}\p{Ll}"
)
LEGAL_FORM_LETTERS = frozenset({"bv", "nv", "vof", "ua", "cv"})


def _before_org_head(p: _Page, c: Candidate) -> Candidate | None:
    """The run without its last word, when that word opens the organisation's name
    after it (``Marloes vd Berg Dudok`` + ``Wonen``): three words or more, the last
    capitalised and no listed surname."""
    words = [w for w in c.words if w.kind == "word"]
    last = c.words[-1]
    if len(words) < 3 or last.kind != "word" or p.lex.is_surname(last.bare):
        return None
    if not followed_by_org(p.toks, c, p.lex):
        return None
    head = c.words[:-1]
    if not any(is_particle(w, p.lex) for w in head) or is_not_name(
        p.view.text[head[0].start : head[-1].end], p.lex
    ):
        return None  # only a name with particles is whole without it ("Anne Frank" is not)
    return Candidate(c.first, c.last - 1, c.start, head[-1].end, head)


def _given_and_initial(toks: list[Tok], i: int) -> Candidate | None:
    """A listed given name and the initial of the surname: ``De chauffeur, Tomasz W.,
    is gehoord``; no name word after the initial (that is ``Jan W. de Vries``)."""
    if i + 1 >= len(toks):
        return None
    init = toks[i + 1]
    if init.kind != "init" or init.newline_before or len(init.text.replace(".", "")) != 1:
        return None
    nxt = toks[i + 2] if i + 2 < len(toks) else None
    if nxt is not None and not nxt.newline_before and nxt.kind in ("word", "init"):
        return None
    return Candidate(i, i + 1, toks[i].start, init.end, (toks[i], init))


def _shouted_apposition(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """A listed given name in capitals alone between commas inside a sentence in lower
    case (a form filled in block letters): ``het ziekenhuis, MARJA, heeft``."""
    return (
        1 < i < len(toks) - 2
        and toks[i - 1].text == ","
        and toks[i + 1].text == ","
        and toks[i - 2].kind == "word"
        and toks[i - 2].text.islower()
        and toks[i + 2].kind == "word"
        and toks[i + 2].text.islower()
    )


def _name_shaped_at(p: _Page, i: int, lex: Lexicon) -> Candidate | None:
    """``Baran Güneş``, ``Paweł Zieliński``, ``Aziz el Morabet``: two or three
    capitalised words on one line (or wrapped after a particle), none a common noun,
    one with a letter Dutch words do not use or a particle Dutch names do not have."""
    c = candidate_at(p.toks, i, lex, cross_lines=False)
    wrapped = candidate_at(p.toks, i, lex)
    if (
        c is not None
        and wrapped is not None
        and wrapped.last > c.last
        and c.last + 1 < len(p.toks)
        and _foreign_particle(p.toks[c.last + 1], lex)
    ):
        c = wrapped  # "Aziz el" / "Morabet": the line ends inside the name
    if c is not None and c.words[0] is p.toks[i] and len(c.words) == 1:
        return _lone_foreign_surname(p, i, lex)
    if c is None or c.words[0] is not p.toks[i] or not 2 <= len(c.words) <= 4:
        return None
    words = [w for w in c.words if w.kind == "word" and not is_particle(w, lex)]
    if len(words) < 2 or not (
        any(lex.has_name_letter(w.text) for w in words)
        or any(_foreign_particle(w, lex) for w in c.words[1:-1])
        or _double_surname(words[-1], lex)
        or (lex.is_name_shaped(words[-1].text) and "-" in words[-1].text)  # "Fadi Al-Masri"
        or _unlisted_given_listed_surname(p, c, words, lex)
    ):
        return None
    if any(
        (lex.is_common_noun(w.bare) and not _double_surname(w, lex))
        or is_blocked(w.text, lex)
        or is_org_word(w.key, lex)
        or w.key in lex.role_words  # "Controller Aziz el Morabet": the name is after it
        for w in words
    ):
        return None
    if followed_by_org(p.toks, c, lex):
        return None
    prev = p.toks[i - 1] if i > 0 else None
    if prev is not None and not p.toks[i].newline_before and prev.text in _ARTICLES:
        return None
    return c if p.ok(c) else None


# conjunctions and adverbs that open a sentence before a surname
_CLAUSE_OPENERS = frozenset(
    {"zodat", "doordat", "terwijl", "nadat", "voordat", "zodra", "toen", "want", "dus",
     "maar", "echter", "daarom", "alleen", "ook", "nu", "dan", "eerst", "later", "volgens",
     "tijdens", "ondanks", "behalve", "dankzij", "hoewel", "omdat", "indien", "sinds",
     "zowel", "noch", "evenals", "waarna", "waardoor", "waarop", "bovendien", "verder"}
)  # fmt: skip
# adjectives that open the names of things ("Zilveren Kruis", "Gouden Leeuw")
_ADJECTIVES_BEFORE_NAMES = frozenset(
    {"gouden", "zilveren", "bronzen", "rode", "groene", "blauwe", "witte", "zwarte", "gele",
     "oranje", "ijzeren", "houten", "stenen", "oude", "nieuwe", "grote", "kleine", "hoge",
     "lage", "lange", "korte", "brede", "heilige", "vrije", "verenigde", "koninklijke",
     # local parties' words ("Lokaal Venlo", "Leefbaar Rotterdam")
     "lokaal", "leefbaar", "progressief", "onafhankelijk", "sterk", "samen", "echt", "puur"}
)  # fmt: skip


def _unlisted_given_listed_surname(
    p: _Page, c: Candidate, words: list[Tok], lex: Lexicon
) -> bool:
    """``Siosaia Verhagen meldt``: two words, the second a listed surname, the first a
    given name from outside the lists (no listed name, place, noun, role or
    organisation word), and no capitalised word after them on the line."""
    if len(c.words) != 2 or len(words) != 2:
        return False
    first, last = words
    if not (lex.is_surname(last.bare) and len(first.bare) >= 3):
        return False
    if (
        last.key in lex.places
        or is_region(last.text, lex)
        or last.key in REGIONS
        or any(part in lex.places for part in last.key.split("-"))
        or is_org_word(first.key, lex)
        or first.key in lex.places
        or is_street(first.key, lex)
        or first.key in _ADJECTIVES_BEFORE_NAMES
        or first.key in _CLAUSE_OPENERS  # "Zodat Verbunt ...", "Doordat Elsenaar ..."
        # a noun for a person or a job ("Onderzoeker Roodveldt", "Hoogleraar Hiel",
        # "Zangeres Heyer"): the name's own word, no given name
        or first.key.endswith(("er", "ers", "aar", "ster", "eres", "ist", "ant", "ent"))
    ):
        return False  # "Geurlab Vlaanderen", "Waaldijk Haaften-Herwijnen": a body or place
    if not first.text[1:].islower() or lex.is_surname(first.bare) or lex.is_first_name(first.bare):
        return False
    if (
        first.key in lex.stopwords
        or first.key in lex.particles
        or first.key in lex.noun_suffixes  # "Rapport Kuipers": a report, named
        or lex.is_person_noun_key(first.key)  # "Collega Verhagen"
    ):
        return False
    prev = p.toks[c.first - 1] if c.first > 0 and not p.toks[c.first].newline_before else None
    if prev is not None and (prev.key in ("de", "het", "een") or is_org_word(prev.key, lex)):
        return False  # "obs Grutte Pier", "de Gouden Leeuw": a thing's name
    k = c.last + 1
    nxt = p.toks[k] if k < len(p.toks) else None
    # (not a street and its number: "Park Voorn 4")
    return nxt is None or nxt.newline_before or not (nxt.text[:1].isupper() or nxt.text.isdigit())


def _lone_foreign_surname(p: _Page, i: int, lex: Lexicon) -> Candidate | None:
    """``Demirtaş constateerde ...``: one word with a letter Dutch words do not use
    opens a sentence and a word in lower case follows it: a surname (a place, a car's
    make, an organisation or a language is none)."""
    toks = p.toks
    t = toks[i]
    if (
        not lex.has_name_letter(t.text)
        or len(t.bare) < 4
        or i + 1 >= len(toks)
        or toks[i + 1].newline_before
        or toks[i + 1].kind != "word"
        or not toks[i + 1].text.islower()
        or fold(toks[i + 1].text) in lex.particles
    ):
        return None
    prev = toks[i - 1] if i > 0 else None
    if not (t.newline_before or prev is None or prev.text in (".", "!", "?")):
        return None
    if (
        t.key in lex.places
        or t.key in language_words(lex)
        or is_org_word(t.key, lex)
        or is_blocked(t.text, lex)
        or t.key in CAR_MAKES
    ):
        return None
    c = candidate_at(toks, i, lex, cross_lines=False)
    return c if c is not None and p.ok(c) else None



def _double_surname(t: Tok, lex: Lexicon) -> bool:
    """``Sultani-Beukema``, ``Brinkhuis-Kloosterboer``: two capitalised parts joined
    by a hyphen, one of them a listed surname, the whole no listed place."""
    parts = t.bare.split("-")
    return (
        len(parts) == 2
        and all(len(q) >= 3 and q[:1].isupper() and q[1:].islower() for q in parts)
        and any(lex.is_surname(q) for q in parts)
        and t.key not in lex.places
        and not any(
            fold(q) in lex.places
            or (
                # "Groeneveld-Tammeling": a noun ending beside a listed surname is a
                # name, unless the word names an organisation or an office
                lex.is_common_noun(q)
                and (
                    not lex.is_surname(parts[1 - k])
                    or is_org_word(fold(q), lex)
                    or fold(q) in lex.role_words
                )
            )
            for k, q in enumerate(parts)
        )
    )


def _foreign_particle(t: Tok, lex: Lexicon) -> bool:
    """A lower-case particle of names from outside the Netherlands that no Dutch
    phrase has between two capitalised words (``Aziz el Morabet``, ``Omar bin Said``)."""
    return t.text in lex.config.foreign_particles


def _given_before_family(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """``Ayodele Trần``, ``Lemlem Nguyen``: an unlisted given name before a family name
    from ``family_first_names.txt`` that is long or accented enough to be no Dutch word,
    the two words alone in their phrase."""
    t, prev = toks[i], toks[i - 1]
    if len(t.key) < 4 and t.key.isascii() and t.text.isascii():
        return False  # "Li", "Lin", "Wu": too short to stand for a name by itself
    if (
        len(prev.bare) < 3
        or prev.key in lex.family_first
        or prev.key in lex.interjections
        or lex.is_common_noun(prev.bare)
        or fold(prev.bare) in lex.places
    ):
        return False
    if i >= 2 and not prev.newline_before and (
        is_namey(toks[i - 2], lex) or toks[i - 2].text.casefold() in _ARTICLES
    ):
        return False  # a longer capitalised phrase ("Grand Hotel Wang", "de Grote Wang")
    return not (i + 1 < len(toks) and not toks[i + 1].newline_before and is_namey(toks[i + 1], lex))


_ROMANISED_GIVEN = regex.compile(r"\p{Lu}\p{Ll}{1,5}(?:-\p{Ll}{1,5})?")  # "Min-jun", "Jianguo"


def family_first_hits(text: str, lex: Lexicon) -> list[Hit]:
    """A family name written first and its given name: ``Liu Jianguo``, ``Kim Min-jun``.

    The family name is from ``family_first_names.txt``; one or two given-name words
    follow on the same line (``Nguyen Van Anh``), not after an article or place word.
    """
    p = _prepare(text, lex)
    out = []
    toks = p.toks
    for i, t in enumerate(toks):
        if t.kind != "word" or t.key not in lex.family_first or not is_capitalised(t.text):
            continue
        if i > 0 and not t.newline_before:
            prev = toks[i - 1]
            if prev.kind == "word" and (
                prev.text in _ARTICLES or prev.text in ("in", "naar", "uit", "te")
            ):
                continue
            if is_namey(prev, lex) and not lex.is_first_name(prev.bare):
                if _given_before_family(toks, i, lex):
                    c = Candidate(i - 1, i, prev.start, t.end, (prev, t))
                    if p.ok(c):
                        out.append(p.hit(c, "given_before_family", 0.7, LIST_RECOGNIZER))
                continue  # inside a longer capitalised phrase
        words = [t]
        j = i + 1
        # In running text the given name may wrap to the next line ("bij Chen" / "Xiaoling").
        wraps = i > 0 and not t.newline_before
        while j < len(toks) and len(words) < 4:
            u = toks[j]
            if u.newline_before and not (
                wraps
                and len(words) == 1
                and not u.blank_before
                and (soft_wrap(toks, j) or toks[i - 1].text[:1].islower())
            ):
                break  # a wrap of running text ("komt van Liu" / "Xiaoping"), not a cell
            if u.kind != "word":
                break
            korean = "-" in u.text and _ROMANISED_GIVEN.fullmatch(u.text)  # "Min-jun"
            # one capitalised syllable after the family name: "Zhou Min", "Wang Wei"
            korean = korean or (len(words) == 1 and syllable_given_name(t, u, lex))
            if not korean and (
                is_blocked(u.text, lex)
                or (lex.is_common_noun(u.bare) and not PINYIN_GIVEN.fullmatch(fold(u.bare)))
                or not (is_namey(u, lex) or _ROMANISED_GIVEN.fullmatch(u.text))
            ):
                break
            words.append(u)
            j += 1
        if len(words) < 2:
            continue
        c = Candidate(i, j - 1, words[0].start, words[-1].end, tuple(words))
        if p.ok(c):
            out.append(p.hit(c, "family_first", 0.75, LIST_RECOGNIZER))
    return out


# A romanised Chinese given name: two or three pinyin syllables ("Xiaoling", "Jianguo").
# After a family name written first it is no Dutch noun, though it may end in "-ing".
PINYIN_GIVEN = regex.compile(rf"(?:{PINYIN_SYLLABLE}){{2,3}}")


# --------------------------------------------------------------- context rules

_CHAT = regex.compile(
    r"(?m)^[ \t]*\[?(?P<date>\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?\]?"
    r"[ \t]*(?:-[ \t]*)?(?P<name>[^:\n\[\]<>@]{1,60}?):[ \t]"
)
_MAIL_ANGLE = regex.compile(
    r"<[^<>\s@]+@[^<>\s]+>|\[mailto:[^\]\s]+\]|\((?:mailto:)?[^()\s@]+@[^()\s]+\)"
)
_EMAIL = regex.compile(r"([\p{L}\p{N}._%+'\-]+)@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+")
_BULLET = regex.compile(r"(?m)^[ \t]*[•▪◦·\-–*][ \t]+")


def _whole_name(
    c: Candidate | None, lex: Lexicon, *, single_ok: bool, noun_ok: bool = False
) -> bool:
    """A run that is a name on its own.

    Two name words, initials and a surname, a particle and a surname, or one
    listed word (or, with ``single_ok``, one word that is not a common noun; with
    ``noun_ok`` too, one that only ends like one: the signer's slot).
    """
    if c is None:
        return False
    sw = _surname_words(c, lex)
    if not sw:
        return False
    if len(sw) >= 2 or any(t.kind == "init" for t in c.words):
        return True
    last = c.words[-1]
    if len(c.words) >= 2 and last.key in lex.particle_first_names and is_capitalised(last.text):
        return True  # "Whitfield, Ben" (a run ends in a particle only so)
    if is_particle(c.words[0], lex) and c.words[0].text[0].isupper():
        return True  # "De Boer", "Van Dalen" (not the article of "van de Oldehove")
    if lex.is_first_name(sw[0].bare) or lex.is_surname(sw[0].bare):
        return True
    return single_ok and (noun_ok or not lex.is_common_noun(sw[0].bare))


def _lines(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def word_first_name_at(toks: list[Tok], j: int, lex: Lexicon) -> Candidate | None:
    """A given name that is also a function word (``Elke``, ``Mag``) and the name
    after it on the same line, when something before already calls for a name."""
    t = toks[j]
    if not (
        t.kind == "word"
        and is_capitalised(t.text)
        and t.key in lex.word_first_names
        and j + 1 < len(toks)
        and not toks[j + 1].newline_before
    ):
        return None
    rest = candidate_at(toks, j + 1, lex, cross_lines=False)
    if rest is None or rest.first != j + 1 or not _surname_words(rest, lex):
        return None
    return Candidate(j, rest.last, t.start, rest.end, (t, *rest.words))


def _title_hits(p: _Page) -> list[Hit]:
    out = []
    lex = p.lex
    for i in range(len(p.toks)):
        sal = salutation_at(p.toks, i, lex)
        j, seen = skip_titles(p.toks, i, lex)
        if not seen or (i > 0 and (salutation_at(p.toks, i - 1, lex) > 1)):
            continue
        if j >= len(p.toks) or p.toks[j].blank_before:
            continue
        if p.toks[i].text in ("ms", "mv", "mts") and (
            i + 1 >= len(p.toks) or p.toks[i + 1].text != "."
        ):
            continue  # "de ms Grutte Pier": a motor ship, not "Ms"
        if not sal and _org_word_before(p.toks, i, lex):
            continue  # "Wijkcentrum Dr. Sarphati": the title is part of a building's name
        if sal and _family_word_in_name(p.toks, i):
            continue  # "Centrum Jeugd en Gezin Smallingerland": a name's word, no salutation
        t = p.toks[j]
        if (
            sal
            and t.text in ("in", "uit", "bij")
            and j + 1 < len(p.toks)
            and is_capitalised(p.toks[j + 1].text)
            and not is_particle(p.toks[j + 1], lex)
        ):
            continue  # "bij familie in Krakau": a place after a preposition, no "in 't Veld"
        c = candidate_at(p.toks, j, lex, cross_lines=True, caps=True)
        if (
            c is None
            and t.kind == "word"
            and is_capitalised(t.text)
            and (
                t.key in lex.surnames
                # "mevrouw Burgemeester-Aerts": a double surname after a salutation
                or (
                    t.bare.count("-") == 1
                    and all(x[:1].isupper() and x[1:].isalpha() for x in t.bare.split("-"))
                )
            )
        ):
            c = Candidate(j, j, t.start, t.end, (t,))  # "de heer Prins", "mevrouw Koning"
        if (
            c is None
            and sal
            and t.kind == "word"
            and is_capitalised(t.text)
            and t.key in lex.role_words
            and salutation_before_role_word(p.toks, t, lex)
            and (
                sentence_goes_on(p.toks, j)
                # "Melder is mevrouw Burgemeester, Hulsdonksestraat 88": her address follows
                or (
                    j + 1 < len(p.toks)
                    and p.toks[j + 1].text == ","
                    and not p.toks[j + 1].newline_before
                    and not p.toks[j].newline_before
                    and j >= 2
                    and not p.toks[j - 2].newline_before
                    and p.toks[j - 2].kind == "word"
                    and p.toks[j - 2].text[:1].islower()
                )
            )
        ):
            c = Candidate(j, j, t.start, t.end, (t,))  # "Mw. Burgemeester vraagt of ..."
        if (
            c is None
            and sal
            and t.text in NAME_PREFIXES
            and j + 1 < len(p.toks)
            and not p.toks[j + 1].blank_before
            and is_namey(p.toks[j + 1], lex)
            and not is_org_word(p.toks[j + 1].key, lex)
        ):
            u = p.toks[j + 1]  # "mevrouw Oude" / "Luttikhuis": a surname opening with Oude
            c = Candidate(j, j + 1, t.start, u.end, (t, u))
        if (
            c is None
            and t.kind == "init"
            and j + 1 < len(p.toks)
            and not p.toks[j + 1].newline_before
            and p.toks[j + 1].kind == "word"
            and is_capitalised(p.toks[j + 1].text)
            and fold(p.toks[j + 1].bare) in lex.surnames
        ):
            u = p.toks[j + 1]  # "de heer J. Prins": initials make a role word a surname
            c = Candidate(j, j + 1, t.start, u.end, (t, u))
        if c is None:
            c = word_first_name_at(p.toks, j, lex)  # "mevrouw Elke Vanhoutte"
        if c and c.first == j and _surname_words(c, lex) and p.ok(c):
            out.append(p.hit(c, "salutation" if sal else "title", 0.85, CONTEXT_RECOGNIZER))
    return out


def _family_word_in_name(toks: list[Tok], i: int) -> bool:
    """``Gezin``, ``Familie`` capitalised inside a line after ``en`` or a capitalised
    word: part of an organisation's name, not "het gezin X"."""
    t = toks[i]
    return (
        t.text in ("Gezin", "Familie", "Fam")
        and i > 0
        and not t.newline_before
        and (toks[i - 1].text in ("en", "&", "voor") or is_capitalised(toks[i - 1].text))
    )


def _org_word_before(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """A capitalised organisation word right before token ``i`` on its line."""
    if i == 0 or toks[i].newline_before:
        return False
    prev = toks[i - 1]
    return prev.kind == "word" and is_capitalised(prev.text) and is_org_word(fold(prev.bare), lex)


def _greeting_hits(p: _Page) -> list[Hit]:
    out: list[Hit] = []
    lex = p.lex
    greetings = {fold(g) for g in lex.config.greetings}
    for i, t in enumerate(p.toks):
        if t.kind != "word" or fold(t.text) not in greetings:
            continue
        # "Gezien, dank Aga.": thanks after a comma, the name closing the sentence
        thanks = fold(t.text) in _THANKS
        after_comma = thanks and i > 0 and p.toks[i - 1].text == ","
        if i > 0 and not t.newline_before and not _opens_message(p.toks, i) and not after_comma:
            continue
        j, _ = skip_titles(p.toks, i + 1, lex)
        if j >= len(p.toks) or p.toks[j].newline_before:
            continue
        c = candidate_at(p.toks, j, lex, cross_lines=False)
        if c is None or c.first != j or not _surname_words(c, lex) or not p.ok(c):
            continue
        names = [c]
        k = c.last + 1
        # "Beste Iris en Maarten," / "Hoi Sanne, Bas,"
        while (
            k + 1 < len(p.toks) and not p.toks[k].newline_before and p.toks[k].text in ("en", ",")
        ):
            c2 = candidate_at(p.toks, k + 1, lex, cross_lines=False)
            if c2 is None or c2.first != k + 1 or p.toks[k + 1].newline_before:
                break
            names.append(c2)
            k = c2.last + 1
        nxt = p.toks[k] if k < len(p.toks) else None
        # "Beste Yvonne (u zei dat ik u zo mocht noemen),": a remark in brackets after
        # the name of a letter's salutation line
        bracket = nxt is not None and nxt.text == "(" and (i == 0 or t.newline_before)
        if nxt is None or nxt.newline_before or nxt.text in ",!:;" or bracket or (
            thanks and nxt.text == "."
        ):
            out.extend(p.hit(n, "greeting", 0.85, CONTEXT_RECOGNIZER) for n in names if p.ok(n))
    return out


_THANKS = frozenset({"dank", "bedankt", "thanks", "dankjewel", "dankje", "merci", "thx"})


def _opens_message(toks: list[Tok], i: int) -> bool:
    """Token ``i`` opens a chat message or a sentence on its line: it follows a
    speaker's colon ("Rens: Thanks Shurwen!") or a sentence end ("Top. Gil, ...")."""
    prev = toks[i - 1] if i > 0 else None
    if prev is None:
        return True
    if prev.text in (":", "!", "?") or (prev.text == "." and i > 1 and toks[i - 2].kind == "word"):
        return True
    # a line of its own, not prose wrapped after "De directeur van de" / "Fietsersbond, die"
    return (
        toks[i].newline_before
        and not soft_wrap(toks, i)
        and not (prev.kind == "word" and prev.text[:1].islower())
    )


# Second-person words: a sentence that speaks to someone ("Gil, wanneer ben jij
# online?", "Sjefke, jij neemt de nacht?").
_SECOND_PERSON = frozenset({"jij", "je", "jou", "jouw", "u", "uw", "you", "your"})


def _vocative_hits(p: _Page) -> list[Hit]:
    """One capitalised word that opens a sentence or a chat message, then a comma,
    and a sentence that speaks to someone: the person addressed ("Kaas, kun jij
    de pers doen?").  Function words, interjections (``Top``, ``Nee``), roles,
    organisations and places are not; the score flags it for review."""
    out: list[Hit] = []
    lex = p.lex
    toks = p.toks
    for i, t in enumerate(toks[:-2]):
        if toks[i + 1].text != "," or toks[i + 1].newline_before or not _opens_message(toks, i):
            continue
        if not is_namey(t, lex) or len(t.text) < 3 or t.text.isupper():
            continue
        if (
            _names_no_one(t, lex)
            or t.key in lex.interjections
            or lex.is_common_noun(t.bare)
        ):
            continue
        clause = []
        for u in toks[i + 2 : i + 10]:
            if u.newline_before or u.text in (".", "!", ";"):
                break
            clause.append(fold(u.text))
        if not _SECOND_PERSON & set(clause):
            continue
        c = candidate_at(toks, i, lex, cross_lines=False)
        if c is None or c.first != i or c.last != i or not p.ok(c):
            continue
        out.append(p.hit(c, "vocative", 0.6, CONTEXT_RECOGNIZER))
    return out


def _line_name(
    p: _Page, start: int, end: int, *, single_ok: bool, noun_ok: bool = False
) -> Candidate | None:
    """The name that makes up a line, or its first part before "," "|" "–" or "(".

    ("Iris Kamphuis", "drs. I. Kamphuis, projectleider", "Iris Kamphuis | Gemeente Zwolle")
    """
    i = p.tok_index_at(start)
    if i >= len(p.toks) or p.toks[i].start >= end:
        return None
    j, _ = skip_titles(p.toks, i, p.lex)
    c = candidate_at(p.toks, j, p.lex, cross_lines=False)
    if c is None or c.first != j:
        return None
    k = c.last + 1
    more = k < len(p.toks) and p.toks[k].start < end and p.toks[k].text not in ",|–-("
    if more and (p.toks[k].text != "." or (k + 1 < len(p.toks) and p.toks[k + 1].start < end)):
        return None
    if not _whole_name(c, p.lex, single_ok=single_ok, noun_ok=noun_ok) or not p.ok(c):
        return None
    return c


def _signature_hits(p: _Page) -> list[Hit]:
    out = []
    closings = {fold(c) for c in p.lex.config.closings}
    lines = list(_lines(p.view.text))
    for n, (s, e) in enumerate(lines):
        line = p.view.text[s:e].strip().rstrip(",.!;:").strip()
        if fold(" ".join(line.split())) not in closings:
            continue
        seen = 0
        for s2, e2 in lines[n + 1 : n + 9]:
            body = p.view.text[s2:e2].strip()
            if not body:
                continue
            seen += 1
            if seen > 4:
                break
            c = _line_name(p, s2, e2, single_ok=False)
            score = 0.85
            if c is None and seen == 1:
                c = _signed_given_name(p, s2, e2)  # "Kind regards, / Adeyemi"
            if c is None and seen == 1:
                # "Kind regards, / Tammeling / International Desk": a word that only
                # ends like a noun ("-ling") in the signer's slot; flagged for review
                c, score = _signed_given_name(p, s2, e2, noun_ok=True), 0.6
            if c is not None:
                out.append(p.hit(c, "signature", score, CONTEXT_RECOGNIZER))
                break
            if body[0].isupper() and seen >= 2:
                break
    for s, e in lines:
        m = _CLOSING_THEN_WORD.search(p.view.text, s, e)
        if m is None or fold(m.group(1)) not in p.lex.short_closings:
            continue
        c = _signed_given_name(p, *m.span(2))  # "... in the UK. Cheers, Olly"
        if c is not None:
            out.append(p.hit(c, "signature", 0.7, CONTEXT_RECOGNIZER))
    text = p.view.text
    for m in _GIVEN_NAME_ENDS_MESSAGE.finditer(text):
        # "Ik meld het aan de DG. Hanneke" / (blank): a listed given name after the last
        # sentence of a message signs it
        if not p.lex.is_first_name(m.group(1)):
            continue
        if text[m.end() + 1 : m.end() + 200].split("\n", 1)[0].strip():
            continue  # the message goes on on the next line
        c = _line_name(p, *m.span(1), single_ok=True)
        if c is not None:
            out.append(p.hit(c, "signature", 0.7, CONTEXT_RECOGNIZER))
    return out


# One capitalised word after a sentence's end that ends its line ("... aan de DG. Hanneke").
_GIVEN_NAME_ENDS_MESSAGE = regex.compile(
    r"(?<=[.!?][ \t]{1,3})(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)[ \t]*$", regex.MULTILINE
)


# A short closing, a comma and one capitalised word that ends the line: the signer
# ("Cheers, Olly"), after a sentence or alone on the line.
_CLOSING_THEN_WORD = regex.compile(
    r"(?:^|(?<=[.!?][ \t]))[ \t]*(\p{L}+)\.?,[ \t]+(\p{Lu}\p{Ll}[\p{L}'’\-]*)[ \t]*[.!]?[ \t]*$",
    regex.MULTILINE,
)


def _signed_given_name(
    p: _Page, start: int, end: int, *, noun_ok: bool = False
) -> Candidate | None:
    """One unlisted word that makes up the first line under a closing: the
    signer's given name ("Kind regards, / Adeyemi / International Desk"), unless
    it names an organisation, a role or a place, or is an acronym."""
    c = _line_name(p, start, end, single_ok=True, noun_ok=noun_ok)
    if c is None or len(c.words) != 1 or c.words[0].kind != "word":
        return None
    w = c.words[0]
    if w.text.isupper() or _names_no_one(w, p.lex):
        return None
    return c


def _names_no_one(w: Tok, lex: Lexicon) -> bool:
    """A single word that names no person even where a name is expected (a person
    addressed, a signer): a function word, role, place, organisation word or a noun
    for a person (``Collega``)."""
    key = w.key
    return (
        key in lex.stopwords
        or key in lex.role_words
        or key in lex.places
        or is_org_word(key, lex)
        or is_person_noun(w.text, lex, sentence_start=True)
    )


def _role_surname_ends(p: _Page, c: Candidate, end: int) -> Candidate:
    """A dated chat header's sender whose last word is a title that is a surname too
    (``Anco Burgemeester:``): the run widened over it when it fills the sender's slot."""
    k = c.last + 1
    if k >= len(p.toks):
        return c
    t = p.toks[k]
    if (
        t.kind == "word"
        and is_capitalised(t.text)
        and t.key in ROLE_SURNAMES
        and not t.newline_before
        and not p.view.text[t.end : end].strip()
        and any(w.kind == "word" for w in c.words)
    ):
        return Candidate(c.first, k, c.start, t.end, (*c.words, t))
    return c


def _chat_hits(p: _Page) -> list[Hit]:
    out = []
    for m in _CHAT.finditer(p.view.text):
        s, e = m.span("name")
        i = p.tok_index_at(s)
        c = candidate_at(p.toks, i, p.lex, cross_lines=False)
        if c is not None and m.group("date") is not None:
            c = _role_surname_ends(p, c, e)  # "08-01-2026 05:03 - Anco Burgemeester:"
        if c is None and m.group("date") is not None:
            c = _sender_code(p, i, e)  # "[16-07-26 05:46] KJ: Ik": a sender by initials
            if c is not None and p.ok(c):
                out.append(p.hit(c, "chat_author", 0.8, CONTEXT_RECOGNIZER))
            continue
        if c is None or c.start != s or c.end < e - 1 or not _surname_words(c, p.lex):
            continue
        if p.view.text[c.end : e].strip():
            continue
        if m.group("date") is None and not _whole_name(c, p.lex, single_ok=False):
            continue  # a time alone is weaker evidence than a chat time stamp
        if p.ok(c):
            out.append(p.hit(c, "chat_author", 0.9, CONTEXT_RECOGNIZER))
    return out


# A paraaf code in mixed case: "MvdB", "TBo", "HVe".
_MIXED_CODE = r"\p{Lu}\p{Ll}{0,2}\p{Lu}[\p{L}]{0,2}"
# A sender's initials: two to four capitals, or a paraaf code ("KJ", "MvdB").
_SENDER_CODE = regex.compile(rf"\p{{Lu}}{{2,4}}|{_MIXED_CODE}")


_STAMP_OPENS_LINE = regex.compile(
    r"[ \t]*\[?[^\n\]]{0,30}?\d{1,2}[:.]\d{2}(?::\d{2})?\]?[ \t]"
)


def _in_chat_header(text: str, pos: int) -> bool:
    """The line of ``pos`` opens with a chat's time stamp (``[di 09-12-2025 08:52]``) and
    ``pos`` is in its header (the stamp and the sender, before the first colon after the
    stamp), not in the message ("... of hij mag. Bartosz" / "Nowicki")."""
    line_start = text.rfind("\n", 0, pos) + 1
    m = _STAMP_OPENS_LINE.match(text, line_start)
    if m is None:
        return False
    colon = text.find(": ", m.end())
    line_end = text.find("\n", pos)
    return colon < 0 or colon >= pos or (line_end >= 0 and colon > line_end)


def _sender_code(p: _Page, i: int, e: int) -> Candidate | None:
    """The token at ``i`` alone fills a dated chat header's sender, and is initials
    (``KJ``) rather than a word or a known abbreviation."""
    if i < 0 or i >= len(p.toks):
        return None
    t = p.toks[i]
    if p.view.text[t.end : e].strip():
        return None
    if t.kind == "init" and regex.fullmatch(r"(?:\p{Lu}\.){2,4}", t.text.replace(" ", "")):
        return Candidate(i, i, t.start, t.end, (t,))  # "J.V.:": dotted initials
    if not _SENDER_CODE.fullmatch(t.text):
        return None
    if t.text in p.lex.acronyms or fold(t.text) in p.lex.org_words:
        return None
    return Candidate(i, i, t.start, t.end, (t,))


_DAY = (
    r"(?i:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
_STAMP = (
    rf"(?:(?:{_DAY}\.?,?[ \t]+)?\d{{1,2}}[-/.]\d{{1,2}}(?:[-/.]\d{{2,4}})?,?[ \t]+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
)
# Chat and meeting-tool exports with the author on a line of its own:
# "[10:32] Jansen, Piet", "Piet Jansen 10:32", "Piet Jansen (BZK), 03-06 10:32".
_CHAT_HEADER = (
    # (a call sign or unit in brackets after the name: "[22:42] Mo (01-107)")
    regex.compile(
        rf"(?m)^[ \t]*\[?{_STAMP}\]?[ \t]+(?P<name>[^\n:\[\]<>@]{{2,60}}?)"
        r"(?:[ \t]+\([^()\n]{1,24}\))?[ \t]*$"
    ),
    regex.compile(
        rf"(?m)^[ \t]*(?P<name>[^\n:\[\]<>@]{{2,60}}?)[ \t]*,?[ \t]+\[?{_STAMP}\]?[ \t]*$"
    ),
)
# A speaker turn: "Piet Jansen: ..." at the start of a line.
_SPEAKER = regex.compile(r"(?m)^[ \t]*(?P<name>[^\n:\[\]<>@,]{2,40}?):[ \t]+\S")


# A department or organisation after a display name: "Kaya, Ö. - DIR/CZW", "Jan Bos | BZK".
_DISPLAY_SUFFIX = regex.compile(r"[ \t\n]+[-–—|][ \t\n]+\S[^\n]*$|[ \t]*<[^<>]*>[ \t]*$")


def _initials_part(p: _Page, a: int, b: int) -> Candidate | None:
    """Initials alone, or initials with a given name in brackets ("Ö.E. (Özlem)"), filling a:b."""
    i = p.tok_index_at(a)
    toks = p.toks
    if i >= len(toks) or toks[i].start != a or toks[i].kind != "init":
        return None
    j = i
    if (
        j + 3 < len(toks)
        and toks[j + 1].text == "("
        and is_namey(toks[j + 2], p.lex)
        and toks[j + 3].text == ")"
    ):
        j += 3
    if toks[j].end != b:
        return None
    return Candidate(i, j, toks[i].start, toks[j].end, tuple(toks[i : j + 1]))


def _particles_first(p: _Page, i: int, b: int) -> Candidate | None:
    """Lower-case particles and a surname that fill the text up to ``b``: the surname
    part of an inverted display name (``ter Haar, Dirk-Jan``)."""
    toks = p.toks
    j = i
    while j < len(toks) and is_particle(toks[j], p.lex) and not toks[j].text[:1].isupper():
        j += 1
    if j == i or j >= len(toks) or toks[j].newline_before:
        return None
    c = candidate_at(toks, j, p.lex, cross_lines=False)
    if c is not None and c.end == b:
        return Candidate(i, c.last, toks[i].start, c.end, (*toks[i:j], *c.words))
    t = toks[j]
    if t.kind == "word" and is_capitalised(t.text) and t.end == b:
        # one word that particles make a surname, though it is a word too ("ter Haar")
        return Candidate(i, j, toks[i].start, t.end, tuple(toks[i : j + 1]))
    return None


def _given_ok(
    c: Candidate, surname: Candidate, lex: Lexicon, *, loose: bool, stamped: bool = False
) -> bool:
    """The part after the comma of "Achternaam, Voornaam" is given names or initials.

    ``loose``: an unlisted given name will do after a listed surname or a particle;
    ``stamped`` (a chat header with a time stamp): after any single surname word.
    """
    given = c.words[0]
    if given.kind == "init" or lex.is_first_name(given.bare):
        return True
    if len(c.words) == 1 and given.key in lex.particle_first_names:
        return True  # "Whitfield, Ben": see _particle_given_name
    words = [t for t in c.words if t.kind == "word"]
    known = any(is_particle(t, lex) for t in surname.words) or any(
        lex.is_surname(t.bare) for t in _surname_words(surname, lex)
    )
    single = len(_surname_words(surname, lex)) == 1 and len(words) == 1
    return (
        loose
        and (known or (stamped and single))
        and 1 <= len(words) <= 2
        and all(is_namey(t, lex) and not lex.is_common_noun(t.bare) for t in words)
    )


def _name_of(
    p: _Page, s: int, e: int, *, loose: bool = False, stamped: bool = False
) -> Candidate | None:
    """The name that fills ``view.text[s:e]`` (a display name in a chat or mail header).

    Allowed around it: a trailing "(Organisatie)" or "(zij/haar)", a department after
    a dash or bar ("- DIR/CZW", "| BZK"), an e-mail address in angle brackets; and the
    forms "Achternaam, Voornaam", "Achternaam, V." and "Achternaam, V. (Voornaam)".
    ``loose``: the given name after the comma need not be listed (strong context).
    """
    text = p.view.text
    while e > s and text[e - 1] in " \t\n,;":
        e -= 1
    m = _DISPLAY_SUFFIX.search(text[s:e])
    if m is not None and m.start() > 0:
        e = s + m.start()
    for _ in range(2):
        while e > s and text[e - 1] in " \t\n,":
            e -= 1
        if e <= s or text[e - 1] != ")":
            break
        paren = text.rfind("(", s, e)
        if paren < 0:
            break
        k = p.tok_index_at(paren)
        if k > 0 and p.toks[k - 1].kind == "init" and _initials_part(p, p.toks[k - 1].start, e):
            break  # "Ö.E. (Özlem)": the given name belongs to the name
        e = paren
    while e > s and text[e - 1] in " \t\n,":
        e -= 1
    while s < e and text[s] in " \t\n":
        s += 1
    if e <= s:
        return None
    comma = text.find(",", s, e)
    parts = [(s, comma), (comma + 1, e)] if comma >= 0 else [(s, e)]
    found: list[Candidate] = []
    role_surname = False
    for n, (a, b) in enumerate(parts):
        while a < b and text[a] in " \t\n":
            a += 1
        while b > a and text[b - 1] in " \t\n":
            b -= 1
        if n == 1:
            # "Veen-Burgemeester, Jolanda van der": Outlook puts the particles last
            tail = _PARTICLES_LAST.search(text, a, b)
            if tail is not None and tail.start() > a:
                b = tail.start()
        i = p.tok_index_at(a)
        c = candidate_at(p.toks, i, p.lex, cross_lines=False) if a < b else None
        if (c is None or c.start != a or c.end != b) and n == 1:
            c = _initials_part(p, a, b) or _particle_given_name(p, i, a, b)
        if (c is None or c.start != a or c.end != b) and n == 0 and comma >= 0:
            c = _particles_first(p, i, b)  # "ter Haar, Dirk-Jan", "van 't Hof, Tjitske"
        if (c is None or c.start != a or c.end != b) and n == 0 and comma >= 0:
            c = _role_word_before_comma(p, i, a, b)  # "Prins, Daan", "Burgemeester, Koen"
            role_surname = c is not None
        if c is None or c.start != a or c.end != b:
            return None
        found.append(c)
    if len(found) == 2:
        if role_surname and not (
            found[1].words[0].kind == "word" and p.lex.is_first_name(found[1].words[0].bare)
        ):
            return None
        if not _given_ok(found[1], found[0], p.lex, loose=loose, stamped=stamped):
            return None
        sw = _surname_words(found[0], p.lex)
        if not sw or (
            len(sw) >= 2 and p.lex.is_first_name(sw[0].bare) and not p.lex.is_surname(sw[0].bare)
        ):
            return None  # "Piet Jansen, Anna": two names, not one inverted name
        return Candidate(
            found[0].first,
            found[1].last,
            found[0].start,
            found[1].end,
            found[0].words + found[1].words,
        )
    return found[0]


# The particles after the given name in an Outlook display name ("Veen, Jolanda van der").
_PARTICLES_LAST = regex.compile(r"(?:[ \t]+(?:van|de|der|den|ter|ten|het|'t|in|op))+\Z")


def _particle_given_name(p: _Page, i: int, a: int, b: int) -> Candidate | None:
    """A capitalised given name that is a particle too, alone after the comma of
    "Achternaam, Voornaam" (``Whitfield, Ben``): there it opens no surname."""
    if i >= len(p.toks):
        return None
    t = p.toks[i]
    if (
        t.kind != "word"
        or t.start != a
        or t.end != b
        or not is_capitalised(t.text)
        or t.key not in p.lex.particle_first_names
    ):
        return None
    return Candidate(i, i, t.start, t.end, (t,))


def _role_word_before_comma(p: _Page, i: int, a: int, b: int) -> Candidate | None:
    """One capitalised word filling ``a:b`` that the lists call a role or common word
    (``Prins``, ``Burgemeester``, ``Koster``): a surname only before the comma of
    "Achternaam, Voornaam" with a listed given name (checked by the caller)."""
    if i >= len(p.toks):
        return None
    t = p.toks[i]
    if t.kind != "word" or t.start != a or t.end != b or not is_capitalised(t.text):
        return None
    if len(t.text) < 4 or not t.text.replace("-", "").isalpha() or is_particle(t, p.lex):
        return None
    return Candidate(i, i, t.start, t.end, (t,))


def _chat_header_hits(p: _Page) -> list[Hit]:
    out = []
    for pattern in _CHAT_HEADER:
        for m in pattern.finditer(p.view.text):
            c = _name_of(p, *m.span("name"), loose=True, stamped=True)
            if c is not None and _whole_name(c, p.lex, single_ok=False) and p.ok(c):
                out.append(p.hit(c, "chat_author", 0.85, CONTEXT_RECOGNIZER))
    for m in _SPEAKER.finditer(p.view.text):
        c = _name_of(p, *m.span("name"))
        if c is None or not p.ok(c):
            continue
        first = c.words[0]
        named = first.kind == "init" or p.lex.is_first_name(first.bare)
        if named and len(_surname_words(c, p.lex)) + (first.kind == "init") >= 2:
            out.append(p.hit(c, "speaker", 0.75, CONTEXT_RECOGNIZER))
    return out


_LABEL_CACHE: dict[int, tuple[Any, dict[str, tuple[str, bool]]]] = {}
# Label rules whose one-word labels also name a person inside a compound.
_COMPOUND_LABELS = frozenset({"behandeld_door", "contactpersoon"})


def _label_regex(lex: Lexicon) -> tuple[Any, dict[str, tuple[str, bool]]]:
    cached = _LABEL_CACHE.get(id(lex))
    if cached is not None:
        return cached
    index: dict[str, tuple[str, bool]] = {}
    for rule in lex.config.labels:
        for w in rule.words:
            index.setdefault(fold(" ".join(w.split())), (rule.id, rule.block))
    words = sorted({w for rule in lex.config.labels for w in rule.words}, key=len, reverse=True)
    alt = "|".join(r"[ \t]+".join(regex.escape(part) for part in w.split()) for w in words)
    # Compounds of a one-word handler label ("Dossierbehandelaar:", "Hoofdbehandelaar:"):
    # a lower-case prefix glued to the label, with the colon.
    compound = sorted(
        {
            w
            for rule in lex.config.labels
            if rule.id in _COMPOUND_LABELS
            for w in rule.words
            if " " not in w
        },
        key=len,
        reverse=True,
    )
    for w in compound:
        index.setdefault(fold(w), index[fold(w)])
    comp = "|".join(regex.escape(w.lower()) for w in compound)
    result = (
        regex.compile(
            rf"(?m)^[ \t]*(?:\p{{Lu}}\p{{Ll}}{{2,}}(?={comp}[ \t]*:))?({alt}|{comp})"
            # "Aanwezig bewoners:", "Afwezig met bericht:": lower-case words before the colon
            rf"(?:(?:[ \t]+\p{{Ll}}[\p{{Ll}}\-]+){{1,2}}[ \t]*:[ \t]*|[ \t]*(?::[ \t]*|(?=\n)))"
        ),
        index,
    )
    _LABEL_CACHE[id(lex)] = result
    return result


# a line with nothing on it but spaces (a no-break space too) ends a block label's value
_BLANK_LINE = regex.compile(r"\n[ \t\u00a0]*\n")


def _label_hits(p: _Page) -> list[Hit]:
    out: list[Hit] = []
    lex = p.lex
    pattern, index = _label_regex(lex)
    text = p.view.text
    for m in pattern.finditer(text):
        rule_id, block = index[fold(" ".join(m.group(1).split()))]
        pos = m.end()
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        if text[pos:line_end].strip():
            start, end = pos, line_end
        else:
            start = line_end + 1
            if start >= len(text) or text[start] == "\n":
                continue
            nl = text.find("\n", start)
            end = len(text) if nl < 0 else nl
            if pattern.match(text, start):
                continue  # the next line is another label (a stacked table header)
        if block:
            blank = _BLANK_LINE.search(text, start)
            end = len(text) if blank is None else blank.start()
        single = rule_id not in _LOOSE_LABELS
        out.extend(_display_hits(p, start, end, f"label_{rule_id}", many=block, single=single))
        if rule_id in _INITIALS_LABELS:
            out.extend(_initials_value_hits(p, start, end, f"label_{rule_id}"))
    return out


# A line that opens with one capitalised word and a colon: a label of its own.
# A second word may qualify it: "Tolk Roemeens:", "Contactpersoon bewoners:".
_LINE_LABEL = regex.compile(
    r"(?m)^[ \t]*(\p{Lu}[\p{Ll}\-]{2,})(?:[ \t]+\p{L}[\p{Ll}\-]{2,})?:[ \t]+(?=\S)"
)


def _person_noun_label_hits(p: _Page) -> list[Hit]:
    """A word for a person used as a label (``Leidinggevende: Rinske Noorzai``,
    ``Wijkagent: ...``): its value is that person, as with the listed labels.  Public
    office roles (``Burgemeester:``) are left to the official stages."""
    lex = p.lex
    text = p.view.text
    pattern, _ = _label_regex(lex)
    out: list[Hit] = []
    for m in _LINE_LABEL.finditer(text):
        word = m.group(1)
        key = fold(word)
        if (
            pattern.match(text, m.start())
            or key in lex.role_words
            or key in _public_role_keys(lex)
            or not is_person_noun(word, lex, sentence_start=True)
        ):
            continue
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        out.extend(_display_hits(p, m.end(), end, "label_person", many=False, single=False))
    return out


_PUBLIC_ROLE_KEYS: dict[int, frozenset[str]] = {}


def _public_role_keys(lex: Lexicon) -> frozenset[str]:
    keys = _PUBLIC_ROLE_KEYS.get(id(lex))
    if keys is None:
        keys = frozenset(fold(w) for r in lex.config.public_roles for w in r.words)
        _PUBLIC_ROLE_KEYS[id(lex)] = keys
    return keys


# Labels whose value may be a paraaf: initials written together ("Akkoord: PAO").
_INITIALS_LABELS = frozenset({"gezien", "opgesteld_door", "behandeld_door"})
_INITIALS_WORD = regex.compile(r"\p{Lu}(?:\p{Lu}|\p{Ll}{1,3}(?=\p{Lu})){1,5}\p{Lu}?")


def _initials_value_hits(p: _Page, start: int, end: int, rule: str) -> list[Hit]:
    """Paraaf initials with particles in a label value: ``Paraaf: JvdB``, ``Akkoord: RitV``.

    Initials in capitals only (``PAO``) may be an acronym: they are redacted when they
    are the initials of a person named in the document (propagation).
    """
    lex = p.lex
    out = []
    k = p.tok_index_at(start)
    while k < len(p.toks) and p.toks[k].start < end:
        t = p.toks[k]
        k += 1
        if t.kind != "word" or not 2 <= len(t.text) <= 6 or not _INITIALS_WORD.fullmatch(t.text):
            continue
        key = fold(t.text)
        if key in lex.role_words or key in lex.org_words or key in lex.stopwords:
            continue
        if t.text.isupper():
            continue  # "BZK" may be an organisation; capitals match by propagation only
        if any(ch.islower() and ch not in "vdtiol" for ch in t.text):
            continue  # the lower-case letters of particles (van, de, 't, in, op); not "JenV"
        out.append(p.hit((t.start, t.end), rule, 0.7, CONTEXT_RECOGNIZER))
    return out


_SHOUTED_INVERTED = regex.compile(
    r"[ \t]*(\p{Lu}{2,}(?:-\p{Lu}{2,})?,[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})[ \t]*"
)


def _shouted_inverted(p: _Page, start: int, end: int) -> Candidate | None:
    """A name field's value in a form's block letters: the surname in capitals, a
    comma, the given names (``ISENIA, Jurmaine Ruthsel``)."""
    c = _value_candidate(p, _SHOUTED_INVERTED, start, end)
    if c is None or any(is_blocked(w.text.title(), p.lex) for w in c.words):
        return None
    return c


def _value_candidate(
    p: _Page, shape: regex.Pattern[str], start: int, end: int
) -> Candidate | None:
    """The candidate over group 1 of ``shape`` when it fills a label value from
    ``start`` to ``end``: its tokens and its words."""
    m = shape.fullmatch(p.view.text, start, end)
    if m is None:
        return None
    first = p.tok_index_at(m.start(1))
    last = p.tok_index_at(m.end(1)) - 1
    if first < 0 or last < first:
        return None
    words = tuple(t for t in p.toks[first : last + 1] if t.kind == "word")
    return Candidate(first, last, p.toks[first].start, p.toks[last].end, words)


def _inverted_initials(p: _Page, start: int, end: int) -> Candidate | None:
    """An address header's recipient written as surname, comma, initials and the
    surname's particles (``Winkel, J.H. te``): initials after the comma make the word
    before it a surname, also when it is a word of the language."""
    c = _value_candidate(p, _INVERTED_INITIALS_ITEM, start, end)
    if c is None or not c.words or c.words[0].key in p.lex.role_words:
        return None  # "Voorzitter, J.H.": a function and its holder's initials
    return c


def _display_hits(
    p: _Page, start: int, end: int, rule: str, *, many: bool, single: bool
) -> list[Hit]:
    """A label value: Outlook-style items ("Jansen, P.; Kaya, Ö. (Özlem) - DIR") or names.

    Items separated by ";" (or a value that is one item) are first read as display
    names; what does not read as one goes to :func:`_value_hits`.
    """
    text = p.view.text
    value = text[start:end]
    if ";" not in value and value.count(",") != 1:
        return _value_hits(p, start, end, rule, many=many, single=single)
    out: list[Hit] = []
    a = start
    for piece in value.split(";"):
        b = a + len(piece)
        # "Adebayo, Oluwaseun <o.adebayo@...>": a personal address (with a separator,
        # not "vergunningen@") backs an unlisted name.
        addr = _EMAIL.search(piece)
        mailed = addr is not None and bool(regex.search(r"[._\-]", addr.group(1)))
        # an Outlook recipient list ("CC: team@x.nl; Haverkamp, Yusra"): each item
        # of the form "Achternaam, Voornaam" is a person's display name
        listed = rule == "label_mail_header" and ";" in value
        c = _name_of(p, a, b, loose=True, stamped=mailed or listed) if "," in piece else None
        if c is None and rule == "label_naam":
            c = _shouted_inverted(p, a, b)  # "Naam + voornamen: ISENIA, Jurmaine Ruthsel"
        if c is None and rule == "label_mail_header":
            c = _inverted_initials(p, a, b)  # "CC: Winkel, J.H. te": whatever "Winkel" is
        if c is not None and "," in text[c.start : c.end] and p.ok(c):
            out.append(p.hit(c, rule, 0.8, CONTEXT_RECOGNIZER))
        elif piece.strip():
            out.extend(_value_hits(p, a, b, rule, many=many, single=single))
        a = b + 1
    return out


# Labels of a form's name fields: filled in block letters too ("Roepnaam: WAHIDA")
_FORM_LABELS = frozenset({"label_naam", "label_person"})

# Labels whose value is often an organisation or a mailbox: a single unlisted
# word there is not taken for a surname.
_LOOSE_LABELS = frozenset({"mail_header", "actie", "vergadering"})


def _genitive_article(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Token ``k`` is ``der`` or ``des`` with no particle before it (``inspecteur-generaal
    der Mijnen``): an office's genitive, which opens no name of its own (``van der
    Berg`` does)."""
    return toks[k].text in ("der", "des") and not (k and is_particle(toks[k - 1], lex))


def _value_hits(
    p: _Page, start: int, end: int, rule: str, *, many: bool, single: bool = False
) -> list[Hit]:
    """Names at the starts of the items of a label value (items split on , ; en & /)."""
    lex = p.lex
    out = []
    k = p.tok_index_at(start)
    toks = p.toks
    while k < len(toks) and toks[k].start < end:
        # Skip a leading role or lowercase word ("burgemeester R.M. Dijkhuizen").
        after_role = False
        unit_head = False
        while k < len(toks) and toks[k].start < end and toks[k].kind == "word":
            t = toks[k]
            if (
                is_particle(t, lex)
                and k + 1 < len(toks)
                and is_namey(toks[k + 1], lex)
                and not _genitive_article(toks, k, lex)  # "inspecteur-generaal der Mijnen"
            ):
                break
            if t.text[0].islower():
                j, seen = skip_titles(toks, k, lex)
                if seen:
                    k = j
                    after_role = True
                    continue
                if fold(t.text) in lex.stopwords:
                    break
                after_role = fold(t.text) in lex.role_words
                unit_head = fold(t.text) in _UNIT_HEADS
                k += 1
                continue
            break
        j, seen = skip_titles(toks, k, lex)
        c = (
            candidate_at(toks, j, lex, cross_lines=many, caps=rule in _FORM_LABELS)
            if j < len(toks)
            else None
        )
        if c is not None and many:
            c = _before_next_label(p, c)
        if c is not None and j > 1 and _genitive_article(toks, j - 1, lex):
            c = None  # "inspecteur-generaal der Mijnen": the office's genitive, no name
        if (
            c is not None
            and unit_head
            and not seen
            and len(c.words) == 1
            and not lex.is_first_name(c.words[0].bare)
            and not lex.is_surname(c.words[0].bare)
        ):
            c = None  # "E.W. Siersema, hoofd Netwerkmanagement": the unit he heads
        found = (
            c is not None
            and c.first == j
            and c.end <= end
            and _whole_name(c, lex, single_ok=seen or after_role or single or _org_after(p, c))
            and p.ok(c)
            and not _firm_ampersand(toks, c)
        )
        if found and c is not None:
            out.append(p.hit(c, rule, 0.8, CONTEXT_RECOGNIZER))
        elif not many and not out:
            break
        # On to the next item.  In a block (an attendee list) each line starts an
        # item too; what stands in brackets after a name is its affiliation or
        # code ("Jan Bos (JBo, Heijmans)"), never the next item.
        k = (c.last + 1) if (found and c is not None) else j
        while k < len(toks) and toks[k].start < end:
            t = toks[k]
            if many and k > j and t.newline_before:
                break
            k += 1
            if t.text == "(":
                close = k
                while close < len(toks) and toks[close].start < end:
                    if toks[close].text == ")" or toks[close].newline_before:
                        break
                    close += 1
                if close < len(toks) and toks[close].text == ")":
                    k = close + 1
                continue
            if t.text in ",;&/" or (t.kind == "word" and t.text in ("en", "and")):
                break
        else:
            break
    return out


# Roles that head a unit: the capitalised word after one names the unit, not a person
# ("hoofd Netwerkmanagement", "teamleider Handhaving")
_UNIT_HEADS = frozenset(
    {"hoofd", "afdelingshoofd", "teamleider", "directeur", "manager", "coördinator",
     "coordinator", "chef", "leidinggevende", "programmamanager", "clustermanager"}
)


def _firm_ampersand(toks: list[Tok], c: Candidate) -> bool:
    """``Lindeboom & Achterberg Advocaten``: one surname-like word joined by ``&`` to
    another capitalised word: a firm's name (partners' names), not a person."""
    k = c.last + 1
    return (
        len(c.words) == 1
        and k + 1 < len(toks)
        and toks[k].text == "&"
        and not toks[k + 1].newline_before
        and toks[k + 1].kind == "word"
        and is_capitalised(toks[k + 1].text)
    )


def _org_after(p: _Page, c: Candidate) -> bool:
    """An organisation in brackets after the name: "Okafor (JenV)", "Jansen (BZK)"."""
    k = c.last + 1
    toks = p.toks
    return (
        k + 2 < len(toks)
        and toks[k].text == "("
        and not toks[k].newline_before
        and toks[k + 1].kind == "word"
        and sum(ch.isupper() for ch in toks[k + 1].text) >= 2
        and toks[k + 2].text == ")"
    )


def _before_next_label(p: _Page, c: Candidate) -> Candidate | None:
    """Cut a run that crosses into the next line's label ("mw. Qureshi" / "Afwezig: ...")."""
    pattern, _ = _label_regex(p.lex)
    for n, w in enumerate(c.words):
        if n and w.newline_before:
            line_start = p.view.text.rfind("\n", 0, w.start) + 1
            if pattern.match(p.view.text, line_start):
                words = c.words[:n]
                if not words:
                    return None
                return Candidate(c.first, c.first + n - 1, words[0].start, words[-1].end, words)
    return c


_QUOTES = frozenset({"'", '"', "’", "”", "‘", "“"})


def _mail_display_hits(p: _Page) -> list[Hit]:
    out = []
    lex = p.lex
    for m in _MAIL_ANGLE.finditer(p.view.text):
        i = p.tok_index_at(m.start()) - 1
        if i < 0 or p.toks[i].end > m.start():
            continue
        if i > 0 and p.toks[i].text in _QUOTES and not p.toks[i].gap:
            i -= 1  # "'Brink, Jaap' <j.brink@...>": the display name in quotes
        j = i
        while (
            j > 0
            and not p.toks[j].newline_before
            and (
                is_namey(p.toks[j - 1], lex)
                or is_particle(p.toks[j - 1], lex)
                or p.toks[j - 1].kind == "init"
            )
        ):
            j -= 1
        # "Kamphuis, Iris <...>"
        c = candidate_at(p.toks, j, lex, cross_lines=False)
        if c is None or c.last != i:
            continue
        inverted = _inverted_header_name(p, j, c)
        if inverted is not None:
            out.append(inverted)
            continue
        if _whole_name(c, lex, single_ok=False) and p.ok(c):
            first = c
            if (
                j >= 2
                and p.toks[j - 1].text == ","
                and not p.toks[j - 1].newline_before
                and not p.toks[j].newline_before
            ):
                prev = candidate_at(p.toks, j - 2, lex, cross_lines=False)
                k = j - 2
                while k > 0 and (is_namey(p.toks[k - 1], lex) or is_particle(p.toks[k - 1], lex)):
                    k -= 1
                prev = candidate_at(p.toks, k, lex, cross_lines=False)
                if (
                    prev is not None
                    and prev.last == j - 2
                    and lex.is_first_name(c.words[0].bare)
                    # "een journalist van Trouw, Merel Stroeve (...)": a newspaper
                    and not any(is_not_name(w.text, lex) for w in prev.words)
                ):
                    out.append(
                        p.hit((prev.start, c.end), "mail_display_name", 0.9, CONTEXT_RECOGNIZER)
                    )
                    continue
            out.append(p.hit(first, "mail_display_name", 0.9, CONTEXT_RECOGNIZER))
    return out


# The labels of an e-mail's header lines that list persons.
_MAIL_PERSON_LABELS = frozenset({"aan", "cc", "bcc", "to", "van", "from"})


# "From: WOJCIK-LAURENT Katarzyna (ENV) <...>": the EU institutions' display name, the
# surname in capitals before the given name, without a comma
_SHOUTED_HEADER_NAME = regex.compile(
    r"(?<![\p{L}\-'])(\p{Lu}{2,}(?:[\-'’]\p{Lu}{2,})*(?:[ ]\p{Lu}{2,}(?:[\-'’]\p{Lu}{2,})*)?)"
    r"[ ]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:\(|<|;|,|$))",
    regex.M,
)
_MAIL_HEADER_LINE = regex.compile(
    rf"(?im)^[ \t>]*(?:{'|'.join(sorted(_MAIL_PERSON_LABELS))})[ \t]*:[^\n]*"
)


def _shouted_header_hits(p: _Page) -> list[Hit]:
    """A mail header's display name written ``SURNAME Given`` (the surname in capitals,
    as the European Commission writes it): a person, when neither part is a known
    abbreviation, organisation or function word, and a bracket, an address, a separator
    or the line's end follows."""
    lex = p.lex
    out = []
    text = p.view.text
    for line in _MAIL_HEADER_LINE.finditer(text):
        for m in _SHOUTED_HEADER_NAME.finditer(text, line.start(), line.end()):
            caps, given = m.group(1), m.group(2)
            if any(
                w in lex.acronyms or fold(w) in lex.org_words or fold(w) in lex.stopwords
                for w in regex.split(r"[ \-'’]", caps)
            ) or len(caps.replace("-", "").replace(" ", "")) < 3:
                continue
            if fold(given) in lex.org_words or fold(given) in lex.stopwords:
                continue
            s, e = p.view.span(m.start(), m.end())
            out.append(Hit(s, e, "mail_display_name", 0.85, CONTEXT_RECOGNIZER, "context"))
    return out


# "Aan: Hof, J. van 't <j.vanthof@...>": a surname, a comma, the initials and the
# particles that go before the surname, right before the address
_INVERTED_INITIALS_NAME = (
    r"\p{Lu}[\p{L}'’\-]+(?:[ ]\p{Lu}[\p{L}'’\-]+)?,[ ]+(?:\p{Lu}\.){1,4}"
    r"(?:[ ]+(?:van|de|der|den|ter|ten|te|'t|’t|het|in|op|el|al|da|di|du|le|la)){0,3}"
)
INVERTED_INITIALS = regex.compile(_INVERTED_INITIALS_NAME)
# an address header's recipient in that form, alone between separators ("; Winkel, J.H. te")
_INVERTED_INITIALS_ITEM = regex.compile(r"[ \t]*(" + _INVERTED_INITIALS_NAME + r")[ \t]*")
_INVERTED_INITIALS_BEFORE_ADDRESS = regex.compile(
    r"(?<![\p{L}\-'’])" + _INVERTED_INITIALS_NAME + r"(?=[ \t]*<)"
)


# "Henk (zo noemt de eigenaar zichzelf)", "Ola, zoals u uw partner noemde,": a word
# that the sentence says someone is called
_CALLED = regex.compile(
    r"(?<![\p{L}\-])\p{Lu}\p{Ll}{1,15}(?="
    r"[ \t]*\([ \t]*(?:zo|zoals|zo[ \t]+als)[ \t]+(?:\p{Ll}+[ \t]+){0,4}"
    r"(?:noemt|noemde|noemen|noemden|heet|heette|genoemd)(?![\p{L}])"
    r"|,[ \t\n]+zoals[ \t\n]+(?:\p{Ll}+[ \t\n]+){1,4}"
    r"(?:noemt|noemde|noemen|noemden|heet|heette)(?![\p{L}]))"
)


def _called_hits(p: _Page) -> list[Hit]:
    """A name that the sentence says someone goes by (``Henk (zo noemt de eigenaar
    zichzelf)``, ``Ola, zoals u uw partner noemde,``), unless it is a word for a thing."""
    out = []
    for m in _CALLED.finditer(p.view.text):
        if fold(m.group()) in p.lex.stopwords or p.lex.is_common_noun(m.group()):
            continue
        out.append(p.hit(m.span(), "called", 0.75, CONTEXT_RECOGNIZER))
    return out


def _inverted_initials_header_hits(p: _Page) -> list[Hit]:
    """A mail header's display name written ``Surname, I. particles`` before the address
    (``Aan: Hof, J. van 't <...>``), the surname no organisation or function word."""
    lex = p.lex
    out = []
    text = p.view.text
    for line in _MAIL_HEADER_LINE.finditer(text):
        for m in _INVERTED_INITIALS_BEFORE_ADDRESS.finditer(text, line.start(), line.end()):
            surname = m.group().split(",")[0]
            if any(fold(w) in lex.stopwords or w in lex.acronyms for w in surname.split()):
                continue
            s, e = p.view.span(m.start(), m.end())
            out.append(Hit(s, e, "mail_display_name", 0.9, CONTEXT_RECOGNIZER, "context"))
    return out


def _inverted_header_name(p: _Page, j: int, c: Candidate) -> Hit | None:
    """``From: O'BRIEN, Siobhan <sob@...>``: on a mail header line, a surname (also in
    capitals), a comma and a given name right before the address are one name, listed
    or not."""
    toks, lex = p.toks, p.lex
    if j < 4 or toks[j - 1].text != "," or toks[j].newline_before or toks[j - 1].newline_before:
        return None
    k = j - 2
    while k > 0 and not toks[k].newline_before and is_namey(toks[k - 1], lex, caps=True):
        k -= 1
    if k < 2 or toks[k - 1].text != ":" or fold(toks[k - 2].text) not in _MAIL_PERSON_LABELS:
        return None
    surname = toks[k : j - 1]
    if not surname or not all(is_namey(t, lex, caps=True) for t in surname):
        return None
    if not all(is_namey(t, lex) for t in c.words if t.kind == "word"):
        return None
    return p.hit((toks[k].start, c.end), "mail_display_name", 0.9, CONTEXT_RECOGNIZER)


def _mail_recipient_hits(p: _Page) -> list[Hit]:
    """``CC: El Amrani, Yasmina <...>; inkoop@...; Roshni`` / ``Ramsaran-Mahabier``: in
    an e-mail's Aan/CC/Van line (and the lines it wraps onto), an entry between
    semicolons without an address is a display name; two or more name words that
    are no organisation are a person's, listed or not."""
    out = []
    toks = p.toks
    n = len(toks)
    for i in range(n - 1):
        t = toks[i]
        if not (i == 0 or t.newline_before) or fold(t.text) not in _MAIL_PERSON_LABELS:
            continue
        if toks[i + 1].text != ":" or toks[i + 1].newline_before:
            continue
        j = i + 2
        while j < n:
            k = j  # one entry: up to a semicolon, the line's end or the next label
            while (
                k < n
                and toks[k].text != ";"
                and not (
                    k > j
                    and toks[k].newline_before
                    and (toks[k].blank_before or (k + 1 < n and toks[k + 1].text == ":"))
                )
            ):
                k += 1
            entry = toks[j:k]
            if entry and not any(x.text in ("@", "<", ">") or "@" in x.text for x in entry):
                c = candidate_at(toks, j, p.lex)
                if (
                    c is not None
                    and c.first == j
                    and c.last == k - 1
                    and len(_surname_words(c, p.lex)) >= 2
                    and p.ok(c)
                ):
                    out.append(p.hit(c, "mail_recipient", 0.7, CONTEXT_RECOGNIZER))
            if k >= n or toks[k].text != ";":
                break
            j = k + 1
    return out


# What may stand before ``Achternaam, Voornaam`` on a table's line: a row number and
# codes in capitals and digits ("4 ONT-25-0340 Ramsaran, R.K.").
_ROW_PREFIX = regex.compile(r"[ \t|]*(?:(?=[A-Z0-9\-/.]*\d)[A-Z0-9][A-Z0-9\-/.]*[ \t|]+)*")


def _inverted_surname(p: _Page, s: int, comma: int) -> Candidate | None:
    """The surname run ending at the line's comma: at the line start, or after a
    row number and codes."""
    m = _ROW_PREFIX.match(p.view.text, s, comma)
    starts = [s] if m is None or m.end() == s else [s, m.end()]
    for pos in starts:
        i = p.tok_index_at(pos)
        c1 = candidate_at(p.toks, i, p.lex, cross_lines=False, caps=True)
        if c1 is not None and c1.end == comma:
            return c1
        c1 = _particles_first(p, i, comma)  # "van 't Hof, Tjitske"
        if c1 is not None:
            return c1
    return None


def _inverted_hits(p: _Page) -> list[Hit]:
    """A line ``Kamphuis, Iris`` (Outlook's display name), also in a table's row after
    its number and codes (``4 ONT-25-0340 Ramsaran, R.K.``) and with the given name or
    initials in the cell's next line (``Tesfamariam,`` / ``Yonas``)."""
    out = []
    lex = p.lex
    for s, e in _lines(p.view.text):
        line = p.view.text[s:e]
        if line.count(",") != 1:
            continue
        comma = s + line.index(",")
        c1 = _inverted_surname(p, s, comma)
        # (particles make even a word a surname: "van 't Hof")
        if c1 is None or not (_surname_words(c1, lex) or is_particle(c1.words[0], lex)):
            continue
        if fold(p.view.text[c1.start : c1.end]) in lex.closing_keys:
            continue  # "Groetjes, Bram": a closing and a signature, not "Achternaam, Voornaam"
        j = p.tok_index_at(comma + 1)
        wrapped = not line[comma + 1 - s :].strip() and c1.start > s
        if j >= len(p.toks) or (p.toks[j].newline_before and not wrapped):
            continue
        if wrapped and p.toks[j].gap.count("\n") > 2:
            continue
        c2 = candidate_at(p.toks, j, lex, cross_lines=False, caps=True)
        if c2 is None and p.toks[j].kind == "init":
            t = p.toks[j]
            c2 = Candidate(j, j, t.start, t.end, (t,))  # "Jansen, P."
        if c2 is None:
            continue
        c2_end = p.view.text.find("\n", c2.end)
        if p.view.text[c2.end : len(p.view.text) if c2_end < 0 else c2_end].strip(" ."):
            continue
        given = c2.words[0]
        if any(
            is_particle(t, lex) and c2.words[j + 1].kind == "word"
            for j, t in enumerate(c2.words[:-1])
        ):
            continue  # "E.A. Vermeulen, Youssef el Idrissi": two names in a list
        if (
            (given.kind == "init" or lex.is_first_name(given.bare))
            and p.ok(c1)
            and not is_not_name(p.view.text[s:e], lex)
        ):
            start = _wrapped_head(p.view.text, c1.start) if c1.start == s else c1.start
            out.append(p.hit((start, c2.end), "inverted_name", 0.85, CONTEXT_RECOGNIZER))
    return out


# The head of a double surname that a table cell wrapped after its hyphen or particle
# ("Sijbrandij-de" / "Visser, A."), at the end of the line before (a blank line between).
_WRAPPED_HEAD = regex.compile(
    r"(?<![\p{L}])\p{Lu}[\p{Ll}\p{M}']+-(?:\p{Ll}{1,3}|)[ \t]*\n(?:[ \t]*\n)?[ \t]*\Z"
)


def _wrapped_head(text: str, start: int) -> int:
    """Where a name starting a line begins when the line before ends in the head of
    its double surname; else ``start``."""
    m = _WRAPPED_HEAD.search(text, max(0, start - 60), start)
    return m.start() if m is not None else start


def _squash(word: str) -> str:
    return "".join(ch for ch in fold(word) if ch.isalpha())


def _email_hits(p: _Page) -> list[Hit]:
    """A capitalised run whose words make up an e-mail address on the same page."""
    lex = p.lex
    locals_ = {_squash(m.group(1)) for m in _EMAIL.finditer(p.view.text)}
    locals_ = {lp for lp in locals_ if len(lp) >= 4}
    if not locals_:
        return []
    out = []
    covered = -1
    toks = p.toks
    for i, t in enumerate(toks):
        if t.start < covered or (
            not is_namey(t, lex) and not (is_particle(t, lex) and t.text[0].isupper())
        ):
            continue
        if (
            i > 0
            and (is_namey(toks[i - 1], lex) or is_particle(toks[i - 1], lex))
            and not t.newline_before
        ):
            continue  # not the start of a run
        if (
            i > 0
            and not t.newline_before
            and toks[i - 1].text.islower()
            and is_org_word(toks[i - 1].key, lex)
        ):
            continue  # "directie Digitale Samenleving" and "digitale.samenleving@": a unit
        # The run, crossing single line breaks (a wrapped table cell).
        run: list[Tok] = []
        j = i
        while j < len(toks) and len(run) < 6:
            u = toks[j]
            if run and u.blank_before:
                break
            if not (is_namey(u, lex) or is_particle(u, lex)):
                break
            run.append(u)
            j += 1
        for lp in locals_:
            parts = [_squash(u.bare) for u in run]
            inside = [bool(x) and x in lp for x in parts]
            # Longest prefix of the run with its last word in the address.
            last = max(
                (k for k, ok in enumerate(inside) if ok and (len(parts[k]) >= 3 or k >= 2)),
                default=-1,
            )
            if last < 1:
                continue
            words = run[: last + 1]
            if is_particle(words[0], lex) and len(words) < 2:
                continue
            hits = sum(1 for k in range(last + 1) if inside[k] and not is_particle(run[k], lex))
            first_ok = inside[0] or lp.startswith(parts[0][:1])
            if not any(
                lex.is_first_name(w.bare) or lex.is_surname(w.bare) or lex.is_name_shaped(w.bare)
                for w in words
                if not is_particle(w, lex)
            ):
                continue  # "Team Bijzondere Bijstand" and "bijzonderebijstand@": a desk
            if hits >= 1 and first_ok and (hits >= 2 or len(words) >= 2):
                # Words on a next line must be in the address too.
                if any(w.newline_before and not inside[k] for k, w in enumerate(words) if k):
                    continue
                c = Candidate(i, i + len(words) - 1, words[0].start, words[-1].end, tuple(words))
                if p.ok(c) and len(_surname_words(c, lex)) >= 1:
                    out.append(p.hit(c, "email_localpart", 0.85, CONTEXT_RECOGNIZER))
                    covered = c.end
                    break
    return out


def _email_line_hits(p: _Page) -> list[Hit]:
    """A line that is a name matching an e-mail address on the page by initial and surname.

    ``n.bouma@`` and the cell ``Pieternella (Nel) Bouma``; ``j.liu@`` and ``Liu
    Jianguo`` (family name first); ``b.vanderzee@`` and ``Baukje van der Zee``.
    """
    lex = p.lex
    keys: set[tuple[str, str]] = set()  # (initial letters, squashed surname)
    for m in _EMAIL.finditer(p.view.text):
        parts = [x for x in regex.split(r"[._\-]", fold(m.group(1))) if x]
        if len(parts) == 2 and parts[0].isalpha() and parts[1].isalpha() and len(parts[1]) >= 2:
            keys.add((parts[0], parts[1]))
    if not keys:
        return []
    out = []
    toks = p.toks
    for s, e in _lines(p.view.text):
        i = p.tok_index_at(s)
        run: list[Tok] = []
        j = i
        while j < len(toks) and toks[j].start < e:
            run.append(toks[j])
            j += 1
        words = [t for t in run if t.kind == "word"]
        if not 2 <= len(words) <= 6 or len(run) > len(words) + 2:
            continue
        if any(t.kind == "punct" and t.text not in "()" for t in run):
            continue
        if not all(is_namey(t, lex) or is_particle(t, lex) for t in words):
            continue
        if not is_namey(words[0], lex) and not words[0].text[0].isupper():
            continue
        folded = [_squash(t.bare) for t in words]
        for initials, surname in keys:
            # The surname: one word or a run of words (with particles) that squash to it.
            at = next(
                (
                    (a, b)
                    for a in range(len(folded))
                    for b in range(a + 1, len(folded) + 1)
                    if "".join(folded[a:b]) == surname
                ),
                None,
            )
            if at is None:
                continue
            others = [k for k in range(len(folded)) if not at[0] <= k < at[1]]
            given = [k for k in others if folded[k][:1] == initials[:1]]
            if given:
                # the name's words only: "Tomasz Wiśniewski Liander", a table row read as
                # one line, holds the next cell's organisation after the surname
                last = run.index(words[max(at[1] - 1, given[-1])])
                while last + 1 < len(run) and run[last + 1].text == ")":
                    last += 1
                span = run[: last + 1]
                c = Candidate(i, i + last, span[0].start, span[-1].end, tuple(span))
                if p.ok(c):
                    out.append(p.hit(c, "email_localpart", 0.85, CONTEXT_RECOGNIZER))
                break
    return out


def _bullet_hits(p: _Page) -> list[Hit]:
    out = []
    lex = p.lex
    for m in _BULLET.finditer(p.view.text):
        i = p.tok_index_at(m.end())
        j, _ = skip_titles(p.toks, i, lex)
        c = candidate_at(p.toks, j, lex, cross_lines=False)
        if c is None or c.first != j or len(_surname_words(c, lex)) < 2:
            continue
        nxt = p.toks[c.last + 1] if c.last + 1 < len(p.toks) else None
        if nxt is not None and not nxt.newline_before and nxt.text not in ",(;–":
            continue
        if p.ok(c):
            out.append(p.hit(c, "bullet", 0.55, CONTEXT_RECOGNIZER))
    return out


# A chat handle: "pieter.vandijk", "j_devries", "@anouk.jansen" (not an e-mail address,
# file name or URL: no "@" or "." with a word right after it).
_HANDLE = regex.compile(
    r"(?<![\w@./:\-])(?P<at>@)?(?P<h>\p{Ll}[\p{Ll}'\-]*(?:[._]\p{Ll}[\p{Ll}'\-]*){1,3})"
    r"(?![\w@]|[.\-_]\w)"
)
_NOT_HANDLE_ENDS = frozenset(
    {"nl", "com", "org", "net", "eu", "be", "de", "pdf", "html", "htm", "docx", "xlsx", "txt"}
)


def _handle_hits(p: _Page) -> list[Hit]:
    """A lowercase handle in a chat: as author before a time stamp or after "@".

    The first part must be a listed given name (or an initial), unless "@" marks
    the handle and a later part is a listed surname.
    """
    out = []
    lex = p.lex
    text = p.view.text
    for m in _HANDLE.finditer(text):
        handle = m.group("h")
        parts = regex.split(r"[._]", handle)
        if parts[-1] in _NOT_HANDLE_ENDS or any(len(x) < 1 for x in parts):
            continue
        line_end = text.find("\n", m.end())
        rest = text[m.end() : len(text) if line_end < 0 else line_end]
        line_start = text.rfind("\n", 0, m.start()) + 1
        author = not text[line_start : m.start()].strip() and regex.fullmatch(
            rf"[ \t]*,?[ \t]*\[?{_STAMP}\]?[ \t]*:?[ \t]*", rest
        )
        first_ok = lex.is_first_name(parts[0]) or (len(parts[0]) <= 2 and len(parts) >= 2)
        named = first_ok or any(lex.is_surname(x) for x in parts[1:])
        if not named and m.group("at") and len(parts) == 2:
            # "@siti.wulandari": two unlisted words joined as a chat's user name, none
            # a word of the language or an organisation's
            named = all(
                len(x) >= 3
                and x.isalpha()
                and x not in lex.stopwords
                and not lex.is_common_noun(x)
                and not is_org_word(x, lex)
                for x in parts
            )
        if (author or m.group("at")) and named:
            out.append(p.hit(m.span("h"), "handle", 0.8, CONTEXT_RECOGNIZER))
    for m in _SOCIAL_HANDLE.finditer(text):
        # "@RoosjeV_83", "@xMarco_Kramer": a social-media user name with digits, an
        # underscore or capitals inside, one of whose parts is a listed name
        parts = [x for x in _HANDLE_PARTS.findall(m.group("h")) if len(x) >= 3]
        if any(is_org_word(fold(x), lex) or fold(x) in lex.stopwords for x in parts):
            continue  # "@GemeenteAmersfoort": an organisation's account
        if any(lex.is_first_name(x) or lex.is_surname(x) for x in parts):
            out.append(p.hit(m.span("h"), "handle", 0.7, CONTEXT_RECOGNIZER))
    for m in _MENTION.finditer(text):
        # "@Femke kun jij ...", "@Femke de Jong": a person mentioned in a chat
        i = p.tok_index_at(m.start(1))
        if i >= len(p.toks) or p.toks[i].start != m.start(1):
            continue
        c = candidate_at(p.toks, i, lex, cross_lines=False)
        t = p.toks[i]
        if c is None or is_blocked(t.text, lex) or is_org_word(t.key, lex):
            continue
        if lex.is_first_name(t.bare) or lex.is_surname(t.bare) or len(c.words) >= 2:
            out.append(p.hit(c, "handle", 0.8, CONTEXT_RECOGNIZER))
    return out


_MENTION = regex.compile(r"(?<![\w.@])@(\p{Lu}\p{Ll})")
# a social-media handle that no lowercase handle rule reads: digits, an underscore or a
# capital inside ("@RoosjeV_83", "@xMarco_Kramer")
_SOCIAL_HANDLE = regex.compile(
    r"(?<![\w@./:\-])@(?P<h>(?=[\w.]*(?:\d|_|\p{Ll}\p{Lu}))\p{L}[\p{L}\d_.]{1,30}[\p{L}\d_])(?![\w@])"
)
_HANDLE_PARTS = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")


# "X Y van het team Werk en Inkomen", "X Y van de afdeling Vergunningen".
_UNIT_AFTER = regex.compile(
    r"\A[ \t]*(?:,[ \t]*)?(?:van|bij)[ \t]+(?:het[ \t]+|de[ \t]+)?"
    r"(?:team|afdeling|directie|cluster|sector|unit|eenheid|dienst)\b",
    regex.IGNORECASE,
)


# "Yonas Tekle van het Rode Kruis", "Marit Hoen bij de Omgevingsdienst Twente": a
# person of a named organisation.
_ORG_NAME_AFTER = regex.compile(
    # the organisation may open the next line of wrapped prose ("van het" / "Hoogheemraadschap")
    r"\A[ \t]*(?:van|bij)[ \t]+(?:het[ \t]*\n?[ \t]*|de[ \t]*\n?[ \t]*)?"
    r"(\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*){0,3})"
)


def _org_name_after(after: str, lex: Lexicon) -> bool:
    m = _ORG_NAME_AFTER.match(after)
    if m is None:
        return False
    words = m.group(1).split()
    return any(is_org_word(fold(w), lex) for w in words) or any(
        fold(" ".join(words[:n])) in lex.not_names for n in range(1, len(words) + 1)
    )


def _before_org_name(c: Candidate, text: str, lex: Lexicon) -> Candidate:
    """The run cut before ``van``/``bij`` and an organisation's name, which the run
    took for particles and a surname ("Yonas Tekle | van het Rode Kruis")."""
    for n, w in enumerate(c.words):
        if n >= 2 and w.text in ("van", "bij") and _org_name_after(text[w.start :], lex):
            keep = c.words[:n]
            return Candidate(c.first, c.first + n - 1, c.start, keep[-1].end, keep)
    return c


_ACRONYM_AFTER = regex.compile(
    r"\A[ \t]*\n?[ \t]*(?:van|bij)[ \t\n]+(?:de[ \t\n]+|het[ \t\n]+)?\p{Lu}{2,6}(?![\p{L}\d])"
)
def _capitalised_parts(word: str) -> bool:
    parts = word.split("-")
    return len(parts) > 1 and all(q[:1].isupper() for q in parts)


def _plain_name_words(c: Candidate, lex: Lexicon) -> bool:
    """Two or three capitalised words, none a function word, organisation word, noun
    or listed place: what is left of a name when no list knows it.  Lower-case
    particles between them belong to the name ("Thuy de Gebremedhin")."""
    words = [w for w in c.words if w.kind == "word"]
    particles = False
    if len(words) > 2 and is_capitalised(words[0].text) and is_capitalised(words[-1].text):
        inner = [w for w in words[1:-1] if not (is_particle(w, lex) and w.text[:1].islower())]
        particles = len(inner) < len(words) - 2
        words = [words[0], *inner, words[-1]]
    return 2 <= len(words) <= 3 and all(
        is_capitalised(w.text)
        and not is_blocked(w.text, lex)
        and not is_org_word(w.key, lex)
        and not lex.is_common_noun(w.bare)
        # a listed place after particles is the surname ("van der Vries")
        and (w.key not in lex.places or (particles and w is words[-1]))
        for w in words
    )


_ACRONYM_IN_BRACKETS = regex.compile(r"\A[ \t]*\(\p{Lu}[\p{Lu}\p{Ll}&]{1,6}\)")
# the job in brackets, also on the next line
_ROLE_IN_BRACKETS = regex.compile(r"\A[ \t]*\n?[ \t]*\((\p{Ll}[\p{L}\-]+)\)")


# words for a relative: a capitalised word after one is a name even where its ending
# makes it read as a noun ("vader Tammeling"); no portfolio follows them, as one may
# follow "wethouder" ("wethouder Ruimtelijke Ordening")
_RELATIVES = frozenset(
    {"vader", "moeder", "zoon", "dochter", "broer", "zus", "zuster", "oom", "tante", "opa",
     "oma", "neef", "nicht", "echtgenoot", "echtgenote", "schoonvader", "schoonmoeder",
     "schoonzoon", "schoondochter", "stiefvader", "stiefmoeder", "kleinzoon", "kleindochter"}
)


# titles and offices that are Dutch surnames too ("Prins", "Koning", "Burgemeester")
ROLE_SURNAMES = frozenset(
    {"prins", "koning", "burgemeester", "keizer", "graaf", "hertog", "bisschop", "paus",
     "deken", "koster", "schepen", "baron", "ridder", "heemraad", "dijkgraaf", "schout",
     "drost"}
)


def _role_surname_after_person_noun(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """``namens zijn buurman Prins``: a capitalised office that is a surname too, right
    after a lower-case noun for a private person (no office itself), inside a sentence,
    with no capitalised word after it (``buurman Prins Bernhard`` would be the prince)."""
    t = toks[i]
    if (
        i == 0
        or t.newline_before
        or t.kind != "word"
        or not is_capitalised(t.text)
        or t.key not in ROLE_SURNAMES
    ):
        return False
    prev = toks[i - 1]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        prev.kind == "word"
        and prev.text[:1].islower()
        and fold(prev.text) not in lex.role_words
        and fold(prev.text) not in _public_role_keys(lex)
        and is_person_noun(prev.text, lex)
        and not (nxt is not None and not nxt.newline_before and is_capitalised(nxt.text))
    )


def _relative_of(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """``vader van Elif``, ``de ouders van Daan``: one capitalised word after a word
    for a relative and ``van``, inside a sentence, that no rule calls a noun or place."""
    t = toks[i]
    if i < 2 or t.newline_before or toks[i - 1].text != "van" or toks[i - 1].newline_before:
        return False
    rel = toks[i - 2]
    if rel.kind != "word" or (rel.text not in _RELATIVES and rel.text not in _PARENTS):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        not lex.is_common_noun(t.bare)
        and t.key not in lex.places
        and not is_org_word(t.key, lex)
        and not (nxt is not None and not nxt.newline_before and is_capitalised(nxt.text))
    )


_PARENTS = frozenset({"ouders", "ouder", "verzorgers", "verzorger", "pleegouders", "grootouders"})


def _relative_van(toks: list[Tok], k: int) -> bool:
    """``de dochter van`` right before token ``k`` on its line (``... van Van Dam``)."""
    return (
        k >= 2
        and toks[k - 1].text == "van"
        and not toks[k - 1].newline_before
        and toks[k - 2].kind == "word"
        and (toks[k - 2].text in _RELATIVES or toks[k - 2].text in _PARENTS)
    )


def _after_relative(toks: list[Tok], k: int) -> bool:
    prev = toks[k - 1] if k > 0 and not toks[k].newline_before else None
    return prev is not None and prev.kind == "word" and prev.text in _RELATIVES


def _role_name_hits(p: _Page) -> list[Hit]:
    """A two-word name in running text next to a job: ``onze jurist Anand Raghunathan``,
    ``Anand Raghunathan van het team Werk en Inkomen``, ``Anand Raghunathan, beleidsadviseur``.

    The words need not be listed; public office roles are kept later by the officials stage.
    """
    out = []
    lex = p.lex
    toks = p.toks
    text = p.view.text
    covered = -1
    for i, t in enumerate(toks):
        if (
            t.start >= covered
            and i > 0
            and not t.newline_before
            and t.key in lex.word_first_names
            and is_person_noun(toks[i - 1].text, lex, sentence_start=_starts(toks, i - 1))
            and (w := word_first_name_at(toks, i, lex)) is not None
            and p.ok(w)
        ):
            out.append(p.hit(w, "role_name", 0.7, CONTEXT_RECOGNIZER))  # "collega Elke Vanhoutte"
            covered = w.end
            continue
        if t.start >= covered and _role_surname_after_person_noun(toks, i, lex):
            out.append(p.hit((t.start, t.end), "role_name", 0.7, CONTEXT_RECOGNIZER))
            covered = t.end
            continue  # "namens zijn buurman Prins": the neighbour's surname
        if t.start < covered or not is_namey(t, lex) or is_particle(t, lex):
            continue
        if i > 0 and not t.newline_before and toks[i - 1].text in ("het", "Het"):
            continue  # "het Register Bbk van Rijkswaterstaat": a thing, no person
        if (
            i > 0
            and not t.newline_before
            and is_namey(toks[i - 1], lex)
            and not is_person_noun(toks[i - 1].text, lex, sentence_start=_starts(toks, i - 1))
        ):
            continue
        # "dokter Van Wijngaarden-Kok": capitalised particles open the name
        k = i
        while (
            k > 0
            and not toks[k].newline_before
            and is_particle(toks[k - 1], lex)
            and toks[k - 1].text[:1].isupper()
        ):
            k -= 1
        c = candidate_at(toks, k, lex, cross_lines=False)
        if (
            c is not None
            and c.last + 1 < len(toks)
            and toks[c.last + 1].newline_before
            and soft_wrap(toks, c.last + 1)
        ):
            over = candidate_at(toks, k, lex)  # "bij Jairo / Mulderij van de GGD" in prose
            if over is not None and over.last > c.last:
                c = over
        if c is not None:
            c = _before_org_name(c, text, lex)
        if c is None or c.first != k or not _surname_words(c, lex):
            continue
        if any(
            lex.is_common_noun(w.bare) and not _capitalised_parts(w.bare)
            for w in _surname_words(c, lex)
        ) and not _after_relative(toks, k):
            continue  # ("Mei-Ling" is no noun in -ing)
        particles = k < i
        if particles and (
            k == 0
            or toks[k].newline_before
            or not (
                is_person_noun(toks[k - 1].text, lex, sentence_start=_starts(toks, k - 1))
                or _relative_van(toks, k)
            )
        ):
            continue  # a capitalised particle only after a noun for a person
        i = k
        t = toks[i]
        # the noun may end the line before in running text ("Zijn zoon" / "Jacco, die")
        prev = toks[i - 1] if i > 0 and (not t.newline_before or soft_wrap(toks, i)) else None
        if len(_surname_words(c, lex)) < 2:
            # One word: after "collega", or a listed surname after a job ("teamleider Jansen").
            one = prev is not None and (
                particles
                or _person_noun_before(p, i)
                or _relative_of(toks, i, lex)
                # "bij Kees-Willem van team Jeugd": a given name, then the unit
                or (
                    bool(_UNIT_AFTER.match(text[c.end : c.end + 60]))
                    and all(lex.is_first_name(x) for x in t.bare.split("-"))
                    and not is_blocked(t.text, lex)
                )
                # "bellen met Visser van het Hoogheemraadschap": a listed surname, inside
                # a sentence, of an organisation named after it
                or (
                    prev.kind == "word"
                    and prev.text[:1].islower()
                    and lex.is_surname(t.bare)
                    and not lex.is_first_name(t.bare)
                    and _org_name_after(text[c.end : c.end + 60], lex)
                )
                or (
                    prev.kind == "word"
                    and (
                        fold(prev.text) in ("collega", "collega's")
                        or (
                            prev.text[0].islower()
                            and fold(prev.text) in lex.role_words
                            and lex.is_surname(t.bare)
                            and not lex.is_first_name(t.bare)
                        )
                    )
                )
            )
            if one and p.ok(c):
                out.append(p.hit(c, "role_name", 0.7, CONTEXT_RECOGNIZER))
                covered = c.end
            continue
        # A role before a full name, in any case ("teamleider Jan Bos", "Director General
        # Anders Lindqvist"): capitalised role words are titles in English documents.
        # A noun for a person before a full name, also over a line wrap ("Haar buurman"
        # / "Glenroy Courtar").
        wrapped = toks[i - 1] if i > 0 and t.newline_before and not t.blank_before else None
        role_before = any(
            w is not None
            and w.kind == "word"
            and fold(w.text) in lex.role_words
            and (w.text[0].islower() or len(_surname_words(c, lex)) >= 2)
            for w in (prev, wrapped)
        ) or any(
            w is not None
            and w.kind == "word"
            # capitalised where it opens the sentence: "gestremd. Verkeersleider Anouschka Ramdin"
            and is_person_noun(w.text, lex, sentence_start=_starts(toks, i - 1))
            for w in (prev, wrapped)
        ) or _role_apposition(toks, i, lex)
        after = text[c.end : c.end + 60]
        nxt = toks[c.last + 1] if c.last + 1 < len(toks) else None
        bracket = _ROLE_IN_BRACKETS.match(after)
        role_after = (
            bool(_UNIT_AFTER.match(after))
            # "Jairo Mulderij van de GGD": a person of an organisation by its abbreviation
            or bool(_ACRONYM_AFTER.match(after))
            # "Yonas Tekle van het Rode Kruis": of an organisation by its name
            or (_plain_name_words(c, lex) and _org_name_after(after, lex))
            # "Xiadani de Noorzai (BZK)", "Tewolde Gebrehiwet (DVZ)": a name, its
            # organisation's abbreviation in brackets
            or (
                bool(_ACRONYM_IN_BRACKETS.match(after))
                and (
                    any(is_particle(w, lex) and w.text[:1].islower() for w in c.words)
                    or _plain_name_words(c, lex)
                )
            )
            # "Ytsen de Nauta (gebiedsregisseur)": the job in brackets after the name
            or (
                bracket is not None
                and (
                    is_person_noun(bracket.group(1), lex)
                    or fold(bracket.group(1)) in lex.role_words
                )
            )
        ) or (
            nxt is not None
            and nxt.text == ","
            and c.last + 2 < len(toks)
            and toks[c.last + 2].kind == "word"
            and fold(toks[c.last + 2].text) in lex.role_words
            and toks[c.last + 2].text[0].islower()
        )
        if (role_before or role_after) and p.ok(c):
            out.append(p.hit(c, "role_name", 0.75, CONTEXT_RECOGNIZER))
            covered = c.end
    return out


@functools.lru_cache(maxsize=8)
def _languages(lex: Lexicon) -> frozenset[str]:
    return frozenset(fold(w) for w in lex.config.languages)


def _starts(toks: list[Tok], i: int) -> bool:
    """Token ``i`` opens a line or a sentence."""
    return i == 0 or toks[i].newline_before or toks[i - 1].text in ".!?:"


def is_person_noun(word: str, lex: Lexicon, *, sentence_start: bool = False) -> bool:
    key = fold(word)
    if not (word[:1].islower() or sentence_start) or len(key) < 3:
        return False
    return lex.is_person_noun_key(key)


def _person_noun_before(p: _Page, i: int) -> bool:
    """``vader Yousef``, ``chauffeur Mitchell``, ``de wijkverpleegkundige, Hasna,``: one
    capitalised word right after a noun for a person, inside a sentence, that no rule
    calls a noun, place or organisation, and that no capitalised word follows."""
    toks = p.toks
    t = toks[i]
    k = i - 1
    apposition = k >= 1 and toks[k].text == "," and not toks[k].newline_before
    if apposition:
        k -= 1
    prev = toks[k]
    if (
        prev.kind != "word"
        or (t.newline_before and (apposition or not soft_wrap(toks, i)))
        or not (
            is_person_noun(prev.text, p.lex, sentence_start=_starts(toks, k))
            or _spouse(toks, k)
        )
    ):
        return False  # over a line end only in wrapped prose ("Zijn zoon" / "Jacco, die")
    key = t.key
    if (
        (p.lex.is_common_noun(t.bare) and not (not apposition and _after_relative(toks, i)))
        or key in p.lex.calendar
        or key in _languages(p.lex)
    ):
        return False  # "tolk Arabisch": a language
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if (
        nxt is not None
        and not nxt.newline_before
        and nxt.kind == "word"
        and is_capitalised(nxt.text)
    ):
        return False  # a longer capitalised phrase ("Facilitaire Zaken"): other rules decide
    if apposition:
        if nxt is not None and nxt.text == ")" and k >= 1 and toks[k - 1].text == "(":
            return False  # "mevrouw X (schoonmaker, Asito)": her job and her employer
        return nxt is not None and nxt.text in ",)."
    return True


_POSSESSIVES = frozenset(
    {"mijn", "haar", "zijn", "onze", "ons", "uw", "je", "jouw", "hun", "my", "her", "his", "our"}
)


def _spouse(toks: list[Tok], k: int) -> bool:
    """Token ``k`` is ``man`` or ``vrouw`` after a possessive: a husband or wife ("Mijn
    man Errol en ik"), not any man or woman."""
    return (
        toks[k].text in ("man", "vrouw")
        and k > 0
        and not toks[k].newline_before
        and fold(toks[k - 1].text) in _POSSESSIVES
    )


def _role_apposition(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """``de directeur van STUCO, Rolando Peterson``: a full name after a comma that
    closes a phrase opened by a lower-case role or person noun in the same clause."""
    if i < 2 or toks[i - 1].text != ",":
        return False
    for k in range(i - 2, max(-1, i - 9), -1):
        w = toks[k]
        if w.text in ".!?;:()" or toks[k + 1].blank_before:
            return False
        if w.kind == "word" and w.text[:1].islower() and (
            fold(w.text) in lex.role_words or is_person_noun(w.text, lex)
        ):
            return True
    return False


# Words before a capitalised word that make it a thing or a place, not a person.
_THING_BEFORE = frozenset(
    {"de", "het", "een", "in", "naar", "uit", "te", "nabij", "richting", "rondom", "via"}
    # Nouns that name a thing after them: "project Iris", "storm Ciara", "app Sophie".
    | {"project", "programma", "operatie", "storm", "orkaan", "systeem", "applicatie", "app"}
    | {"platform", "tool", "model", "schip", "hotel", "restaurant", "café", "zaal", "regeling"}
    | {"fonds", "prijs", "campagne", "server", "chatbot", "codenaam", "werknaam", "merk"}
)


def _from_place(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Token ``i`` is "uit" or "in" and a place follows it ("uit Overvecht")."""
    if toks[i].key not in ("uit", "in") or i + 1 >= len(toks) or toks[i + 1].kind != "word":
        return False
    after = toks[i + 1]
    # a listed place, or a capitalised word no surname list knows ("Overvecht")
    return after.key in lex.places or (
        after.text[:1].isupper() and not lex.is_surname(after.bare)
    )


def _lone_first_name_hits(p: _Page) -> list[Hit]:
    """A listed given name alone in running text ("zijn zoon Stijn", "Milan, akkoord?").

    Inside a sentence (or at its start, before a lower-case word or a comma), not
    after an article or place preposition, not next to another capitalised word.
    Weak: an NER organisation or place over it wins.
    """
    out = []
    lex = p.lex
    toks = p.toks
    for i, t in enumerate(toks):
        if t.kind != "word" or not is_namey(t, lex) or not lex.is_first_name(t.bare):
            continue
        if t.key in lex.not_names or t.key in lex.calendar or len(t.bare) < 3:
            continue
        prev = toks[i - 1] if i > 0 and not t.blank_before else None
        # the next word, also over a wrap of running text ("bij Albert" / "Heijn en")
        nxt = (
            toks[i + 1]
            if i + 1 < len(toks) and (not toks[i + 1].newline_before or soft_wrap(toks, i + 1))
            else None
        )
        if nxt is not None and (
            is_namey(nxt, lex)
            or (
                is_particle(nxt, lex)
                and _particles_then_name(toks, i + 1, lex)
                # "Bram uit Overvecht": where he comes from, no surname's particle
                and not _from_place(toks, i + 1, lex)
            )
            or nxt.kind == "init"
            or (not nxt.gap and nxt.text in "-@._/'’" and not _sentence_end(toks, i + 1))
        ):
            continue
        if prev is not None and not t.newline_before:
            if prev.kind == "word" and (
                fold(prev.text) in _THING_BEFORE
                or is_namey(prev, lex)
                or (
                    is_particle(prev, lex)
                    and not _verb_ben(toks, i - 1)
                    and not _preposition_in_prose(toks, i - 1, lex)
                )
                or (prev.text[0].isupper() and not _interjection_opens(toks, i - 1, lex))
            ):
                continue
            if not t.gap and prev.text in "-@._/'’":
                continue
        start = prev is None or t.newline_before or prev.text in ".!?:;•"
        if start and not (
            nxt is not None
            and (nxt.text in ",!?" or (nxt.kind == "word" and nxt.text[0].islower()))
        ) and not (
            _signed_after_closing(toks, i, lex)
            or _code_in_brackets_after(toks, i)
            or _relation_in_brackets_after(toks, i, lex)
        ):
            continue
        c = Candidate(i, i, t.start, t.end, (t,))
        if p.ok(c):
            out.append(p.hit(c, "first_name_alone", 0.55, LIST_RECOGNIZER))
    return out


_BRACKETED_CODE = regex.compile(_MIXED_CODE)


def _code_in_brackets_after(toks: list[Tok], i: int) -> bool:
    """``Tsjerk (TBo)``: a given name with a person's initials code in brackets after it."""
    return (
        i + 3 < len(toks)
        and toks[i + 1].text == "("
        and toks[i + 2].kind == "word"
        and _BRACKETED_CODE.fullmatch(toks[i + 2].text) is not None
        and toks[i + 3].text == ")"
        and not toks[i + 1].newline_before
    )


def _relation_in_brackets_after(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """``Noa (mijn dochter)``: a given name with the writer's relation to the person
    in brackets after it."""
    return (
        i + 4 < len(toks)
        and toks[i + 1].text == "("
        and not toks[i + 1].newline_before
        and toks[i + 2].key in _POSSESSIVES
        and lex.is_person_noun_key(toks[i + 3].key)
    )


def _signed_after_closing(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Token ``i`` ends its line right after a short closing on the same line: the
    writer signs (``... niet naar mij persoonlijk. Gr. Klaas``)."""
    k = i - 1
    if k >= 0 and toks[k].text in ".,":
        k -= 1
    return (
        k >= 0
        and not toks[i].newline_before
        and toks[k].kind == "word"
        and fold(toks[k].text) in lex.short_closings
        and (i + 1 >= len(toks) or toks[i + 1].newline_before or toks[i + 1].text in ".!")
    )


def _interjection_opens(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Token ``k`` is an interjection opening a line or sentence ("Akkoord Marloes,",
    "Top Gil"): the name after it is the person addressed."""
    t = toks[k]
    if t.key not in lex.interjections or lex.is_first_name(t.bare):
        return False
    return k == 0 or t.newline_before or toks[k - 1].text in ".!?:"


_PREPOSITIONS = frozenset({"bij", "aan", "voor", "met", "op", "uit", "onder", "naar", "van"})


def _preposition_in_prose(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Token ``k`` is a preposition of running text, not a surname's particle: a
    lower-case word or punctuation stands before it ("langs bij Marloes", "een mail
    aan Sanne", "het perceel van Tjitske"), never a capitalised name ("Jan van Anna")."""
    if toks[k].text not in _PREPOSITIONS or k == 0 or toks[k].newline_before:
        return False
    before = toks[k - 1]
    return (before.kind == "word" and before.text[:1].islower() and not is_particle(
        before, lex
    )) or before.text in ",;:"


def _particles_then_name(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """The particles from token ``k`` on lead to a capitalised name word on the same
    line ("Sanne van Dijk"), not to a lower-case word ("Sanne van de gemeente")."""
    while k < len(toks) and is_particle(toks[k], lex) and not toks[k].newline_before:
        k += 1
    return k < len(toks) and not toks[k].newline_before and is_namey(toks[k], lex)


def _verb_ben(toks: list[Tok], k: int) -> bool:
    """Token ``k`` is the verb of "Ik ben Sanne", not the particle of "Ali ben Salem"."""
    return toks[k].text == "ben" and k > 0 and fold(toks[k - 1].text) in ("ik", "dan", "nu")


def _sentence_end(toks: list[Tok], k: int) -> bool:
    """Token ``k`` is a full stop that ends a sentence ("begeleider wordt Saskia."),
    not a dot inside an address or a handle ("saskia.devries")."""
    after = toks[k + 1] if k + 1 < len(toks) else None
    return toks[k].text == "." and (after is None or bool(after.gap) or after.newline_before)


@_remembered
def context_hits(text: str, lex: Lexicon) -> list[Hit]:
    """Every context rule over one page text."""
    p = _prepare(text, lex)
    out: list[Hit] = []
    for rule in (
        _title_hits,
        _greeting_hits,
        _vocative_hits,
        _signature_hits,
        _chat_hits,
        _chat_header_hits,
        _label_hits,
        _person_noun_label_hits,
        _mail_display_hits,
        _mail_recipient_hits,
        _inverted_hits,
        _email_hits,
        _email_line_hits,
        _bullet_hits,
        _handle_hits,
        _lone_first_name_hits,
        _role_name_hits,
        _unit_bracket_hits,
        _person_noun_bracket_hits,
        _family_word_hits,
        _introduced_hits,
        _capital_particle_hits,
        _quoted_nickname_hits,
        _age_in_brackets_hits,
        _lone_initial_hits,
        _initials_signoff_hits,
        _shouted_header_hits,
        _inverted_initials_header_hits,
        _called_hits,
    ):
        out.extend(rule(p))
    return out


_QUOTE_PAIRS = {'"': '"', "“": "”", "'": "'", "‘": "’", "„": "”"}


# "Dev (11) komt vaak zonder ontbijt": an age in brackets right after the word
_AGE_BRACKETS = regex.compile(r"[ \t]*\([ \t]*(?:[1-9]\d?)(?:[ \t]+jaar)?[ \t]*\)")
_AGE_REACH = 160  # how far a noun for a person may stand from the name
# a document's parts and steps, numbered in brackets the same way ("Tabel (3)")
_NUMBERED_PARTS = frozenset(
    {"tabel", "bijlage", "artikel", "figuur", "fase", "stap", "punt", "lid", "hoofdstuk",
     "paragraaf", "pagina", "groep", "klas", "bus", "lijn", "route", "versie", "optie",
     "variant", "scenario", "vraag", "actie", "zaak", "dossier", "kamer", "zaal", "blok",
     "gebouw", "verdieping", "locatie", "deel", "onderdeel", "noot", "voetnoot", "bron",
     "categorie", "niveau", "ronde", "week", "dag", "jaar", "nummer", "nr", "sectie"}
)  # fmt: skip


# words after which a lone initial stands for a person's surname ("mevrouw K.", "casus P.")
_LONE_INITIAL_AFTER = frozenset(
    {"meneer", "mevrouw", "heer", "mw", "mevr", "dhr", "hr", "fam", "familie", "gezin",
     "moeder", "vader", "zoon", "dochter", "buurman", "buurvrouw", "casus",
     "cliënt", "client", "cliente", "betrokkene", "melder", "verzoeker", "verzoekster",
     "klant", "bewoner", "bewoonster", "patiënt", "patient", "leerling", "jongere"}
)  # fmt: skip


_LONE_INITIALS = regex.compile(
    r"(?i:(?<![\p{L}])(?:" + "|".join(sorted(_LONE_INITIAL_AFTER, key=len, reverse=True)) + r"))"
    r"\.?[ \t\u00a0]+"
    # "K.", "D.Y.", "J.v.O.": initials, a particle's letters between them
    r"((?:\p{Lu}\.){1,3}(?:(?:v|d|vd|v\.d|t)\.(?:\p{Lu}\.){1,2})?)"
    r"(?![\p{L}\d]|[ \t\u00a0]*(?:\p{Lu}[\p{Ll}'’]|(?:van|de|der|den|ter|ten|el|al)[ \t]))"
)


# Initials with a particle's letter or a double surname's hyphen between them
# ("H.v.D.", "M.S.-O."): no abbreviation is written so, only a person
_PARTICLE_INITIALS = regex.compile(
    r"(?<![\p{L}\d.\-])(?:\p{Lu}\.){1,3}"
    r"(?:(?:v|d|vd|v\.d|t)\.(?:\p{Lu}\.){1,2}|-(?:\p{Lu}\.){1,2})"
    r"(?![\p{L}\d]|[ \t\u00a0]*(?:\p{Lu}[\p{Ll}'’]|(?:van|de|der|den|ter|ten|el|al)[ \t]))"
)


# Dotted initials as the value of a paraaf line ("Paraaf Juridische Zaken: A.Ö.",
# "paraaf teamleider: J.K. 13/10"): the colleague who initialled, shortened
_PARAAF_INITIALS = regex.compile(
    # (also a compound: "Medeparaaf Juridische Zaken: A.Ç.", "eindparaaf")
    r"(?i:(?<![\p{L}])(?:\p{L}{0,8}paraaf|parafen|geparafeerd))[^\n:]{0,40}:[ \t\u00a0]*"
    r"((?:\p{Lu}\.){1,4})(?![\p{L}\d]|[ \t\u00a0]*\p{Lu}[\p{Ll}'’])"
    # a form's field of initials: "Achternaam: Wijbenga-Bosma   Voorletters: D.J."
    r"|(?i:(?<![\p{L}])(?:voorletters?|initialen|initials))[ \t\u00a0]*:[ \t\u00a0]*"
    r"((?:\p{Lu}\.){1,4})(?![\p{L}\d]|[ \t\u00a0]*\p{Lu}[\p{Ll}'’])"
)


def _lone_initial_hits(p: _Page) -> list[Hit]:
    """Initials alone right after a salutation or a word for a client (``mevrouw K.``,
    ``casus P.``, ``leerling J.v.O.``), with no surname after them, initials with a
    particle's letter or a hyphen in them anywhere (``Het gaat om H.v.D. op kamer``),
    or a paraaf line's dotted initials (``Paraaf Juridische Zaken: A.Ö.``): the
    person's name, shortened.  Flagged (score 0.6)."""
    spans = {m.span(1) for m in _LONE_INITIALS.finditer(p.view.text)}
    spans |= {m.span() for m in _PARTICLE_INITIALS.finditer(p.view.text)}
    spans |= {
        m.span(1) if m.group(1) else m.span(2) for m in _PARAAF_INITIALS.finditer(p.view.text)
    }
    return [p.hit(span, "lone_initial", 0.6, CONTEXT_RECOGNIZER) for span in sorted(spans)]


# a writer's initials: capitals, the lower-case letters of particles between them
# ("JV", "HJvdM", "RtJ", "PRS"); no word
_SIGN_CODE = r"\p{Lu}(?:\p{Lu}|[a-z]{1,3}(?=\p{Lu})){1,4}"
# "Groet, JV", "Groetjes, HJvdM": a short closing and the writer's initials ending the line
_CLOSING_INITIALS = regex.compile(
    r"(?i:(?<![\p{L}])(?:groet|groeten|groetjes|gr|grt|mvg|cheers|regards|thanks|dank))"
    rf"[ \t]*[,!.]?[ \t]+(?-i:({_SIGN_CODE}))[ \t]*[.!]?[ \t]*$",
    regex.MULTILINE,
)
# "PRS/jho" alone on a line under a letter: the writer's and the typist's initials
_TYPIST_REFERENCE = regex.compile(
    r"^[ \t]*(\p{Lu}{2,4})[ \t]*/[ \t]*(\p{Ll}{2,4})[ \t]*$", regex.MULTILINE
)
# initials alone on a line after a blank line: a message's sign-off ("IK")
_INITIALS_LINE = regex.compile(
    rf"(?<=\n[ \t\u00a0]*\n[ \t\u00a0]*)({_SIGN_CODE})[ \t\u00a0]*$", regex.MULTILINE
)
# dotted initials with no surname after them ("R.T.")
_DOTTED_INITIALS = regex.compile(
    r"(?<![\p{L}\d.])((?:\p{Lu}\.){2,3})"
    r"(?![\p{L}\d]|[ \t\u00a0]*(?:\p{Lu}\p{Ll}|(?:van|de|ter)[ \t]))"
)
# a given name and a surname in the text ("Ingrid Kuipers", "Jan van der Berg")
_FULL_NAME = regex.compile(
    r"(?<![\p{L}])(\p{Lu}\p{Ll}+) +((?:(?:van|de|der|den|ter|ten|'t)[ \t]+)*)"
    r"(\p{Lu})[\p{Ll}'’\-]+"
)


# the initials of an e-mail address's given name (or initial) and surname
_MAIL_INITIALS = regex.compile(
    r"(?<![\p{L}\d._%+\-])([a-z])[a-z]*\.(?:(?:van|de|der|den|ter|vd|v)\.?)*([a-z])[a-z\-]+@"
)


# capitals that end a message and are no one's initials
_NO_INITIALS = frozenset(
    {"OK", "NB", "PS", "PPS", "CC", "BCC", "RE", "FW", "FWD", "EU", "NL", "BV", "NV", "VOF",
     "AUB", "SVP", "FYI", "TBD", "NVT", "TNX", "THX", "XX", "XXX", "EOM", "END"}
)  # fmt: skip


def _initials_signoff_hits(p: _Page) -> list[Hit]:
    """A writer's initials as the sign-off: after a short closing (``Groet, JV``), as a
    letter's typist reference (``PRS/jho``), or alone on a line after a blank one when a
    person of the page has those initials (``Ingrid Kuipers`` ... ``IK``) or the line
    ends the page (two or three capitals, no word or organisation).  Flagged (0.6)."""
    text = p.view.text
    out: list[Hit] = []
    for m in _CLOSING_INITIALS.finditer(text):
        if m.group(1) not in _NO_INITIALS:  # "Groet, OK"
            out.append(p.hit(m.span(1), "initials_signoff", 0.6, CONTEXT_RECOGNIZER))
    for m in _TYPIST_REFERENCE.finditer(text):
        out.append(p.hit(m.span(1), "initials_signoff", 0.6, CONTEXT_RECOGNIZER))
        out.append(p.hit(m.span(2), "initials_signoff", 0.6, CONTEXT_RECOGNIZER))
    lines = list(_INITIALS_LINE.finditer(text))
    dotted = list(_DOTTED_INITIALS.finditer(text))
    if lines or dotted:
        known = {
            m.group(1)[0] + "".join(w[0] for w in m.group(2).split()) + m.group(3)
            for m in _FULL_NAME.finditer(text)
            if p.lex.is_first_name(m.group(1))
        }
        # and of a person's e-mail address on the page ("i.kuipers@", "ingrid.kuipers@")
        known |= {
            (m.group(1) + m.group(2)).upper()
            for m in _MAIL_INITIALS.finditer(text)
        }
        known |= {k[0] + k[-1] for k in known}
        for m in lines:
            code = m.group(1)
            last = not text[m.end() :].strip()  # the page's last line: a message's end
            if code in known or (
                last
                and code.isupper()
                and len(code) <= 3
                and code not in _NO_INITIALS
                and not is_org_word(fold(code), p.lex)
            ):
                out.append(p.hit(m.span(1), "initials_signoff", 0.6, CONTEXT_RECOGNIZER))
        for m in dotted:
            # 'Ik noteer alleen "R.T."' beside "Rudi Tanamal": the person's initials (not
            # a legal form: "B.V." beside "Bas Verwoerd")
            code = m.group(1).replace(".", "")
            if code in known and code.casefold() not in LEGAL_FORM_LETTERS:
                out.append(p.hit(m.span(1), "initials_signoff", 0.6, CONTEXT_RECOGNIZER))
    return out


def lone_initials_at(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is initials that :func:`_lone_initial_hits` reads as a
    person's (after ``mevr.``, or with a particle's letter or hyphen in them)."""
    return any(
        m.span(1) == (start, end)
        for m in _LONE_INITIALS.finditer(text, max(0, start - 20), min(len(text), end + 40))
    ) or any(
        m.span() == (start, end)
        for m in _PARTICLE_INITIALS.finditer(text, max(0, start - 2), min(len(text), end + 40))
    ) or any(
        (start, end) in (m.span(1), m.span(2))
        for m in _PARAAF_INITIALS.finditer(text, max(0, start - 80), min(len(text), end + 40))
    )


_CHAT_STAMP_LINE = regex.compile(
    r"(?m)^[ \t]*\[?\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?[ \t]+\d{1,2}:\d{2}"
)


def _age_in_brackets_hits(p: _Page) -> list[Hit]:
    """A capitalised word with an age in brackets after it (``Dev (11)``), where a
    noun for a person stands near (``Zijn zusje Anjali``): a child's or a client's
    given name. Flagged (score 0.6)."""
    out = []
    toks, lex, text = p.toks, p.lex, p.view.text
    # in a chat export the writers talk of people they know: "Mo (15) heeft een bloedneus"
    chat = _CHAT_STAMP_LINE.search(text) is not None
    for i, t in enumerate(toks[:-1]):
        if (
            t.kind != "word"
            or not is_capitalised(t.text)
            or not is_namey(t, lex)
            or lex.is_common_noun(t.bare)
            or t.key in lex.places
            or t.key in lex.calendar
            or t.key in _NUMBERED_PARTS
            or _names_no_one(t, lex)
            or _AGE_BRACKETS.match(text, t.end) is None
        ):
            continue
        window = text[max(0, t.start - _AGE_REACH) : t.end + _AGE_REACH]
        if not chat and not any(
            lex.is_person_noun_key(fold(w)) for w in regex.findall(r"\p{L}+", window)
        ):
            continue
        c = Candidate(i, i, t.start, t.end, (t,))
        if p.ok(c):
            out.append(p.hit(c, "age_in_brackets", 0.6, CONTEXT_RECOGNIZER))
    return out


# '(roepnaam "Kef")': words that call the quoted word a person's name
_NICKNAME_WORDS = frozenset({"roepnaam", "bijnaam", "koosnaam", "alias", "nickname", "schuilnaam"})


def _quoted_nickname_hits(p: _Page) -> list[Hit]:
    """``de conciërge, "Bolletje",``: a capitalised word in quotes in apposition to a
    noun for a person is the name the person goes by."""
    out = []
    toks, lex = p.toks, p.lex
    for i in range(2, len(toks) - 2):
        t = toks[i]
        if t.text not in _QUOTE_PAIRS or toks[i + 2].text != _QUOTE_PAIRS[t.text]:
            continue
        name = toks[i + 1]
        if name.kind != "word" or not is_capitalised(name.text) or is_blocked(name.text, lex):
            continue
        k = i - 1
        if toks[k].text in (",", ":"):
            k -= 1
        noun = toks[k]
        if (
            noun.kind != "word"
            or not (lex.is_person_noun_key(noun.key) or noun.key in _NICKNAME_WORDS)
            or name.newline_before
        ):
            continue
        c = Candidate(i + 1, i + 1, name.start, name.end, (name,))
        if p.ok(c):
            out.append(p.hit(c, "quoted_nickname", 0.7, CONTEXT_RECOGNIZER))
    return out


# Words that introduce a name, whatever the name: "die zich voorstelde als Ytsen".
_INTRODUCES = regex.compile(
    r"(?i:\b(?:(?:stelde|stelt|stellen|stelden)[ \t\n]+zich[ \t\n]+(?:\p{Ll}+[ \t\n]+){0,2}"
    r"voor[ \t\n]+als|voorstelde[ \t\n]+als|voorstelt[ \t\n]+als|een[ \t\n]+zekere"
    r"|luistert[ \t\n]+naar[ \t\n]+de[ \t\n]+naam"
    r"|introduced[ \t\n]+(?:himself|herself|themselves)[ \t\n]+as))[ \t\n]+$"
)
# a writer who introduces herself: "Hoi, ik ben Rachelle Kromodimedjo, nieuw in ..." (a
# name of two words or a listed one: not "Ik ben Nederlander")
_SELF_INTRODUCED = regex.compile(
    r"(?i:\b(?:ik[ \t\n]+ben|ik[ \t\n]+heet|mijn[ \t\n]+naam[ \t\n]+is|my[ \t\n]+name[ \t\n]+is))"
    r"[ \t\n]+$"
)
# "genaamd", "named": only after a word for a person ("een man genaamd Rudy"), not a
# thing ("het project genaamd Horizon")
_NAMED_AFTER_PERSON = regex.compile(
    r"(?i:\b(?P<noun>\p{L}+)[ \t\n]*,?[ \t\n]+(?:genaamd|met[ \t\n]+de[ \t\n]+(?:voor)?naam"
    r"|named|called))[ \t\n]+$"
)
_PERSON_WORDS = frozenset(
    {"man", "vrouw", "jongen", "meisje", "iemand", "persoon", "kind", "heer", "mevrouw",
     "guy", "woman", "boy", "girl", "person", "someone", "lady", "gentleman", "child"}
)


def _introduced_hits(p: _Page) -> list[Hit]:
    """A name right after words that introduce one (``stelde zich voor als Ytsen``,
    ``een zekere Bram``, ``a man named Rudy``), listed or not."""
    out = []
    toks = p.toks
    text = p.view.text
    for i, t in enumerate(toks):
        if t.kind != "word" or not is_namey(t, p.lex) or i == 0:
            continue
        window = max(0, t.start - 60)
        named = _NAMED_AFTER_PERSON.search(text, window, t.start)
        if _SELF_INTRODUCED.search(text, window, t.start):
            c = candidate_at(toks, i, p.lex, cross_lines=False, max_words=4)
            if (
                c is not None
                and c.first == i
                and (
                    len(_surname_words(c, p.lex)) >= 2
                    or p.lex.is_first_name(t.bare)
                    or p.lex.is_surname(t.bare)
                )
                and not any(is_org_word(w.key, p.lex) for w in c.words)
                and p.ok(c)
            ):
                out.append(p.hit(c, "introduced", 0.75, CONTEXT_RECOGNIZER))
            continue
        if not (
            _INTRODUCES.search(text, window, t.start)
            or (
                named is not None
                and (
                    fold(named["noun"]) in _PERSON_WORDS
                    or is_person_noun(named["noun"], p.lex)
                )
            )
        ):
            continue
        c = candidate_at(toks, i, p.lex, cross_lines=False, max_words=4)
        if c is not None and c.first == i and _surname_words(c, p.lex) and p.ok(c):
            out.append(p.hit(c, "introduced", 0.75, CONTEXT_RECOGNIZER))
    return out


def _capital_particle_hits(p: _Page) -> list[Hit]:
    """``langs Ter Haar``, ``met Van der Meer``: inside a sentence, capitalised
    particles ending in one only a surname has (``ter``, ``den``, ``'t``) and a
    capitalised word are a surname written without given name (Dutch spells the
    first particle with a capital then); not a listed place (``in Den Haag``)."""
    out = []
    toks = p.toks
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if t.kind != "word" or not t.text[:1].isupper() or not is_particle(t, p.lex):
            continue
        before = toks[i - 1]
        if t.newline_before or not (
            (before.kind == "word" and before.text[:1].islower()) or before.text in (",", "(", ";")
        ):
            continue
        j = i
        while (
            j + 1 < len(toks) and is_particle(toks[j + 1], p.lex) and not toks[j + 1].newline_before
        ):
            j += 1
        if j + 1 >= len(toks):
            continue
        word = toks[j + 1]
        # "; Van Beek van IRF belt morgen": a capitalised "Van" inside a sentence before
        # a listed surname (no organisation word after it: "Van Oord Offshore")
        van_surname = (
            j == i
            and t.text == "Van"
            and word.kind == "word"
            and p.lex.is_surname(word.bare)
            and not (
                j + 2 < len(toks)
                and not toks[j + 2].newline_before
                and toks[j + 2].kind == "word"
                and is_capitalised(toks[j + 2].text)
            )
        )
        if not (surname_only_particle(toks[j].text) or van_surname):
            continue
        if word.kind != "word" or word.newline_before or not is_capitalised(word.text):
            continue
        if j + 2 < len(toks) and toks[j + 2].text.isdigit() and not toks[j + 2].newline_before:
            continue  # "Ter Apelervenen 2": a street and its number
        c = Candidate(i, j + 1, t.start, word.end, tuple(toks[i : j + 2]))
        if fold(c.text(p.view)) in p.lex.places or not p.ok(c):
            continue
        out.append(p.hit(c, "capital_particle", 0.7, CONTEXT_RECOGNIZER))
    return out


_FAMILY_WORDS = frozenset({"family", "household", "couple", "twins", "brothers", "sisters"})
# capitalised words before "family" that are no surname ("the Royal family")
_FAMILY_ADJECTIVES = frozenset(
    {"Royal", "Dutch", "English", "Imperial", "Host", "Foster", "Whole", "Entire", "Same", "Other"}
)


def _family_word_hits(p: _Page) -> list[Hit]:
    """English: ``the Boekhoudt family``, ``the Martis household``: the word between
    the article and a family word is a surname."""
    out = []
    toks = p.toks
    for i, t in enumerate(toks[:-2]):
        if t.text not in ("The", "the"):
            continue
        c = candidate_at(toks, i + 1, p.lex, cross_lines=False, max_words=3)
        if c is None or c.first != i + 1 or c.last + 1 >= len(toks):
            continue
        after = toks[c.last + 1]
        if (
            after.kind == "word"
            and after.text in _FAMILY_WORDS
            and not after.newline_before
            and all(
                not p.lex.is_common_noun(w.bare) and w.text not in _FAMILY_ADJECTIVES
                for w in c.words
            )
            and p.ok(c)
        ):
            out.append(p.hit(c, "family_word", 0.75, CONTEXT_RECOGNIZER))
    return out


# nouns for several persons (a family's, mostly) whose names may follow in brackets
_PLURAL_PERSONS = frozenset(
    {"kinderen", "kind", "ouders", "dochters", "zonen", "zoons", "broers", "zussen",
     "kleinkinderen", "pleegkinderen", "grootouders", "buren", "children", "parents",
     "sons", "daughters", "kids"}
)


def _person_noun_bracket_hits(p: _Page) -> list[Hit]:
    """Names in brackets right after a noun for persons: ``kinderen (Jaydon en
    Shaniqua)``, ``de wijkagent (Kuipers)``, ``haar ouders (Ayşe, Mehmet)``: each
    bracketed capitalised word (or whole name) that no rule calls a noun, place or
    organisation, joined by commas or ``en``."""
    out = []
    toks = p.toks
    lex = p.lex
    for i in range(1, len(toks) - 2):
        if toks[i].text != "(" or toks[i].newline_before or toks[i - 1].kind != "word":
            continue
        noun = toks[i - 1].text
        if fold(noun) not in _PLURAL_PERSONS and not is_person_noun(
            noun, lex, sentence_start=_starts(toks, i - 1)
        ):
            continue
        found: list[Candidate] = []
        k = i + 1
        while k < len(toks):
            c = candidate_at(toks, k, lex, cross_lines=False, max_words=3)
            if c is None or c.first != k or not _surname_words(c, lex):
                found = []
                break
            words = _surname_words(c, lex)
            if any(
                lex.is_common_noun(w.bare)
                or is_blocked(w.text, lex)
                or w.key in lex.places
                or is_org_word(w.key, lex)
                or w.text.isupper()
                for w in words
            ):
                found = []
                break
            found.append(c)
            k = c.last + 1
            if k < len(toks) and toks[k].text in (",", "en", "and", "&"):
                k += 1
                continue
            if k >= len(toks) or toks[k].text != ")":
                found = []
            break
        for c in found:
            if p.ok(c):
                out.append(p.hit(c, "role_name", 0.7, CONTEXT_RECOGNIZER))
    return out


def _unit_bracket_hits(p: _Page) -> list[Hit]:
    """A person in brackets after a department's abbreviation: ``FEZ (Wen-Li Tjoa)``,
    ``DJZ (mr. R.K. Sewnarain)``.  Not an abbreviation spelled out (``EU (Europese Unie)``)."""
    out = []
    toks = p.toks
    lex = p.lex
    for i in range(len(toks) - 3):
        unit, bracket = toks[i], toks[i + 1]
        if (
            unit.kind != "word"
            or not 2 <= len(unit.text) <= 8
            or sum(ch.isupper() for ch in unit.text) < 2
            # an abbreviation, no surname with two capitals ("O'Connor", "McDonald")
            or sum(ch.islower() for ch in unit.text) > sum(ch.isupper() for ch in unit.text)
            or bracket.text != "("
            or bracket.newline_before
        ):
            continue
        j, _seen = skip_titles(toks, i + 2, lex)
        if j >= len(toks):
            continue
        c = candidate_at(toks, j, lex, cross_lines=False)
        if c is None or c.first != j or c.last + 1 >= len(toks) or toks[c.last + 1].text != ")":
            continue
        words = [t for t in c.words if t.kind == "word"]
        spelled = "".join(t.text[0] for t in words).casefold()
        if spelled and unit.text.casefold().startswith(spelled):
            continue  # the abbreviation spelled out
        if _whole_name(c, lex, single_ok=False) and p.ok(c):
            out.append(p.hit(c, "unit_bracket", 0.75, CONTEXT_RECOGNIZER))
    return out


# ------------------------------------------------------------------- Presidio


class _NameRecognizer(EntityRecognizer):
    """Base: runs a hit function and reports PERSON results with provenance."""

    recognizer_name = ""

    def __init__(self, lex: Lexicon, language: str = "nl") -> None:
        self.lex = lex
        super().__init__(
            supported_entities=[ENTITY], name=self.recognizer_name, supported_language=language
        )

    def load(self) -> None:  # the lexicon is loaded already
        return None

    def hits(self, text: str) -> list[Hit]:
        raise NotImplementedError

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if entities and ENTITY not in entities:
            return []
        results = []
        for h in self.hits(text):
            label = h.rule[len("label_") :] if h.rule.startswith("label_") else ""
            explanation = AnalysisExplanation(
                recognizer=self.recognizer_name,
                original_score=h.score,
                textual_explanation=(
                    f"naam na het label '{label}'" if label else EXPLANATIONS.get(h.rule, h.rule)
                ),
            )
            results.append(
                RecognizerResult(
                    entity_type=ENTITY,
                    start=h.start,
                    end=h.end,
                    score=h.score,
                    analysis_explanation=explanation,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.recognizer_name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        "source": h.source,
                        "rule_id": h.rule,
                    },
                )
            )
        return results


class NameListRecognizer(_NameRecognizer):
    """``list:names``: first-name and initials rules (see :func:`list_hits`)."""

    recognizer_name = LIST_RECOGNIZER

    def hits(self, text: str) -> list[Hit]:
        return list_hits(text, self.lex)


class NameContextRecognizer(_NameRecognizer):
    """``context:names``: context rules (see :func:`context_hits`)."""

    recognizer_name = CONTEXT_RECOGNIZER

    def hits(self, text: str) -> list[Hit]:
        return context_hits(text, self.lex)
