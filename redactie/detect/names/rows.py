"""Names that stand right before a person's own data: table rows and contact lines.

A list of clients (``Naam | Geboortedatum | BSN | Adres``), a crisis team's
contact list (``Operationeel leider | Lotte Hermans | 06 …``) or a sentence such
as ``haar gegevens: Selam Tesfay Gebremariam, geboren 14-02-1999`` names a
person right before a redacted identifier.  Names in such rows often come from
traditions that no Dutch list holds, and they open a line, where the NER model's
guesses are distrusted.  The identifier is the evidence: a name-shaped run that
ends right before it (only punctuation, a line break or a few lower-case words
such as ``geboren``, ``tel.`` between) is a person.  The score stays low, so the
review file flags the finding.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import regex

from redactie.detect.mail import FREE_MAIL
from redactie.detect.names.lexicon import Lexicon, fold, language_words, lexicon_for
from redactie.detect.names.text import (
    Candidate,
    Tok,
    View,
    after_vehicle_noun,
    candidate_at,
    is_blocked,
    is_capitalised,
    is_initials_only,
    is_not_name,
    is_org_word,
    is_particle,
    is_street,
    page_tokens,
    person_finding,
)
from redactie.findings import Action, Finding, Source
from redactie.woo import PUBLIC_ENTITY_TYPES

if TYPE_CHECKING:
    from redactie.resolve import ResolveContext

PERSON = "PERSON"
ROW_RECOGNIZER = "context:names"
ROW_RULE = "beside_personal_data"
ROW_SCORE = 0.6
PERSONAL_TYPES = frozenset(
    {
        "DATE_OF_BIRTH",
        "NL_BSN",
        "NATIONAL_ID",
        "PERSONAL_NUMBER",
        "IBAN_CODE",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "NL_ADDRESS",
        "NL_LICENSE_PLATE",
    }
)
_MAX_GAP_WORDS = 3
# A Dutch landline or service number is as often an office's as a person's: no anchor.
_LANDLINE = regex.compile(r"^\s*(?:\(?0(?:[1-57-9]|8[0-8])|(?:\+|00)\s*31\s*\(?0?\)?\s*[1-57-9])")
# Lower-case words that stand between a name and its data in rows and contact lines.
_GAP_WORDS = frozenset(
    {
        "geboren",
        "geb",
        "born",
        "tel",
        "telefoon",
        "telefoonnummer",
        "telnr",
        "mobiel",
        "mob",
        "phone",
        "mobile",
        "op",
        "via",
        "email",
        "e-mail",
        "mail",
        "adres",
        "address",
        "wonende",
        "wonend",
        "woont",
        "woonachtig",
        "te",
        "aan",
        "nummer",
        "nr",
        "bsn",
        "iban",
        "rekening",
        "rekeningnummer",
        "kenteken",
        "bereikbaar",
        "privé",
        "prive",
        "is",
        "en",
        "of",  # "Joanneke Owusu, bereikbaar via 058 - 233 87 14 of a.owusu@..."
        "met",
    }
)
# labels of an identifier written in capitals, between a name and its data
_LABELS_IN_CAPITALS = frozenset({"BSN", "IBAN", "Tel", "Geb", "Mob", "DOB", "Telefoon"})
# a vehicle before its plate ("Zwarte Golf, kenteken KX-482-T", "Grijze Opel Corsa"):
# its colour or make, no name
_VEHICLE_WORDS = frozenset(
    {"zwart", "zwarte", "wit", "witte", "rood", "rode", "blauw", "blauwe", "grijs", "grijze",
     "groen", "groene", "geel", "gele", "zilver", "zilveren", "zilverkleurige", "donkere",
     "lichte", "oranje", "bruin", "bruine", "beige", "paars", "paarse", "golf", "polo",
     "passat", "corsa", "astra", "yaris", "aygo", "clio", "megane", "fiesta", "focus",
     "transit", "sprinter", "caddy", "opel", "volkswagen", "toyota", "ford", "renault",
     "peugeot", "citroen", "citroën", "kia", "hyundai", "skoda", "dacia", "fiat", "audi",
     "mercedes", "volvo", "tesla", "nissan", "seat", "mazda", "suzuki", "honda", "mini",
     "lexus", "jeep", "porsche", "iveco", "scania", "cupra", "polestar", "bestelbus"}
)  # fmt: skip
_PHRASE_WORDS = frozenset({"the", "of", "and", "for", "het", "der", "voor"})
_SKIPPED_PUNCT = frozenset(",;:|()[]/-–—•*")


def _name_before(toks: list[Tok], k: int, lex: Lexicon) -> Candidate | None:
    """The longest name-shaped run that ends at token ``k``; a name wrapped in its
    table cell (``Hamidullah`` / ``Traoré``) counts whole when the line above holds
    nothing but the name's first words."""
    best: Candidate | None = None
    for i in range(max(0, k - 5), k + 1):
        c = candidate_at(toks, i, lex, cross_lines=False)
        if c is not None and c.last == k and (best is None or c.first < best.first):
            best = c
    if best is None or not toks[best.first].newline_before or toks[best.first].blank_before:
        return best
    above = best.first - 1
    line_start = above
    while line_start > 0 and not toks[line_start].newline_before:
        line_start -= 1
    if not 0 <= best.first - line_start <= 3 or not toks[line_start].newline_before:
        return best
    head = candidate_at(toks, line_start, lex, cross_lines=False)
    if head is None or head.first != line_start or head.last != above:
        return best  # the line above holds more than a name
    return Candidate(
        line_start, best.last, head.start, best.end, (*head.words, *best.words)
    )


def _is_name(c: Candidate, toks: list[Tok], lex: Lexicon) -> bool:
    words = [t for t in c.words if t.kind == "word" and not is_particle(t, lex)]
    if not words:
        return False
    if c.words[0].text in _PREPOSITIONS:
        return False  # "betalen bij het depot aan de Anthony" / "Fokkerweg 15": a place
    for w in words:
        key = w.key
        if (
            is_blocked(w.text, lex)
            or is_org_word(key, lex)
            or is_street(key, lex)
            or key in lex.role_words
            or key in lex.calendar
            or key in language_words(lex)  # "een Belgisch kenteken (1-HXP-907)"
            or lex.is_common_noun(w.bare)
            or (w.text.isupper() and len(w.text) > 1)
        ):
            return False
    if is_not_name(" ".join(t.text for t in c.words), lex):
        return False
    prev = toks[c.first - 1] if c.first > 0 and not toks[c.first].newline_before else None
    if prev is not None and prev.text in _PHRASE_WORDS:
        return False  # "Ministry of Foreign Affairs of the Netherlands": the end of a phrase
    if _after_postcode(toks, c.first) or _after_house_number(toks, c.first):
        return False  # "Postbus 20, 8280 AA Genemuiden", "Kerkakkers 19, Leende": a place
    if after_vehicle_noun(toks, c.first):
        return False  # "bestelauto Ford Transit, kenteken ...": a make
    if prev is not None and prev.kind == "word" and is_org_word(fold(prev.bare), lex):
        return False  # "gemeente Zwolle, sectie F 2196": a place after an organisation word
    if (
        prev is not None
        and prev.kind == "word"
        and 2 <= len(prev.text) <= 5
        and prev.text.isupper()
        and len(words) == 1
        and fold(words[0].bare) in lex.places
    ):
        return False  # "van de KU Leuven, +32 476 ...": a place after an acronym names an institute
    if in_org_phrase_before(toks, c.first, lex):
        return False  # "Hotel Berg en Bos": the end of a hotel's, a hall's name
    nxt = c.last + 1
    if nxt < len(toks) and toks[nxt].text == ":":
        return False  # a label ("Mobiel:", "Telefoon privé:")
    listed = any(lex.is_first_name(w.bare) or lex.is_surname(w.bare) for w in words)
    if len(words) == 1 and fold(words[0].bare) in lex.places and _street_after_comma(toks, nxt):
        return False  # "Dijkposten: Ochten, Waalbandijk 30": the town of the address after it
    if len(words) == 1 and fold(words[0].bare) in lex.places and not listed:
        return False  # "te Gdańsk (Polen), wonende ...": a country, not a name
    if len(words) == 1:
        first = toks[c.first]
        at_start = c.first == 0 or first.newline_before or toks[c.first - 1].text in ".!?"
        # One word opening a sentence ("Bel ..."): only a given name counts there;
        # inside a sentence ("Contact daar is Gheorghe, nummer ...") any name-shaped word.
        if not at_start:
            return len(first.bare) >= 3 and not first.text.isupper()
        return listed and (lex.is_first_name(first.bare) or first.newline_before)
    return True


def squash_word(word: str) -> str:
    """The letters of ``word``, folded (``Stedin`` and ``stedin`` alike)."""
    return "".join(ch for ch in fold(word) if ch.isalpha())


_MAIL_DOMAIN = regex.compile(r"@([\p{L}\d\-]+)\.[a-z]{2,6}(?![\p{L}\d.])", regex.IGNORECASE)


def mail_domains(ctx: ResolveContext) -> frozenset[str]:
    """The names of the e-mail domains in the document (``parteon`` of ``@parteon.nl``),
    without free mail providers' (``gmail``)."""
    out = {
        squash_word(m.group(1))
        for page in ctx.document.pages
        for m in _MAIL_DOMAIN.finditer(page.text)
    }
    return frozenset(d for d in out if len(d) >= 4) - FREE_MAIL


def names_beside_personal_data(findings: list[Finding], ctx: ResolveContext) -> list[Finding]:
    """Add the name that stands right before a redacted personal identifier."""
    lex = lexicon_for(ctx.rules)
    anchors = [
        f
        for f in findings
        if f.entity_type in PERSONAL_TYPES
        and f.action is Action.REDACT
        and not (f.entity_type == "PHONE_NUMBER" and _LANDLINE.match(f.text))
    ]
    if not anchors:
        return findings
    by_page: dict[int, list[Finding]] = {}
    for f in findings:
        by_page.setdefault(f.page, []).append(f)
    new: list[Finding] = []
    cache: dict[int, tuple[View, list[Tok], list[int]]] = {}
    domains = mail_domains(ctx)
    for a in anchors:
        if not 0 <= a.page < len(ctx.document.pages):
            continue
        text = ctx.document.pages[a.page].text
        if a.page not in cache:
            page_view, page_toks = page_tokens(text)
            tok_list = list(page_toks)
            cache[a.page] = (page_view, tok_list, [t.start for t in tok_list])
        view, toks, starts = cache[a.page]
        vs = bisect.bisect_left(view.offsets, a.start)
        k = bisect.bisect_left(starts, vs) - 1
        # Walk back over punctuation, other identifiers and a few lower-case words.
        lower_words = 0
        lines = 0
        while k >= 0:
            t = toks[k]
            nxt_gap = toks[k + 1].gap if k + 1 < len(toks) else ""
            if nxt_gap.count("\n") >= 3:
                k = -1
                break  # one blank line may part the cells of a row, not two
            lines += nxt_gap.count("\n")
            if lines > 3:
                k = -1
                break
            if t.kind == "punct" and (t.text in _SKIPPED_PUNCT or t.text.isdigit()):
                k -= 1
                continue
            if t.text == "." and k > 0 and fold(toks[k - 1].text) in _GAP_WORDS:
                k -= 1  # the dot of an abbreviation: "(geb. 03-04-2012)", "tel. 06 ..."
                continue
            if (
                t.kind == "word"
                and t.text in _LABELS_IN_CAPITALS
                # "Semere Tekle (BSN 4541 ...)": in brackets after the name; not
                # "aangevraagd bij Parteon, BSN 233108397" (the person named before)
                and k > 0
                and toks[k - 1].text == "("
            ):
                lower_words += 1  # "Semere Tekle (BSN 4541 13 584, ...)"
                if lower_words > _MAX_GAP_WORDS:
                    k = -1
                    break
                k -= 1
                continue
            if (
                t.kind == "word"
                and t.text[0].islower()
                # "geboren op": a particle that is a gap word too ("op", "te", "aan")
                and (not is_particle(t, lex) or fold(t.text) in _GAP_WORDS)
            ):
                if fold(t.text) not in _GAP_WORDS:
                    k = -1
                    break  # "Bel mij direct: 030 ...": a sentence, not a name and its data
                lower_words += 1
                if lower_words > _MAX_GAP_WORDS:
                    k = -1
                    break
                k -= 1
                continue
            break
        glued = _glued_initials(toks, k) if k >= 0 and a.entity_type == "DATE_OF_BIRTH" else -1
        if k >= 0 and _initials_cell(toks, k) and a.entity_type == "DATE_OF_BIRTH":
            s, e = view.span(toks[k].start, toks[k].end)  # "M.A." / "02-11-2009": a child
        elif glued >= 0:
            s, e = view.span(toks[glued].start, toks[k].end)  # "S.v.d.B. 27-07-2010"
        else:
            if k < 0 or toks[k].kind != "word":
                continue
            c = _name_before(toks, k, lex)
            if (
                c is not None
                and toks[c.last].newline_before
                and c.last > c.first
                and squash_word(toks[c.last].text) in domains
            ):
                # "Anneke Zijlstra" / "Stedin" / "06 45 ...": the next cell names the
                # organisation of an e-mail domain (@stedin.net), not the person
                last = c.last - 1
                words = tuple(w for w in c.words if w.end <= toks[last].end)
                c = Candidate(c.first, last, c.start, toks[last].end, words) if words else None
            if c is None or not _is_name(c, toks, lex):
                continue
            if a.entity_type == "NL_LICENSE_PLATE" and any(
                fold(w.text) in _VEHICLE_WORDS for w in c.words
            ):
                continue  # "Zwarte Golf, kenteken KX-482-T": the car, not its owner
            after = toks[c.last + 1] if c.last + 1 < len(toks) else None
            if after is not None and after.text.isdigit() and after.start < vs and not (
                after.newline_before
            ):
                continue  # "Park Voorn 4 | 3544 AC Utrecht": a street and its number
            s, e = view.span(c.start, c.end)
            if _affiliation_of_found(toks, c, view, by_page.get(a.page, []), lex):
                continue
        others = by_page.get(a.page, [])
        if any(
            o.start < e
            and s < o.end
            and _decided(o, lex)
            # a rule's shorter name inside this one ("Berhane Abraha" of "Tesfalem
            # Berhane Abraha") does not decide the row's name
            and not (
                o.entity_type == PERSON
                and o.action is Action.REDACT
                and s <= o.start
                and o.end <= e
                and (s, e) != (o.start, o.end)
            )
            for o in others
        ):
            continue
        f = person_finding(
            a.page,
            s,
            e,
            text[s:e],
            recognizer=ROW_RECOGNIZER,
            source=Source.CONTEXT,
            rule_id=ROW_RULE,
            score=ROW_SCORE,
            explanation="naam direct vóór persoonsgegevens (tabelrij of contactregel)",
        )
        by_page.setdefault(a.page, []).append(f)
        new.append(f)
    return [*findings, *new]


def _affiliation_of_found(
    toks: list[Tok], c: Candidate, view: View, found: list[Finding], lex: Lexicon
) -> bool:
    """The run is ``<surname> van <Firm>`` where a redacted name already ends at the
    surname: ``van <Firm>`` is that person's organisation ("Wojciech Zieliński van
    Centric, 06 ..."), not the rest of a name ("Piet van Dijk")."""
    words = c.words
    for n, t in enumerate(words[1:-1], start=1):
        if t.text not in ("van", "bij"):
            continue
        # the organisation's words, no name among them ("van Veilig Thuis
        # Zaanstreek-Waterland" after "Marjolein Kip")
        body = [w for w in words[n + 1 :] if w.kind == "word"]
        if not body or len(body) > 4 or any(
            lex.is_surname(w.bare) or lex.is_first_name(w.bare) or is_particle(w, lex)
            for w in body
        ):
            return False
        _, end = view.span(words[n - 1].start, words[n - 1].end)
        return any(
            f.entity_type == PERSON and f.action is Action.REDACT and f.end == end for f in found
        )
    return False


def _after_house_number(toks: list[Tok], first: int) -> bool:
    """Token ``first`` follows a street, a house number and a comma on its line
    (``Kerkakkers 19, Leende``): the address's place."""
    k = first - 1
    if k < 0 or toks[k].text != "," or toks[first].newline_before:
        return False
    k -= 1
    if k >= 1 and toks[k].kind == "word" and len(toks[k].text) == 1 and toks[k - 1].text.isdigit():
        k -= 1  # "19a"
    digits = 0
    while k >= 0 and toks[k].text.isdigit() and not toks[k].newline_before:
        digits += 1
        k -= 1
    return 1 <= digits <= 5 and k >= 0 and toks[k].kind == "word" and toks[k].text[:1].isupper()


# particles that, in lower case before a name, are prepositions ("aan de Anthony")
_PREPOSITIONS = frozenset({"aan", "op", "in", "bij", "te", "onder", "voor", "uit"})
_NAME_JOINERS = frozenset({"en", "&", "van", "de", "der", "den", "het", "'t", "op", "aan"})


def _street_after_comma(toks: list[Tok], k: int) -> bool:
    """A comma at token ``k``, then a street and its house number on the same line."""
    if not (k + 2 < len(toks) and toks[k].text == "," and not toks[k + 1].newline_before):
        return False
    j = k + 1
    for n in range(4):
        t = toks[j]
        if t.kind != "word" or t.newline_before:
            return False
        # "Pastoor van Thielplein 1": particles inside the street's name
        if not (t.text[:1].isupper() or (n and t.text in ("van", "de", "der", "den", "ter", "'t"))):
            return False
        j += 1
        if j >= len(toks):
            return False
        if toks[j].text[:1].isdigit() and not toks[j].newline_before:
            return True
    return False


def in_org_phrase_before(toks: list[Tok], first: int, lex: Lexicon) -> bool:
    """Capitalised words and joiners (``en``, ``van de``) lead back on the same line
    from token ``first`` to an organisation word in capitals: ``Hotel Berg en Bos``,
    ``Sporthal De Bongerd``."""
    k = first - 1
    steps = 0
    joined = False  # a joiner on the way: "Gemeente Zwolle Jan Jansen" is two cells
    while k >= 0 and not toks[k + 1].newline_before and steps < 5:
        t = toks[k]
        if t.kind != "word" and t.text != "&":  # "Wooncorporatie Duin & Polder"
            return False
        if is_capitalised(t.text) and is_org_word(t.key, lex):
            return joined
        if t.text in _NAME_JOINERS or t.text in ("De", "Het"):
            joined = True
        elif not is_capitalised(t.text):
            return False
        k -= 1
        steps += 1
    return False


def _after_postcode(toks: list[Tok], first: int) -> bool:
    """Token ``first`` follows a postcode: Dutch ("8280 AA"), Belgian ("2000") or, after
    a comma or opening its line, German or French ("49479"), whose digits are tokens
    of their own."""
    k = first
    if k > 0 and regex.fullmatch(r"[A-Z]{2}", toks[k - 1].text) and not toks[k].newline_before:
        k -= 1
    five = toks[max(0, k - 5) : k]
    if (
        k == first
        and len(five) == 5
        and "".join(t.text for t in five).isdigit()
        and not any(t.gap for t in five[1:])
        and (k == 5 or five[0].newline_before or toks[k - 6].text == ",")
    ):
        return True  # "Brunnenweg 7, 49479 Ibbenbüren": a German or French postcode
    digits = toks[max(0, k - 4) : k]
    return (
        len(digits) == 4
        and "".join(t.text for t in digits).isdigit()
        and not any(t.gap for t in digits[1:])
        # a fifth digit right before them makes a longer number ("12345 AB"), not one
        # on the line before ("Meeuwenlaan 114" / "8011 BZ Zwolle")
        and (k < 5 or not toks[k - 5].text.isdigit() or bool(toks[k - 4].gap))
    )


def _glued_initials(toks: list[Tok], k: int) -> int:
    """The first token of initials (two letters at least) with particles written
    together that end at token ``k`` ("S.v.d.B." opening its line, "een zwangere vrouw,
    M.K., geboren ..."), or -1: before a date of birth, a patient's or child's name."""
    if toks[k].kind != "init":
        return -1
    j = k
    while (
        j > 0
        and not toks[j].gap
        and not toks[j].newline_before
        and (
            toks[j - 1].kind == "init"
            or toks[j - 1].text == "."
            or (
                toks[j - 1].kind == "word"
                and len(toks[j - 1].text) <= 3
                and toks[j - 1].text.islower()
            )
        )
    ):
        j -= 1
    written = "".join(t.text for t in toks[j : k + 1])
    if sum(c.isupper() for c in written) < 2:
        return -1  # "J." alone: too little to tell a person by
    if not (j == 0 or toks[j].newline_before or toks[j].gap or toks[j - 1].text in "(:,;"):
        return -1
    return j if is_initials_only(written) else -1


def _initials_cell(toks: list[Tok], k: int) -> bool:
    """Token ``k`` is a person's initials alone in their cell ("M.A.", "S.v.d.B.")."""
    t = toks[k]
    return (
        t.kind == "init"
        and is_initials_only(t.text)
        and (k == 0 or t.newline_before)
        and (k + 1 >= len(toks) or toks[k + 1].newline_before or toks[k + 1].kind != "word")
    )


def _decided(o: Finding, lex: Lexicon) -> bool:
    """A finding that already says what these words are (kept data, a public entity, a rule).

    The model's guess that a word in a row of personal data is a place or an
    organisation (``Traoré``, ``Soekhradj``) does not decide it, unless the place is a
    listed one or the words hold an organisation word.
    """
    if o.entity_type in PUBLIC_ENTITY_TYPES:
        if o.provenance.source is Source.NER and o.entity_type in ("LOCATION", "ORGANIZATION"):
            words = o.text.split()
            place = fold(" ".join(words)) in lex.places and not (
                len(words) == 1 and lex.is_surname(words[0])  # "Ouwerkerk": both
            )
            return place or any(is_org_word(fold(w), lex) for w in words)
        return True
    if o.entity_type == PERSON:
        return o.provenance.source is not Source.NER
    return True
