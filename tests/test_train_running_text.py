"""Tests for the hand-written running-text corpus and its renderer."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import spacy

from redactie.train.data import generated_to_doc
from redactie.train.names import NameLists
from redactie.train.running_text import (
    CORPUS_DIR,
    SLOT_RE,
    Block,
    CorpusError,
    CorpusPerson,
    MarkPools,
    PersonMaker,
    block_errors,
    load_corpus,
    render_block,
    running_docs,
)


@pytest.fixture(scope="module")
def names() -> NameLists:
    return NameLists(
        first_m=["Jan", "Pieter", "Mohamed", "Kees", "Luc", "Bram"],
        first_f=["Anna", "Sanne", "Fatima", "Els", "Marieke", "Ingrid"],
        last=["de Vries", "Jansen", "van den Berg", "Bakker", "Peeters", "Smit"],
        last_rare=["Oosterbroek", "van Wijngaarden", "Kuipers", "ter Horst"],
        foreign_first=["John", "Maria", "Piotr"],
        foreign_last=["Nowak", "Smith", "García"],
    )


@pytest.fixture(scope="module")
def corpus() -> list[Block]:
    return load_corpus()


def test_shipped_corpus_is_well_formed_and_substantial(corpus: list[Block]) -> None:
    files = {b.source for b in corpus}
    assert len(files) >= 5, files
    assert len(corpus) >= 500
    text = "\n".join(b.text for b in corpus)
    slots = [m.group(3) for m in SLOT_RE.finditer(text)]
    assert len(slots) >= 5000
    # the weak spot of licence-clean models: bare surnames must be well represented
    assert sum(s == "s" for s in slots) / len(slots) >= 0.35
    assert len(set(re.findall(r"\|(ORG|LOC)\]", text))) == 2


def test_no_person_written_literally(corpus: list[Block]) -> None:
    assert not any("|PER]" in b.text for b in corpus)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Dat zei {M1 gisteren.", "stray"),
        ("Dat zei {P1}.", "bad slot"),
        ("Dat zei {M1x}.", "bad slot"),
        ("Hij werkt bij [KPN|COMPANY].", "bad mark"),
        ("Hij werkt bij [KPN.", "stray"),
        ("Hij werkt bij KPN|ORG].", "stray"),
    ],
)
def test_malformed_passages_are_reported(text: str, needle: str) -> None:
    errors = block_errors(text)
    assert errors and any(needle in e for e in errors), errors


def test_malformed_file_raises_with_location(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("# comment\n\n{M1} komt.\n\nDat zei {Q1}.\n")
    with pytest.raises(CorpusError, match=r"x\.txt:5"):
        load_corpus(tmp_path)
    assert len(load_corpus(tmp_path, strict=False)) == 1


def test_render_keeps_people_consistent(names: NameLists) -> None:
    block = Block(
        "t.txt",
        1,
        "{V1:nl} en {M2:int} kwamen naar [Gent|LOC]. {V1s} sprak, {M2s} zweeg. "
        "Volgens {V1f} was [De Standaard|MISC] erbij. {V1i}, {M2k} en {V1g} boek.",
    )
    maker = PersonMaker(names, random.Random(3))
    doc = render_block(block, maker)
    spans = [(doc.text[s:e], lab) for s, e, lab in doc.spans]
    assert ("Gent", "LOC") in spans
    assert all(lab != "MISC" for _, lab in spans)
    assert "De Standaard" in doc.text and "[" not in doc.text and "{" not in doc.text
    per = [t for t, lab in spans if lab == "PER"]
    full_v, full_m, bare_v, bare_m, first_v = per[:5]
    assert full_v.startswith(first_v + " ")
    assert full_v.lower().endswith(bare_v.lower())
    assert full_m.endswith(bare_m)
    assert bare_m in names.foreign_last
    assert bare_v[0].isupper()  # a bare surname starts with a capital: "Van den Berg"


def test_rendering_is_deterministic_and_varies(names: NameLists, corpus: list[Block]) -> None:
    sample = corpus[:40]
    a = [d.text for d in running_docs(names, sample, renders=2, seed=1)]
    b = [d.text for d in running_docs(names, sample, renders=2, seed=1)]
    c = [d.text for d in running_docs(names, sample, renders=2, seed=2)]
    assert a == b
    assert a != c


def test_dev_share_is_disjoint(names: NameLists, corpus: list[Block]) -> None:
    dev = {b.key for b in corpus if b.is_dev()}
    assert 0.04 * len(corpus) < len(dev) < 0.2 * len(corpus)
    train_texts = list(running_docs(names, corpus, renders=1, seed=1))
    dev_texts = list(running_docs(names, corpus, renders=1, seed=1, dev=True))
    assert len(train_texts) + len(dev_texts) == len(corpus)


def test_spans_align_with_spacy_tokens(names: NameLists, corpus: list[Block]) -> None:
    nlp = spacy.blank("nl")
    n = bad = 0
    for g in running_docs(names, corpus, renders=1, seed=4):
        for s, e, _ in g.spans:
            assert g.text[s:e] == g.text[s:e].strip()
        _, b = generated_to_doc(nlp, g)
        n += len(g.spans)
        bad += b
    assert n > 0 and bad / n < 0.01


def test_corpus_dir_holds_the_format_description() -> None:
    assert (CORPUS_DIR / "FORMAT.md").is_file()


def test_mark_swapping_keeps_labels_and_alignment(names: NameLists) -> None:
    blocks = [
        Block("t.txt", 1, "{M1} werkt bij [Mobistar|ORG] in [Gent|LOC]."),
        Block("t.txt", 3, "[Invensys|ORG] opent een vestiging in [Eritrea|LOC]."),
        Block("t.txt", 5, "[Het Parool|ORG] schreef erover."),
    ]
    pools = MarkPools.from_blocks(blocks, swap_rate=1.0)
    assert "Het Parool" not in pools.org and {"Mobistar", "Invensys"} <= set(pools.org)
    maker = PersonMaker(names, random.Random(1))
    seen: set[str] = set()
    for _ in range(50):
        for block in blocks:
            doc = render_block(block, maker, pools)
            labels = [lab for _, _, lab in doc.spans]
            assert labels.count("ORG") == block.text.count("|ORG]")
            assert labels.count("LOC") == block.text.count("|LOC]")
            seen |= {doc.text[s:e] for s, e, lab in doc.spans if lab == "ORG"}
    assert "Het Parool" in seen  # names with an article are never swapped
    assert len(seen - {"Mobistar", "Invensys", "Het Parool"}) > 0  # invented names


def test_acronym_and_lowercase_particle_forms() -> None:
    p = CorpusPerson(first="Peter-Jan", particle="de", core="Vries", origin="nl")
    assert p.acronym(upper=False) == "PJdV"
    assert p.acronym(upper=True) == "PJDV"
    assert p.render("s") == "De Vries"
    low = CorpusPerson(first="Frank", particle="de", core="Boer", origin="nl", lower_bare=True)
    assert low.render("s") == "de Boer"
    doc = render_block(Block("t.txt", 1, "{M1s} zei het. Dat vond {M1s}."), _FixedMaker(low))
    assert doc.text.startswith("De Boer zei het.")
    assert "vond de Boer" in doc.text


class _FixedMaker(PersonMaker):
    def __init__(self, person: CorpusPerson) -> None:
        super().__init__(NameLists(), random.Random(0))
        self.person = person

    def make(self, female: bool, origin: str | None) -> CorpusPerson:
        return self.person


def test_renders_directive_caps_a_file(tmp_path: Path, names: NameLists) -> None:
    (tmp_path / "a.txt").write_text("# renders: 1 (weighed down)\n\n{M1} komt.\n\n{V1s} gaat.\n")
    (tmp_path / "b.txt").write_text("# gewoon commentaar\n{M1} blijft.\n")
    blocks = load_corpus(tmp_path)
    assert [b.max_renders for b in blocks] == [1, 1, None]
    train = [b for b in blocks if not b.is_dev()]
    docs = list(running_docs(names, blocks, renders=3, seed=1))
    capped = sum(b.max_renders == 1 for b in train)
    assert len(docs) == capped + 3 * (len(train) - capped)
