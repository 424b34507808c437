"""Review file, run report and inventory list, all rendered from findings.

* ``<name>.review.json``: internal; every finding with its provenance and the
  flagged text itself.  It says so in its first key.
* ``report.json``: per run; no personal data (counts, grounds, reasons).
* ``inventaris.csv``: per run; one row per document, the Woo inventory list.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
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


# A document's ID as Woo platforms accept it (productierapport, file names).
ID_PATTERN = re.compile(r"[A-Za-z0-9.-]{1,170}")


def document_id(
    path: Path,
    relative: Path,
    taken: set[str] | None = None,
    content: hashlib._Hash | None = None,
) -> str:
    """The stable ID of an input document: ``D`` and 16 hex digits of the
    SHA-256 of its bytes.

    The same file gets the same ID in every run, wherever it lies.  A second
    byte-identical copy in one run (an ID already in ``taken``) is told apart by
    its relative path too; a file that cannot be read by its relative path alone.
    Only letters and digits, so a platform that matches a file to its row by the
    leading letters and digits of the file name finds it.  ``content``: the
    SHA-256 of the file's bytes when the caller has it already (not read again).
    """
    if content is not None:
        digest = content.copy()
    else:
        try:
            digest = hashlib.sha256(path.read_bytes())
        except OSError:
            digest = hashlib.sha256(b"path:" + relative.as_posix().encode("utf-8"))
    candidate = "D" + digest.hexdigest()[:16]
    if taken is not None and candidate in taken:
        digest.update(b"\0" + relative.as_posix().encode("utf-8"))
        candidate = "D" + digest.hexdigest()[:16]
    return candidate


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
    # Stable document ID (see :func:`document_id`) and what a publication
    # platform shows: the document's own date (YYYY-MM-DD or ""), its kind
    # (pdf, email, chat) and its title (file name or e-mail subject), all
    # free of the personal data found in it.
    id: str = ""
    date: str = ""
    file_type: str = ""
    title: str = ""

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
            "id": self.id,
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
            "date": self.date,
            "file_type": self.file_type,
            "title": self.title,
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
    path: Path,
    *,
    document: str,
    sha256: str,
    pages: int,
    findings: list[Finding],
    document_id: str = "",
) -> None:
    data = {
        "_warning": REVIEW_WARNING,
        "format": "redactie-review/1",
        "redactie_version": __version__,
        "document": document,
        "document_id": document_id,
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
