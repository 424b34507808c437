"""The data behind name detection: name lists and context rules from ``rules/names/``.

``rules/names/`` holds plain-text name lists (``first_names*.txt``,
``surnames*.txt``; one name a line, ``#`` starts a comment) and ``context.yaml``
(triggers, role words, stop words), validated by :class:`ContextConfig`.  A
rules folder without a ``names/`` sub-folder uses the repository's.

Everything is folded to a lookup key by :func:`fold` (case and diacritics
removed), so ``Maria`` finds ``María`` and ``YILMAZ`` finds ``Yılmaz``.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import regex
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from spacy.lang.nl.stop_words import STOP_WORDS

from redactie.errors import RulePackError

DEFAULT_NAMES_DIR = Path(__file__).resolve().parents[3] / "rules" / "names"
CONTEXT_FILE = "context.yaml"

Words = tuple[Annotated[str, Field(min_length=1)], ...]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LabelRule(_Model):
    """A label ("Behandeld door", "Aanwezig") whose value names persons."""

    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    words: Words
    block: bool = False  # the value runs on until a blank line


class PublicRole(_Model):
    """Public office roles: a person named in such a role is kept."""

    reason: Annotated[str, Field(min_length=1)]
    words: Words
    plural: Words = ()  # "wethouders": the role may name several persons in a row
    # "genoemd naar": the name after it is a namesake's, possibly after a calling
    # ("genoemd naar atlete Fanny ...").
    namesake: bool = False


class ContextConfig(_Model):
    """``rules/names/context.yaml``."""

    version: str
    titles: Words
    salutations: Words
    particles: Words
    greetings: Words
    # Words that open a sentence before a comma and are no name ("Top, ...",
    # "Nee, jij ..."): not a person addressed (see the vocative rule).
    interjections: Words = ()
    closings: Words
    # Short chat or e-mail closings on the same line before the writer's given name
    # ("Gr. Klaas", "mvg Ans"): the name after one is the person signing.
    short_closings: Words = ()
    labels: tuple[LabelRule, ...]
    public_roles: tuple[PublicRole, ...]
    role_words: Words
    org_words: Words
    street_suffixes: Words
    # Heads of the common street names that name no person ("Kerkstraat",
    # "Dorpsstraat", "Molenweg"): a name right before one is no street named after
    # the person but a row's name beside its address.
    generic_street_heads: Words = ()
    noun_suffixes: Words
    not_names: Words
    stopwords: Words
    months: Words
    weekdays: Words
    holidays: Words = ()
    languages: Words = ()
    # Mixed-case abbreviations of institutions, laws, parties and units that are
    # shaped like a paraaf code but never a person ("PvdA", "KvK", "AMvB", "MWh").
    acronyms: Words = ()
    # Political parties: a name with a party in brackets after it is a politician
    # in office ("Nauta (FNP)").  Exact spelling.
    parties: Words = ()
    # Nouns for a person (relatives, jobs, residents) and endings of such nouns: a
    # capitalised word right after one is a name ("vader Yousef", "chauffeur Mitchell").
    person_nouns: Words = ()
    person_noun_suffixes: Words = ()
    # Evidence of a name outside the lists: letters Dutch words do not use
    # ("Zieliński", "Bălănescu", "Doğan") and surname endings of naming traditions
    # ("-inga", "-ski", "-oğlu", "-escu").  A capitalised word with one of them
    # is a name unless something else blocks it.
    name_letters: str = ""
    # Letters Dutch writes only as a trema, after a vowel ("coördinatie",
    # "reünie"): elsewhere they are an umlaut of a Turkish or German name
    # ("Öztürk", "Gül", "Müller").
    umlaut_letters: str = ""
    surname_suffixes: Words = ()
    # Lower-case particles of names from other traditions that no Dutch phrase has
    # between two capitalised words ("Aziz el Morabet", "Omar bin Said").
    foreign_particles: Words = ()


# The article or "son of" of Arabic and Berber surnames, joined by a hyphen ("Al-Masri",
# "al-Khatib"); written in lower case or capitalised.
ARTICLE_PREFIXES = frozenset({"al", "el", "abu", "abou", "ben", "bin", "ibn", "ould", "ait", "aït"})
_PREFIXED_SURNAME = regex.compile(
    "(?:"
    + "|".join(sorted({w for p in ARTICLE_PREFIXES for w in (p, p.capitalize())}))
    + r")-\p{Lu}\p{Ll}{2,}"
)
_VOWELS = frozenset("aeiouy")


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lookup key: lower case, no diacritics, ``ı`` as ``i``, apostrophes unified."""
    text = text.replace("ı", "i").replace("’", "'").replace("ø", "o").replace("Ø", "O")
    text = text.replace("æ", "ae").replace("Æ", "Ae").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _read_list(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


# One syllable of romanised Chinese (pinyin), for given names written with a
# hyphen ("Mei-Ling") or run together ("Xiaoling").
PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu"
    r"|in|ua|uo|ui|un|ue|a|o|e|i|u)"
)
_PINYIN_SYLLABLE = regex.compile(PINYIN_SYLLABLE)


@dataclass(frozen=True)
class Lexicon:
    """Folded word sets for quick membership tests, and the raw config."""

    config: ContextConfig
    first_names: frozenset[str]
    surnames: frozenset[str]
    particles: frozenset[str]
    titles: frozenset[str]
    salutations: tuple[str, ...]  # folded, longest first
    stopwords: frozenset[str]  # function words and extra stop words
    calendar: frozenset[str]  # months and weekdays (and their abbreviations)
    role_words: frozenset[str]
    org_words: frozenset[str]
    street_suffixes: tuple[str, ...]
    noun_suffixes: tuple[str, ...]
    not_names: frozenset[str]
    source_dir: Path
    family_first: frozenset[str] = frozenset()  # written before the given name
    acronyms: frozenset[str] = frozenset()  # exact spelling, see ContextConfig.acronyms
    # listed given names that are also function words ("Elke", "Mag", "Wil"): a name
    # only where a salutation or a noun for a person comes before them
    word_first_names: frozenset[str] = frozenset()
    # Given names that are particles too ("Ben" of "Ben Ali"): a given name only
    # where a name's given part is expected ("Whitfield, Ben")
    particle_first_names: frozenset[str] = frozenset()
    # places, provinces and countries (``places*.txt``): a span the model alone calls a
    # person that is exactly one of these, with no given name, is the place
    places: frozenset[str] = frozenset()
    interjections: frozenset[str] = frozenset()  # see ContextConfig.interjections
    short_closings: frozenset[str] = frozenset()  # see ContextConfig.short_closings

    def is_first_name(self, word: str) -> bool:
        key = fold(word)
        if key in self.first_names:
            return True
        if key.endswith("je") and len(key) >= 6 and word[:1].isupper():
            # a diminutive of a listed given name: "Marietje", "Keesje", "Mientje"
            stem = key[:-3] if key.endswith("tje") else key[:-2]
            if len(stem) >= 3 and stem in self.first_names:
                return True
        parts = key.split("-")
        if len(parts) < 2:
            return False
        if all(p in self.first_names for p in parts):
            return True
        # a romanised Chinese given name of two syllables ("Mei-Ling", "Xiao-Wei"),
        # one of them a listed given name
        return (
            len(parts) == 2
            and word[:1].isupper()
            and any(p in self.first_names for p in parts)
            and all(_PINYIN_SYLLABLE.fullmatch(p) for p in parts)
        )

    def is_common_noun(self, word: str) -> bool:
        """A single word that reads as a Dutch noun ("Informatiesamenleving"), not a surname."""
        key = fold(word)
        if key in self.surnames or key in self.first_names:
            return False
        parts = word.split("-")
        if (
            len(parts) == 2
            and all(p[:1].isupper() for p in parts)
            and all(_PINYIN_SYLLABLE.fullmatch(p.lower()) for p in parts)
        ):
            return False  # "Yu-Ting", "Mei-Ling": a romanised Chinese given name, no "-ing" noun
        return key.endswith(self.noun_suffixes) and any(
            key.endswith(s) and len(key) > len(s) + 2 for s in self.noun_suffixes
        )

    def is_name_shaped(self, word: str) -> bool:
        """A capitalised word shaped like a name from outside the lists (see
        :attr:`ContextConfig.name_letters` and ``surname_suffixes``)."""
        if _PREFIXED_SURNAME.fullmatch(word):
            return True  # "Al-Masri", "El-Khatib", "Abu-Zaid", "Ait-Hssain"
        if len(word) < 3 or not word[0].isupper() or not word[1:].replace("-", "").islower():
            return False
        if self.has_name_letter(word):
            return True
        key = fold(word)
        return any(
            key.endswith(s) and len(key) >= len(s) + 2 for s in self.surname_suffix_keys
        ) and not self.is_common_noun(word)

    def has_name_letter(self, word: str) -> bool:
        """``word`` holds a letter Dutch words do not use (:attr:`ContextConfig.name_letters`)."""
        letters = self.config.name_letters
        if letters and any(c in letters for c in word):
            return True
        umlauts = self.config.umlaut_letters
        return bool(umlauts) and any(
            c in umlauts and (k == 0 or word[k - 1].casefold() not in _VOWELS)
            for k, c in enumerate(word)
        )

    @functools.cached_property
    def closing_keys(self) -> frozenset[str]:
        """The folded closings of letters and e-mails (``ContextConfig.closings``)."""
        return frozenset(fold(c) for c in self.config.closings)

    @functools.cached_property
    def person_noun_keys(self) -> frozenset[str]:
        """The folded nouns for a person (``ContextConfig.person_nouns``)."""
        return frozenset(fold(w) for w in self.config.person_nouns)

    @functools.cached_property
    def person_noun_suffix_keys(self) -> tuple[str, ...]:
        """The folded endings of nouns for a person (``ContextConfig.person_noun_suffixes``)."""
        return tuple(fold(s) for s in self.config.person_noun_suffixes)

    def is_person_noun_key(self, key: str) -> bool:
        """The folded word is a noun for a person: listed (``person_nouns``) or ending in
        one of ``person_noun_suffixes`` with more before it (``woonconsulent``); not an
        organisation word that ends so (``netbeheerder``: a grid company)."""
        if key in self.person_noun_keys:
            return True
        return key not in self.org_words and any(
            key.endswith(s) and len(key) > len(s) + 2 for s in self.person_noun_suffix_keys
        )

    @functools.cached_property
    def long_org_words(self) -> tuple[str, ...]:
        """The organisation words of five letters or more, which also end a compound
        ("kinderfonds"); a tuple for ``str.endswith``."""
        return tuple(w for w in self.org_words if len(w) >= 5)

    @functools.cached_property
    def multiword_not_names(self) -> dict[str, tuple[str, ...]]:
        """The non-person phrases of more than one word, padded with spaces and indexed
        by their first word (see :func:`text.is_not_name`)."""
        index: dict[str, list[str]] = {}
        for nn in self.not_names:
            if " " in nn:
                index.setdefault(nn.split(" ", 1)[0], []).append(" " + nn + " ")
        return {k: tuple(v) for k, v in index.items()}

    @functools.cached_property
    def surname_suffix_keys(self) -> tuple[str, ...]:
        return tuple(fold(s) for s in self.config.surname_suffixes)

    @functools.cached_property
    def generic_street_heads(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.config.generic_street_heads)

    def is_generic_street(self, key: str) -> bool:
        """A folded street word made of a common head and a street word (``kerkstraat``)."""
        return any(
            key.endswith(s) and key[: -len(s)] in self.generic_street_heads
            for s in self.street_suffixes
        )

    def is_surname(self, word: str) -> bool:
        key = fold(word)
        return key in self.surnames or any(p in self.surnames for p in key.split("-") if len(p) > 2)


def load_lexicon(names_dir: Path) -> Lexicon:
    """Read and validate the name lists and ``context.yaml`` of ``names_dir``."""
    ctx_path = names_dir / CONTEXT_FILE
    try:
        data: Any = yaml.safe_load(ctx_path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RulePackError(
            f"kan {CONTEXT_FILE} niet lezen ({exc.strerror})", path=str(ctx_path)
        ) from exc
    except yaml.YAMLError as exc:
        raise RulePackError(f"ongeldige YAML in {CONTEXT_FILE}: {exc}", path=str(ctx_path)) from exc
    try:
        config = ContextConfig.model_validate(data)
    except ValidationError as exc:
        raise RulePackError(
            f"ongeldige inhoud van {CONTEXT_FILE}: {exc}", path=str(ctx_path)
        ) from exc

    stop = {fold(w) for w in STOP_WORDS} | {fold(w) for w in config.stopwords}
    calendar = frozenset(fold(w) for w in (*config.months, *config.weekdays, *config.holidays))
    particles = frozenset(fold(p) for p in config.particles)
    first: set[str] = set()
    for path in sorted(names_dir.glob("first_names*.txt")):
        first.update(fold(n) for n in _read_list(path))
    surnames: set[str] = set()
    for path in sorted(names_dir.glob("surnames*.txt")):
        for n in _read_list(path):
            words = [w for w in n.split() if fold(w) not in particles]
            if words:
                surnames.add(fold(" ".join(words)))
    places: set[str] = set()
    for path in sorted(names_dir.glob("places*.txt")):
        places.update(fold(n) for n in _read_list(path))
    family_first: set[str] = set()
    accented_first: set[str] = set()  # "Lê", "Hồ": a family name, never the particle
    for path in sorted(names_dir.glob("family_first_names*.txt")):
        for n in _read_list(path):
            family_first.add(fold(n))
            if fold(n) != n.casefold():
                accented_first.add(fold(n))
    role_words = frozenset(fold(w) for w in config.role_words)
    org_words = frozenset(fold(w) for w in config.org_words)
    # A first name that is also a function word or a month ("Ben", "Mei") is no
    # evidence of a name on its own.
    word_first = frozenset(first & stop - particles - role_words - org_words)
    particle_first = frozenset(first & particles)
    first -= stop | role_words | org_words | particles
    return Lexicon(
        config=config,
        first_names=frozenset(first),
        surnames=frozenset(surnames - stop),
        particles=particles,
        titles=frozenset(fold(t).rstrip(".") for t in config.titles),
        salutations=tuple(sorted({fold(s) for s in config.salutations}, key=len, reverse=True)),
        stopwords=frozenset(stop - particles),
        calendar=calendar,
        role_words=role_words,
        org_words=org_words,
        street_suffixes=tuple(
            sorted({fold(s) for s in config.street_suffixes}, key=len, reverse=True)
        ),
        noun_suffixes=tuple(fold(s) for s in config.noun_suffixes),
        # a party of more than one word is no person ("Water Natuurlijk", "Lokaal Belang")
        not_names=frozenset(fold(n) for n in config.not_names)
        | frozenset(fold(p) for p in config.parties if " " in p),
        source_dir=names_dir,
        family_first=frozenset(family_first - stop - (particles - accented_first)),
        acronyms=frozenset(config.acronyms),
        word_first_names=word_first,
        particle_first_names=particle_first,
        places=frozenset(places),
        interjections=frozenset(fold(w) for w in config.interjections),
        short_closings=frozenset(fold(w) for w in config.short_closings),
    )


_LOCK = threading.Lock()


@functools.lru_cache(maxsize=8)
def _cached(names_dir: str) -> Lexicon:
    return load_lexicon(Path(names_dir))


def lexicon_for(rules: object | None = None) -> Lexicon:
    """The lexicon of a rule set's folder (``<rules>/names``), else the repository's."""
    directory = getattr(rules, "directory", None)
    names_dir = DEFAULT_NAMES_DIR
    if directory is not None and (Path(directory) / "names" / CONTEXT_FILE).is_file():
        names_dir = Path(directory) / "names"
    with _LOCK:
        return _cached(str(names_dir.resolve()))


_LANGUAGE_WORDS: dict[int, frozenset[str]] = {}


def language_words(lex: Lexicon) -> frozenset[str]:
    """The folded names of languages and nationality adjectives ("Pools", "Belgisch")."""
    got = _LANGUAGE_WORDS.get(id(lex))
    if got is None:
        got = _LANGUAGE_WORDS[id(lex)] = frozenset(fold(w) for w in lex.config.languages)
    return got
