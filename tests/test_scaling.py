"""Indexes used for long documents give the same answers as the naive versions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from redactie.verify import StringIndex, TextIndex, _nospace, count, count_loose

# A small alphabet, so strings share prefixes and occur in the text often.
_ALPHABET = st.sampled_from(list("ab0-@. \n\u00a0é"))
_TEXT = st.text(alphabet=_ALPHABET, max_size=200)
_STRINGS = st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=30), max_size=25)


@settings(max_examples=300, deadline=None)
@given(_TEXT, _STRINGS)
def test_string_index_candidates_match_naive(text: str, strings: list[str]) -> None:
    ns = _nospace(text)
    expected = sorted({s for s in strings if s and (len(_nospace(s)) < 3 or _nospace(s) in ns)})
    assert StringIndex(strings).candidates(text) == expected


@settings(max_examples=300, deadline=None)
@given(_TEXT, _STRINGS)
def test_text_index_counts_match_findall(text: str, strings: list[str]) -> None:
    strings = [s for s in strings if s.strip()]
    index = TextIndex(text, strings)
    for s in strings:
        assert index.count(s) == count(text, s)
        assert index.count_loose(s) == count_loose(text, s)


def test_text_index_long_shared_prefixes() -> None:
    phones = [f"06-1234{k:04d}" for k in range(300)]
    text = " ".join(f"bel {p} of {p[:-1]} x{p}" for p in phones)
    index = TextIndex(text, phones)
    for p in phones[::7]:
        assert index.count(p) == count(text, p)
        assert index.count_loose(p) == count_loose(text, p)
    assert StringIndex(phones).candidates(text) == sorted(phones)
