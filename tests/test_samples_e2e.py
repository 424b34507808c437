"""Sample regression: run the whole pipeline on samples/ and check the PDFs.

Every expected redaction is gone from poppler's reading of the output, every
expected keep is still there, page counts are kept, every page with a box
shows its ground code, the inputs are unchanged, and the report and inventory
hold no personal data.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from conftest import REPO, norm, pdftotext

from redactie import api

SAMPLES = REPO / "samples"
EXPECTED = sorted((SAMPLES / "expected").glob("*.json"))


def present(text: str, needle: str) -> bool:
    parts = [re.escape(p) for p in norm(needle).split(" ")]
    return re.search(r"(?<!\w)" + r"\s*".join(parts) + r"(?!\w)", text) is not None


def check_expectations(out: Path, expected: Path) -> dict[str, Any]:
    """Redacted strings absent, kept strings present in the output of one sample.

    A redacted string must be absent in both of poppler's reading orders; a
    kept string must be readable in at least one (a box splits a line, which
    can change how the layout mode orders the text around it).
    """
    spec: dict[str, Any] = json.loads(expected.read_text(encoding="utf-8"))
    out_pdf = out / spec["document"]
    texts = [norm(pdftotext(out_pdf)), norm(pdftotext(out_pdf, raw=True))]
    leaked = [r["text"] for r in spec["redact"] if any(present(t, r["text"]) for t in texts)]
    assert not leaked, f"still readable in {spec['document']}: {leaked}"
    lost = [k for k in spec["keep"] if not any(present(t, k) for t in texts)]
    assert not lost, f"wrongly redacted in {spec['document']}: {lost}"
    return spec


def _run(tmp: Path, use_model: bool) -> tuple[Path, dict[str, str], api.RunResult]:
    src = tmp / "in"
    shutil.copytree(SAMPLES, src, ignore=shutil.ignore_patterns("src", "expected", "*.py"))
    hashes = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in src.glob("*.pdf")}
    out = tmp / "out"
    result = api.run([src], out, api.Options(use_model=use_model))
    return out, hashes, result


@pytest.fixture(scope="module")
def rules_only(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, Path, dict[str, str], api.RunResult]:
    tmp = tmp_path_factory.mktemp("samples_rules")
    out, hashes, result = _run(tmp, use_model=False)
    return tmp / "in", out, hashes, result


def test_every_sample_is_published(
    rules_only: tuple[Path, Path, dict[str, str], api.RunResult],
) -> None:
    _, _, _, result = rules_only
    failed = [(o.source, o.error) for o in result.outcomes if o.status != api.PUBLISHED]
    assert not failed
    assert result.exit_code == 0
    assert len(result.outcomes) == len(EXPECTED)


def test_inputs_unchanged(rules_only: tuple[Path, Path, dict[str, str], api.RunResult]) -> None:
    src, _, hashes, _ = rules_only
    for name, digest in hashes.items():
        assert hashlib.sha256((src / name).read_bytes()).hexdigest() == digest


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda p: p.stem)
def test_sample_expectations(
    expected: Path, rules_only: tuple[Path, Path, dict[str, str], api.RunResult]
) -> None:
    src, out, _, _ = rules_only
    spec = check_expectations(out, expected)
    with pymupdf.open(src / spec["document"]) as a, pymupdf.open(out / spec["document"]) as b:
        assert a.page_count == b.page_count


def test_ground_code_on_every_page_with_a_box(
    rules_only: tuple[Path, Path, dict[str, str], api.RunResult],
) -> None:
    _, out, _, result = rules_only
    for o in result.outcomes:
        review = json.loads(
            (out / o.source).with_name(Path(o.source).stem + ".review.json").read_text()
        )
        assert review["_warning"].startswith("INTERN")
        pages = {f["page"] for f in review["findings"] if f["action"] == "redact"}
        with pymupdf.open(out / o.source) as doc:
            for p in pages:
                codes = {
                    f["ground"]
                    for f in review["findings"]
                    if f["page"] == p and f["action"] == "redact"
                }
                page_text = doc[p - 1].get_text()
                assert any(c in page_text for c in codes), (o.source, p)


def test_published_report_and_inventory_hold_no_personal_data(
    rules_only: tuple[Path, Path, dict[str, str], api.RunResult],
) -> None:
    _, out, _, _ = rules_only
    secrets = {r["text"] for e in EXPECTED for r in json.loads(e.read_text())["redact"]}
    report = (out / "report.json").read_text(encoding="utf-8")
    inventory = (out / "inventaris.csv").read_text(encoding="utf-8")
    for s in secrets:
        assert not present(norm(report), s), s
        assert not present(norm(inventory), s), s
    rows = list(csv.DictReader(inventory.splitlines(), delimiter=";"))
    assert len(rows) == len(EXPECTED)
    assert {r["besluit"] for r in rows} <= {"openbaar", "deels openbaar"}
    data = json.loads(report)
    assert data["ok"] is True
    assert "De persoonsgegevens van de ambtenaren zijn niet openbaar" in report


@pytest.fixture(scope="module")
def with_model(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, api.RunResult]:
    tmp = tmp_path_factory.mktemp("samples_model")
    out, _, result = _run(tmp, use_model=True)
    return out, result


@pytest.mark.slow
@pytest.mark.parametrize("expected", EXPECTED, ids=lambda p: p.stem)
def test_sample_expectations_with_model(
    expected: Path, with_model: tuple[Path, api.RunResult]
) -> None:
    out, result = with_model
    assert result.exit_code == 0
    check_expectations(out, expected)
