"""Work done once instead of twice (issue 12) gives what doing it again gave.

Glyph boxes kept from extraction, the resolve stages split at the dossier, the
dossier's name index built once: each is checked against the slower path it
replaces, on PDFs built here and the real engine (rules only).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest
from conftest import norm, pdftotext
from test_redact_core import finding_for

from redactie.detect.engine import DetectionEngine, EngineConfig
from redactie.detect.names.lexicon import lexicon_for
from redactie.detect.names.stages import (
    _dossier_variants,
    _DossierIndex,
    compatible,
    parse_name,
    variants,
)
from redactie.document import Document, StoredLayout, extract, open_pdf, page_layout
from redactie.errors import RedactionError
from redactie.findings import Action
from redactie.redact import redact_pdf
from redactie.resolve import ResolveContext, resolve, resolve_document, resolve_with_dossier
from redactie.rules import load_rules

LINES = [
    "Contactpersoon: Iris Verbruggen, afdeling Vergunningen",
    "Telefoon 06-12345678; e-mail i.verbruggen@example.nl",
    "Officiële stukken voor Jan de Vries en mw. Özlem Kaya-Bakker",
]


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    """The engine on rules only; its rule set is ``engine.rules``."""
    return DetectionEngine(EngineConfig(use_model=False), load_rules(check_examples=False))


def test_stored_boxes_are_the_boxes_of_the_page(make_pdf: Callable[..., Path]) -> None:
    doc = extract(make_pdf("in.pdf", [LINES, LINES[::-1]]))
    pdf = open_pdf(doc.path)
    try:
        for page in doc.pages:
            assert page.packed_boxes
            again = page_layout(pdf[page.number])
            stored = StoredLayout(page.text, page.packed_boxes)
            assert stored.text == again.text
            n = len(page.text)
            for start in range(0, n, 7):
                for end in (start + 1, start + 13, start + 60, n):
                    for full in (False, True):
                        assert stored.boxes_for(start, end, full=full) == again.boxes_for(
                            start, end, full=full
                        )
    finally:
        pdf.close()


def test_redaction_with_stored_boxes_removes_the_text(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    doc = extract(make_pdf("in.pdf", [LINES]))
    out = tmp_path / "out.pdf"
    redact_pdf(doc, [finding_for(doc.pages[0].text, "Iris Verbruggen")], out)
    text = norm(pdftotext(out))
    assert "Verbruggen" not in text.replace("i.verbruggen", "")
    assert "5.1.2e" in text
    assert "afdeling Vergunningen" in text


def test_redaction_refuses_a_file_changed_since_extraction(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    src = make_pdf("in.pdf", [LINES])
    doc = extract(src)
    pdf = pymupdf.open(src)
    pdf[0].insert_text((72, 300), "Nieuwe regel", fontsize=11)
    pdf.saveIncr()
    pdf.close()
    out = tmp_path / "out.pdf"
    with pytest.raises(RedactionError):
        redact_pdf(doc, [finding_for(doc.pages[0].text, "Iris Verbruggen")], out)
    assert not out.exists()


def _doc(text: str) -> Document:
    from redactie.document import Page

    return Document(path=Path("t.pdf"), sha256="0", pages=(Page(0, text, 595, 842, 0, False),))


TEXT = (
    "Geachte heer De Vries,\n\n"
    "Mevrouw Iris Verbruggen (06-12345678) belde over de aanvraag. Verbruggen vroeg\n"
    "of burgemeester Jan Halsema het besluit tekent. Later sprak zij met Sanne Ooms.\n"
    "Ooms en Halsema namen contact op met Pieter Dekker.\n"
)


def test_resolve_is_split_at_the_dossier(engine: DetectionEngine) -> None:
    rules = engine.rules
    raw = engine.analyze_text(TEXT)
    dossier = frozenset({"Pieter Dekker", "Sanne Ooms", "J. Halsema"})
    plain = ResolveContext(document=_doc(TEXT), rules=rules)
    with_dossier = ResolveContext(document=_doc(TEXT), rules=rules, dossier_names=dossier)
    # The first part does not look at the dossier.
    local = resolve_document(raw, plain)
    assert local == resolve_document(raw, with_dossier)
    # Together the parts are the whole resolve, with and without a dossier.
    assert resolve_with_dossier(local, plain) == resolve(raw, plain)
    full = resolve_with_dossier(local, with_dossier)
    assert full == resolve(raw, with_dossier)
    redacted = {f.text for f in full if f.action is Action.REDACT}
    assert "Pieter Dekker" in redacted  # propagated from the dossier


def test_dossier_index_leaves_out_what_the_slow_path_left_out(engine: DetectionEngine) -> None:
    lex = lexicon_for(engine.rules)
    names = frozenset(
        {"Jan Halsema", "J. Halsema", "Halsema", "Pieter Dekker", "P. Dekker", "Sanne Ooms"}
    )
    index = _DossierIndex(names, lex)
    for kept_names, doc_names in (
        ((), ()),
        (("Jan Halsema",), ()),
        (("burgemeester Halsema",), ("Pieter Dekker",)),
        (("K. Halsema",), ("Sanne Ooms",)),
    ):
        kept = [p for n in kept_names if (p := parse_name(n, lex)) is not None]
        doc_forms: set[str] = set()
        for n in doc_names:
            p = parse_name(n, lex)
            assert p is not None
            doc_forms |= variants(p, lex)
        # What names_propagate looked for before the index existed.
        slow: set[str] = set()
        for name in sorted(names):
            p = parse_name(name, lex)
            if p is None or any(compatible(p, k) and p.specific for k in kept):
                continue
            slow |= _dossier_variants(p, lex)
        slow -= doc_forms
        assert index.forms - index.skipped(kept, doc_forms) == slow


def test_vocabulary_does_not_grow_over_a_long_batch(
    engine: DetectionEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    import redactie.detect.engine as engine_module

    monkeypatch.setattr(engine_module, "ZONE_PAGES", 4)

    def page(n: int) -> str:
        return " ".join(f"Woordje{n}x{k}" for k in range(50)) + "."

    for n in range(4):
        engine.analyze_text(page(n))
    start = len(engine.nlp.vocab.strings)
    for n in range(4, 40):
        engine.analyze_text(page(n))
    # 36 pages of 50 new words each: at most one zone's worth is held.
    assert len(engine.nlp.vocab.strings) - start <= 4 * 2 * 51
    assert "Woordje5x1" not in engine.nlp.vocab.strings


def test_verification_reuses_pymupdf_reading_only_of_a_file_without_layers(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    from redactie.document import input_pymupdf_pages
    from redactie.verify import normalise, pymupdf_pages

    plain = make_pdf("plain.pdf", [LINES])
    extract(plain)
    kept = input_pymupdf_pages(plain)
    assert kept is not None
    assert [normalise(p) for p in kept] == pymupdf_pages(plain)
    assert input_pymupdf_pages(plain) is None  # taken out when used

    layered = tmp_path / "layered.pdf"
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 72), "Zichtbare regel", fontsize=11)
    hidden = pdf.add_ocg("verborgen", on=False)
    page.insert_text((72, 100), "Verborgen Iris Verbruggen", fontsize=11, oc=hidden)
    pdf.save(layered)
    pdf.close()
    doc = extract(layered)
    assert "Verborgen" in doc.pages[0].text  # every layer is read
    assert input_pymupdf_pages(layered) is None  # the file as it is shows less


def test_finder_finds_what_startswith_finds() -> None:
    import random

    from redactie.verify import _Finder

    rnd = random.Random(12)
    alphabet = "abcé-.[]^\\ 01"
    for _ in range(200):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 300)))
        keys = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 8))) for _ in range(30)]
        keys += [text[i : i + rnd.randint(3, 30)] for i in range(0, max(1, len(text) - 3), 29)]
        want = [
            (i, k)
            for i in range(len(text))
            for k in sorted({k for k in keys if len(k) >= 3})
            if text.startswith(k, i)
        ]
        assert sorted(_Finder(keys).scan(text)) == sorted(want)
