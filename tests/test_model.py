"""Tests for the shipped NER model in models/ (marked slow: they load the model)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

MODELS = Path(__file__).resolve().parents[1] / "models"
MAPPING = MODELS / "entity_mapping.yaml"


def _mapping() -> dict[str, object]:
    data = yaml.safe_load(MAPPING.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _model_dir() -> Path:
    return MODELS / str(_mapping()["model"])


def test_entity_mapping_file() -> None:
    data = _mapping()
    mapping = data["entity_mapping"]
    assert isinstance(mapping, dict)
    assert mapping["PER"] == "PERSON"
    assert mapping["ORG"] == "ORGANIZATION"
    assert mapping["LOC"] == "LOCATION"
    assert isinstance(data["labels_to_ignore"], list)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    spacy = pytest.importorskip("spacy")
    if not (_model_dir() / "meta.json").exists():
        pytest.skip("model not built")
    return spacy.load(_model_dir())


@pytest.mark.slow
def test_model_loads_small_and_labels_mapped(nlp) -> None:  # type: ignore[no-untyped-def]
    size = sum(p.stat().st_size for p in _model_dir().rglob("*") if p.is_file())
    assert size < 50 * 1024 * 1024
    assert "ner" in nlp.pipe_names
    mapping = _mapping()["entity_mapping"]
    assert isinstance(mapping, dict)
    ignore = set(_mapping()["labels_to_ignore"])  # type: ignore[arg-type]
    for label in nlp.get_pipe("ner").labels:
        assert label in mapping or label in ignore


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Minister Karin de Groot heeft gisteren met wethouder Bakker gesproken.",
            ["Karin de Groot", "Bakker"],
        ),
        (
            "Van: Pieter Jansen <p.jansen@minbzk.nl>\nAan: Fatima el Amrani\n"
            "Onderwerp: Woo-verzoek\n\nBeste Fatima,\n\nIk stuur je de stukken.\n\n"
            "Met vriendelijke groet,\n\nPieter Jansen\nbeleidsmedewerker",
            ["Pieter Jansen", "Fatima el Amrani", "Fatima"],
        ),
        (
            "Volgens Sanne Visser is het besluit genomen na overleg met J.P. van Dijk.",
            ["Sanne Visser", "J.P. van Dijk"],
        ),
        ("Aanwezig: Willem Smit, Ingrid Bos, Mohamed Yilmaz", ["Willem Smit", "Ingrid Bos"]),
        # bare surnames in running text
        (
            "Het kabinet is verdeeld. Volgens Verhoeven moet de begroting eerst rond. "
            "Bakker ziet dat anders.",
            ["Verhoeven", "Bakker"],
        ),
        (
            "De Rode Duivels wonnen met 2-0. Doelpunten: Peeters en Vandenbroucke.",
            ["Peeters", "Vandenbroucke"],
        ),
        ("Ook advocaat Claes vraagt de vrijspraak van Marc D.", ["Claes", "Marc D."]),
    ],
)
def test_known_names_found(nlp, text: str, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    found = {e.text for e in doc.ents if e.label_ == "PER"}
    for name in names:
        assert name in found, (name, [(e.text, e.label_) for e in doc.ents])


@pytest.mark.slow
def test_hard_negatives(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Op maandag kocht de minister koffie bij Albert Heijn aan de Willem de Zwijgerlaan.")
    per = [e.text for e in doc.ents if e.label_ == "PER"]
    assert "Albert Heijn" not in per
    assert "Willem de Zwijgerlaan" not in per


@pytest.mark.slow
def test_organisations_and_places_in_surname_positions(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Nochtans wil het bedrijf de centrale openhouden. Eritrea weigert elk overleg. "
        "Colruyt boekte vorig jaar meer winst."
    )
    per = {e.text for e in doc.ents if e.label_ == "PER"}
    assert not per & {"Nochtans", "Eritrea", "Colruyt"}, per
