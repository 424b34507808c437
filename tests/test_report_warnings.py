"""Warnings that did not stop a document reach report.json (without personal data)."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf

from redactie import api

NAME = "Jolanda Verbeek"


def _nota_with_screenshot(path: Path) -> Path:
    shot_doc = pymupdf.open()
    shot_page = shot_doc.new_page(width=300, height=60)
    shot_page.insert_text((10, 24), f"Van: {NAME}", fontsize=11)
    png = shot_page.get_pixmap(dpi=250).tobytes("png")
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Nota over de aanvraag omgevingsvergunning", fontsize=11)
    page.insert_image(pymupdf.Rect(72, 260, 372, 320), stream=png)
    doc.save(path)
    return path


def test_unread_image_is_reported_as_a_warning(tmp_path: Path) -> None:
    src = _nota_with_screenshot(tmp_path / "nota.pdf")
    out = tmp_path / "out"
    options = api.Options(use_model=False, ocr=False, allow_unread_images=True)
    result = api.run([src], out, options)
    assert [o.status for o in result.outcomes] == [api.PUBLISHED]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["allow_unread_images"] is True  # the user's choice is on record
    warnings = report["results"][0]["warnings"]
    assert len(warnings) == 1 and "pagina 1" in warnings[0]
    assert NAME not in json.dumps(report, ensure_ascii=False)


def test_clean_document_has_no_warnings(tmp_path: Path) -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), "Nota zonder afbeeldingen", fontsize=11)
    doc.save(tmp_path / "a.pdf")
    api.run([tmp_path / "a.pdf"], tmp_path / "out", api.Options(use_model=False))
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["results"][0]["warnings"] == []
