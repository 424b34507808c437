from redactie import woo


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
