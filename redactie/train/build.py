"""One-command training: prepare data, train, package (``make model``).

    python -m redactie.train.build [--data ../shared/data] [--out models/nl_woo_ner]
                                   [--extra PATH ...] [--with-conll-train]

Steps:

1. Entity-ruler patterns from all given-name lists (the ruler is not used in training).
2. Training data: Europeana NER (CC0, ICDAR split, IOB1 -> IOB2) + generated
   Woo-style documents (seed ``--seed``), plus any ``--extra`` CoNLL / .spacy data.
   ``--with-conll-train`` adds CoNLL-2002 ``ned.train`` (research-only licence: use
   only for the comparison model, never for the shipped one).
3. Dev data: Europeana dev + generated documents with another seed.
4. ``spacy train`` with ``models/config.cfg`` (fixed seed, CPU).
5. Copy ``model-best`` to ``--out`` and write its ``meta.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from pathlib import Path

import spacy

from redactie.train import MODEL_NAME
from redactie.train.data import (
    conll_docs,
    count_entities,
    generated_to_doc,
    read_extra,
    write_docbin,
)
from redactie.train.generator import generate_docs
from redactie.train.names import load_names
from redactie.train.ruler import add_merge_component, write_patterns
from redactie.train.running_text import CORPUS_DIR, load_corpus, running_docs

REPO = Path(__file__).resolve().parents[2]
TRAIN_SEED = 1
DEV_SEED = 2


def prepare(
    data: Path,
    work: Path,
    *,
    n_docs: int,
    n_dev_docs: int,
    extra: list[Path],
    with_conll_train: bool,
    seed: int = TRAIN_SEED,
    running_renders: int = 4,
    corpus: Path = CORPUS_DIR,
) -> dict[str, object]:
    """Write ``train.spacy``, ``dev.spacy`` and ``ruler.jsonl`` into ``work``."""
    nlp = spacy.blank("nl")
    names = load_names(data, heldout=False)
    # The ruler is product knowledge, not training data: it gets all given names.
    write_patterns(load_names(data, heldout=None), work / "ruler.json")
    stats: dict[str, object] = {}

    eur = data / "europeana-newspapers-nl" / "icdar-preprocessed"
    train_docs = list(conll_docs(nlp.vocab, eur / "train.txt", group=2))
    dev_docs = list(conll_docs(nlp.vocab, eur / "dev.txt", group=2))
    stats["europeana_train"] = {"docs": len(train_docs), "ents": count_entities(train_docs)}

    gen_train = []
    bad = 0
    for g in generate_docs(names, n_docs, seed):
        doc, b = generated_to_doc(nlp, g)
        bad += b
        gen_train.append(doc)
    stats["generated_train"] = {
        "docs": len(gen_train),
        "tokens": sum(len(d) for d in gen_train),
        "ents": count_entities(gen_train),
        "misaligned_spans": bad,
    }
    train_docs += gen_train
    for g in generate_docs(names, n_dev_docs, seed + DEV_SEED * 1000):
        dev_docs.append(generated_to_doc(nlp, g)[0])

    # Hand-written running text, each passage rendered with several casts of names;
    # one passage in ten (stable by content) goes to the dev set only.
    blocks = load_corpus(corpus)
    run_train = []
    bad = 0
    for g in running_docs(names, blocks, renders=running_renders, seed=seed + 7):
        doc, b = generated_to_doc(nlp, g)
        bad += b
        run_train.append(doc)
    stats["running_text_train"] = {
        "passages": sum(not b.is_dev() for b in blocks),
        "renders": running_renders,
        "docs": len(run_train),
        "tokens": sum(len(d) for d in run_train),
        "ents": count_entities(run_train),
        "misaligned_spans": bad,
    }
    train_docs += run_train
    for g in running_docs(names, blocks, renders=1, seed=seed + DEV_SEED * 1000, dev=True):
        dev_docs.append(generated_to_doc(nlp, g)[0])

    if with_conll_train:
        conll = list(conll_docs(nlp.vocab, data / "ner-nl" / "ned.train", "latin-1"))
        stats["conll_ned_train"] = {"docs": len(conll), "ents": count_entities(conll)}
        train_docs += conll
    for path in extra:
        ex = list(read_extra(nlp, path))
        stats[f"extra:{path}"] = {"docs": len(ex), "ents": count_entities(ex)}
        train_docs += ex

    write_docbin(train_docs, work / "train.spacy")
    write_docbin(dev_docs, work / "dev.spacy")
    stats["train_tokens"] = sum(len(d) for d in train_docs)
    stats["dev_docs"] = len(dev_docs)
    (work / "data_stats.json").write_text(json.dumps(stats, indent=2, ensure_ascii=False))
    return stats


def train(config: Path, work: Path, out_dir: Path, *, seed: int = 42) -> float:
    from spacy.cli.train import train as spacy_train

    t0 = time.time()
    spacy_train(
        config,
        out_dir,
        overrides={
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "dev.spacy"),
            "paths.ruler_patterns": str(work / "ruler.json"),
            "system.seed": seed,
        },
        use_gpu=-1,
    )
    return time.time() - t0


def package(trained: Path, target: Path, *, stats: dict[str, object], seconds: float,
            comparison: bool) -> None:  # fmt: skip
    if target.exists():
        shutil.rmtree(target)
    nlp = spacy.load(trained / "model-best")
    add_merge_component(nlp)
    nlp.to_disk(target)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update(
        {
            "name": "woo_ner" if not comparison else "woo_ner_conll_comparison",
            "version": "0.1.0",
            "description": (
                "Dutch NER (PER/ORG/LOC) for redacting Woo documents: entity ruler with "
                "given names + CNN tok2vec + transition-based NER, CPU."
            ),
            "author": "redactie",
            "license": "CC0-1.0 training data (Europeana NER) + generated data; see MODEL_CARD.md"
            if not comparison
            else "RESEARCH ONLY (trained on CoNLL-2002); do not distribute",
            "sources": [
                {
                    "name": "Europeana Newspapers NER (KB, Dutch), ICDAR 2021 split",
                    "license": "CC0",
                },
                {"name": "redactie generated Woo-style documents", "license": "EUPL-1.2"},
                {"name": "Faker nl_NL / nl_BE name lists", "license": "MIT"},
                {
                    "name": "Statbel 2022 first and family names (via Faker)",
                    "license": "Statbel Open Data",
                },
                {"name": "WOO Buddy seed lists (Meertens NVB / CBS)", "license": "MIT"},
                {
                    "name": "Meertens/CBG family names >= 5 bearers (digitalheir)",
                    "license": "CC0 (training only)",
                },
            ],
            "training": {"seconds": round(seconds), "data": stats},
        }
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Train and package redactie's Dutch NER model.")
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--config", type=Path, default=REPO / "models" / "config.cfg")
    ap.add_argument("--out", type=Path, default=REPO / "models" / MODEL_NAME)
    ap.add_argument("--work", type=Path, default=REPO / "models" / "_work")
    ap.add_argument("--extra", type=Path, action="append", default=[])
    ap.add_argument(
        "--with-conll-train",
        action="store_true",
        help="add CoNLL-2002 ned.train (comparison model only, research licence)",
    )
    ap.add_argument("--n-docs", type=int, default=2500)
    ap.add_argument("--n-dev-docs", type=int, default=120)
    ap.add_argument(
        "--running-renders",
        type=int,
        default=4,
        help="how many times each hand-written running-text passage is rendered",
    )
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--max-epochs", type=int, default=None)
    ap.add_argument("--skip-train", action="store_true", help="only prepare the data")
    args = ap.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    out: Path = args.out
    if args.with_conll_train and args.out == REPO / "models" / MODEL_NAME:
        out = REPO / "models" / "_comparison" / MODEL_NAME
    work = args.work / ("comparison" if args.with_conll_train else "shipped")
    work.mkdir(parents=True, exist_ok=True)
    stats = prepare(
        args.data,
        work,
        n_docs=args.n_docs,
        n_dev_docs=args.n_dev_docs,
        extra=args.extra,
        with_conll_train=args.with_conll_train,
        running_renders=args.running_renders,
    )
    print(json.dumps(stats, indent=2, ensure_ascii=False))
    if args.skip_train:
        return
    config = args.config
    if args.max_epochs is not None:
        from spacy.util import load_config

        cfg = load_config(config)
        cfg["training"]["max_epochs"] = args.max_epochs
        config = work / "config.cfg"
        cfg.to_disk(config)
    seconds = train(config, work, work / "output", seed=args.seed)
    package(work / "output", out, stats=stats, seconds=seconds, comparison=args.with_conll_train)
    print(f"model written to {out} (training took {seconds / 60:.1f} min)")


if __name__ == "__main__":
    main()
