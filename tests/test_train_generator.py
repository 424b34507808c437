"""Tests for the Woo-style document generator."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from redactie.train.data import generated_to_doc
from redactie.train.generator import GENRE_WEIGHTS, generate_docs
from redactie.train.names import NameLists, is_heldout, load_names, split_surname

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="module")
def names() -> NameLists:
    return NameLists(
        first_m=["Jan", "Pieter", "Mohamed", "Kees", "Luc", "Bram", "Willem", "Ahmet"],
        first_f=["Anna", "Sanne", "Fatima", "Els", "Marieke", "Ingrid", "Lotte", "Yara"],
        last=["de Vries", "Jansen", "van den Berg", "Bakker", "Peeters", "Yilmaz", "Smit"],
        last_rare=["Oosterbroek", "van Wijngaarden", "Kuipers", "Verhoeven", "ter Horst"],
        foreign_first=["John", "Maria", "Piotr"],
        foreign_last=["Nowak", "Smith", "García"],
    )


def test_deterministic_with_seed(names: NameLists) -> None:
    a = generate_docs(names, 15, seed=5)
    b = generate_docs(names, 15, seed=5)
    c = generate_docs(names, 15, seed=6)
    assert [d.text for d in a] == [d.text for d in b]
    assert [d.spans for d in a] == [d.spans for d in b]
    assert [d.text for d in a] != [d.text for d in c]


def test_spans_align_to_tokens(names: NameLists) -> None:
    nlp = spacy.blank("nl")
    n_spans = n_bad = 0
    for g in generate_docs(names, 150, seed=1):
        for s, e, label in g.spans:
            assert label in {"PER", "ORG", "LOC"}
            span_text = g.text[s:e]
            assert span_text == span_text.strip() and span_text
        doc, bad = generated_to_doc(nlp, g)
        n_spans += len(g.spans)
        n_bad += bad
        # no entity contains a line break or starts/ends on punctuation
        for ent in doc.ents:
            assert "\n" not in ent.text
            assert not ent[0].is_punct or ent[0].text == "'"  # 's-Hertogenbosch
            assert not ent[-1].is_punct or ent.text.endswith(".")
    assert n_spans > 2000
    assert n_bad / n_spans < 0.005


def test_variety(names: NameLists) -> None:
    docs = generate_docs(names, 200, seed=3)
    assert {d.genre for d in docs} == set(GENRE_WEIGHTS)
    skeletons = {sk for d in docs for sk in d.skeletons}
    assert len(skeletons) >= 300
    first_words = {d.text.split()[0] for d in docs}
    assert len(first_words) >= 50
    # person names occur in many syntactic positions
    per_contexts = set()
    for d in docs:
        for s, _e, lab in d.spans:
            if lab == "PER":
                before = d.text[max(0, s - 20) : s].split()
                per_contexts.add(before[-1] if before else "<start>")
    assert len(per_contexts) >= 100


def test_layouts_and_hard_negatives(names: NameLists) -> None:
    docs = generate_docs(names, 300, seed=4)
    text = "\n".join(d.text for d in docs)
    assert "Van: " in text and "Aanwezig" in text and "Geachte" in text
    assert "\n" in docs[0].text
    # bare surnames that refer back to a person introduced earlier
    bare = 0
    for d in docs:
        pers = [d.text[s:e] for s, e, lab in d.spans if lab == "PER"]
        bare += sum(1 for p in pers if " " not in p and any(p in q and p != q for q in pers))
    assert bare > 100
    # streets named after people are LOC, organisations with person-like names ORG
    labels = {d.text[s:e]: lab for d in docs for s, e, lab in d.spans}
    assert any(
        lab == "LOC" and t.endswith(("laan", "straat", "plein")) for t, lab in labels.items()
    )
    for d in docs:
        for s, e, lab in d.spans:
            if d.text[s:e] in {"Albert Heijn", "Jan Linders", "Van der Valk"}:
                assert lab == "ORG"
            if d.text[s:e] in {"Willem de Zwijgerlaan", "Johan de Wittlaan"}:
                assert lab == "LOC"


def test_split_surname() -> None:
    assert split_surname("van den Berg") == ("van den", "Berg")
    assert split_surname("Jansen") == ("", "Jansen")
    assert split_surname("'s Gravensande") == ("'s", "Gravensande")


@pytest.mark.skipif(not (DATA / "names-nl").exists(), reason="shared name lists not available")
def test_heldout_names_disjoint() -> None:
    train = load_names(DATA, rare=False)
    held = load_names(DATA, heldout=True, rare=False)
    assert held.last and held.first_m
    assert not set(train.last) & set(held.last)
    assert not set(train.all_first()) & set(held.all_first())
    assert all(is_heldout(n) for n in held.last)
