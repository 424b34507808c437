"""Classes of errors on unseen documents (issue 9), found on perturbed copies of
woo-eval (seeds 221-224) and on blind sets 45 and 46.

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
        (  # a double surname whose second part ends like a noun (-ing)
            "Er is afgestemd met het ministerie van VWS; contactpersoon daar is "
            "Yordanka Groeneveld-Tammeling.",
            (),
            {"Yordanka", "Groeneveld-Tammeling"},
        ),
        (  # a relative's surname that ends like a noun
            "De familie Kowalczyk uit Aleppo (vader Tammeling, moeder Amatkarijo, drie "
            "kinderen) vraagt om een tolk.",
            (("Kowalczyk", "PERSON"),),
            {"Tammeling", "Amatkarijo"},
        ),
        (  # a Romanian given name missing from the lists before
            "De reactie is afgestemd met Iuliana de Sultani van het Ministerie van "
            "Financiën.\nGraag eerst met Iuliana bespreken.",
            (),
            {"Iuliana", "Sultani"},
        ),
    ],
)
def test_names_seen_on_perturbed_sets(
    resolved, text: str, model: tuple[tuple[str, str], ...], gone: set[str]
) -> None:
    words = redacted_words(resolved(text, model))
    assert gone <= words, gone - words


def test_a_portfolio_after_an_office_stays_a_portfolio(resolved) -> None:
    """Only after a word for a relative does a noun-shaped capitalised word become a
    name: ``wethouder Ruimtelijke Ordening`` names the portfolio."""
    text = "De wethouder Ruimtelijke Ordening opent de vergadering. De Jansen-Stichting is er."
    words = redacted_words(resolved(text))
    assert not words & {"Ruimtelijke", "Ordening", "Jansen-Stichting"}


def test_a_firm_wrapped_in_its_cell_before_its_legal_form(resolved) -> None:
    """``Van Dijk Agrarisch`` / ``Loonbedrijf B.V.,``: the model's person is the
    firm's name; the herdsman after it is a person."""
    text = (
        "FS-25-D-0370\n\n08-05-2025 Van Dijk Agrarisch\nLoonbedrijf B.V.,\n"
        "herder Ion Munteanu\n\nweiland langs de\nA28 bij Pesse\n"
    )
    found = resolved(text, (("Van Dijk Agrarisch", "PERSON"), ("Ion Munteanu", "PERSON")))
    words = redacted_words(found)
    assert "Munteanu" in words
    assert not words & {"Van", "Dijk", "Agrarisch"}


def test_a_person_above_a_firm_in_a_signature_stays_a_person(resolved) -> None:
    text = "Met vriendelijke groet,\n\nPieter Hoogland\nHoogland Installatietechniek B.V.\n"
    found = resolved(text, (("Pieter Hoogland", "PERSON"),))
    assert "Pieter Hoogland" in redacted(found, "PERSON")


__all__ = ["Options", "Path", "kept", "published", "run", "table_pdf"]
