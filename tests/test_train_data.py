"""Tests for corpus conversion, ruler patterns and surname propagation."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

from redactie.train.data import (
    conll_docs,
    iob1_to_iob2,
    normalise_tags,
    read_conll,
    read_extra,
)
from redactie.train.names import NameLists
from redactie.train.propagate import propagate_surnames
from redactie.train.ruler import build_patterns


def test_iob1_to_iob2() -> None:
    assert iob1_to_iob2(["I-PER", "I-PER", "O", "I-LOC", "I-ORG", "I-ORG"]) == [
        "B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG",
    ]  # fmt: skip
    assert iob1_to_iob2(["B-PER", "I-PER"]) == ["B-PER", "I-PER"]


def test_normalise_drops_misc() -> None:
    assert normalise_tags(["B-MISC", "I-MISC", "B-PER", "I-PER"]) == ["O", "O", "B-PER", "I-PER"]
    assert normalise_tags(["I-MISC", "I-PER"]) == ["O", "B-PER"]


def test_read_conll_latin1_docstart(tmp_path: Path) -> None:
    p = tmp_path / "ned.x"
    p.write_bytes(
        "-DOCSTART- -DOCSTART- O\nIn Prep O\nBelgië N B-LOC\n. Punc O\n\n"
        "Jan N B-PER\nPeeters N I-PER\nwint V O\n\n-DOCSTART- -DOCSTART- O\nZo Adv O\n\n".encode(
            "latin-1"
        )
    )
    docs = read_conll(p, "latin-1")
    assert len(docs) == 2
    assert docs[0][0][0] == ["In", "België", "."]
    nlp = spacy.blank("nl")
    d = next(conll_docs(nlp.vocab, p, "latin-1", group=2))
    assert [(e.text, e.label_) for e in d.ents] == [("België", "LOC"), ("Jan Peeters", "PER")]


def test_read_extra_formats(tmp_path: Path) -> None:
    nlp = spacy.blank("nl")
    doc = nlp.make_doc("Gisteren belde Jan de Vries met Philips in Eindhoven.")
    doc.ents = [
        Span(doc, 2, 5, label="PERSON"),
        Span(doc, 6, 7, label="ORG"),
        Span(doc, 8, 9, label="GPE"),
    ]
    db = DocBin(attrs=["ORTH", "SPACY", "ENT_IOB", "ENT_TYPE"])
    db.add(doc)
    db.to_disk(tmp_path / "x.spacy")
    (tmp_path / "y.conll").write_text("Anna\tI-PER\nwoont\tO\nin\tO\nGent\tI-LOC\n\n")
    out = list(read_extra(nlp, tmp_path))
    labels = [[(e.text, e.label_) for e in d.ents] for d in out]
    assert [("Jan de Vries", "PER"), ("Philips", "ORG"), ("Eindhoven", "LOC")] in labels
    assert [("Anna", "PER"), ("Gent", "LOC")] in labels


def test_ruler_patterns_find_names() -> None:
    names = NameLists(
        first_m=["Jan", "Pieter", "Albert", "Willem"], first_f=["Sanne", "Roos", "An"]
    )
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(build_patterns(names))  # type: ignore[attr-defined]
    doc = nlp("Gisteren sprak Jan de Vries met J.P. Balkenende en Sanne. Roos bloeit.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Jan de Vries", "PER") in ents
    assert ("J.P. Balkenende", "PER") in ents
    assert ("Sanne", "PER") in ents
    assert all(e[0] != "Roos" for e in ents)  # ambiguous given name is not in the ruler
    doc = nlp("An Bruyninckx kwam. Het was An.")
    assert [(e.text, e.label_) for e in doc.ents] == [("An Bruyninckx", "PER")]
    doc = nlp("Koffie bij Albert Heijn aan de Willem de Zwijgerlaan.")
    assert not [e for e in doc.ents if e.label_ == "PER"]
    doc = nlp("De rechter sprak Jan V.d.B. vrij, maar Pieter D. niet. Jan P. Balkenende kwam.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Jan V.d.B.", "PER") in ents and ("Pieter D.", "PER") in ents
    assert ("Jan P. Balkenende", "PER") in ents


def test_propagate_surnames() -> None:
    nlp = spacy.blank("nl")
    doc = nlp.make_doc("Minister Jan de Vries kwam. De Vries zei niets. Later sprak Vries.")
    doc.ents = [Span(doc, 1, 4, label="PER")]
    out = propagate_surnames(doc)
    assert [(e.text, e.label_) for e in out.ents] == [
        ("Jan de Vries", "PER"), ("De Vries", "PER"), ("Vries", "PER"),
    ]  # fmt: skip
    empty = Doc(nlp.vocab, words=["geen", "namen"])
    assert list(propagate_surnames(empty).ents) == []
