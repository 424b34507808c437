"""``redactie check``: every failure built in code is refused with its reason."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pymupdf
import pytest

from redactie import api
from redactie.check import check
from redactie.cli import main
from redactie.errors import ExitCode

REPO = Path(__file__).resolve().parents[1]
NAME = "Marieke Verhoeven"
PLAIN = ["Het college heeft het verzoek ontvangen.", "Wij nemen binnen zes weken een besluit."]
RULES_ONLY = api.Options(use_model=False, write_review=False)

Build = Callable[[Callable[[pymupdf.Document, pymupdf.Page], None]], Path]


@pytest.fixture
def build(tmp_path: Path) -> Build:
    """A one-page PDF with the plain lines, then ``change(doc, page)``; saved in full."""
    counter = iter(range(1000))

    def make(change: Callable[[pymupdf.Document, pymupdf.Page], None]) -> Path:
        doc = pymupdf.open()
        page = doc.new_page()
        for i, line in enumerate(PLAIN):
            page.insert_text((72, 72 + 16 * i), line, fontsize=11)
        change(doc, page)
        path = tmp_path / f"doc{next(counter)}.pdf"
        doc.save(path, garbage=3)
        doc.close()
        return path

    return make


def kinds(path: Path, options: api.Options = RULES_ONLY) -> set[str]:
    [verdict] = check([path], options).files
    return {p.kind for p in verdict.problems}


def _name_line(page: pymupdf.Page, y: float = 140) -> pymupdf.Rect:
    """Write a line with a name; the rectangle of the name."""
    page.insert_text((72, y), f"Behandeld door: {NAME}", fontsize=11)
    return page.search_for(NAME)[0]


def _scan_of_text(text: str) -> pymupdf.Pixmap:
    """A grey image of rendered text, like a scanned line."""
    src = pymupdf.open()
    p = src.new_page(width=300, height=40)
    p.insert_text((10, 25), text, fontsize=14)
    pix = p.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
    src.close()
    return pix


# --- clean files pass ----------------------------------------------------------


def test_plain_pdf_is_fit(build: Build) -> None:
    path = build(lambda doc, page: None)
    [verdict] = check([path], RULES_ONLY).files
    assert verdict.fit and not verdict.problems and verdict.pages == 1


def test_public_officials_and_organisations_pass(make_pdf: Callable[..., Path]) -> None:
    path = make_pdf(
        "besluit.pdf",
        [
            [
                "Gemeente Utrecht",
                "Postbus 16200, 3500 CE Utrecht",
                "Burgemeester Sharon Dijksma opende de vergadering.",
                "De minister van Binnenlandse Zaken, Judith Uitermark, heeft besloten.",
                "Het ministerie van Financien en de Belastingdienst zijn geinformeerd.",
            ]
        ],
    )
    for options in (RULES_ONLY, api.Options(write_review=False)):
        [verdict] = check([path], options).files
        assert verdict.fit, verdict.problems


def test_runs_own_output_of_samples_passes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = api.run([REPO / "samples"], out, api.Options())
    assert result.ok
    verdicts = check([out]).files
    assert len(verdicts) == len(list((REPO / "samples").glob("*.pdf")))
    assert all(v.fit for v in verdicts), [(v.path, v.problems) for v in verdicts if not v.fit]
    # ... and the unredacted samples themselves are refused for their personal data.
    originals = check([REPO / "samples"]).files
    assert not any(v.fit for v in originals)
    assert all("personal_data" in {p.kind for p in v.problems} for v in originals)


def test_runs_own_output_with_codes_beside_numbers_passes(tmp_path: Path) -> None:
    """pdftotext glues a box's ground code to the number before it ("1111" and
    "5.1.2e" read as "11115..."): the extraction's cross-check must not count
    that as a word ("1115") it did not see."""
    doc = pymupdf.open()
    page = doc.new_page()
    for i in range(40):
        k = 1080 + i
        line = (
            f"Overleg {k}: Iris Verbruggen (i.verbruggen{k % 97}@minbzk.nl, 06-1234{k:04d}) "
            f"sprak met Sven de Graaf over dossier 2024-{k:06d}."
        )
        page.insert_text((40, 60 + 18 * i), line, fontsize=8)
    inputs = tmp_path / "in"
    inputs.mkdir()
    doc.save(inputs / "overleg.pdf")
    out = tmp_path / "out"
    assert api.run([inputs], out, api.Options()).ok
    [verdict] = check([out]).files
    assert verdict.fit, verdict.problems


def test_runs_own_output_of_scans_and_images_of_text_passes(tmp_path: Path) -> None:
    lines = [
        "Gemeente Utrecht",
        "Geachte heer Jansen,",
        f"Behandeld door: {NAME}",
        "E-mail: m.verhoeven@example.nl",
        "Met vriendelijke groet,",
    ]
    src = pymupdf.open()
    text_page = src.new_page()
    for i, line in enumerate(lines):
        text_page.insert_text((72, 100 + 20 * i), line, fontsize=12)
    scan = text_page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    inputs = tmp_path / "in"
    inputs.mkdir()
    doc = pymupdf.open()
    doc.new_page().insert_image(pymupdf.Rect(0, 0, 595, 842), pixmap=scan)
    doc.save(inputs / "scan.pdf")
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Zie de bijgevoegde schermafdruk.", fontsize=11)
    page.insert_image(pymupdf.Rect(72, 100, 520, 500), pixmap=scan)
    doc.save(inputs / "mixed.pdf")
    assert not any(v.fit for v in check([inputs]).files)
    out = tmp_path / "out"
    assert api.run([inputs], out, api.Options()).ok
    verdicts = check([out]).files
    assert len(verdicts) == 2
    assert all(v.fit for v in verdicts), [(v.path, v.problems) for v in verdicts]


# --- the classic failed redactions ---------------------------------------------


def test_black_rectangle_over_text(build: Build) -> None:
    def cover(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        page.draw_rect(_name_line(page), color=None, fill=(0, 0, 0))

    assert {"text_under_box", "personal_data"} <= kinds(build(cover))


def test_white_text_on_a_box_drawn_after_it_is_not_under_the_box(build: Build) -> None:
    def banner(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        page.draw_rect(pymupdf.Rect(60, 180, 400, 210), color=None, fill=(0, 0, 0))
        page.insert_text((72, 200), "Besluit op bezwaar", fontsize=14, color=(1, 1, 1))

    assert kinds(build(banner)) == set()


def test_black_annotation_over_text(build: Build) -> None:
    def cover(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        annot = page.add_rect_annot(_name_line(page))
        annot.set_colors(stroke=(0, 0, 0), fill=(0, 0, 0))
        annot.update()

    assert {"text_under_box", "annotation"} <= kinds(build(cover))


def test_redaction_marked_but_never_applied(build: Build) -> None:
    def mark(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        page.add_redact_annot(_name_line(page), fill=(0, 0, 0))

    assert "redaction_not_applied" in kinds(build(mark))


def test_box_over_a_scan_with_pixels_underneath(build: Build) -> None:
    target = pymupdf.Rect(72, 300, 372, 340)

    def cover(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        page.insert_image(target, pixmap=_scan_of_text("Dossier 2024-118, bijlage 3"))
        page.draw_rect(pymupdf.Rect(80, 305, 300, 335), color=None, fill=(0, 0, 0))

    assert "pixels_under_box" in kinds(build(cover))

    def blanked(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        pix = _scan_of_text("Dossier 2024-118, bijlage 3")
        scale = pix.width / target.width  # pixels per point
        pix.set_rect(pymupdf.IRect(0, 0, pix.width, pix.height), (255,))  # pixels blanked
        page.insert_image(target, pixmap=pix)
        page.draw_rect(pymupdf.Rect(80, 305, 300, 335), color=None, fill=(0, 0, 0))
        assert scale > 1

    assert "pixels_under_box" not in kinds(build(blanked))


def test_box_without_ground_code_is_a_warning_only(build: Build) -> None:
    def box(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        page.draw_rect(pymupdf.Rect(72, 400, 160, 414), color=None, fill=(0, 0, 0))

    [verdict] = check([build(box)], RULES_ONLY).files
    assert verdict.fit
    assert [w.kind for w in verdict.warnings] == ["box_without_ground"]

    def coded(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        page.draw_rect(pymupdf.Rect(72, 400, 160, 414), color=None, fill=(0, 0, 0))
        page.insert_text((90, 411), "5.1.2e", fontsize=9, color=(1, 1, 1))

    [verdict] = check([build(coded)], RULES_ONLY).files
    assert verdict.fit and not verdict.warnings


# --- personal data -----------------------------------------------------------------


def test_personal_data_in_the_text_layer(build: Build) -> None:
    def contact(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        page.insert_text((72, 140), "E-mail: m.verhoeven@example.nl, telefoon 06-12345678")

    [verdict] = check([build(contact)], RULES_ONLY).files
    assert not verdict.fit
    messages = " ".join(p.message for p in verdict.problems)
    assert "e-mailadres" in messages and "telefoonnummer" in messages
    assert "verhoeven" not in json.dumps(verdict.as_dict()).lower()  # no personal data


def test_personal_data_in_an_image_is_read_by_ocr(build: Build) -> None:
    def picture(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        pix = _scan_of_text("E-mail: m.verhoeven@example.nl")
        page.insert_image(pymupdf.Rect(72, 300, 372, 340), pixmap=pix)

    [verdict] = check([build(picture)], RULES_ONLY).files
    assert any(p.kind == "personal_data" and "afbeelding" in p.message for p in verdict.problems), (
        verdict.problems
    )


# --- hidden text -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("what", "reason"),
    [
        ("invisible", "onzichtbare tekst"),
        ("white", "witte tekst"),
        ("outside", "buiten de pagina"),
        ("under_image", "onder een afbeelding"),
    ],
)
def test_hidden_text(build: Build, what: str, reason: str) -> None:
    def hide(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        if what == "invisible":
            page.insert_text((72, 300), "Verborgen aantekening", render_mode=3)
        elif what == "white":
            page.insert_text((72, 300), "Verborgen aantekening", color=(1, 1, 1))
        elif what == "outside":
            page.insert_text((72, -200), "Verborgen aantekening")
        else:
            page.insert_text((72, 320), "Verborgen aantekening")
            pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 20), False)
            pix.clear_with(180)
            page.insert_image(pymupdf.Rect(60, 300, 360, 340), pixmap=pix)

    [verdict] = check([build(hide)], RULES_ONLY).files
    assert any(p.kind == "hidden_text" and reason in p.message for p in verdict.problems), (
        verdict.problems
    )


def test_invisible_ocr_layer_over_a_scan_is_no_hidden_text(build: Build) -> None:
    def ocr_layer(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        pix = _scan_of_text("Het college heeft besloten")
        page.insert_image(pymupdf.Rect(72, 300, 372, 340), pixmap=pix)
        page.insert_text((80, 325), "Het college heeft besloten", render_mode=3)

    assert "hidden_text" not in kinds(build(ocr_layer))


# --- the file structure ------------------------------------------------------------


def test_metadata_naming_a_person(build: Build) -> None:
    def meta(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        doc.set_metadata({"author": NAME, "title": "Besluit"})

    assert "metadata" in kinds(build(meta))

    def xmp(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        doc.set_xml_metadata(
            '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
            'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:creator><rdf:Seq><rdf:li>{NAME}</rdf:li></rdf:Seq></dc:creator>"
            "</rdf:Description></rdf:RDF></x:xmpmeta>"
        )

    assert "metadata" in kinds(build(xmp))

    def organisation(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        doc.set_metadata(
            {
                "author": "Gemeente Utrecht",
                "title": "Besluit op bezwaar",
                "creator": "Microsoft® Word voor Microsoft 365",
                "producer": "Microsoft® Word voor Microsoft 365",
                "creationDate": "D:20240301102231+01'00'",
            }
        )

    assert kinds(build(organisation)) == set()


def test_annotations_forms_attachments_javascript(build: Build) -> None:
    def note(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        page.add_text_annot((300, 300), "graag nog even checken")

    assert "annotation" in kinds(build(note))

    def form(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        widget = pymupdf.Widget()
        widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT  # type: ignore[attr-defined]
        widget.field_name = "naam"
        widget.rect = pymupdf.Rect(72, 300, 300, 320)
        widget.field_value = "iets"
        page.add_widget(widget)

    assert "form_fields" in kinds(build(form))

    def attachment(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        doc.embfile_add("bijlage.txt", b"interne notitie")

    assert "embedded_files" in kinds(build(attachment))


def test_javascript(tmp_path: Path, build: Build) -> None:
    path = build(lambda doc, page: None)
    scripted = tmp_path / "scripted.pdf"
    with pikepdf.open(path) as pdf:
        pdf.Root.OpenAction = pikepdf.Dictionary(
            S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)")
        )
        pdf.save(scripted)
    assert "javascript" in kinds(scripted)


def test_earlier_revision_kept_by_an_incremental_save(build: Build) -> None:
    path = build(lambda doc, page: None)
    doc = pymupdf.open(path)
    doc[0].insert_text((72, 300), "Aanvulling")
    doc.saveIncr()
    doc.close()
    assert "earlier_revisions" in kinds(path)


def test_linearized_file_is_no_earlier_revision(build: Build, tmp_path: Path) -> None:
    fast = tmp_path / "snel.pdf"
    with pikepdf.open(build(lambda doc, page: None)) as pdf:
        pdf.save(fast, linearize=True)  # "fast web view": two cross-reference sections
    assert kinds(fast) == set()


# --- the command ---------------------------------------------------------------------


def test_command_table_json_exit_codes_and_inputs_untouched(
    build: Build, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = build(lambda doc, page: None)

    def bad_change(doc: pymupdf.Document, page: pymupdf.Page) -> None:
        page.draw_rect(_name_line(page), color=None, fill=(0, 0, 0))

    bad = build(bad_change)
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "goed.pdf").write_bytes(good.read_bytes())
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (good, bad)}

    assert main(["check", str(folder), "--no-model", "-q"]) == ExitCode.OK
    assert "1 van 1 bestanden geschikt" in capsys.readouterr().out

    assert main(["check", str(good), str(bad), "--no-model", "-q"]) == ExitCode.NOT_FIT
    table = capsys.readouterr().out
    assert "niet geschikt" in table and "tekst staat nog in de tekstlaag" in table
    assert NAME not in table

    assert main(["check", str(good), str(bad), "--json", "--no-model", "-q"]) == 10
    data = json.load(io.StringIO(capsys.readouterr().out))
    assert data["ok"] is False and data["exit_code"] == 10
    assert [f["fit"] for f in data["files"]] == [True, False]
    assert {p["kind"] for p in data["files"][1]["problems"]} >= {"text_under_box"}
    assert before == {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (good, bad)}

    assert main(["check", str(tmp_path / "nergens.pdf"), "--no-model", "-q"]) == 3
    not_pdf = tmp_path / "brief.pdf"
    not_pdf.write_text("geen pdf")
    assert main(["check", str(not_pdf), "--no-model", "-q"]) == ExitCode.NOT_FIT
