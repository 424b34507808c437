"""Classes of errors on unseen documents where the model's span decides (issue 9):
surnames built like a noun on ``-ing``, a given name the model found at a line's end
whose surname wrapped, names with particles before an organisation.

The model's spans are given here as findings (what ``ner:spacy`` reports), so the
stages are tested without the model's own judgement; the analyzer's merging is
mimicked by dropping rule hits a model span contains.  Every example is invented.
"""

from __future__ import annotations

import pytest

from redactie.findings import Action, Finding
from redactie.rules import load_rules
from tests.unseen_support import Resolver, resolver


@pytest.fixture(scope="module")
def resolved() -> Resolver:
    return resolver(load_rules(check_examples=False))


def _redacted_words(findings: list[Finding]) -> set[str]:
    return {
        w.strip(".,")
        for f in findings
        if f.action is Action.REDACT and f.entity_type == "PERSON"
        for w in f.text.split()
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Intern: afgestemd met Ilse Doornbos (BZK) en Bashir Tammeling (IMG); paraaf volgt.",
            "Bashir Tammeling",
        ),
        ("Het voorstel is besproken met Anouk Hesseling en de directie.", "Anouk Hesseling"),
        ("Volgens Rutger Vlaming is de planning haalbaar.", "Rutger Vlaming"),
    ],
)
def test_a_surname_built_like_a_noun_on_ing_is_a_name(resolved, text: str, name: str) -> None:
    """Two capitalised words inside a sentence, the last one ending in ``-ing``: a Dutch
    noun is written in lower case there, so the model's span is a person."""
    words = _redacted_words(resolved(text, ((name, "PERSON"),)))
    assert set(name.split()) <= words


@pytest.mark.parametrize(
    "text",
    [
        "Het rapport van de Commissie Regelgeving is gisteren verschenen.",
        "De Afdeling Vergunningverlening neemt het verzoek in behandeling.",
    ],
)
def test_an_organisation_on_ing_stays(resolved, text: str) -> None:
    """A unit or committee named by a noun on ``-ing`` is no person, whatever the model says."""
    span = " ".join(text.split()[3:5]) if "Commissie" in text else " ".join(text.split()[1:3])
    assert not _redacted_words(resolved(text, ((span, "PERSON"),)))


@pytest.mark.parametrize(
    ("text", "given", "surname"),
    [
        (
            "Mijn collega Hewan\nZwartkruis is vanaf maandag jouw aanspreekpunt, omdat ik\n"
            "drie weken weg ben.",
            "Hewan",
            "Zwartkruis",
        ),
        (
            "Onze collega Dawit\nTesfalem neemt het dossier over zolang ik met\nverlof ben.",
            "Dawit",
            "Tesfalem",
        ),
    ],
)
def test_a_model_given_name_after_a_cue_takes_the_wrapped_surname(
    resolved, text: str, given: str, surname: str
) -> None:
    """The model finds the given name at the line's end and calls the next line's
    surname a place; the rule that found the same span (``collega``) was merged away,
    and the name is still widened over the hard break."""
    words = _redacted_words(resolved(text, ((given, "PERSON"), (surname, "LOCATION"))))
    assert {given, surname} <= words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "De reactie is afgestemd met Thuy de Gebremedhin van het Ministerie van Financien.",
            "Thuy de Gebremedhin",
        ),
        (
            "Het is afgestemd met Thuy van der Vries van het Ministerie van Financien.",
            "Thuy van der Vries",
        ),
    ],
)
def test_an_unlisted_name_with_particles_before_an_organisation(
    resolved, text: str, name: str
) -> None:
    """Without the model: a name outside the lists, with particles (the surname may be a
    listed place), before ``van het <organisation>`` is redacted whole."""
    words = _redacted_words(resolved(text))
    assert {w for w in name.split() if w[0].isupper()} <= words
