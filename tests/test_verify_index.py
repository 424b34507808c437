"""The string index that keeps verification linear: it may never miss a string."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from redactie.verify import StringIndex, count_loose, normalise

WORDS = st.sampled_from(["Iris", "Verbruggen", "de", "Jan", "jansen", "06-1234", "KB", "x"])


@settings(max_examples=200, deadline=None)
@given(
    strings=st.lists(st.lists(WORDS, min_size=1, max_size=3).map(" ".join), max_size=8),
    text=st.lists(WORDS, max_size=30).map(" ".join),
    glue=st.booleans(),
)
def test_candidates_include_every_string_that_occurs(
    strings: list[str], text: str, glue: bool
) -> None:
    if glue:  # strings glued to their neighbours must still be candidates
        text = text.replace(" ", "", 3)
    strings = [normalise(s) for s in strings]
    text = normalise(text)
    candidates = set(StringIndex(strings).candidates(text))
    for s in strings:
        if count_loose(text, s):
            assert s in candidates, (s, text)


def test_search_is_word_bounded() -> None:
    index = StringIndex(["Iris Verbruggen", "Jan"])
    assert index.search("Contact: Iris\nVerbruggen.")
    assert not index.search("Op 3 januari")
    assert index.search("bel Jan.")
