"""Classes of errors on unseen documents (issue 9), found on blind sets 112 to 123.

Every example is invented for this file; the PDF tests build their pages with PyMuPDF
and read the output with ``pdftotext``, as a reader of the published file would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redactie.api import Options, run
from tests.unseen_support import kept, published, redacted, redacted_words, table_pdf

# ---------------------------------------------------------------- names


def test_a_surname_inside_a_compound_with_a_noun(resolved) -> None:
    text = (
        "De heer Ferhat Çakır woont in Delfzijl.\n"
        "Het IMG reageert op de casus-Çakır en het Çakır-dossier.\n"
    )
    found = resolved(text)
    assert sum(1 for f in found if f.text == "Çakır" and f.action.value == "redact") == 2


def test_a_double_surname_is_no_compound_with_a_noun(resolved) -> None:
    text = "Mevrouw Ineke Bosman belde. Ook mevrouw Bosman-de Groot kwam langs.\n"
    assert "Bosman-de Groot" in " ".join(redacted(resolved(text), "PERSON"))


def test_two_given_names_paired_by_a_slash(resolved) -> None:
    text = "Deelnemers: Rachid Benali, Sanne de Graaf.\nKoppels: Rachid/Sanne noord, ik zuid.\n"
    found = resolved(text)
    assert sum(1 for f in found if f.text == "Rachid" and f.action.value == "redact") == 1


def test_a_path_with_a_slash_is_no_name(resolved) -> None:
    text = "Rachid Benali belde. Zie www.example.nl/Rachid/Benali voor de foto.\n"
    found = resolved(text)
    assert not any(f.text == "Rachid" and f.action.value == "redact" for f in found)


def test_a_lone_surname_with_foreign_letters_opening_a_sentence(resolved) -> None:
    text = "Ik sprak de handhavers. Kılınç constateerde dat de auto fout stond.\n"
    assert "Kılınç" in redacted(resolved(text), "PERSON")


@pytest.mark.parametrize("word", ["Curaçao", "Škoda", "Kraków"])
def test_a_place_or_make_with_foreign_letters_is_no_surname(resolved, word: str) -> None:
    text = f"Ik sprak de handhavers. {word} is vaker genoemd in het verslag.\n"
    assert not redacted(resolved(text), "PERSON")


def test_a_given_name_from_a_found_persons_mail_address(resolved) -> None:
    text = (
        "Klager is de heer R.J. Mahabier uit Almere.\n"
        "Wilk is een katvanger. Dorian zegt dat hij hem niet kent.\n"
        "Contact: dorian.mahabier88@gmail.com\n"
    )
    assert "Dorian" in redacted(resolved(text), "PERSON")


def test_a_nickname_between_given_name_and_surname(resolved) -> None:
    text = (
        "Gegevens voor het dossier: Hendrika (Doortje) Veldkamp-de Boer, geb. 12-08-1941.\n"
        "Doortje belde me net nog over de lift.\n"
    )
    found = redacted_words(resolved(text))
    assert {"Hendrika", "Doortje", "Veldkamp-de"} <= found


def test_two_letters_of_a_given_name_after_a_greeting(resolved) -> None:
    text = (
        "07:46 - Mohamed Amrani: Binnen, 412 planten.\n"
        "07:50 - Sanne Wijnands: Top Mo. Ik zet het besluit klaar.\n"
    )
    assert any(f.text == "Mo" for f in resolved(text) if f.action.value == "redact")


def test_a_given_name_after_the_last_sentence_of_a_message_signs_it(resolved) -> None:
    text = "Dank allen. Ik meld het aan de DG. Hanneke\n\nvan der Kooij, H.C. (voorzitter)\n"
    assert "Hanneke" in redacted(resolved(text), "PERSON")


def test_a_place_after_the_last_sentence_is_no_signature(resolved) -> None:
    text = "Ik bel hem morgen. Groningen\n\nVolgende punt.\n"
    assert not redacted(resolved(text), "PERSON")


def test_a_name_after_an_aside_in_brackets_takes_its_given_name(resolved) -> None:
    text = "Bruid: Shanice Lachman, geboren in Paramaribo.\n3. (misschien) Orlando Lachman.\n"
    assert "Orlando Lachman" in redacted(resolved(text), "PERSON")


def test_a_vets_name_before_a_clinic_that_wraps(resolved) -> None:
    text = "De hond is gechipt bij dierenarts drs. H.M. Oosterwijk van Dierenkliniek\nHet Veld.\n"
    assert "H.M. Oosterwijk" in redacted(resolved(text), "PERSON")


def test_a_mixed_case_code_with_a_lower_case_initial(resolved) -> None:
    text = "Notitie: aanvraag doorgestuurd naar jvdM - beëdiging bij de rechtbank.\n"
    assert "jvdM" in redacted(resolved(text), "PERSON")


def test_a_surnames_capitals_inside_a_case_number_are_no_code(resolved) -> None:
    text = "Rutger Klaassen begeleidt het gezin.\nZaaknummer C/05/398112 / JE RK 25-1207.\n"
    assert "RK" not in redacted(resolved(text), "PERSON")


# ---------------------------------------------------------------- office holders


def test_an_island_council_member_in_a_table_is_kept(resolved) -> None:
    text = "Functie\nNaam\n\nEilandsraadslid\nRudsel Thielman\nja\n\nNotulist\nNadisha Coffie\nja\n"
    found = resolved(text)
    assert "Rudsel Thielman" in kept(found, "PERSON")
    assert "Nadisha Coffie" in redacted(found, "PERSON")


def test_a_role_that_is_an_actions_object_is_no_title(resolved) -> None:
    text = "25-43 Verslag naar de Rijksvertegenwoordiger\nN. Coffie\n27 oktober 2025\n"
    assert "N. Coffie" in redacted(resolved(text), "PERSON")


def test_a_count_of_members_is_no_parliament(resolved) -> None:
    text = "Kanaal: #incident | 5 leden\n\u00a0\nPriya Ramdin 08:47\nDe export stond open.\n"
    assert "Priya Ramdin" in redacted(resolved(text), "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Het grafmonument van de beiaardier Hendrik Jan Stoutjes\n(1812-1879) vertoont scheuren.\n",
        "Het graf van de soldaat William J. MacLeod (gesneuveld 17 april\n1945) wordt hersteld.\n",
    ],
)
def test_a_death_long_ago_makes_a_person_of_history(resolved, text: str) -> None:
    assert not redacted(resolved(text), "PERSON")


def test_a_recent_death_keeps_the_name_redacted(resolved) -> None:
    text = "Mijn vader, Willem Hendrik Oosterbaan (overleden 11 december 2025), woonde in Delft.\n"
    assert "Willem Hendrik Oosterbaan" in redacted(resolved(text), "PERSON")


# ---------------------------------------------------------------- organisations


def test_an_organisations_name_with_an_ampersand_before_its_address(resolved) -> None:
    text = (
        "Naima Bouzidi | Woonconsulent\nWooncorporatie Kust & Polder\n"
        "Burgemeester Rasterhofflaan 21, 1703 RK Heerhugowaard\n"
    )
    found = resolved(text)
    assert not any("Polder" in f for f in redacted(found))


def test_the_models_lone_word_ending_an_organisations_name(resolved) -> None:
    text = "Maatschappelijk werker Tjitske Hiemstra van Welzijn Dijk en Waard kent mevrouw.\n"
    found = resolved(text, (("Waard", "PERSON"),))
    assert "Waard" not in redacted(found, "PERSON")


def test_a_freight_firm_is_no_person(resolved) -> None:
    text = (
        "De ketelwagen was van RailLink Cargo B.V.\n"
        "| Y. el Amrani | machinist RailLink Cargo | 04-11-1986 |\n"
    )
    found = resolved(text, (("RailLink Cargo", "PERSON"),))
    assert not any("Cargo" in f for f in redacted(found, "PERSON"))


# ---------------------------------------------------------------- numbers and plates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Betreft: verlenging jachtakte nr. JA-0551234", "JA-0551234"),
        ("2. Beretta 686, kaliber 12, serienummer 55120XK881", "55120XK881"),
        ("UBN: 2291744", "2291744"),
    ],
)
def test_a_persons_licence_weapon_and_farm_numbers(resolved, text: str, value: str) -> None:
    assert value in redacted(resolved(text + "\n"))


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Jammer. Mijn auto is WPI 4K817, ik lever alles om zes uur aan.", "WPI 4K817"),
        ("Er staat een Duitse truck van de onderaannemer (KLE-RB 4821) die weg moet.",
         "KLE-RB 4821"),
    ],
)
def test_a_plate_stated_after_its_vehicle(resolved, text: str, plate: str) -> None:
    assert plate in redacted(resolved(text + "\n"), "NL_LICENSE_PLATE")


def test_an_area_code_in_brackets_takes_only_ten_digits(resolved) -> None:
    text = "- Gerrit de Ruijter: (0481) 46 33 05\n\u00a0\n5. Vervolg\nDe inspectie start.\n"
    assert "(0481) 46 33 05" in redacted(resolved(text), "PHONE_NUMBER")


def test_an_offices_number_after_a_compound_office_word(resolved) -> None:
    text = (
        "Femke Altena\nsecretaris, Gemeente Harlingen\n\n"
        "Altena meldt dat vragen voortaan via haven@harlingen.nl of het havenkantoor, 0517\n"
        "- 49 22 90, lopen en niet via de privételefoon van de havenmeester.\n"
    )
    assert "0517\n- 49 22 90" in kept(resolved(text), "PHONE_NUMBER")


def test_a_mail_in_a_later_clause_does_not_own_an_offices_number(resolved) -> None:
    text = (
        "Zijn advocaat, mr. J.W. Tilborg van Pelikaan Advocaten, vroeg de beelden op. Het\n"
        "kantoor is bereikbaar via 073 - 614\n22 00 en Stationsplein 9, 5211 AP 's-Hertogenbosch;\n"
        "mr. Tilborg gaf ook haar adres jw.tilborg@pelikaan-advocaten.nl.\n"
    )
    assert "073 - 614\n22 00" in kept(resolved(text), "PHONE_NUMBER")


# ---------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Zijn zuster, woonachtig aan de Slinge\n412B, 3085 EZ Rotterdam, belde.", "Slinge\n412B"),
        ("De heer Nowak, akkerbouwer aan de Zuidwestertocht 14 bij Emmeloord, vraagt.",
         "Zuidwestertocht 14"),
        ("our house at Jl. Kaliurang KM 5,6\nNo. 17, Sleman, is rented out.",
         "Jl. Kaliurang KM 5,6\nNo. 17"),
    ],
)  # fmt: skip
def test_home_addresses_of_unseen_shapes(resolved, text: str, address: str) -> None:
    assert address in redacted(resolved(text + "\n"), "NL_ADDRESS")


def test_a_street_with_a_title_named_again_without_its_number(resolved) -> None:
    text = (
        "Gastgezin: familie Hartono, Prinses Irenelaan 14, 3731 GK De Bilt.\n"
        "Zij krijgt een kamer in onze woning aan de Prinses Irenelaan en een fiets.\n"
    )
    assert "Prinses Irenelaan" in redacted(resolved(text), "NL_ADDRESS")


# ---------------------------------------------------------------- tables (PDF)


def test_childrens_initials_and_dates_under_a_bracketed_header(tmp_path: Path) -> None:
    inp = tmp_path / "in" / "pleeggezinnen.pdf"
    table_pdf(
        inp,
        "Contactlijst pleeggezinnen",
        [
            ["Pleeggezin", "Telefoon", "Pleegkind\n(initialen, geb.)"],
            ["Ramdin en Kanhai", "06-18437725", "S.R., 12-03-2014"],
            ["Hoekstra", "06-41873320", "L.K., 30-09-2017;\nN.K., 30-09-2017"],
        ],
        [40, 200, 330],
    )  # fmt: skip
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "pleeggezinnen.pdf")
    for gone in ("S.R.", "12-03-2014", "L.K.", "N.K.", "30-09-2017"):
        assert gone not in out
    assert "Pleegkind" in out


def test_register_numbers_of_seven_digits_in_a_register_column(tmp_path: Path) -> None:
    inp = tmp_path / "in" / "incident.pdf"
    table_pdf(
        inp,
        "Betrokkenen",
        [
            ["Rol", "Naam", "Registratienummer"],
            ["Gedetineerde A", "Yusuf Aydemir", "1048273"],
            ["Gedetineerde B", "Dwayne Sabajo", "1051966"],
        ],
        [40, 160, 320],
    )  # fmt: skip
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "incident.pdf")
    assert "1048273" not in out and "1051966" not in out


def test_a_role_after_met_with_the_name_wrapped_in_prose_is_kept(resolved) -> None:
    text = "Agenda: het gesprek met gedeputeerde\nVan Bruggen is nu om 14.00 uur.\n"
    found = resolved(text, (("Van Bruggen", "PERSON"),))
    assert "Van Bruggen" not in redacted(found, "PERSON")


# ---------------------------------------------------------------- the model's spans


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Subject: protocol - incident 4 August, ref. DGGS/2025-0457\n", "August"),
        ("They took the patient to AZ Jan Palfijn in Ghent.\n", "Jan Palfijn"),
        ("Hij verwees naar de sluiting van obs Grutte Pier in 2019.\n", "Grutte Pier"),
        ("A note for the Benelux Committee of Ministers.\n", "Ministers"),
        ("FPS Public Health, Food Chain Safety and Environment\n", "Food Chain"),
    ],
)
def test_the_models_names_that_are_dates_or_institutions(resolved, text: str, span: str) -> None:
    assert span not in redacted(resolved(text, ((span, "PERSON"),)), "PERSON")


def test_an_organisation_after_its_kind_is_no_person_elsewhere(resolved) -> None:
    text = (
        "De wethouder wijst op de coöperatie Greidhoeke Enerzjy in vier dorpen.\n"
        "| 26-09 | Contact met Greidhoeke Enerzjy | SWi |\n"
    )
    found = resolved(text, (("Greidhoeke Enerzjy", "PERSON"),))
    assert not any("Greidhoeke" in f for f in redacted(found, "PERSON"))


def test_the_subject_of_an_exhibition_is_a_person_of_history(resolved) -> None:
    text = "Hij wijst op de tentoonstelling over Cornelis Lely in de hal van het gemaal.\n"
    assert "Cornelis Lely" in kept(resolved(text), "PERSON")


def test_the_unit_a_head_heads_is_no_person(resolved) -> None:
    text = "Aan: E.W. Siersema, hoofd Netwerkmanagement\nVan: Rutger ter Horst\n"
    assert "Netwerkmanagement" not in redacted(resolved(text), "PERSON")


def test_an_office_or_desk_at_an_address_in_running_text(resolved) -> None:
    text = (
        "Ik heb 389 euro moeten betalen bij het depot aan de Anthony Fokkerweg 15 in\n"
        "Haarlem. Ons kantoor zit sinds dit jaar aan de Burgemeester Boumanlaan 12, 1503 AB\n"
        "Zaandam. Vragen kunnen naar het informatiepunt op Lekdijk 1a in Schalkwijk.\n"
    )
    found = kept(resolved(text), "NL_ADDRESS")
    assert any("Fokkerweg 15" in f for f in found)
    assert any("Boumanlaan 12" in f for f in found)
    assert "Lekdijk 1a" in found


def test_a_street_and_number_beside_a_postcode_is_no_name(resolved) -> None:
    text = "Inspectie van het Onderwijs | Park Voorn 4 | 3544 AC Utrecht | www.inspectie.nl\n"
    assert not redacted(resolved(text), "PERSON")


def test_an_address_whose_street_has_its_own_article(resolved) -> None:
    text = "Beide werknemers wonen in een woonunit op het erf aan Het Ambacht 27 te Dronten.\n"
    assert "Het Ambacht 27" in redacted(resolved(text), "NL_ADDRESS")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Het consulaat is op 1 juli gesloten. Spoedaanvragen kunt u melden via 020 - 642 61 37.",
         "020 - 642 61 37"),
        ("Bel mij gerust; het vaste nummer van de opvang (030 - 634 1190) is na zes uur dicht.",
         "030 - 634 1190"),
    ],
)  # fmt: skip
def test_a_number_the_reader_is_told_to_call_is_the_organisations(
    resolved, text: str, number: str
) -> None:
    assert number in kept(resolved(text + "\n"), "PHONE_NUMBER")


def test_the_writers_own_number_stays_redacted(resolved) -> None:
    text = "U kunt mij bellen op 020 - 642 61 37 als er iets is.\n"
    assert "020 - 642 61 37" in redacted(resolved(text), "PHONE_NUMBER")


def test_a_registry_number_that_passes_the_eleven_test_is_no_bsn(resolved) -> None:
    text = "Wij staan onder LRK-nummer 184927365 ingeschreven, locatie Lupinestraat 4.\n"
    assert not redacted(resolved(text), "NL_BSN")


def test_a_name_after_a_street_named_after_an_office_is_no_office_holder(resolved) -> None:
    text = "Post\nNaam\n\nKruising Burgemeester Wijnenstraat Fatma Doğan\n06 1984 3307\n"
    assert any("Fatma Doğan" in f for f in redacted(resolved(text), "PERSON"))


def test_a_date_after_a_name_and_a_wrapped_comma_ending_a_sentence(resolved) -> None:
    text = "7 april 2026\nMijn team: Lucas Vermeulen; Naomi Sewnath,\n30.01.1996. Ik bel.\n"
    found = resolved(text, (("Naomi Sewnath", "PERSON"),))
    assert "30.01.1996" in redacted(found, "DATE_OF_BIRTH")


def test_a_hungarian_street_and_postcode(resolved) -> None:
    text = "De handelaar woont aan de Petőfi Sándor utca 14, H-6000 Kecskemét.\n"
    assert "Petőfi Sándor utca 14, H-6000" in redacted(resolved(text), "NL_ADDRESS")


def test_a_double_surname_whose_part_is_a_place_word_in_a_chat_header(resolved) -> None:
    text = "[di 07-04 08:52] Wirawan-Sluis, Ketut (OCW)\nKentekens tot nu toe: geen.\n"
    found = resolved(text, (("Wirawan-Sluis, Ketut", "PERSON"),))
    assert "Wirawan-Sluis, Ketut" in redacted(found, "PERSON")


def test_a_column_of_children_by_given_name(tmp_path: Path) -> None:
    inp = tmp_path / "in" / "toeslagen.pdf"
    table_pdf(
        inp,
        "De teruggevorderde bedragen per jaar",
        [
            ["Toeslagjaar", "Opvang", "Kind"],
            ["2012", "Kinderdagverblijf De Parelvisser", "Jadon (12-05-2010)"],
            ["2013", "Kinderdagverblijf De Parelvisser", "Jadon, Imara (30-09-2012)"],
        ],
        [40, 120, 330],
    )  # fmt: skip
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "toeslagen.pdf")
    for gone in ("Jadon", "Imara", "12-05-2010", "30-09-2012"):
        assert gone not in out
    assert "Parelvisser" in out


def test_an_employer_in_brackets_after_a_name_is_no_nickname(resolved) -> None:
    text = (
        "Afwezig met bericht: ing. Koen Vlugt (Kadaster), Marjolein Dekker (IPO).\n"
        "Het Kadaster levert de kaarten aan.\n"
    )
    assert "Kadaster" not in redacted(resolved(text), "PERSON")


def test_a_foreign_mobile_in_a_signature_is_the_persons(resolved) -> None:
    text = (
        "Met vriendelijke groet,\nThomas Whitfield\nProjectontwikkelaar\n"
        "Enerzon Noord B.V.\n+44 7911 423806\n"
    )
    assert "+44 7911 423806" in redacted(resolved(text), "PHONE_NUMBER")


def test_the_models_span_opening_with_a_street_after_an_office_word(resolved) -> None:
    text = "Post\nNaam\n\nKruising Burgemeester Wijnenstraat Fatma Doğan\n06 1984 3307\n"
    found = resolved(text, (("Wijnenstraat Fatma Doğan", "PERSON"),))
    assert any("Fatma" in f for f in redacted(found, "PERSON"))
    assert not any("Fatma" in f for f in kept(found, "PERSON"))


def test_the_first_part_of_a_double_surname_after_a_salutation(resolved) -> None:
    text = (
        "De dochter, mevrouw Anke van 't Hof-Hoekstra, is gebeld.\n"
        "Mevrouw Van 't Hof is boos dat zij het pas later hoorde.\n"
    )
    assert "Van 't Hof" in redacted(resolved(text), "PERSON")
