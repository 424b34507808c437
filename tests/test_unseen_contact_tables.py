"""Classes of errors on unseen documents (issue 9), found on blind sets 23 and 24:
contact lists and tables of locations read by their geometry, chat senders by their
initials, wrapped identifiers, house numbers of neighbours, plural office holders,
cited authors, organisations by their legal form or by the cell above.

Every example is invented for this file; the PDF tests build their table with PyMuPDF
and read the output with ``pdftotext``, as a reader of the published file would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redactie.api import Options, run
from redactie.detect.names.lexicon import lexicon_for
from redactie.detect.names.text import is_org_word
from redactie.findings import Action
from redactie.rules import RuleSet
from tests.unseen_support import published, redacted, redacted_words, table_pdf

_redacted, _words = redacted, redacted_words


_table_pdf = table_pdf


def _published(tmp_path: Path, name: str) -> str:
    return published(tmp_path / "out", name)


# ------------------------------------------------------------ a column of names


def test_a_contact_list_reads_its_name_column(tmp_path: Path) -> None:
    """Under ``Naam`` every cell is a person, also a name no list holds and one that
    wraps inside its cell; a landline in a person's row is that person's, even after
    the organisation's cell; an office holder with a role in the row stays."""
    inp = tmp_path / "in" / "contactlijst.pdf"
    inp.parent.mkdir()
    _table_pdf(
        inp,
        "Contactlijst regiegroep warmte, versie 3",
        [
            ["Naam", "Functie", "Organisatie", "Telefoon"],
            ["Marit Doornebosch", "wethouder", "Gemeente Oldenzaal", "via secretariaat"],
            ["Tjitske Olderaan", "adviseur warmte", "Gemeente Hengelo", "074 - 245 18 19"],
            ["Gerrit Oude\nKempersveld", "bestuurder", "Coöperatie Zon U.A.", "06 - 21 44 80 19"],
            ["dhr. K.\nBurgemeester", "penningmeester", "Stichting Warmte", "06 - 33 90 12 77"],
        ],
        [40, 160, 270, 400],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = _published(tmp_path, "contactlijst.pdf")
    for gone in ("Olderaan", "Kempersveld", "Gerrit", "Burgemeester", "074 - 245", "06 - 21"):
        assert gone not in out
    for kept in ("Marit Doornebosch", "Gemeente Hengelo", "Coöperatie Zon", "Naam", "Functie"):
        assert kept in out


def test_a_table_of_locations_keeps_their_addresses(tmp_path: Path) -> None:
    """Under ``Adres`` in a table whose first column is ``Locatie`` the addresses are the
    locations'; a host family's row keeps its address personal; the contact persons
    under ``Contactpersoon`` are redacted, also one glued to the address cell."""
    inp = tmp_path / "in" / "locaties.pdf"
    inp.parent.mkdir()
    _table_pdf(
        inp,
        "Overzicht opvanglocaties, stand 3 maart 2026",
        [
            ["Locatie", "Plekken", "Adres", "Contactpersoon"],
            ["azc Vlissingen", "300", "Kenaupark 14", "Ilse Verburgt"],
            ["noodopvang Goes", "80", "Westhavendijk 2", "P.K. Vanderhoydonck"],
            ["gastgezin", "3", "Zandweg 71", "fam. Osseweijer"],
        ],
        [40, 150, 200, 300],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = _published(tmp_path, "locaties.pdf")
    for kept in ("azc Vlissingen", "Kenaupark 14", "Westhavendijk 2", "noodopvang Goes"):
        assert kept in out
    for gone in ("Zandweg 71", "Vanderhoydonck", "Verburgt", "Osseweijer"):
        assert gone not in out


def test_a_name_under_an_organisation_word_in_its_cell_names_the_club(
    tmp_path: Path,
) -> None:
    """``Gymnastiekvereniging`` / ``Willem Lodewijk``: a cell that wraps after an
    organisation word goes on with the name the club is named after."""
    inp = tmp_path / "in" / "aanvragen.pdf"
    inp.parent.mkdir()
    _table_pdf(
        inp,
        "Overzicht aanvragen subsidie sport 2026",
        [
            ["Nr", "Aanvrager", "Contactpersoon", "Advies"],
            ["1", "Gymnastiekvereniging\nWillem Lodewijk", "Anneke Zwierstra", "toekennen"],
            ["2", "Schaakclub Max Euwe\nSneek", "Jelle Koopmans", "afwijzen"],
        ],
        [40, 60, 200, 330],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = _published(tmp_path, "aanvragen.pdf")
    assert "Willem Lodewijk" in out and "Max Euwe" in out
    assert "Zwierstra" not in out and "Koopmans" not in out


# ------------------------------------------------------------ chats, plates, numbers


def test_a_chat_sender_by_initials_is_redacted_everywhere(resolved) -> None:
    text = (
        "Leden: Ruud, Sanne, Mo, KJ\n\n"
        "[16-07-26 05:46] KJ: Ik ga, en Sanne voor communicatie.\n"
        "[16-07-26 07:32] Mo: KJ kun je de netbeheerder bellen?\n"
        "[16-07-26 07:35] KJ: Doe ik.\n"
    )
    found = resolved(text)
    spans = [(f.start, f.end) for f in found if f.action is Action.REDACT and f.text == "KJ"]
    assert len(spans) == text.count("KJ")


def test_a_chat_sender_by_initials_the_model_found_stays_redacted(resolved) -> None:
    text = "[16-07-26 05:46] KJ: Ik ga.\n[16-07-26 05:50] KJ: Ben er.\n"
    found = resolved(text, (("KJ", "PERSON"),))
    assert "KJ" in _redacted(found)


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Auto van de dochter staat nog voor het huis, 52-\nTRH-6. Kan die weg?", "52-\nTRH-6"),
        ("Er staat ook een Duitse\ncamper VIE-KL 482 vast op de camping.", "VIE-KL 482"),
    ],
)
def test_a_plate_wrapped_over_a_line_end(resolved, text: str, plate: str) -> None:
    assert plate in _redacted(resolved(text), "NL_LICENSE_PLATE")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hij zegt dat de onderhuurder van nummer 22 de schutting wil houden.", "nummer 22"),
        ("Waarom kregen de buren op nr. 41a geen brief en wij wel?", "nr. 41a"),
        ("Wij hebben de eigenaar van nummer 26 gevraagd de heg te snoeien.", "nummer 26"),
    ],
)
def test_a_house_named_by_its_number_after_its_residents(
    resolved, text: str, number: str
) -> None:
    assert number in _redacted(resolved(text), "NL_ADDRESS")


def test_names_before_birth_dates_in_brackets(resolved) -> None:
    text = "Kinderen: Anjali (geb. 03-04-2012) en Dawid (geb. 21 juni 2016)\n\nAanleiding"
    assert {"Anjali", "Dawid"} <= _words(resolved(text))


# ------------------------------------------------------------ public persons


def test_plural_office_holders_wrapped_and_after_van_de(resolved) -> None:
    text = (
        "3. Gedeputeerde Verhulst beantwoordt de vragen van de Statenleden Huijsman en\n"
        "Sehgal over de hotelboot in Terneuzen.\n"
    )
    found = resolved(text, (("Huijsman", "PERSON"), ("Sehgal", "PERSON")))
    assert not {"Huijsman", "Sehgal"} & _words(found)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Monitor RES 2025 van het Planbureau voor de Leefomgeving, auteurs R. van den "
            "Wijngaart en S. Pieterse-Bakermans. Algemeen nummer: 070 - 328 87 00.",
            {"Wijngaart", "Pieterse-Bakermans"},
        ),
        (
            "U verwijst naar het proefschrift van G.P. van den Berg over windturbinegeluid in "
            "de nacht (Rijksuniversiteit Groningen, 2006) en naar het rapport.",
            {"Berg"},
        ),
    ],
)
def test_cited_authors_stay(resolved, text: str, authors: set[str]) -> None:
    assert not authors & _words(resolved(text))


def test_an_employee_of_the_minister_is_still_no_minister(resolved) -> None:
    text = "Een medewerker van de minister Jan Jansen belde gisteren over de stukken."
    assert "Jansen" in _words(resolved(text))


# ------------------------------------------------------------ contact data


def test_a_postcode_at_the_end_of_a_paragraph_is_no_letterhead(resolved) -> None:
    text = (
        "Mailadressen: het secretariaat via secretariaat@gemeente-goes.nl; opvang in Hof\n"
        "Zeeland via de gemeente Goes en de coördinator van de opvang; het gastgezin\n"
        "(4356 RH Oostkapelle) via hun eigen adres.\n"
    )
    assert "4356 RH" in _redacted(resolved(text))


def test_a_switchboard_labelled_t_beside_a_mobile_labelled_m(resolved) -> None:
    text = (
        "Hartelijke groet,\n\nJolien Verhagen\nProgrammasecretaris\nProvincie Zeeland\n"
        "Abdij 9, 4331 BK Middelburg\nT 0118 - 631 011 | M 06 - 5207 - 1185\n"
    )
    found = resolved(text)
    assert not any("0118" in t for t in _redacted(found))
    assert any(t.startswith("06") for t in _redacted(found, "PHONE_NUMBER"))


@pytest.mark.parametrize(
    "address",
    ["klachtencoordinator@wsrl.nl", "crisiscel@limburg.be", "regietafelasiel@zeeland.nl",
     "privacyfunctionaris@gouda.nl"],
)
def test_mailboxes_of_a_role_or_a_desk_stay(resolved, address: str) -> None:
    text = f"Stuur uw vragen aan het team via {address} of bel ons.\n"
    assert address not in _redacted(resolved(text))


def test_a_mailbox_in_a_footer_of_the_organisations_contact_data(resolved) -> None:
    """``vth`` alone could be someone's initials; in a footer line between the general
    number and the website it is the department's mailbox."""
    text = "Gemeente Dordrecht\n14 078 | vth@dordrecht.nl | www.dordrecht.nl\n"
    assert "vth@dordrecht.nl" not in _redacted(resolved(text))
    assert "vth@dordrecht.nl" in _redacted(resolved("Mail gerust naar vth@dordrecht.nl.\n"))


def test_a_job_and_an_employer_in_brackets_after_a_name(resolved) -> None:
    text = "Netto inkomen mevrouw Ramdin-Jagroep (schoonmaker, Asito): 1.412 euro per maand."
    words = _words(resolved(text))
    assert "Ramdin-Jagroep" in words and "Asito" not in words


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Via de reder\nRivercruise Flanders BVBA, bereikbaar.", "Rivercruise Flanders BVBA"),
        ("Schulden: Santander Consumer Finance, lening auto, 4.870,00", "Consumer Finance"),
    ],
)
def test_a_model_span_that_is_a_firm(resolved, text: str, span: str) -> None:
    """A firm by its legal form, or the tail of a longer capitalised name the model cut."""
    assert not _redacted(resolved(text, ((span, "PERSON"),)), "PERSON")


def test_a_hyphenated_surname_ending_in_an_organisation_word_is_a_name(rules: RuleSet) -> None:
    lex = lexicon_for(rules)
    assert not is_org_word("ramdin-jagroep", lex)
    assert is_org_word("werkgroep", lex)


# ------------------------------------------------------------ blind22 classes


def test_a_hotel_named_like_a_person_in_a_table_of_locations(tmp_path: Path) -> None:
    """``Hotel Berg en Bos``: a name after an organisation word and ``en`` is the
    hotel's, not a person beside the row's data; the address cell read together with a
    long first cell (``De Eglantier Eglantierlaan 200``) is still the location's."""
    inp = tmp_path / "in" / "opvang.pdf"
    inp.parent.mkdir()
    _table_pdf(
        inp,
        "Overzicht bezetting opvang ontheemden, peildatum 2 maart 2026",
        [
            ["Locatie", "Adres", "Plaatsen", "Contactpersoon"],
            ["Opvang Hotel Berg en Bos", "Aquamarijnstraat 58", "64", "Ruben Baldewsingh"],
            ["Opvang kantoorpand De Eglantier", "Eglantierlaan 200", "90", "Olha Kravets"],
            ["Gastgezin (particulier)", "Ravenweg 19", "3", "fam. Van den Broek"],
        ],
        [40, 188, 300, 350],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = _published(tmp_path, "opvang.pdf")
    for kept in ("Hotel Berg en Bos", "Aquamarijnstraat 58", "De Eglantier", "Eglantierlaan 200"):
        assert kept in out
    for gone in ("Ravenweg 19", "Baldewsingh", "Kravets"):
        assert gone not in out


def test_a_service_before_a_vocative_is_no_given_name(resolved) -> None:
    text = (
        "[13-01-26 09:20] Jurgen Zandbergen: Stuur het via Zivver aub.\n"
        "[13-01-26 09:24] Ferhat Yildiz: Sorry, te snel. Stuur ik je via Zivver Jurgen\n"
    )
    found = resolved(text, (("Zivver", "ORGANIZATION"), ("Jurgen", "PERSON")))
    assert "Zivver" not in _words(found)
    assert "Jurgen" in _words(found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Meneer Martina was thuis, kinderen (Jaydon en Shaniqua) zijn er om de week.",
         {"Jaydon", "Shaniqua"}),
        ("Net langs geweest met de wijkagent (Kuipers) en de buurvrouw.", {"Kuipers"}),
    ],
)
def test_names_in_brackets_after_a_noun_for_persons(resolved, text: str, names: set[str]) -> None:
    assert names <= _words(resolved(text))


def test_brackets_after_a_noun_for_persons_that_hold_no_names(resolved) -> None:
    text = "De medewerkers (team Jeugd) en de kinderen (Nederland, België) komen ook."
    assert not {"Jeugd", "Nederland", "België"} & _words(resolved(text))


def test_a_given_name_cut_short_after_a_chat_author(resolved) -> None:
    text = (
        "[13-01-26 08:52] Ferhat Yildiz: Ai. Dan moeten we eerst langs.\n"
        "[13-01-26 09:23] Dennis Schepen (wijkteam): Fer!! BSN niet in de app.\n"
        "[13-01-26 12:03] Marloes de Berg: top, thx Fer\n"
    )
    found = resolved(text)
    shorts = [f for f in found if f.text == "Fer" and f.action is Action.REDACT]
    assert len(shorts) == 2


def test_an_address_at_a_relatives_is_personal(resolved) -> None:
    text = (
        "Beschikking gaat naar zijn postadres bij de zus, Ceintuurbaan 204, 1272 LH Huizen.\n"
    )
    assert {"Ceintuurbaan", "204"} <= _words(resolved(text))


def test_a_street_on_drift_after_a_name(resolved) -> None:
    text = "Het vonnis is binnen in de zaak Martina, Bosdrift 112-3. Ontruiming volgt."
    assert "Bosdrift 112-3" in _redacted(resolved(text), "NL_ADDRESS")


def test_a_region_the_model_calls_a_person(resolved) -> None:
    text = "Voor de kinderen loopt er al contact met Veilig Thuis Gooi en Vechtstreek.\n"
    assert "Vechtstreek" not in _words(resolved(text, (("Vechtstreek", "PERSON"),)))


def test_a_street_wrapped_after_its_first_word_and_after_a_dwelling_verb(resolved) -> None:
    text = (
        "Daarvoor woonde hij zelfstandig op\nGedempte Molenwijk 18 in Joure. Het is positief.\n"
    )
    assert "Gedempte Molenwijk 18" in _redacted(resolved(text), "NL_ADDRESS")


def test_an_address_after_a_centre_the_model_calls_a_place(resolved) -> None:
    text = "ROT om 07.00 uur in het Regionaal Crisiscentrum Venlo, Sint\nJorisweg 1. Wie gaat er?\n"
    found = resolved(text, (("Regionaal Crisiscentrum Venlo", "LOCATION"),))
    assert not any("Jorisweg" in t for t in _redacted(found))


def test_a_meeting_venue_line_keeps_its_address(resolved) -> None:
    text = "Locatie: ontmoetingsruimte azc, Pelikaanweg 2, 9406 AK Assen - kenmerk COA-2026-014\n"
    assert not any("Pelikaanweg" in t for t in _redacted(resolved(text)))
    home = "Locatie: bij mevrouw Jansen thuis, Dorpsstraat 12, 9406 AK Assen\n"
    assert any("Dorpsstraat" in t for t in _redacted(resolved(home)))


def test_a_portfolio_word_the_model_put_in_the_name(resolved) -> None:
    text = "Zij heeft burgemeester Hiemstra en wethouder Zorg en Welzijn Tjeerdsma geïnformeerd.\n"
    found = resolved(text, (("Welzijn Tjeerdsma", "PERSON"),))
    assert "Tjeerdsma" not in _words(found)


# ------------------------------------------------------------ blind25/26 classes


def test_a_table_of_objections_redacts_names_and_wrapped_addresses_in_person_rows(
    tmp_path: Path,
) -> None:
    """Under ``Bezwaarmaker`` a name glued to the next cell is a person; the address
    cell of that row is the person's, also where it wraps; a firm's row keeps its
    address and landline."""
    inp = tmp_path / "in" / "bezwaren.pdf"
    inp.parent.mkdir()
    _table_pdf(
        inp,
        "Overzicht bezwaarschriften milieuzone, stand 1 december 2025",
        [
            ["Zaaknr.", "Bezwaarmaker", "Adres", "Contact"],
            ["BZ-0412", "H.J. van den Brink", "Sonsbeeksingel\n88, 6822 BK", "06 2381 9045"],
            ["BZ-0548", "Jozef Vandenbroucke", "Kapelstraat 19,\n2480 Dessel (B)", "+32 494 2715"],
            ["BZ-0590", "Stichting Dierenhulp\nArnhem", "Westervoortsedijk\n73", "026 - 445 23 23"],
        ],
        [40, 100, 220, 330],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = _published(tmp_path, "bezwaren.pdf")
    for gone in ("Brink", "Sonsbeeksingel", "6822", "Vandenbroucke", "Kapelstraat", "Dessel"):
        assert gone not in out
    for kept in ("Stichting Dierenhulp", "Westervoortsedijk", "026 - 445 23 23"):
        assert kept in out


def test_a_job_in_brackets_in_a_list_of_participants_is_no_spokesperson(resolved) -> None:
    text = "Deelnemers: Popescu, Andreea (persvoorlichter), Hardjosoemarto, Dewi (persvoorlichter)"
    found = resolved(text, (("Hardjosoemarto, Dewi", "PERSON"),))
    assert "Hardjosoemarto" in _words(found)


def test_a_chat_header_name_ends_with_its_line(resolved) -> None:
    text = "[di 09-12-2025 08:52] Hardjosoemarto, Dewi\nConcept voor de lijn: de minister\n"
    assert "Concept" not in _words(resolved(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Student Bilal, date of birth 14th of March 2003, BSN volgt.", "14th of March 2003"),
        ("uw geboortedatum, die u in het Engels noteerde als March 4, 1987. Die", "March 4, 1987"),
        ("he lives in Delft at Oude Delft 166. Klopt dat?", "Oude Delft 166"),
        ("kentekens genoteerd (V-627-RK en het Poolse PO 4KX29)", "PO 4KX29"),
        ("met het Poolse kenteken WGM\n73K5 geparkeerd", "WGM\n73K5"),
    ],
)
def test_english_births_and_addresses_and_foreign_plates(resolved, text: str, found: str) -> None:
    assert found in _redacted(resolved(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('het rapport "Geen tweederangsburgers" van het Aanjaagteam onder leiding van '
         "Emile Roemer (2020). Zij is bereikbaar.", "Roemer"),
        ("het Glaspaleis, in 1935 gebouwd voor textielhandelaar Peter Schunck naar ontwerp "
         "van Frits Peutz. Raadslid Bemelmans vraagt naar de kosten.", "Peutz"),
    ],
)
def test_leaders_of_a_cited_report_and_persons_of_an_old_building(
    resolved, text: str, name: str
) -> None:
    assert name not in _words(resolved(text))


def test_a_header_label_line_ends_a_role(resolved) -> None:
    text = "Aan: de burgemeester van Zaanstad\nVia: mr. Ilse ter Horst (ITh), coördinator\n"
    assert "Horst" in _words(resolved(text))


def test_a_car_before_its_plate_is_no_person(resolved) -> None:
    text = "stond een grijze Škoda Octavia met het Poolse kenteken WGM 73K5 geparkeerd."
    assert not {"Škoda", "Octavia"} & _words(resolved(text, (("Octavia", "PERSON"),)))


def test_a_familys_partnership_and_a_double_surname_read_with_a_typo(resolved) -> None:
    text = (
        "Aangetekend\nMaatschap Hoekstra-Bijlssma\n"
        "t.a.v. de heer D.S. Hoekstra en mevrouw S. Hoekstra-Bijlsma\nOpperbuorren 14\n"
    )
    assert "Hoekstra-Bijlssma" in _words(resolved(text))


def test_an_inverted_name_in_a_mail_header_with_a_role_word_surname(resolved) -> None:
    text = "Van: Prins, Ruud <r.prins@zaanstad.nl>\nAan: team\n\nGroet,\nRuud Prins\n"
    assert {"Prins", "Ruud"} <= _words(resolved(text))


def test_a_form_name_field_in_block_letters_and_family_labels(resolved) -> None:
    text = (
        "Naam + voornamen: ISENIA, Jurmaine Ruthsel\n"
        "Kinderen: Dayenne (8 jr, OBS De Zeven Linden) en Kiran (5 jr)\n"
    )
    words = _words(resolved(text))
    assert {"ISENIA", "Jurmaine", "Ruthsel", "Dayenne", "Kiran"} <= words
    assert "Linden" not in words


def test_two_capitalised_words_that_open_a_sentence_before_its_verb(resolved) -> None:
    """The model's ``Wenjie Gebremedhin`` at a sentence's start, a verb after it: only
    the first capital is the sentence's."""
    text = "Doe ik. Wenjie Gebremedhin meldt trouwens dat de lijst nog niet klopt.\n"
    assert "Gebremedhin" in _words(resolved(text, (("Wenjie Gebremedhin", "PERSON"),)))
    other = "Goed zo. Regionaal Crisiscentrum meldt dat het water daalt.\n"
    assert "Crisiscentrum" not in _words(
        resolved(other, (("Regionaal Crisiscentrum", "PERSON"),))
    )


def test_the_name_a_person_goes_by_in_brackets_after_the_name(resolved) -> None:
    text = "Overleg met Jan Jansen (Jantje) en Piet de Vries (Gemeente) en Karin Bakker (VVD).\n"
    words = _words(resolved(text))
    assert "Jantje" in words
    assert not {"Gemeente", "VVD"} & words


def test_a_surname_after_van_t_that_is_also_an_organisation_word(resolved) -> None:
    text = "Deelnemers: Gerrit Smit en wijkagent Sanne van 't Hof (06 1503 8847).\n"
    assert "Hof" in _words(resolved(text))


def test_an_undashed_plate_after_auto_and_a_comma(resolved) -> None:
    text = "Ik rij morgen met mijn eigen auto, 37TKP5, kun je die op de lijst zetten?"
    assert "37TKP5" in _redacted(resolved(text), "NL_LICENSE_PLATE")


def test_inverted_names_and_wrapped_bsns_in_a_table_of_applicants(tmp_path: Path) -> None:
    inp = tmp_path / "in" / "kwijtschelding.pdf"
    inp.parent.mkdir()
    _table_pdf(
        inp,
        "Overzicht besluiten kwijtschelding, derde kwartaal 2025",
        [
            ["Nr", "Aanvrager", "BSN", "Besluit"],
            ["KW-0412", "Koning, P. de", "575 439 543", "toegewezen"],
            ["KW-0414", "Habtemariam,\nYohannes", "632 478\n652", "afgewezen"],
        ],
        [40, 100, 220, 300],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = _published(tmp_path, "kwijtschelding.pdf")
    for gone in ("Koning", "Habtemariam", "Yohannes", "575 439", "632 478", "652"):
        assert gone not in out
    assert "toegewezen" in out and "KW-0412" in out
