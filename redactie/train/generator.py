"""Generate Woo-style Dutch documents, annotated by construction.

The generator composes text from phrase grammars (noun phrases for people,
organisations and places; verb frames with Dutch main-clause V2 order,
subordinate clauses with verb-final order, quotes, appositions, lists) and puts
the sentences into genre layouts: news reports, parliamentary reports and
questions, policy notes, e-mail threads, letters, minutes, chats and contact
lists. Entity spans (``PER``, ``ORG``, ``LOC``) are recorded while the text is
built, so annotations are exact. Usage::

    python -m redactie.train.generator --n-docs 50 --seed 1 --out docs.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from redactie.train import lexicon as lx
from redactie.train.names import NameLists, load_names, split_surname

# A segment is (text, label); label is an entity label, "P" for punctuation that
# attaches to the previous segment, "QO" for an opening quote, or None.
Seg = tuple[str, str | None]
T = TypeVar("T")
ENT_LABELS = frozenset({"PER", "ORG", "LOC"})


@dataclass
class GeneratedDoc:
    """One generated document: text, entity spans and the genre and skeletons used."""

    text: str
    spans: list[tuple[int, int, str]]
    genre: str
    skeletons: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "spans": self.spans, "genre": self.genre}


class TextBuilder:
    """Accumulates text and entity spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.len = 0
        self.spans: list[tuple[int, int, str]] = []
        self.skeletons: list[str] = []

    def add(self, text: str, label: str | None = None) -> None:
        if label in ENT_LABELS and text:
            self.spans.append((self.len, self.len + len(text), str(label)))
        self.parts.append(text)
        self.len += len(text)

    def segs(self, segs: Sequence[Seg], *, capitalize: bool = True) -> None:
        """Render segments with Dutch spacing rules; capitalise the first letter."""
        first = True
        prev: str | None = None
        prev_text = ""
        for text, label in segs:
            if not text:
                continue
            if text == "." and label == "P" and prev_text.endswith("."):
                continue
            if not first and label != "P" and prev != "QO" and prev_text != "(":
                self.add(" ")
            if first and capitalize and text[:1].islower():
                text = text[0].upper() + text[1:]
            self.add(text, label)
            prev = label
            prev_text = text
            first = False

    def line(self, segs: Sequence[Seg] | str = "", end: str = "\n") -> None:
        if isinstance(segs, str):
            self.add(segs)
        else:
            self.segs(segs, capitalize=False)
        self.add(end)

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Person:
    first: str
    tv: str
    last: str
    female: bool
    second_initial: str = ""
    role: str | None = None
    org: tuple[str, str] | None = None
    party: str | None = None
    introduced: bool = False

    def surname(self, cap: bool = True) -> str:
        tv = self.tv
        if cap and tv:
            tv = tv[0].upper() + tv[1:]
        return f"{tv} {self.last}".strip()

    def full(self) -> str:
        return f"{self.first} {self.surname(cap=False)}"

    def initials(self) -> str:
        ini = self.first[0] + "."
        if self.second_initial:
            ini += self.second_initial + "."
        return f"{ini} {self.surname(cap=False)}"

    def title(self, rnd: random.Random) -> str:
        if self.female:
            return rnd.choice(("mevrouw", "mevrouw", "mw.", "mevr."))
        return rnd.choice(("de heer", "de heer", "dhr.", "meneer"))

    def possessive(self) -> str:
        s = self.surname()
        return s + "'" if s[-1] in "sxz" else s + "s"


class DocGen:
    """Generates one document at a time from a random state and name lists."""

    def __init__(self, names: NameLists, rnd: random.Random, foreign_rate: float = 0.3) -> None:
        self.names = names
        self.r = rnd
        self.foreign_rate = foreign_rate
        self.cast: list[Person] = []
        self.b = TextBuilder()

    # ----------------------------------------------------------------- choices
    def ch(self, xs: Sequence[T]) -> T:
        return self.r.choice(xs)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    # ----------------------------------------------------------------- people
    def pseudo_name(self) -> str:
        cons = "bdfghjklmnprstvwz"
        vow = "aeiouy"
        syl = [self.ch(cons).upper() + self.ch(vow)]
        for _ in range(self.r.randint(1, 3)):
            syl.append(self.ch(cons) + self.ch(vow) + self.ch(("", "n", "r", "s", "l", "k")))
        return "".join(syl)

    def new_person(self, role: str | None = None) -> Person:
        n = self.names
        female = self.p(0.5)
        if self.p(self.foreign_rate):
            first = self.ch(n.foreign_first) if n.foreign_first else "Anna"
            last = self.ch(n.foreign_last) if n.foreign_last else self.pseudo_name()
            if self.p(0.3):
                first = self.ch(n.first_f if female else n.first_m)
            if self.p(0.25):
                last = self.pseudo_name()
        else:
            first = self.ch(n.first_f if female else n.first_m)
            roll = self.r.random()
            if roll < 0.45 or not n.last_rare:
                last = self.ch(n.last)
            elif roll < 0.95:
                last = self.ch(n.last_rare)
            else:
                last = self.pseudo_name()
            if " " not in last and self.p(0.12):
                last = (
                    f"{self.ch(('van', 'de', 'van der', 'van den', 'van de', 'ter', 'den'))} {last}"
                )
        tv, core = split_surname(last)
        if self.p(0.05):
            core = f"{core}-{split_surname(self.ch(n.last))[1]}"
        person = Person(
            first=first,
            tv=tv,
            last=core,
            female=female,
            second_initial=self.ch(string.ascii_uppercase[:20]) if self.p(0.3) else "",
            role=role,
            org=self.org_pair() if self.p(0.6) else None,
            party=self.ch(lx.PARTIES) if self.p(0.3) else None,
        )
        self.cast.append(person)
        return person

    def someone(self, new_prob: float = 0.35) -> Person:
        if not self.cast or self.p(new_prob):
            role = None
            if self.p(0.5):
                role = self.ch(lx.ROLES_PUBLIC if self.p(0.5) else lx.ROLES_STAFF)
            return self.new_person(role)
        return self.ch(self.cast)

    def intro_mention(self, per: Person) -> list[Seg]:
        """First mention: full name, often with role or apposition."""
        per.introduced = True
        roll = self.r.random()
        name = per.full() if self.p(0.75) else per.initials()
        if per.role and roll < 0.35:
            role = per.role
            if per.org and self.p(0.4) and per.role in lx.ROLES_STAFF:
                det, org = per.org
                return [(role, None), ("van", None), (det, None), (org, "ORG"), (name, "PER")]
            if self.p(0.35):
                return [
                    ("de", None),
                    (self.ch(lx.NATIONALITY_ADJ), None),
                    (role, None),
                    (name, "PER"),
                ]
            return [(role, None), (name, "PER")]
        if roll < 0.45:
            return [(per.title(self.r), None), (name, "PER")]
        if roll < 0.52:
            title = self.ch(("dr.", "prof. dr.", "mr.", "drs.", "ir.", "ing.", "mr. drs."))
            return [(title, None), (per.initials(), "PER")]
        return [(name, "PER")]

    def later_mention(self, per: Person, *, informal: bool = False) -> list[Seg]:
        roll = self.r.random()
        if informal and roll < 0.5:
            return [(per.first, "PER")]
        if roll < 0.55:
            return [(per.surname(), "PER")]
        if roll < 0.75:
            return [(per.title(self.r), None), (per.surname(), "PER")]
        if roll < 0.85 and per.role:
            return [(per.role, None), (per.surname(), "PER")]
        if roll < 0.92:
            return [(per.full(), "PER")]
        return [(per.surname(), "PER")]

    def mention(self, per: Person, *, informal: bool = False) -> list[Seg]:
        if not per.introduced:
            return self.intro_mention(per)
        return self.later_mention(per, informal=informal)

    def person_np(self, *, informal: bool = False) -> list[Seg]:
        return self.mention(self.someone(), informal=informal)

    # ----------------------------------------------------------------- other NPs
    def org_pair(self) -> tuple[str, str]:
        roll = self.r.random()
        if roll < 0.22:
            base = self.pseudo_name() if self.p(0.7) else self.ch(lx.WORLD_PLACES + lx.CITIES_BE)
            name = self.ch(lx.ORG_PATTERNS).replace("{X}", base)
            if self.p(0.15):
                name = name.upper()[: self.r.randint(2, 5)].strip()
            return ("", name)
        if roll < 0.4:
            return self.r.choice(lx.ORGS_PUBLIC)
        if roll < 0.65:
            return ("", self.ch(lx.ORGS_COMPANY))
        if roll < 0.8:
            return ("de", f"gemeente {self.ch(lx.CITIES_NL + lx.CITIES_BE)}")
        if roll < 0.87:
            return ("de", f"provincie {self.ch(lx.REGIONS[:12])}")
        sur = split_surname(self.ch(self.names.last))[1]
        kind = self.r.randint(0, 5)
        if kind == 0:
            return ("", f"{sur} Advies B.V.")
        if kind == 1:
            return ("", f"Bouwbedrijf {sur}")
        if kind == 2:
            return ("", f"{sur} & Partners")
        if kind == 3:
            return (
                "",
                "Stichting "
                + self.ch(("Groen", "Samen", "Sterk", "Veilig", "Vrij"))
                + " "
                + self.ch(lx.CITIES_NL),
            )
        if kind == 4:
            return ("", f"Advocatenkantoor {sur}")
        return (
            "",
            self.ch(lx.CITIES_NL)
            + " "
            + self.ch(("Transport", "Bouw", "Installatietechniek", "Zorg")),
        )

    def org_np(self) -> list[Seg]:
        det, name = self.org_pair()
        if not det and self.p(0.3):
            if self.p(0.5):
                return [(self.ch(lx.ORG_CONTEXTS), None), (name, "ORG")]
            adj = self.ch(lx.NATIONALITY_ADJ) + " " if self.p(0.5) else ""
            return [(f"het {adj}{self.ch(lx.COMPANY_KINDS)}", None), (name, "ORG")]
        if name.startswith("gemeente ") and self.p(0.4):
            return [("de gemeente", None), (name.split(" ", 1)[1], "LOC")]
        return [(det, None), (name, "ORG")]

    def role_np(self) -> list[Seg]:
        role = self.ch(lx.ROLES_PUBLIC + lx.ROLES_STAFF)
        if self.p(0.3):
            return [("de", None), (role, None), ("van", None), *self.place_np(bare=True)]
        if self.p(0.3):
            return [("de", None), (self.ch(lx.NATIONALITY_ADJ), None), (role, None)]
        return [("de", None), (role, None)]

    def who(self) -> list[Seg]:
        roll = self.r.random()
        if roll < 0.45:
            return self.person_np()
        if roll < 0.75:
            return self.org_np()
        return self.role_np()

    def street(self) -> str:
        roll = self.r.random()
        if roll < 0.3:
            return self.ch(lx.FAMOUS_STREETS)
        if roll < 0.55:
            tv, core = split_surname(self.ch(self.names.last))
            first = self.ch(self.names.first_m + self.names.first_f)
            pre = self.ch(lx.PERSON_STREET_PREFIXES) if self.p(0.5) else first
            tvs = f" {tv}" if tv else ""
            return f"{pre}{tvs} {core}{self.ch(lx.STREET_SUFFIXES)}"
        return f"{self.ch(lx.STREET_NOUNS)}{self.ch(lx.STREET_SUFFIXES)}"

    def pseudo_place(self) -> str:
        name = self.pseudo_name()
        if self.p(0.6):
            name = name[: self.r.randint(3, max(3, len(name)))] + self.ch(lx.PLACE_ENDINGS)
        return name

    def misc_np(self) -> list[Seg]:
        """Capitalised names that are not PER/ORG/LOC (programmes, products, events)."""
        x = self.pseudo_name() if self.p(0.6) else self.ch(lx.BRANDS)
        return [(self.ch(lx.MISC_NAMES).replace("{X}", x), None)]

    def place_np(self, *, bare: bool = False) -> list[Seg]:
        roll = self.r.random()
        if roll < 0.18:
            return [(self.pseudo_place(), "LOC")]
        if roll < 0.5:
            place = self.ch(lx.CITIES_NL)
        elif roll < 0.65:
            place = self.ch(lx.CITIES_BE)
        elif roll < 0.72:
            place = self.ch(lx.COUNTRIES)
        elif roll < 0.8:
            place = self.ch(lx.WORLD_PLACES)
        elif roll < 0.88:
            place = self.ch(lx.REGIONS)
        else:
            if bare:
                place = self.ch(lx.CITIES_NL)
            else:
                return [("aan de", None), (self.street(), "LOC")]
        if place.startswith(("de ", "het ")):
            det, rest = place.split(" ", 1)
            return [(det, None), (rest, "LOC")]
        return [(place, "LOC")]

    def place_pp(self) -> list[Seg]:
        roll = self.r.random()
        if roll < 0.7:
            np = self.place_np()
            if np[0][0] == "aan de":
                return np
            return [("in", None), *np]
        if roll < 0.85:
            return [
                (
                    self.ch(
                        (
                            "op het stadhuis van",
                            "op het provinciehuis van",
                            "in het gemeentehuis van",
                        )
                    ),
                    None,
                ),
                (self.ch(lx.CITIES_NL), "LOC"),
            ]
        b = self.ch(lx.BUILDINGS)
        if b.startswith(("het ", "de ")):
            det, rest = b.split(" ", 1)
            return [(self.ch(("in", "op", "bij")), None), (det, None), (rest, "LOC")]
        return [(self.ch(("in", "op", "bij")), None), (b, "LOC")]

    def thing(self) -> list[Seg]:
        t = self.ch(lx.THINGS)
        roll = self.r.random()
        if roll < 0.15 and self.cast:
            per = self.ch(self.cast)
            if per.introduced:
                noun = t.split(" ", 1)[1]
                poss = per.possessive()
                if poss.endswith("'"):
                    return [(poss[:-1], "PER"), ("'", "P"), (noun, None)]
                return [(poss, "PER"), (noun, None)]
        if roll < 0.3:
            return [(t, None), ("van", None), *self.who()]
        if roll < 0.45:
            return [(t, None), ("over", None), (self.ch(lx.TOPICS), None)]
        if roll < 0.52:
            return [(t, None), ("in", None), (self.ch(lx.BRANDS), None)]
        if roll < 0.56:
            return [(t, None), ("over", None), *self.misc_np()]
        if roll < 0.58:
            return [(t, None), ("op grond van de", None), (self.ch(lx.LAWS), None)]
        return [(t, None)]

    def fill(self, template: str) -> list[Seg]:
        out: list[Seg] = []
        for word in template.split():
            if word == "{who}":
                out += self.who()
            elif word == "{thing}":
                out += self.thing()
            elif word == "{topic}":
                out.append((self.ch(lx.TOPICS), None))
            elif word == "{place}":
                out += self.place_np(bare=True)
            elif word == "{org}":
                out += self.org_np()
            elif word == "{role}":
                out.append((self.ch(lx.ROLES_PUBLIC + lx.ROLES_STAFF), None))
            elif word == "{event}":
                out.append((self.ch(lx.EVENTS), None))
            else:
                out.append((word, None))
        return out

    # ----------------------------------------------------------------- clauses
    def subject(self, *, allow_plural: bool = True) -> tuple[list[Seg], bool]:
        roll = self.r.random()
        if allow_plural and roll < 0.1:
            p1 = self.someone()
            p2 = self.someone(new_prob=0.6)
            while p2 is p1:
                p2 = self.new_person()
            return [*self.mention(p1), ("en", None), *self.mention(p2)], True
        if allow_plural and roll < 0.2:
            pick = self.r.randint(0, 3)
            if pick == 0:
                return [
                    (self.ch(("we", "wij", "zij", "de wethouders", "de ministers")), None)
                ], True
            if pick == 1:
                return [(self.ch(lx.GENERIC_PLURALS), None)], True
            if pick == 2:
                return [
                    (
                        " ".join(
                            (
                                self.ch(("de", "veel", "twee")),
                                self.ch(lx.NATIONALITY_ADJ),
                                self.ch(lx.GENERIC_PLURALS),
                            )
                        ),
                        None,
                    )
                ], True
            return [
                ((self.ch(("de", "veel", "alle", "")) + " " + self.ch(lx.DEMONYMS)).strip(), None)
            ], True
        if roll < 0.26:
            return [(self.ch(lx.ABSTRACT_SUBJECTS), None)], False
        if roll < 0.3:
            return self.misc_np(), False
        if roll < 0.6:
            return self.person_np(), False
        if roll < 0.82:
            return self.org_np(), False
        return self.role_np(), False

    def clause(
        self,
        *,
        sub: bool = False,
        front: str | None = None,
        subj: tuple[list[Seg], bool] | None = None,
        tense: str | None = None,
    ) -> tuple[list[Seg], str]:
        """Build a clause; returns (segments, skeleton)."""
        v = self.r.choice(lx.VERBS)
        pres_sg, pres_pl, past_sg, past_pl, part, aux, particle, comps = v
        subj_segs, plural = subj or self.subject()
        comp = self.fill(self.ch(comps))
        tense = tense or self.ch(("pres", "past", "past", "perf", "modal", "fut"))
        inf = particle + pres_pl
        participle = particle + part if particle else part
        fin: str
        nonfin: list[str] = []
        if tense == "pres":
            fin = pres_pl if plural else pres_sg
        elif tense == "past":
            fin = past_pl if plural else past_sg
        elif tense == "perf":
            if aux == "h":
                fin = (
                    ("hebben" if plural else "heeft")
                    if self.p(0.8)
                    else ("hadden" if plural else "had")
                )
            else:
                fin = (
                    ("zijn" if plural else "is") if self.p(0.8) else ("waren" if plural else "was")
                )
            nonfin = [participle]
        elif tense == "modal":
            m = self.r.randint(0, 3)
            fin = (("willen", "wil"), ("moeten", "moet"), ("kunnen", "kan"), ("gaan", "gaat"))[m][
                0 if plural else 1
            ]
            nonfin = [inf]
        else:
            fin = "zullen" if plural else "zal"
            nonfin = [inf]
        simple = not nonfin
        mid: list[Seg] = []
        if self.p(0.3):
            mid.append((self.ch(lx.ADVERBS), None))
        time_seg: list[Seg] = [(self.ch(lx.TIME_ADVS), None)] if self.p(0.35) else []
        place_seg: list[Seg] = (
            self.place_pp() if self.p(0.2) and "{place}" not in str(comps) else []
        )
        skel_parts: list[str] = []
        if sub:
            verbs: list[Seg]
            if simple:
                verbs = [((particle + fin) if particle else fin, None)]
            elif self.p(0.5):
                verbs = [(nonfin[0], None), (fin, None)]
            else:
                verbs = [(fin, None), (nonfin[0], None)]
            segs = [*subj_segs, *mid, *time_seg, *comp, *place_seg, *verbs]
            skel_parts = [
                "S",
                "adv" if mid else "",
                "T" if time_seg else "",
                "C",
                "L" if place_seg else "",
                "V-final",
            ]
        else:
            front = front or self.ch(("subj", "subj", "subj", "time", "place", "adv", "adv"))
            tail: list[Seg] = [(n, None) for n in nonfin]
            if simple and particle:
                tail = [(particle, None)]
            if front == "time" and time_seg:
                segs = [*time_seg, (fin, None), *subj_segs, *mid, *comp, *place_seg, *tail]
            elif front == "place" and place_seg:
                segs = [*place_seg, (fin, None), *subj_segs, *mid, *time_seg, *comp, *tail]
            elif front == "adv":
                segs = [
                    (self.ch(lx.FRONT_ADVS), None),
                    (fin, None),
                    *subj_segs,
                    *mid,
                    *time_seg,
                    *comp,
                    *place_seg,
                    *tail,
                ]
            else:
                front = "subj"
                segs = [*subj_segs, (fin, None), *mid, *time_seg, *comp, *place_seg, *tail]
            skel_parts = [
                front,
                "Vf",
                "adv" if mid else "",
                "T" if time_seg else "",
                "C",
                "L" if place_seg else "",
                tense,
            ]
        return segs, "-".join(x for x in skel_parts if x)

    def sentence(self, *, informal: bool = False) -> tuple[list[Seg], str]:
        roll = self.r.random()
        if roll < 0.3:
            segs, sk = self.clause()
            return [*segs, (".", "P")], "main:" + sk
        if roll < 0.4:
            conj = self.ch(lx.SUB_CONJ)
            s1, k1 = self.clause(sub=True)
            v = self.r.choice(lx.VERBS)
            subj, plural = self.subject()
            comp = self.fill(self.ch(v[7]))
            fin = v[3] if plural else v[2]
            tail: list[Seg] = [(v[6], None)] if v[6] else []
            return [
                (conj, None),
                *s1,
                (",", "P"),
                (fin, None),
                *subj,
                *comp,
                *tail,
                (".", "P"),
            ], f"sub-main:{conj}:{k1}"
        if roll < 0.5:
            s1, k1 = self.clause()
            conj = self.ch(lx.SUB_CONJ)
            s2, k2 = self.clause(sub=True)
            return [*s1, (",", "P"), (conj, None), *s2, (".", "P")], f"main-sub:{k1}:{conj}:{k2}"
        if roll < 0.57:
            s1, k1 = self.clause()
            s2, k2 = self.clause()
            cc = self.ch(("en", "maar", "want", "dus"))
            return [*s1, (",", "P"), (cc, None), *s2, (".", "P")], f"coord:{k1}:{cc}:{k2}"
        if roll < 0.7:
            return self.quote_sentence()
        if roll < 0.77:
            per = self.someone(new_prob=0.6)
            was_new = not per.introduced
            np = self.intro_mention(per) if was_new else self.later_mention(per)
            if per.role and per.org:
                det, org = per.org
                app: list[Seg] = [
                    (",", "P"),
                    (per.role, None),
                    ("van", None),
                    (det, None),
                    (org, "ORG"),
                    (",", "P"),
                ]
            elif per.party:
                app = [("(", None), (per.party, "ORG"), (")", "P")]
            else:
                app = [(",", "P"), (f"{self.r.randint(24, 71)}", None), (",", "P")]
            segs, sk = self.clause(subj=([*np, *app], False), front="subj")
            return [*segs, (".", "P")], "appos:" + sk
        if roll < 0.8:
            verb = self.ch(lx.SAY_VERBS)[self.r.randint(0, 1)]
            per = self.someone()
            s2, k2 = self.clause(sub=True)
            return [*self.mention(per), (verb, None), ("dat", None), *s2, (".", "P")], "dat:" + k2
        if roll < 0.85:
            n = self.r.randint(2, 4)
            people: list[Seg] = []
            chosen: list[Person] = []
            for i in range(n):
                if i:
                    people.append(("en", None) if i == n - 1 else (",", "P"))
                per = self.someone()
                while per in chosen:
                    per = self.new_person()
                chosen.append(per)
                people += self.mention(per)
            frame = self.r.randint(0, 3)
            if frame == 0:
                return [
                    ("bij", None),
                    ("het overleg", None),
                    ("waren", None),
                    *people,
                    ("aanwezig", None),
                    (".", "P"),
                ], "list:aanwezig"
            if frame == 1:
                return [
                    ("namens", None),
                    *self.org_np(),
                    ("schoven", None),
                    *people,
                    ("aan", None),
                    (".", "P"),
                ], "list:namens"
            if frame == 2:
                return [
                    *people,
                    ("hebben", None),
                    (self.ch(lx.THINGS), None),
                    ("ondertekend", None),
                    (".", "P"),
                ], "list:subj"
            return [("de werkgroep bestaat uit", None), *people, (".", "P")], "list:werkgroep"
        if roll < 0.9:
            v = self.r.choice([x for x in lx.VERBS if "{thing}" in x[7][0]])
            t = self.thing()
            aux = self.ch(("is", "werd", "wordt", "was"))
            part = (v[6] + v[4]) if v[6] else v[4]
            return [
                *t,
                (aux, None),
                (self.ch(lx.TIME_ADVS), None),
                (part, None),
                ("door", None),
                *self.who(),
                (".", "P"),
            ], f"passive:{aux}"
        if roll < 0.95:
            per = self.someone()
            if self.p(0.5):
                # "Volgens X" + inverted main clause
                v = self.r.choice(lx.VERBS)
                subj, plural = self.subject()
                comp = self.fill(self.ch(v[7]))
                fin = v[3] if plural else v[2]
                tail2: list[Seg] = [(v[6], None)] if v[6] else []
                segs = [("volgens", None), *self.mention(per), (fin, None), *subj, *comp, *tail2]
                return [*segs, (".", "P")], "volgens"
            s2, k2 = self.clause(sub=False)
            return [*s2, (",", "P"), ("aldus", None), *self.mention(per), (".", "P")], "aldus:" + k2
        return self.question()

    def quote_sentence(self) -> tuple[list[Seg], str]:
        q = self.ch(lx.QUOTE_CORES)
        per = self.someone(new_prob=0.2)
        quotes = self.ch(("“”", "‘’", '""', "''"))
        open_q, close_q = quotes[0], quotes[1]
        verb = self.ch(lx.SAY_VERBS)[self.r.randint(0, 1)]
        style = self.r.randint(0, 3)
        if style == 0:
            return [
                (open_q, "QO"),
                (q, None),
                (",", "P"),
                (close_q, "P"),
                (verb, None),
                *self.mention(per),
                (".", "P"),
            ], "quote:after"
        if style == 1:
            return [
                *self.mention(per),
                (":", "P"),
                (open_q, "QO"),
                (q, None),
                (".", "P"),
                (close_q, "P"),
            ], "quote:colon"
        if style == 2:
            return [
                (open_q, "QO"),
                (q, None),
                (",", "P"),
                (close_q, "P"),
                ("aldus", None),
                *self.mention(per),
                (".", "P"),
            ], "quote:aldus"
        return [
            *self.mention(per),
            (verb, None),
            ("dat", None),
            ("het", None),
            (self.ch(("een goed plan", "niet de bedoeling", "een lastige kwestie")), None),
            ("is", None),
            (".", "P"),
        ], "quote:indirect"

    def question(self) -> tuple[list[Seg], str]:
        s, sk = self.clause(sub=True)
        opener = self.ch(
            (
                "kan de minister aangeven of",
                "is het college bekend met het feit dat",
                "waarom is niet gemeld dat",
                "klopt het dat",
                "weet u of",
            )
        )
        return [(opener, None), *s, ("?", "P")], "question:" + sk

    # ----------------------------------------------------------------- helpers
    def date(self) -> str:
        months = (
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        )
        days = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag")
        d = f"{self.r.randint(1, 28)} {self.ch(months)} {self.r.randint(2019, 2025)}"
        return f"{self.ch(days)} {d}" if self.p(0.4) else d

    def email_addr(self, per: Person, domain: str) -> str:
        local = f"{per.first[0]}.{per.last}".lower().replace(" ", "").replace("'", "")
        return f"{local}@{domain}"

    def domain(self) -> str:
        return self.ch(
            (
                "minbzk.nl",
                "rijksoverheid.nl",
                "utrecht.nl",
                "denhaag.nl",
                "rws.nl",
                "provincie-utrecht.nl",
                "gemeente.nl",
                "ggd.nl",
                "gmail.com",
                "vng.nl",
            )
        )

    def phone(self) -> str:
        if self.p(0.5):
            return f"06-{self.r.randint(10000000, 99999999)}"
        return f"0{self.r.randint(10, 79)} {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}"

    def paragraph(self, n: int, *, informal: bool = False, wrap: bool = False) -> None:
        start = self.b.len
        for i in range(n):
            segs, sk = self.sentence(informal=informal)
            self.b.skeletons.append(sk)
            if i:
                self.b.add(" ")
            self.b.segs(segs)
        if wrap:
            self.wrap_from(start)
        self.b.add("\n")

    def wrap_from(self, start: int) -> None:
        """Replace spaces by newlines (PDF line breaks), never inside an entity."""
        text = "".join(self.b.parts)
        width = self.r.randint(55, 100)
        inside: set[int] = set()
        for s, e, _ in self.b.spans:
            if s >= start:
                inside.update(range(s, e))
        chars = list(text)
        col = 0
        for i in range(start, len(chars)):
            col += 1
            if chars[i] == " " and col >= width and i not in inside:
                chars[i] = "\n"
                col = 0
        self.b.parts = ["".join(chars)]

    def sign(self, per: Person, *, role: bool = True) -> None:
        self.b.line([(per.full() if self.p(0.7) else per.initials(), "PER")])
        per.introduced = True
        if role:
            self.b.line(per.role or self.ch(lx.ROLES_STAFF))
        if self.p(0.6):
            _det, org = per.org or self.org_pair()
            self.b.line([(org[0].upper() + org[1:], "ORG")])
        if self.p(0.5):
            self.b.line(f"T {self.phone()}")

    # ----------------------------------------------------------------- genres
    def news(self) -> None:
        if self.p(0.4):
            rubric = self.ch(lx.RUBRICS)
            self.b.line(rubric.upper() if self.p(0.3) else rubric)
        segs, sk = self.clause(tense="pres")
        self.b.skeletons.append("headline:" + sk)
        self.b.segs(segs)
        self.b.add("\n\n" if self.p(0.5) else "\n")
        if self.p(0.4):
            city = self.ch(lx.CITIES_NL + lx.CITIES_BE)
            self.b.add(city.upper() if self.p(0.5) else city, "LOC")
            self.b.add(" - ")
        for _ in range(self.r.randint(2, 5)):
            self.paragraph(self.r.randint(2, 5), wrap=self.p(0.3))
            if self.p(0.5):
                self.b.add("\n")

    def parliament(self) -> None:
        if self.p(0.5):
            asker = self.new_person("Kamerlid")
            asker.party = asker.party or self.ch(lx.PARTIES)
            minister = self.new_person("minister")
            self.b.line(
                [
                    ("Vragen van het lid", None),
                    (asker.surname(), "PER"),
                    ("(", None),
                    (asker.party, "ORG"),
                    (")", "P"),
                    ("aan de minister van", None),
                    (self.ch(("Financiën", "Justitie en Veiligheid", "Binnenlandse Zaken")), None),
                    ("over", None),
                    (self.ch(lx.TOPICS), None),
                    ("(ingezonden", None),
                    (self.date(), None),
                    (")", "P"),
                ]
            )
            asker.introduced = minister.introduced = True
            self.b.add("\n")
            for i in range(1, self.r.randint(3, 6)):
                self.b.line(f"Vraag {i}")
                segs, sk = self.question()
                self.b.skeletons.append(sk)
                self.b.segs(segs)
                self.b.add("\n\n")
                self.b.line(f"Antwoord {i}")
                self.paragraph(self.r.randint(1, 3))
                self.b.add("\n")
            self.b.line(
                [
                    ("Antwoord van minister", None),
                    (minister.surname(), "PER"),
                    ("(", None),
                    (self.ch(lx.PARTIES), "ORG"),
                    (")", "P"),
                ]
            )
            return
        chair = self.new_person("voorzitter")
        self.b.line(
            [
                ("De voorzitter", None),
                (":", "P"),
                ("Ik geef het woord aan", None),
                *self.intro_mention(self.new_person("Kamerlid")),
                (".", "P"),
            ]
        )
        for _ in range(self.r.randint(3, 7)):
            speaker = self.someone(new_prob=0.3)
            speaker.introduced = True
            party = speaker.party or self.ch(lx.PARTIES)
            title = "Mevrouw" if speaker.female else "De heer"
            name = speaker.surname()
            if self.p(0.4):
                name = name.upper()
            if self.p(0.2) and speaker.role:
                self.b.line(
                    [(speaker.role[0].upper() + speaker.role[1:], None), (name, "PER"), (":", "P")],
                    end=" ",
                )
            else:
                self.b.line(
                    [
                        (title, None),
                        (name, "PER"),
                        ("(", None),
                        (party, "ORG"),
                        (")", "P"),
                        (":", "P"),
                    ],
                    end=" ",
                )
            self.paragraph(self.r.randint(1, 4))
            if self.p(0.3):
                self.b.line(
                    [
                        ("De voorzitter", None),
                        (":", "P"),
                        ("Dank u wel,", None),
                        *self.later_mention(speaker),
                        (".", "P"),
                    ]
                )
        del chair

    def nota(self) -> None:
        author = self.new_person()
        self.b.line("Nota" if self.p(0.5) else "Beslisnota")
        self.b.line([("Aan", None), (":", "P"), ("de", None), (self.ch(lx.ROLES_PUBLIC[:6]), None)])
        self.b.line([("Van", None), (":", "P"), (self.ch(lx.DEPARTMENTS), None)])
        self.b.line(
            [
                ("Contactpersoon", None),
                (":", "P"),
                (author.full() if self.p(0.5) else author.initials(), "PER"),
            ]
        )
        author.introduced = True
        self.b.line(f"Datum: {self.date()}")
        self.b.line(f"Kenmerk: {self.r.randint(2019, 2025)}-{self.r.randint(10**9, 10**10 - 1)}")
        self.b.line(f"Onderwerp: {self.ch(lx.TOPICS)}")
        self.b.add("\n")
        for head in self.r.sample(
            (
                "Aanleiding",
                "Beslispunten",
                "Kern",
                "Toelichting",
                "Advies",
                "Politieke context",
                "Financiële paragraaf",
                "Communicatie",
            ),
            3,
        ):
            self.b.line(head)
            if head == "Beslispunten":
                for i in range(1, self.r.randint(2, 4)):
                    self.b.add(f"{i}. ")
                    segs, sk = self.clause(front="subj")
                    self.b.skeletons.append("beslis:" + sk)
                    self.b.segs([*segs, (".", "P")])
                    self.b.add("\n")
            else:
                self.paragraph(self.r.randint(2, 4), wrap=self.p(0.4))
            self.b.add("\n")
        if self.p(0.6):
            names: list[Seg] = []
            for i in range(self.r.randint(1, 3)):
                if i:
                    names.append((",", "P"))
                p = self.new_person()
                names += [(p.initials() if self.p(0.5) else p.full(), "PER")]
                p.introduced = True
                names += [("(", None), (self.ch(lx.DEPARTMENTS), None), (")", "P")]
            self.b.line([("Afgestemd met", None), (":", "P"), *names])

    def email(self) -> None:
        people = [self.new_person(self.ch(lx.ROLES_STAFF)) for _ in range(self.r.randint(2, 4))]
        for k in range(self.r.randint(1, 3)):
            sender, to = self.r.sample(people, 2)
            if k:
                self.b.line("-----Oorspronkelijk bericht-----" if self.p(0.5) else "")
            fmt = self.r.randint(0, 2)
            if fmt == 0:
                sender_segs: list[Seg] = [
                    (sender.full(), "PER"),
                    ("<" + self.email_addr(sender, self.domain()) + ">", None),
                ]
            elif fmt == 1:
                sender_segs = [(f"{sender.surname()}, {sender.first}", "PER")]
            else:
                sender_segs = [(sender.full(), "PER")]
            self.b.line([("Van", None), (":", "P"), *sender_segs])
            self.b.line(
                f"{self.ch(('Verzonden', 'Datum'))}: {self.date()} "
                f"{self.r.randint(7, 19)}:{self.r.randint(10, 59)}"
            )
            self.b.line([("Aan", None), (":", "P"), (to.full(), "PER")])
            if self.p(0.4):
                cc = self.ch(people)
                self.b.line(
                    [("CC", None), (":", "P"), (cc.initials() if self.p(0.3) else cc.full(), "PER")]
                )
            self.b.line(f"Onderwerp: {self.ch(('', 'RE: ', 'FW: '))}{self.ch(lx.TOPICS)}")
            self.b.add("\n")
            for p in people:
                p.introduced = True
            greet = self.r.randint(0, 3)
            if greet == 0:
                self.b.line([("Beste", None), (to.first, "PER"), (",", "P")])
            elif greet == 1:
                self.b.line([("Hoi", None), (to.first, "PER"), (",", "P")])
            elif greet == 2:
                self.b.line(
                    [
                        ("Geachte", None),
                        (to.title(self.r).replace("de ", ""), None),
                        (to.surname(), "PER"),
                        (",", "P"),
                    ]
                )
            else:
                self.b.line("Dag allen,")
            self.b.add("\n")
            self.paragraph(self.r.randint(1, 4), informal=True)
            self.b.add("\n")
            self.b.line(
                self.ch(
                    ("Met vriendelijke groet,", "Groet,", "Groeten,", "Hartelijke groet,", "Mvg,")
                )
            )
            self.b.add("\n")
            if self.p(0.4):
                self.b.line([(sender.first, "PER")])
            else:
                self.sign(sender)
            self.b.add("\n")

    def letter(self) -> None:
        recipient = self.new_person()
        _det, org = self.org_pair()
        self.b.line([(org[0].upper() + org[1:], "ORG")])
        self.b.add("\n")
        self.b.line([("Aan", None), (recipient.title(self.r), None), (recipient.initials(), "PER")])
        recipient.introduced = True
        self.b.line([(self.street(), "LOC"), (str(self.r.randint(1, 250)), None)])
        self.b.line(
            [
                (
                    f"{self.r.randint(1000, 9999)} "
                    + self.ch(string.ascii_uppercase)
                    + self.ch(string.ascii_uppercase),
                    None,
                ),
                (self.ch(lx.CITIES_NL), "LOC"),
            ]
        )
        self.b.add("\n")
        self.b.line(f"Datum {self.date()}")
        self.b.line(
            "Onderwerp "
            + self.ch(
                ("Besluit op uw Woo-verzoek", "Uw aanvraag", "Reactie op uw klacht", "Uitnodiging")
            )
        )
        self.b.add("\n")
        self.b.line(
            [
                ("Geachte", None),
                ("heer" if not recipient.female else "mevrouw", None),
                (recipient.surname(), "PER"),
                (",", "P"),
            ]
        )
        self.b.add("\n")
        for _ in range(self.r.randint(2, 4)):
            self.paragraph(self.r.randint(1, 4), wrap=self.p(0.3))
            self.b.add("\n")
        self.b.line(self.ch(("Hoogachtend,", "Met vriendelijke groet,")))
        if self.p(0.5):
            self.b.line(f"de {self.ch(lx.ROLES_PUBLIC[:5])} van {self.ch(lx.CITIES_NL)},")
            self.b.line("namens deze,")
        self.b.add("\n")
        self.sign(self.new_person(self.ch(lx.ROLES_STAFF)))

    def minutes(self) -> None:
        people = [self.new_person(self.ch(lx.ROLES_STAFF)) for _ in range(self.r.randint(3, 7))]
        self.b.line(
            "Verslag "
            + self.ch(("overleg", "stuurgroep", "projectgroep", "bestuurlijk overleg"))
            + " "
            + self.ch(lx.TOPICS)
        )
        self.b.line(f"Datum: {self.date()}")
        self.b.line([("Locatie", None), (":", "P"), *self.place_np()])
        att: list[Seg] = []
        for i, p in enumerate(people[:-1]):
            if i:
                att.append((",", "P"))
            att.append((p.full() if self.p(0.6) else p.initials(), "PER"))
            if self.p(0.4) and p.org:
                att += [("(", None), (p.org[1], "ORG"), (")", "P")]
            p.introduced = True
        layout = self.r.randint(0, 1)
        if layout == 0:
            self.b.line([("Aanwezig", None), (":", "P"), *att])
        else:
            self.b.line("Aanwezig:")
            for s in att:
                if s[0] in {",", "(", ")"}:
                    continue
                if s[1] == "PER":
                    self.b.line([("-", None), s])
        last = people[-1]
        self.b.line([("Afwezig", None), (":", "P"), (last.full(), "PER")])
        last.introduced = True
        self.b.add("\n")
        for i, item in enumerate(self.r.sample(lx.MEETING_ITEMS, self.r.randint(3, 5)), start=1):
            self.b.line(f"{i}. {item}")
            self.paragraph(self.r.randint(1, 4))
            if self.p(0.4):
                p = self.ch(people)
                self.b.line([("Actie", None), (":", "P"), *self.later_mention(p)])
            self.b.add("\n")

    def chat(self) -> None:
        people = [self.new_person() for _ in range(self.r.randint(2, 4))]
        for p in people:
            p.introduced = True
        for _ in range(self.r.randint(5, 14)):
            p = self.ch(people)
            style = self.r.randint(0, 2)
            ts = f"{self.r.randint(7, 22):02d}:{self.r.randint(0, 59):02d}"
            if style == 0:
                self.b.add(
                    f"[{self.r.randint(1, 28)}-{self.r.randint(1, 12)}-"
                    f"{self.r.randint(2020, 2025)} {ts}] "
                )
                self.b.add(p.full(), "PER")
                self.b.add(": ")
            elif style == 1:
                self.b.add(p.first, "PER")
                self.b.add(f" {ts}: " if self.p(0.5) else ": ")
            else:
                self.b.add(p.full(), "PER")
                self.b.add(f", {ts}\n")
            if self.p(0.25):
                segs, sk = self.sentence(informal=True)
                self.b.skeletons.append("chat:" + sk)
                self.b.segs(segs, capitalize=self.p(0.5))
            elif self.p(0.2):
                other = self.ch(people)
                self.b.segs(
                    [
                        (self.ch(("heb", "zal", "kun jij")), None),
                        (other.first, "PER"),
                        (self.ch(("even bellen?", "ff mailen", "vragen of het klopt")), None),
                    ],
                    capitalize=False,
                )
            else:
                self.b.add(self.ch(lx.CHAT_LINES))
            self.b.add("\n")

    def contacts(self) -> None:
        self.b.line(
            self.ch(
                (
                    "Contactpersonen",
                    "Deelnemerslijst",
                    "Overzicht betrokkenen",
                    "Bijlage 1: contactgegevens",
                )
            )
        )
        layout = self.r.randint(0, 2)
        if layout == 0:
            self.b.line("Naam\tFunctie\tOrganisatie\tTelefoon")
        for _ in range(self.r.randint(4, 12)):
            p = self.new_person(self.ch(lx.ROLES_STAFF))
            p.introduced = True
            _det, org = p.org or self.org_pair()
            name = (
                p.full()
                if self.p(0.6)
                else (p.initials() if self.p(0.5) else f"{p.surname()}, {p.first}")
            )
            if layout == 0:
                self.b.line(
                    [
                        (name, "PER"),
                        ("\t", "P"),
                        (p.role or "", None),
                        ("\t", "P"),
                        (org, "ORG"),
                        ("\t", "P"),
                        (self.phone(), None),
                    ]
                )
            elif layout == 1:
                self.b.line(
                    [
                        ("-", None),
                        (p.title(self.r), None),
                        (name, "PER"),
                        ("(", None),
                        (org, "ORG"),
                        (")", "P"),
                        (",", "P"),
                        ("tel.", None),
                        (self.phone(), None),
                    ]
                )
            else:
                self.b.line(
                    [(name, "PER"), ("–", None), (p.role or "", None), ("–", None), (org, "ORG")]
                )

    def generate(self, genre: str | None = None) -> GeneratedDoc:
        self.cast = []
        self.b = TextBuilder()
        genre = (
            genre
            or self.r.choices(list(GENRE_WEIGHTS), weights=list(GENRE_WEIGHTS.values()), k=1)[0]
        )
        getattr(self, genre)()
        text = self.b.text()
        spans = sorted(self.b.spans)
        return GeneratedDoc(text=text, spans=spans, genre=genre, skeletons=self.b.skeletons)


GENRE_WEIGHTS: dict[str, float] = {
    "news": 0.34,
    "parliament": 0.12,
    "nota": 0.1,
    "email": 0.16,
    "letter": 0.08,
    "minutes": 0.1,
    "chat": 0.05,
    "contacts": 0.05,
}


def generate_docs(
    names: NameLists, n_docs: int, seed: int, *, foreign_rate: float = 0.3
) -> list[GeneratedDoc]:
    """Generate ``n_docs`` documents deterministically from ``seed``."""
    rnd = random.Random(seed)
    gen = DocGen(names, rnd, foreign_rate=foreign_rate)
    return [gen.generate() for _ in range(n_docs)]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--n-docs", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--heldout", action="store_true", help="use the held-out name slice")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    names = load_names(args.data, heldout=args.heldout)
    docs = generate_docs(names, args.n_docs, args.seed)
    if args.out:
        with args.out.open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps(d.to_json(), ensure_ascii=False) + "\n")
    else:
        for d in docs:
            print(f"=== {d.genre}")
            print(d.text)
            print("---", [(d.text[s:e], lab) for s, e, lab in d.spans])


if __name__ == "__main__":
    main()
