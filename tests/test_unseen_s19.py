"""Classes of errors on unseen documents (issue 9), found on blind sets 75 to 84.

Every example is invented for this file; the PDF tests build their pages with PyMuPDF
and read the output with ``pdftotext``, as a reader of the published file would.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactie.api import Options, run
from redactie.detect.names.lexicon import lexicon_for
from redactie.detect.names.stages import _names_an_org_here, _Pages
from redactie.document import Document, Page, _count_within_words, _fold_alnum, _word_borders
from redactie.resolve import ResolveContext
from redactie.rules import RuleSet
from tests.unseen_support import kept, published, redacted, redacted_words, table_pdf

# ---------------------------------------------------------------- addresses


def test_a_postal_block_abroad_below_the_addressee(resolved) -> None:
    """Every line between the name and the postcode's line, and the postcode; the town
    and the country stay."""
    text = (
        "Datum: 3 mei 2025\n\nDe heer M. Benslimane\nRue 7 n° 41\nQuartier Al Qods\n"
        "60000 Oujda\nMAROKKO\n\nGeachte heer Benslimane,\n"
    )
    found = redacted(resolved(text, (("M. Benslimane", "PERSON"),)), "NL_ADDRESS")
    assert {"Rue 7 n° 41", "Quartier Al Qods", "60000"} <= found
    assert not any("MAROKKO" in f for f in found)


def test_an_organisations_postal_block_stays(resolved) -> None:
    text = "Mevrouw J. Verbeek\nGemeente Utrecht\nPostbus 16200\n3500 CE Utrecht\n"
    found = resolved(text, (("J. Verbeek", "PERSON"),))
    assert not any(f.provenance.rule_id == "postal_block_below_name" for f in found)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("woonachtig te Gdynia, ul. Morska 118/4. Zij reisde", "ul. Morska 118/4"),
        ("Postcode en woonplaats: 2930 Brasschaat (België)", "2930"),
        ("woont op het adres Calle Mayor 9, 3º A in 29601 Marbella, Spanje", "29601"),
    ],
)
def test_foreign_address_parts(resolved, text: str, gone: str) -> None:
    assert any(gone in f for f in redacted(resolved(text), "NL_ADDRESS"))


def test_the_town_of_a_redacted_postal_address_goes_with_it(resolved) -> None:
    """A town after a person's postcode is part of the address; a town alone stays."""
    text = (
        "De moeder woont aan de Bilderdijkstraat 14, 6721 BP Bennekom. "
        "De school staat in Wageningen.\n"
    )
    found = resolved(text)
    assert "Bennekom" in redacted(found, "NL_ADDRESS")
    assert "Wageningen" not in redacted_words(found)


def test_a_street_name_wrapped_after_its_title(resolved) -> None:
    text = "De vader woont met zijn zoon aan de Burgemeester\nDe Withstraat 12, 4461 KL Goes."
    found = redacted(resolved(text), "NL_ADDRESS")
    assert "Burgemeester" in found


# ---------------------------------------------------------------- plates


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Er stond een auto met een Duits kenteken, iets als KLE-RP 207. Die reed", "KLE-RP 207"),
        ("de bestelbus van Kowalczyk (GD 4471K) stond er ook", "GD 4471K"),
        ("Verder reed een pick-up (SE-1187) een hek aan.", "SE-1187"),
    ],
)
def test_plates_in_more_contexts(resolved, text: str, plate: str) -> None:
    assert plate in redacted(resolved(text), "NL_LICENSE_PLATE")


# ---------------------------------------------------------------- names


def test_a_signer_after_a_short_closing_on_the_line(resolved) -> None:
    text = "I will send the draft on Friday while I am in Leeds. Cheers, Ffion\n"
    assert "Ffion" in redacted_words(resolved(text))


def test_a_one_man_business_named_after_its_owner(resolved) -> None:
    text = (
        "| Aanvrager | Onderneming | Besluit |\n"
        "| Ravi Baldewsingh | Taxibedrijf Baldewsingh | toegekend |\n"
        "| Noor El Khatib | Kapsalon Noor | afgewezen |\n"
    )
    model = (("Ravi Baldewsingh", "PERSON"), ("Noor El Khatib", "PERSON"))
    words = redacted_words(resolved(text, model))
    assert {"Baldewsingh", "Noor"} <= words
    assert "Taxibedrijf" not in words and "Kapsalon" not in words


def test_a_place_is_no_business_of_a_person_named_before_it(resolved) -> None:
    text = "Ingrid Bosch belde. De vergadering is in Den Bosch aan de Bakkerstraat."
    assert redacted(resolved(text, (("Ingrid Bosch", "PERSON"),))) == {"Ingrid Bosch"}


def test_a_person_beside_the_body_of_the_next_cell_is_no_namesake(rules: RuleSet) -> None:
    """A table row read cell by cell: "Pieter Verhoef Waterschap" / "Rivierenland" is a
    person beside his water board, not an organisation named after him."""
    lex = lexicon_for(rules)

    def namesake(text: str) -> bool:
        doc = Document(path=Path("t.pdf"), sha256="0", pages=(Page(0, text, 595, 842, 0, False),))
        return _names_an_org_here("Pieter Verhoef", _Pages(ResolveContext(doc, rules)), lex)

    assert not namesake("Dijkpostcommandant\nPieter Verhoef Waterschap\nRivierenland\n")
    assert namesake("De Pieter Verhoef Stichting\nsteunt het project.\n")


def test_a_street_after_a_role_word_makes_no_office_holder(resolved) -> None:
    text = "Mijn buurman, de heer Gerrit Lakeman\n(Koningin Julianalaan 50), was erbij."
    assert "Lakeman" in redacted_words(resolved(text, (("Gerrit Lakeman", "PERSON"),)))


def test_a_given_name_after_the_preposition_van(resolved) -> None:
    """Dutch "van" is no vehicle: the name after it is no car's make."""
    text = "Let op: het account van Gerdien heeft toegang tot de koppeling."
    assert "Gerdien" in redacted_words(resolved(text, (("Gerdien", "PERSON"),)))


def test_a_double_surname_whose_first_part_is_an_organisation_word(resolved) -> None:
    text = "Mevrouw Geertruida van 't Hof-Dekker, geboren op 17 augustus 1936, viel."
    assert "Hof-Dekker" in redacted_words(resolved(text))


def test_dotted_initials_of_a_double_surname_without_the_hyphen(resolved) -> None:
    text = (
        "Van: drs. Yvonne Bakker-Nijhuis, arts infectieziektebestrijding\n\n"
        "Er is een evaluatie. Y.B.N. zit die bijeenkomst voor.\n"
    )
    assert "Y.B.N." in redacted(resolved(text))


def test_the_surname_of_a_personal_mail_address(resolved) -> None:
    text = (
        "Ingevuld door: kwame.boateng@zaanstad.nl en anderen.\n"
        "Boateng zit vandaag bij het ziekenhuis.\n"
    )
    assert "Boateng" in redacted(resolved(text), "PERSON")


def test_initials_before_a_redacted_surname_make_no_functional_mailbox(resolved) -> None:
    text = (
        "Het HT heeft gemeld dat HT.Nguyen@zaanstad.nl heeft geklikt. "
        "Hoang Thi Nguyen werkt thuis.\n"
    )
    found = resolved(text, (("Hoang Thi Nguyen", "PERSON"),))
    assert "HT.Nguyen@zaanstad.nl" in redacted(found, "EMAIL_ADDRESS")
    assert "HT.Nguyen@zaanstad.nl" not in kept(found)


def test_a_phone_number_with_an_em_dash(resolved) -> None:
    text = "U kunt mij bereiken op 06 — 48 21 93 07. Mijn dochter kan ook bellen."
    assert "06 — 48 21 93 07" in redacted(resolved(text), "PHONE_NUMBER")


# ---------------------------------------------------------------- failing closed


def test_a_date_before_a_row_number_is_no_unseen_word() -> None:
    """Another reader's text "30-11-2017" / "2" holds "0172" across the two words."""
    text = "clusternummer 0172-2026-031\n30-11-2017 2 Sandra 0172 - 43 81 09\nJ o l a n d a"
    joined, borders = _fold_alnum(text), _word_borders(text)
    assert _count_within_words(joined, "0172", borders) == 2
    assert _count_within_words(joined, "jolanda", borders) == 1


def test_a_table_with_dates_and_row_numbers_is_published(tmp_path: Path) -> None:
    inp = tmp_path / "in" / "contacten.pdf"
    inp.parent.mkdir(parents=True)
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 50), "Het cluster heeft nummer 0172-2026-031.", fontsize=10)
    rows = [
        ("1", "Sem Hoekstra", "30-11-2017"),
        ("2", "Daan Kromowidjojo", "8-6-2018"),
    ]
    for n, (nr, name, date) in enumerate(rows):
        y = 90 + 16 * n
        page.insert_text((40, y), nr, fontsize=9)
        page.insert_text((70, y), name, fontsize=9)
        page.insert_text((220, y), date, fontsize=9)
        page.insert_text((300, y), "0172 - 43 81 0" + str(n), fontsize=9)
    doc.save(inp)
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "contacten.pdf")
    assert "Kromowidjojo" not in out and "0172-2026-031" in out


def test_a_household_word_goes_in_the_box_with_the_name(resolved) -> None:
    text = "Casus 2026-058-2417: fam. Koopmans, huurachterstand. Juf Sanne belde."
    found = redacted(resolved(text, (("Koopmans", "PERSON"),)), "PERSON")
    assert "fam. Koopmans" in found and "Juf Sanne" in found


def test_a_site_beside_its_applicant_is_no_meeting_place(tmp_path: Path) -> None:
    inp = tmp_path / "in" / "welstand.pdf"
    table_pdf(
        inp,
        "Behandelde plannen",
        [
            ["Nr", "Locatie", "Aanvrager", "Advies"],
            ["1", "Kolhornseweg 31", "dhr. Van 't Veld", "akkoord"],
            ["2", "Lorentzweg 7a", "M. O'Sullivan", "niet akkoord"],
        ],
        [40, 70, 200, 340],
    )  # fmt: skip
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "welstand.pdf")
    assert "Kolhornseweg" not in out and "Lorentzweg" not in out


def test_a_neighbour_of_an_address_makes_it_a_home(resolved) -> None:
    text = (
        "De gemeente publiceert op www.hilversum.nl. Een buurman van Lorentzweg 7a, de heer "
        "Ferdinand Blom, heeft bezwaar gemaakt.\n"
    )
    assert "Lorentzweg 7a" in redacted(resolved(text), "NL_ADDRESS")


def test_a_person_addressed_as_de_heer_is_no_person_of_history(resolved) -> None:
    text = (
        "De heer Fitzgerald woont sinds 2019 in deze villa uit 1928, ontworpen in de stijl "
        "van W.M. Dudok.\n"
    )
    found = resolved(text, (("Fitzgerald", "PERSON"), ("W.M. Dudok", "PERSON")))
    assert "Fitzgerald" in redacted_words(found) and "Dudok" not in redacted_words(found)


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("en een busje uit Polen (PO 4K829). Ze staan op mijn oprit.", "PO 4K829"),
        ("In the pilot, the keeper of vehicle LK19 ZPW complained.", "LK19 ZPW"),
    ],
)
def test_plates_after_a_vehicle_and_its_origin(resolved, text: str, plate: str) -> None:
    assert plate in redacted(resolved(text), "NL_LICENSE_PLATE")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Vragen kunnen naar info@vallei-veluwe.nl of 055 527 29 11.", "055 527 29 11"),
        ("Zie www.justis.nl/naamswijziging of 088 - 998 20 00.", "088 - 998 20 00"),
        ("Liever niet via het kerkelijk bureau (0515 - 57 22 90), dicht.", "0515 - 57 22 90"),
        ("Ik heb de beveiliging gebeld (070 - 333 60 00), prima.", "070 - 333 60 00"),
        ("Dial-in 070 - 333 44 55, pin 4471.", "070 - 333 44 55"),
    ],
)
def test_an_organisations_number_beside_its_mailbox_or_unit(
    resolved, text: str, number: str
) -> None:
    assert number in kept(resolved(text), "PHONE_NUMBER")


def test_a_mobile_beside_a_mailbox_stays_redacted(resolved) -> None:
    text = "Mail naar info@vallei-veluwe.nl of bel mij op 06 1234 5678."
    assert "06 1234 5678" in redacted(resolved(text), "PHONE_NUMBER")


def test_the_farm_of_a_speaker_is_a_home_address(resolved) -> None:
    text = "Melkveehouder Dijkhuis spreekt. Zijn erf aan de Zuiderdiep 3 ligt op 600 meter."
    assert "Zuiderdiep 3" in redacted(resolved(text), "NL_ADDRESS")


def test_a_press_card_number(resolved) -> None:
    text = "Als journalist (perskaart NVJ, nummer NVJ-PK 2025-048173, kopie bijgevoegd) verzoek ik"
    assert "NVJ-PK 2025-048173" in redacted(resolved(text))


def test_a_paraaf_code_with_the_hyphen_of_a_double_surname(resolved) -> None:
    text = "Opgesteld door ing. Marloes ter Haar-Obbink, projectleider.\n\nMtH-O\n"
    found = resolved(text, (("Marloes ter Haar-Obbink", "PERSON"),))
    assert "MtH-O" in redacted(found)


def test_a_surname_that_ocr_read_with_an_l_for_its_capital_i(resolved) -> None:
    text = (
        "Bijlage: indicatiebesluit op naam van F. el Idrissi-Bouzid.\n"
        "Mijn moeder, mevrouw Fatiha el ldrissi-Bouzid, woont bij ons.\n"
    )
    found = resolved(text, (("F. el Idrissi-Bouzid", "PERSON"),))
    assert any("ldrissi-Bouzid" in t for t in redacted(found))


def test_councillors_in_an_attendance_table_with_initials(resolved) -> None:
    """The row above ends in a name with initials: its dots are no sentence's stop."""
    text = (
        "Naam\nFunctie\nAanwezig\n\nR. Bulut\nraadslid GroenLinks-PvdA, voorzitter\nja\n\n"
        "H.J. Nijland\nraadslid VVD\nja\n\nG. van 't Erve\nraadslid Zutphen Lokaal\nja\n\n"
        "Marloes Hendriksen\ncommissiegriffier\nja\n"
    )
    model = (("R. Bulut", "PERSON"), ("H.J. Nijland", "PERSON"), ("G. van 't Erve", "PERSON"),
             ("Marloes Hendriksen", "PERSON"))  # fmt: skip
    found = resolved(text, model)
    assert {"R. Bulut", "H.J. Nijland", "G. van 't Erve"} <= kept(found, "PERSON")
    assert "Marloes Hendriksen" in redacted(found, "PERSON")


def test_a_namesake_with_a_description_between(resolved) -> None:
    text = "De reddingboot is vernoemd naar de Helderse redder Dorus Rijkers; ze voer snel uit."
    assert "Dorus Rijkers" in kept(resolved(text, (("Dorus Rijkers", "PERSON"),)), "PERSON")


def test_a_neighbourhood_teams_office_and_a_garages_workshop_line(resolved) -> None:
    text = (
        "Het Wijkteam Oost aan de Knappertlaan 120 kan hen helpen.\n\n"
        "D. Van den Bossche\nAutoservice De Zaanbocht V.O.F.\n"
        "Tel. werkplaats 075 - 614 20 33\nmobiel 06-5374 9102\n"
    )
    found = resolved(text, (("D. Van den Bossche", "PERSON"),))
    assert "Knappertlaan 120" in kept(found, "NL_ADDRESS")
    assert "075 - 614 20 33" in kept(found, "PHONE_NUMBER")
    assert "06-5374 9102" in redacted(found, "PHONE_NUMBER")


def test_the_surname_of_an_inverted_name_that_is_also_a_village(resolved) -> None:
    text = (
        "| SHV-2025-0462 | Blokzijl, Gerrit Jan | 5 december 1971 |\n\n"
        "Blokzijl heeft de intake afgerond.\n"
    )
    model = (("Blokzijl, Gerrit Jan", "PERSON"), ("Blokzijl heeft", "LOCATION"))
    found = resolved(text, model)
    assert sum(1 for f in found if f.text == "Blokzijl" and f.action.name == "REDACT") == 1


def test_frisian_given_names_and_the_given_name_of_a_mail_address(resolved) -> None:
    text = (
        "O'Brien zegt dat het zijn sloot is. Ate Postma heeft het ook gezien.\n\n"
        "Bel me maar op 06-41279358.\n\nWiebren\n\nVan: wiebren.dijkstra62@gmail.com\n"
    )
    words = redacted_words(resolved(text))
    assert {"Ate", "Postma", "Wiebren"} <= words


def test_the_head_of_a_public_service_in_apposition_with_a_rank(resolved) -> None:
    text = (
        "De commandant der Koninklijke Marechaussee, luitenant-generaal Van Oosterwijk, "
        "heeft dat aangegeven. Wachtmeester Boukhari belde.\n"
    )
    found = resolved(text, (("Van Oosterwijk", "PERSON"), ("Boukhari", "PERSON")))
    assert "Van Oosterwijk" in kept(found, "PERSON")
    assert "Boukhari" in redacted(found, "PERSON")


def test_a_district_of_the_marechaussee_is_no_person(resolved) -> None:
    text = "Koninklijke Marechaussee\nDistrict Schiphol - Brigade Grensbewaking\n"
    assert "Schiphol" not in redacted_words(resolved(text, (("District Schiphol", "PERSON"),)))
