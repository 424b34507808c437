"""Review file, run report and inventory list, all rendered from findings.

* ``<name>.review.json``: internal; every finding with its provenance and the
  flagged text itself.  It says so in its first key.
* ``report.json``: per run; no personal data (counts, grounds, reasons).
* ``inventaris.csv``: per run; one row per document, the Woo inventory list.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redactie import __version__
from redactie.findings import Action, Finding
from redactie.woo import GROUNDS, Decision, justification_for

REVIEW_WARNING = (
    "INTERN DOCUMENT - BEVAT PERSOONSGEGEVENS. Niet publiceren. "
    "Internal review file: holds the personal data that was found."
)


@dataclass(frozen=True)
class DocumentOutcome:
    """What happened to one input document (no personal data)."""

    number: int
    source: str  # file name as given
    status: str  # "gepubliceerd" | "mislukt"
    output: str | None = None
    review_file: str | None = None
    pages: int = 0
    redactions: int = 0
    kept: int = 0
    by_entity: dict[str, int] = field(default_factory=dict)
    by_ground: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    exit_code: int = 0
    verification: tuple[str, ...] = ()  # readers that checked the output
    scrubbed: tuple[str, ...] = ()
    # What a reader should know that did not stop the document (Dutch, no
    # personal data), e.g. an image that could not be read by OCR.
    warnings: tuple[str, ...] = ()

    @property
    def grounds(self) -> list[str]:
        return [c for c in GROUNDS if self.by_ground.get(c)]

    @property
    def decision(self) -> str:
        if self.status != "gepubliceerd":
            return "niet verwerkt (zie rapport)"
        return Decision.PARTLY_PUBLIC if self.redactions else Decision.PUBLIC

    def justification(self) -> list[str]:
        return justification_for(set(self.grounds))

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "source": self.source,
            "status": self.status,
            "decision": self.decision,
            "output": self.output,
            "review_file": self.review_file,
            "pages": self.pages,
            "redactions": self.redactions,
            "kept": self.kept,
            "by_entity": dict(sorted(self.by_entity.items())),
            "grounds": self.grounds,
            "justification": self.justification(),
            "verified_by": list(self.verification),
            "scrubbed": list(self.scrubbed),
            "warnings": list(self.warnings),
            "error": self.error,
            "exit_code": self.exit_code,
        }


def summarise(findings: list[Finding]) -> tuple[int, int, dict[str, int], dict[str, int]]:
    red = [f for f in findings if f.action is Action.REDACT]
    kept = [f for f in findings if f.action is Action.KEEP]
    return (
        len(red),
        len(kept),
        dict(Counter(f.entity_type for f in red)),
        dict(Counter(f.ground for f in red)),
    )


def write_review_file(
    path: Path, *, document: str, sha256: str, pages: int, findings: list[Finding]
) -> None:
    data = {
        "_warning": REVIEW_WARNING,
        "format": "redactie-review/1",
        "redactie_version": __version__,
        "document": document,
        "sha256": sha256,
        "pages": pages,
        "findings": [{"id": i, **f.review_dict()} for i, f in enumerate(findings)],
    }
    _atomic_write(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def write_report(path: Path, outcomes: list[DocumentOutcome], meta: dict[str, Any]) -> None:
    published = [o for o in outcomes if o.status == "gepubliceerd"]
    data = {
        "format": "redactie-report/1",
        "redactie_version": __version__,
        **meta,
        "documents": len(outcomes),
        "published": len(published),
        "failed": len(outcomes) - len(published),
        "ok": len(published) == len(outcomes),
        "grounds": {
            g.code: {"article": g.article, "title": g.title, "justification": g.justification}
            for g in GROUNDS.values()
            if any(g.code in o.grounds for o in outcomes)
        },
        "results": [o.as_dict() for o in outcomes],
    }
    _atomic_write(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


INVENTORY_COLUMNS = ["nr", "document", "pagina's", "besluit", "weigeringsgronden", "toelichting"]


def write_inventory(path: Path, outcomes: list[DocumentOutcome]) -> None:
    rows = []
    for o in outcomes:
        rows.append(
            {
                "nr": o.number,
                "document": o.source,
                "pagina's": o.pages,
                "besluit": o.decision,
                "weigeringsgronden": ", ".join(o.grounds),
                "toelichting": " ".join(o.justification()),
            }
        )
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=INVENTORY_COLUMNS, delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(path)


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
