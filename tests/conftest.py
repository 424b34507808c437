"""Shared fixtures: small PDFs built in code, and text as poppler reads it."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from redactie.rules import RuleSet, load_rules
from tests.unseen_support import Resolver, resolver

REPO = Path(__file__).resolve().parents[1]


def pdftotext(path: Path, *, raw: bool = False) -> str:
    """Text as poppler reads it: reading order, or content-stream order with ``raw``."""
    exe = shutil.which("pdftotext")
    assert exe, "poppler-utils (pdftotext) must be installed"
    args = [exe, "-q", "-enc", "UTF-8", *(["-raw"] if raw else []), str(path), "-"]
    out = subprocess.run(args, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def norm(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """Build a PDF from lines of text: ``make_pdf("a.pdf", ["line", ...], ...)``."""

    def build(
        name: str,
        pages: list[list[str]],
        *,
        fontsize: float = 11,
        leading: float = 1.25,
        metadata: dict[str, str] | None = None,
    ) -> Path:
        doc = pymupdf.open()
        for lines in pages:
            page = doc.new_page()
            y = 72.0
            for line in lines:
                page.insert_text((72, y), line, fontsize=fontsize)
                y += fontsize * leading
        if metadata:
            doc.set_metadata(metadata)
        path = tmp_path / name
        doc.save(path)
        doc.close()
        return path

    return build


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    """The rule packs, loaded once per module (examples not re-checked)."""
    return load_rules(check_examples=False)


@pytest.fixture(scope="module")
def resolved(rules: RuleSet) -> Resolver:
    """Resolve one page's text without the model (see ``tests/unseen_support.py``);
    a module may define its own."""
    return resolver(rules)
