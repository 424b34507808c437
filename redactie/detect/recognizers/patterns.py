"""Presidio recognizers built from rule-pack pattern rules.

One :class:`RulePatternRecognizer` per rule of a ``kind: patterns`` pack
(:mod:`redactie.rules`).  It is a plain Presidio ``PatternRecognizer`` with
three additions:

* The rule's validator judges every match (:meth:`PatternRule.judge`).  A
  validated match keeps its pattern's score (Presidio would raise it to 1.0),
  so a bare 9-digit number that passes the elfproef stays less certain than
  one labelled "BSN".  A match the validator does not believe is dropped,
  unless its pattern has an ``unvalidated_score`` and the personal context is
  there: then it stays with that lower score, flagged for review in its
  explanation (:data:`REVIEW_NOTE`).
* Context words are looked for in the text just before the match (the same
  line or the previous one, up to :data:`CONTEXT_WINDOW` characters), by plain
  word matching, so context works the same with a blank or a trained spaCy
  pipeline.  A hit adds :data:`CONTEXT_BOOST` to the score.  The result is
  marked as enhanced, so Presidio's lemma enhancer does not add a second boost.
* Every result carries its provenance in ``recognition_metadata``:
  ``rule_id``, ``rule_pack``, ``pattern_name``, ``context_word`` (if any) and
  Presidio's own ``recognizer_name``/``recognizer_identifier``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

from redactie.rules import CONTEXT_WINDOW

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

    from redactie.rules import PatternRule

__all__ = [
    "CONTEXT_BOOST",
    "CONTEXT_WINDOW",
    "META_CONTEXT_WORD",
    "META_PATTERN",
    "META_REVIEW",
    "META_RULE_ID",
    "META_RULE_PACK",
    "REVIEW_NOTE",
    "RulePatternRecognizer",
    "recognizer_name",
]

META_RULE_ID = "rule_id"
META_RULE_PACK = "rule_pack"
META_PATTERN = "pattern_name"
META_CONTEXT_WORD = "context_word"
META_REVIEW = "review"  # True: the validator did not believe the match

# The note in a flagged match's explanation (shown in the review file).
REVIEW_NOTE = "ter beoordeling: de validator {validator} gelooft deze waarde niet"
CONTEXT_BOOST = 0.35  # added to the score when a context word is found
CONTEXT_MIN_SCORE = 0.4  # a match with context scores at least this


def recognizer_name(pack: str, rule_id: str) -> str:
    """The recognizer name recorded in provenance: ``rule:<pack>/<rule id>``."""
    return f"rule:{pack}/{rule_id}"


class RulePatternRecognizer(PatternRecognizer):
    """A Presidio PatternRecognizer for one rule of a pattern pack."""

    def __init__(self, rule: PatternRule, *, pack: str, language: str = "nl") -> None:
        self.rule = rule
        self.pack = pack
        self.rule_id = rule.id
        self.rule_name = recognizer_name(pack, rule.id)
        self.context_words: tuple[str, ...] = rule.context
        patterns = []
        for spec, compiled in rule.compiled:
            # Presidio test-compiles the regex without flags: give it the flags inline.
            p = Pattern(name=spec.name, regex=rule.self_contained_regex(spec), score=spec.score)
            # Reuse the regex compiled at load time (same flags Presidio will use).
            p.compiled_regex = compiled
            p.compiled_with_flags = rule.regex_flags  # type: ignore[assignment]
            patterns.append(p)
        super().__init__(
            supported_entity=rule.entity,
            name=self.rule_name,
            supported_language=language,
            patterns=patterns,
            # Context is handled by enhance_using_context below, not by the
            # lemma enhancer; leaving Presidio's list empty keeps scores the
            # same whatever NLP pipeline the engine runs.
            context=[],
            global_regex_flags=rule.regex_flags,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """The validator's verdict on a text (None when the rule has none).

        :meth:`analyze` does not drop on it alone: :meth:`PatternRule.judge`
        keeps a rejected match for review when its pattern allows that.
        """
        validator = self.rule.validate_text
        return None if validator is None else bool(validator(pattern_text))

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        # The rule finds and judges its matches itself (Presidio's own loop
        # would drop a shorter validated match inside a longer rejected one
        # before the rule could judge them), always with its own flags.
        if self.supported_entities[0] not in entities and entities:
            return []
        specs = {spec.name: spec for spec in self.rule.patterns}
        results: list[RecognizerResult] = []
        for match in self.rule.find(text):
            expl = self.build_regex_explanation(
                self.rule_name,
                match.pattern,
                self.rule.self_contained_regex(specs[match.pattern]),
                match.score,
                not match.flagged,
                self.rule.regex_flags,
            )
            meta: dict[str, object] = {
                RecognizerResult.RECOGNIZER_NAME_KEY: self.rule_name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                META_RULE_ID: self.rule_id,
                META_RULE_PACK: self.pack,
                META_PATTERN: match.pattern,
            }
            if match.flagged:
                expl.append_textual_explanation_line(
                    REVIEW_NOTE.format(validator=self.rule.validator)
                )
                meta[META_REVIEW] = True
            results.append(
                RecognizerResult(
                    entity_type=self.supported_entities[0],
                    start=match.start,
                    end=match.end,
                    score=match.score,
                    analysis_explanation=expl,
                    recognition_metadata=meta,
                )
            )
        return EntityRecognizer.remove_duplicates(results)

    def find_context_word(self, text: str, start: int) -> str | None:
        """The context word nearest before ``start`` within the window, or None."""
        return self.rule.context_word(text, start)

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        for r in raw_recognizer_results:
            meta = r.recognition_metadata if r.recognition_metadata is not None else {}
            r.recognition_metadata = meta
            if meta.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            word = self.find_context_word(text, r.start)
            if word is None:
                continue
            r.score = min(
                EntityRecognizer.MAX_SCORE, max(r.score + CONTEXT_BOOST, CONTEXT_MIN_SCORE)
            )
            meta[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            meta[META_CONTEXT_WORD] = word
            if r.analysis_explanation is not None:
                r.analysis_explanation.set_supportive_context_word(word)
                r.analysis_explanation.set_improved_score(r.score)
        return raw_recognizer_results
