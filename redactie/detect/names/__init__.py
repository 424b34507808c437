"""Person names (issue 3): recognizers and resolution stages.

``recognizers(rules, language)`` gives the Presidio recognizers for the engine;
:data:`STAGES` the resolution stages for :mod:`redactie.resolve`.
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import EntityRecognizer

from redactie.detect.names.lexicon import Lexicon, lexicon_for
from redactie.detect.names.recognizers import NameContextRecognizer, NameListRecognizer
from redactie.detect.names.stages import STAGES


def recognizers(rules: Any, language: str = "nl") -> list[EntityRecognizer]:
    """The name recognizers for a rule set (lists and context rules from ``<rules>/names``)."""
    lex = lexicon_for(rules)
    return [NameListRecognizer(lex, language), NameContextRecognizer(lex, language)]


__all__ = ["STAGES", "Lexicon", "lexicon_for", "recognizers"]
