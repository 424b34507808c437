"""The scoring of ``benchmarks/evaluate.py`` on a synthetic example (no model, no PDFs)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "benchmarks_evaluate", ROOT / "benchmarks" / "evaluate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ev = _load()

PAGES = [
    "Van: Bram Zomer\nNa de zomer belt Zomer met de minister.\nT 06-1234\n5678, Postbus 20011",
    "Groet,\nBram Zomer-\nVisser, Den Haag",
]

EXPECTED = ev.Expected.from_dict(
    {
        "document": "x.pdf",
        "redact": [
            {"text": "Bram Zomer", "entity": "PERSON"},
            {"text": "Zomer", "entity": "PERSON"},
            {"text": "Bram Zomer-Visser", "entity": "PERSON"},
            {"text": "06-1234 5678", "entity": "PHONE_NUMBER"},
        ],
        "keep": ["zomer", "Postbus 20011", "Den Haag", "Ondergrond"],
    }
)


def span(page: int, text: str, entity: str, nth: int = 0) -> Any:
    start = -1
    for _ in range(nth + 1):
        start = PAGES[page].index(text, start + 1)
    return ev.Span(page=page, start=start, end=start + len(text), text=text, entity=entity)


def test_pattern_is_case_sensitive_word_bounded_and_whitespace_insensitive() -> None:
    pattern = ev.string_pattern("Bram Zomer-Visser")
    assert pattern.search("Bram\n Zomer-\nVisser")
    assert not pattern.search("Bram Zomer-Visserman")
    assert not ev.string_pattern("Post").search("Postbus 20011")
    assert not ev.string_pattern("Zomer").search("na de zomer")
    assert ev.string_pattern("Heuvel-Smit", optional_hyphen=True).search("HeuvelSmit")


def test_locate_drops_contained_and_overlapped_occurrences() -> None:
    located = ev.locate(PAGES, EXPECTED)
    texts = sorted((s.page, s.text) for s in located.redact)
    # "Zomer" and "Bram Zomer" inside longer occurrences are not counted twice.
    assert texts == [
        (0, "06-1234 5678"),
        (0, "Bram Zomer"),
        (0, "Zomer"),
        (1, "Bram Zomer-Visser"),
    ]
    assert sorted(s.text for s in located.keep) == ["Den Haag", "Postbus 20011", "zomer"]
    assert located.missing == ["Ondergrond"]


def test_scores_recall_precision_and_keep_violations() -> None:
    findings = [
        span(0, "Bram Zomer", "PERSON"),
        span(0, "06-1234\n5678", "PHONE_NUMBER"),
        span(1, "Bram Zomer-\nVisser", "LOCATION"),  # covered, but as the wrong type
        span(0, "zomer", "PERSON"),  # a keep violation and a false finding
    ]
    score = ev.score_document(PAGES, EXPECTED, findings)
    person = score.entities["PERSON"]
    assert (person.expected, person.recalled, person.recalled_typed) == (3, 2, 1)
    assert [s.text for s in score.leaked] == ["Zomer"]
    assert person.recall == pytest.approx(2 / 3)
    assert person.leak_rate == pytest.approx(1 / 3)
    assert (person.findings, person.true_findings) == (2, 1)
    assert score.entities["PHONE_NUMBER"].recall == 1.0
    total = score.total
    assert (total.findings, total.true_findings) == (4, 3)
    assert [k.text for k in score.keep_violations] == ["zomer"]
    assert [f.text for f in score.false_findings] == ["zomer"]
    # characters: 9 + 11 + 16 inside expected occurrences, 5 outside
    assert (score.true_chars, score.redacted_chars) == (36, 41)


def test_partly_covered_occurrence_is_a_leak() -> None:
    findings = [span(1, "Bram Zomer", "PERSON")]
    score = ev.score_document(PAGES, EXPECTED, findings)
    assert "Bram Zomer-Visser" in [s.text for s in score.partial]
    assert score.entities["PERSON"].recalled == 0


def test_corpus_totals_and_json_rendering() -> None:
    evaluation = ev.Evaluation(corpus="synthetic", use_model=False)
    evaluation.documents["x.pdf"] = ev.score_document(
        PAGES, EXPECTED, [span(0, "Bram Zomer", "PERSON")]
    )
    evaluation.documents["y.pdf"] = ev.score_document(PAGES, EXPECTED, [])
    assert evaluation.total.entities["PERSON"].expected == 6
    assert evaluation.total.entities["PERSON"].recalled == 1
    table = ev.render_table(evaluation)
    assert "PERSON" in table and "Leaked" in table
    assert "Leaked" not in ev.render_table(evaluation, summary=True)
    assert '"format": "redactie-evaluation/1"' in ev.render_json(evaluation)


def test_review_file_findings_are_redact_only_and_zero_based() -> None:
    data = {
        "findings": [
            {
                "page": 2,
                "start": 0,
                "end": 4,
                "text": "Bram",
                "entity_type": "PERSON",
                "action": "redact",
            },
            {
                "page": 1,
                "start": 0,
                "end": 3,
                "text": "Van",
                "entity_type": "PERSON",
                "action": "keep",
            },
        ]
    }
    spans = ev.findings_from_review(data)
    assert [(s.page, s.text) for s in spans] == [(1, "Bram")]


def test_optional_strings_are_neither_leaks_nor_false_findings() -> None:
    pages = ["Aan mw. drs. Bram Zomer, 3514 BK Utrecht. Utrecht is mooi."]
    expected = ev.Expected.from_dict(
        {
            "document": "z.pdf",
            "redact": [
                {"text": "Bram Zomer", "entity": "PERSON"},
                {"text": "3514 BK", "entity": "NL_ADDRESS"},
            ],
            "keep": ["Utrecht"],
            "optional": ["mw. drs. Bram Zomer", "3514 BK Utrecht", "mw."],
        }
    )
    text = pages[0]

    def at(s: str, entity: str) -> Any:
        i = text.index(s)
        return ev.Span(page=0, start=i, end=i + len(s), text=s, entity=entity)

    findings = [
        at("drs. Bram Zomer", "PERSON"),
        at("3514 BK Utrecht", "NL_ADDRESS"),
        at("mw.", "PERSON"),  # only on an optional string: not scored
    ]
    score = ev.score_document(pages, expected, findings)
    assert score.total.recall == 1.0
    assert (score.total.findings, score.total.true_findings) == (2, 2)
    assert [f.text for f in score.neutral_findings] == ["mw."]
    assert score.keep_violations == []  # the second "Utrecht" is untouched
    assert score.keep_occurrences == 1
    assert score.char_precision == 1.0
