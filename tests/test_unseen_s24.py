"""Classes of errors on unseen documents (issue 9), found on blind sets 168 and later
and on the left-overs of earlier sets.

Every example is invented for this file; the PDF tests build their pages with PyMuPDF
and read the output with ``pdftotext``, as a reader of the published file would.
"""

from __future__ import annotations

from redactie.api import Options, run
from tests.unseen_support import kept, published, redacted, table_pdf

# ---------------------------------------------------------------- office holders


def test_a_role_that_ends_another_cell_of_the_row_names_no_holder(tmp_path) -> None:
    """``Agenda bezoek minister`` | ``D. van 't Hof``: the minister is the subject of
    the action; the name in the next column is whoever carries it out."""
    inp = tmp_path / "in" / "acties.pdf"
    table_pdf(
        inp,
        "Actielijst universiteitsraad",
        [
            ["Nr", "Actie", "Wie", "Wanneer"],
            ["UR-25-33", "Agenda bezoek minister", "D. van 't Hof", "20 november 2025"],
            ["UR-25-34", "Notitie openingstijden", "W. ter Borg", "10 december 2025"],
        ],
        [40, 120, 300, 430],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "acties.pdf")
    assert "van 't Hof" not in out and "ter Borg" not in out
    assert "Agenda bezoek minister" in out


def test_a_role_that_wraps_in_prose_still_names_its_holder(resolved) -> None:
    text = "De rector meldt dat de campus op 28 november bezoek krijgt van minister\nKaddouri.\n"
    assert "Kaddouri" in kept(resolved(text, model=(("Kaddouri", "PERSON"),)), "PERSON")


# ---------------------------------------------------------------- addresses


def test_the_town_after_a_street_and_number_without_a_postcode(resolved) -> None:
    text = (
        "Bezorgadres voorzitter: Slotlaan 4, Stiens\n"
        "Zij verhuisde in maart naar Kaya Komkomber 9, Rincon. Daar woont zij nog.\n"
    )
    found = redacted(resolved(text), "NL_ADDRESS")
    assert {"Stiens", "Rincon"} <= found


def test_a_town_named_on_its_own_stays(resolved) -> None:
    text = "Het stembureau in Stiens opent om 07.30 uur; Slotlaan 4 is de ingang, achterom.\n"
    assert "Stiens" not in redacted(resolved(text))


def test_addresses_in_a_column_of_polling_stations_are_the_places(tmp_path) -> None:
    inp = tmp_path / "in" / "stembureaus.pdf"
    table_pdf(
        inp,
        "Contactlijst voorzitters stembureaus",
        [
            ["Nr", "Stemlokaal", "Adres stemlokaal", "Voorzitter", "Bezorgadres voorzitter"],
            ["015", "Kerkelijk centrum", "Prins Hendrikstraat 25", "Hylke van der Meulen",
             "Slotlaan 4, Stiens"],
            ["021", "Mobiel stembureau", "Stationsplein 1", "Dewi Kartosen", "Schieringersweg 61"],
        ],
        [40, 70, 170, 290, 410],
    )  # fmt: skip
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "stembureaus.pdf")
    assert "Prins Hendrikstraat 25" in out and "Stationsplein 1" in out
    assert "Slotlaan" not in out and "Stiens" not in out and "Schieringersweg" not in out
