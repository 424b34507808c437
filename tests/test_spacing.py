"""The letter gaps of a page (``redactie.spacing``): which whitespace stands inside
a word, from the token shapes and the glyph boxes, and nothing on normal text."""

from __future__ import annotations

import pytest

from redactie.spacing import Gap, SpacedView, letter_gaps, reading, spans_gap, view

Box = tuple[float, float, float, float]
HEIGHT = 12.0  # a glyph box's height: the em gaps are measured in


class Boxes:
    """Glyph boxes for a text laid out on one line per text line: every character
    ``advance`` wide, each whitespace run as wide as ``gaps`` gives it (in em, in
    order of the runs), ``space`` otherwise."""

    def __init__(self, text: str, gaps: list[float] | None = None, space: float = 0.25) -> None:
        self.boxes: list[Box | None] = []
        widths = iter(gaps or [])
        x, y = 0.0, 0.0
        i = 0
        while i < len(text):
            c = text[i]
            if c == "\n":
                self.boxes.append(None)
                x, y = 0.0, y + 2 * HEIGHT
                i += 1
                continue
            if c.isspace():
                j = i
                while j < len(text) and text[j].isspace() and text[j] != "\n":
                    j += 1
                w = next(widths, space) * HEIGHT
                for _ in range(i, j):
                    self.boxes.append((x, y, x + w / (j - i), y + HEIGHT))
                    x += w / (j - i)
                i = j
                continue
            self.boxes.append((x, y, x + 6.0, y + HEIGHT))
            x += 6.0
            i += 1

    def bbox(self, i: int) -> Box | None:
        return self.boxes[i] if 0 <= i < len(self.boxes) else None


def _names(text: str, layout: Boxes | None = None) -> str:
    return view(text, letter_gaps(text, layout), names=True).text


# A line that gives the page its word space (0.25 em).
LETTERHEAD = "Gemeente Voorbeeldstad afdeling Vergunningen Wageningen"
LETTERHEAD_GAPS = [0.25] * 4

NORMAL = [
    "Wij hebben uw aanvraag op 3 maart ontvangen en nemen die in behandeling.",
    "Art. 5 lid 2 sub a van de wet is van toepassing, zie ook bijlage 1 en 2.",
    "u en ik en de ex van 't dorp",
    "Behandeld door: Jan Bos, adviseur vergunningen, telefoon 06 1234 5678.",
]


@pytest.mark.parametrize("text", NORMAL)
def test_normal_text_has_no_letter_gaps(text: str) -> None:
    assert letter_gaps(text) == ()
    assert letter_gaps(text, Boxes(text)) == ()


def test_letter_spaced_words_lose_their_spaces_and_keep_the_wide_ones() -> None:
    text = "Contactpersoon: H e n d r i k j e  B o s s c h e r, adviseur"
    assert _names(text) == "Contactpersoon: Hendrikje  Bosscher, adviseur"
    identifiers = "IBAN N L 9 1  A B N A  0 4 1 7, e-mail h . b o s @ x . n l"
    assert view(identifiers, letter_gaps(identifiers)).text == (
        "IBAN NL91  ABNA  0417, e-mail h.bos@x.nl"
    )


def test_a_wider_gap_between_letter_spaced_words_is_a_word_space() -> None:
    """Character spacing: every gap one space, the word gap wider (no double space)."""
    text = "H e n d r i k j e B o s s c h e r"
    gaps = [0.3] * 8 + [0.8] + [0.3] * 7
    assert _names(text, Boxes(text, gaps)) == "Hendrikje Bosscher"
    # without the boxes, a capital after a lower-case letter still parts two words
    assert _names(text) == "Hendrikje Bosscher"
    assert view(text, letter_gaps(text)).text == "HendrikjeBosscher"


def test_a_table_row_of_single_characters_is_not_glued() -> None:
    """Columns stand further apart than any letter spacing."""
    text = "Vraag 1 a 7 b"
    assert letter_gaps(text, Boxes(text, [0.25, 1.2, 1.1, 1.2])) == ()


def test_character_by_character_fragments_are_joined() -> None:
    """``He n drik j e Bo ss che r``: gaps narrower than the line's word space."""
    text = f"{LETTERHEAD}\nBehandeld door: He n drik j e Bo ss che r"
    gaps = [*LETTERHEAD_GAPS, 0.25, 0.6, 0.18, 0.17, 0.2, 0.16, 0.55, 0.19, 0.18, 0.17]
    found = letter_gaps(text, Boxes(text, gaps))
    assert {g.rule for g in found} == {"F"}
    assert _names(text, Boxes(text, gaps)).endswith("\nBehandeld door: Hendrikje Bosscher")


def test_fragments_set_with_word_spaces_are_words() -> None:
    """The same shapes at the page's word space are short words, not fragments."""
    text = f"{LETTERHEAD}\nBehandeld door: He n drik j e Bo ss che r"
    assert letter_gaps(text, Boxes(text, [*LETTERHEAD_GAPS, *[0.25] * 10])) == ()


def test_a_word_drawn_in_two_pieces_is_joined() -> None:
    text = "Behandeld door: Hendr ikje Bosscher van team Vergunningen"
    gaps = [0.25, 0.25, 0.15, 0.25, 0.25, 0.25, 0.25]
    (gap,) = letter_gaps(text, Boxes(text, gaps))
    assert gap.rule == "N"
    assert _names(text, Boxes(text, gaps)).startswith("Behandeld door: Hendrikje Bosscher")


def test_a_line_whose_gaps_are_alike_has_no_narrow_gap() -> None:
    """A paragraph's last line on a justified page: its spaces are the natural ones,
    narrower than the stretched lines', but no narrower than each other."""
    text = "uitgebreide tekst over stikstof verder uitgewerkt\nniet dalen.\nfoo"
    gaps = [0.4, 0.4, 0.4, 0.4, 0.4, 0.25]
    assert letter_gaps(text, Boxes(text, gaps)) == ()


def test_ocr_words_use_no_geometry_rules() -> None:
    """Rules F and N need reliable glyph boxes: not from the OCR offset on."""
    text = "Behandeld door: Hendr ikje Bosscher van team Vergunningen"
    gaps = [0.25, 0.25, 0.15, 0.25, 0.25, 0.25, 0.25]
    assert letter_gaps(text, Boxes(text, gaps), reliable_until=0) == ()


def test_views_map_back_to_the_page_text() -> None:
    text = "Mail: p . j a n s e n @ x . n l, tel."
    gaps = letter_gaps(text)
    v = view(text, gaps)
    assert isinstance(v, SpacedView)
    start = v.text.index("p.jansen@x.nl")
    s, e = v.span(start, start + len("p.jansen@x.nl"))
    assert text[s:e] == "p . j a n s e n @ x . n l"
    assert spans_gap(gaps, s, e) and not spans_gap(gaps, 0, 5)
    assert reading(text, gaps, s, e) == "p.jansen@x.nl"


def test_camel_gaps_are_marked() -> None:
    gaps = letter_gaps("J a n B o s")
    assert [g.camel for g in gaps] == [False, False, True, False, False]
    assert all(isinstance(g, Gap) for g in gaps)
