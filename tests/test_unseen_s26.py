"""Classes of errors on unseen documents (issue 9), found on blind sets 212 and later.

Every example is invented for this file; the PDF tests build their pages with PyMuPDF
and read the output with ``pdftotext``, as a reader of the published file would.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from redactie.api import Options, run
from redactie.detect.engine import DetectionEngine, EngineConfig
from redactie.document import Document, Page
from redactie.resolve import ResolveContext, resolve
from tests.unseen_support import model_span, published, redacted, redacted_words, table_pdf

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


def test_members_of_a_chat_group_are_no_members_of_parliament(resolved) -> None:
    """``Leden (selectie): Kofi Boateng (nr 17), ...``: the members of a neighbourhood
    group, not ``de leden`` of a parliament; their house numbers in brackets go too."""
    text = (
        "Leden (selectie): Kofi Boateng (nr 17), Ingrid ter Beek (nr 21), Wim van Soest "
        "(Merelstraat 23)\n"
        "12-08-2025 02:14 - Kofi: Alarm bij Wim en Joke?? Iemand wakker?\n"
    )
    found = resolved(
        text,
        model=(("Leden", "PERSON"), ("Kofi Boateng", "PERSON"), ("Alarm bij Wim", "PERSON")),
    )
    words = redacted_words(found)
    assert {"Kofi", "Boateng", "17", "21", "Wim"} <= words
    assert "Leden" not in words and "Alarm" not in words


def test_a_car_before_its_plate_and_a_date_after_a_street(resolved) -> None:
    text = (
        "12-08-2025 02:16 - Robbie: Donkere auto reed richting Vinkenlaan\n"
        "12-08-2025 02:19 - Robbie: Zwarte Golf, kenteken KX-482-T volgens mij\n"
    )
    words = redacted_words(resolved(text))
    assert "KX-482-T" in words
    assert not {"Zwarte", "Golf", "Vinkenlaan"} & words


def test_a_direct_line_beside_a_team_mailbox_is_the_writers(resolved) -> None:
    text = (
        "Vragen kunnen naar veiligheid@amersfoort.nl of 033 - 469 51 72 (mijn directe lijn).\n"
        "Vragen over dit verslag: A. Zwiers, a.zwiers@westerveld.nl, 0521 - 59 42 18, of "
        "griffie@westerveld.nl.\n"
    )
    phones = redacted(resolved(text), "PHONE_NUMBER")
    assert {"033 - 469 51 72", "0521 - 59 42 18"} <= phones


def test_a_case_number_shaped_like_a_mobile_right_after_its_label(resolved) -> None:
    text = "Onderwerp: RE: bijenkasten grasveld Kerkweg - melding 06-20251873\n"
    assert "06-20251873" not in redacted(resolved(text))


def test_a_signers_name_and_the_organisation_on_the_next_line(resolved) -> None:
    text = (
        "Groet,\nBram\nBoomzorg Gelderse Vallei, European Tree Technician\n"
        "+31 (0)6 50 72 19 36\n"
    )
    words = redacted_words(resolved(text, model=(("Bram\nBoomzorg Gelderse Vallei", "PERSON"),)))
    assert "Bram" in words and "Boomzorg" not in words


def test_english_nationalities_months_and_units_are_no_persons(resolved) -> None:
    text = (
        "Since June, Dutch Customs has stopped two trucks with Belgian fiscal markers. "
        "He also used the address Rue des Tanneurs 9, 1000\nBruxelles. For urgent matters "
        "please call the Douane National Operations Centre at +31 88 156 60 00.\n"
    )
    found = resolved(
        text, model=(("June", "PERSON"), ("Dutch Customs", "PERSON"), ("Belgian", "PERSON"))
    )
    words = redacted_words(found)
    assert not {"June", "Dutch", "Customs", "Belgian"} & words
    assert "1000" in words
    assert "+31 88 156 60 00" not in redacted(found)


def test_a_surname_with_two_capitals_before_a_firm_in_brackets(resolved) -> None:
    """``Chris O'Connor (Northgate Secure)``: no department's abbreviation before a
    person in brackets, but a person and his firm."""
    text = "[do 18-09 10:02] Chris O'Connor (Northgate Secure)\nWe hebben de mail geblokkeerd.\n"
    assert "Northgate" not in redacted_words(resolved(text))


def test_a_ships_other_mentions_go_with_it(resolved) -> None:
    text = (
        "Om 06.42 uur is het motorvrachtschip Johanna Maria (ENI 02332719) tegen een jacht "
        "gevaren. De schipper van de Johanna Maria, de heer Tomasz Wiśniewski, voer richting "
        "het IJsselmeer.\n"
    )
    found = resolved(text, model=(("Johanna Maria", "PERSON"), ("Tomasz Wiśniewski", "PERSON")))
    words = redacted_words(found)
    assert "Johanna" not in words and "Wiśniewski" in words


def test_a_line_the_public_is_told_to_call(resolved) -> None:
    text = (
        "Vragen van journalisten gaan naar pers@ggdzeeland.nl; ouders kunnen bellen met "
        "0113 - 24 94 00. Voor spoedoverleg is hij bereikbaar op (0113) 24 93 61.\n"
    )
    phones = redacted(resolved(text), "PHONE_NUMBER")
    assert "0113 - 24 94 00" not in phones and "(0113) 24 93 61" in phones


def test_an_address_column_named_after_the_complainant(tmp_path) -> None:
    inp = tmp_path / "in" / "klachten.pdf"
    table_pdf(
        inp,
        "Overzicht klachtbehandeling",
        [
            ["Zaaknummer", "Klager", "Adres klager", "Onderwerp"],
            ["06-2025-118702", "R. Kartosen", "Esrein 58", "parkeerboete"],
        ],
        [40, 140, 260, 380],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "klachten.pdf")
    assert "Esrein" not in out and "Kartosen" not in out
    assert "parkeerboete" in out


def test_a_child_with_her_age_is_no_place(rules) -> None:
    """The model calls ``Indah`` a place where a rule reads a listed given name with the
    child's age after it: the rule's person stays."""
    text = "Mevrouw Fleur de Groot zegt dat haar dochter (Indah, 9 jaar) niet kan slapen.\n"
    engine = DetectionEngine(EngineConfig(use_model=False), rules)
    doc = Document(path=Path("t.pdf"), sha256="0", pages=(Page(0, text, 595, 842, 0, False),))
    found = [*engine.analyze_text(text), model_span(text, "Indah", "LOCATION")]
    assert any(f.text == "Indah" and f.entity_type == "PERSON" for f in found)
    out = resolve(found, ResolveContext(document=doc, rules=rules))
    assert "Indah" in redacted_words(out)


def test_a_committee_chair_with_her_party_and_committee_members(resolved) -> None:
    text = (
        "Aanwezig: stadsdeelvoorzitter Bulut (voorzitter), commissieleden De Groot-Ramdin, "
        "Lindqvist en Amrani; ambtelijk secretaris Marloes Tuinstra.\n"
        "J.C. Dhont\nvoorzitter, CDA\n"
    )
    found = resolved(
        text,
        model=(
            ("De Groot-Ramdin", "PERSON"),
            ("Lindqvist", "PERSON"),
            ("Amrani", "PERSON"),
            ("Marloes Tuinstra", "PERSON"),
            ("J.C. Dhont", "PERSON"),
        ),
    )
    words = redacted_words(found)
    assert not {"De", "Groot-Ramdin", "Lindqvist", "Amrani", "Dhont"} & words
    assert "Tuinstra" in words


def test_a_letter_to_the_minister_names_the_minister(resolved) -> None:
    text = (
        "U schrijft dat u een brief heeft gestuurd aan de minister van Volksgezondheid, "
        "Welzijn en Sport, minister\nJansen-Kuipers, die u naar ons heeft verwezen.\n"
        "Aan: inspecteur-generaal der Mijnen\n"
    )
    found = resolved(text, model=(("Jansen-Kuipers", "PERSON"),))
    assert not {"Jansen-Kuipers", "Mijnen"} & redacted_words(found)


def test_a_signature_of_an_undertaker_and_a_line_for_residents(resolved) -> None:
    text = (
        "Hartono zegt toe dat er een bewonerslijn komt, 020 - 261 4070, en een mailbox, "
        "buren@oostklank.nl.\n\nMet vriendelijke groet,\n\nPriscilla Kromodimedjo\n"
        "Uitvaartverzorger\nUitvaartonderneming Gebr. Coenradie\n"
        "Burgemeester Loeffplein 70, 5211 RX 's-Hertogenbosch\n"
    )
    found = resolved(text, model=(("Hartono", "PERSON"),))
    words = redacted_words(found)
    assert "Kromodimedjo" in words
    assert not {"Loeffplein", "buren@oostklank.nl"} & words
    assert "020 - 261 4070" not in redacted(found)


def test_a_home_address_column_with_a_remark_wrapped_in_its_header(tmp_path) -> None:
    inp = tmp_path / "in" / "noodopvang.pdf"
    table_pdf(
        inp,
        "Contactlijst noodopvang",
        [
            ["Rol", "Naam", "Huisadres (alleen\nvoor calamiteiten)"],
            ["Zorgcoördinator\n(GGD Fryslân)", "J.P.M.\nKoopmans", "Sixmastraat 18, 9001\nBN Grou"],
            ["Coördinator", "Ilham Bouzid", "Dr. Schaepmanstraat\n3, Goutum"],
        ],
        [40, 180, 320],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "noodopvang.pdf")
    for word in ("Sixmastraat", "Grou", "Goutum", "Koopmans"):
        assert word not in out


def test_initials_as_a_sign_off(resolved) -> None:
    text = (
        "Doe ik. Ik ben vanmiddag op het Stadskantoor. Groet, JV\n"
        "Kind regards,\n\nIngrid Kuipers\nConsular Officer\n\n"
        "Tomasz will cover the counter on 07700 900872 and 020 7230 8841.\n\nIK\n"
        "\nPRS/jho\n"
    )
    words = redacted_words(resolved(text))
    assert {"JV", "IK", "PRS", "jho", "07700", "7230"} <= words


def test_a_board_member_beside_a_role_of_three_words(tmp_path) -> None:
    inp = tmp_path / "in" / "ab.pdf"
    table_pdf(
        inp,
        "Verslag algemeen bestuur",
        [
            ["Naam", "Functie", "Fractie"],
            ["mw. L. van der Laan-Kroes", "lid dagelijks bestuur", "VVD"],
            ["Femke Dijkhuizen", "notulist, bestuurssecretariaat", "-"],
        ],
        [40, 200, 360],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "ab.pdf")
    assert "Laan-Kroes" in out and "Dijkhuizen" not in out


def test_a_pumping_station_named_after_a_dijkgraaf(resolved) -> None:
    text = "Gedeputeerde Hasselaar brengt een werkbezoek aan het gemaal Dijkgraaf Van der Goes.\n"
    found = resolved(text, model=(("Dijkgraaf Van der Goes", "PERSON"),))
    assert "Goes" not in redacted_words(found)


def test_a_chair_of_elected_members_and_the_public_told_where_to_mail(resolved) -> None:
    text = (
        "Aanwezig: mevrouw J.W. Hoogendijk-Bos (voorzitter), de Statenleden Van den Broek "
        "(BBB) en Kaya (D66).\n"
        "Mevrouw Gerdien Hazelhoff spreekt in over aanvallen van de wolf op haar bedrijf. "
        "Het bedrijf aan de Houtdorperweg 41 heeft een raster.\n"
        "Vragen van inwoners kunnen naar wolf@gelderland.nl.\n"
    )
    found = resolved(text, model=(("J.W. Hoogendijk-Bos", "PERSON"),))
    words = redacted_words(found)
    assert "Hoogendijk-Bos" not in words and "Hazelhoff" in words
    assert "Houtdorperweg" in words and "wolf@gelderland.nl" not in words


def test_a_talk_with_a_parent_is_dated_and_a_fitter_gives_his_own_number(resolved) -> None:
    text = (
        "Gesprek met moeder (26 maart 2025): mevrouw Van 't Hoff wil dat de kinderen "
        "blijven.\nHun monteur, de heer Nowicki, komt dinsdag. Hij kan u bereiken op "
        "+48 512 604 318 als hij later is.\n"
    )
    found = resolved(text)
    assert "26 maart 2025" not in redacted(found)
    assert "+48 512 604 318" in redacted(found)


def test_a_team_mailbox_broken_over_a_page_break_stays_whole(tmp_path) -> None:
    """``via de algemene mailbox midden-`` / (next page) ``nederland@rvdk.minvenj.nl``: the
    label keeps the first piece, and the piece on the next page is the same mailbox."""
    inp = tmp_path / "in" / "memo.pdf"
    inp.parent.mkdir(parents=True)
    doc = pymupdf.open()
    first = doc.new_page()
    first.insert_text((72, 100), "Memo over het raadsonderzoek.")
    first.insert_text(
        (72, 780), "Vragen graag aan Femke Zijlstra of via de algemene mailbox midden-"
    )
    second = doc.new_page()
    second.insert_text((72, 72), "nederland@rvdk.minvenj.nl.")
    doc.save(inp)
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "memo.pdf")
    assert "nederland@rvdk.minvenj.nl" in out and "Zijlstra" not in out


def test_a_rank_before_a_name_a_street_after_it_and_a_date_of_birth_later(resolved) -> None:
    text = (
        "Marechaussee Nadia Bouzidi heeft de reiziger meegedeeld dat het moest.\n"
        "[14-03-2026 03:04] Dewi Tanamal: Ik ken haar, het is Gerda Lubbers van de "
        "Zwiepseweg 112.\n"
        "[14-03-2026 03:07] Youssef Amrani: politie vroeg of iemand de geboortedatum had,\n"
        "volgens haar pasje 23-11-1949.\n"
        "02-12-2025 08:09 - J.V.: Mijn fout, verkeerde groep.\n"
        "Bewoner J.W.T. (geboren in 1936) viel uit bed.\n"
        "Geladen bij melkveehouder Douwe de Boer in Oldeboorn, Weinterp 31.\n"
    )
    found = resolved(
        text, model=(("Nadia Bouzidi", "PERSON"), ("Gerda Lubbers", "PERSON"))
    )
    words = redacted_words(found)
    assert {"Bouzidi", "Lubbers", "23-11-1949", "J.V", "1936", "Weinterp"} <= words


def test_a_landline_named_a_persons_in_a_case_file_and_initials_of_a_person(resolved) -> None:
    text = (
        "Ter Steege kreeg een waarschuwing. Zijn vaste lijn uit dat dossier: 030 - 271 5836.\n"
        'Rudi Tanamal is ziek. Ik noteer in het dossier alleen "R.T." en het zaaknummer.\n'
    )
    found = resolved(text)
    assert "030 - 271 5836" in redacted(found)
    assert "R.T." in redacted(found)


def test_a_mayors_row_with_a_wrapped_role_cell_and_a_line_via_the_office(tmp_path) -> None:
    inp = tmp_path / "in" / "crisisteam.pdf"
    table_pdf(
        inp,
        "Contactlijst crisisteam ziekenhuis",
        [
            ["Rol", "Naam", "Telefoon"],
            ["Burgemeester (vanaf GRIP 3),\nGemeente Ede", "Van der Knaap", "via 0318 - 68 09 11"],
            ["Liaison GHOR, Veiligheidsregio", "Frank Heuvelmans", "06 2746 9031"],
        ],
        [40, 230, 360],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "crisisteam.pdf")
    assert "Van der Knaap" in out and "0318 - 68 09 11" in out
    assert "Heuvelmans" not in out and "2746" not in out


def test_service_lines_in_english_a_body_called_and_a_wrapped_office_postcode(resolved) -> None:
    text = (
        "3. a complaints line staffed by our crew during the festival: 085 - 303 77 10.\n"
        "Outside office hours, please use our emergency line 072 - 582 82 82.\n"
        "Ik heb het Landelijk Coördinatiecentrum Patiënten Spreiding gebeld (088 - 202 36 00).\n"
        "The site meeting is at our office, Stationsplein\n136, 1703 WC Heerhugowaard.\n"
    )
    found = resolved(text)
    phones = redacted(found, "PHONE_NUMBER")
    assert not {"085 - 303 77 10", "072 - 582 82 82", "088 - 202 36 00"} & phones
    assert "1703 WC" not in redacted(found)


def test_a_citizens_postcode_under_his_street_stays_redacted(resolved) -> None:
    """The postcode of a kept office's street is kept; a citizen's own postcode under
    his redacted street is not, wherever a kept address stands on the page."""
    text = (
        "H. Özdemir\nKanaalweg 58 bis\n3533 HD Utrecht\ntel. 06-41827365\n\n"
        "Aan het college, Burgemeester Reigerstraat 64\n"
    )
    assert "3533 HD" in redacted(resolved(text))


def test_youths_in_a_chat_an_address_abroad_and_a_son_in_lelystad(resolved) -> None:
    text = (
        "14-09-2025 21:49 - Yusuf Çelik: Mo (15) heeft een bloedneus, Jaydee (16) is weg.\n"
        "15-09-2025 08:12 - Dewi Soerjadi: Volgens de registratie is hij van 03-11-2009.\n"
        "My current address is Flat 302, Sai Krupa Apartments, 4th Main Road, Malleshwaram, "
        "Bengaluru\n560003. The courier can reach me.\n"
        "PS. Mijn zoon Reggie woont in Lelystad, Kempenaar 09-14, als u post wilt sturen.\n"
    )
    words = redacted_words(resolved(text))
    assert {"Mo", "Jaydee", "03-11-2009", "Krupa", "560003", "Kempenaar", "09-14"} <= words


def test_members_with_their_local_party_and_a_mayor_of_a_named_town(tmp_path) -> None:
    inp = tmp_path / "in" / "rot.pdf"
    table_pdf(
        inp,
        "Verslag gebiedscommissie en ROT-oefening",
        [
            ["Naam", "Rol"],
            ["Rachid Amrani", "lid (fractie Leefbaar Feijenoord)"],
            ["Sanne Hoogendijk-Lie", "gebiedsnetwerker"],
        ],
        [40, 220],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "rot.pdf")
    assert "Amrani" in out and "Hoogendijk" not in out
    inp2 = tmp_path / "in" / "oefening.pdf"
    table_pdf(
        inp2,
        "Contactlijst oefening hoogwater",
        [
            ["Rol", "Naam", "Mobiel"],
            ["Voorzitter ROT-oefening,\nburgemeester Tiel", "Dijkhuizen-Amrani", "06 2940 7718"],
        ],
        [40, 230, 380],
    )
    assert run([inp2], tmp_path / "out2", Options(use_model=False)).ok
    out2 = published(tmp_path / "out2", "oefening.pdf")
    assert "Dijkhuizen-Amrani" in out2 and "2940" not in out2


def test_a_member_of_a_local_party_named_after_its_town(resolved) -> None:
    text = (
        "Aanwezig: 15 leden, onder wie Dros (Texels Belang), Kikkert-Boon (PvdA).\n"
        "De heer Dros vraagt of de korting ook geldt. Plaatselijk Belang Oosterend, "
        "mevrouw Hoogland, spreekt in.\n"
    )
    found = resolved(text, model=(("Dros", "PERSON"), ("Hoogland", "PERSON")))
    words = redacted_words(found)
    assert "Dros" not in words and "Hoogland" in words


def test_a_legal_form_is_no_ones_initials_and_flat_numbers_after_names(resolved) -> None:
    text = (
        "Bas Verwoerd verklaarde dat hij via uitzendbureau Flexwerk Polska B.V. werkt.\n"
        "Deelnemers: Marloes (nr. 412), Bilal (nr. 507), Agnieszka\n(nr. 611).\n"
    )
    model = (("Marloes", "PERSON"), ("Bilal", "PERSON"), ("Agnieszka", "PERSON"))
    found = resolved(text, model=model)
    words = redacted_words(found)
    assert "B.V" not in words and "Polska" not in words
    assert {"412", "507", "611"} <= words


def test_a_carnival_prince_is_no_royal(resolved) -> None:
    text = (
        "Prins Ramon I zal de sleutel van de gemeente op zaterdag in ontvangst nemen. "
        "Prins Constantijn opent de tentoonstelling.\n"
    )
    found = resolved(text, model=(("Ramon", "PERSON"), ("Constantijn", "PERSON")))
    words = redacted_words(found)
    assert "Ramon" in words and "Constantijn" not in words


def test_a_farm_on_a_street_of_two_words_and_a_number_given_to_the_clerk(resolved) -> None:
    text = (
        "Inspreker 3: de heer Mehmet Kılıç, eigenaar van een agrarisch bedrijf aan de "
        "Jouster Dyk 3a. Hij geeft zijn telefoonnummer af aan de griffie: (0596) 62 48 19.\n"
    )
    found = resolved(text)
    assert "Jouster Dyk 3a" in redacted(found)
    assert "(0596) 62 48 19" in redacted(found)


def test_an_adjective_before_a_surname_names_a_thing(resolved) -> None:
    text = "De zorgverzekeraar Zilveren Kruis betaalt niet. Bel ook Siosaia Verhagen.\n"
    words = redacted_words(resolved(text))
    assert "Zilveren" not in words and "Siosaia" in words


def test_no_name_from_a_clause_opener_or_a_job_before_a_surname(resolved) -> None:
    text = (
        "Zodat Verbunt het snapt. Onderzoeker Roodveldt zegt dat het klopt. Aan de "
        "Kamerlid van Haarlem\n\nPostbus 20011\n\nMevrouw Olga Dijkhuis bespreekt het.\n"
    )
    found = resolved(text)
    words = redacted_words(found)
    assert not {"Zodat", "Onderzoeker"} & words
    assert "Dijkhuis" in words
