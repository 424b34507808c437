"""Person-name lists for the generator and the entity ruler.

All lists come from ``<DATA>/names-nl`` (see its README for licences) plus a small
hand-written list of non-Dutch names (:data:`FOREIGN_FIRST`, :data:`FOREIGN_LAST`)
written for this project. Every list is split deterministically into a *train*
slice and a *held-out* slice (about 1 in 8 names, by a stable hash), so that
held-out Woo-style evaluation documents contain names the model never saw.
"""

from __future__ import annotations

import csv
import hashlib
import random
from dataclasses import dataclass, field
from pathlib import Path

TUSSENVOEGSELS: tuple[str, ...] = (
    "van", "de", "der", "den", "van de", "van der", "van den", "van het", "ten", "ter",
    "te", "in 't", "op de", "op den", "'t", "'s", "van 't", "uit de", "uit den", "la", "le",
    "du", "da", "del", "von", "el", "al", "op 't", "in de", "van ter",
)  # fmt: skip

# Written for this project: common given names and surnames from languages other
# than Dutch that occur in Dutch and Belgian public documents and news.
FOREIGN_FIRST: tuple[str, ...] = (
    "Mohamed", "Ahmed", "Fatima", "Youssef", "Mustafa", "Ayşe", "Emre", "Mehmet", "Zeynep",
    "Hatice", "Khadija", "Samira", "Nadia", "Rachid", "Karim", "Hamza", "Bilal", "Yasmina",
    "Ibrahim", "Omar", "Aicha", "Soufiane", "Anouar", "Hakim", "Rajesh", "Sunita", "Anil",
    "Priya", "Ravi", "Deepa", "Wei", "Li", "Mei", "Chen", "Hiroshi", "Yuki", "Anna", "Piotr",
    "Katarzyna", "Tomasz", "Agnieszka", "Marek", "Ewa", "Olena", "Dmytro", "Oksana", "Andrei",
    "Ioana", "Mihai", "Elena", "Giorgos", "Maria", "José", "Carlos", "Lucía", "Javier",
    "Isabel", "Giuseppe", "Giulia", "Marco", "Francesca", "Pierre", "Jean-Luc", "Isabelle",
    "François", "Camille", "Hélène", "Klaus", "Jürgen", "Sabine", "Ursula", "Wolfgang",
    "Heike", "John", "Michael", "Sarah", "Emily", "James", "Elizabeth", "Robert", "Jennifer",
    "David", "Susan", "William", "Patrick", "Siobhan", "Sean", "Aidan", "Kwame", "Abena",
    "Chidi", "Ngozi", "Amara", "Tesfaye", "Abdi", "Hodan", "Farah", "Reza", "Shirin",
    "Dariush", "Leila", "Nikos", "Sofia", "Björn", "Ingrid", "Lars", "Astrid", "Mikael",
    "Xavier", "Benoît", "Aurélie", "Vladimir", "Natalia", "Sergei", "Irina", "Goran",
    "Jelena", "Milan", "Dragan", "Arjun", "Kavita", "Tariq", "Ayaan", "Noura", "Layla",
    "Rui", "Joana", "Tiago", "Mariana", "Svetlana", "Aleksandr", "Kofi", "Yaw", "Esi",
)  # fmt: skip
FOREIGN_LAST: tuple[str, ...] = (
    "El Amrani", "Bennani", "Ouali", "El Idrissi", "Boukhari", "Aarab", "El Khatib",
    "Amrani", "Benali", "Tahiri", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız",
    "Öztürk", "Aydın", "Arslan", "Doğan", "Koç", "Kılıç", "Ramdin", "Sewnath", "Jagessar",
    "Ramautar", "Soekhoe", "Biharie", "Kartosen", "Wong", "Chen", "Zhang", "Wang", "Liu",
    "Nguyen", "Tran", "Tanaka", "Suzuki", "Kowalski", "Nowak", "Wiśniewski", "Wójcik",
    "Kowalczyk", "Lewandowski", "Shevchenko", "Kovalenko", "Bondarenko", "Popescu",
    "Ionescu", "Papadopoulos", "Georgiou", "García", "Fernández", "López", "Martínez",
    "Sánchez", "Rodríguez", "Rossi", "Russo", "Bianchi", "Romano", "Ferrari", "Esposito",
    "Dubois", "Lefèvre", "Moreau", "Laurent", "Lambert", "Fontaine", "Rousseau", "Girard",
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann",
    "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thompson",
    "O'Brien", "Murphy", "Kelly", "Walsh", "Mensah", "Owusu", "Boateng", "Okafor",
    "Adeyemi", "Haile", "Tesfaye", "Mohamud", "Warsame", "Hosseini", "Rahimi", "Karimi",
    "Ahmadi", "Andersson", "Johansson", "Nielsen", "Hansen", "Petrov", "Ivanov", "Smirnov",
    "Jovanović", "Petrović", "Horvat", "Novak", "Singh", "Patel", "Sharma", "Kumar",
    "Haddad", "Khoury", "Mansour", "Silva", "Santos", "Pereira", "Costa", "Oliveira",
    "Dupont", "Mertens", "Lemaire", "Leclercq", "Vandenbroucke", "Dewinter", "Vermeulen",
)  # fmt: skip

# Given names that are also common Dutch words or place names; kept out of the ruler.
AMBIGUOUS_FIRST: frozenset[str] = frozenset(
    (
        "Roos",
        "Mark",
        "Bas",
        "Dirk",
        "Floor",
        "Hoop",
        "Vos",
        "Sterre",
        "Storm",
        "Zon",
        "Dag",
        "Mei",
        "Juni",
        "Juli",
        "Augustus",
        "April",
        "Wil",
        "Will",
        "Ben",
        "Kim",
        "Lente",
        "Zomer",
        "Hemel",
        "Bloem",
        "Lelie",
        "Ster",
        "Engel",
        "Maan",
        "Roel",
        "Wolf",
        "Valk",
        "Merel",
        "Kees",
        "Noor",
        "Jet",
        "Sil",
        "Pim",
        "Bo",
        "Do",
        "Fien",
        "Lot",
        "Rosa",
        "Victoria",
        "Europa",
        "Holland",
        "Nederland",
        "Belgie",
        "Brabant",
        "Lisse",
        "Ede",
        "Epe",
        "Doorn",
        "Haren",
        "Zeist",
        "Vaals",
        "Ommen",
        "Oss",
        "Hoorn",
        "Born",
        "Lent",
        "Elst",
        "Soest",
        "Best",
        "Bree",
        "Sint",
        "Saint",
        "Van",
        "De",
        "Der",
        "Den",
        "Ter",
        "Ten",
        "Het",
        "Een",
        "En",
        "In",
        "Op",
        "Om",
        "Al",
        "El",
        "La",
        "Le",
        "Li",
        "Da",
        "Del",
        "Du",
        "Mon",
        "Man",
        "Mens",
        "Ronde",
        "Ruben",
        "Goed",
        "Sander",
        "Milan",
        "Paris",
        "Lorraine",
        "Georgia",
        "Virginia",
        "Carolina",
        "Chelsea",
        "Dakota",
        "Sydney",
        "Jordan",
        "Israel",
        "Dallas",
        "Brooklyn",
        "Florence",
        "Siena",
        "Lima",
        "Madison",
        "Austin",
        "Lincoln",
        "Jade",
        "Amber",
        "Ruby",
        "Diamant",
        "Kristal",
        "Hazel",
        "Ivy",
        "Olive",
        "Lavendel",
        "Iris",
        "Fleur",
        "Jasmijn",
        "Linde",
        "Es",
        "Hanna",
        "Anne",
        "Amy",
        "May",
        "Rik",
        "Stijn",
        "Tijn",
        "Duc",
        "Baron",
        "Elke",
        "Pol",
        "Ken",
        "Lux",
        "Spa",
        "Koning",
        "Prins",
        "Graaf",
        "Hertog",
        "Paus",
        "Bisschop",
        "Bram",
        "Tim",
        "Tom",
        "Luc",
        "Roy",
        "Guy",
        "Job",
        "Kay",
        "Sky",
        "Rain",
        "River",
        "Mare",
        "Ocean",
        "Wessel",
        "Hugo",
        "Otto",
        "Gijs",
        "Jesse",
        "Alle",
        "Bart",
        "Beau",
        "Bent",
        "Cas",
        "Dean",
        "Faas",
        "Flip",
        "Fons",
        "Frank",
        "Gerrit",
        "Goof",
        "Gust",
        "Hein",
        "Hendrik",
        "Jens",
        "Joep",
        "Jos",
        "Koen",
        "Kris",
        "Lars",
        "Leo",
        "Loek",
        "Luuk",
        "Maas",
        "Max",
        "Mees",
        "Mick",
        "Mik",
        "Nout",
        "Olle",
        "Pepijn",
        "Rein",
        "Rens",
        "Ries",
        "Rob",
        "Roef",
        "Sem",
        "Siem",
        "Sjors",
        "Stan",
        "Sven",
        "Teun",
        "Thijs",
        "Tobias",
        "Tuur",
        "Twan",
        "Vince",
        "Wim",
        "Wout",
        "Sam",
        "Joy",
        "Liv",
        "Lieke",
        "Loes",
        "Lot",
        "Mila",
        "Nina",
        "Pien",
        "Puck",
        "Tess",
        "Vera",
        "Yara",
        "Zoë",
        "Fenna",
        "Nova",
        "Elin",
        "Evi",
        "Isa",
        "Hier",
        "Daar",
        "Daan",
        "Wies",
        "Gert",
        "Gijs",
        "Joost",
        "Jaap",
        "Joop",
        "Kick",
        "Loth",
        "Marc",
        "Mart",
        "Niek",
        "Piet",
        "Ton",
        "Wiebe",
    )
) - frozenset(
    # Very frequent given names that are worth the risk: keep them in the ruler.
    (
        "Bram",
        "Tim",
        "Tom",
        "Luc",
        "Hugo",
        "Otto",
        "Gijs",
        "Jesse",
        "Bart",
        "Cas",
        "Frank",
        "Gerrit",
        "Hendrik",
        "Jos",
        "Koen",
        "Kris",
        "Lars",
        "Leo",
        "Luuk",
        "Max",
        "Rob",
        "Sem",
        "Stan",
        "Sven",
        "Thijs",
        "Tobias",
        "Vince",
        "Wim",
        "Sam",
        "Lieke",
        "Loes",
        "Mila",
        "Nina",
        "Tess",
        "Vera",
        "Yara",
        "Daan",
        "Gert",
        "Joost",
        "Jaap",
        "Joop",
        "Marc",
        "Niek",
        "Piet",
        "Wiebe",
        "Hanna",
        "Anne",
        "Rik",
        "Stijn",
        "Ruben",
        "Sander",
        "Milan",
        "Iris",
        "Fleur",
        "Jasmijn",
        "Kees",
        "Dirk",
        "Mark",
        "Kim",
        "Noor",
        "Ben",
        "Roel",
    )
)


def _stable_bucket(name: str, buckets: int = 8) -> int:
    digest = hashlib.md5(name.lower().encode("utf-8")).digest()
    return digest[0] % buckets


def is_heldout(name: str) -> bool:
    """True for the held-out slice (about 1 in 8 names)."""
    return _stable_bucket(name) == 0


@dataclass
class NameLists:
    """Given names by gender and surnames (natural Dutch form, e.g. ``van den Berg``)."""

    first_m: list[str] = field(default_factory=list)
    first_f: list[str] = field(default_factory=list)
    last: list[str] = field(default_factory=list)
    last_rare: list[str] = field(default_factory=list)
    foreign_first: list[str] = field(default_factory=list)
    foreign_last: list[str] = field(default_factory=list)

    def all_first(self) -> list[str]:
        return sorted(set(self.first_m) | set(self.first_f) | set(self.foreign_first))


def _read_lines(path: Path, *, header: bool = False, tsv: bool = False) -> list[str]:
    if not path.exists():
        return []
    out: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if header and i == 0:
                continue
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if tsv:
                line = line.split("\t")[0]
            out.append(line)
    return out


def _clean_surname(name: str) -> str | None:
    name = name.strip()
    if not name or "," in name or len(name.split()) > 4 or any(c.isdigit() for c in name):
        return None
    words = name.split()
    core = [w for w in words if w.lower() not in {t for tv in TUSSENVOEGSELS for t in tv.split()}]
    if not core or not core[-1][:1].isupper():
        return None
    return name


def load_names(data_dir: Path, *, heldout: bool | None = False, rare: bool = True) -> NameLists:
    """Load the name lists.

    ``heldout=False``: the train slice; ``True``: the held-out slice; ``None``: all names
    (used for the shipped entity ruler, which is product knowledge, not training data).
    """
    base = data_dir / "names-nl"
    fk = base / "faker-extracted"
    wb = base / "woobuddy-seed-lists"
    dh = base / "digitalheir-familienamen"

    def keep(name: str) -> bool:
        return heldout is None or is_heldout(name) == heldout

    first_m = _read_lines(fk / "nl_NL_first_names_male.txt", header=True)
    first_m += _read_lines(
        fk / "nl_BE_statbel2022_flanders_first_names_male.tsv", header=True, tsv=True
    )
    first_f = _read_lines(fk / "nl_NL_first_names_female.txt", header=True)
    first_f += _read_lines(
        fk / "nl_BE_statbel2022_flanders_first_names_female.tsv", header=True, tsv=True
    )
    known = set(first_m) | set(first_f)
    extra_first = [
        n for n in _read_lines(wb / "Top_eerste_voornamen_NL_2017.csv") if n not in known
    ]
    rnd = random.Random(13)
    for n in sorted(set(extra_first)):
        (first_m if rnd.random() < 0.5 else first_f).append(n)

    last: list[str] = []
    last += _read_lines(fk / "nl_NL_last_names.txt", header=True)
    last += _read_lines(fk / "nl_BE_statbel2022_flanders_last_names.tsv", header=True, tsv=True)
    last += _read_lines(wb / "cbs_achternamen.csv")
    top = dh / "top_1000_last_names_in_the_netherlands_2007.csv"
    if top.exists():
        with top.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                last.append(row["natural name"])
    last_rare = _read_lines(dh / "family_names_freq_5_or_more.lst") if rare else []

    def uniq(xs: list[str]) -> list[str]:
        return sorted({x for x in xs if x and keep(x)})

    return NameLists(
        first_m=uniq([n for n in first_m if n.isalpha() or "-" in n]),
        first_f=uniq([n for n in first_f if n.isalpha() or "-" in n]),
        last=uniq([c for n in last if (c := _clean_surname(n))]),
        last_rare=uniq([c for n in last_rare if (c := _clean_surname(n))]),
        foreign_first=uniq(list(FOREIGN_FIRST)),
        foreign_last=uniq(list(FOREIGN_LAST)),
    )


def split_surname(name: str) -> tuple[str, str]:
    """Split ``van den Berg`` into (``van den``, ``Berg``)."""
    words = name.split()
    tv_words = {t for tv in TUSSENVOEGSELS for t in tv.split()}
    i = 0
    while i < len(words) - 1 and words[i].lower() in tv_words:
        i += 1
    return " ".join(words[:i]).lower(), " ".join(words[i:])


def ruler_first_names(names: NameLists, min_len: int = 3) -> list[str]:
    """Given names for the entity ruler: no ambiguous words, at least ``min_len`` letters."""
    return [
        n for n in names.all_first()
        if n not in AMBIGUOUS_FIRST and len(n) >= min_len and n[0].isupper()
    ]  # fmt: skip
