"""The Presidio analyzer engine, built once per process, fully offline.

Presidio's default NLP engine downloads ``en_core_web_lg`` when it is missing,
and its e-mail recognizer asks tldextract for the public-suffix list.  Neither
may happen here: the engine below is given an already loaded spaCy pipeline
(the shipped Dutch model, or ``spacy.blank("nl")`` when running on rules
only) and a registry that holds only our own recognizers.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
import yaml
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from spacy.language import Language

from redactie.errors import ModelError
from redactie.findings import Finding, Provenance, Source
from redactie.rules import RuleSet
from redactie.woo import ENTITY_GROUNDS, PUBLIC_ENTITY_TYPES

log = logging.getLogger(__name__)

LANGUAGE = "nl"
REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_MODEL_DIR = REPO_ROOT / "models"
NER_RECOGNIZER_NAME = "ner:spacy"

# Keep tldextract (pulled in by Presidio) from ever reaching for the network.
os.environ.setdefault("TLDEXTRACT_CACHE", str(Path.home() / ".cache" / "redactie-tldextract"))


class PreloadedSpacyNlpEngine(SpacyNlpEngine):
    """A Presidio spaCy engine around a pipeline we loaded ourselves.

    ``SpacyNlpEngine.load`` would call ``spacy.cli.download`` for a missing
    model; this one never loads anything by name.
    """

    def __init__(self, nlp: Language, ner_config: NerModelConfiguration) -> None:
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": nlp.meta.get("name", "blank")}],
            ner_model_configuration=ner_config,
        )
        self._preloaded = nlp

    def load(self) -> None:
        self.nlp = {LANGUAGE: self._preloaded}  # type: ignore[assignment]


class ContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's context enhancer, skipped when it has nothing to do.

    Presidio's enhancer first deep-copies every result of the page, then looks
    at the results of recognizers that declare context words.  None of ours
    does (the rule recognizers judge their own context), so without context
    words the copy was all it did: the results are returned as they are.
    """

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        if not context and not any(r.context for r in recognizers):
            return raw_results
        return super().enhance_using_context(
            text, raw_results, nlp_artifacts, recognizers, context
        )


def find_model(model_dir: Path = DEFAULT_MODEL_DIR) -> Path | None:
    """The packaged spaCy pipeline under ``models/`` (a folder with ``meta.json``)."""
    if (model_dir / "meta.json").is_file():
        return model_dir
    if not model_dir.is_dir():
        return None
    for cand in sorted(model_dir.iterdir()):
        if cand.is_dir() and not cand.name.startswith("_") and (cand / "meta.json").is_file():
            return cand
    return None


DEFAULT_MAPPING = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION", "MISC": "MISC"}


def load_ner_config(model_dir: Path = DEFAULT_MODEL_DIR) -> NerModelConfiguration:
    """Model labels -> Presidio entities and scoring, from ``models/entity_mapping.yaml``.

    The mapping is configuration, not code: an organisation that trains its own
    model with other labels edits that file.
    """
    path = model_dir / "entity_mapping.yaml"
    data: Any = {}
    if path.is_file():
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ModelError(f"{path} is geen geldige YAML") from exc
    if not isinstance(data, dict):
        raise ModelError(f"{path} moet een YAML-mapping zijn")
    mapping = data.get("entity_mapping", DEFAULT_MAPPING)
    if not isinstance(mapping, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()
    ):
        raise ModelError(f"{path}: entity_mapping moet label: ENTITEIT-paren bevatten")
    try:
        return NerModelConfiguration(
            model_to_presidio_entity_mapping=mapping,
            labels_to_ignore=list(data.get("labels_to_ignore", [])),
            default_score=float(data.get("default_score", 0.85)),
            low_score_entity_names=list(data.get("low_score_entity_names", [])),
            low_confidence_score_multiplier=float(data.get("low_confidence_score_multiplier", 0.4)),
        )
    except (ValueError, TypeError) as exc:
        raise ModelError(f"{path}: ongeldige NER-instellingen") from exc


@dataclass(frozen=True)
class EngineConfig:
    use_model: bool = True
    model_path: Path | None = None  # None: the model found under models/
    rules_dir: Path | None = None  # None: the repo's rules/


# Pages analysed within one spaCy memory zone (see DetectionEngine._enter_zone).
ZONE_PAGES = 200


class DetectionEngine:
    """Presidio analyzer + our recognizers; turns results into findings."""

    def __init__(self, config: EngineConfig, rules: RuleSet) -> None:
        self.config = config
        self.rules = rules
        self._zone: contextlib.ExitStack | None = None  # see _enter_zone
        self._zone_pages = 0
        self.nlp, self.model_name = self._load_nlp(config)
        ner_config = load_ner_config(
            config.model_path.parent if config.model_path else DEFAULT_MODEL_DIR
        )
        mapping = ner_config.model_to_presidio_entity_mapping or DEFAULT_MAPPING
        ignored = set(ner_config.labels_to_ignore or ())
        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        recognizers: list[EntityRecognizer] = list(rules.recognizers(language=LANGUAGE))
        # The recognizers that read a letter-spaced view (see analyze_view).
        self._view_recognizers: dict[bool, list[EntityRecognizer]] = {False: list(recognizers)}
        if self.model_name != "blank":
            ner_entities = sorted({v for k, v in mapping.items() if k not in ignored})
            recognizers.append(
                SpacyRecognizer(
                    supported_language=LANGUAGE,
                    supported_entities=ner_entities,
                    name=NER_RECOGNIZER_NAME,
                )
            )
        names = extra_recognizers(rules, self.nlp)
        self._view_recognizers[True] = list(names)
        recognizers.extend(names)
        for rec in recognizers:
            registry.add_recognizer(rec)
        self.analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=PreloadedSpacyNlpEngine(self.nlp, ner_config),
            supported_languages=[LANGUAGE],
            context_aware_enhancer=ContextEnhancer(),
        )

    @staticmethod
    def _load_nlp(config: EngineConfig) -> tuple[Language, str]:
        if not config.use_model:
            return spacy.blank(LANGUAGE), "blank"
        path = config.model_path or find_model()
        if path is None:
            raise ModelError(
                "het NER-model ontbreekt in models/; voer 'make model' uit of draai met --no-model"
            )
        try:
            nlp = spacy.load(path)
        except Exception as exc:
            raise ModelError(f"het NER-model in {path} kan niet worden geladen") from exc
        return nlp, f"{nlp.meta.get('name', path.name)}-{nlp.meta.get('version', '0')}"

    def analyze_text(self, text: str, page: int = 0) -> list[Finding]:
        """All findings (redactable and public types) in one page's text."""
        if not text.strip():
            return []
        self._enter_zone()
        results = self.analyzer.analyze(
            text=text,
            language=LANGUAGE,
            return_decision_process=True,
            # 0: every pattern recognizer uses its own flags (Presidio's
            # default would force IGNORECASE on all of them).
            regex_flags=0,
        )
        return [f for f in (to_finding(r, text, page) for r in results) if f is not None]

    def analyze_view(self, text: str, page: int = 0, *, names: bool = False) -> list[Finding]:
        """Findings in a page's letter-spaced view (:mod:`redactie.detect.spaced`):
        the rule packs' recognizers, or (``names``) the name lists and context rules.

        Neither needs the spaCy pipeline, and the NER model does not run: it was
        trained on text as written, not on words put back together.
        """
        if not text.strip():
            return []
        out: list[Finding] = []
        for rec in self._view_recognizers[names]:
            for r in rec.analyze(text, [], None):  # type: ignore[arg-type]  # ours take None
                f = to_finding(r, text, page)
                if f is not None:
                    out.append(f)
        return out

    def _enter_zone(self) -> None:
        """A spaCy memory zone over every :data:`ZONE_PAGES` pages.

        The strings (and tokenizer cache entries) spaCy adds to its
        vocabulary within a zone are freed when it closes, so a long batch
        does not grow it; a zone over many pages lets the words pages share
        be looked up instead of made anew for every page.  No spaCy object
        outlives a page (findings hold plain strings), and what the model
        finds does not depend on the vocabulary's state.
        """
        if self._zone is None or self._zone_pages >= ZONE_PAGES:
            if self._zone is not None:
                self._zone.close()
            self._zone = contextlib.ExitStack()
            self._zone.enter_context(self.nlp.memory_zone())
            self._zone_pages = 0
        self._zone_pages += 1

    def analyze_pages(self, texts: Iterable[str]) -> list[Finding]:
        out: list[Finding] = []
        for number, text in enumerate(texts):
            out.extend(self.analyze_text(text, number))
        return out


def extra_recognizers(rules: RuleSet, nlp: Language) -> list[EntityRecognizer]:
    """Recognizers beyond the rule packs and the model: the name lists and context rules."""
    from redactie.detect import names  # imported late: names imports the resolver

    return list(names.recognizers(rules, LANGUAGE))


_SOURCE_BY_PREFIX = {
    "ner": Source.NER,
    "rule": Source.RULE,
    "list": Source.LIST,
    "context": Source.CONTEXT,
}


def to_finding(result: RecognizerResult, text: str, page: int) -> Finding | None:
    """A Presidio result as a :class:`Finding` with provenance."""
    meta: dict[str, Any] = dict(result.recognition_metadata or {})
    recognizer = str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown"))
    if recognizer == "SpacyRecognizer":
        recognizer = NER_RECOGNIZER_NAME
    source = meta.get("source")
    if isinstance(source, Source):
        src = source
    elif isinstance(source, str) and source in {s.value for s in Source}:
        src = Source(source)
    else:
        src = _SOURCE_BY_PREFIX.get(recognizer.split(":", 1)[0], Source.RULE)
    start, end = _trim(text, result.start, result.end)
    if end <= start:
        return None
    entity = result.entity_type
    if entity in ENTITY_GROUNDS:
        ground = ENTITY_GROUNDS[entity]
    elif entity in PUBLIC_ENTITY_TYPES:
        ground = ""
    else:
        return None
    explanation = ""
    if result.analysis_explanation is not None:
        explanation = str(result.analysis_explanation.textual_explanation or "")
    prov = Provenance(
        recognizer=recognizer,
        source=src,
        rule_id=str(meta.get("rule_id", "")),
        score=float(result.score),
        explanation=explanation,
    )
    return Finding(
        page=page,
        start=start,
        end=end,
        text=text[start:end],
        entity_type=entity,
        ground=ground,
        provenance=prov,
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it does not start or end with whitespace or stray punctuation.

    Balanced brackets (``(070) 123 45 67``) and the apostrophe of ``'s-`` stay.
    """
    while start < end:
        c = text[start]
        if c == "(" and ")" in text[start:end]:
            break
        if c == "'" and text[start + 1 : start + 3] in ("s-", "s ", "t "):
            break
        if not (c.isspace() or c in ",.;:()[]<>\"'"):
            break
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:()[]<>\"'"):
        if text[end - 1] == ")" and "(" in text[start:end]:
            break
        end -= 1
    return start, end


_ENGINES: dict[tuple[Any, ...], DetectionEngine] = {}
_LOCK = threading.Lock()


def get_engine(config: EngineConfig, rules: RuleSet) -> DetectionEngine:
    """The engine for this configuration, built once per process."""
    key = (config.use_model, str(config.model_path), rules.checksum)
    with _LOCK:
        eng = _ENGINES.get(key)
        if eng is None:
            eng = DetectionEngine(config, rules)
            _ENGINES[key] = eng
            _settle_heap()
        return eng


# Allocations between collections of the youngest generation.  A page makes
# hundreds of thousands of short-lived objects (glyph boxes, tokens, findings);
# at Python's default of 700 the collector runs thousands of times a page.
GC_GEN0_THRESHOLD = 20_000


def _settle_heap() -> None:
    """Move the loaded model, analyzer and rules out of the collector's sight.

    They live as long as the process; without this every full collection
    walks their millions of objects again (the largest single cost of a long
    batch).  ``gc.freeze`` only stops the collector from scanning them:
    nothing is freed or changed.
    """
    gc.collect()
    gc.freeze()
    _gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(_gen0, GC_GEN0_THRESHOLD), gen1, gen2)
