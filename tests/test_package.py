"""`redactie package`: productierapport, <ID>.pdf and DiWoo records from a run's output.

The productierapport is read back the way the Woo platform of VWS
(minvws/nl-rdo-woo-web) reads it: the header row against the template's, each
value against the platform's rules.  Every DiWoo record is validated against the
vendored XSD 0.9.8 (tests/diwoo/).
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from conftest import REPO, norm, pdftotext
from lxml import etree
from openpyxl import load_workbook

from redactie import api, cli
from redactie.errors import ExitCode, InputFileError, RulePackError, UsageError
from redactie.package import build_package, date_after_label, parse_date
from redactie.rules import load_rules
from redactie.woo import GROUNDS

SAMPLES = REPO / "samples"
XSD = Path(__file__).parent / "diwoo" / "diwoo-metadata.xsd"
LISTS = Path(__file__).parent / "diwoo" / "diwoo-metadata-lijsten.xsd"
XS = "{http://www.w3.org/2001/XMLSchema}"
DIWOO = "{https://standaarden.overheid.nl/diwoo/metadata/}"

# The header row of the platform's productierapport_template.xlsx, as it is.
TEMPLATE_HEADER = [
    "ID",
    "Matter",
    "Family",
    "Email Thread ID",
    "Document",
    "File Type",
    "Datum",
    "Beoordeling",
    "Opgeschort",
    "Beoordelingsgrond",
    "Toelichting",
    "Publieke Link",
    "Gerelateerd ID",
    "Zaaknummer",
]
# The rules the platform enforces on the values.
ID_RULE = re.compile(r"[A-Za-z0-9.-]{1,170}")
MATTER_RULE = re.compile(r"[A-Za-z0-9\-._~]+")
DECISIONS = {"openbaar", "deels openbaar", "reeds openbaar", "niet openbaar"}
FILE_TYPES = {
    "pdf", "doc", "image", "presentation", "spreadsheet", "email", "html", "note",
    "database", "xml", "video", "vcard", "chat", "audio", "unknown",
}  # fmt: skip


def read_productierapport(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows as a platform reads them: first sheet, first row is the header."""
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = [["" if v is None else str(v) for v in r] for r in sheet.iter_rows(values_only=True)]
    header = rows[0]
    return header, [dict(zip(header, r, strict=True)) for r in rows[1:] if any(r)]


def enumeration(list_name: str) -> dict[str, str]:
    """A value list of the DiWoo XSD: URI -> first label."""
    tree = etree.parse(str(LISTS))
    simple = tree.find(f"{XS}simpleType[@name='{list_name}']")
    assert simple is not None, list_name
    out = {}
    for e in simple.iter(f"{XS}enumeration"):
        labels = [p.text for p in e.iter() if p.tag.endswith("}p") and p.text]
        out[e.get("value")] = labels[0] if labels else ""
    return out


@pytest.fixture(scope="module")
def packaged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Any]:
    tmp = tmp_path_factory.mktemp("package")
    src = tmp / "in"
    shutil.copytree(SAMPLES, src, ignore=shutil.ignore_patterns("src", "expected", "*.py"))
    out = tmp / "out"
    result = api.run([src], out, api.Options(use_model=False))
    assert result.ok
    pkg = tmp / "pkg"
    built = build_package(out, pkg, matter="woo-2025.0173")
    return out, pkg, built


def test_header_equals_template_and_values_pass_the_platform_rules(
    packaged: tuple[Path, Path, Any],
) -> None:
    out, pkg, built = packaged
    header, rows = read_productierapport(pkg / "productierapport.xlsx")
    assert header == TEMPLATE_HEADER
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(rows) == report["documents"] == len(built.rows) == 9
    ids = [r["ID"] for r in rows]
    assert len(set(ids)) == len(ids)
    for r in rows:
        assert ID_RULE.fullmatch(r["ID"]), r["ID"]
        assert MATTER_RULE.fullmatch(r["Matter"]) and r["Matter"] == "woo-2025.0173"
        assert r["Beoordeling"] in DECISIONS
        assert r["Beoordeling"] != "niet openbaar"
        codes = r["Beoordelingsgrond"].split(";")
        assert codes and all(c in GROUNDS for c in codes), r["Beoordelingsgrond"]
        assert r["Datum"] == "" or date.fromisoformat(r["Datum"]).isoformat() == r["Datum"]
        assert r["File Type"] in FILE_TYPES
        assert r["Document"]
        assert all(GROUNDS[c].justification in r["Toelichting"] for c in codes)
    # The CSV holds the same table.
    with (pkg / "productierapport.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        assert next(reader) == TEMPLATE_HEADER
        assert [dict(zip(TEMPLATE_HEADER, r, strict=True)) for r in reader] == rows


def test_document_facts_of_the_samples(packaged: tuple[Path, Path, Any]) -> None:
    _, pkg, _ = packaged
    _, rows = read_productierapport(pkg / "productierapport.xlsx")
    by_name = {r["Document"]: r for r in rows}
    # Date lines, the e-mail's Verzonden line, else the PDF's creation date.
    assert by_name["besluit_bijlage.pdf"]["Datum"] == "2025-04-28"
    assert by_name["minutes.pdf"]["Datum"] == "2025-04-10"
    assert by_name["nota.pdf"]["Datum"] == "2025-05-14"
    assert by_name["chat_export.pdf"]["Datum"] == "2025-06-05"
    assert by_name["chat_export.pdf"]["File Type"] == "chat"
    mail = by_name["RE: Afsluiting Katerveerbrug juni 2025"]
    assert (mail["File Type"], mail["Datum"]) == ("email", "2025-06-04")
    citizen = by_name["citizen_letter.pdf"]
    assert citizen["Beoordeling"] == "deels openbaar"
    assert citizen["Beoordelingsgrond"] == "5.1.2e;5.1.1e"  # BSN: 5.1.1e


def test_one_pdf_per_row_under_its_id_same_id_everywhere(
    packaged: tuple[Path, Path, Any],
) -> None:
    out, pkg, _ = packaged
    _, rows = read_productierapport(pkg / "productierapport.xlsx")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert sorted(p.name for p in pkg.glob("*.pdf")) == sorted(f"{r['ID']}.pdf" for r in rows)
    for result in report["results"]:
        ident = result["id"]
        packaged_pdf = pkg / f"{ident}.pdf"
        # The platform matches a file by the leading letters and digits of its name.
        assert re.match(r"[A-Za-z0-9]+", packaged_pdf.name).group(0) == ident  # type: ignore[union-attr]
        assert packaged_pdf.read_bytes() == (out / result["output"]).read_bytes()
        review = json.loads((out / result["review_file"]).read_text(encoding="utf-8"))
        assert review["document_id"] == ident
        assert (pkg / "diwoo" / f"{ident}.xml").is_file()
    assert not (pkg / "nog-te-beslissen.csv").read_text(encoding="utf-8").splitlines()[1:]


def test_ids_are_stable_across_reruns(packaged: tuple[Path, Path, Any], tmp_path: Path) -> None:
    out, _, _ = packaged
    first = {
        r["source"]: r["id"]
        for r in json.loads((out / "report.json").read_text(encoding="utf-8"))["results"]
    }
    # The same input again, from another folder: the ID follows the content.
    copy = tmp_path / "elders" / "nota.pdf"
    copy.parent.mkdir()
    shutil.copyfile(SAMPLES / "nota.pdf", copy)
    again = api.scan([copy], tmp_path / "scan", api.Options(use_model=False))
    assert again.outcomes[0].id == first["nota.pdf"]
    review = json.loads((tmp_path / "scan" / "nota.review.json").read_text(encoding="utf-8"))
    assert review["document_id"] == first["nota.pdf"]


def test_no_personal_data_in_any_cell_or_record(packaged: tuple[Path, Path, Any]) -> None:
    out, pkg, _ = packaged
    found = set()
    for review in out.glob("*.review.json"):
        for f in json.loads(review.read_text(encoding="utf-8"))["findings"]:
            if f["entity_type"] in {"PERSON", "EMAIL_ADDRESS"} and f["action"] == "redact":
                found.add(f["text"])
    assert len(found) > 20
    _, rows = read_productierapport(pkg / "productierapport.xlsx")
    cells = norm(" | ".join(v for r in rows for v in r.values()))
    records = norm(" ".join(p.read_text(encoding="utf-8") for p in (pkg / "diwoo").glob("*.xml")))
    csv_text = norm((pkg / "productierapport.csv").read_text(encoding="utf-8"))
    for text in found:
        for where in (cells, records, csv_text):
            assert norm(text) not in where, text


def test_every_diwoo_record_validates(packaged: tuple[Path, Path, Any]) -> None:
    _, pkg, built = packaged
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    categories = enumeration("informatiecategorielijst")
    handlings = enumeration("soorthandelinglijst")
    publisher = load_rules().publisher
    assert publisher is not None
    records = sorted((pkg / "diwoo").glob("*.xml"))
    assert len(records) == len(built.rows) == 9
    for path in records:
        tree = etree.parse(str(path))
        schema.assertValid(tree)
        root = tree.getroot()
        diwoo = root.find(f"{DIWOO}DiWoo")
        assert diwoo.findtext(f"{DIWOO}identifiers/{DIWOO}identifier") == path.stem
        pub = diwoo.find(f"{DIWOO}publisher")
        assert (pub.get("resource"), pub.text) == (publisher.tooi, publisher.name)
        assert diwoo.findtext(f"{DIWOO}titelcollectie/{DIWOO}officieleTitel")
        cat = diwoo.find(f"{DIWOO}classificatiecollectie/{DIWOO}informatiecategorieen/")
        assert categories[cat.get("resource")] == "Woo-verzoeken en -besluiten" == cat.text
        handling = diwoo.find(f"{DIWOO}documenthandelingen/{DIWOO}documenthandeling")
        kind = handling.find(f"{DIWOO}soortHandeling")
        assert handlings[kind.get("resource")] == kind.text
        datetime.fromisoformat(handling.findtext(f"{DIWOO}atTime"))


def test_a_reviewer_given_ground_5_2_reaches_box_report_and_productierapport(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    pdf = make_pdf(
        "nota-intern.pdf",
        [["Nota intern beraad", "Contact: j.de.vries@example.nl", "Ik vind dit een slecht plan."]],
    )
    scanned = tmp_path / "scan"
    api.scan([pdf], scanned, api.Options(use_model=False))
    review_path = scanned / "nota-intern.review.json"
    data = json.loads(review_path.read_text(encoding="utf-8"))
    mail = [f for f in data["findings"] if f["entity_type"] == "EMAIL_ADDRESS"]
    assert len(mail) == 1
    mail[0]["ground"] = "5.2"
    review_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    out = tmp_path / "out"
    result = api.apply(pdf, review_path, out, api.Options(use_model=False))
    assert result.ok, result.outcomes
    text = pdftotext(out / "nota-intern.pdf")
    assert "j.de.vries@example.nl" not in text
    assert "5.2" in text and "5.1.2e" not in text  # the box shows the reviewer's ground
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    doc = report["results"][0]
    assert doc["grounds"] == ["5.2"]
    assert doc["id"] == data["document_id"]
    assert doc["justification"] == [GROUNDS["5.2"].justification]
    assert list(report["grounds"]) == ["5.2"]

    built = build_package(out, tmp_path / "pkg", matter="m")
    _, rows = read_productierapport(tmp_path / "pkg" / "productierapport.xlsx")
    assert [(r["ID"], r["Beoordelingsgrond"]) for r in rows] == [(doc["id"], "5.2")]
    assert built.exit_code == ExitCode.OK


def test_an_unknown_ground_in_a_review_file_is_refused(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    pdf = make_pdf("a.pdf", [["Contact: j.de.vries@example.nl"]])
    api.scan([pdf], tmp_path / "scan", api.Options(use_model=False))
    review_path = tmp_path / "scan" / "a.review.json"
    data = json.loads(review_path.read_text(encoding="utf-8"))
    data["findings"][0]["ground"] = "5.3"
    review_path.write_text(json.dumps(data), encoding="utf-8")
    result = api.apply(pdf, review_path, tmp_path / "out", api.Options(use_model=False))
    assert not result.ok
    assert result.exit_code == ExitCode.REVIEW_FILE
    assert not (tmp_path / "out" / "a.pdf").exists()


def test_a_failed_document_is_left_for_a_person(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copyfile(
        make_pdf("goed.pdf", [["Datum: 3 maart 2025", "Geen gegevens."]]), src / "goed.pdf"
    )
    (src / "kapot.pdf").write_bytes(b"dit is geen pdf")
    out = tmp_path / "out"
    api.run([src], out, api.Options(use_model=False))
    pkg = tmp_path / "pkg"
    built = build_package(out, pkg, matter="m")
    assert built.exit_code == ExitCode.PARTIAL
    _, rows = read_productierapport(pkg / "productierapport.xlsx")
    assert [(r["Document"], r["Beoordeling"], r["Datum"]) for r in rows] == [
        ("goed.pdf", "openbaar", "2025-03-03")
    ]
    with (pkg / "nog-te-beslissen.csv").open(encoding="utf-8", newline="") as fh:
        pending = list(csv.DictReader(fh))
    assert [p["Document"] for p in pending] != [] and pending[0]["Status"] == "mislukt"
    assert not (pkg / f"{pending[0]['ID']}.pdf").exists()
    assert sorted(p.name for p in pkg.glob("*.pdf")) == [f"{rows[0]['ID']}.pdf"]


def test_bad_matter_and_missing_report(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        build_package(tmp_path, tmp_path / "pkg", matter="met spatie")
    with pytest.raises(InputFileError):
        build_package(tmp_path, tmp_path / "pkg", matter="m")
    assert (
        cli.main(["package", str(tmp_path), "--out", str(tmp_path / "p"), "--matter", "a b"]) == 2
    )
    assert cli.main(["package", str(tmp_path), "--out", str(tmp_path / "p")]) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 juni 2025", date(2025, 6, 4)),
        ("woensdag 4 juni 2025 08:52", date(2025, 6, 4)),
        ("14 mrt. 2024", date(2024, 3, 14)),
        ("04-06-2025", date(2025, 6, 4)),
        ("2025-06-04", date(2025, 6, 4)),
        ("31 februari 2025", None),
        ("geen datum", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_date_after_label_reads_the_label_not_a_birth_date() -> None:
    text = "Geboortedatum: 12 maart 1978\nDatum:\n\n10 april 2025\n"
    assert date_after_label(text, re.compile(r"^(?:Datum)\s*:?\s*", re.M)) == date(2025, 4, 10)


def test_publisher_in_the_organisation_pack(tmp_path: Path) -> None:
    publisher = load_rules().publisher
    assert publisher is not None
    organisations = enumeration("ministerielijst") | enumeration("gemeentelijst")
    assert organisations[publisher.tooi] == publisher.name  # the TOOI list's own name
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    pack = rules / "organisation.yaml"
    text = pack.read_text(encoding="utf-8")
    pack.write_text(text.replace("tooi: https://", "tooi: http://"), encoding="utf-8")
    with pytest.raises(RulePackError):
        load_rules(rules)
    pack.write_text(text.replace("  name: ministerie", "  naam: ministerie"), encoding="utf-8")
    with pytest.raises(RulePackError):  # extra keys are refused
        load_rules(rules)
    # Without a publisher the package cannot name one: the rule pack is at fault.
    pack.write_text(re.sub(r"(?m)^publisher:\n(  .*\n)+", "", text), encoding="utf-8")
    assert load_rules(rules).publisher is None
    with pytest.raises(RulePackError):
        build_package(tmp_path, tmp_path / "pkg", matter="m", rules_dir=rules)


def test_a_span_added_by_the_reviewer_carries_its_own_ground(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    line = "Ik vind dit een slecht plan."
    pdf = make_pdf("beraad.pdf", [["Intern beraad", line]])
    api.scan([pdf], tmp_path / "scan", api.Options(use_model=False))
    review_path = tmp_path / "scan" / "beraad.review.json"
    data = json.loads(review_path.read_text(encoding="utf-8"))
    page_text = pymupdf.open(pdf)[0].get_text()
    start = page_text.index(line)
    data["findings"].append(
        {
            "page": 1,
            "start": start,
            "end": start + len(line),
            "text": line,
            "entity_type": "PERSON",
            "ground": "5.1.2i",
            "action": "redact",
            "source": "manual",
        }
    )
    review_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    result = api.apply(pdf, review_path, out, api.Options(use_model=False))
    assert result.ok, result.outcomes
    text = norm(pdftotext(out / "beraad.pdf"))
    assert "slecht plan" not in text and "5.1.2i" in text
    assert result.outcomes[0].grounds == ["5.1.2i"]
