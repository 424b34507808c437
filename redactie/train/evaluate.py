"""Evaluate an NER model the way the model card reports it (``make evaluate``).

    python -m redactie.train.evaluate [--model models/nl_woo_ner] [--data ../shared/data]
                                      [--out models/eval_nl_woo_ner.json]

Measures:

- CoNLL-2002 ``ned.testa`` (research use: evaluation only): precision / recall / F1 per
  label (MISC is not predicted and not scored), exact span match, for the model alone
  and with surname propagation over each article; recall on bare-surname PER mentions.
- Held-out Woo-style documents: generated with a different seed and the held-out slice
  of the name lists (no name in them was used for training). Measured with the
  held-out given names removed from the entity ruler (``woo_heldout``, strict) and
  with the ruler as shipped (``woo_heldout_ruler_as_shipped``). PER
  recall (exact span) and PER token recall (share of PER tokens covered by a predicted
  PER entity, which is what redaction needs).
- Speed: words per second on one core (``nlp.pipe`` over ned.testa articles).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from redactie.train import LABELS, MODEL_NAME
from redactie.train.data import article_docs
from redactie.train.generator import generate_docs
from redactie.train.names import load_names
from redactie.train.propagate import propagate_surnames

REPO = Path(__file__).resolve().parents[2]
HELDOUT_SEED = 9001

Spans = set[tuple[int, int, str]]


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "n_gold": n_gold}


def score_sets(pairs: Iterable[tuple[Spans, Spans]]) -> dict[str, dict[str, float]]:
    tp: Counter[str] = Counter()
    npred: Counter[str] = Counter()
    ngold: Counter[str] = Counter()
    for pred, gold in pairs:
        for s in pred:
            npred[s[2]] += 1
        for s in gold:
            ngold[s[2]] += 1
        for s in pred & gold:
            tp[s[2]] += 1
    out = {lab: prf(tp[lab], npred[lab], ngold[lab]) for lab in LABELS}
    out["ALL"] = prf(sum(tp.values()), sum(npred.values()), sum(ngold.values()))
    return out


def ent_set(doc: Doc) -> Spans:
    return {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in LABELS}


def evaluate_conll(nlp: Language, path: Path) -> dict[str, object]:
    articles = article_docs(nlp.vocab, path, "latin-1")
    plain: list[tuple[Spans, Spans]] = []
    propagated: list[tuple[Spans, Spans]] = []
    first_names = set()
    if "entity_ruler" in nlp.pipe_names:
        ruler: Any = nlp.get_pipe("entity_ruler")
        for pat in ruler.patterns:
            tok = pat["pattern"][0] if isinstance(pat["pattern"], list) else {}
            first_names |= set(tok.get("ORTH", {}).get("IN", []))
    bare_total = bare_found = bare_found_prop = 0
    n_words = 0
    for art in articles:
        gold = Doc.from_docs(art, ensure_whitespace=True)
        words = [t.text for t in gold]
        spaces = [bool(t.whitespace_) for t in gold]
        n_words += len(words)
        preds = [nlp(Doc(nlp.vocab, words=[t.text for t in s])) for s in art]
        pred = Doc.from_docs(preds, ensure_whitespace=True)
        assert [t.text for t in pred] == words and len(spaces) == len(pred)
        g = ent_set(gold)
        p = ent_set(pred)
        plain.append((p, g))
        pp = ent_set(propagate_surnames(pred))
        propagated.append((pp, g))
        for s, e, lab in g:
            if lab == "PER" and e - s == 1 and gold[s].text not in first_names:
                bare_total += 1
                bare_found += (s, e, lab) in p
                bare_found_prop += (s, e, lab) in pp
    return {
        "file": str(path),
        "articles": len(articles),
        "words": n_words,
        "model": score_sets(plain),
        "model+propagation": score_sets(propagated),
        "bare_surname_per": {
            "n": bare_total,
            "recall_model": round(bare_found / bare_total, 4) if bare_total else 0.0,
            "recall_with_propagation": round(bare_found_prop / bare_total, 4)
            if bare_total
            else 0.0,
        },
    }


def evaluate_woo(nlp: Language, data: Path, n_docs: int) -> dict[str, object]:
    names = load_names(data, heldout=True)
    gdocs = generate_docs(names, n_docs, HELDOUT_SEED)
    exact: list[tuple[Spans, Spans]] = []
    exact_prop: list[tuple[Spans, Spans]] = []
    tok_total = tok_cov = tok_cov_prop = 0
    by_genre: dict[str, list[int]] = {}
    for g in gdocs:
        doc = nlp(g.text)
        gold: Spans = set()
        gold_tokens: set[int] = set()
        for s, e, lab in g.spans:
            span = doc.char_span(s, e, label=lab, alignment_mode="expand")
            if span is None:
                continue
            gold.add((span.start, span.end, lab))
            if lab == "PER":
                gold_tokens |= {i for i in range(span.start, span.end) if not doc[i].is_punct}
        pred = ent_set(doc)
        exact.append((pred, gold))
        pred_tok = {i for s, e, lab in pred if lab == "PER" for i in range(s, e)}
        doc = propagate_surnames(doc)
        pred_p = ent_set(doc)
        exact_prop.append((pred_p, gold))
        pred_tok_p = {i for s, e, lab in pred_p if lab == "PER" for i in range(s, e)}
        tok_total += len(gold_tokens)
        tok_cov += len(gold_tokens & pred_tok)
        tok_cov_prop += len(gold_tokens & pred_tok_p)
        gstats = by_genre.setdefault(g.genre, [0, 0])
        gstats[0] += len(gold_tokens)
        gstats[1] += len(gold_tokens & pred_tok_p)
    return {
        "docs": n_docs,
        "seed": HELDOUT_SEED,
        "names": "held-out slice",
        "model": score_sets(exact),
        "model+propagation": score_sets(exact_prop),
        "per_token_recall": round(tok_cov / tok_total, 4) if tok_total else 0.0,
        "per_token_recall_with_propagation": round(tok_cov_prop / tok_total, 4)
        if tok_total
        else 0.0,
        "per_token_recall_by_genre": {
            k: round(v[1] / v[0], 4) if v[0] else 0.0 for k, v in sorted(by_genre.items())
        },
    }


def without_names(model: Path, drop: set[str]) -> Language:
    """Load ``model`` with the given names in ``drop`` removed from its entity ruler."""
    nlp = spacy.load(model)
    if "entity_ruler" not in nlp.pipe_names:
        return nlp
    ruler: Any = nlp.get_pipe("entity_ruler")
    patterns = ruler.patterns
    for pat in patterns:
        if isinstance(pat["pattern"], list):
            for tok in pat["pattern"]:
                orth = tok.get("ORTH")
                if isinstance(orth, dict) and "IN" in orth:
                    orth["IN"] = [n for n in orth["IN"] if n not in drop]
    ruler.clear()
    ruler.add_patterns(patterns)
    return nlp


def measure_speed(nlp: Language, path: Path, repeats: int = 2) -> dict[str, float]:
    articles = article_docs(nlp.vocab, path, "latin-1")
    texts = ["\n".join(s.text for s in art) for art in articles]
    n_words = sum(len(nlp.make_doc(t)) for t in texts)
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        best = min(best, time.perf_counter() - t0)
    return {"words": n_words, "seconds": round(best, 2), "words_per_second": round(n_words / best)}


def model_size_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6, 2)


def evaluate(model: Path, data: Path, *, woo_docs: int = 200) -> dict[str, object]:
    nlp = spacy.load(model)
    return {
        "model": str(model),
        "pipeline": nlp.pipe_names,
        "size_mb": model_size_mb(model),
        "conll2002_ned_testa": evaluate_conll(nlp, data / "ner-nl" / "ned.testa"),
        "woo_heldout": evaluate_woo(
            without_names(model, set(load_names(data, heldout=True, rare=False).all_first())),
            data,
            woo_docs,
        ),
        "woo_heldout_ruler_as_shipped": evaluate_woo(nlp, data, woo_docs),
        "speed_one_core": measure_speed(nlp, data / "ner-nl" / "ned.testa"),
    }


def summary(res: dict[str, object]) -> str:
    c = res["conll2002_ned_testa"]
    w = res["woo_heldout"]
    assert isinstance(c, dict) and isinstance(w, dict)
    lines = [f"model: {res['model']} ({res['size_mb']} MB)"]
    for key in ("model", "model+propagation"):
        per = c[key]["PER"]
        lines.append(
            f"ned.testa PER [{key}]: P {per['p']:.3f} R {per['r']:.3f} F1 {per['f']:.3f}"
            f" | ORG F1 {c[key]['ORG']['f']:.3f} LOC F1 {c[key]['LOC']['f']:.3f}"
        )
    lines.append(f"ned.testa bare-surname PER recall: {c['bare_surname_per']}")
    lines.append(
        f"Woo held-out PER recall: exact {w['model']['PER']['r']:.3f}"
        f" (+prop {w['model+propagation']['PER']['r']:.3f}),"
        f" token {w['per_token_recall']:.3f} (+prop {w['per_token_recall_with_propagation']:.3f}),"
        f" PER precision {w['model']['PER']['p']:.3f}"
    )
    ws = res["woo_heldout_ruler_as_shipped"]
    assert isinstance(ws, dict)
    lines.append(
        f"  (ruler as shipped: exact {ws['model']['PER']['r']:.3f},"
        f" token {ws['per_token_recall_with_propagation']:.3f} with propagation)"
    )
    lines.append(f"speed: {res['speed_one_core']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Evaluate redactie's NER model.")
    ap.add_argument("--model", type=Path, default=REPO / "models" / MODEL_NAME)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--woo-docs", type=int, default=200)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    res = evaluate(args.model, args.data, woo_docs=args.woo_docs)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(res, indent=2, ensure_ascii=False))
    print(summary(res))


if __name__ == "__main__":
    main()
