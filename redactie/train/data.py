"""Read NER corpora and write spaCy DocBin files.

Formats handled:

- CoNLL-style column files (``WORD ... TAG``, blank line between sentences,
  ``-DOCSTART-`` lines as document breaks), IOB1 or IOB2 tags, any encoding.
- The ICDAR-preprocessed Europeana files (``TOKEN<TAB>TAG``, IOB1 with only ``I-``).
- spaCy ``.spacy`` DocBin files.
- Generated documents (:mod:`redactie.train.generator`).

Labels are normalised to ``PER``, ``ORG`` and ``LOC``; everything else (e.g.
CoNLL's ``MISC``) becomes ``O``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

from redactie.train import LABELS
from redactie.train.generator import GeneratedDoc

Sentence = tuple[list[str], list[str]]

LABEL_MAP: dict[str, str] = {
    "PER": "PER", "PERSON": "PER", "PERS": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC",
}  # fmt: skip


def norm_label(label: str) -> str | None:
    return LABEL_MAP.get(label.upper())


def iob1_to_iob2(tags: list[str]) -> list[str]:
    """Turn IOB1 tags (entities may start with ``I-``) into IOB2 (always ``B-``)."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-"):
            typ = tag[2:]
            if prev == "O" or prev[2:] != typ:
                tag = "B-" + typ
        out.append(tag)
        prev = tag
    return out


def normalise_tags(tags: list[str]) -> list[str]:
    """Map labels to PER/ORG/LOC (others to O) and repair IOB2 after dropping."""
    out: list[str] = []
    for tag in iob1_to_iob2(tags):
        if tag == "O" or "-" not in tag:
            out.append("O")
            continue
        prefix, typ = tag.split("-", 1)
        lab = norm_label(typ)
        out.append(f"{prefix}-{lab}" if lab else "O")
    return iob1_to_iob2(out)


def read_conll(path: Path, encoding: str = "utf-8") -> list[list[Sentence]]:
    """Read a column file into documents of sentences (word = first, tag = last column)."""
    docs: list[list[Sentence]] = [[]]
    words: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if words:
            docs[-1].append((list(words), list(tags)))
            words.clear()
            tags.clear()

    with path.open(encoding=encoding) as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                flush()
                continue
            if line.startswith("-DOCSTART-"):
                flush()
                if docs[-1]:
                    docs.append([])
                continue
            cols = line.split("\t") if "\t" in line else line.split(" ")
            if len(cols) < 2:
                continue
            words.append(cols[0])
            tags.append(cols[-1])
    flush()
    return [d for d in docs if d]


def sentence_doc(vocab: Vocab, words: list[str], tags: list[str]) -> Doc:
    return Doc(vocab, words=words, ents=normalise_tags(tags))


def conll_docs(
    vocab: Vocab, path: Path, encoding: str = "utf-8", *, group: int = 1
) -> Iterator[Doc]:
    """Yield Docs from a column file; ``group`` sentences are joined into one Doc."""
    for doc_sents in read_conll(path, encoding):
        for i in range(0, len(doc_sents), group):
            chunk = doc_sents[i : i + group]
            words = [w for ws, _ in chunk for w in ws]
            tags = [t for _, ts in chunk for t in ts]
            yield sentence_doc(vocab, words, tags)


def article_docs(vocab: Vocab, path: Path, encoding: str = "utf-8") -> list[list[Doc]]:
    """Return articles as lists of sentence Docs (for evaluation with document context)."""
    return [[sentence_doc(vocab, ws, ts) for ws, ts in art] for art in read_conll(path, encoding)]


def generated_to_doc(nlp: Language, gdoc: GeneratedDoc) -> tuple[Doc, int]:
    """Tokenise a generated document and set its entities; returns (doc, misaligned count)."""
    doc = nlp.make_doc(gdoc.text)
    spans: list[Span] = []
    bad = 0
    for start, end, label in gdoc.spans:
        span = doc.char_span(start, end, label=label)
        if span is None:
            bad += 1
            continue
        spans.append(span)
    doc.ents = spans
    return doc, bad


def read_docbin(nlp: Language, path: Path) -> Iterator[Doc]:
    for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
        ents = [
            Span(doc, e.start, e.end, label=lab) for e in doc.ents if (lab := norm_label(e.label_))
        ]
        doc.ents = ents
        yield doc


def read_extra(nlp: Language, path: Path) -> Iterator[Doc]:
    """Extra training data: a ``.spacy`` file, a CoNLL file, or a directory of them."""
    if path.is_dir():
        for p in sorted(path.iterdir()):
            if p.is_file():
                yield from read_extra(nlp, p)
        return
    if path.suffix == ".spacy":
        yield from read_docbin(nlp, path)
        return
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        enc = "latin-1"
    yield from conll_docs(nlp.vocab, path, enc)


def write_docbin(docs: Iterable[Doc], path: Path) -> int:
    db = DocBin(attrs=["ORTH", "SPACY", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


def count_entities(docs: Iterable[Doc]) -> dict[str, int]:
    counts = dict.fromkeys(LABELS, 0)
    for doc in docs:
        for ent in doc.ents:
            counts[ent.label_] = counts.get(ent.label_, 0) + 1
    return counts
