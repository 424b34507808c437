"""Broken inputs: a clear Dutch error naming the file, no output, the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import hostile_pdfs as hp
import pikepdf
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

from redactie import api, cli
from redactie.document import extract, open_pdf
from redactie.errors import EncryptedPdfError, ExitCode, InputFileError


@pytest.fixture(autouse=True)
def _stub(monkeypatch: pytest.MonkeyPatch) -> None:
    use_stub_engine(monkeypatch)


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (hp.not_a_pdf, ("geen PDF-bestand",)),
        (hp.png_named_pdf, ("geen PDF-bestand",)),
        (hp.zero_pages, ("geen pagina's",)),
    ],
    ids=["text_file", "png_file", "zero_pages"],
)
def test_unusable_inputs_fail_closed(build, words: tuple[str, ...], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = build(tmp_path / "in.pdf")
    with pytest.raises(InputFileError) as info:
        extract(src)
    assert info.value.exit_code == ExitCode.INPUT_FILE
    assert "in.pdf" in str(info.value)  # the message names the file
    out_dir = tmp_path / "out"
    failed_closed(run_one(src, out_dir), out_dir, "in.pdf", *words)


def test_encrypted_with_user_password_fails_closed(tmp_path: Path) -> None:
    src = hp.encrypted(tmp_path / "in.pdf", user_password="gebruiker")
    with pytest.raises(EncryptedPdfError, match="wachtwoord"):
        open_pdf(src)
    out_dir = tmp_path / "out"
    result = run_one(src, out_dir)
    failed_closed(result, out_dir, "in.pdf", "wachtwoord")
    assert result.exit_code == ExitCode.INPUT_FILE


def test_encrypted_with_owner_password_only_is_redacted_and_decrypted(tmp_path: Path) -> None:
    """No user password: anyone can open it, so it is processed; the output is not encrypted."""
    src = hp.encrypted(tmp_path / "in.pdf", user_password="")
    with pikepdf.open(src) as pdf:
        assert pdf.is_encrypted
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "in.pdf")
    with pikepdf.open(out) as pdf:
        assert not pdf.is_encrypted
    assert_gone(out)
    assert "in behandeling" in pymupdf.open(out)[0].get_text()


def test_damaged_xref_is_repaired_and_redacted(tmp_path: Path) -> None:
    src = hp.damaged_xref(tmp_path / "in.pdf")
    with pytest.raises(pikepdf.PdfError):  # strict readers see the damage
        pikepdf.open(src, attempt_recovery=False)
    assert_present(src, hp.NAME)
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "in.pdf")
    assert_gone(out)
    with pikepdf.open(out, attempt_recovery=False) as pdf:  # the output is a clean file
        assert len(pdf.pages) == 1


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.8, 0.95])
def test_truncated_file_never_leaks(keep: float, tmp_path: Path) -> None:
    """Cut off anywhere: either the repaired rest is redacted, or a clear error."""
    src = hp.truncated(tmp_path / "in.pdf", keep)
    out_dir = tmp_path / "out"
    result = run_one(src, out_dir)
    (outcome,) = result.outcomes
    if outcome.status == api.PUBLISHED:
        assert_gone(out_dir / "in.pdf")
    else:
        failed_closed(result, out_dir, "in.pdf")
        assert outcome.error


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="bestaat niet"):
        extract(tmp_path / "weg.pdf")
    (tmp_path / "map.pdf").mkdir()
    with pytest.raises(InputFileError, match="geen bestand"):
        extract(tmp_path / "map.pdf")


def test_one_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    folder = tmp_path / "dossier"
    folder.mkdir()
    hp.ordinary(folder / "a-goed.pdf")
    hp.not_a_pdf(folder / "b-kapot.pdf")
    hp.encrypted(folder / "c-wachtwoord.pdf", user_password="x")
    hp.no_tounicode_cid(folder / "d-lettertype.pdf")
    hp.ordinary(folder / "e-goed.pdf")
    out_dir = tmp_path / "out"
    result = api.run([folder], out_dir, api.Options(use_model=False, write_review=False))
    status = {o.source: o.status for o in result.outcomes}
    assert status == {
        "a-goed.pdf": api.PUBLISHED,
        "b-kapot.pdf": api.FAILED,
        "c-wachtwoord.pdf": api.FAILED,
        "d-lettertype.pdf": api.FAILED,
        "e-goed.pdf": api.PUBLISHED,
    }
    assert sorted(p.name for p in out_dir.glob("*.pdf")) == ["a-goed.pdf", "e-goed.pdf"]
    assert result.exit_code == ExitCode.INPUT_FILE
    report = json.loads((out_dir / "report.json").read_text(encoding="utf-8"))
    assert hp.NAME not in json.dumps(report)
    for name in ("a-goed.pdf", "e-goed.pdf"):
        assert_gone(out_dir / name)


def test_cli_names_the_file_and_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    src = hp.not_a_pdf(tmp_path / "brief-aan-burger.pdf")
    code = cli.main(["run", str(src), "--out", str(tmp_path / "out"), "--no-model", "-q"])
    assert code == ExitCode.INPUT_FILE
    captured = capsys.readouterr()
    summary = json.loads(captured.out)
    (doc,) = summary["documents"]
    assert doc["source"] == "brief-aan-burger.pdf"
    assert doc["status"] == api.FAILED
    assert "geen PDF-bestand" in doc["error"]
    assert "brief-aan-burger.pdf: dit is geen PDF-bestand" in caplog.text


def test_unexpected_failure_in_one_document_does_not_stop_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hostile_support import StubEngine

    original = StubEngine.analyze_pages

    def flaky(self: StubEngine, texts):  # type: ignore[no-untyped-def]
        texts = list(texts)
        if any("ontvangen" in t for t in texts):
            raise ZeroDivisionError("a bug in a detector")
        return original(self, texts)

    monkeypatch.setattr(StubEngine, "analyze_pages", flaky)
    folder = tmp_path / "dossier"
    folder.mkdir()
    hp.ordinary(folder / "a.pdf")  # its text triggers the bug
    hp.rotated_page(folder / "b.pdf", 90)
    out_dir = tmp_path / "out"
    result = api.run([folder], out_dir, api.Options(use_model=False, write_review=False))
    status = {o.source: (o.status, o.error) for o in result.outcomes}
    assert status["a.pdf"][0] == api.FAILED and "onverwachte fout" in (status["a.pdf"][1] or "")
    assert status["b.pdf"][0] == api.PUBLISHED
    assert not (out_dir / "a.pdf").exists()
    assert_gone(out_dir / "b.pdf")
