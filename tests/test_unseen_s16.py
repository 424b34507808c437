"""Classes of errors on unseen documents (issue 9), found on blind sets 51 to 54 and on
perturbed copies of woo-eval (seeds 231-234).

Every example is invented for this file; the PDF tests build their tables with
PyMuPDF and read the output with ``pdftotext``, as a reader of the published file
would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redactie.api import Options, run
from tests.unseen_support import kept, published, redacted, redacted_words, table_pdf

# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("text", "model", "gone"),
    [
        (  # the second part of a double surname the model calls a place, over a wrap
            "I live at Ekkersrijt 40-112, Son, and my landlord, Mr Marieke Kalpoe\n"
            "Brummeling, has signed a statement.",
            (("Marieke Kalpoe", "PERSON"), ("Brummeling", "LOCATION")),
            {"Marieke", "Kalpoe", "Brummeling"},
        ),
        (  # a label opening the next line is no organisation word after the name
            "Gemeente: gebiedsmanager Anouk Verbeek, wijknetwerker Yassin Amrani\n"
            "Politie: wijkagent Dennis Prins",
            (),
            {"Yassin", "Amrani", "Dennis", "Prins"},
        ),
        (  # a role-word surname after a heading, and alone after an action point's colon
            "Aanwezig: wijkagent Dennis Prins\n\n2. Overlast rond het plein\n"
            "Wijkagent Prins licht toe dat er vaker wordt gedeald.\n\n"
            "- Terugkoppeling meldingen aan de bewoners: Prins\n",
            (),
            {"Prins"},
        ),
        (  # a role-word surname after "De heer", an aside in brackets after it
            "De heer Burgemeester (geen familie van de burgemeester, zo merkt hij op) "
            "heeft een bestelbus zien stoppen.",
            (),
            {"Burgemeester"},
        ),
        (  # the same after "mevrouw" with her address after a comma, then in a chat
            "[14-01-2026 07:03] Sevgi Arslan: Melder is mevrouw Burgemeester, "
            "Hulsdonksestraat 88. Ze zag een bus.\n"
            "[14-01-2026 08:30] Sevgi Arslan: Burgemeester wil tekenen.\n",
            (),
            {"Burgemeester", "Hulsdonksestraat"},
        ),
        (  # a listed given name alone after "van" in prose
            "[14-10-25 06:52] Wiebe Prins: Er zitten weer ganzen op het\nperceel van "
            "Tjitske. Ontheffing FBE-2025-0388 geldt daar toch ook?",
            (),
            {"Tjitske"},
        ),
        (  # a husband named after "mijn man"
            "Sinds de werkzaamheden zitten er scheuren in de muren. Mijn man Errol en ik "
            "hebben een verzoek ingediend.",
            (),
            {"Errol"},
        ),
        (  # a given name added to the lists
            "Ricky Martina zegt dat de overlast zich verplaatst.",
            (),
            {"Ricky", "Martina"},
        ),
        (  # a double surname whose second part opens with particles, wrapped in a cell
            "SPV-2025-009,\nplaats 11\n\nSjoukje Hoekstra-\nvan der Meer\n\nBakkerij De Dumkes",
            (),
            {"Sjoukje", "Meer"},
        ),
        (  # a row's reference code before the name the model read with it
            "rolstoel niet goed vastgezet\n\nK-40 Filmon\n\nGhebremichael\n",
            (("K-40 Filmon", "PERSON"),),
            {"Filmon"},
        ),
    ],
)
def test_names_seen_on_blind_sets_51_to_54(
    resolved, text: str, model: tuple[tuple[str, str], ...], gone: set[str]
) -> None:
    words = redacted_words(resolved(text, model))
    assert gone <= words, gone - words


def test_a_reference_code_stays_beside_a_name(resolved) -> None:
    text = "rolstoel niet goed vastgezet\n\nK-40 Filmon\n\nGhebremichael\n"
    assert "K-40" not in " ".join(redacted(resolved(text, (("K-40 Filmon", "PERSON"),))))


def test_a_letters_opening_addresses_the_office(resolved) -> None:
    text = "Geachte heer Burgemeester,\n\nHierbij ontvangt u het verslag."
    assert "Burgemeester" not in redacted_words(resolved(text))


@pytest.mark.parametrize(
    ("text", "model", "stays"),
    [
        (  # a foundation named after a person, a care word between
            "Onderwerp: uw Woo-verzoek over Stichting Jeugdhulp Rosa Manus\n\n"
            "U vraagt om documenten over Stichting Jeugdhulp Rosa Manus.",
            (("Rosa Manus", "PERSON"),),
            "Manus",
        ),
        (  # a town hall's street the model read as a person, with its number
            "Locatie: Stadskantoor Leeuwarden, Oldehoofsterkerkhof 2, zaal 3",
            (("Oldehoofsterkerkhof", "PERSON"),),
            "Oldehoofsterkerkhof",
        ),
        (  # a Frisian school named after a person
            "Fatima Ouahabi (directeur Titus Brandsmaskoalle, SO/VSO) is aanwezig.",
            (),
            "Brandsmaskoalle",
        ),
        (  # an institute's abbreviation cited with a year
            "Zij verwijst naar het onderzoek van Dekkers-Hiemstra (NJi, 2022) over vervoer.",
            (),
            "NJi",
        ),
        (  # a university named after its town, a phone after it
            "Dat zoeken we uit met dr. Wouter Claeys van de KU Leuven, +32 476 18 93 05.",
            (),
            "Leuven",
        ),
        (  # a shop's name in a register
            "Ahmed Aït Haddou Kruiderij Atlas\n\n(kruiden, olijven)\n",
            (),
            "Kruiderij",
        ),
    ],
)
def test_public_names_seen_on_blind_sets_51_to_54(
    resolved, text: str, model: tuple[tuple[str, str], ...], stays: str
) -> None:
    assert stays not in redacted_words(resolved(text, model))


# ------------------------------------------------------------------ identifiers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tjin-A-Soe, R.\n8 oktober 1958 684 379\n739\nRingbaan-West 301\n", "684 379\n739"),
        (
            "Date of birth on it is wrong: they\nwrote 11-03-1986, must be 03-11-1986.",
            "11-03-1986",
        ),
        (
            "Vorige week werd er vlak bij haar huis op\nTsjerkebuorren 8 geschoten.",
            "Tsjerkebuorren 8",
        ),
        ("Bestuurder was een Duitse toerist, auto LER-WK\n412, niks aan de hand.", "LER-WK\n412"),
        ("Hij vroeg ook zijn eigen auto aan te melden (HN 203\nF).", "HN 203\nF"),
        ("Valeriusstraat 18 0031-6-44718830\nTR-306-N\n", "0031-6-44718830"),
        ("textiel\n19 augustus 2024 0620117394\n\n3\n", "0620117394"),
        (
            "De tolk is geboren in Kumasi en woont\nin Amsterdam-Zuidoost (Kraaiennest 87).",
            "Kraaiennest 87",
        ),
        ("zij kan bij haar moeder in Zwijndrecht terecht kan\n(Kerkeplaat 15).", "Kerkeplaat 15"),
        (
            "Zij belde naar het algemene nummer (026 359 9000) en liet een "
            "terugbelnummer achter: 06-5510 2388.",
            "06-5510 2388",
        ),
    ],
)
def test_identifiers_seen_on_blind_sets_51_to_54(resolved, text: str, found: str) -> None:
    assert found in redacted(resolved(text))


def test_dates_in_a_chat_after_a_birth_word_in_prose_stay(resolved) -> None:
    """"Date of birth on it is wrong" heads no column: later dates of the chat stay."""
    text = (
        "[16-10-25 11:02] Marek: Date of birth on it is wrong: they\nwrote 11-03-1986.\n"
        "[16-10-25 11:10] Sytske: zie de brief van de provincie\nvan 2 oktober 2025.\n"
    )
    found = resolved(text)
    assert "2 oktober 2025" not in redacted(found)


def test_a_complaints_line_is_a_general_number(resolved) -> None:
    text = "Klachten kunnen ook naar de klachtenlijn van de vervoerder, 058 - 288 40 00.\n"
    assert "058 - 288 40 00" in kept(resolved(text), "PHONE_NUMBER")


def test_since_after_a_birth_word_is_no_date_of_birth(resolved) -> None:
    text = "Zij is geboren in Gent en woont\nsinds 12-03-2024 in Kortrijk."
    assert "12-03-2024" not in redacted(resolved(text))


@pytest.mark.parametrize("model", [True, False])
def test_a_register_with_phones_after_house_numbers_and_dates(
    tmp_path: Path, model: bool
) -> None:
    """A market register read row by row: a mobile right after a house number or a
    date cell, and a name wrapped in its cell before ``van der``, are redacted."""
    inp = tmp_path / "in" / "standplaatsen.pdf"
    table_pdf(
        inp,
        "Register standplaatsvergunningen",
        [
            ["Nr.", "Vergunninghouder", "Adres", "Telefoon"],
            ["SPV-04", "Ionut Popescu", "Valeriusstraat 18", "0031-6-44718830"],
            ["SPV-09", "Sjoukje Hoekstra-\nvan der Meer", "Mounewei 14", "06 - 18 33 07 62"],
        ],
        [40, 100, 230, 330],
    )  # fmt: skip
    assert run([inp], tmp_path / "out", Options(use_model=model)).ok
    out = published(tmp_path / "out", "standplaatsen.pdf")
    assert "SPV-04" in out
    for gone in ("Popescu", "44718830", "Hoekstra", "Meer", "Valeriusstraat"):
        assert gone not in out, gone


# ------------------------------------------------------------------ reading


def test_a_reader_gluing_a_hyphenated_name_to_the_next_cell_sees_nothing_new() -> None:
    """poppler reads ``Tjin-A-`` / ``Tsoi`` beside a wrapped ``116`` as ``Tjin-A116``:
    made of our own words, it fails no document (blind58: a tenants' table)."""
    from redactie.document import Page, _check_words

    ours = Page(0, "C-03 Marnixlaan\n\n116\nmw. A. Tjin-A-\nTsoi\n", 595, 842, 0, False)
    theirs = "C-03 Marnixlaan mw. A. Tjin-A116\nTsoi\n"
    _check_words(None, Path("t.pdf"), ours, theirs)  # type: ignore[arg-type]


# ------------------------------------------------------------------ blind sets 55 to 58


@pytest.mark.parametrize(
    ("text", "model", "gone"),
    [
        (  # a dated chat sender whose surname is a title
            "08-01-2026 07:40 - Sjoerd Bosma: De wethouder vraagt of het klaar is.\n"
            "08-01-2026 07:42 - Wessel Burgemeester: Eindelijk ontmoet ik mijn naamgenoot\n",
            (),
            {"Wessel", "Burgemeester"},
        ),
        (  # a role-word surname after a preposition and a noun
            "Het team staat onder leiding van Anneloes Prins.\n"
            "Voor 4b graag terugkoppeling van Prins vóór vrijdag.",
            (),
            {"Prins"},
        ),
        (  # two unlisted words opening a line, a noun for a person in apposition
            "74 46.\nc. Shanayra Martis, studente aan de universiteit, heeft de nationaliteit.",
            (("Shanayra Martis", "PERSON"),),
            {"Shanayra", "Martis"},
        ),
        (  # a surname wrapped in its cell after a particle is no role in the row
            "C-05 Marnixlaan\n\n120\nMarian de\nKoning\n\n19-01-1984 +31 6 3902 5581\n",
            (),
            {"Marian", "Koning"},
        ),
    ],
)
def test_names_seen_on_blind_sets_55_to_58(
    resolved, text: str, model: tuple[tuple[str, str], ...], gone: set[str]
) -> None:
    words = redacted_words(resolved(text, model))
    assert gone <= words, gone - words


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Datum: 3 april 2026\n\nb. De heer Wiebe Koopmans (14 juli 1944, BSN 107371789) "
            "verblijft bij familie.",
            "14 juli 1944",
        ),
        ("Op de bon staat het kenteken ook nog verkeerd: GJ708M in plaats van N.", "GJ708M"),
        ("ISO-25-0064 NL91 ABNA 0417\n\n1643 00\nvloerisolatie", "NL91 ABNA 0417\n\n1643 00"),
    ],
)
def test_data_seen_on_blind_sets_55_to_58(resolved, text: str, found: str) -> None:
    assert found in redacted(resolved(text))


def test_a_recent_date_in_brackets_after_a_name_stays(resolved) -> None:
    text = "Datum: 3 april 2026\n\nOverleg gehad met Jan Jansen (3 maart 2026, telefonisch)."
    assert "3 maart 2026" not in redacted(resolved(text))


@pytest.mark.parametrize(
    ("text", "model", "stays"),
    [
        (  # a head of state in apposition after his office
            "Op uitnodiging van de Koning brengt de president van de Republiek Ghana, "
            "John Dramani Mahama, een staatsbezoek aan Nederland.",
            (("John Dramani Mahama", "PERSON"),),
            "Mahama",
        ),
        (  # an author cited with "e.a." and the title before the year
            "Als achtergrond dient het onderzoek van Pepijn Brandon e.a., Staat en slavernij "
            "(2023).",
            (("Pepijn Brandon", "PERSON"),),
            "Brandon",
        ),
        (  # a hall named after a person, the model's span ending on the hall
            "Een seminar in het Kwame Nkrumah Auditorium van het instituut.",
            (("Kwame Nkrumah Auditorium", "PERSON"),),
            "Nkrumah",
        ),
        (  # a firm's legal form from abroad
            "De opdracht ging naar Carpați Montaj S.R.L. uit Cluj.",
            (("Carpați Montaj S.R.L.", "PERSON"),),
            "Montaj",
        ),
    ],
)
def test_public_names_seen_on_blind_sets_55_to_58(
    resolved, text: str, model: tuple[tuple[str, str], ...], stays: str
) -> None:
    assert stays not in redacted_words(resolved(text, model))


def test_an_organisation_reached_by_phone_keeps_its_number(resolved) -> None:
    text = "Het Nationaal Cyber Security Centrum (NCSC) is gebeld via 070 751 5555."
    model = (("Nationaal Cyber Security Centrum", "ORGANIZATION"), ("NCSC", "ORGANIZATION"))
    assert "070 751 5555" in kept(resolved(text, model), "PHONE_NUMBER")


@pytest.mark.parametrize("model", [True, False])
def test_a_roster_with_pager_and_mobile_columns(tmp_path: Path, model: bool) -> None:
    """A volunteers' roster read row by row: the pager's capcode and the mobile beside it
    are redacted from their columns (``Pieper``, ``Mobiel``); the station stays."""
    inp = tmp_path / "in" / "rooster.pdf"
    table_pdf(
        inp,
        "Overzicht vrijwillig brandweerpersoneel",
        [
            ["Naam", "Post", "Pieper", "Mobiel"],
            ["Kees Minderhoud", "Sluis", "1420117", "06 1083 4471"],
            ["Emre Dogan", "Oostburg", "1420219", "0612 88 40 71"],
        ],
        [40, 160, 240, 330],
    )  # fmt: skip
    assert run([inp], tmp_path / "out", Options(use_model=model)).ok
    out = published(tmp_path / "out", "rooster.pdf")
    assert "Sluis" in out and "Oostburg" in out
    for gone in ("1420117", "1420219", "4471", "88 40", "Minderhoud"):
        assert gone not in out, gone


@pytest.mark.parametrize(
    ("text", "model", "stays"),
    [
        (  # a navy ship, its prefix read as letters and dots
            "Zr.Ms. Karel Doorman ligt voor de kust als uitvalsbasis.",
            (("Karel Doorman", "PERSON"),),
            "Doorman",
        ),
        (  # a childcare centre named after a writer
            "Hierbij melden wij een incident op onze locatie Kinderdagverblijf Annie M.G. "
            "Schmidt, onderdeel van de stichting.",
            (("Kinderdagverblijf Annie M.G. Schmidt", "PERSON"),),
            "Schmidt",
        ),
        (  # a desk's name that its mailbox spells is no person
            "Gemeente Almere\nSociaal Domein - Team Inkomen en Bijzondere Bijstand\n"
            "Stadhuisplein 1, 1315 HR Almere\nE-mail: bijzonderebijstand@almere.nl\n",
            (("Gemeente Almere", "ORGANIZATION"),),
            "Bijstand",
        ),
        (  # the chair of a States committee, her party in the next cell of the row
            "Functie\nNaam\nFractie\n\nVoorzitter\nA. Bouma-Sijbesma\nFNP\n\n"
            "Commissiegriffier\nMarit Zijlstra\n",
            (),
            "Bouma-Sijbesma",
        ),
    ],
)
def test_more_public_names_seen_on_blind_sets_57_and_58(
    resolved, text: str, model: tuple[tuple[str, str], ...], stays: str
) -> None:
    assert stays not in redacted_words(resolved(text, model))


def test_a_clerk_beside_the_committee_members_stays_redacted(resolved) -> None:
    text = (
        "Functie\nNaam\nFractie\n\nVoorzitter\nA. Bouma-Sijbesma\nFNP\n\n"
        "Commissiegriffier\nMarit Zijlstra\n"
    )
    assert "Zijlstra" in redacted_words(resolved(text))


def test_a_given_name_after_a_short_closing_is_the_writer(resolved) -> None:
    text = "07-01-2026 19:31 - K. Koster: Graag mailen naar de buitendienst. Gr. Klaas\n"
    assert "Klaas" in redacted_words(resolved(text))


def test_a_given_name_with_its_code_in_brackets(resolved) -> None:
    text = "De werkgever hoort de uitslag niet; Tsjerk (TBo) belt haar morgen."
    assert {"Tsjerk", "TBo"} <= redacted_words(resolved(text))


def test_a_dike_section_named_after_two_villages_is_no_person(resolved) -> None:
    text = "Zienswijzen over de dijkversterking Waaldijk Haaften-Herwijnen zijn ontvangen."
    assert not redacted_words(resolved(text)) & {"Waaldijk", "Herwijnen", "Haaften-Herwijnen"}
