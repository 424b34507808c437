"""Identifiers broken over a page break.

Detection reads one page at a time, so an IBAN, phone number or BSN whose
first part ends page 1 and whose rest opens page 2 (``NL27 RABO 0318`` /
``4426 90.``) is found on neither page, yet a reader (and ``pdftotext``) reads
it whole.  For every page break, the last line of a page is joined to each of
the first lines of the next (a running header may stand above the
continuation) and the rule recognizers run over that seam; an identifier that
crosses it becomes one finding per page, with the same provenance.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Protocol

from redactie.detect.spaced import analyze_view
from redactie.findings import Finding

# Identifier types that may be cut by a page break (names are found per page).
SEAM_TYPES = frozenset(
    {
        "IBAN_CODE",
        "PHONE_NUMBER",
        "NL_BSN",
        "NATIONAL_ID",
        "PERSONAL_NUMBER",
        "NL_LICENSE_PLATE",
        "EMAIL_ADDRESS",
        "DATE_OF_BIRTH",
    }
)
HEAD_LINES = 3  # lines at the top of the next page tried as the continuation
_IDENTIFIER_PIECE = re.compile(r"[\d@]")


class _Analyzer(Protocol):
    def analyze_text(self, text: str, page: int = 0) -> list[Finding]: ...


def _last_line(text: str) -> tuple[int, str]:
    body = text.rstrip()
    start = body.rfind("\n") + 1
    return start, body[start:]


def _head_lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text) and len(out) < HEAD_LINES:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, line.strip()))
        pos = end + 1
    return out


def page_seam_findings(texts: Sequence[str], analyzer: _Analyzer) -> list[Finding]:
    """Findings of identifiers that run from the end of one page onto the next."""
    out: list[Finding] = []
    for number in range(len(texts) - 1):
        tail_start, tail = _last_line(texts[number])
        if not tail.strip() or not any(ch.isalnum() for ch in tail[-4:]):
            continue
        for head_start, head in _head_lines(texts[number + 1]):
            if not _IDENTIFIER_PIECE.search(tail.split()[-1] + " " + head.split()[0]):
                continue  # every seam type has a digit or an "@" on one side of the cut
            seam = tail + "\n" + head
            cut = len(tail)
            found = False
            # every seam type comes from a rule pack: the rule recognizers alone, not the
            # NER model and the name recognizers over the two lines
            for f in analyze_view(analyzer, seam, number, names=False):
                if f.entity_type not in SEAM_TYPES or not (f.start < cut < f.end):
                    continue
                first_end = len(seam[f.start : cut].rstrip()) + f.start
                second_start = cut + 1
                if first_end <= f.start or f.end <= second_start:
                    continue
                out.append(
                    dataclasses.replace(
                        f,
                        page=number,
                        start=tail_start + f.start,
                        end=tail_start + first_end,
                        text=seam[f.start : first_end],
                    )
                )
                out.append(
                    dataclasses.replace(
                        f,
                        page=number + 1,
                        start=head_start,
                        end=head_start + (f.end - cut - 1),
                        text=seam[second_start : f.end],
                    )
                )
                found = True
            if found:
                break
    return out
