import re

import pytest

from redactie import woo

# The text of articles 5.1 and 5.2 of the Wet open overheid (the interest or
# exception each ground protects), per code as platforms accept it.
LAW = {
    "5.1.1a": ("eerste lid", "a", "de eenheid van de Kroon in gevaar zou kunnen brengen"),
    "5.1.1b": ("eerste lid", "b", "de veiligheid van de Staat zou kunnen schaden"),
    "5.1.1c": (
        "eerste lid",
        "c",
        "bedrijfs- en fabricagegegevens betreft die vertrouwelijk door natuurlijke personen "
        "of rechtspersonen aan de overheid zijn meegedeeld",
    ),
    "5.1.1d": (
        "eerste lid",
        "d",
        "bijzondere persoonsgegevens betreft als bedoeld in paragraaf 3.1 van de "
        "Uitvoeringswet Algemene verordening gegevensbescherming, tenzij de verstrekking "
        "kennelijk geen inbreuk op de levenssfeer maakt",
    ),
    "5.1.1e": (
        "eerste lid",
        "e",
        "identificatienummers betreft als bedoeld in artikel 46 van de Uitvoeringswet "
        "Algemene verordening gegevensbescherming",
    ),
    "5.1.2a": (
        "tweede lid",
        "a",
        "de betrekkingen van Nederland met andere staten en met internationale organisaties",
    ),
    "5.1.2b": (
        "tweede lid",
        "b",
        "de economische of financiële belangen van de Staat, andere publiekrechtelijke "
        "lichamen of de in artikel 2.2, eerste lid, onder a en b, bedoelde bestuursorganen",
    ),
    "5.1.2c": ("tweede lid", "c", "de opsporing en vervolging van strafbare feiten"),
    "5.1.2d": ("tweede lid", "d", "inspectie, controle en toezicht door bestuursorganen"),
    "5.1.2e": ("tweede lid", "e", "de eerbiediging van de persoonlijke levenssfeer"),
    "5.1.2f": (
        "tweede lid",
        "f",
        "de bescherming van andere dan in het eerste lid, aanhef en onder c, genoemde "
        "concurrentiegevoelige bedrijfs- en fabricagegegevens",
    ),
    "5.1.2g": (
        "tweede lid",
        "g",
        "de bescherming van het milieu waarop deze informatie betrekking heeft",
    ),
    "5.1.2h": (
        "tweede lid",
        "h",
        "de beveiliging van personen en bedrijven en het voorkomen van sabotage",
    ),
    "5.1.2i": (
        "tweede lid",
        "i",
        "het goed functioneren van de Staat, andere publiekrechtelijke lichamen of bestuursorganen",
    ),
    "5.1.5": (
        "vijfde lid",
        "",
        "onevenredige benadeling van een ander belang dan genoemd in het eerste of tweede lid "
        "en het algemeen belang van openbaarheid niet tegen deze benadeling opweegt",
    ),
    "5.2": (
        "eerste lid",
        "",
        "informatie uit documenten, opgesteld ten behoeve van intern beraad, wordt geen "
        "informatie verstrekt over persoonlijke beleidsopvattingen",
    ),
}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-zà-ÿ0-9.-]+", text.lower()) if len(w) > 3}


def test_catalogue_holds_every_ground_of_the_law() -> None:
    assert set(woo.GROUNDS) == set(LAW)
    for code in woo.GROUNDS:
        assert re.fullmatch(r"5\.(1\.[12][a-i]|1\.5|2)", code), code


@pytest.mark.parametrize("code", sorted(LAW))
def test_ground_follows_the_law(code: str) -> None:
    paragraph, letter, text = LAW[code]
    ground = woo.GROUNDS[code]
    assert ground.code == code
    article = "artikel 5.2" if code == "5.2" else "artikel 5.1"
    assert ground.article.startswith(f"{article}, {paragraph}")
    if letter:
        assert ground.article == f"{article}, {paragraph}, aanhef en onder {letter}, Woo"
    # The justification cites the article and the title is the law's own wording.
    assert ground.article.removesuffix(", Woo") in ground.justification
    assert _words(ground.title) <= _words(text) | {"identificatienummers", "avg", "uitvoeringswet"}
    # Most of the law's words return in the justification.
    law, said = _words(text), _words(ground.justification)
    assert len(law & said) >= 0.5 * len(law), (code, sorted(law - said))


def test_every_redacted_entity_maps_to_a_known_ground() -> None:
    for entity, code in woo.ENTITY_GROUNDS.items():
        assert code in woo.GROUNDS, entity
        assert woo.ground_for(entity).code == code
        assert entity in woo.ENTITY_LABELS_NL


def test_bsn_is_identification_number_and_names_are_privacy() -> None:
    assert woo.ground_for("NL_BSN").code == "5.1.1e"
    assert woo.ground_for("PERSON").code == "5.1.2e"


def test_standard_line_is_in_the_privacy_justification() -> None:
    assert woo.STANDARD_LINE in woo.PRIVACY.justification
    assert "artikel 5.1, tweede lid, aanhef en onder e, Woo" in woo.PRIVACY.justification
    assert (
        "artikel 5.1, eerste lid, aanhef en onder e, Woo" in woo.IDENTIFICATION_NUMBER.justification
    )


def test_justification_follows_catalogue_order() -> None:
    lines = woo.justification_for({"5.1.1e", "5.1.2e"})
    assert lines == [woo.PRIVACY.justification, woo.IDENTIFICATION_NUMBER.justification]
    assert woo.justification_for(set()) == []


def test_public_types_are_never_redacted() -> None:
    assert not woo.PUBLIC_ENTITY_TYPES & set(woo.ENTITY_GROUNDS)
