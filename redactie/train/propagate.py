"""Surname propagation: a surname seen in a PER entity marks later bare mentions.

News and Woo documents introduce a person with a full name (``Jan de Vries``) and
then refer back with the surname alone (``De Vries``). This post-processing step
labels such later mentions as ``PER``. It needs no model state and is exposed both
as a function and as a spaCy component (``redactie_surname_propagation``), which
can be added after loading the model::

    import redactie.train.propagate  # registers the component
    nlp = spacy.load("models/nl_woo_ner")
    nlp.add_pipe("redactie_surname_propagation", after="ner")
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from redactie.train.names import TUSSENVOEGSELS

TV_WORDS = frozenset(w for tv in TUSSENVOEGSELS for w in tv.split())
MIN_SURNAME_LEN = 3


def surname_keys(ent: Span) -> set[tuple[str, ...]]:
    """Surname forms of a PER span, lower-cased: ``Jan de Vries`` -> {(de, vries), (vries,)}."""
    toks = [t for t in ent if not t.is_punct]
    keys: set[tuple[str, ...]] = set()
    for i in range(1, len(toks)):
        tail = toks[i:]
        core = tail[-1].text
        if len(core) < MIN_SURNAME_LEN or not core[:1].isupper():
            continue
        head = tail[0].text
        if (head.lower() in TV_WORDS or head[:1].isupper()) and not head.endswith("."):
            keys.add(tuple(t.text.lower() for t in tail))
    return keys


def propagate_surnames(doc: Doc) -> Doc:
    """Label bare, capitalised repetitions of surnames of PER entities as PER."""
    keys: set[tuple[str, ...]] = set()
    for ent in doc.ents:
        if ent.label_ == "PER":
            keys |= surname_keys(ent)
    if not keys:
        return doc
    max_len = max(len(k) for k in keys)
    taken = [False] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            taken[i] = True
    new: list[Span] = []
    i = 0
    while i < len(doc):
        if taken[i] or not doc[i].text[:1].isupper():
            i += 1
            continue
        matched = 0
        for n in range(min(max_len, len(doc) - i), 0, -1):
            if any(taken[i : i + n]):
                continue
            if tuple(t.text.lower() for t in doc[i : i + n]) in keys:
                matched = n
                break
        if matched:
            new.append(Span(doc, i, i + matched, label="PER"))
            i += matched
        else:
            i += 1
    if new:
        doc.ents = sorted([*doc.ents, *new], key=lambda s: s.start)
    return doc


@Language.component("redactie_surname_propagation")
def surname_propagation_component(doc: Doc) -> Doc:
    return propagate_surnames(doc)
