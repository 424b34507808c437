"""The sample corpus in ``samples/``: sources, committed PDFs and expected findings agree.

For every ``samples/expected/<stem>.json`` the committed ``samples/<stem>.pdf`` must exist, have at
least one page, and contain every ``redact`` and every ``keep`` string in the plain (non-layout)
``pdftotext`` output after whitespace normalisation -- otherwise the expectation could never be
checked against a redacted PDF. The builder must reproduce the committed PDFs' text.
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
import re
import shutil
import subprocess
import sys
from types import ModuleType
from typing import Any

import pymupdf
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
EXPECTED_DIR = SAMPLES / "expected"
SRC_DIR = SAMPLES / "src"

ENTITIES = {
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "NL_ADDRESS",
    "IBAN_CODE",
    "NL_BSN",
    "DATE_OF_BIRTH",
    "NL_LICENSE_PLATE",
}
REQUIRED = {
    "nota",
    "email_thread",
    "kamerbrief",
    "minutes",
    "citizen_letter",
    "contact_list",
    "chat_export",
    "international_note",
    "besluit_bijlage",
}

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) missing")

STEMS = sorted(p.stem for p in EXPECTED_DIR.glob("*.json"))


def normalise(text: str) -> str:
    return " ".join(text.split())


def present(text: str, needle: str) -> bool:
    """Whole-word, whitespace-tolerant occurrence of ``needle`` in normalised ``text``."""
    parts = [re.escape(p) for p in normalise(needle).split(" ")]
    return re.search(r"(?<!\w)" + r"\s*".join(parts) + r"(?!\w)", text) is not None


def pdftotext(path: pathlib.Path) -> str:
    assert PDFTOTEXT is not None
    result = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def load_expected(stem: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXPECTED_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    return data


def load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("samples_build", SAMPLES / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_corpus_is_complete() -> None:
    assert set(STEMS) >= REQUIRED
    for stem in STEMS:
        assert (SRC_DIR / f"{stem}.html").is_file(), stem
        assert (SAMPLES / f"{stem}.pdf").is_file(), stem


@pytest.mark.parametrize("stem", STEMS)
def test_expected_file_is_well_formed(stem: str) -> None:
    data = load_expected(stem)
    assert data["document"] == f"{stem}.pdf"
    assert isinstance(data["redact"], list) and data["redact"]
    assert isinstance(data["keep"], list) and data["keep"]
    texts = [item["text"] for item in data["redact"]]
    assert len(texts) == len(set(texts)), "redact strings must be listed once"
    assert len(data["keep"]) == len(set(data["keep"])), "keep strings must be listed once"
    for item in data["redact"]:
        assert set(item) == {"text", "entity"}, item
        assert item["entity"] in ENTITIES, item
        assert item["text"] == normalise(item["text"]) and item["text"], item
    for keep in data["keep"]:
        assert isinstance(keep, str) and keep == normalise(keep) and keep, keep


@pytest.mark.parametrize("stem", STEMS)
def test_no_redact_string_inside_a_keep_string(stem: str) -> None:
    data = load_expected(stem)
    for item in data["redact"]:
        for keep in data["keep"]:
            assert item["text"] not in keep, (item["text"], keep)
            assert keep not in item["text"] or keep in {"drs.", "dr."}, (keep, item["text"])


@needs_pdftotext
@pytest.mark.parametrize("stem", STEMS)
def test_expected_strings_are_extractable_from_the_source_pdf(stem: str) -> None:
    data = load_expected(stem)
    pdf = SAMPLES / data["document"]
    with pymupdf.open(pdf) as doc:
        assert doc.page_count >= 1
    text = normalise(pdftotext(pdf))
    missing = [item["text"] for item in data["redact"] if not present(text, item["text"])]
    missing += [keep for keep in data["keep"] if not present(text, keep)]
    assert not missing, f"{stem}: not found in pdftotext output: {missing}"


@needs_pdftotext
@pytest.mark.parametrize("stem", STEMS)
def test_expectations_are_satisfiable(stem: str) -> None:
    """Blacking out every redact string (whole words) in the text leaves every keep string."""
    data = load_expected(stem)
    text = normalise(pdftotext(SAMPLES / data["document"]))
    for item in sorted(data["redact"], key=lambda i: -len(i["text"])):
        pattern = r"(?<!\w)" + re.escape(item["text"]) + r"(?!\w)"
        text = re.sub(pattern, "\u2588", text)
    for item in data["redact"]:
        assert not present(text, item["text"]), item
    broken = [keep for keep in data["keep"] if not present(text, keep)]
    assert not broken, f"{stem}: keep strings overlap redactions: {broken}"


@pytest.mark.parametrize("stem", STEMS)
def test_metadata_author_is_a_redacted_person(stem: str) -> None:
    data = load_expected(stem)
    with pymupdf.open(SAMPLES / data["document"]) as doc:
        author = doc.metadata.get("author", "") if doc.metadata else ""
    expected_author = data.get("metadata", {}).get("author", "")
    assert author == expected_author
    if author:
        persons = {i["text"] for i in data["redact"] if i["entity"] == "PERSON"}
        assert author in persons


def test_at_least_two_samples_carry_a_person_in_metadata() -> None:
    with_author = [s for s in STEMS if load_expected(s).get("metadata", {}).get("author")]
    assert len(with_author) >= 2


@needs_pdftotext
def test_builder_reproduces_committed_text(tmp_path: pathlib.Path) -> None:
    build = load_builder()
    for stem in STEMS:
        out = tmp_path / f"{stem}.pdf"
        build.build_pdf(SRC_DIR / f"{stem}.html", out)
        assert pdftotext(out) == pdftotext(SAMPLES / f"{stem}.pdf"), stem
        with pymupdf.open(out) as fresh, pymupdf.open(SAMPLES / f"{stem}.pdf") as committed:
            assert fresh.page_count == committed.page_count, stem
            assert fresh.metadata == committed.metadata, stem


def test_builder_is_deterministic(tmp_path: pathlib.Path) -> None:
    build = load_builder()
    src = SRC_DIR / "nota.html"
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    build.build_pdf(src, a)
    build.build_pdf(src, b)
    assert a.read_bytes() == b.read_bytes()
