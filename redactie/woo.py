"""The catalogue of Woo grounds: code -> article -> justification sentence.

This is the one place where the legal texts live.  Every entity type the
detectors can report maps to exactly one ground (tested in
``tests/test_woo.py``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ground:
    code: str
    article: str
    title: str
    justification: str


# The texts of article 5.1 and 5.2 Woo, as the grounds quote them.  ``code``
# is written as Woo platforms accept it in a productierapport (5.1.2e, 5.1.1c,
# 5.1.5, 5.2: article, paragraph and letter without spaces).
_FIRST = "artikel 5.1, eerste lid, aanhef en onder {}, Woo"
_SECOND = "artikel 5.1, tweede lid, aanhef en onder {}, Woo"
_SECOND_INTEREST = (
    "Het belang van openbaarmaking weegt in dit geval niet op tegen het belang van {} ({})."
)


def _absolute(letter: str, title: str, sentence: str) -> Ground:
    article = _FIRST.format(letter)
    return Ground(
        code=f"5.1.1{letter}",
        article=article,
        title=title,
        justification=f"{sentence} ({article}).",
    )


def _relative(letter: str, title: str) -> Ground:
    article = _SECOND.format(letter)
    return Ground(
        code=f"5.1.2{letter}",
        article=article,
        title=title,
        justification=_SECOND_INTEREST.format(title, article),
    )


UNITY_OF_THE_CROWN = _absolute(
    "a",
    "de eenheid van de Kroon",
    "Deze informatie wordt niet openbaar gemaakt, omdat openbaarmaking de eenheid van de "
    "Kroon in gevaar zou kunnen brengen",
)
STATE_SECURITY = _absolute(
    "b",
    "de veiligheid van de Staat",
    "Deze informatie wordt niet openbaar gemaakt, omdat openbaarmaking de veiligheid van de "
    "Staat zou kunnen schaden",
)
CONFIDENTIAL_BUSINESS_DATA = _absolute(
    "c",
    "bedrijfs- en fabricagegegevens die vertrouwelijk aan de overheid zijn meegedeeld",
    "Deze informatie wordt niet openbaar gemaakt, omdat het bedrijfs- en fabricagegegevens "
    "betreft die vertrouwelijk door natuurlijke personen of rechtspersonen aan de overheid "
    "zijn meegedeeld",
)
SPECIAL_PERSONAL_DATA = _absolute(
    "d",
    "bijzondere persoonsgegevens",
    "Deze informatie wordt niet openbaar gemaakt, omdat het bijzondere persoonsgegevens "
    "betreft als bedoeld in paragraaf 3.1 van de Uitvoeringswet Algemene verordening "
    "gegevensbescherming, en niet kennelijk is dat de verstrekking geen inbreuk op de "
    "levenssfeer maakt",
)

IDENTIFICATION_NUMBER = Ground(
    code="5.1.1e",
    article=_FIRST.format("e"),
    title="identificatienummers als bedoeld in artikel 46 van de Uitvoeringswet AVG",
    justification=(
        "Identificatienummers, zoals het burgerservicenummer, worden niet openbaar gemaakt "
        "(artikel 5.1, eerste lid, aanhef en onder e, Woo, in samenhang met artikel 46 "
        "van de Uitvoeringswet Algemene verordening gegevensbescherming)."
    ),
)

INTERNATIONAL_RELATIONS = _relative(
    "a", "de betrekkingen van Nederland met andere staten en met internationale organisaties"
)
ECONOMIC_INTERESTS = _relative(
    "b",
    "de economische of financiële belangen van de Staat, andere publiekrechtelijke lichamen "
    "of de in artikel 2.2, eerste lid, onder a en b, bedoelde bestuursorganen",
)
CRIMINAL_INVESTIGATION = _relative("c", "de opsporing en vervolging van strafbare feiten")
INSPECTION = _relative("d", "inspectie, controle en toezicht door bestuursorganen")

PRIVACY = Ground(
    code="5.1.2e",
    article=_SECOND.format("e"),
    title="eerbiediging van de persoonlijke levenssfeer",
    justification=(
        "De persoonsgegevens van de ambtenaren zijn niet openbaar ter bescherming van de "
        "persoonlijke levenssfeer (artikel 5.1, tweede lid, aanhef en onder e, Woo). "
        "Dit geldt ook voor de persoonsgegevens van andere betrokkenen, zoals namen, "
        "e-mailadressen, telefoonnummers, adressen, bankrekeningnummers, geboortedata en "
        "kentekens. Het belang van openbaarmaking weegt niet op tegen het belang van "
        "de bescherming van hun persoonlijke levenssfeer."
    ),
)

COMPETITIVE_BUSINESS_DATA = _relative(
    "f",
    "de bescherming van andere dan in het eerste lid, aanhef en onder c, genoemde "
    "concurrentiegevoelige bedrijfs- en fabricagegegevens",
)
ENVIRONMENT = _relative(
    "g", "de bescherming van het milieu waarop deze informatie betrekking heeft"
)
SECURITY = _relative("h", "de beveiliging van personen en bedrijven en het voorkomen van sabotage")
FUNCTIONING_OF_THE_STATE = _relative(
    "i",
    "het goed functioneren van de Staat, andere publiekrechtelijke lichamen of bestuursorganen",
)

DISPROPORTIONATE_HARM = Ground(
    code="5.1.5",
    article="artikel 5.1, vijfde lid, Woo",
    title="onevenredige benadeling",
    justification=(
        "Deze informatie wordt niet openbaar gemaakt, omdat openbaarmaking zou leiden tot "
        "onevenredige benadeling van een ander belang dan genoemd in het eerste of tweede lid "
        "van artikel 5.1 Woo en het algemeen belang van openbaarheid niet tegen deze "
        "benadeling opweegt (artikel 5.1, vijfde lid, Woo)."
    ),
)

PERSONAL_POLICY_VIEWS = Ground(
    code="5.2",
    article="artikel 5.2, eerste lid, Woo",
    title="persoonlijke beleidsopvattingen",
    justification=(
        "Dit document is opgesteld ten behoeve van intern beraad. Informatie over "
        "persoonlijke beleidsopvattingen wordt niet verstrekt (artikel 5.2, eerste lid, Woo). "
        "Feitelijke gegevens, prognoses, beleidsalternatieven en andere onderdelen met een "
        "overwegend objectief karakter zijn wel openbaar gemaakt."
    ),
)

# Every ground: the two the detectors assign first (the most used), then the
# others in the order of the law.  Reports and justifications follow this order.
GROUNDS: dict[str, Ground] = {
    g.code: g
    for g in (
        PRIVACY,
        IDENTIFICATION_NUMBER,
        UNITY_OF_THE_CROWN,
        STATE_SECURITY,
        CONFIDENTIAL_BUSINESS_DATA,
        SPECIAL_PERSONAL_DATA,
        INTERNATIONAL_RELATIONS,
        ECONOMIC_INTERESTS,
        CRIMINAL_INVESTIGATION,
        INSPECTION,
        COMPETITIVE_BUSINESS_DATA,
        ENVIRONMENT,
        SECURITY,
        FUNCTIONING_OF_THE_STATE,
        DISPROPORTIONATE_HARM,
        PERSONAL_POLICY_VIEWS,
    )
}

# The standard line the brief asks for, verbatim, for the 5.1 section of a decision.
STANDARD_LINE = (
    "De persoonsgegevens van de ambtenaren zijn niet openbaar ter bescherming van de "
    "persoonlijke levenssfeer"
)

# Entity types that are redacted, with their ground.
ENTITY_GROUNDS: dict[str, str] = {
    "PERSON": PRIVACY.code,
    "EMAIL_ADDRESS": PRIVACY.code,
    "PHONE_NUMBER": PRIVACY.code,
    "NL_ADDRESS": PRIVACY.code,
    "IBAN_CODE": PRIVACY.code,
    "DATE_OF_BIRTH": PRIVACY.code,
    "NL_LICENSE_PLATE": PRIVACY.code,
    "NL_BSN": IDENTIFICATION_NUMBER.code,
    "NATIONAL_ID": IDENTIFICATION_NUMBER.code,
    "PERSONAL_NUMBER": PRIVACY.code,
}

# Entity types a detector may report that are public and never redacted.
PUBLIC_ENTITY_TYPES: frozenset[str] = frozenset({"ORGANIZATION", "LOCATION", "MISC"})

# Dutch labels for entity types, for reports and the review screen.
ENTITY_LABELS_NL: dict[str, str] = {
    "PERSON": "naam",
    "EMAIL_ADDRESS": "e-mailadres",
    "PHONE_NUMBER": "telefoonnummer",
    "NL_ADDRESS": "adres",
    "IBAN_CODE": "bankrekeningnummer",
    "DATE_OF_BIRTH": "geboortedatum",
    "NL_LICENSE_PLATE": "kenteken",
    "NL_BSN": "burgerservicenummer",
    "NATIONAL_ID": "identificatienummer",
    "PERSONAL_NUMBER": "persoonsgebonden nummer",
}


def ground_for(entity_type: str) -> Ground:
    """The ground for a redacted entity type; KeyError for unknown types."""
    return GROUNDS[ENTITY_GROUNDS[entity_type]]


def justification_for(codes: set[str] | frozenset[str]) -> list[str]:
    """Justification sentences for a set of ground codes, in catalogue order."""
    return [g.justification for c, g in GROUNDS.items() if c in codes]


class Decision:
    """Decision labels (Beoordeling) for the inventory and the productierapport.

    These four are the only values a Woo platform accepts; it reads anything
    else as ``niet openbaar``.
    """

    PUBLIC = "openbaar"
    PARTLY_PUBLIC = "deels openbaar"
    ALREADY_PUBLIC = "reeds openbaar"
    NOT_PUBLIC = "niet openbaar"

    ALL = (PUBLIC, PARTLY_PUBLIC, ALREADY_PUBLIC, NOT_PUBLIC)
