"""Personal data that a document gives only letter-spaced or character by character.

Nothing of the data below stands plainly anywhere in its document: the name,
IBAN, e-mail address and BSN are found on the letter-spaced view of the page
(``redactie.spacing``, ``redactie.detect.spaced``) and redacted, gone as
``pdftotext`` reads the output even with all whitespace removed.  A short
surname of a person named plainly elsewhere is redacted where it stands
letter-spaced as a word, not inside another word.  A letter-spaced heading
(``N O T A``) stays readable and unboxed.  Each document runs through
``redactie run`` as the CLI does, with the shipped model and without it.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import hostile_pdfs as hp
import pymupdf
import pytest
from hostile_support import pdftotext_all as pdftotext

from redactie import api
from redactie.document import extract

NAME = "Hendrikje Bosscher"
IBAN = "NL91 ABNA 0417 1643 00"
EMAIL = "h.bosscher@gmail.com"
BSN = "111222333"  # passes the elfproef


def _flat(text: str) -> str:
    return "".join(text.split()).casefold()


def _spaced(text: str) -> str:
    """``text`` with a space between its letters and two between its words."""
    return "  ".join(" ".join(word) for word in text.split())


def _page(lines: list[bytes]) -> bytes:
    head = [
        hp.text_op("N O T A", 72, 790, size=16),
        hp.text_op("Gemeente Voorbeeldstad, afdeling Vergunningen", 72, 760),
        hp.text_op("Wij hebben uw aanvraag ontvangen en nemen die in behandeling.", 72, 744),
    ]
    tail = [hp.text_op("Met vriendelijke groet, namens het college.", 72, 560)]
    return hp.one_page(b"".join(head + lines + tail))


def _width(text: str, size: float = 11) -> float:
    return float(pymupdf.get_text_length(text, fontname="helv", fontsize=size))


def _charwise(text: str, x: float, y: float, *, seed: int, size: float = 11) -> bytes:
    """``text`` drawn a character at a time in one text object, each character
    placed on its own at an irregular gap (up to 0.22 em), a wide gap between
    words: extracts in pieces (``He n drik j e Bo ss che r``)."""
    rnd = random.Random(seed)
    ops = [b"BT /F1 %g Tf" % size]
    for c in text:
        if c == " ":
            x += _width(" ", size) + 4.0
            continue
        ops.append(b"1 0 0 1 %.2f %g Tm (%s) Tj" % (x, y, c.encode("cp1252")))
        x += _width(c, size) + rnd.uniform(0.0, 0.22 * size)
    return b" ".join([*ops, b"ET\n"])


def _shuffled(text: str, x: float, y: float, *, seed: int, size: float = 11) -> bytes:
    """``text`` drawn a character at a time, each in a text object of its own, in a
    shuffled order, at irregular gaps (up to 0.2 em) and a wide one between words."""
    rnd = random.Random(seed)
    placed: list[tuple[str, float]] = []
    for c in text:
        if c == " ":
            x += _width(" ", size) + 4.0
            continue
        placed.append((c, x))
        x += _width(c, size) + rnd.uniform(0.0, 0.2 * size)
    rnd.shuffle(placed)
    return b"".join(hp.text_op(c, cx, y, size=size) for c, cx in placed)


CASES: dict[str, list[bytes]] = {
    # a space between the letters, two between the words
    "name_spaces": [hp.text_op(f"Contactpersoon: {_spaced(NAME)}", 72, 700)],
    # character by character at irregular gaps
    "name_charwise": [hp.text_op("Behandeld door:", 72, 700) + _charwise(NAME, 160, 700, seed=3)],
    # character by character, one text object per character, in any order
    "name_shuffled": [hp.text_op("Behandeld door:", 72, 700) + _shuffled(NAME, 160, 700, seed=3)],
    # character spacing (Tc) in a text object of its own
    "name_char_spacing": [
        hp.text_op("Behandeld door:", 72, 700)
        + hp.text_op(NAME, 160, 700, prefix=b"3 Tc")
        + hp.text_op("adviseur vergunningen.", 380, 700, prefix=b"0 Tc")
    ],
    # one name over two text objects, drawn slightly apart
    "name_split": [
        hp.text_op("Behandeld door:", 72, 700)
        + hp.text_op("Hendr", 160, 700)
        + hp.text_op("ikje Bosscher", 160 + _width("Hendr") + 2.0, 700)
    ],
    "identifiers": [
        hp.text_op(f"Rekeningnummer: {_spaced(IBAN)}", 72, 700),
        hp.text_op(f"E-mail: {' '.join(EMAIL)}", 72, 684),
        hp.text_op(f"BSN: {' '.join(BSN)}", 72, 668),
    ],
    # a short surname: plainly once, letter-spaced as a word, and inside a street name
    "short_surname": [
        hp.text_op("Behandeld door: Jan Bos, adviseur vergunningen.", 72, 700),
        hp.text_op("Vragen? Bel  B o s  of het team.", 72, 684),
        hp.text_op("Het B o s c h p a d is afgesloten.", 72, 668),
    ],
}
# What each case names, none of which may be readable in the output.
GONE: dict[str, tuple[str, ...]] = {
    "name_spaces": ("hendrikje", "bosscher"),
    "name_charwise": ("hendrikje", "bosscher"),
    "name_shuffled": ("hendrikje", "bosscher"),
    "name_char_spacing": ("hendrikje", "bosscher"),
    "name_split": ("hendr", "ikje", "bosscher"),
    "identifiers": ("nl91abna0417164300", "h.bosscher@gmail.com", "bosscher", BSN),
    "short_surname": ("janbos",),
}
# What stays readable in each (besides the heading and the letter's own lines).
KEPT: dict[str, tuple[str, ...]] = {
    "name_spaces": ("contactpersoon:",),
    "name_charwise": ("behandelddoor:",),
    "name_shuffled": ("behandelddoor:",),
    "name_char_spacing": ("behandelddoor:", "adviseurvergunningen."),
    "name_split": ("behandelddoor:",),
    "identifiers": ("rekeningnummer:", "e-mail:", "bsn:"),
    "short_surname": ("vragen?bel", "ofhetteam.", "hetboschpadisafgesloten."),
}


@pytest.fixture(scope="module", params=[True, False], ids=["model", "no-model"])
def runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Path, Path, Path]]:
    """Every case run once: (input, published PDF, review file)."""
    tmp = tmp_path_factory.mktemp("spaced-detection")
    out = tmp / "out"
    inputs = [hp.write(tmp / f"{case}.pdf", _page(lines)) for case, lines in CASES.items()]
    result = api.run(inputs, out, api.Options(use_model=request.param))
    assert result.ok, [o.error for o in result.outcomes]
    return {
        case: (tmp / f"{case}.pdf", out / f"{case}.pdf", out / f"{case}.review.json")
        for case in CASES
    }


# The data each case gives only letter-spaced (the short surname stands plainly too).
DATA: dict[str, tuple[str, ...]] = {
    "name_spaces": (NAME,),
    "name_charwise": (NAME,),
    "name_char_spacing": (NAME,),
    "name_split": (NAME,),
    "identifiers": (IBAN, EMAIL, BSN),
}


@pytest.mark.parametrize("case", sorted(DATA))
def test_the_inputs_give_the_data_only_spaced(case: str, tmp_path: Path) -> None:
    """The premise: as extracted, the data stands in its document only with spaces
    inside its words."""
    text = extract(hp.write(tmp_path / "in.pdf", _page(CASES[case]))).pages[0].text
    words = " ".join(text.split())
    for data in DATA[case]:
        assert data not in words and _flat(data) in _flat(text), (case, words)


@pytest.mark.parametrize("case", sorted(CASES))
def test_data_given_only_letter_spaced_is_redacted(
    case: str, runs: dict[str, tuple[Path, Path, Path]]
) -> None:
    _src, out, _review = runs[case]
    text = pdftotext(out)
    flat = _flat(text)
    for word in GONE[case]:
        assert word not in flat, (case, word)
    for word in KEPT[case]:
        assert word in flat, (case, word)
    assert "nota" in flat and "wijhebbenuwaanvraagontvangen" in flat


def test_a_short_surname_is_redacted_as_a_word_not_inside_one(
    runs: dict[str, tuple[Path, Path, Path]],
) -> None:
    _src, out, _review = runs["short_surname"]
    words = " ".join(pdftotext(out).split())
    assert "B o s c h p a d" in words  # inside a longer word: not the surname
    assert "Bos" not in _flat(words.replace("B o s c h p a d", "")).title()
    assert "Vragen? Bel 5.1.2e of het team." in words


@pytest.mark.parametrize("case", ["name_spaces", "name_charwise", "identifiers"])
def test_spaced_findings_carry_their_provenance(
    case: str, runs: dict[str, tuple[Path, Path, Path]]
) -> None:
    """Found on the letter-spaced view: rule id ``spaced:...``, a lower score, and
    flagged for review in the explanation."""
    _src, _out, review = runs[case]
    findings = json.loads(review.read_text(encoding="utf-8"))["findings"]
    spaced = [f for f in findings if f["rule_id"].startswith("spaced:")]
    assert spaced, findings
    for f in spaced:
        assert f["action"] == "redact"
        assert f["score"] < 1.0
        assert "ter beoordeling" in f["explanation"]
    if case == "identifiers":
        assert {f["entity_type"] for f in spaced} >= {"IBAN_CODE", "EMAIL_ADDRESS", "NL_BSN"}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_letter_spaced_heading_stays_readable_and_unboxed(
    case: str, runs: dict[str, tuple[Path, Path, Path]]
) -> None:
    src, out, review = runs[case]
    assert _flat(pdftotext(src)).startswith("nota")
    assert _flat(pdftotext(out)).startswith("nota")
    findings = json.loads(review.read_text(encoding="utf-8"))["findings"]
    assert not [f for f in findings if _flat(f["text"]) == "nota"]


# --- verification: a letter-spaced occurrence is kept only by a decision ----------

PERSON = "Pieter Janssen"
MAIL = "p.janssen@voorbeeld.nl"


def _leak_pdf(path: Path) -> Path:
    """Name and e-mail address plainly, and again letter-spaced."""
    return hp.write(
        path,
        _page(
            [
                hp.text_op(f"Behandeld door: {PERSON}, adviseur vergunningen.", 72, 700),
                hp.text_op(f"E-mail: {MAIL}", 72, 684),
                hp.text_op(f"Contact: {_spaced(PERSON)}", 72, 660),
                hp.text_op(f"Mail: {' '.join(MAIL)}", 72, 644),
            ]
        ),
    )


def test_a_letter_spaced_leak_fails_the_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the letter-spaced view and propagation the spaced mentions stay in
    the output; the input's spaced occurrences count as kept only under a KEEP
    decision, so verification fails the document and no PDF is written."""
    from redactie import resolve

    src = _leak_pdf(tmp_path / "leak.pdf")
    stages = resolve.stages
    monkeypatch.setattr(api, "spaced_findings", lambda document, engine: [])
    monkeypatch.setattr(
        resolve, "stages", lambda: [(n, s) for n, s in stages() if n != "propagate_spaced"]
    )
    out = tmp_path / "out"
    result = api.run([src], out, api.Options(use_model=False))
    (outcome,) = result.outcomes
    assert outcome.status != api.PUBLISHED
    assert "nog leesbaar" in str(outcome.error)
    assert not (out / "leak.pdf").exists()
    # what it says holds no personal data
    assert "janssen" not in str(outcome.error).casefold()


def test_the_same_document_is_published_with_the_spaced_mentions_redacted(
    tmp_path: Path,
) -> None:
    src = _leak_pdf(tmp_path / "leak.pdf")
    out = tmp_path / "out"
    result = api.run([src], out, api.Options(use_model=False))
    assert result.ok, [o.error for o in result.outcomes]
    flat = _flat(pdftotext(out / "leak.pdf"))
    assert "janssen" not in flat and "pieter" not in flat and "voorbeeld.nl" not in flat
    assert "contact:" in flat and "mail:" in flat
