"""Classes of errors on unseen documents (issue 9), found on blind sets 92 to 95.

Every example is invented for this file; the PDF tests build their pages with PyMuPDF
and read the output with ``pdftotext``, as a reader of the published file would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redactie.api import Options, run
from redactie.detect.names.lexicon import lexicon_for
from redactie.detect.names.stages import _plain_letters
from redactie.rules import RuleSet
from tests.unseen_support import kept, published, redacted, redacted_words, table_pdf

# ---------------------------------------------------------------- dates of birth


def test_a_date_in_brackets_on_the_line_below_a_name(resolved) -> None:
    """A table cell wraps the bracket and the year: the date goes with the name."""
    text = "Gasten\nRoman Melnyk\n(07.02.1979)\nen dochter Zlata Melnyk (2 januari\n2021)\n"
    found = redacted(
        resolved(text, (("Roman Melnyk", "PERSON"), ("Zlata Melnyk", "PERSON"))),
        "DATE_OF_BIRTH",
    )
    assert "07.02.1979" in found
    assert "2 januari\n2021" in found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("His mother (2 March 1949) uses a wheelchair.", "2 March 1949"),
        ("Zij komt met haar zoon (03-05-2014) naar de locatie.", "03-05-2014"),
        ("Aanvrager is geboren op drieëntwintig april 1987 en is 38.", "drieëntwintig april 1987"),
    ],
)
def test_dates_of_birth_by_their_context(resolved, text: str, date: str) -> None:
    assert date in redacted(resolved(text), "DATE_OF_BIRTH")


def test_a_meeting_date_after_a_relative_word_stays(resolved) -> None:
    text = "De moeder is gehoord op 12 maart 2026 in het stadskantoor."
    assert not redacted(resolved(text), "DATE_OF_BIRTH")


# ---------------------------------------------------------------- names


def test_an_unlisted_given_name_wrapped_before_a_surname_the_document_shows(resolved) -> None:
    text = "Gasten\nOlena Kovalenko\n(12-08-1984), Bohdanko\nKovalenko (3 mei 2014)\n"
    found = resolved(text, (("Olena Kovalenko", "PERSON"), ("Kovalenko", "PERSON")))
    assert "Bohdanko" in redacted_words(found)


def test_a_household_word_is_no_given_name(resolved) -> None:
    """``Gastgezin Bouma``: the household's surname is redacted, the word ``Gastgezin``
    elsewhere (a column header) is not."""
    text = "Gastgezin\nAdres\n\nGastgezin Bouma stopt per 1 mei 2026. Het gastgezin verhuist.\n"
    found = resolved(text, (("Gastgezin Bouma", "PERSON"),))
    assert "Bouma" in redacted_words(found)
    assert not any(f.startswith("Gastgezin") and f != "Gastgezin Bouma" for f in redacted(found))


def test_a_unit_named_after_its_organisation_word_is_no_person(resolved) -> None:
    text = "Directie Toezicht Publieke Sector\n\nAan: directeur Toezicht Publieke Sector\n"
    found = resolved(text, (("Toezicht Publieke Sector", "PERSON"),))
    assert not redacted(found, "PERSON")


def test_a_firm_before_its_legal_form_elsewhere_is_no_person(resolved) -> None:
    text = "Kiwa Register B.V. - Team Chauffeurskaarten\n\nIn te vullen door Kiwa Register\n"
    found = resolved(text, (("Kiwa Register", "PERSON"),))
    assert not redacted(found, "PERSON")


def test_a_forms_section_headings_are_no_names(resolved) -> None:
    text = "A. GEGEVENS AANVRAGER\nAchternaam: Bakker\n\nB. VOERTUIG EN ONDERNEMING\nMerk: Opel\n"
    found = resolved(text, (("A. GEGEVENS AANVRAGER", "PERSON"), ("B. VOERTUIG", "PERSON")))
    assert not any("GEGEVENS" in f or "VOERTUIG" in f for f in redacted(found))


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("Onderwerp: aanvaring tussen MS Rheinvogel en MTS Wisla op de Waal", "Rheinvogel"),
        ("Het duwstel Johanna Hendrika moest uitwijken.", "Johanna Hendrika"),
        ("het Duitse motorvrachtschip Rheinvogel kwam in aanvaring", "Rheinvogel"),
    ],
)
def test_a_ships_name_is_no_person(resolved, text: str, ship: str) -> None:
    assert ship not in " ".join(redacted(resolved(text, ((ship, "PERSON"),))))


def test_a_ships_column_keeps_its_names_and_the_skipper_goes(tmp_path: Path) -> None:
    inp = tmp_path / "in" / "aanvaring.pdf"
    table_pdf(
        inp,
        "Betrokken schippers",
        [
            ["Schip", "Schipper", "Bereikbaar"],
            ["Rheinvogel", "Klaus Hoffmeister", "+49 171 482 6639"],
            ["Johanna Hendrika", "G.J. van der Linden", "06-41987320"],
        ],
        [40, 150, 300],
    )  # fmt: skip
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "aanvaring.pdf")
    assert "Johanna Hendrika" in out and "Rheinvogel" in out
    assert "Linden" not in out and "Hoffmeister" not in out


def test_a_person_beside_a_common_street_in_a_row_is_a_person(resolved) -> None:
    """``Oliver Bennett Kerkstraat 5``: a row read as one line; no street is named
    after a person with a Kerkstraat."""
    text = "Oliver Bennett Kerkstraat 5, 8711\n\nCB Workum\n\nBennett spreekt geen Nederlands.\n"
    found = resolved(text, (("Oliver Bennett", "PERSON"), ("Bennett", "PERSON")))
    assert "Bennett" in redacted(found, "PERSON")
    assert any("8711" in f for f in redacted(found, "NL_ADDRESS"))


def test_a_club_abbreviated_with_dots_names_no_person(resolved) -> None:
    text = "| Wytse de Boer | voorzitter v.v. Sneek Wit Zwart | 0515 - 43 88 12 |\n"
    found = resolved(text, (("Wytse de Boer", "PERSON"), ("Wit Zwart", "PERSON")))
    assert "Wit Zwart" not in redacted(found, "PERSON")


def test_an_account_holder_after_tnv_stays_a_person(resolved) -> None:
    """``t.n.v.`` ends in a V like a club's ``v.v.``, but names no club."""
    text = "Graag 5 euro op NL93ASNB0570440580 t.n.v. H.J. Wolters. Dank!\n"
    found = resolved(text, (("H.J. Wolters", "PERSON"),))
    assert "H.J. Wolters" in redacted(found, "PERSON")


def test_a_law_code_is_no_persons_initials(resolved) -> None:
    text = (
        "Aanwezig: Bart Wouters (voorzitter).\nWouters wijst op artikel 7:669 lid 3 onder e BW. "
        "Actie: BW belt de jurist.\n"
    )
    found = resolved(text, (("Bart Wouters", "PERSON"), ("Wouters", "PERSON")))
    assert "onder e BW" in text
    law = text.index("e BW") + 2
    assert not any(f.start == law for f in found if f.entity_type == "PERSON")


def test_initials_as_the_value_of_a_handling_field(resolved) -> None:
    text = "In te vullen door het register\nOntvangen door: MvE     Gecontroleerd: H.B.\n"
    assert "H.B." in redacted(resolved(text), "PERSON")


def test_a_capitalised_job_opening_a_sentence_before_a_full_name(resolved) -> None:
    text = (
        "De verkeerspost heeft het vaarwegdeel gestremd. Verkeersleider\n"
        "Anouschka Ramdin heeft de stremming gemeld.\n"
    )
    assert "Anouschka Ramdin" in redacted(resolved(text), "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("de nieuwe vriend van de dochter van Van Dam op nummer 12", "Van Dam"),
        (
            "Mijn broer is vorig jaar overleden. Zijn weduwe, Soetinah\nSmeets-Wirjosentono, "
            "woont nog in Roermond en zorgt voor de bloemen op het graf van onze ouders.",
            "Soetinah",
        ),
        ("Best,\nMarieke\nCrisis Centre, Ministry of Foreign Affairs\n", "Marieke"),
    ],
)
def test_names_by_their_relation_or_closing(resolved, text: str, name: str) -> None:
    assert any(name in f for f in redacted(resolved(text), "PERSON"))


def test_a_name_without_its_letters_from_abroad_is_the_same_person(resolved) -> None:
    text = (
        "Portfolio van Tomasz Wiśniewski ontvangen.\n"
        "Wisniewski heeft zijn portfolio te laat aangeleverd.\n"
    )
    found = resolved(text, (("Tomasz Wiśniewski", "PERSON"),))
    assert "Wisniewski" in redacted(found, "PERSON")


def test_plain_letters() -> None:
    assert _plain_letters("Wiśniewski") == "Wisniewski"
    assert _plain_letters("Łukasz Doğan") == "Lukasz Dogan"
    assert _plain_letters("Jansen") == "Jansen"


def test_ukrainian_given_names_are_listed(rules: RuleSet) -> None:
    lex = lexicon_for(rules)
    assert all(lex.is_first_name(n) for n in ("Artem", "Sofiia", "Mykyta", "Yaroslav"))


# ---------------------------------------------------------------- public data


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Zaaknummer: 06-20264471\nOnderwerp: ongeval", "06-20264471"),
        ("Ons kenmerk: LLV 06-2025-3318\n", "06-2025-3318"),
    ],
)
def test_a_reference_shaped_like_a_phone_number_stays(resolved, text: str, number: str) -> None:
    # kept as a reference, or (right after its label) not read as a phone number at all
    assert number not in redacted(resolved(text))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Ik ben bereikbaar op +31 6 2840 1193, of via de praktijk: (0342) 41 72 00.",
            "(0342) 41 72 00",
        ),
        (
            "Volgende vergadering: 17 februari. Contact bestuursbureau: 024 - 677 30 10.",
            "024 - 677 30 10",
        ),
        (
            "Our office remains open; the general\nnumber is +961 1 211 150. Call us.",
            "+961 1 211 150",
        ),
    ],
)
def test_an_organisations_number_by_its_label(resolved, text: str, number: str) -> None:
    assert number in kept(resolved(text), "PHONE_NUMBER")


@pytest.mark.parametrize(
    "address",
    [
        "tolkenpool@sudwestfryslan.nl",
        "woo-verzoeken@minlvvn.nl",
        "sportbedrijf@sudwestfryslan.nl",
        "projecten@noordwyn-energy.nl",
        "bei@minbuza.nl",
    ],
)
def test_functional_mailboxes(rules: RuleSet, address: str) -> None:
    assert rules.evidence.is_functional_mailbox(address)


def test_a_persons_mailbox_at_the_foreign_ministry_is_not_functional(rules: RuleSet) -> None:
    assert not rules.evidence.is_functional_mailbox("jan.bakker@minbuza.nl")


def test_the_general_address_of_the_municipality_stays(resolved) -> None:
    text = (
        "De melding is gedaan door de functionaris, drs. Marco Schimmelpenninck. "
        "Het algemene adres van de gemeente is Raadhuisplein 1, 6851 BH Huissen.\n"
    )
    assert any("Raadhuisplein" in f for f in kept(resolved(text), "NL_ADDRESS"))


def test_a_building_site_in_the_subject_line_stays(resolved) -> None:
    text = "Onderwerp: ernstig arbeidsongeval Gustav Mahlerlaan 1040, 1082 MK Amsterdam\n"
    assert any("Mahlerlaan" in f for f in kept(resolved(text), "NL_ADDRESS"))


def test_a_signatures_office_address_on_the_next_page(tmp_path: Path) -> None:
    import pymupdf

    inp = tmp_path / "in" / "brief.pdf"
    inp.parent.mkdir(parents=True)
    doc = pymupdf.open()
    first = doc.new_page()
    body = "Dear colleagues,\n\nWe will measure in September.\n\nKind regards,\n"
    first.insert_textbox(pymupdf.Rect(50, 600, 550, 800), body, fontsize=10)
    first.insert_text((50, 760), "Oliver Whitfield", fontsize=10)
    first.insert_text((50, 772), "Project Developer", fontsize=10)
    first.insert_text((50, 784), "NoordWyn Energy B.V.", fontsize=10)
    second = doc.new_page()
    second.insert_text((50, 60), "Pieter Stuyvesantweg 153, 8937 AH Leeuwarden", fontsize=10)
    doc.save(inp)
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "brief.pdf")
    assert "Stuyvesantweg 153" in out
    assert "Whitfield" not in out


# ---------------------------------------------------------------- personal data


def test_a_foreign_plate_with_six_digits(resolved) -> None:
    text = "Mr Haddad may leave his own car (Lebanese plate G 482913) in the car park."
    assert "G 482913" in redacted(resolved(text), "NL_LICENSE_PLATE")


def test_a_street_named_first_after_a_word_of_staying(resolved) -> None:
    text = "| Priya Ramsaran | staying at Rue Abdel Aziz 14, Hamra |\n"
    assert "Rue Abdel Aziz 14" in redacted(resolved(text), "NL_ADDRESS")


def test_a_postcode_a_blank_line_below_its_digits(resolved) -> None:
    text = "Kerkstraat 5, 8711\n\nCB Workum\n"
    assert any("8711" in f and "CB" in f for f in redacted(resolved(text), "NL_ADDRESS"))


# ---------------------------------------------------------------- blind sets 96 to 103


def test_an_inverted_display_name_with_initials_and_particles(resolved) -> None:
    text = "Aan: Hof, J. van 't <j.vanthof@sudwestfryslan.nl>\nOnderwerp: woning\n"
    assert "Hof, J. van 't" in redacted(resolved(text), "PERSON")


def test_a_wrapped_e_mail_address_is_one_address(resolved) -> None:
    """A hyphen ends the line inside the local part: the whole address is one finding,
    and a functional mailbox stays whole (its tail alone would fail the check)."""
    text = "Please write to ENV-\nINFRINGEMENTS@ec.europa.eu or to our desk.\n"
    found = resolved(text)
    assert not any("INFRINGEMENTS" in f for f in redacted(found, "EMAIL_ADDRESS"))
    assert any(f.text.startswith("ENV-\n") for f in found if f.entity_type == "EMAIL_ADDRESS")


def test_a_street_below_a_name_is_no_second_surname(resolved) -> None:
    text = "zoon Bilal\n\nmevrouw Henriëtte ter Haar\nEmmalaan 8\nslechtziend\n"
    found = resolved(text, (("Henriëtte ter Haar", "PERSON"), ("Emmalaan", "LOCATION")))
    assert "Henriëtte ter Haar" in redacted(found, "PERSON")


def test_an_address_in_brackets_after_a_name(resolved) -> None:
    text = "Mevrouw Gerda Postma (Wide Ie 2) wijst op de otter. Zie Jan Bakker (Bijlage 3)."
    found = redacted(resolved(text), "NL_ADDRESS")
    assert "Wide Ie 2" in found
    assert "Bijlage 3" not in found


def test_care_of_after_a_label_is_a_home(resolved) -> None:
    text = "Dorpsbelang Annen\nSecretariaat: p/a Zuiderstraat 41, 9468 AG Annen\n"
    assert any("Zuiderstraat 41" in f for f in redacted(resolved(text), "NL_ADDRESS"))


def test_a_disease_before_a_sentence_is_no_ships_prefix(resolved) -> None:
    text = "Ayşe vraagt hoe dit uitpakt bij MS. Wouters zegt toe dit na te gaan.\n"
    found = resolved(text, (("Wouters", "PERSON"),))
    assert "Wouters" in redacted(found, "PERSON")


@pytest.mark.parametrize(
    ("text", "gone", "entity"),
    [
        ("Adres in Polen: ul. Mickiewicza 12/4, 62-800 Kalisz", "62-800", "NL_ADDRESS"),
        ("Eigen auto: PKA 37H21\n", "PKA 37H21", "NL_LICENSE_PLATE"),
        (
            "Ik heb nu: volgauto V-238-PK, en de auto van de ambassade CD-77-GH.",
            "CD-77-GH",
            "NL_LICENSE_PLATE",
        ),
        ("Ik ben geboren op negen\napril 1943 en heb sinds", "negen\napril 1943", "DATE_OF_BIRTH"),
        ("Bas zet zijn geboortedatum\n(17-05-1984) in de app", "17-05-1984", "DATE_OF_BIRTH"),
    ],
)
def test_personal_data_by_context(resolved, text: str, gone: str, entity: str) -> None:
    assert gone in redacted(resolved(text), entity)


def test_a_make_and_type_is_no_plate(resolved) -> None:
    assert not redacted(resolved("Auto: BMW X5 van de zaak\n"), "NL_LICENSE_PLATE")


def test_a_dated_paraaf_code_that_spells_an_abbreviation(resolved) -> None:
    """``afgehandeld PvE 7/4``: the handler's code there, the Programma van Eisen
    elsewhere; flagged below the dossier's threshold."""
    text = "afgehandeld PvE 7/4 - conform art. 7:2 Awb\nHet PvE is klaar.\n"
    found = [f for f in resolved(text) if f.entity_type == "PERSON"]
    assert [f.text for f in found] == ["PvE"]
    assert found[0].provenance.score < 0.65


def test_a_code_below_a_date_cell_is_a_code(resolved) -> None:
    text = "| J. de Haan | brief | 30 september 2025 |\nEvS\ncontact RCE\n"
    assert "EvS" in redacted(resolved(text), "PERSON")


def test_a_table_header_of_common_nouns_is_no_name(resolved) -> None:
    text = "Tabel 1. Huurders\nTuin Huurder Woonadres\nDe tuinen en de huurders van het park.\n"
    found = resolved(text, (("Tuin Huurder", "PERSON"),))
    assert not redacted(found, "PERSON")


def test_a_judge_in_role_stays(resolved) -> None:
    text = "Aan: meervoudige kamer, voorzitter staatsraad mr. C.H. Roodenburg\n"
    assert not redacted(resolved(text), "PERSON")


def test_a_table_role_cell_is_no_signature_block(resolved) -> None:
    text = "Aanwezig\nRol\n\nWietske Hoekstra\n\nvoorzitter\n\nRuud van 't Hek\nsecretaris\n"
    found = resolved(text, (("Ruud van 't Hek", "PERSON"),))
    assert "Ruud van 't Hek" in redacted(found, "PERSON")


def test_a_direct_line_beside_a_mobile_in_a_signature_stays_redacted(resolved) -> None:
    """``T (070) 426 71 38 | M 06 ...`` under a ministry's address: a number nobody
    chose to remember is the writer's direct line; ``T 058 - 203 44 00`` a switchboard."""
    base = (
        "R.K. Jagesar\nAmbtelijk secretaris\n{org}\nTurfmarkt 147, 2511 DP Den Haag\n"
        "T {t} | M 06 - 1147 2290\n"
    )
    org = "Ministerie van Binnenlandse Zaken"
    direct = resolved(base.format(org=org, t="(070) 426 71 38"), (("R.K. Jagesar", "PERSON"),))
    assert "(070) 426 71 38" in redacted(direct, "PHONE_NUMBER")
    board = resolved(base.format(org=org, t="(070) 426 44 00"), (("R.K. Jagesar", "PERSON"),))
    assert "(070) 426 44 00" in kept(board, "PHONE_NUMBER")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Concept staat klaar; Van Beek van IRF belt morgen.", "Van Beek"),
        ("[12-03-26 15:48] Soufiane: Wijkagent Van Gestel is er al.", "Van Gestel"),
        ("Nog even met R.B. gesproken via Insta. Gaat goed.", "R.B."),
    ],
)
def test_names_without_a_given_name(resolved, text: str, name: str) -> None:
    assert any(name in f for f in redacted(resolved(text), "PERSON"))


def test_a_museum_named_after_a_painter_is_no_surname(resolved) -> None:
    assert not redacted(resolved("We bezochten het Van Gogh Museum."), "PERSON")


def test_a_birth_date_after_is_van(resolved) -> None:
    text = (
        "Verslag 12 maart 2026. Besproken op 12 maart 2026.\n"
        "Ok. Jayden is van 14 mei 2010 volgens ons systeem, dus 15.\n"
    )
    found = resolved(text, (("Jayden", "PERSON"),))
    assert "14 mei 2010" in redacted(found, "DATE_OF_BIRTH")


def test_a_belgian_postcode_after_a_redacted_street(resolved) -> None:
    text = "de vader, de heer Kevin Vandenbroucke, Kapelstraat\n14, 2300 Turnhout (België), en"
    found = redacted(resolved(text), "NL_ADDRESS")
    assert "2300" in found and "Turnhout" in found


def test_trading_as_makes_the_address_a_persons(resolved) -> None:
    text = (
        "De heer S.J. Hiemstra\nh.o.d.n. Waterlijn Installatietechniek\nTrambaan 14\n"
        "8441 BK Heerenveen\n"
    )
    model = (("S.J. Hiemstra", "PERSON"), ("Waterlijn Installatietechniek", "ORGANIZATION"))
    found = resolved(text, model)
    assert "Trambaan 14" in redacted(found, "NL_ADDRESS")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Henk (zo noemt de eigenaar zichzelf) erkende dat de stal krap bij kas zat.", "Henk"),
        ("Ik hoorde dat Ola, zoals u uw partner noemde, de facturen maakt.", "Ola"),
    ],
)
def test_a_name_someone_goes_by(resolved, text: str, name: str) -> None:
    assert name in redacted(resolved(text), "PERSON")


@pytest.mark.parametrize(
    ("text", "gone", "entity"),
    [
        ("Car is a grey Volvo, LK19 XRT, can you check.", "LK19 XRT", "NL_LICENSE_PLATE"),
        ("Mijn BSN is 3235313139. De leges graag afschrijven.", "3235313139", "NL_BSN"),
        ("bij Hennie Bosma-Tuinstra, Noard 41, bereikbaar op", "Noard 41", "NL_ADDRESS"),
        ("woonachtig ul. Glogowska 118 m. 4, 60-243 Poznan. Hij", "60-243", "NL_ADDRESS"),
    ],
)
def test_more_personal_data_by_context(resolved, text: str, gone: str, entity: str) -> None:
    assert gone in redacted(resolved(text), entity)


def test_a_make_before_its_plate_is_no_person(resolved) -> None:
    assert not redacted(resolved("Car is a grey Volvo, LK19 XRT, can you check."), "PERSON")


def test_a_given_name_before_a_nickname_in_brackets(resolved) -> None:
    text = "Aanwezig: Wilhelmina (Mieke) Groeneveld en anderen.\nMieke telt.\n"
    found = resolved(text, (("Mieke", "PERSON"), ("Groeneveld", "PERSON")))
    assert any("Wilhelmina" in f for f in redacted(found, "PERSON"))
