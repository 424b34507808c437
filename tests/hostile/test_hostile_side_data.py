"""Personal data outside the page content: it never reaches the output.

The page text of these PDFs holds no personal data at all, so nothing is
detected; what protects the output is the scrub (everything besides the page
content is removed wholesale) and the structural checks of verification.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import hostile_pdfs as hp
import pikepdf
import pymupdf
import pytest
from hostile_support import assert_gone, assert_present, published, run_one, use_stub_engine

from redactie.document import extract
from redactie.findings import Finding, Provenance, Source
from redactie.redact import redact_pdf, scrub
from redactie.verify import verify


@pytest.fixture(autouse=True)
def _stub(monkeypatch: pytest.MonkeyPatch) -> None:
    use_stub_engine(monkeypatch)


CASES: dict[str, Callable[[Path], Path]] = {
    "metadata_and_xmp": hp.metadata_and_xmp,
    "annotations_and_popups": hp.annotations,
    "form_fields": hp.form_fields,
    "bookmarks": hp.bookmarks,
    "embedded_files": hp.embedded_files,
    "javascript": hp.javascript,
    "incremental_update_earlier_revision": hp.incremental_update,
    "unknown_keys": hp.unknown_keys,
    "jpeg_exif_xmp_iptc_comment": hp.jpeg_with_metadata,
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_side_data_is_removed(case: str, tmp_path: Path) -> None:
    src = CASES[case](tmp_path / "in.pdf")
    assert_present(src, hp.NAME if case != "javascript" else hp.EMAIL)
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "in.pdf")
    assert_gone(out)
    with pymupdf.open(out) as o:
        assert o.page_count == 1
        fixed = ("format", "producer", "creator")
        assert not any(v for k, v in o.metadata.items() if k not in fixed)
        assert o.get_xml_metadata() == ""
        assert not list(o[0].annots()) and not list(o[0].widgets())
        assert o.get_toc() == [] and o.embfile_count() == 0
    with pikepdf.open(out) as pdf:
        for key in ("/Names", "/OpenAction", "/AcroForm", "/Outlines", "/Metadata"):
            assert key not in pdf.Root, key
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                assert obj.get("/S") != "/JavaScript"
                assert "/AA" not in obj
        assert "/Annots" not in pdf.pages[0].obj or len(pdf.pages[0].obj.Annots) == 0


def test_earlier_revision_is_in_the_input_but_not_in_the_output(tmp_path: Path) -> None:
    src = hp.incremental_update(tmp_path / "in.pdf")
    data = src.read_bytes()
    assert data.count(b"%%EOF") == 2  # two revisions
    assert hp.NAME.encode() in data  # the old revision still holds the name ...
    assert hp.NAME not in extract(src).pages[0].text  # ... but the current one does not
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "in.pdf")
    out_data = out.read_bytes()
    assert out_data.count(b"%%EOF") == 1  # saved whole, not incrementally
    assert_gone(out)
    assert "Definitieve versie zonder namen." in pymupdf.open(out)[0].get_text()


def test_scrub_removes_image_xmp_and_private_application_data(tmp_path: Path) -> None:
    """An image's own XMP and /PieceInfo (application data) are dropped too."""
    src = hp.text_under_image(tmp_path / "in.pdf")
    with pikepdf.open(src, allow_overwriting_input=True) as pdf:
        image = pdf.pages[0].Resources.XObject.Im1
        image.Metadata = pdf.make_stream(f"<x:xmpmeta>{hp.NAME}</x:xmpmeta>".encode())
        pdf.Root.PieceInfo = pikepdf.Dictionary(
            Word=pikepdf.Dictionary(Private=pikepdf.String(hp.EMAIL))
        )
        pdf.save(src)
    assert_present(src, hp.EMAIL)
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "in.pdf")
    assert_gone(out)


def test_verification_fails_when_scrub_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The structural checks are a second line: without the scrub, nothing is published."""
    import redactie.redact as redact_module

    monkeypatch.setattr(redact_module, "scrub", lambda pdf, **_options: ())
    for build in (hp.annotations, hp.embedded_files, hp.javascript, hp.bookmarks):
        src = build(tmp_path / f"{build.__name__}.pdf")
        doc = extract(src)
        out = tmp_path / f"{build.__name__}.out.pdf"
        text = doc.pages[0].text
        start = text.index("Gemeente")
        f = Finding(
            page=0, start=start, end=start + 8, text="Gemeente", entity_type="PERSON",
            ground="5.1.2e", provenance=Provenance(recognizer="t", source=Source.MANUAL),
        )
        res = redact_pdf(doc, [f], out)
        result = verify(src, out, [f], res.boxes)
        assert not result.ok, build.__name__
    assert scrub is not None


def test_jpeg_pixels_survive_metadata_stripping(tmp_path: Path) -> None:
    src = hp.jpeg_with_metadata(tmp_path / "in.pdf")
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "in.pdf")
    with pymupdf.open(src) as a, pymupdf.open(out) as b:
        (ia,) = a[0].get_images(full=True)
        (ib,) = b[0].get_images(full=True)
        assert ib[2:4] == ia[2:4]
        assert b.extract_image(ib[0])["ext"] == "jpeg"
        assert a[0].get_pixmap().samples == b[0].get_pixmap().samples


def test_verification_catches_jpeg_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import redactie.redact as redact_module

    monkeypatch.setattr(redact_module, "_strip_jpeg_metadata", lambda pdf: False)
    src = hp.jpeg_with_metadata(tmp_path / "in.pdf")
    doc = extract(src)
    text = doc.pages[0].text
    start = text.index("Gemeente")
    f = Finding(
        page=0, start=start, end=start + 8, text="Gemeente", entity_type="PERSON",
        ground="5.1.2e", provenance=Provenance(recognizer="t", source=Source.MANUAL),
    )
    out = tmp_path / "out.pdf"
    res = redact_pdf(doc, [f], out)
    result = verify(src, out, [f], res.boxes)
    assert not result.ok
    assert any("fotogegevens" in p.message for p in result.problems)
