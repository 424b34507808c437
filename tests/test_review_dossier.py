"""A dossier under review: persons across documents, the queue, versions, ``apply DIR``.

Three small PDFs built here share one person (Anna de Vries, in three forms)
and one name no detector finds (Okkema); they are scanned with rules only.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from conftest import pdftotext
from test_review_server import get_json

from redactie import api, cli
from redactie.errors import ExitCode, ReviewFileError
from redactie.review import DossierSession, ReviewServer, running
from redactie.review.dossier import uncertainty
from redactie.woo import GROUNDS

DOCS = {
    "besluit.pdf": [
        "Gemeente Voorbeeldstad",
        "Behandeld door: Anna de Vries",
        "E-mail: a.devries@example.nl",
        "Het advies van Okkema volgt later.",
    ],
    "nota.pdf": [
        "Nota aan het college",
        "Van: A. de Vries",
        "Mevrouw De Vries heeft het advies opgesteld.",
        "Okkema stuurt de stukken na.",
    ],
    "verslag.pdf": [
        "Verslag overleg",
        "Aanwezig: Anna de Vries en de burgemeester.",
        "Okkema werd gebeld over het plan.",
        "Telefoon: 06-12345678",
    ],
}
MISSED = "Okkema"  # no detector finds it: the reviewer adds it by hand
OPTIONS = api.Options(use_model=False, ocr=False)


@dataclass(frozen=True)
class Dossier:
    sources: Path  # the original PDFs
    scan: Path  # the review files


def make_dossier(folder: Path) -> Dossier:
    """Three PDFs and their review files, as ``redactie scan --no-model`` writes them."""
    src = folder / "bron"
    src.mkdir(parents=True)
    for name, lines in DOCS.items():
        doc = pymupdf.open()
        page = doc.new_page()
        for i, line in enumerate(lines):
            page.insert_text((72, 72 + 16 * i), line, fontsize=11)
        doc.save(src / name)
        doc.close()
    result = api.scan([src], folder / "scan", OPTIONS)
    assert [o.status for o in result.outcomes] == ["gescand"] * 3
    return Dossier(sources=src, scan=folder / "scan")


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    return make_dossier(tmp_path_factory.mktemp("dossier"))


def copy_of(d: Dossier, folder: Path) -> Dossier:
    shutil.copytree(d.scan, folder / "scan")
    return Dossier(sources=d.sources, scan=folder / "scan")


@pytest.fixture
def dossier(scanned: Dossier, tmp_path: Path) -> Dossier:
    return copy_of(scanned, tmp_path)


@pytest.fixture
def served(dossier: Dossier) -> Iterator[tuple[ReviewServer, Dossier]]:
    session = DossierSession.open(dossier.scan, [dossier.sources], ocr=False)
    try:
        with running(ReviewServer(session, port=0)) as srv:
            yield srv, dossier
    finally:
        session.close()


def review(d: Dossier, name: str) -> dict[str, Any]:
    path = d.scan / name.replace(".pdf", ".review.json")
    return dict(json.loads(path.read_text(encoding="utf-8")))


def person(state: dict[str, Any], surname: str) -> dict[str, Any]:
    return next(p for p in state["persons"] if surname in p["name"])


def versions(state: dict[str, Any]) -> dict[str, str]:
    return {str(d["number"]): d["version"] for d in state["documents"]}


def test_persons_join_the_forms_of_a_name_across_documents(
    served: tuple[ReviewServer, Dossier],
) -> None:
    server, _ = served
    status, state = get_json(server.url + "api/dossier")
    assert status == 200
    anna = person(state, "Vries")
    assert anna["name"] == "Anna de Vries"
    assert (anna["documents"], anna["mentions"]) == (3, 4)
    assert set(anna["variants"]) == {"Anna de Vries", "A. de Vries", "De Vries"}
    assert anna["recognizers"] and not anna["decided"]
    assert [d["document"] for d in state["documents"]] == list(DOCS)
    assert state["progress"] == {"decided": 0, "total": state["progress"]["total"]}
    assert [g["code"] for g in state["grounds"]] == list(GROUNDS)
    # Each document is served under doc/N/ with the routes of the single screen.
    status, doc = get_json(server.url + "doc/2/api/document")
    assert status == 200 and doc["document"] == "nota.pdf" and doc["in_dossier"] is True
    assert doc["version"] and [g["code"] for g in doc["grounds"]] == list(GROUNDS)
    assert get_json(server.url + "doc/9/api/document")[0] == 404


def test_one_decision_for_every_mention(served: tuple[ReviewServer, Dossier]) -> None:
    server, d = served
    _, state = get_json(server.url + "api/dossier")
    anna = person(state, "Vries")
    body = {
        "key": anna["key"],
        "action": "keep",
        "keep_reason": "ambtenaar in functie",
        "versions": versions(state),
    }
    status, after = get_json(server.url + "api/person", body)
    assert status == 200, after
    assert person(after, "Vries")["decided"] and person(after, "Vries")["action"] == "keep"
    assert after["progress"]["decided"] == 4
    for name in DOCS:
        mentions = [f for f in review(d, name)["findings"] if "Vries" in f["text"]]
        assert mentions and all(
            f["action"] == "keep" and f["keep_reason"] == "ambtenaar in functie" and f["decided"]
            for f in mentions
        )
    # Keeping needs a reason; an unknown ground is refused.
    status, err = get_json(server.url + "api/person", {**body, "keep_reason": ""})
    assert status == 400 and "reden" in err["error"]
    body2 = {**body, "action": "redact", "ground": "9.9.9", "versions": versions(after)}
    status, err = get_json(server.url + "api/person", body2)
    assert status == 400 and "weigeringsgrond" in err["error"]


def test_two_tabs_never_overwrite_each_other(served: tuple[ReviewServer, Dossier]) -> None:
    server, d = served
    _, tab1 = get_json(server.url + "api/dossier")
    _, tab2 = get_json(server.url + "api/dossier")
    key = person(tab1, "Vries")["key"]
    ok = {"key": key, "action": "redact", "versions": versions(tab1)}
    assert get_json(server.url + "api/person", ok)[0] == 200
    before = review(d, "nota.pdf")
    stale = {"key": key, "action": "keep", "keep_reason": "x", "versions": versions(tab2)}
    status, err = get_json(server.url + "api/person", stale)
    assert status == 409 and "ander tabblad" in err["error"]
    assert review(d, "nota.pdf") == before
    # The same check for a document saved from two tabs.
    _, doc = get_json(server.url + "doc/2/api/document")
    keys = ("id", "page", "start", "end", "entity_type", "action", "keep_reason")
    payload = {"findings": [{k: f[k] for k in keys} for f in doc["findings"]]}
    first = json.loads(json.dumps(payload))
    first["findings"][0].update(action="keep", keep_reason="openbaar adres")
    assert get_json(server.url + "doc/2/api/save", {**first, "version": doc["version"]})[0] == 200
    status, err = get_json(server.url + "doc/2/api/save", {**payload, "version": doc["version"]})
    assert status == 409 and "ander tabblad" in err["error"]


def test_added_name_is_offered_in_the_other_documents_and_ground_is_stored(
    served: tuple[ReviewServer, Dossier],
) -> None:
    server, d = served
    _, doc = get_json(server.url + "doc/3/api/document")
    text = doc["pages"][0]["text"]
    start = text.index(MISSED)
    keys = ("id", "page", "start", "end", "entity_type", "action", "keep_reason")
    findings = [{k: f[k] for k in keys} for f in doc["findings"]]
    other = next(g for g in GROUNDS if g != "5.1.2e")
    findings.append(
        {
            "id": None,
            "page": 1,
            "start": start,
            "end": start + len(MISSED),
            "entity_type": "PERSON",
            "action": "redact",
            "ground": other,
        }
    )
    status, saved = get_json(
        server.url + "doc/3/api/save", {"findings": findings, "version": doc["version"]}
    )
    assert status == 200, saved
    manual = next(f for f in review(d, "verslag.pdf")["findings"] if f["text"] == MISSED)
    assert manual["ground"] == other and manual["source"] == "manual"
    _, state = get_json(server.url + "api/dossier")
    okkema = person(state, MISSED)
    assert {s["doc"] for s in okkema["suggested"]} == {1, 2}
    body = {"key": okkema["key"], "action": "redact", "versions": versions(state)}
    status, after = get_json(server.url + "api/person", body)
    assert status == 200
    assert person(after, MISSED)["documents"] == 3 and not person(after, MISSED)["suggested"]
    for name in ("besluit.pdf", "nota.pdf"):
        added = [f for f in review(d, name)["findings"] if f["text"] == MISSED]
        assert len(added) == 1 and added[0]["action"] == "redact"


def test_queue_puts_the_uncertain_first() -> None:
    sure = {"score": 1.0, "source": "rule", "also_found_by": ["x"], "action": "redact"}
    low = {**sure, "score": 0.4}
    model_only = {**sure, "source": "ner", "also_found_by": [], "entity_type": "PERSON"}
    kept = {**sure, "action": "keep", "entity_type": "PERSON"}
    unsure_bsn = {**sure, "entity_type": "NL_BSN", "score": 0.5, "also_found_by": []}
    assert uncertainty(sure) == (0.0, [])
    ranked = sorted([sure, low, model_only, kept, unsure_bsn], key=lambda f: -uncertainty(f)[0])
    assert ranked[-1] is sure
    assert "controlecijfer onzeker" in uncertainty(unsure_bsn)[1]
    assert "alleen het taalmodel" in uncertainty(model_only)[1]
    assert "behouden als ambtenaar of openbaar" in uncertainty(kept)[1]


def test_apply_dir_redacts_every_document_as_decided(dossier: Dossier, tmp_path: Path) -> None:
    session = DossierSession.open(dossier.scan, [dossier.sources], ocr=False)
    try:
        state = session.state()
        anna = person(state, "Vries")
        session.decide_person(
            {
                "key": anna["key"],
                "action": "keep",
                "keep_reason": "ambtenaar in functie",
                "versions": versions(state),
            }
        )
    finally:
        session.close()
    out = tmp_path / "out"
    args = ["apply", str(dossier.scan), "--sources", str(dossier.sources), "--out", str(out)]
    code = cli.main([*args, "--no-model", "--no-ocr", "-q"])
    assert code == ExitCode.OK
    texts = {name: " ".join(pdftotext(out / name).split()) for name in DOCS}
    assert "Anna de Vries" in texts["besluit.pdf"]  # kept: a civil servant in her role
    assert "a.devries@example.nl" not in texts["besluit.pdf"]
    assert "06-12345678" not in texts["verslag.pdf"]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["published"] == 3


def test_apply_dir_without_the_originals_fails_clearly(dossier: Dossier, tmp_path: Path) -> None:
    result = api.apply_dossier(dossier.scan, tmp_path / "out", OPTIONS)
    assert [o.status for o in result.outcomes] == ["mislukt"] * 3
    assert all("--sources" in (o.error or "") for o in result.outcomes)
    assert result.exit_code == ExitCode.REVIEW_FILE
    with pytest.raises(ReviewFileError):
        DossierSession.open(dossier.scan)
    (tmp_path / "leeg").mkdir()
    with pytest.raises(ReviewFileError):
        api.apply_dossier(tmp_path / "leeg", tmp_path / "out2", OPTIONS)


def test_cli_review_and_apply_arguments(dossier: Dossier, tmp_path: Path) -> None:
    # A dossier whose originals are not where it looks: a clear review-file error.
    code = cli.main(["review", str(dossier.scan), "--no-browser", "-q"])
    assert code == ExitCode.REVIEW_FILE
    # One PDF still needs its review file.
    pdf = dossier.sources / "nota.pdf"
    assert cli.main(["review", str(pdf), "--no-browser", "-q"]) == ExitCode.BAD_ARGS
    assert cli.main(["apply", str(pdf), "--out", str(tmp_path / "o"), "-q"]) == ExitCode.BAD_ARGS
