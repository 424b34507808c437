"""Findings, their provenance and the reviewer's decisions.

A :class:`Finding` is what a detector reports: a span of one page's text with
its entity type, Woo ground and the provenance that explains why it was found
(recognizer, rule id, score, source).  Everything downstream (review file,
report, inventory, the redaction itself) is rendered from findings and
decisions, never from ad-hoc strings.

Findings hold personal data in :attr:`Finding.text`.  Only the internal review
file may serialise that field; published reports use :meth:`Finding.public_dict`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from typing import Any


class Source(enum.StrEnum):
    """Which family of detector produced a finding."""

    NER = "ner"  # the spaCy NER model
    RULE = "rule"  # a rule-pack pattern recognizer (regex + validator)
    LIST = "list"  # a name list (first names, surnames, always-redact list)
    CONTEXT = "context"  # a context rule (e.g. "Behandeld door", "Van:")
    PROPAGATION = "propagation"  # a later mention of a person found elsewhere
    MANUAL = "manual"  # added by a reviewer


class Action(enum.StrEnum):
    """What happens to a finding."""

    REDACT = "redact"
    KEEP = "keep"


@dataclass(frozen=True)
class Provenance:
    """Why a span was flagged: which recognizer, which rule, how sure."""

    recognizer: str
    source: Source
    rule_id: str = ""
    score: float = 1.0
    explanation: str = ""


@dataclass(frozen=True)
class Finding:
    """One flagged span on one page.

    ``start``/``end`` are character offsets into ``Page.text`` of page
    ``page`` (0-based).  ``text`` is the flagged text itself: personal data.
    """

    page: int
    start: int
    end: int
    text: str
    entity_type: str
    ground: str
    provenance: Provenance
    action: Action = Action.REDACT
    keep_reason: str = ""
    # Further recognizers that agreed on (part of) this span after merging.
    also_found_by: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError("a finding must span at least one character")

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Finding) -> bool:
        return self.page == other.page and self.start < other.end and other.start < self.end

    def with_action(self, action: Action, keep_reason: str = "") -> Finding:
        return replace(self, action=action, keep_reason=keep_reason)

    def public_dict(self) -> dict[str, Any]:
        """A rendering without the personal data, for published reports."""
        return {
            "page": self.page + 1,
            "entity_type": self.entity_type,
            "ground": self.ground,
            "action": self.action.value,
            "recognizer": self.provenance.recognizer,
            "rule_id": self.provenance.rule_id,
            "source": self.provenance.source.value,
            "score": round(self.provenance.score, 3),
        }

    def review_dict(self) -> dict[str, Any]:
        """The full rendering for the internal review file (holds personal data)."""
        d = self.public_dict()
        d.update(
            {
                "start": self.start,
                "end": self.end,
                "text": self.text,
                "keep_reason": self.keep_reason,
                "explanation": self.provenance.explanation,
                "also_found_by": list(self.also_found_by),
            }
        )
        return d
