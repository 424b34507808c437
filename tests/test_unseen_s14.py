"""Classes of errors on unseen documents (issue 9), found on perturbed copies of
woo-eval and on blind sets 39 and 40.

Every example is invented for this file; the PDF tests build their tables with
PyMuPDF and read the output with ``pdftotext``, as a reader of the published file
would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redactie.api import Options, run
from tests.unseen_support import published, table_pdf

# ------------------------------------------------------------------ tables


@pytest.mark.parametrize("model", [True, False])
def test_an_office_holders_name_wrapped_after_its_particles_keeps_its_row_role(
    tmp_path: Path, model: bool
) -> None:
    """``Van der`` / ``Wijnbergen`` wrapped in the name cell: the row's role cell
    (``Burgemeester ...``) is the name's, not another row's."""
    inp = tmp_path / "in" / "crisisteam.pdf"
    table_pdf(
        inp,
        "Contactlijst crisisteam",
        [
            ["Functie en organisatie", "Naam", "Mobiel", "E-mail"],
            ["Burgemeester getroffen gemeente,\nGemeente Kampen", "Van der\nWijnbergen",
             "06 5531 7782", "kabinet@kampen.nl"],
            ["Adviseur crisisbeheersing", "Jolanda\nVreeswijk", "06 4410 2291",
             "j.vreeswijk@vrijsselland.nl"],
        ],
        [40, 220, 330, 420],
    )  # fmt: skip
    assert run([inp], tmp_path / "out", Options(use_model=model)).ok
    out = published(tmp_path / "out", "crisisteam.pdf")
    assert "Wijnbergen" in out and "kabinet@kampen.nl" in out
    assert "7782" not in out and "Vreeswijk" not in out and "2291" not in out


@pytest.mark.parametrize("model", [True, False])
def test_an_organisations_row_keeps_its_number_and_address(tmp_path: Path, model: bool) -> None:
    """A table of where to go (``Meldpunt | Waarvoor | Bereikbaar``): a row whose first
    cell names an organisation keeps its landline and address, also when the
    organisation is named after a person and its name wraps in the cell; a row with a
    person keeps them redacted."""
    inp = tmp_path / "in" / "meldpunten.pdf"
    table_pdf(
        inp,
        "Waar kunt u terecht?",
        [
            ["Meldpunt", "Waarvoor", "Bereikbaar"],
            ["Omgevingsdienst Regio Utrecht", "geur, stof en nieuwe klachten",
             "030 702 3300 (dag en nacht)"],
            ["Inloopspreekuur in Wijkcentrum\nAnnie M.G. Schmidt", "vragen aan GGD en gemeente",
             "Brouwersdijk 40, Dordrecht"],
            ["Stichting Buurtwerk", "contactpersoon Jolanda Verbeek", "030 693 1144"],
        ],
        [40, 230, 400],
    )  # fmt: skip
    assert run([inp], tmp_path / "out", Options(use_model=model)).ok
    out = published(tmp_path / "out", "meldpunten.pdf")
    assert "702 3300" in out and "Brouwersdijk 40" in out and "Schmidt" in out
    assert "Verbeek" not in out and "1144" not in out
