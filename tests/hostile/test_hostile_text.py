"""Text that a naive redaction misses: it must be found, removed and stay removed.

Every test builds the PDF, checks the builder really hid the secret, runs the
whole pipeline (``api.run``) and reads the output with pdftotext, PyMuPDF and
pikepdf.  Where a case cannot be read reliably, the document must fail with
a clear error and leave no output.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import hostile_pdfs as hp
import pymupdf
import pytest
from hostile_support import (
    assert_gone,
    assert_present,
    failed_closed,
    published,
    run_one,
    use_stub_engine,
)

from redactie.document import extract


@pytest.fixture(autouse=True)
def _stub(monkeypatch: pytest.MonkeyPatch) -> None:
    use_stub_engine(monkeypatch)


CASES: dict[str, tuple[Callable[[Path], Path], tuple[str, ...]]] = {
    "hidden_render_mode_3": (hp.hidden_text, (hp.NAME,)),
    "white_text": (hp.white_text, (hp.NAME,)),
    "tiny_text": (hp.tiny_text, (hp.NAME,)),
    "clip_mode_and_clipped_away": (hp.clip_mode_text, (hp.NAME, hp.EMAIL)),
    "text_under_image": (hp.text_under_image, (hp.NAME,)),
    "form_xobject_drawn_twice": (hp.form_xobject, (hp.NAME,)),
    "outside_page_box": (hp.outside_page_box, (hp.NAME, hp.EMAIL)),
    "cropped_away_with_offset_mediabox": (hp.cropped_away, (hp.NAME, hp.EMAIL)),
    "char_by_char": (hp.char_by_char, (hp.NAME,)),
    "reverse_order": (hp.reverse_order, (hp.NAME,)),
    "shuffled_order": (hp.shuffled_order, (hp.NAME,)),
    "reverse_order_without_space_glyphs": (hp.reverse_order_without_spaces, (hp.NAME,)),
    "simple_font_without_tounicode": (hp.no_tounicode_simple, (hp.NAME,)),
    "type3_font": (hp.type3_font, (hp.NAME,)),
    "ligatures": (hp.ligatures, (hp.LIGATURE_NAME,)),
    "rotated_text": (hp.rotated_text, (hp.NAME, hp.EMAIL)),
    "optional_content_hidden_layer": (hp.optional_content, (hp.NAME, hp.EMAIL)),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hidden_kinds_of_text_are_redacted(case: str, tmp_path: Path) -> None:
    build, secrets = CASES[case]
    src = build(tmp_path / "in.pdf")
    doc = extract(src)
    text = " ".join(" ".join(p.text.split()) for p in doc.pages)
    for s in secrets:
        assert s in text, f"extraction does not see {s!r}: {text!r}"
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "in.pdf")
    assert_gone(out)
    with pymupdf.open(out) as o:
        assert o.page_count == 1
        assert "Zichtbare tekst zonder gegevens." in o[0].get_text() or "order" in case or (
            case == "char_by_char"
        )


def test_reverse_and_shuffled_glyphs_read_as_one_line(tmp_path: Path) -> None:
    for build in (
        hp.char_by_char, hp.reverse_order, hp.shuffled_order, hp.reverse_order_without_spaces
    ):
        doc = extract(build(tmp_path / f"{build.__name__}.pdf"))
        assert doc.pages[0].text == f"Naam: {hp.NAME}\n"


def test_words_drawn_back_to_front_read_as_one_line(tmp_path: Path) -> None:
    """A name over two text objects, the surname drawn first, wider apart than a
    word space: one line in reading order, not the surname's line first."""
    given, surname = hp.NAME.split()
    x = 160 + pymupdf.get_text_length(f"{given} ", fontname="helv", fontsize=11) + 4.5
    content = (
        hp.text_op("Behandeld door:", 72, 700)
        + hp.text_op(surname, x, 700)
        + hp.text_op(given, 160, 700)
    )
    doc = extract(hp.write(tmp_path / "back_to_front.pdf", hp.one_page(content)))
    assert f"{hp.NAME}\n" in doc.pages[0].text


def test_soft_hyphens_do_not_split_a_name(tmp_path: Path) -> None:
    src = hp.soft_hyphens(tmp_path / "in.pdf")
    text = extract(src).pages[0].text
    assert "\u00ad" not in text
    assert text.count(hp.NAME) == 2  # inside a line, and broken over two lines
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "in.pdf")
    assert_gone(out, ("Verbeek", "Jolanda", "beek,"))
    assert "namens de burgemeester" in pymupdf.open(out)[0].get_text()


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_rotated_pages(rotation: int, tmp_path: Path) -> None:
    src = hp.rotated_page(tmp_path / "in.pdf", rotation)
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "in.pdf")
    assert_gone(out)
    with pymupdf.open(out) as o:
        assert o[0].rotation == rotation
        assert "Zichtbare tekst zonder gegevens." in o[0].get_text()
        assert "Behandeld door" in o[0].get_text()


def test_cid_font_without_tounicode_fails_closed(tmp_path: Path) -> None:
    src = hp.no_tounicode_cid(tmp_path / "in.pdf")
    out_dir = tmp_path / "out"
    error = failed_closed(run_one(src, out_dir), out_dir, "in.pdf", "pagina 1", "ToUnicode")
    assert "lettertype" in error


def test_zero_size_text_fails_closed(tmp_path: Path) -> None:
    """MuPDF skips glyphs at font size 0, poppler reads them: the detectors
    would not see text that a reader can copy, so the document fails."""
    src = hp.zero_size_text(tmp_path / "in.pdf")
    out_dir = tmp_path / "out"
    failed_closed(run_one(src, out_dir), out_dir, "in.pdf", "pagina 1", "lettergrootte 0")


def test_lying_tounicode_in_a_standard_font_fails_closed(tmp_path: Path) -> None:
    """The text layer says "Kpmboeb Wfscffl" where the page shows the name: the
    cross-check reads the character codes of the standard encoding directly."""
    src = hp.lying_tounicode(tmp_path / "in.pdf")
    assert "Kpmboeb" in pymupdf.open(src)[0].get_text()
    out_dir = tmp_path / "out"
    failed_closed(run_one(src, out_dir), out_dir, "in.pdf", "pagina 1")


def test_text_in_a_tiling_pattern_fails_closed(tmp_path: Path) -> None:
    """The name inside a pattern cell is found, but redaction cannot reach into
    the pattern: verification sees it remain, and nothing is published."""
    src = hp.pattern_text(tmp_path / "in.pdf")
    assert hp.NAME in extract(src).pages[0].text
    out_dir = tmp_path / "out"
    result = run_one(src, out_dir)
    failed_closed(result, out_dir, "in.pdf", "controle na het lakken mislukt")
    assert result.outcomes[0].exit_code == 6


def test_ligature_text_reads_as_letters(tmp_path: Path) -> None:
    src = hp.ligatures(tmp_path / "in.pdf")
    assert hp.LIGATURE_NAME in extract(src).pages[0].text


def test_layers_are_gone_from_the_output(tmp_path: Path) -> None:
    src = hp.optional_content(tmp_path / "in.pdf")
    assert_present(src, "Persoonlijke notities van")
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "in.pdf")
    with pymupdf.open(out) as o:
        assert not o.get_ocgs()
    assert "Persoonlijke notities" not in out.read_bytes().decode("latin-1")


def test_actualtext_cannot_hide_the_drawn_name(tmp_path: Path) -> None:
    """/ActualText says something harmless; the glyphs drawn are the name."""
    content = hp.text_op("Zichtbare tekst zonder gegevens.", 72, 760)
    content += b"/Span << /ActualText (Geen naam) >> BDC\n"
    content += hp.text_op(hp.NAME, 72, 700) + b"EMC\n"
    src = hp.write(tmp_path / "in.pdf", hp.one_page(content))
    assert hp.NAME in extract(src).pages[0].text
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "in.pdf")
    assert_gone(out)


def test_unreliable_text_heuristics() -> None:
    from redactie.document import unreadable_ocr, unreliable_text

    with pymupdf.open() as doc:
        page = doc.new_page()
        assert unreliable_text(page, "Behandeld door Jolanda Verbeek\n") is None
        assert unreliable_text(page, "Behandeld door \ufffd\ufffd\ufffd\ufffd\ufffd\n")
        assert unreliable_text(page, "&RQWDFW\x03-DQ\x03-DQVHQ\x0f\x03WHOHIRRQ\n")
        one_symbol = "Een enkel \ufffd symbool in een lange zin vol tekst.\n"
        assert unreliable_text(page, one_symbol) is None
        assert unreliable_text(page, "\n".join("Jolanda Verbeek, afdeling") + "\n")
        scattered = "Een gewone regel met tekst.\n" + "\n".join("Verbeek!") + "\nNog een regel.\n"
        assert unreliable_text(page, scattered)  # eight one-character lines in a row
        stacked = "Een gewone regel met tekst.\n" + "\n".join("Verbee") + "\nNog een regel.\n"
        assert unreliable_text(page, stacked) is None  # a short vertical label is fine
        column = "Nr.\n" + "\n".join("123456789") + "\nX\nX\nX\nX\nX\nX\nX\nX\n"
        assert unreliable_text(page, column) is None  # a column of numbers or check marks
    assert not unreadable_ocr("Gemeente Voorbeeldstad Behandeld door Jolanda Verbeek " * 3)
    assert not unreadable_ocr("Bedrag 12.345 67.890 2024 2025 totaal 80.235 " * 3)
    assert unreadable_ocr("Ss PW 0 ==: D OD 5 3 OD 5 OD 3 a ® OD OD KL mt 5 el o) s 8 & S e)")
