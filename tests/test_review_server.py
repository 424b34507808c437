"""The review screen's server: token, validation, saving, and ``apply`` on the result.

The server runs in a thread on a free port; requests go through ``urllib``.
The sample is a small PDF built here and scanned with rules only (no model).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from redactie import api, cli
from redactie.document import extract
from redactie.errors import ExitCode, InputFileError, ReviewFileError
from redactie.findings import Finding, Provenance, Source
from redactie.report import write_review_file
from redactie.review import ReviewServer, ReviewSession, running
from redactie.review.server import STATIC_DIR

PAGES = [
    [
        "Gemeente Voorbeeldstad",
        "Behandeld door: Jan de Vries",
        "E-mail: j.devries@example.nl",
        "Telefoon: 06-12345678",
        "Het overleg vond plaats in de Wibautzaal, zevende etage.",
    ],
    ["Bel 020-1234567 voor vragen over dit besluit."],
]
EMAIL = "j.devries@example.nl"
PHONE = "06-12345678"
MISSED = "Wibautzaal, zevende etage"  # not detected: the reviewer adds it by hand


@dataclass(frozen=True)
class Sample:
    pdf: Path
    review: Path


def make_sample(folder: Path) -> Sample:
    """A two-page PDF and its review file, as ``redactie scan --no-model`` writes it."""
    folder.mkdir(parents=True, exist_ok=True)
    doc = pymupdf.open()
    for lines in PAGES:
        page = doc.new_page()
        for i, line in enumerate(lines):
            page.insert_text((72, 72 + 16 * i), line, fontsize=11)
    pdf = folder / "brief.pdf"
    doc.save(pdf)
    doc.close()
    result = api.scan([pdf], folder / "scan", api.Options(use_model=False, ocr=False))
    assert result.outcomes and result.outcomes[0].status == "gescand"
    return Sample(pdf=pdf, review=folder / "scan" / "brief.review.json")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    return make_sample(tmp_path_factory.mktemp("review-sample"))


@pytest.fixture
def review_copy(sample: Sample, tmp_path: Path) -> Path:
    target = tmp_path / "brief.review.json"
    shutil.copyfile(sample.review, target)
    return target


@pytest.fixture
def server(sample: Sample, review_copy: Path) -> Iterator[ReviewServer]:
    session = ReviewSession(sample.pdf, review_copy, ocr=False)
    try:
        with running(ReviewServer(session, port=0)) as srv:
            yield srv
    finally:
        session.close()


def call(
    url: str,
    body: object = None,
    *,
    headers: dict[str, str] | None = None,
    raw: bytes | None = None,
) -> tuple[int, bytes, dict[str, str]]:
    data = raw if raw is not None else None if body is None else json.dumps(body).encode()
    hdrs = {"Content-Type": "application/json"} if data is not None else {}
    hdrs.update(headers or {})
    req = urllib.request.Request(url, data=data, headers=hdrs, method="POST" if data else "GET")
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), dict(exc.headers)


def get_json(url: str, body: object = None, **kw: Any) -> tuple[int, Any]:
    status, data, _ = call(url, body, **kw)
    return status, json.loads(data)


def decisions(state: dict[str, Any]) -> list[dict[str, Any]]:
    keys = ("id", "page", "start", "end", "entity_type", "action", "keep_reason")
    return [{k: f[k] for k in keys} for f in state["findings"]]


def find(state: dict[str, Any], text: str) -> dict[str, Any]:
    return next(f for f in state["findings"] if f["text"] == text)


def manual_span(state: dict[str, Any], text: str, page: int = 1) -> dict[str, Any]:
    start = state["pages"][page - 1]["text"].index(text)
    return {
        "id": None,
        "page": page,
        "start": start,
        "end": start + len(text),
        "entity_type": "NL_ADDRESS",
        "action": "redact",
        "keep_reason": "",
    }


# --- access ----------------------------------------------------------------------


def test_binds_to_loopback_and_requires_the_token(server: ReviewServer) -> None:
    assert server.server_address[0] == "127.0.0.1"
    base = f"http://127.0.0.1:{server.port}"
    assert len(server.token) >= 32
    wrong = server.token[:-1] + ("y" if server.token.endswith("x") else "x")  # never the token
    for path in ("/api/document", "/", f"/{wrong}/api/document", "/static/app.js"):
        status, body, _ = call(base + path)
        assert status == 403, path
        assert "sleutel" in json.loads(body)["error"]
        assert b"j.devries" not in body
    status, _, _ = call(base + "/api/save", {"findings": []})
    assert status == 403
    # DNS rebinding: the right token under another host name is refused too.
    status, _, _ = call(server.url + "api/document", headers={"Host": "evil.example:80"})
    assert status == 403
    # POST from another origin
    status, _, _ = call(server.url + "api/span", {}, headers={"Origin": "http://evil.example"})
    assert status == 403


def test_document_pages_and_assets(server: ReviewServer, sample: Sample) -> None:
    status, state = get_json(server.url + "api/document")
    assert status == 200
    assert state["document"] == "brief.pdf"
    assert [p["number"] for p in state["pages"]] == [1, 2]
    email = find(state, EMAIL)
    assert email["label"] == "e-mailadres" and email["action"] == "redact"
    assert email["boxes"] and all(len(b) == 4 for b in email["boxes"])
    x0, y0, x1, y1 = email["boxes"][0]
    assert 72 < x0 < x1 < state["pages"][0]["width"] and 0 < y0 < y1 < 120
    assert {"value": "NL_BSN", "label": "burgerservicenummer", "ground": "5.1.1e"} in state[
        "entity_types"
    ]

    status, png, headers = call(server.url + "page/1.png?dpi=50")
    assert status == 200 and png.startswith(b"\x89PNG") and headers["Content-Type"] == "image/png"
    assert headers["Cache-Control"] == "no-store"
    assert call(server.url + "page/3.png")[0] == 404
    assert call(server.url + "page/x.png")[0] == 404

    status, html, headers = call(server.url)
    assert status == 200 and b'lang="nl"' in html and b"Opslaan" in html
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    for name in ("app.js", "app.css", "favicon.svg"):
        assert call(server.url + "static/" + name)[0] == 200
    assert call(server.url + "static/../session.py")[0] == 404
    assert call(server.url + "nope")[0] == 404


def test_static_files_work_offline() -> None:
    for path in STATIC_DIR.iterdir():
        text = path.read_text(encoding="utf-8").replace('xmlns="http://www.w3.org/2000/svg"', "")
        assert "http://" not in text and "https://" not in text, path.name
        assert "//cdn" not in text and "@import" not in text, path.name


# --- validation ------------------------------------------------------------------


def test_span_endpoint(server: ReviewServer) -> None:
    _, state = get_json(server.url + "api/document")
    span = manual_span(state, MISSED)
    status, got = get_json(server.url + "api/span", span)
    assert status == 200 and got["text"] == MISSED and got["boxes"]
    for bad, words in [
        ({**span, "page": 3}, "bestaat niet"),
        ({**span, "end": 10_000}, "niet binnen de tekst"),
        ({**span, "start": span["end"]}, "niet binnen de tekst"),
        ({**span, "start": "1"}, "gehele getallen"),
        ({**span, "start": span["start"] - 1}, "witruimte"),
        ([], "verwacht een object"),
    ]:
        status, got = get_json(server.url + "api/span", bad)
        assert status == 400, bad
        assert words in got["error"], got


def _bad_payloads(state: dict[str, Any]) -> list[tuple[object, str]]:
    good = decisions(state)
    email = next(i for i, f in enumerate(good) if f["id"] == find(state, EMAIL)["id"])

    def change(**kw: Any) -> list[dict[str, Any]]:
        out = [dict(f) for f in good]
        out[email].update(kw)
        return out

    manual = manual_span(state, MISSED)
    return [
        ({"findings": change(page=0)}, "bestaat niet"),
        ({"findings": change(page=7)}, "bestaat niet"),
        ({"findings": change(end=99_999)}, "niet binnen de tekst"),
        ({"findings": change(start=5, end=5)}, "niet binnen de tekst"),
        ({"findings": change(entity_type="SHOE_SIZE")}, "onbekend gegevenstype"),
        ({"findings": change(action="delete")}, "lakken"),
        ({"findings": change(action="keep", keep_reason="  ")}, "reden"),
        ({"findings": change(keep_reason=123)}, "reden"),
        ({"findings": change(start=good[email]["start"] + 1)}, "kunnen niet worden gewijzigd"),
        ({"findings": change(id=999)}, "onbekende bevinding"),
        ({"findings": good[1:]}, "ontbreken"),
        ({"findings": [*good, good[0]]}, "twee keer"),
        ({"findings": [*good, manual, manual]}, "al toegevoegd"),
        ({"findings": [*good, {**manual, "entity_type": "ORGANIZATION"}]}, "gegevenstype"),
        ({"findings": [*good, {**manual, "action": "keep"}]}, "reden"),
        ({"findings": [*good, "x"]}, "verwacht een object"),
        ({"findings": "all"}, "lijst"),
        ([], "lijst"),
    ]


def test_save_rejects_bad_findings(server: ReviewServer, review_copy: Path) -> None:
    before = review_copy.read_bytes()
    _, state = get_json(server.url + "api/document")
    for payload, words in _bad_payloads(state):
        status, got = get_json(server.url + "api/save", payload)
        assert status == 400, payload
        assert words in got["error"], (words, got["error"])
    status, body, _ = call(server.url + "api/save", raw=b"{not json")
    assert status == 400 and "geen geldige JSON" in json.loads(body)["error"]
    status, _, _ = call(server.url + "api/save", raw=b"{}", headers={"Content-Type": "text/plain"})
    assert status == 400
    assert review_copy.read_bytes() == before  # nothing was written


# --- saving and applying -----------------------------------------------------------


def test_save_round_trip_then_apply(
    server: ReviewServer, sample: Sample, review_copy: Path, tmp_path: Path
) -> None:
    _, state = get_json(server.url + "api/document")
    payload = decisions(state)
    for f in payload:
        if f["id"] == find(state, EMAIL)["id"]:
            f.update(action="keep", keep_reason="  algemeen   adres van de afdeling ")
    payload.append(manual_span(state, MISSED))
    status, saved = get_json(server.url + "api/save", {"findings": payload})
    assert status == 200, saved
    assert find(saved, MISSED)["source"] == "manual" and find(saved, MISSED)["boxes"]

    data = json.loads(review_copy.read_text(encoding="utf-8"))
    assert next(iter(data)) == "_warning" and "PERSOONSGEGEVENS" in data["_warning"]
    assert data["format"] == "redactie-review/1"
    assert data["sha256"] == json.loads(sample.review.read_text())["sha256"]
    assert data["reviewed_at"].endswith("+00:00")
    n = len(state["findings"])
    assert data["review_counts"] == {
        "total": n + 1,
        "redact": n,
        "keep": 1,
        "manual": 1,
        "decided": 1,
    }
    email = next(f for f in data["findings"] if f["text"] == EMAIL)
    assert email["action"] == "keep" and email["keep_reason"] == "algemeen adres van de afdeling"
    assert email["recognizer"] == find(state, EMAIL)["recognizer"]  # provenance kept
    manual = next(f for f in data["findings"] if f["text"] == MISSED)
    assert manual["source"] == "manual" and manual["ground"] == "5.1.2e"
    assert manual["id"] == max(f["id"] for f in state["findings"]) + 1
    assert len({f["id"] for f in data["findings"]}) == n + 1
    assert oct(review_copy.stat().st_mode & 0o777) == oct(sample.review.stat().st_mode & 0o777)
    assert not list(review_copy.parent.glob(".*.tmp"))

    # A second save in the same session: the manual finding can be removed again.
    again = [f for f in decisions(saved) if f["id"] != manual["id"]]
    status, _ = get_json(server.url + "api/save", {"findings": again})
    assert status == 200
    assert all(f["text"] != MISSED for f in json.loads(review_copy.read_text())["findings"])
    status, got = get_json(server.url + "api/save", {"findings": decisions(saved)})
    assert status == 400 and "onbekende bevinding" in got["error"]  # its id is gone
    status, _ = get_json(
        server.url + "api/save", {"findings": [*again, manual_span(state, MISSED)]}
    )
    assert status == 200  # ... added again as a new finding

    out = tmp_path / "out"
    # ``redactie apply X.pdf --review X.review.json --out OUT`` accepts the saved file.
    args = ["apply", str(sample.pdf), "--review", str(review_copy), "--out", str(out)]
    assert cli.main([*args, "--no-model", "--no-ocr", "-q"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["ok"] and report["results"][0]["kept"] == 1
    with pymupdf.open(out / "brief.pdf") as doc:
        text = " ".join(" ".join(page.get_text().split()) for page in doc)
    assert EMAIL in text  # kept
    assert PHONE not in text and "020-1234567" not in text
    assert (
        MISSED not in text and "Wibautzaal" not in text and "etage" not in text
    )  # added by hand, redacted
    assert "Voorbeeldstad" in text


def test_save_refuses_a_file_changed_on_disk(server: ReviewServer, review_copy: Path) -> None:
    _, state = get_json(server.url + "api/document")
    data = json.loads(review_copy.read_text())
    data["findings"][0]["keep_reason"] = "door iemand anders"
    review_copy.write_text(json.dumps(data, indent=1), encoding="utf-8")
    status, got = get_json(server.url + "api/save", {"findings": decisions(state)})
    assert status == 409 and "gewijzigd" in got["error"]


# --- start-up errors and the command line --------------------------------------------


def test_session_checks_pdf_and_review_file(sample: Sample, tmp_path: Path) -> None:
    with pytest.raises(InputFileError):
        ReviewSession(tmp_path / "missing.pdf", sample.review)
    with pytest.raises(ReviewFileError, match="bestaat niet"):
        ReviewSession(sample.pdf, tmp_path / "missing.review.json")
    other = json.loads(sample.review.read_text())
    other["sha256"] = "0" * 64
    wrong = tmp_path / "other.review.json"
    wrong.write_text(json.dumps(other))
    with pytest.raises(ReviewFileError, match="ander document"):
        ReviewSession(sample.pdf, wrong)
    broken = tmp_path / "broken.review.json"
    broken.write_text("{")
    assert cli.main(["review", str(sample.pdf), "--review", str(broken), "--no-browser"]) == int(
        ExitCode.REVIEW_FILE
    )
    missing = str(tmp_path / "missing.pdf")
    code = cli.main(["review", missing, "--review", str(sample.review), "--no-browser", "-q"])
    assert code == int(ExitCode.INPUT_FILE)


def test_cli_port_in_use(sample: Sample) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        args = ["review", str(sample.pdf), "--review", str(sample.review), "--port", port]
        assert cli.main([*args, "--no-browser", "-q"]) == int(ExitCode.BAD_ARGS)


def test_cli_prints_the_url(sample: Sample, review_copy: Path) -> None:
    cmd = [sys.executable, "-m", "redactie.cli", "review", str(sample.pdf)]
    cmd += ["--review", str(review_copy), "--no-browser"]
    env = {**os.environ, "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().decode().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/")
        status, state = get_json(url + "api/document")
        assert status == 200 and find(state, PHONE)["page"] == 1
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    token = url.rstrip("/").rsplit("/", 1)[1]
    assert token.encode() not in err  # the log never shows the token


def test_boxes_follow_page_rotation_and_crop_box(tmp_path: Path) -> None:
    """Boxes are drawn on the page as rendered: rotated, and relative to the crop box."""
    doc = pymupdf.open()
    for rotation, crop in ((90, None), (0, pymupdf.Rect(100, 200, 380, 500))):
        page = doc.new_page(width=400, height=600)
        page.insert_text((150, 300), "Contact: Piet Jansen", fontsize=14)
        if crop is not None:
            page.set_cropbox(crop)
        page.set_rotation(rotation)
    pdf = tmp_path / "rot.pdf"
    doc.save(pdf)
    doc.close()
    document = extract(pdf, ocr=False)
    findings = []
    for i, p in enumerate(document.pages):
        start = p.text.index("Piet Jansen")
        findings.append(
            Finding(
                page=i,
                start=start,
                end=start + 11,
                text="Piet Jansen",
                entity_type="PERSON",
                ground="5.1.2e",
                provenance=Provenance("test", Source.RULE),
            )
        )
    review = tmp_path / "rot.review.json"
    write_review_file(
        review, document="rot.pdf", sha256=document.sha256, pages=2, findings=findings
    )
    session = ReviewSession(pdf, review, ocr=False)
    try:
        state = session.state()
        for number, (x0, y0, x1, y1) in (
            (1, state["findings"][0]["boxes"][0]),
            (2, state["findings"][1]["boxes"][0]),
        ):
            info = state["pages"][number - 1]
            assert 0 <= x0 < x1 <= info["width"] and 0 <= y0 < y1 <= info["height"]
            pix = pymupdf.Pixmap(session.page_png(number, 72))  # 72 dpi: 1 pixel per point
            assert (pix.width, pix.height) == (round(info["width"]), round(info["height"]))
            inside = [
                sum(pix.pixel(x, y)[:3]) < 300
                for x in range(int(x0), int(x1))
                for y in range(int(y0), int(y1))
            ]
            assert sum(inside) > 0.1 * len(inside)  # the text is under the box
        assert state["findings"][0]["boxes"][0][3] - state["findings"][0]["boxes"][0][1] > 50
    finally:
        session.close()
