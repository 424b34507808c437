"""Entity-ruler patterns: known given names mark person names before the ``ner``.

The patterns cover ``Voornaam``, ``Voornaam Achternaam``, ``Voornaam van der
Achternaam`` and initials (``J.P. de Vries``). They are written as a JSON list and
loaded into the pipeline's ``entity_ruler`` at initialisation, so the shipped
model carries them (no code is needed to load it).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spacy.language import Language

from redactie.train import lexicon as lx
from redactie.train.names import TUSSENVOEGSELS, NameLists, ruler_first_names, split_surname

TV_WORDS = sorted({w for tv in TUSSENVOEGSELS for w in tv.split()})
INITIALS_REGEX = r"^(?:[A-Z]\.){1,4}$"
# "Marc D.", "Jan V.d.B.": a given name with the initial of the surname (suspects, victims)
SURNAME_INITIAL_REGEX = r"^[A-Z]\.(?:-?[A-Za-z]{1,2}\.){0,3}$"
# A "surname" that ends like a street or building name is not a surname.
NOT_PLACE_REGEX = (
    r"^(?=.*[a-zà-ÿ])(?!.*(?:straat|laan|weg|plein|kade|singel|gracht|dreef|park|brug|hof|markt|dijk|"
    r"ziekenhuis|school|college|fonds|stichting|huis|museum|centrum|zaal)$)"
)


def exceptions(first: set[str], surnames: set[str]) -> tuple[list[dict[str, Any]], set[str]]:
    """ORG/LOC names that start with a given name (``Albert Heijn``, ``Anna Paulowna``).

    They become phrase patterns with their own label (longer than the bare given-name
    match, so they win), and their second word is never taken as a surname. Names that
    are also an ordinary person name (``Bart Smit``) are left to the model: for
    redaction, missing a person is worse than redacting a shop.
    """
    patterns: list[dict[str, Any]] = []
    blocked: set[str] = set()
    for label, names in (
        ("ORG", lx.ORGS_COMPANY),
        ("LOC", lx.FAMOUS_STREETS + lx.CITIES_NL + lx.CITIES_BE + lx.BUILDINGS),
    ):
        for name in names:
            words = name.split()
            if words[0] in {"het", "de"}:
                words = words[1:]
            if len(words) >= 2 and words[0] in first and words[-1] not in surnames:
                patterns.append({"label": label, "id": "exception", "pattern": " ".join(words)})
                blocked.add(words[1])
    return patterns, blocked


def build_patterns(names: NameLists) -> list[dict[str, Any]]:
    first = ruler_first_names(names)
    # Two-letter names (An, Jo, Ed) only count when a surname follows.
    first_short = ruler_first_names(names, min_len=2)
    surnames = {split_surname(n)[1] for n in names.last + names.foreign_last}
    exc, blocked = exceptions(set(first), surnames)
    surname: dict[str, Any] = {
        "IS_TITLE": True,
        "LENGTH": {">=": 2},
        "TEXT": {"REGEX": NOT_PLACE_REGEX},
        "ORTH": {"NOT_IN": sorted(blocked)},
    }
    tv: dict[str, Any] = {"LOWER": {"IN": TV_WORDS}, "OP": "*"}
    fn: dict[str, Any] = {"ORTH": {"IN": first}}
    initials: dict[str, Any] = {"TEXT": {"REGEX": INITIALS_REGEX}}
    fn2: dict[str, Any] = {"ORTH": {"IN": first_short}}
    return [
        {"label": "PER", "id": "first", "pattern": [fn]},
        {"label": "PER", "id": "first-last", "pattern": [fn2, tv, surname]},
        {"label": "PER", "id": "first-first-last", "pattern": [fn, fn, tv, surname]},
        {"label": "PER", "id": "first-initial-last", "pattern": [fn, initials, tv, surname]},
        {
            "label": "PER",
            "id": "first-surname-initial",
            "pattern": [
                fn,
                {"TEXT": {"REGEX": SURNAME_INITIAL_REGEX}},
                {"TEXT": {"REGEX": r"^(?:[A-Z]\.)+$"}, "OP": "?"},
            ],
        },
        {
            "label": "PER",
            "id": "initials-last",
            "pattern": [initials, tv, surname],
        },
        *exc,
    ]


def write_patterns(names: NameLists, path: Path) -> int:
    patterns = build_patterns(names)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(patterns, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(patterns)


MERGE_PIPE = "per_merge"
# Two PER entities that touch (``Benoît`` ``Khoury``) are one person: the ``ner``
# sometimes splits a full name whose given name it does not know.
MERGE_PATTERNS: list[dict[str, Any]] = [
    {
        "label": "PER",
        "id": "merge-adjacent",
        "pattern": [{"ENT_TYPE": "PER"}, {"ENT_TYPE": "PER", "OP": "+"}],
    }
]


def add_merge_component(nlp: Language) -> None:
    """Append a built-in ``entity_ruler`` that joins touching PER entities.

    Built-in, so the packaged model still loads with plain ``spacy.load``.
    """
    if MERGE_PIPE in nlp.pipe_names:
        nlp.remove_pipe(MERGE_PIPE)
    ruler: Any = nlp.add_pipe(
        "entity_ruler", name=MERGE_PIPE, last=True, config={"overwrite_ents": True}
    )
    ruler.add_patterns(MERGE_PATTERNS)
