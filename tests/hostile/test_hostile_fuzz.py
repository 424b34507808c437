"""Fuzzing the input path: mutated and truncated PDF bytes.

Property: whatever the bytes, extraction either succeeds or raises a
``RedactieError``; a whole run either publishes a verified output in which
the secrets are unreadable, or fails that document with a clear error and
writes no PDF.  Never another exception, never an unverified output.

Budget: ``EXTRACT_EXAMPLES`` inputs through ``extract`` and ``RUN_EXAMPLES``
through ``api.run`` (with verification); derandomised, so CI sees the same
inputs every run; together well under a minute.  A third property draws a
name letter-spaced and character by character, in any order, over several
text objects: it is never published readable, not even with its spaces
removed.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import hostile_pdfs as hp
import pymupdf
import pytest
from hostile_support import (
    SECRETS,
    assert_gone,
    failed_closed,
    pdftotext_all,
    published,
    pymupdf_all,
    run_one,
    use_stub_engine,
)
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from redactie import api
from redactie.document import extract
from redactie.errors import ExitCode, RedactieError
from redactie.spacing import page_gaps

EXTRACT_EXAMPLES = 300
RUN_EXAMPLES = 120

SEED_BUILDERS: list[Callable[[Path], Path]] = [
    hp.ordinary,
    hp.hidden_text,
    hp.outside_page_box,
    hp.reverse_order,
    hp.type3_font,
    hp.ligatures,
    hp.optional_content,
    hp.javascript,
    hp.annotations,
    hp.incremental_update,
    hp.metadata_and_xmp,
    hp.soft_hyphens,
    hp.form_xobject,
    hp.cropped_away,
    hp.unknown_keys,
    hp.jpeg_with_metadata,
]


_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]*)>\s*<([0-9A-Fa-f]*)>\s*\]")
_DATE = re.compile(rb"D:\d{4,14}")


def _fixed(data: bytes) -> bytes:
    """Dates and file IDs (which PyMuPDF takes from the clock) replaced by constants of
    the same length, so the seeds, and with them the fuzz inputs, are the same every run."""
    data = _DATE.sub(lambda m: b"D:" + b"2" * (len(m.group(0)) - 2), data)
    return _ID.sub(
        lambda m: b"/ID[<" + b"0" * len(m.group(1)) + b"><" + b"0" * len(m.group(2)) + b">]"
        + b" " * (len(m.group(0)) - len(m.group(1)) - len(m.group(2)) - 9),
        data,
    )


def _build_seeds() -> list[bytes]:
    with tempfile.TemporaryDirectory() as d:
        return [_fixed(b(Path(d) / f"{b.__name__}.pdf").read_bytes()) for b in SEED_BUILDERS]


SEEDS = _build_seeds()

# Tokens whose damage hurts most: structure keywords and common keys.
TOKENS = [
    b"obj", b"endobj", b"stream", b"endstream", b"xref", b"trailer", b"startxref",
    b"/Length", b"/Root", b"/Pages", b"/Kids", b"/Count", b"/Contents", b"/Font",
    b"/Filter", b"/Encoding", b"/Type", b"BT", b"ET", b"Tj", b"TJ", b"<<", b">>", b"[", b"]",
    b"(", b")", b"R", b"0",
]


# Mutation kinds, weighted by repetition; "header" may hit the first bytes.
KINDS = ["truncate", "flip", "flip", "insert", "delete", "token", "token", "token", "dup", "header"]


@st.composite
def mutated_pdf(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(KINDS))
        # Hypothesis favours small integers; scramble them so mutations spread
        # over the whole file instead of piling up on the header.
        raw = draw(st.integers(0, 2**20))
        start = 0 if kind == "header" else 16
        pos = min(len(data), start + (raw * 2654435761) % max(1, len(data) - start))
        if kind == "header":
            kind = "flip"
        if kind == "truncate":
            del data[pos:]
        elif kind == "flip":
            if pos < len(data):
                data[pos] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "delete":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif kind == "token":
            old = draw(st.sampled_from(TOKENS))
            at = data.find(old, pos)
            if at >= 0:
                data[at : at + len(old)] = draw(st.sampled_from([*TOKENS, b"", b"\x00"]))
        else:  # duplicate a slice elsewhere
            n = draw(st.integers(1, 200))
            data[pos:pos] = data[pos : pos + n]
    return bytes(data)


@settings(
    max_examples=EXTRACT_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=mutated_pdf())
def test_extract_raises_only_redactie_errors(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "in.pdf"
        path.write_bytes(data)
        try:
            doc = extract(path, ocr=False)
            event("gelezen")
        except RedactieError as exc:
            event(exc.message.split(";")[0][:40])
            assert exc.message and exc.path and "in.pdf" in exc.path
            assert exc.exit_code == ExitCode.INPUT_FILE
        else:
            assert doc.page_count >= 1


@settings(
    max_examples=RUN_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=mutated_pdf())
def test_run_publishes_only_verified_output(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as d, pytest.MonkeyPatch.context() as mp:
        use_stub_engine(mp)
        src = Path(d) / "in.pdf"
        src.write_bytes(data)
        out_dir = Path(d) / "out"
        options = api.Options(use_model=False, ocr=False, write_review=False)
        result = api.run([src], out_dir, options)
        (outcome,) = result.outcomes
        event(outcome.status if outcome.status == api.PUBLISHED else (outcome.error or "")[:45])
        assert not list(out_dir.rglob("*.partial"))
        if outcome.status == api.PUBLISHED:
            out = out_dir / "in.pdf"
            assert out.is_file()
            assert set(outcome.verification) == {"PyMuPDF", "pdftotext", "pikepdf"}
            assert_gone(out, SECRETS)
        else:
            assert outcome.status == api.FAILED
            assert not list(out_dir.rglob("*.pdf"))
            assert outcome.error
            # a bad input is an input error or a failed check, never an internal crash
            assert outcome.exit_code in (ExitCode.INPUT_FILE, ExitCode.VERIFICATION_FAILED), (
                outcome.error
            )


# --- inputs the fuzzer found, kept as regression tests -------------------------


def test_found_degenerate_text_matrix_fails_closed(tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as mp:
        use_stub_engine(mp)
        src = hp.degenerate_matrix(tmp_path / "in.pdf")
        out_dir = tmp_path / "out"
        failed_closed(run_one(src, out_dir), out_dir, "in.pdf", "pagina 1")


def test_found_overprinted_lines_stay_readable_and_are_redacted(tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as mp:
        use_stub_engine(mp)
        src = hp.overprinted_lines(tmp_path / "in.pdf")
        assert f"telefoon {hp.PHONE}" in extract(src).pages[0].text
        out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "in.pdf")
        assert_gone(out, (hp.EMAIL, hp.PHONE))


def test_found_damaged_jpeg_with_metadata_fails_closed(tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as mp:
        use_stub_engine(mp)
        src = hp.jpeg_with_metadata(tmp_path / "in.pdf", broken=True)
        out_dir = tmp_path / "out"
        failed_closed(run_one(src, out_dir), out_dir, "in.pdf", "foto")


def test_found_string_glued_to_garbage_fails_closed(tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as mp:
        use_stub_engine(mp)
        src = hp.glued_to_garbage(tmp_path / "in.pdf")
        out_dir = tmp_path / "out"
        result = run_one(src, out_dir)
        (outcome,) = result.outcomes
        if outcome.status == api.PUBLISHED:
            assert_gone(out_dir / "in.pdf", (hp.EMAIL,))
        else:
            failed_closed(result, out_dir, "in.pdf")


def test_found_layer_with_broken_font_is_read(tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as mp:
        use_stub_engine(mp)
        src = hp.layer_with_broken_font(tmp_path / "in.pdf")
        assert hp.NAME in extract(src).pages[0].text
        out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "in.pdf")
        assert_gone(out)


def test_found_control_character_between_names(tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as mp:
        use_stub_engine(mp)
        src = hp.control_char_between_names(tmp_path / "in.pdf")
        # the control character reads as a space
        assert extract(src).pages[0].text == f"Naam: {hp.NAME}\n"
        out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "in.pdf")
        assert_gone(out)


def test_found_skewed_matrix_never_leaks(tmp_path: Path) -> None:
    """Overlapping glyph boxes must not be taken for one glyph drawn twice, and a
    surname inside an e-mail address must not vouch for the surname of a name."""
    with pytest.MonkeyPatch.context() as mp:
        use_stub_engine(mp)
        src = hp.skewed_matrix(tmp_path / "in.pdf")
        out_dir = tmp_path / "out"
        result = run_one(src, out_dir)
        (outcome,) = result.outcomes
        if outcome.status == api.PUBLISHED:
            assert_gone(out_dir / "in.pdf")
        else:
            failed_closed(result, out_dir, "in.pdf", "pagina 1")


# --- letter-spacing and character order ----------------------------------------

SPACED_EXAMPLES = 40


@st.composite
def spaced_name_pdf(draw: st.DrawFn) -> bytes:
    """A page that names the person once plainly and once drawn character by
    character: irregular gaps between letters (up to a word space), the
    characters written in any order, split over one to three text objects."""
    name = hp.NAME
    size = 11.0
    gaps = draw(st.lists(st.floats(0.0, 3.2), min_size=len(name), max_size=len(name)))
    order = draw(st.permutations(range(len(name))))
    parts = draw(st.integers(1, 3))
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), f"Behandeld door {name}", fontsize=size)
    page.insert_text((72, 140), "Aanwezig:", fontsize=size)
    xs: list[float] = []
    x = 130.0
    for c, gap in zip(name, gaps, strict=True):
        xs.append(x)
        x += pymupdf.get_text_length(c, fontsize=size) + (gap if c != " " else 3.0)
    chunks = [order[i::parts] for i in range(parts)]
    for chunk in chunks:  # each a text object of its own, characters out of order
        writer = pymupdf.TextWriter(page.rect)
        for i in chunk:
            if name[i] != " ":
                writer.append((xs[i], 140), name[i], fontsize=size)
        writer.write_text(page)
    page.insert_text((72, 180), "Wij nemen uw aanvraag in behandeling.", fontsize=size)
    data: bytes = doc.tobytes()
    doc.close()
    return data


@settings(
    max_examples=SPACED_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=spaced_name_pdf())
def test_letter_spaced_name_in_any_order_is_redacted(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as d, pytest.MonkeyPatch.context() as mp:
        use_stub_engine(mp, {hp.NAME: "PERSON"})
        src = Path(d) / "in.pdf"
        src.write_bytes(data)
        out_dir = Path(d) / "out"
        result = run_one(src, out_dir)
        (outcome,) = result.outcomes
        event(outcome.status)
        if outcome.status != api.PUBLISHED:  # failing closed is allowed, never a leak
            assert not list(out_dir.rglob("*.pdf"))
            return
        out = out_dir / "in.pdf"
        for text in (pdftotext_all(out), pymupdf_all(out)):
            flat = "".join(text.split()).casefold()
            assert "verbeek" not in flat and "jolanda" not in flat
        assert "behandeling" in "".join(pdftotext_all(out).split())


ONLY_SPACED_EXAMPLES = 30


@st.composite
def only_spaced_pdf(draw: st.DrawFn) -> bytes:
    """A page that names the person nowhere plainly: only drawn a character at a
    time, at irregular gaps narrower than a word space (up to 0.22 em), a wider
    gap between the words, over one to three text objects drawn in any order."""
    name = hp.NAME
    size = 11.0
    gaps = draw(st.lists(st.floats(0.0, 0.22 * size), min_size=len(name), max_size=len(name)))
    word_gap = draw(st.floats(2.0, 4.0))
    parts = draw(st.integers(1, 3))
    order = draw(st.permutations(range(parts)))
    xs: list[float] = []
    x = 160.0
    for c, gap in zip(name, gaps, strict=True):
        xs.append(x)
        x += pymupdf.get_text_length(c, fontsize=size) + (gap if c != " " else word_gap)
    cut_points = st.sets(st.integers(1, len(name) - 1), min_size=parts - 1, max_size=parts - 1)
    cuts = sorted(draw(cut_points))
    spans = list(zip([0, *cuts], [*cuts, len(name)], strict=True))
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Gemeente Voorbeeldstad, afdeling Vergunningen", fontsize=size)
    page.insert_text((72, 140), "Behandeld door:", fontsize=size)
    for k in order:  # each part a text object of its own, characters in order
        a, b = spans[k]
        writer = pymupdf.TextWriter(page.rect)
        for i in range(a, b):
            if name[i] != " ":
                writer.append((xs[i], 140), name[i], fontsize=size)
        writer.write_text(page)
    page.insert_text((72, 180), "Wij nemen uw aanvraag in behandeling.", fontsize=size)
    data: bytes = doc.tobytes()
    doc.close()
    return data


@settings(
    max_examples=ONLY_SPACED_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=only_spaced_pdf())
def test_a_name_given_only_character_by_character_is_redacted(data: bytes) -> None:
    """Found on the letter-spaced view by the real rule pack and name lists (no
    model, no plain mention to propagate from): never published readable."""
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "in.pdf"
        src.write_bytes(data)
        event("letter gaps" if page_gaps(extract(src).pages[0]) else "read as written")
        out_dir = Path(d) / "out"
        result = run_one(src, out_dir)
        (outcome,) = result.outcomes
        event(outcome.status)
        if outcome.status != api.PUBLISHED:  # failing closed is allowed, never a leak
            assert not list(out_dir.rglob("*.pdf"))
            return
        out = out_dir / "in.pdf"
        for text in (pdftotext_all(out), pymupdf_all(out)):
            flat = "".join(text.split()).casefold()
            assert "verbeek" not in flat and "jolanda" not in flat
        assert "behandeling" in "".join(pdftotext_all(out).split())
