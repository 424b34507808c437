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


PRIVACY = Ground(
    code="5.1.2e",
    article="artikel 5.1, tweede lid, aanhef en onder e, Woo",
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

IDENTIFICATION_NUMBER = Ground(
    code="5.1.1e",
    article="artikel 5.1, eerste lid, aanhef en onder e, Woo",
    title="identificatienummers als bedoeld in artikel 46 van de Uitvoeringswet AVG",
    justification=(
        "Identificatienummers, zoals het burgerservicenummer, worden niet openbaar gemaakt "
        "(artikel 5.1, eerste lid, aanhef en onder e, Woo, in samenhang met artikel 46 "
        "van de Uitvoeringswet Algemene verordening gegevensbescherming)."
    ),
)

GROUNDS: dict[str, Ground] = {g.code: g for g in (PRIVACY, IDENTIFICATION_NUMBER)}

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
}


def ground_for(entity_type: str) -> Ground:
    """The ground for a redacted entity type; KeyError for unknown types."""
    return GROUNDS[ENTITY_GROUNDS[entity_type]]


def justification_for(codes: set[str] | frozenset[str]) -> list[str]:
    """Justification sentences for a set of ground codes, in catalogue order."""
    return [g.justification for c, g in GROUNDS.items() if c in codes]


class Decision:
    """Decision labels for the inventory (inventarislijst)."""

    PUBLIC = "openbaar"
    PARTLY_PUBLIC = "deels openbaar"
    NOT_PUBLIC = "niet openbaar"
