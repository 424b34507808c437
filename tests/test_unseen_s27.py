"""Classes of errors on unseen documents (issue 9), found on blind sets 236 and later.

Every example is invented for this file; the PDF tests build their pages with PyMuPDF
and read the output with ``pdftotext``, as a reader of the published file would.
"""

from __future__ import annotations

import pymupdf

from redactie.api import Options, run
from tests.unseen_support import kept, published, redacted, redacted_words

# ---------------------------------------------------------------- office holders


def test_an_office_holder_with_a_portfolio_and_a_given_name_in_brackets(resolved) -> None:
    """``wethouder Sociaal Domein, D. (Dewi) de Haan`` where the model read only the
    given name: the whole name holds the office; the clerk of the same surname below
    is redacted."""
    text = (
        "Portefeuillehouder: wethouder Sociaal Domein, D. (Dewi) de Haan\n"
        "Steller: Marieke de Haan, beleidsadviseur opvang\n"
    )
    found = resolved(text, model=(("Dewi", "PERSON"), ("Marieke de Haan", "PERSON")))
    assert "D. (Dewi) de Haan" in kept(found)
    assert "Marieke" in redacted_words(found)


def test_an_office_holder_by_surname_vouches_for_no_full_name(resolved) -> None:
    """``wethouder Hoekstra`` ... ``jeugdtrainer Ids Hoekstra``, ``Behandeld door: Anne
    Hoekstra``: a surname alone in an office does not keep a full name of that surname."""
    text = (
        "Behandeld door: Anne Hoekstra\n"
        "\n"
        "Volgens de secretaris is jeugdtrainer Ids Hoekstra een neef van wethouder\n"
        "Hoekstra. De wethouder was niet bij de beoordeling betrokken.\n"
    )
    found = resolved(
        text,
        model=(("Anne Hoekstra", "PERSON"), ("Ids Hoekstra", "PERSON"), ("Hoekstra.", "PERSON")),
    )
    assert {"Anne", "Ids"} <= redacted_words(found)


def test_a_members_surname_shared_with_a_citizen_in_the_same_document(resolved) -> None:
    """``dhr. Kofi Asante-Boateng`` ... ``Kamerlid Boateng (GL-PvdA)``: the part of a
    redacted double surname is not spread onto the office holder."""
    text = (
        "Gebeld door: dhr. Kofi Asante-Boateng, voorzitter van de voetbalclub.\n"
        "Kamerlid Boateng (GL-PvdA) heeft schriftelijke vragen aangekondigd.\n"
    )
    found = resolved(text)
    assert "Asante-Boateng" in redacted_words(found)
    assert not any(f.text == "Boateng" for f in found if f.action.value == "redact")


# ---------------------------------------------------------------- names


def test_a_salutation_makes_a_famous_name_a_living_person(resolved) -> None:
    """``De heer Pieter Zeeman, directeur-eigenaar van het hotel``: a Nobel laureate's
    name after ``De heer`` is the hotel owner's."""
    text = "- De heer Pieter Zeeman, directeur-eigenaar van het hotel, wil verlengen.\n"
    found = resolved(text, model=(("Pieter Zeeman", "PERSON"),))
    assert "Zeeman" in redacted_words(found)


def test_initials_on_a_paraaf_line_and_after_a_household_word(resolved) -> None:
    """``Paraaf Juridische Zaken: A.Ö.``, ``Update gezin H. (Oekraïens)``, ``bij mevr.
    W. geweest`` inside a model's longer span: the initials are a person's."""
    text = (
        "Paraaf afdelingshoofd: KvO 13/10\n"
        "Paraaf Juridische Zaken: A.Ö.\n"
        "\n"
        "Update gezin H. (Oekraïens): de moeder heeft een uitkering.\n"
        "Ik ben net bij mevr. W. geweest, ze heeft geen verwarming.\n"
    )
    found = resolved(text, model=(("Update gezin H.", "PERSON"), ("W. geweest", "PERSON")))
    assert {"A.Ö", "H", "W"} <= redacted_words(found)


def test_codes_of_double_surnames_dated_codes_and_a_date_before_the_code(resolved) -> None:
    """``MdJ-B`` (a double surname's code), ``paraaf LBT 19/6, AMe 20/6, DG: HdR`` and
    ``GEZIEN 17/3 AvK``: every code is a colleague's."""
    text = (
        "Akkoord teamleider: MdJ-B, 19-02-2026\n"
        "\n"
        "[documentinformatie; paraaf LBT 19/6, AMe 20/6, DG: HdR]\n"
        "\n"
        "Telefoonnotitie                      GEZIEN 17/3 AvK\n"
    )
    assert {"MdJ-B", "LBT", "AMe", "HdR", "AvK"} <= redacted_words(resolved(text))


def test_a_given_name_wrapped_inside_brackets_in_a_cell(resolved) -> None:
    """``+31 (0)6 5107 4428 (moeder`` / ``Femke)``: the bracket goes on over the wrap."""
    text = "AS-2025-0490 Jasper Kok\n+31 (0)6 5107 4428 (moeder\nFemke)\n\nkind gevallen\n"
    assert "Femke" in redacted_words(resolved(text))


def test_a_persons_names_in_file_names(tmp_path) -> None:
    """``begroting-2026-kuipers.xlsx`` after ``Wobbe Jan Kuipers``, and a child's birth
    date written ``20130304`` in an attachment's name: the person and the date."""
    inp = tmp_path / "in" / "export.pdf"
    inp.parent.mkdir(parents=True)
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Penningmeester: Wobbe Jan Kuipers, telefoon 0513 - 61 29 07.")
    page.insert_text((72, 130), "Kind: Jayden Mensah, geboren 04-03-2013.")
    page.insert_text((72, 160), "Bijlagen: begroting-2026-kuipers.xlsx en")
    page.insert_text((72, 180), "VT-melding-Mensah-20130304.pdf")
    doc.save(inp)
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "export.pdf")
    assert "kuipers" not in out.lower()
    assert "Mensah" not in out and "20130304" not in out
    assert "begroting-2026-" in out


def test_a_club_of_three_words_is_no_person(resolved) -> None:
    """``voorzitter VV Oranje Wit '72``: a football club by its kind's abbreviation."""
    text = "Gebeld door: dhr. Kofi Mensah, voorzitter VV Oranje Wit '72\n"
    found = resolved(text, model=(("Kofi Mensah", "PERSON"), ("VV Oranje Wit", "PERSON")))
    assert "Oranje" not in redacted_words(found)


def test_the_press_is_no_person_and_its_line_is_public(resolved) -> None:
    """``Pers kan zich melden op het persnummer`` / ``06 1022 3344``: the press line is
    the organisation's, also a mobile; ``Pers`` read as a name is no evidence against."""
    text = (
        "[14-01-26 21:07] Jorien: GRIP 2 afgekondigd. Pers kan zich melden op het persnummer\n"
        "06 1022 3344 (staat op onze website onder Pers).\n"
    )
    found = resolved(text, model=(("Pers", "PERSON"),))
    assert "06 1022 3344" in kept(found)
    assert "Pers" not in redacted(found)


# ---------------------------------------------------------------- identifiers


def test_a_lelystad_block_number_and_a_foreign_plate_in_brackets(resolved) -> None:
    """``wonend Kempenaar 08-14, Lelystad`` (a block's number with its leading zero) and
    ``his car (WGM 4521C, Polish registration)``."""
    text = (
        "teamleider (geboren 17.06.1974, wonend Kempenaar 08-14, Lelystad).\n"
        "He says that his car (WGM 4521C, Polish registration) was damaged.\n"
    )
    found = redacted(resolved(text))
    assert "Kempenaar 08-14" in found and "WGM 4521C" in found


def test_a_letters_own_reference_is_no_citizen_service_number(resolved) -> None:
    """``Ons kenmerk 262400789`` passes the elfproef, but it is the letter's reference."""
    text = "Datum 23 juni 2026\nOns kenmerk 262400789\nUw kenmerk 2026Z03417\n"
    assert "262400789" not in redacted(resolved(text))


def test_an_embassy_office_a_consuls_mailbox_and_a_claims_desk(resolved) -> None:
    """``our office is at Alexanderstraat 25``, ``<haga.konsul@msz.gov.pl>`` and
    ``schadeclaims@nijmegen.nl``: an office's address and desks' mailboxes."""
    text = (
        "To: Embassy of the Republic of Poland <haga.konsul@msz.gov.pl>\n"
        "\n"
        "The general number of the embassy is +31 70 799 01 00; our office is at\n"
        "Alexanderstraat 25, 2514 JM Den Haag.\n"
        "\n"
        "Vragen over dit overzicht: schadeclaims@nijmegen.nl of telefoon 14 024.\n"
    )
    found = kept(resolved(text))
    assert {"haga.konsul@msz.gov.pl", "schadeclaims@nijmegen.nl"} <= found
    assert any(t.startswith("Alexanderstraat 25") for t in found)


def test_an_organisations_block_with_its_own_mailbox_gives_its_address(resolved) -> None:
    """``Soenita Ramdin (Woonwenz)`` / ``Oude Markt 2, Venlo`` / ``info@woonwenz.nl``:
    the corporation's office; a resident's block with a private mailbox stays."""
    text = (
        "13 Maas, Ilse\nKaldenkerkerweg 190, 5913\nAD Venlo\n\nilse.maas@gmail.com\n\n"
        "14 Soenita Ramdin (Woonwenz)\nOude Markt 2, Venlo\n06 50 62 81 77, info@woonwenz.nl\n"
    )
    found = resolved(text)
    assert any(t.startswith("Oude Markt 2") for t in kept(found))
    assert any(t.startswith("Kaldenkerkerweg 190") for t in redacted(found))


# ---------------------------------------------------------------- round two (blind240-243)


def test_a_childs_birth_date_right_after_the_name(resolved) -> None:
    """``Kind met astma opgenomen: Amira`` / ``Bouzid, 7 mei 2019``: a date seven years
    before the document, after a child's name, is its birth date."""
    text = (
        "[di 14-07-2026 16:20] Update 14 juli 2026: kind met astma opgenomen in het "
        "ziekenhuis: Amira\nBouzid, 7 mei 2019. Ouders zijn bij haar.\n"
    )
    assert "7 mei 2019" in redacted(resolved(text))


def test_a_whatsapp_line_a_dispatching_and_a_press_desk_are_general(resolved) -> None:
    text = (
        "Inwoners kunnen vragen stellen via de WhatsApp-lijn van\nde gemeente, 06 4700 1475.\n"
        "Contact via onze wachtofficier, +32 475 62 18 09, of de dispatching op "
        "+32 11 26 40 00.\n"
        "Persdesk (070 - 412 34 56) staat roodgloeiend.\n"
    )
    found = resolved(text)
    assert {"06 4700 1475", "+32 11 26 40 00", "070 - 412 34 56"} <= kept(found)
    assert "+32 475 62 18 09" in redacted(found)


def test_desks_of_german_offices_their_numbers_and_a_museum(resolved) -> None:
    """``incidentroom@``, ``veterinaeramt@``: desks; ``02821 594-217`` after ``directly
    on``: a person's line; ``B.C. Koekkoek-Haus``: a museum named after a painter."""
    text = (
        "Cc: NVWA Incident Room <incidentroom@nvwa.nl>; veterinaeramt@kreis-kleve.de\n"
        "\n"
        "Our veterinarian is Dr. Tomasz Kaczmarek; you can reach him directly on 02821 "
        "594-217.\nThe meeting is at the B.C. Koekkoek-Haus in Kleve.\n"
    )
    found = resolved(text, model=(("B.C. Koekkoek-Haus", "PERSON"),))
    assert {"incidentroom@nvwa.nl", "veterinaeramt@kreis-kleve.de"} <= kept(found)
    assert "02821 594-217" in redacted(found)
    assert "Koekkoek-Haus" not in redacted_words(found)


def test_office_holders_with_their_role_in_the_next_cell(resolved) -> None:
    """``Ingrid Tolsma`` / ``burgemeester, Gemeente Harlingen``, ``Douwe Tiemersma`` /
    ``gedeputeerde Water, Provincie Fryslân``, ``Hatice Demir-Faber`` / ``Tweede
    Kamerlid (CDA)``; not ``Joep Stalman`` / ``Burgemeester: Femke Halsema``."""
    text = (
        "10 Ingrid Tolsma\nburgemeester, Gemeente Harlingen via\n\n"
        "8 Douwe Tiemersma\ngedeputeerde Water, Provincie Fryslân\n\n"
        "16 Hatice Demir-Faber\nTweede Kamerlid (CDA)\n\n"
        "11 Dmytro Shevchuk\nhavenmeester, Gemeente Harlingen\n\n"
        "Wijkagent: Joep Stalman\nBurgemeester: Femke Halsema\n"
    )
    found = resolved(text)
    assert {"Ingrid Tolsma", "Douwe Tiemersma", "Hatice Demir-Faber"} <= kept(found)
    assert {"Shevchuk", "Stalman"} <= redacted_words(found)


def test_initials_and_given_name_columns_and_a_place_after_particles(tmp_path) -> None:
    """``Voorl./voornaam`` | ``J.W.``, ``Voornaam`` | ``Yu-Ting``, ``Vergunninghouder`` |
    ``van Zwijndrecht``: the persons' initials, given name and surname."""
    from tests.unseen_support import table_pdf

    inp = tmp_path / "in" / "lijst.pdf"
    table_pdf(
        inp,
        "Betaallijst nadeelcompensatie",
        [
            ["Dossier", "Achternaam", "Voorl./", "Voornaam", "Vergunninghouder"],
            ["NC 25-001", "Hoekstra", "J.W.", "Yu-Ting", "van Zwijndrecht"],
            ["NC 25-002", "Osei", "A.", "Akua", "Kowalczyk"],
        ],
        [40, 120, 210, 290, 380],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "lijst.pdf")
    assert "J.W." not in out and "Yu-Ting" not in out and "Zwijndrecht" not in out
    assert "NC 25-001" in out


def test_a_named_persons_home_is_no_permit_location_and_a_frisian_street(resolved) -> None:
    """``Betreft: ..., Hollanderdijk 43`` and ``de heer R.J. Wester, Hollanderdijk 43``:
    the permit's location is the named man's home; ``(Op 'e Noed 7, Holwerd)``."""
    text = (
        "Betreft: bezwaar tegen verleende omgevingsvergunning, Hollanderdijk 43\n\n"
        "Wij zijn de directe buren van de heer R.J. Wester, Hollanderdijk 43. Hierbij maken "
        "wij bezwaar.\n\n"
        "Bewoner Douwe Ferwerda (Op 'e Noed 7, Holwerd) vindt dat hij fout is geadviseerd.\n"
    )
    found = redacted(resolved(text))
    assert sum(t == "Hollanderdijk 43" for t in found) >= 1
    assert "Hollanderdijk 43" not in kept(resolved(text))
    assert "Op 'e Noed 7" in found


def test_a_persons_number_after_her_organisation_and_dates_and_numbers(resolved) -> None:
    """``Ruthmila Gumbs van de Rijksdienst Caribisch Nederland (+599-318-2749)``: hers;
    ``geb. 7-5-'49``; ``dochter 06/41 27 90 35``; ``Gezien teamleider: JB 20/11``."""
    text = (
        "Ruthmila Gumbs van de Rijksdienst\nCaribisch Nederland (+599-318-2749) regelt dit.\n"
        "geb. 7-5-'49 in Kumasi, tel. 036-5 34 12 88 / dochter 06/41 27 90 35\n"
        "Gezien teamleider: JB 20/11\n"
    )
    found = resolved(text, model=(("Rijksdienst\nCaribisch Nederland", "ORGANIZATION"),))
    assert {"+599-318-2749", "7-5-'49", "06/41 27 90 35", "JB"} <= redacted(found)


def test_a_role_without_an_article_is_a_title_before_a_given_name(resolved) -> None:
    """``bij wethouder Haile``, ``of wethouder Manuel``: the office holders, though their
    surnames are given names elsewhere."""
    text = (
        "Hij sprak bij wethouder Haile tijdens het spreekuur.\n"
        "Hij vraagt of wethouder Manuel zijn brief heeft gelezen.\n"
    )
    found = resolved(text, model=(("Haile", "PERSON"), ("Manuel", "PERSON")))
    assert {"Haile", "Manuel"} <= kept(found)


def test_a_register_column_of_handlers_codes_and_a_legend_in_lower_case(resolved) -> None:
    """``Reg.`` | ``MKB``, ``A.O.``, ``jdv``: the colleagues who registered the rows;
    ``jdv = Jorrit de Vries`` in the legend is that colleague's code too."""
    text = "Registratiecodes: jdv = Jorrit de Vries (afdeling bezoekzaken).\nNog vragen? Bel jdv.\n"
    found = resolved(text)
    assert sum(f.text == "jdv" for f in found if f.action.value == "redact") == 2


def test_a_weekday_surname_as_a_chats_sender(resolved) -> None:
    """``Dewi Zondag (communicatieadviseur)`` ... ``14-02-2026 05:11 - Zondag: ...``."""
    text = (
        "Deelnemers: Dewi Zondag (communicatieadviseur), Kofi Mensah (OvD)\n\n"
        "14-02-2026 05:11 - Zondag: NL-Alert staat klaar. Akkoord?\n"
        "14-02-2026 05:12 - Kofi Mensah: Akkoord, op zondag is de pier dicht.\n"
    )
    found = resolved(text, model=(("Dewi Zondag", "PERSON"),))
    sender = text.index("Zondag:")
    assert any(f.start == sender for f in found if f.action.value == "redact")


def test_a_saluted_namesake_of_a_council_member_stays_a_citizen(resolved) -> None:
    """``Aanwezige raadsleden: Yılmaz (DENK)`` ... ``Inspreker: mevrouw Hatice Yılmaz`` ...
    ``Mevrouw Yılmaz vraagt``: the council member is kept, the speaker redacted both
    times."""
    text = (
        "Aanwezige raadsleden: Yılmaz (DENK), Olthof (VVD)\n\n"
        "Inspreker 2: mevrouw Hatice Yılmaz, vrijwilliger bij het buurthuis. Zij is geen "
        "familie van het raadslid. Mevrouw Yılmaz vraagt om ruimte.\n"
    )
    found = resolved(text, model=(("Yılmaz", "PERSON"), ("Hatice Yılmaz", "PERSON")))
    later = text.index("Mevrouw Yılmaz") + len("Mevrouw ")
    assert any(f.start <= later < f.end for f in found if f.action.value == "redact")
    assert any(f.text == "Yılmaz" and f.start < 40 for f in found if f.action.value == "keep")
