"""A whole dossier under review: every review file of a ``scan``/``run`` output at once.

A Woo officer decides about a person, not about a span: :class:`DossierSession`
joins the PERSON findings of all documents into persons with the name parsing
that propagation uses (:func:`redactie.detect.names.stages.parse_name` and
``compatible``), so "Anna de Vries", "A. de Vries" and "De Vries" are one
person, and one decision (lakken, or behouden with a reason) is written to every
mention in every review file.  A queue puts the uncertain findings first and a
count says how far the dossier is ("212 van 1.140 beslist").

A name the reviewer adds by hand is looked for in the other documents too: its
forms (:func:`~redactie.detect.names.stages.variants`) that no finding covers
yet are offered under that person, and deciding the person adds them.

Each document stays a :class:`~redactie.review.session.ReviewSession`: the same
checks, the same atomic writes, the same version check between browser tabs.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from redactie.api import find_source, read_review_file, review_files
from redactie.detect.names.lexicon import Lexicon, fold, lexicon_for
from redactie.detect.names.stages import PersonName, compatible, parse_name, variants
from redactie.errors import RedactieError, ReviewFileError
from redactie.findings import Action, Source
from redactie.review.session import (
    ConflictError,
    ReviewSession,
    ValidationError,
    check_ground,
    grounds_catalogue,
)
from redactie.rules import load_rules
from redactie.woo import ENTITY_LABELS_NL

# Queue: how uncertain a finding is, and why (Dutch, shown to the reviewer).
LOW_SCORE = 0.6
WEAK_SCORE = 0.85
QUEUE_LIMIT = 200
IDENTIFIERS = frozenset({"NL_BSN", "NATIONAL_ID", "IBAN_CODE"})


# A person while grouping: the parsed name and its (document number, finding) pairs.
Group = tuple[PersonName, list[tuple[int, dict[str, Any]]]]


def uncertainty(f: dict[str, Any]) -> tuple[float, list[str]]:
    """How risky a decision about a finding is (higher first) and the reasons why."""
    reasons: list[str] = []
    risk = 0.0
    score = float(f.get("score", 1.0) or 0.0)
    source = str(f.get("source", ""))
    others = list(f.get("also_found_by") or [])
    if source == Source.MANUAL.value:
        return 0.0, []
    if score < LOW_SCORE:
        risk += 3 + (LOW_SCORE - score)
        reasons.append("lage score")
    if source == Source.NER.value and not others:
        risk += 2
        reasons.append("alleen het taalmodel")
    elif not others and score < WEAK_SCORE:
        risk += 1.5
        reasons.append("één zwakke herkenner")
    if f.get("action") == Action.KEEP.value and f.get("entity_type") == "PERSON":
        risk += 2.5
        reasons.append("behouden als ambtenaar of openbaar")
    if f.get("entity_type") in IDENTIFIERS and source == Source.RULE.value and score < 0.9:
        risk += 2.5
        reasons.append("controlecijfer onzeker")
    return risk, reasons


class DossierSession:
    """All documents of a dossier; safe to use from several threads."""

    def __init__(self, sessions: Sequence[ReviewSession], lexicon: Lexicon | None = None) -> None:
        if not sessions:
            raise ReviewFileError("geen documenten om te beoordelen")
        self.sessions = list(sessions)
        self.lexicon = lexicon or lexicon_for(load_rules(None))
        self._lock = threading.RLock()

    @classmethod
    def open(
        cls, review_dir: Path, sources: Sequence[Path] = (), *, ocr: bool | None = None
    ) -> DossierSession:
        """The review files under ``review_dir`` with their PDFs (looked up by hash)."""
        files = review_files(review_dir)
        if not files:
            raise ReviewFileError(
                "geen reviewbestanden (*.review.json) gevonden", path=str(review_dir)
            )
        opened: list[ReviewSession] = []
        try:
            for rf in files:
                source = find_source(rf, read_review_file(rf), sources or [review_dir])
                opened.append(ReviewSession(source, rf, ocr=ocr))
        except RedactieError:
            for s in opened:
                s.close()
            raise
        return cls(opened)

    def close(self) -> None:
        for s in self.sessions:
            s.close()

    def session(self, number: int) -> ReviewSession:
        if not 1 <= number <= len(self.sessions):
            raise ValidationError(f"document {number} bestaat niet")
        return self.sessions[number - 1]

    # --- persons ------------------------------------------------------------------

    def _findings(self) -> list[tuple[int, dict[str, Any]]]:
        out: list[tuple[int, dict[str, Any]]] = []
        for n, s in enumerate(self.sessions, start=1):
            out.extend((n, f) for f in s.findings())
        return out

    def _persons(self) -> list[dict[str, Any]]:
        """PERSON findings joined into persons; each with a stable key."""
        groups: list[Group] = []
        person_findings = [(n, f) for n, f in self._findings() if f["entity_type"] == "PERSON"]
        parsed = [(parse_name(str(f["text"]), self.lexicon), n, f) for n, f in person_findings]
        # Full names first, so a bare surname joins the person it belongs to.
        parsed.sort(key=lambda t: (t[0] is None or not t[0].specific, -len(str(t[2]["text"]))))
        for name, n, f in parsed:
            if name is None:
                groups.append(
                    (PersonName((), (), (str(f["text"]),), fold(str(f["text"]))), [(n, f)])
                )
                continue
            matches = [g for g in groups if compatible(g[0], name)]
            specific = [g for g in matches if g[0].specific]
            target = (
                specific[0] if len(specific) == 1 else matches[0] if len(matches) == 1 else None
            )
            if target is None:
                groups.append((name, [(n, f)]))
            else:
                target[1].append((n, f))
        groups = self._join_bare_names(groups)
        persons: list[dict[str, Any]] = []
        for name, members in groups:
            texts = sorted(
                {" ".join(str(f["text"]).split()) for _, f in members}, key=lambda t: (-len(t), t)
            )
            letters = "".join(sorted(name.letters))
            key = f"{name.core}|{letters}"
            actions = {f["action"] for _, f in members}
            reasons = sorted({f.get("keep_reason", "") for _, f in members} - {""})
            grounds = sorted({str(f.get("ground", "")) for _, f in members})
            persons.append(
                {
                    "key": key,
                    "name": texts[0],
                    "variants": texts,
                    "documents": len({n for n, _ in members}),
                    "mentions": len(members),
                    "recognizers": sorted(
                        {str(f.get("recognizer", "")) for _, f in members}
                        | {r for _, f in members for r in f.get("also_found_by") or []}
                    ),
                    "action": actions.pop() if len(actions) == 1 else "gemengd",
                    "keep_reason": reasons[0] if len(reasons) == 1 else "",
                    "ground": grounds[0] if len(grounds) == 1 else "",
                    "decided": all(f.get("decided") is True for _, f in members),
                    "risk": max(uncertainty(f)[0] for _, f in members),
                    "manual": any(f.get("source") == Source.MANUAL.value for _, f in members),
                    "mentions_at": [
                        {"doc": n, "id": f["id"], "page": f["page"], "text": f["text"]}
                        for n, f in sorted(members, key=lambda m: (m[0], m[1]["page"]))
                    ],
                    "_name": name,
                }
            )
        # The same key twice (two unjoined groups of one surname): number them.
        seen: dict[str, int] = {}
        for p in persons:
            k = p["key"]
            seen[k] = seen.get(k, 0) + 1
            if seen[k] > 1:
                p["key"] = f"{k}#{seen[k]}"
        for p in persons:
            p["suggested"] = self._suggestions(p) if p["manual"] else []
        persons.sort(key=lambda p: (p["decided"], -p["risk"], -p["mentions"], p["name"]))
        return persons

    def _join_bare_names(self, groups: list[Group]) -> list[Group]:
        """A lone word ("Fatma", "Sven") joins the one person whose forms include it.

        These are the forms propagation looks for (``variants``); a word that is a
        form of two persons stays apart, for the reviewer to decide.
        """
        forms = [
            {fold(v) for v in variants(name, self.lexicon)} if name.specific else set()
            for name, _ in groups
        ]
        out: list[Group] = []
        merged: set[int] = set()
        for i, (name, members) in enumerate(groups):
            if name.specific or len(name.surname) != 1:
                continue
            owners = [j for j, f in enumerate(forms) if j != i and name.core in f]
            if len(owners) == 1:
                groups[owners[0]][1].extend(members)
                merged.add(i)
        out = [g for i, g in enumerate(groups) if i not in merged]
        return out

    def _suggestions(self, person: dict[str, Any]) -> list[dict[str, Any]]:
        """Forms of a hand-added person in the documents that no finding covers yet."""
        forms = variants(person["_name"], self.lexicon) | set(person["variants"])
        forms = {v for v in forms if len(v) >= 3}
        if not forms:
            return []
        pattern = re.compile(
            r"(?<!\w)(?:"
            + "|".join(re.escape(v) for v in sorted(forms, key=len, reverse=True))
            + r")(?!\w)"
        )
        out: list[dict[str, Any]] = []
        for n, s in enumerate(self.sessions, start=1):
            taken = s.findings()
            for page in s.document.pages:
                number = page.number + 1
                for m in pattern.finditer(page.text):
                    if any(
                        f["page"] == number and f["start"] < m.end() and m.start() < f["end"]
                        for f in taken
                    ):
                        continue
                    out.append(
                        {
                            "doc": n,
                            "page": number,
                            "start": m.start(),
                            "end": m.end(),
                            "text": m.group(0),
                        }
                    )
        return out

    # --- what the screen shows ---------------------------------------------------

    def state(self) -> dict[str, Any]:
        with self._lock:
            persons = self._persons()
            all_findings = self._findings()
            queue = []
            for n, f in all_findings:
                if f.get("decided") is True:
                    continue
                risk, reasons = uncertainty(f)
                if reasons:
                    queue.append((risk, n, f, reasons))
            queue.sort(key=lambda q: (-q[0], q[1], q[2]["page"], q[2]["start"]))
            documents = []
            for n, s in enumerate(self.sessions, start=1):
                fs = s.findings()
                documents.append(
                    {
                        "number": n,
                        "document": s.document.name,
                        "review_file": s.review_file.name,
                        "pages": s.page_count,
                        "findings": len(fs),
                        "decided": sum(1 for f in fs if f.get("decided") is True),
                        "version": s.version,
                    }
                )
            decided = sum(1 for _, f in all_findings if f.get("decided") is True)
            return {
                "documents": documents,
                "persons": [{k: v for k, v in p.items() if k != "_name"} for p in persons],
                "queue": [
                    {
                        "doc": n,
                        "id": f["id"],
                        "page": f["page"],
                        "text": f["text"],
                        "entity_type": f["entity_type"],
                        "label": ENTITY_LABELS_NL.get(str(f["entity_type"]), ""),
                        "action": f["action"],
                        "score": f.get("score", 1.0),
                        "recognizer": f.get("recognizer", ""),
                        "reasons": reasons,
                    }
                    for _, n, f, reasons in queue[:QUEUE_LIMIT]
                ],
                "queue_total": len(queue),
                "progress": {"decided": decided, "total": len(all_findings)},
                "grounds": grounds_catalogue(),
            }

    # --- deciding a person ----------------------------------------------------------

    def decide_person(self, payload: object) -> dict[str, Any]:
        """One decision for every mention of a person (and the offered forms); new state."""
        if not isinstance(payload, dict):
            raise ValidationError("verwacht een object met key en action")
        action = payload.get("action")
        if action not in (Action.REDACT.value, Action.KEEP.value):
            raise ValidationError("het besluit moet 'redact' (lakken) of 'keep' (behouden) zijn")
        reason = payload.get("keep_reason") or ""
        if not isinstance(reason, str):
            raise ValidationError("de reden moet tekst zijn")
        reason = " ".join(reason.split())
        if action == Action.KEEP.value and not reason:
            raise ValidationError("geef een reden om deze persoon te behouden")
        ground = check_ground("persoon", payload.get("ground"), "")
        versions = payload.get("versions")
        if not isinstance(versions, dict):
            raise ValidationError("de versies van de documenten ontbreken")
        with self._lock:
            person = next((p for p in self._persons() if p["key"] == payload.get("key")), None)
            if person is None:
                raise ConflictError("deze persoon bestaat niet (meer); laad de pagina opnieuw (F5)")
            by_doc: dict[int, set[int]] = {}
            for m in person["mentions_at"]:
                by_doc.setdefault(int(m["doc"]), set()).add(int(m["id"]))
            added: dict[int, list[dict[str, Any]]] = {}
            if action == Action.REDACT.value:
                for sug in person["suggested"]:
                    added.setdefault(int(sug["doc"]), []).append(sug)
            touched = sorted(set(by_doc) | set(added))
            for n in touched:  # every version first: all or nothing between tabs
                if str(versions.get(str(n))) != self.session(n).version:
                    raise ConflictError(
                        f"{self.session(n).document.name} is intussen in een ander tabblad of "
                        "venster gewijzigd; er is niets opgeslagen. Laad de pagina opnieuw (F5)"
                    )
            for n in touched:
                s = self.session(n)
                ids = by_doc.get(n, set())
                entries = []
                for f in s.findings():
                    entry = {
                        k: f[k]
                        for k in ("id", "page", "start", "end", "entity_type", "action", "ground")
                    }
                    entry["keep_reason"] = f.get("keep_reason", "")
                    if f["id"] in ids:
                        entry.update(action=action, keep_reason=reason, decided=True)
                        if ground:
                            entry["ground"] = ground
                    entries.append(entry)
                for sug in added.get(n, []):
                    entries.append(
                        {
                            "page": sug["page"],
                            "start": sug["start"],
                            "end": sug["end"],
                            "entity_type": "PERSON",
                            "action": action,
                            "keep_reason": reason,
                            "ground": ground or None,
                        }
                    )
                s.save({"findings": entries, "version": s.version})
            return self.state()
