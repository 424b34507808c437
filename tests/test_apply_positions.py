"""``apply`` trusts no position it did not check against the document's text."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from redactie import api
from redactie.cli import main
from redactie.errors import ExitCode
from tests.conftest import norm, pdftotext

NAME = "Marieke Verhoeven"
EMAIL = "m.verhoeven@example.nl"
LINES = [
    "Geachte heer, mevrouw,",
    f"Behandeld door: {NAME}",
    f"E-mail: {EMAIL}",
    "Met vriendelijke groet,",
]


def _scanned(make_pdf: Callable[..., Path], tmp_path: Path, lines: list[str]) -> tuple[Path, Path]:
    pdf = make_pdf("brief.pdf", [lines])
    api.scan([pdf], tmp_path / "scan", api.Options(use_model=False, ocr=False))
    return pdf, tmp_path / "scan" / "brief.review.json"


def _edit(review: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = json.loads(review.read_text(encoding="utf-8"))
    change(data)
    review.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _apply(pdf: Path, review: Path, out: Path) -> int:
    return main(["apply", str(pdf), "--review", str(review), "--out", str(out), "--no-model", "-q"])


def _finding(data: dict[str, Any], text: str) -> dict[str, Any]:
    return next(f for f in data["findings"] if f["text"] == text)


def test_shifted_positions_are_found_again_and_moved(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    pdf, review = _scanned(make_pdf, tmp_path, LINES)

    def shift(data: dict[str, Any]) -> None:
        for f in data["findings"]:  # as if extracted with one more character before each
            f["start"] += 3
            f["end"] += 3

    _edit(review, shift)
    assert _apply(pdf, review, tmp_path / "out") == ExitCode.OK
    text = norm(pdftotext(tmp_path / "out" / "brief.pdf"))
    assert NAME not in text and EMAIL not in text
    assert "Behandeld door" in text and "Met vriendelijke groet" in text


def _error(capsys: pytest.CaptureFixture[str]) -> str:
    """The document's error from the JSON summary on stdout."""
    return str(json.loads(capsys.readouterr().out)["documents"][0]["error"])


def test_text_absent_from_the_page_fails_the_document(
    make_pdf: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, review = _scanned(make_pdf, tmp_path, LINES)
    _edit(review, lambda d: _finding(d, NAME).update(text="Johanna de Wit"))
    out = tmp_path / "out"
    capsys.readouterr()
    assert _apply(pdf, review, out) == ExitCode.REVIEW_FILE
    assert not (out / "brief.pdf").exists()
    error = _error(capsys)
    assert "staat niet (meer) op de pagina" in error and "Johanna" not in error


def test_ambiguous_text_at_wrong_positions_fails(
    make_pdf: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [*LINES, f"Kopie aan: {NAME}"]
    pdf, review = _scanned(make_pdf, tmp_path, lines)

    def misplace(data: dict[str, Any]) -> None:
        f = _finding(data, NAME)
        f["start"], f["end"] = 0, len(NAME)  # points at "Geachte heer, mev..."

    _edit(review, misplace)
    out = tmp_path / "out"
    capsys.readouterr()
    assert _apply(pdf, review, out) == ExitCode.REVIEW_FILE
    assert not (out / "brief.pdf").exists()
    assert "meer dan eens" in _error(capsys)


def test_finding_without_text_or_on_a_missing_page_fails(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    pdf, review = _scanned(make_pdf, tmp_path, LINES)
    _edit(review, lambda d: _finding(d, EMAIL).pop("text"))
    assert _apply(pdf, review, tmp_path / "out1") == ExitCode.REVIEW_FILE
    pdf, review = _scanned(make_pdf, tmp_path, LINES)
    _edit(review, lambda d: _finding(d, EMAIL).update(page=0))  # page 0 would read the last page
    assert _apply(pdf, review, tmp_path / "out2") == ExitCode.REVIEW_FILE


def test_unchanged_review_file_applies(make_pdf: Callable[..., Path], tmp_path: Path) -> None:
    pdf, review = _scanned(make_pdf, tmp_path, LINES)
    assert _apply(pdf, review, tmp_path / "out") == ExitCode.OK
    text = norm(pdftotext(tmp_path / "out" / "brief.pdf"))
    assert NAME not in text and EMAIL not in text
