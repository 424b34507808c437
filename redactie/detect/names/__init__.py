"""Person names (issue 3): find every civil servant and citizen, keep public officials.

API
---
``recognizers(rules, language)``
    The Presidio recognizers the engine adds (:func:`redactie.detect.engine.extra_recognizers`):
    ``list:names`` (name lists) and ``context:names`` (context rules).  Each
    result carries ``recognizer_name``, ``source`` (``list``/``context``) and
    ``rule_id`` in its ``recognition_metadata``.
:data:`STAGES`
    ``(name, stage)`` pairs that :mod:`redactie.resolve` runs after
    ``mark_organisation_data``: ``names_clean``, ``names_lists``,
    ``names_officials``, ``names_propagate`` (see :mod:`.stages`).

Data lives in ``<rules>/names/`` (name lists and ``context.yaml``; see its
README); the keep and always-redact lists in ``rules/*.yaml`` (``kind: lists``).

Modules: :mod:`.lexicon` (lists and validated context config), :mod:`.text`
(de-hyphenated page view, tokens, name-shaped runs), :mod:`.recognizers`
(the rules), :mod:`.stages` (decisions and propagation).
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
