"""Classes of errors on unseen documents (issue 9), found on blind sets 33 to 36:
surnames with a capitalised particle, ISO dates of birth after a name, e-mail
recipients without an address, paraaf lines with several dated codes, double surnames
with a glued particle, table cells read as blocks (a hyphen or a given name wrapped
over a blank line), column headers with a remark, passport-style names, office
holders in a role cell, and village halls and PO boxes in a table.

Every example is invented for this file; the PDF tests build their tables with
PyMuPDF and read the output with ``pdftotext``, as a reader of the published file
would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redactie.api import Options, run
from redactie.detect.names.text import page_tokens
from tests.unseen_support import published, redacted, redacted_words, table_pdf

# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("text", "model", "gone"),
    [
        (  # a surname with a capitalised particle inside a sentence, its word a noun too
            "Graag de Kamerbrief eerst langs Ter Haar voor de feitencheck.",
            (),
            {"Ter", "Haar"},
        ),
        (  # the model's span of it is kept too
            "Medeparaaf Juridische Zaken: Ter Haar\nDe nota gaat naar de minister.",
            (("Ter Haar", "PERSON"),),
            {"Ter", "Haar"},
        ),
        (  # a recipient without an address in an e-mail's CC line, wrapped
            "Van: M. Öztürk <m.ozturk@zaanstad.nl>\nCC: El Amrani, Yasmina "
            "<y.elamrani@zaanstad.nl>; inkoop.jeugd@zaanstad.nl; Roshni\nRamsaran-Mahabier\n"
            "Onderwerp: Marktconsultatie jeugdhulp\n\nRoshni schrijft de beantwoording.",
            (),
            {"Roshni", "Ramsaran-Mahabier"},
        ),
        (  # a double surname whose second part opens with a glued particle
            "DD-25-034 Dorpshuis Op 'e Hichte\nmw. J.G. Koster-van der Meer 0517-34 12 78\n",
            (("J.G. Koster-van der Meer", "PERSON"),),
            {"Koster-van", "Meer", "0517-34"},
        ),
        (  # a role-word surname after a given name and a particle, then an affiliation
            "[12-03-2026 10:26] Anneke Zijlstra: Ik bel nu Gert-Jan de Koning van Heijmans, "
            "zij halen de pijlwagen op.",
            (),
            {"Gert-Jan", "Koning"},
        ),
        (  # a role word that is the surname of the initials before it is no office
            "Behandeld door: J.A. Prins (JPr)\n\nMet vriendelijke groet,\n\n"
            "Paraaf behandelaar: JPr\n",
            (("J.A. Prins", "PERSON"),),
            {"Prins", "JPr"},
        ),
        (  # a salutation before the model's name, an organisation after it
            "De boom is beoordeeld samen met de heer Koster van Boomverzorging Van Ginkel "
            "B.V. gisteren.",
            (("Koster", "PERSON"),),
            {"Koster"},
        ),
        (  # a name and a hyphenated surname wrapped over a blank line in a cell
            "WA-2025-00437 14-04-2025 Kenneth Liauw-A-\n\nFong (795 820 963)\n\n"
            "kenneth.liauwafong@ziggo.nl\n",
            (),
            {"Liauw-A-", "Fong"},
        ),
    ],
)
def test_names_in_forms_seen_on_unseen_documents(
    resolved, text: str, model: tuple[tuple[str, str], ...], gone: set[str]
) -> None:
    words = redacted_words(resolved(text, model))
    assert gone <= words, gone - words


@pytest.mark.parametrize(
    "text",
    [
        "Het overleg vond plaats in Den Haag en daarna in Ter Apel.",
        "Het azc staat aan de Ter Apelervenen 2 in Ter Apel.",
    ],
)
def test_a_capitalised_particle_before_a_place_or_a_street_is_no_surname(
    resolved, text: str
) -> None:
    assert not redacted(resolved(text), "PERSON")


def test_a_hyphen_wrapped_over_a_blank_line_joins_a_name() -> None:
    _view, toks = page_tokens("Kenneth Liauw-A-\n\nFong (795 820 963)\n")
    assert "Liauw-A-Fong" in [t.text for t in toks]
    _view, toks = page_tokens("een lijst met\n-\n\nopsommingen\n")
    assert "opsommingen" in [t.text for t in toks]


def test_an_iso_date_in_brackets_after_a_name_is_a_date_of_birth(resolved) -> None:
    text = "Betrokken zijn mevrouw K. Nowak-de Jong (1979-06-30), boekhouder van Groenwatt."
    assert "1979-06-30" in redacted(resolved(text), "DATE_OF_BIRTH")


def test_a_paraaf_line_with_several_dated_codes(resolved) -> None:
    text = (
        "Afschrift: ing. R. Hettema, Rentmeesterskantoor Ter Horst.\n"
        "Paraaf behandelaar: DAy 14/11 - akkoord MTD 17/11\n"
    )
    found = redacted(resolved(text))
    assert {"DAy", "MTD"} <= found


# ------------------------------------------------------------------ tables


def test_address_column_with_a_remark_and_rows_of_persons_and_organisations(
    tmp_path: Path,
) -> None:
    """``Adres / contact`` heads an address column: the address of a row whose person
    is named on a later line of the row is redacted; an organisation's row (a name
    with an article, a PO box) stays."""
    inp = tmp_path / "in" / "register.pdf"
    table_pdf(
        inp,
        "Register zienswijzen bestemmingsplan",
        [
            ["Nr.", "Indiener", "Adres / contact", "Kern"],
            ["Z01", "Tsjalling Wijbenga", "Lange Wijk 41, 9218 PL\nOpeinde", "Bouwverkeer."],
            [
                "Z07",
                "Van Benthem & Keulen, mr.\nD.A. Oostra, namens Yonas\nTesfamariam",
                "Lange Wijk 45, Opeinde",
                "Schaduw op panelen.",
            ],
            ["Z06", "It Fryske Gea", "Postbus 3, 9244 ZN\nBeetsterzwaag", "Weidevogels."],
        ],
        [40, 80, 230, 380],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "register.pdf")
    for gone in ("Wijbenga", "Oostra", "Tesfamariam", "Lange Wijk 45", "Lange Wijk 41"):
        assert gone not in out
    for stays in ("It Fryske Gea", "Postbus 3", "Beetsterzwaag", "Van Benthem & Keulen"):
        assert stays in out


def test_passport_names_and_english_dates_under_a_header_with_a_remark(tmp_path: Path) -> None:
    inp = tmp_path / "in" / "reis.pdf"
    table_pdf(
        inp,
        "Reisgegevens (alleen voor het reisbureau)",
        [
            ["Naam (zoals in paspoort)", "Geboortedatum", "Vlucht heen"],
            ["RAMNATH, Dharmendra", "Oct 2, 1983", "WM 402, 11 maart"],
            ["WINKLAAR, Jaïro", "21 augustus 2004", "n.v.t."],
        ],
        [40, 190, 300],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "reis.pdf")
    for gone in ("RAMNATH", "Dharmendra", "WINKLAAR", "Oct 2", "1983", "augustus 2004"):
        assert gone not in out
    assert "Geboortedatum" in out and "WM 402" in out


def test_office_holders_in_a_role_cell_keep_their_name(tmp_path: Path) -> None:
    """A title opening the name's cell (``mr. E.R. Thielman``) and a role cell wrapped
    after its comma leave the office holder's name readable; the row of a civil
    servant does not."""
    inp = tmp_path / "in" / "deelnemers.pdf"
    table_pdf(
        inp,
        "Deelnemerslijst rondetafel Caribisch Nederland",
        [
            ["Functie, organisatie", "Naam", "Telefoon"],
            ["Gezaghebber Bonaire, Openbaar\nLichaam Bonaire", "mr. E.R. Thielman", "-"],
            [
                "Regeringscommissaris Sint\nEustatius, Openbaar Lichaam",
                "drs. A.C. Gumbs",
                "-",
            ],
            ["Beleidsmedewerker, Ministerie van\nBZK", "Lisanne Bakker", "+599 715 8327"],
        ],
        [40, 220, 350],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "deelnemers.pdf")
    assert "Thielman" in out and "Gumbs" in out
    assert "Bakker" not in out and "8327" not in out



def test_a_code_in_brackets_after_a_name_in_a_names_column(tmp_path: Path) -> None:
    inp = tmp_path / "in" / "piket.pdf"
    table_pdf(
        inp,
        "Piketrooster vrijwillige brandweer post Oostburg",
        [
            ["Functie", "Naam (code)", "Woonplaats"],
            ["Bevelvoerder", "Jansen, Peter (PJa)", "Oostburg"],
        ],
        [40, 190, 340],
    )
    assert run([inp], tmp_path / "out", Options(use_model=False)).ok
    out = published(tmp_path / "out", "piket.pdf")
    assert "Jansen" not in out and "Peter" not in out
    assert "Bevelvoerder" in out and "Oostburg" in out


def test_a_home_let_by_an_organisation_keeps_its_address_personal(resolved) -> None:
    """``een huurwoning van Elkien aan de Lemmerweg 112``: the address after the
    corporation's name is where the family lives; the corporation's own address
    after its name stays."""
    text = (
        "Moeder vraagt een aanpassing van de badkamer. Het is een huurwoning van Elkien aan "
        "de Lemmerweg 112, dus de aanvraag gaat ook naar Elkien.\n"
        "Post voor de corporatie: Elkien, Postbus 1, 8440 AA Heerenveen.\n"
    )
    found = resolved(text, (("Elkien", "ORGANIZATION"),))
    assert "Lemmerweg 112" in redacted(found, "NL_ADDRESS")
