"""Classes of errors on unseen documents (issue 9), found on blind sets 188 and later.

Every example is invented for this file; the PDF tests build their pages with PyMuPDF
and read the output with ``pdftotext``, as a reader of the published file would.
"""

from __future__ import annotations

from redactie.api import Options, run
from tests.unseen_support import kept, published, redacted, redacted_words, table_pdf

# ---------------------------------------------------------------- numbers in columns


def test_numbers_in_a_personnel_or_candidate_number_column(tmp_path) -> None:
    inp = tmp_path / "in" / "rooster.pdf"
    table_pdf(
        inp,
        "Personeelslijst veerdienst",
        [
            ["Naam", "Personeelsnr.", "Functie", "Kandidaatnummer"],
            ["Sandra Pinas", "VH-10482", "schipper", "7201448396"],
            ["Bart ter Brugge", "VH-10517", "matroos", "7199873042"],
        ],
        [40, 160, 260, 360],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "rooster.pdf")
    for number in ("VH-10482", "VH-10517", "7201448396", "7199873042"):
        assert number not in out
    assert "schipper" in out


def test_a_year_alone_in_a_born_column_is_a_date_of_birth(tmp_path) -> None:
    """``Cliënt | Geboren`` / ``A.d.B. | 1936``: with the client's initials, the year of
    birth identifies the client."""
    inp = tmp_path / "in" / "steekproef.pdf"
    table_pdf(
        inp,
        "Steekproef declaraties 2025",
        [
            ["Cliënt", "Geboren", "Uren"],
            ["A.d.B.", "1936", "14"],
            ["H.J.K.", "1942", "21"],
        ],
        [40, 160, 280],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "steekproef.pdf")
    assert "1936" not in out and "1942" not in out
    assert "2025" in out and "21" in out


# ---------------------------------------------------------------- council members


def test_names_in_a_party_row_and_a_roll_call_vote_are_council_members(tmp_path) -> None:
    inp = tmp_path / "in" / "raad.pdf"
    table_pdf(
        inp,
        "Verslag raadsvergadering; stemming over de motie zonnepark",
        [
            ["Fractie", "Aanwezig", "Afwezig"],
            ["Gemeentebelangen", "Zwiers, Lanting", "-"],
            ["CDA", "Kamphuis-Oldenziel", "Dilling"],
            ["Voor", "Tegen", ""],
            ["Kamphuis-Oldenziel, Lanting", "Zwiers", ""],
        ],
        [40, 200, 360],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "raad.pdf")
    assert out.count("Zwiers") == 2 and out.count("Kamphuis-Oldenziel") == 2
    assert "Lanting" in out


def test_an_office_in_a_clause_with_a_gentleman_as_its_object(resolved) -> None:
    """``vraagt of de gedeputeerde de heer Oosterhout persoonlijk wil spreken``: the
    gentleman is whom the office holder is asked to meet, not the office holder."""
    text = (
        "Het lid Karaca leest een brief voor van de heer Bram Oosterhout. Zij vraagt of "
        "de gedeputeerde de heer Oosterhout persoonlijk wil spreken.\n"
        "Gedeputeerde de heer Van der Linde antwoordt dat hij dat doet.\n"
    )
    found = resolved(
        text,
        model=(("Bram Oosterhout", "PERSON"), ("Van der Linde", "PERSON")),
    )
    assert "Oosterhout" in redacted_words(found)
    assert "Van der Linde" in kept(found, "PERSON")


def test_an_english_alderman_in_his_role(resolved) -> None:
    text = "Alderman Kleijn, who holds the planning portfolio, would like to visit the site.\n"
    assert "Kleijn" in kept(resolved(text, model=(("Kleijn", "PERSON"),)), "PERSON")


def test_a_minutes_header_word_on_the_next_line_is_no_part_of_the_name(resolved) -> None:
    text = (
        "Voorzitter: de commissaris van de Koning, de heer De Raad-Verkerk\n"
        "Aanwezig namens Gedeputeerde Staten: gedeputeerde Van der Linde\n"
    )
    found = resolved(text)
    assert not any("Aanwezig" in t for t in redacted(found))


# ---------------------------------------------------------------- names


def test_a_twente_surname_in_thuis_is_no_home_care_organisation(resolved) -> None:
    text = (
        "De heer Gerrit-Jan Klein Woolthuis spreekt namens de omwonenden. "
        "Klein Woolthuis vreest overlast van brommers.\n"
    )
    found = resolved(text, model=(("Gerrit-Jan Klein Woolthuis", "PERSON"),))
    assert "Woolthuis" in redacted_words(found)


def test_a_unit_in_brackets_after_an_unlisted_name(resolved) -> None:
    text = "| 2 | Terugbellen bewoner | Bayu Pattiasina (team Gaswinning) | 15 oktober |\n"
    found = resolved(text, model=(("Bayu Pattiasina", "PERSON"),))
    assert "Bayu Pattiasina" in redacted(found, "PERSON")


def test_a_place_after_a_preposition_ends_the_models_name(resolved) -> None:
    text = "Zijn echtgenote verbleef een paar weken bij haar zus Samira in Den Haag.\n"
    found = resolved(text, model=(("Samira in Den Haag", "PERSON"),))
    assert "Samira" in redacted(found, "PERSON")
    assert "Haag" not in redacted_words(found)


def test_a_parish_named_after_its_saint_is_no_person(resolved) -> None:
    text = "Het secretariaat van de Parochie H. Plechelmus is op werkdagen open.\n"
    found = resolved(text, model=(("Parochie H. Plechelmus", "PERSON"),))
    assert "Plechelmus" not in redacted_words(found)


def test_a_private_yacht_named_after_people_stays_redacted(resolved) -> None:
    """A pleasure craft's name points to its owner as a plate does; a merchant ship's
    name stays."""
    text = (
        "Om 16.42 uur meldde het zeiljacht Fenna Jeltsje (roepletters PD4719, MMSI "
        "244690318) roerschade. Het motorvrachtschip Johanna Hendrika lag voor anker.\n"
    )
    found = resolved(
        text, model=(("Fenna Jeltsje", "PERSON"), ("Johanna Hendrika", "PERSON"))
    )
    gone = redacted(found)
    assert {"Fenna Jeltsje", "PD4719", "244690318"} <= gone
    assert "Johanna Hendrika" not in gone


def test_a_name_ends_at_the_column_gap_of_its_row(tmp_path) -> None:
    """``mevrouw D.A. Sastrowardoyo`` | ``Almere``: the place in the next cell is no
    part of her name, so it is neither redacted nor taken along to other documents."""
    inp = tmp_path / "in" / "kopers.pdf"
    table_pdf(
        inp,
        "Kopers van pups",
        [
            ["Koper", "Woonplaats", "Datum"],
            ["mevrouw D.A. Sastrowardoyo", "Almere", "2 september 2025"],
        ],
        [40, 200, 320],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "kopers.pdf")
    assert "Sastrowardoyo" not in out and "Almere" in out


# ---------------------------------------------------------------- a one-man business


def test_the_letterhead_of_a_one_man_business_names_its_owner(resolved) -> None:
    text = (
        "R.J. Sumampouw\n"
        "Sumampouw Installatietechniek\n"
        "Wierdensestraat 219\n"
        "7604 BG  Almelo\n"
        "E-mail: info@sumampouw-installatie.nl\n"
        "\n"
        "Aan de Kamer van Koophandel\n"
        "Het bedrijf is ingeschreven op mijn woonadres aan de Wierdensestraat 219.\n"
        "Met vriendelijke groet,\n"
        "Robert Sumampouw\n"
    )
    found = resolved(
        text,
        model=(
            ("R.J. Sumampouw", "PERSON"),
            ("Sumampouw Installatietechniek", "ORGANIZATION"),
            ("Robert Sumampouw", "PERSON"),
        ),
    )
    gone = redacted(found)
    assert "info@sumampouw-installatie.nl" in gone
    assert "Sumampouw" in redacted_words(found)
    assert not any("Wierdensestraat" in t for t in kept(found))


def test_a_farm_before_an_address_makes_it_a_home(resolved) -> None:
    text = (
        "Koppes meldde dat de heer Gerrit Jonker van het melkveebedrijf aan de "
        "Kanaaldijk 41, 1531 NJ Wormer hem van het land heeft gestuurd.\n"
    )
    found = resolved(text, model=(("Gerrit Jonker", "PERSON"),))
    assert any("Kanaaldijk 41" in t for t in redacted(found, "NL_ADDRESS"))


# ---------------------------------------------------------------- addresses


def test_neighbours_house_numbers_in_a_residents_chat(resolved) -> None:
    text = (
        "19:05 Hasan: Bij ons op Pieter de Hoochweg 183 zit het zwart in de slaapkamer.\n"
        "19:11 Wendy: Zelfde op nr 211. Het kwam na drie weken terug.\n"
        "19:14 Bogdan: Ja ook bij mij, nummer 95, badkamer.\n"
        "19:20 Ratna: Ik woon op 3-hoog, nummer\n147. Mijn telefoon is oud.\n"
        "Zie ook Kamerstukken II 2024/25, 29 544, nr. 12 en agendapunt 4.\n"
    )
    gone = redacted(resolved(text), "NL_ADDRESS")
    assert {"211", "95", "147"} <= gone
    assert "12" not in gone


# ---------------------------------------------------------------- dates of birth


def test_dates_after_childrens_names_once_the_chat_asks_for_birth_dates(resolved) -> None:
    text = (
        "20:25 - Mirjam: Voor de reisverzekering heb ik van elk kind de geboortedatum "
        "nodig. Noor: 09-01-2014.\n"
        "20:31 - Hakan: Yusuf Öztürk 24-06-2014\n"
        "20:50 - Mirjam: De bus vertrekt op 12-06-2025 om 8 uur.\n"
    )
    found = resolved(text, model=(("Noor", "PERSON"), ("Yusuf Öztürk", "PERSON")))
    gone = redacted(found, "DATE_OF_BIRTH")
    assert {"09-01-2014", "24-06-2014"} <= gone
    assert "12-06-2025" not in gone


# ---------------------------------------------------------------- public contact data


def test_a_function_mailbox_and_an_english_desk_stay(resolved) -> None:
    text = (
        "CC: contractmanagement.wnz@rws.nl\n"
        "Please contact their permit desk at 072 - 582 82 82.\n"
        "Our Data Protection Officer can be reached at dpo@corribcloud.ie.\n"
    )
    found = kept(resolved(text))
    assert {"contractmanagement.wnz@rws.nl", "072 - 582 82 82", "dpo@corribcloud.ie"} <= found


# ---------------------------------------------------------------- second round


def test_patients_by_initials_with_a_particle_or_after_mevrouw(resolved) -> None:
    text = (
        "07:12 - Dewi: Derde patient op C4. Het gaat om H.v.D. op kamer C4.12.\n"
        "07:21 - Priya: H.v.D. en mevr. A.E. liggen nu samen; M.S.-O. (C4.10) ook.\n"
        "07:30 - Dewi: N.B. de screening loopt nog.\n"
    )
    found = resolved(text, model=(("A.E.", "PERSON"),))
    gone = redacted(found, "PERSON")
    assert {"H.v.D.", "A.E.", "M.S.-O."} <= gone
    assert "N.B." not in gone


def test_a_typists_reference_with_el_names_two_persons(resolved) -> None:
    text = (
        "Vragen kunnen naar s.hylkema@politie.nl of de teammailbox.\n\n"
        "SH/RelA\n"
    )
    assert "RelA" in redacted(resolved(text), "PERSON")


def test_a_direct_line_beside_a_team_mailbox_stays_redacted(resolved) -> None:
    text = (
        "Ananya Krishnamurthy | HR & Mobility\n"
        "Direct: 020 - 808 4417 | hr.nl@kaveridigital.in\n"
    )
    assert "020 - 808 4417" in redacted(resolved(text), "PHONE_NUMBER")


def test_a_second_birth_date_written_in_english_in_the_same_sentence(resolved) -> None:
    text = (
        "Her date of birth on the IND residence card (02/07/1994) also differs from the "
        "one on her passport (7 February 1994). Please check.\n"
    )
    assert {"02/07/1994", "7 February 1994"} <= redacted(resolved(text), "DATE_OF_BIRTH")


def test_a_label_with_a_written_date_heads_no_birth_date_column(resolved) -> None:
    text = (
        "Naam\nJolanda Wijnands\n\nGeboortedatum 3 april 1988\n\nBSN\n513873107\n\n"
        "3. Verloop\nWijnands verklaarde op 11 november 2025 dat zij met de fiets ging.\n"
    )
    gone = redacted(resolved(text), "DATE_OF_BIRTH")
    assert "3 april 1988" in gone and "11 november 2025" not in gone


def test_a_party_wrapped_at_its_hyphen_keeps_the_member(resolved) -> None:
    text = (
        "Aanwezig: de heren De Bruijn (BBB), Ouali (GroenLinks-\nPvdA) en mevrouw "
        "Hagenaars (VVD).\nDe heer Ouali wil weten of er een lijst bestaat.\n"
    )
    found = resolved(text, model=(("Ouali", "PERSON"),))
    assert "Ouali" in kept(found, "PERSON")


def test_his_business_address_is_his_home_whoever_was_named_before(resolved) -> None:
    text = (
        "De heer Gerrit-Jan van den Broek, varkenshouder in Deurne, spreekt in namens twaalf "
        "bedrijven rond de Deurnsche Peel. Zijn bedrijf aan de Zeilbergsedijk 7 ligt op 900 "
        "meter van het Natura 2000-gebied.\n"
    )
    found = resolved(text, model=(("Gerrit-Jan van den Broek", "PERSON"),))
    assert any("Zeilbergsedijk 7" in t for t in redacted(found, "NL_ADDRESS"))


def test_a_surname_that_is_also_a_village_is_followed(resolved) -> None:
    text = (
        "| Wim Hoogerheide | omwonende, Schelpweg 19 |\n"
        "Hoogerheide vreest voor geluidsoverlast. Na afloop biedt de heer Hoogerheide een "
        "petitie aan.\n"
    )
    found = resolved(
        text, model=(("Wim Hoogerheide", "PERSON"), ("Hoogerheide", "LOCATION"))
    )
    assert sum(1 for f in found if f.text == "Hoogerheide" and f.action.name == "REDACT") >= 2


def test_a_mining_regulators_letterhead_stays(resolved) -> None:
    text = (
        "Staatstoezicht op de Mijnen\n"
        "Henri Faasdreef 312, 2492 JP Den Haag\n"
        "T 070 - 379 84 00 | signaal@sodm.nl\n\n"
        "MEMO\nVan: ir. Wytze Hoekstra, senior inspecteur\n"
    )
    assert {"070 - 379 84 00", "signaal@sodm.nl"} <= kept(resolved(text))


# ---------------------------------------------------------------- third round


def test_names_of_two_cells_read_as_one_span_stay_two_names(tmp_path) -> None:
    inp = tmp_path / "in" / "acties.pdf"
    table_pdf(
        inp,
        "Actielijst seniorenraad",
        [
            ["Nr", "Actie", "Wie", "Wanneer"],
            ["26-04", "Gesprek met de heer Jellema", "G. de Jong", "maart"],
        ],
        [40, 100, 300, 420],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "acties.pdf")
    assert "Jellema" not in out and "de Jong" not in out
    assert "Gesprek met" in out and "maart" in out


def test_the_prose_below_a_vote_table_is_no_vote(tmp_path) -> None:
    inp = tmp_path / "in" / "stemming.pdf"
    table_pdf(
        inp,
        "Stemming over de motie; de motie is aangenomen",
        [["Fractie", "Voor", "Tegen"], ["VVD", "3", "0"], ["CDA", "2", "1"]],
        [40, 200, 300],
    )
    # the prose line under the table starts below the columns: no member's name
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok


def test_a_mailbox_at_a_school_with_staff_addresses_stays(resolved) -> None:
    text = (
        "OSG Jan Ligthart - locatie Dr. Schaepmanlaan 3, 3818 KD Amersfoort\n"
        "BHV-coördinator\nG.W. Hoogkamp\ngw.hoogkamp@janligthart.nl\n\n"
        "De rector is bereikbaar via rector@janligthart.nl.\n"
    )
    found = resolved(text, model=(("Jan Ligthart", "PERSON"), ("G.W. Hoogkamp", "PERSON")))
    assert "rector@janligthart.nl" in kept(found)


def test_his_mobile_left_with_the_clerk_is_his(resolved) -> None:
    text = (
        "De heer Tomasz Kowalczyk spreekt als ondernemer. Kowalczyk laat zijn nummer achter "
        "bij de griffie voor een vervolggesprek: 06 1938 2754.\n"
    )
    found = resolved(text, model=(("Tomasz Kowalczyk", "PERSON"),))
    assert "06 1938 2754" in redacted(found, "PHONE_NUMBER")


def test_a_postcode_in_brackets_is_no_year_of_history(resolved) -> None:
    text = (
        "De heer Jelle Hiemstra, akkerbouwer, spreekt in. Hiemstra vertelt dat zijn bedrijf "
        "aan de Oude Wieringerweg 12 (1775 RB) te droog stond.\n"
    )
    found = resolved(text, model=(("Jelle Hiemstra", "PERSON"), ("Hiemstra", "PERSON")))
    assert "Hiemstra" in redacted_words(found)


def test_a_reserved_seat_with_its_body_in_brackets(resolved) -> None:
    text = "Lid\nJos Verbeek\nOngebouwd (ZLTO)\n\nLid Verbeek meldt schade aan de kade.\n"
    found = resolved(text, model=(("Jos Verbeek", "PERSON"),))
    assert "Jos Verbeek" in kept(found, "PERSON")


def test_the_frisian_street_of_a_home_named_alone(resolved) -> None:
    text = (
        "S. Dijkstra-Veenstra\nHegedyk 14\n9088 BT Wirdum\n\n"
        "In uw brief staat dat de percelen aan de Hegedyk niet zijn ingetekend.\n"
    )
    assert "Hegedyk" in redacted(resolved(text), "NL_ADDRESS")


def test_a_name_in_its_own_cell_after_an_organisation_cell(resolved) -> None:
    """``voorleggen aan College`` | ``Aydın``: the surname of the chair named in full
    before, in the action list's next cell, stays a name after the span is split."""
    text = (
        "Zeynep Aydın, voorzitter\n"
        "25-31 Noodregeling huisvesting voorleggen aan College Aydın\n"
    )
    found = resolved(text, model=(("Zeynep Aydın", "PERSON"), ("College Aydın", "PERSON")))
    assert "Aydın" in redacted_words(found)
