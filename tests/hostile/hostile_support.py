"""Running the pipeline on hostile PDFs, and checking the result with three readers.

The pipeline runs through :func:`redactie.api.run` end to end, with a tiny
stand-in detector (:class:`StubEngine`) that finds the test's secrets by
pattern, so these tests depend on neither the rule packs nor the model.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import pikepdf
import pymupdf
import pytest
from hostile_pdfs import EMAIL, LIGATURE_NAME, NAME, PHONE

from redactie import api
from redactie import resolve as resolve_module
from redactie.findings import Finding, Provenance, Source
from redactie.woo import ENTITY_GROUNDS

SECRETS: dict[str, str] = {
    NAME: "PERSON",
    EMAIL: "EMAIL_ADDRESS",
    PHONE: "PHONE_NUMBER",
    LIGATURE_NAME: "PERSON",
}
# Parts that must be gone too (a surname alone is still personal data).
FRAGMENTS = ("Verbeek", "verbeek@voorbeeld", "48213957", "Officier")

EVERYWHERE = pymupdf.Rect(-1e7, -1e7, 1e7, 1e7)


class StubRules:
    checksum = "hostile-tests"

    def is_public(self, entity: str, text: str) -> bool:
        return False

    def recognizers(self, language: str) -> list[object]:
        return []


class StubEngine:
    """Finds the secrets in a page's text, words separated by any whitespace."""

    model_name = "stub"

    def __init__(self, secrets: dict[str, str] | None = None) -> None:
        self.secrets = secrets or SECRETS
        self.patterns = [
            (re.compile(r"\s+".join(re.escape(w) for w in s.split())), entity)
            for s, entity in self.secrets.items()
        ]

    def analyze_pages(self, texts: Iterable[str]) -> list[Finding]:
        out: list[Finding] = []
        for page, text in enumerate(texts):
            out.extend(self.analyze_text(text, page))
        return out

    def analyze_text(self, text: str, page: int = 0) -> list[Finding]:
        out: list[Finding] = []
        for pattern, entity in self.patterns:
            for m in pattern.finditer(text):
                out.append(
                    Finding(
                        page=page,
                        start=m.start(),
                        end=m.end(),
                        text=m.group(0),
                        entity_type=entity,
                        ground=ENTITY_GROUNDS[entity],
                        provenance=Provenance(recognizer="stub", source=Source.RULE),
                    )
                )
        return out


def use_stub_engine(monkeypatch: pytest.MonkeyPatch, secrets: dict[str, str] | None = None) -> None:
    """Detection by :class:`StubEngine`; resolution by the core stages only (the
    name and evidence stages need the real rule pack and are tested elsewhere)."""
    engine = StubEngine(secrets)
    monkeypatch.setattr(api, "build_engine", lambda options: (StubRules(), engine))
    core = [
        ("propagate_spaced", resolve_module.propagate_spaced),
        ("drop_public_types", resolve_module.drop_public_types),
        ("merge_overlaps", resolve_module.merge_overlaps),
        ("dedupe", resolve_module.dedupe),
    ]
    monkeypatch.setattr(resolve_module, "stages", lambda: core)


def run_one(src: Path, out_dir: Path, **options: object) -> api.RunResult:
    opts = api.Options(use_model=False, write_review=False, **options)  # type: ignore[arg-type]
    return api.run([src], out_dir, opts)


# --- readers -------------------------------------------------------------------------


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    return " ".join(text.split()).casefold()


def pdftotext_all(path: Path) -> str:
    exe = shutil.which("pdftotext")
    assert exe
    cmd = [exe, "-q", "-enc", "UTF-8", str(path), "-"]
    proc = subprocess.run(cmd, capture_output=True, check=True)
    return proc.stdout.decode("utf-8", errors="replace")


def pymupdf_all(path: Path) -> str:
    """Everything PyMuPDF can read: page text (also outside the page box),
    annotations, form fields, metadata, XMP, bookmarks, embedded files, layers."""
    parts: list[str] = []
    with pymupdf.open(path) as doc:
        for page in doc:
            parts.append(page.get_text("text", clip=EVERYWHERE))
            parts.append(page.get_text("text"))
            for annot in page.annots():
                parts.extend(str(v) for v in annot.info.values())
            for widget in page.widgets():
                parts.append(f"{widget.field_name} {widget.field_value}")
        parts.extend(str(v) for v in (doc.metadata or {}).values())
        parts.append(doc.get_xml_metadata() or "")
        parts.extend(str(t[1]) for t in doc.get_toc())
        for i in range(doc.embfile_count()):
            parts.append(str(doc.embfile_info(i)))
            parts.append(doc.embfile_get(i).decode("latin-1"))
        parts.extend(str(v) for v in doc.get_ocgs().values())
    return "\n".join(parts)


def pikepdf_all(path: Path) -> str:
    """Every string and every (non-image) stream in the file, and the strings
    shown by the text operators of every page."""
    parts: list[str] = []
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                if obj.get("/Subtype") == "/Image":
                    continue
                try:
                    data = obj.read_bytes()
                except Exception:
                    data = obj.read_raw_bytes()
                parts.append(data.decode("latin-1"))
                parts.append(data.decode("utf-16-be", errors="ignore"))
                parts.append(obj.stream_dict.unparse().decode("latin-1"))
            elif isinstance(obj, pikepdf.Dictionary | pikepdf.Array):
                parts.append(obj.unparse().decode("latin-1"))
                parts.extend(_strings(obj))
        for page in pdf.pages:
            for ins in pikepdf.parse_content_stream(page):
                if isinstance(ins, pikepdf.ContentStreamInstruction):
                    for op in ins.operands:
                        items = op if isinstance(op, pikepdf.Array) else [op]
                        strings = [s for s in items if isinstance(s, pikepdf.String)]
                        parts.extend(bytes(s).decode("latin-1") for s in strings)
    return "\n".join(parts)


def _direct(v: object) -> bool:
    return isinstance(v, pikepdf.Object) and not v.is_indirect


def _strings(obj: pikepdf.Object) -> list[str]:
    """Direct strings in an object, decoded as PDF text strings."""
    out: list[str] = []
    stack = [obj]
    while stack:
        o = stack.pop()
        if isinstance(o, pikepdf.String):
            out.append(str(o))
        elif isinstance(o, pikepdf.Dictionary):
            stack.extend(v for v in o.values() if _direct(v))
        elif isinstance(o, pikepdf.Array):
            stack.extend(v for v in o if _direct(v))
    return out


def raw_bytes(path: Path) -> str:
    return path.read_bytes().decode("latin-1")


def assert_gone(path: Path, secrets: Iterable[str] = (*SECRETS, *FRAGMENTS)) -> None:
    """No secret readable in ``path`` by pdftotext, PyMuPDF, pikepdf or in its raw bytes."""
    readers = {
        "pdftotext": fold(pdftotext_all(path)),
        "PyMuPDF": fold(pymupdf_all(path)),
        "pikepdf": fold(pikepdf_all(path)),
        "bytes": fold(raw_bytes(path)),
    }
    for secret in secrets:
        for reader, text in readers.items():
            assert fold(secret) not in text, f"{secret!r} still readable with {reader}"


def assert_present(path: Path, secret: str) -> None:
    """The builder really hid ``secret`` in the input (so the test means something)."""
    everything = fold(pymupdf_all(path)) + fold(pikepdf_all(path)) + fold(raw_bytes(path))
    assert fold(secret) in everything


def published(result: api.RunResult, out_dir: Path, name: str) -> Path:
    """The one document was published; return its path."""
    (outcome,) = result.outcomes
    assert outcome.status == api.PUBLISHED, outcome.error
    out = out_dir / name
    assert out.is_file()
    assert not list(out_dir.rglob("*.partial"))
    return out


def failed_closed(result: api.RunResult, out_dir: Path, name: str, *words: str) -> str:
    """The one document failed: no output, no temporary file, a clear Dutch reason."""
    (outcome,) = result.outcomes
    assert outcome.status == api.FAILED
    assert not (out_dir / name).exists()
    assert not list(out_dir.rglob("*.partial"))
    assert not list(out_dir.rglob("*.pdf"))
    error = outcome.error or ""
    for w in words:
        assert w in error, f"{w!r} not in error {error!r}"
    assert all(s not in error for s in SECRETS)  # never personal data in a message
    return error
