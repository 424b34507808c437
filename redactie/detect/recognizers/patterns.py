"""Presidio recognizers built from rule-pack pattern rules.

One :class:`RulePatternRecognizer` per rule of a ``kind: patterns`` pack
(:mod:`redactie.rules`).  It is a plain Presidio ``PatternRecognizer`` with
three additions:

* ``validate_result`` calls the rule's validator; a match it rejects is dropped.
  A validator only filters: a validated match keeps its pattern's score
  (Presidio would raise it to 1.0), so a bare 9-digit number that passes the
  elfproef stays less certain than one labelled "BSN".
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

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

    from redactie.rules import PatternRule

__all__ = [
    "CONTEXT_BOOST",
    "CONTEXT_WINDOW",
    "META_CONTEXT_WORD",
    "META_PATTERN",
    "META_RULE_ID",
    "META_RULE_PACK",
    "RulePatternRecognizer",
    "recognizer_name",
]

META_RULE_ID = "rule_id"
META_RULE_PACK = "rule_pack"
META_PATTERN = "pattern_name"
META_CONTEXT_WORD = "context_word"

CONTEXT_WINDOW = 60  # characters before the match searched for context words
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
        self._validator = rule.validate_text
        self.context_words: tuple[str, ...] = rule.context
        self._context_rx: regex.Pattern[str] | None = None
        if rule.context:
            words = "|".join(regex.escape(w) for w in sorted(rule.context, key=len, reverse=True))
            # Whole words only (so "t" as in "T 070 ..." does not hit "tot").
            self._context_rx = regex.compile(rf"(?<!\w)(?:{words})(?!\w)", regex.IGNORECASE)
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
        """The rule's validator: False drops the match; None when there is none."""
        if self._validator is None:
            return None
        return bool(self._validator(pattern_text))

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        # Always the rule's own flags: the patterns were written (and checked) with them.
        results = super().analyze(text, entities, nlp_artifacts, self.global_regex_flags)
        for r in results:
            expl = r.analysis_explanation
            if expl is not None:
                # A validator filters; the confidence is the pattern's score.
                r.score = float(expl.original_score)
                expl.score = r.score
            meta = r.recognition_metadata if r.recognition_metadata is not None else {}
            meta[META_RULE_ID] = self.rule_id
            meta[META_RULE_PACK] = self.pack
            meta[META_PATTERN] = expl.pattern_name if expl is not None else ""
            meta.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, self.rule_name)
            meta.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, self.id)
            r.recognition_metadata = meta
        return EntityRecognizer.remove_duplicates(results)

    def find_context_word(self, text: str, start: int) -> str | None:
        """The context word nearest before ``start`` within the window, or None."""
        if self._context_rx is None:
            return None
        window_start = max(0, start - CONTEXT_WINDOW)
        window = text[window_start:start]
        # Stay within the current line and the one before it.
        parts = window.split("\n")
        window = "\n".join(parts[-2:])
        hits = [m.group(0) for m in self._context_rx.finditer(window)]
        return hits[-1] if hits else None  # the nearest one

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
