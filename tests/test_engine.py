"""The Presidio engine: offline, configured from files, provenance on every finding."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from redactie.detect.engine import DetectionEngine, EngineConfig, load_ner_config
from redactie.errors import ModelError
from redactie.findings import Source
from redactie.rules import load_rules


def test_mapping_is_read_from_the_shipped_configuration() -> None:
    cfg = load_ner_config()
    mapping = cfg.model_to_presidio_entity_mapping or {}
    assert mapping["PER"] == "PERSON"
    assert mapping["ORG"] == "ORGANIZATION"
    assert mapping["LOC"] == "LOCATION"


def test_custom_mapping_and_broken_mapping(tmp_path: Path) -> None:
    (tmp_path / "entity_mapping.yaml").write_text(
        "entity_mapping:\n  PERSOON: PERSON\nlabels_to_ignore: [MISC]\n", encoding="utf-8"
    )
    cfg = load_ner_config(tmp_path)
    assert cfg.model_to_presidio_entity_mapping == {"PERSOON": "PERSON"}
    (tmp_path / "entity_mapping.yaml").write_text("entity_mapping: [1, 2\n", encoding="utf-8")
    with pytest.raises(ModelError):
        load_ner_config(tmp_path)


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError):
        DetectionEngine(EngineConfig(use_model=True, model_path=tmp_path / "nope"), load_rules())


def test_rules_only_engine_works_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the engine tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    engine = DetectionEngine(EngineConfig(use_model=False), load_rules())
    assert engine.model_name == "blank"
    found = engine.analyze_text("Mail naar j.devries@example.nl of bel 06-12345678.")
    types = {f.entity_type for f in found}
    assert {"EMAIL_ADDRESS", "PHONE_NUMBER"} <= types
    for f in found:
        assert f.provenance.recognizer and f.provenance.source is not None
        assert f.ground == "5.1.2e"


@pytest.mark.slow
def test_model_engine_reports_ner_findings_with_provenance(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the engine tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    engine = DetectionEngine(EngineConfig(use_model=True), load_rules())
    assert engine.model_name != "blank"
    text = "Volgens Pieter Jansen moet het project in Utrecht worden uitgesteld."
    found = engine.analyze_text(text)
    ner = [f for f in found if f.provenance.source is Source.NER]
    assert any(f.entity_type == "PERSON" and "Jansen" in f.text for f in found)
    assert ner, "the NER model produced no finding"
