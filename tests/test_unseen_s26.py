"""Classes of errors on unseen documents (issue 9), found on blind sets 212 and later.

Every example is invented for this file; the PDF tests build their pages with PyMuPDF
and read the output with ``pdftotext``, as a reader of the published file would.
"""

from __future__ import annotations

from redactie.api import Options, run
from tests.unseen_support import published, redacted_words, table_pdf

# ---------------------------------------------------------------- office holders


def test_an_action_label_before_a_name_is_no_second_signature(resolved) -> None:
    """``Actie: Oudendijk`` above a question about the minister: the name is the
    action's owner, not the right one of two signatures above a role line."""
    text = (
        "Kan de minister aangeven of de Kamerbrief deze week verstuurd wordt?\n"
        "Actie: Oudendijk\n"
        "\n"
        "Vragen van het lid Makatini (GroenLinks) aan de minister van\n"
        "Binnenlandse Zaken over de dijkversterking (ingezonden 10 januari\n"
        "2019)\n"
    )
    found = resolved(text, model=(("Oudendijk", "PERSON"), ("Makatini", "PERSON")))
    assert "Oudendijk" in redacted_words(found)


# ---------------------------------------------------------------- names


def test_a_signers_surname_that_ends_like_a_noun(resolved) -> None:
    """``Kind regards,`` / ``Tammeling`` / ``International Desk``: the signer's slot
    holds a name, though the word ends in ``-ing`` like a Dutch noun."""
    text = (
        "Please mention your reference number.\n\nKind regards,\n\nTammeling\n"
        "International Desk\nDienst Uitvoering Onderwijs\n"
    )
    assert "Tammeling" in redacted_words(resolved(text))


def test_a_role_cell_left_of_the_name_on_the_same_line(tmp_path) -> None:
    """``Burgemeester getroffen gemeente, Gemeente Kampen`` | ``Van der Heijden``: the
    row's first cell holds the office of the name beside it."""
    inp = tmp_path / "in" / "rbt.pdf"
    table_pdf(
        inp,
        "Contactlijst Regionaal Beleidsteam",
        [
            ["Rol en organisatie", "Naam", "Mobiel"],
            ["Burgemeester getroffen gemeente, Gemeente Kampen", "Van der Heijden", "06-46381997"],
            ["Operationeel leider, Brandweer IJsselland", "Jean-Paul Willems", "06-48489419"],
        ],
        [40, 290, 420],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "rbt.pdf")
    assert "Van der Heijden" in out
    assert "Willems" not in out and "06-46381997" not in out
