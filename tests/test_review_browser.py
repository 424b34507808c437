"""The review screen in a real browser: Debian's Chromium driven by Playwright.

Never ``playwright install``: the browser is the system's ``/usr/bin/chromium``
(``scripts/setup.sh`` installs it).  One screenshot is written to
``/tmp/redactie-review-browser.png`` for a human to look at.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import pdftotext
from test_review_dossier import DOCS, OPTIONS, Dossier, make_dossier
from test_review_dossier import MISSED as MISSED_NAME
from test_review_server import EMAIL, MISSED, PHONE, Sample, make_sample

from redactie import api
from redactie.api import findings_from_review
from redactie.document import extract
from redactie.review import DossierSession, ReviewServer, ReviewSession, running

pytestmark = pytest.mark.browser
sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[dev]'")
expect = sync_api.expect

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
SCREENSHOT = Path("/tmp/redactie-review-browser.png")
DOSSIER_SCREENSHOT = Path("/tmp/redactie-review-dossier.png")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Chromium ontbreekt: apt-get install chromium (of scripts/setup.sh)")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[ReviewServer, Sample]]:
    sample = make_sample(tmp_path / "sample")
    session = ReviewSession(sample.pdf, sample.review, ocr=False)
    try:
        with running(ReviewServer(session, port=0)) as srv:
            yield srv, sample
    finally:
        session.close()


def item(page: Any, text: str) -> Any:
    return page.locator("li.finding", has=page.locator(".f-text", has_text=text))


def key_of(page: Any, text: str) -> str:
    return str(item(page, text).get_attribute("data-key"))


SELECT_TEXT = """([n, wanted]) => {
  const pre = document.querySelector(`pre.pagetext[data-page="${n}"]`);
  const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const i = node.data.indexOf(wanted);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(node, Math.max(0, i - 1));  // with the space before it: trimmed
    range.setEnd(node, i + wanted.length);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    return true;
  }
  return false;
}"""


def test_review_in_the_browser(browser: Any, served: tuple[ReviewServer, Sample]) -> None:
    server, sample = served
    before = json.loads(sample.review.read_text(encoding="utf-8"))
    errors: list[str] = []
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.set_default_timeout(15_000)
    page.goto(server.url)

    # Overlays: one box per line of every finding, coloured by action.
    page.wait_for_selector(".box")
    expect(page.locator("img")).to_have_count(2)
    expected_boxes = sum(
        len(server.session.boxes(f["page"], f["start"], f["end"])) for f in before["findings"]
    )
    assert page.locator(".box").count() == expected_boxes
    assert page.locator(".box.redact").count() == expected_boxes
    assert page.locator("li.finding").count() == len(before["findings"])
    assert page.locator(".findings h2", has_text="e-mailadres").count() == 1
    assert page.locator(".findings h2", has_text="telefoonnummer").count() == 1
    assert page.evaluate("document.querySelector('img').naturalWidth") > 100

    # Clicking an item selects its box; clicking a box selects its item.
    email_key = key_of(page, EMAIL)
    item(page, EMAIL).locator(".f-meta").click()
    assert "selected" in str(
        page.locator(f'.box[data-key="{email_key}"]').first.get_attribute("class")
    )
    phone_key = key_of(page, PHONE)
    page.locator(f'.box[data-key="{phone_key}"]').first.click()
    assert "selected" in str(item(page, PHONE).get_attribute("class"))

    # Keyboard: k goes back to the e-mail address; b keeps it and focuses the reason.
    page.keyboard.press("k")
    assert "selected" in str(item(page, EMAIL).get_attribute("class"))
    page.keyboard.press("b")
    reason = item(page, EMAIL).locator(".reason input")
    assert reason.is_visible()
    page.keyboard.type("algemeen adres van de afdeling")
    page.keyboard.press("Enter")
    assert page.locator(f'.box.keep[data-key="{email_key}"]').count() >= 1

    # Keeping without a reason is refused, in Dutch, and nothing is written.
    page.keyboard.press("j")
    assert "selected" in str(item(page, PHONE).get_attribute("class"))
    page.keyboard.press("b")
    page.keyboard.press("Escape")
    page.locator("#save-btn").click()
    expect(page.locator("#status")).to_contain_text("reden")
    assert "Niet opgeslagen" in page.locator("#status").inner_text()
    assert json.loads(sample.review.read_text(encoding="utf-8")) == before
    item(page, PHONE).locator(".act-redact").click()

    # Add a span by hand: select it in the text pane, choose the type, add.
    assert page.evaluate(SELECT_TEXT, [1, MISSED])
    row = page.locator('.page-row[data-page="1"]')
    expect(row.locator(".add-btn")).to_be_enabled()
    assert MISSED in row.locator(".add-form .sel").inner_text()
    row.locator(".add-form select").select_option("NL_ADDRESS")
    row.locator(".add-btn").click()
    item(page, MISSED).wait_for()
    assert page.locator(".box.manual").count() >= 1
    assert page.locator(".findings h2", has_text="adres").count() >= 1

    # The help lists the keys.
    page.keyboard.press("?")
    assert page.locator("#help").is_visible()
    assert "volgende bevinding" in page.locator("#help").inner_text()

    page.locator("#save-btn").click()
    expect(page.locator("#status")).to_contain_text("Opgeslagen")
    page.screenshot(path=str(SCREENSHOT))

    data = json.loads(sample.review.read_text(encoding="utf-8"))
    assert next(iter(data)) == "_warning"
    assert data["reviewed_at"]
    email = next(f for f in data["findings"] if f["text"] == EMAIL)
    assert email["action"] == "keep" and email["keep_reason"] == "algemeen adres van de afdeling"
    phone = next(f for f in data["findings"] if f["text"] == PHONE)
    assert phone["action"] == "redact" and phone["keep_reason"] == ""
    manual = next(f for f in data["findings"] if f["source"] == "manual")
    assert manual["text"] == MISSED and manual["entity_type"] == "NL_ADDRESS"
    assert manual["page"] == 1 and manual["action"] == "redact"
    assert data["review_counts"]["manual"] == 1 and data["review_counts"]["keep"] == 1
    findings = findings_from_review(data, extract(sample.pdf, ocr=False))  # as apply reads it
    assert any(f.text == MISSED for f in findings)
    # The refused save above shows up as a failed request; nothing else may fail.
    assert [e for e in errors if "status of 400" not in e] == [], errors


# --- a dossier of three documents --------------------------------------------------


def reviews(d: Dossier) -> dict[str, dict[str, Any]]:
    return {
        name: json.loads((d.scan / name.replace(".pdf", ".review.json")).read_text("utf-8"))
        for name in DOCS
    }


def person_item(page: Any, name: str) -> Any:
    return page.locator("li.person", has=page.locator(".p-name", has_text=name))


def test_dossier_in_the_browser(browser: Any, tmp_path: Path) -> None:
    d = make_dossier(tmp_path)
    session = DossierSession.open(d.scan, [d.sources], ocr=False)
    errors: list[str] = []
    try:
        with running(ReviewServer(session, port=0)) as server:
            page = browser.new_page(viewport={"width": 1400, "height": 820})
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.set_default_timeout(15_000)
            page.goto(server.url)

            # One person for three forms of her name in three documents.
            anna = person_item(page, "Anna de Vries")
            expect(anna.locator(".p-meta")).to_contain_text("3 documenten · 4 vermeldingen")
            expect(page.locator("#progress")).to_contain_text("0 van")
            expect(page.locator("#documents li")).to_have_count(3)
            # The queue links to its finding, selected in its document.
            first = page.locator("#queue a").first
            linked = first.inner_text().split(": ", 1)[1]
            first.click()
            expect(page.locator("li.finding.selected .f-text")).to_have_text(linked)
            page.goto(server.url)
            page.wait_for_selector("li.person")

            # Decide her once, from the keyboard: keep, with a reason.
            page.keyboard.press("j")
            expect(anna).to_have_class(re.compile(r"\bopen\b.*\bselected\b"))
            page.keyboard.press("b")
            page.keyboard.type("ambtenaar in functie")
            page.keyboard.press("Enter")
            expect(anna.locator(".p-state")).to_contain_text("behouden")
            expect(page.locator("#progress")).to_contain_text("4 van")
            for data in reviews(d).values():
                hers = [f for f in data["findings"] if "Vries" in f["text"]]
                assert hers and all(f["action"] == "keep" and f["decided"] for f in hers)

            # All her mentions changed: in a document, her boxes are kept (green).
            page.locator("#documents a", has_text="nota.pdf").click()
            page.wait_for_selector(".box")
            kept = page.locator("li.finding.keep", has=page.locator(".f-text", has_text="Vries"))
            expect(kept).to_have_count(2)
            assert page.locator(".box.keep").count() >= 2

            # A missed name: select it in another document, add it as a name.
            page.goto(server.url + "doc/3/")
            page.wait_for_selector("pre.pagetext")
            assert page.evaluate(SELECT_TEXT, [1, MISSED_NAME])
            row = page.locator('.page-row[data-page="1"]')
            row.locator(".add-form select").select_option("PERSON")
            row.locator(".add-btn").click()
            expect(page.locator("#status")).to_contain_text("Opgeslagen")
            added = item(page, MISSED_NAME)
            other = next(g["code"] for g in session.state()["grounds"] if g["code"] != "5.1.2e")
            added.locator("select.ground").select_option(other)
            expect(page.locator("#status")).to_contain_text("Opgeslagen")
            manual = next(
                f for f in reviews(d)["verslag.pdf"]["findings"] if f["text"] == MISSED_NAME
            )
            assert manual["ground"] == other and manual["source"] == "manual"

            # Back in the dossier it is offered in the other two documents.
            page.locator("#back").click()
            okkema = person_item(page, MISSED_NAME)
            expect(okkema.locator(".suggested")).to_contain_text("besluit.pdf")
            expect(okkema.locator(".suggested")).to_contain_text("nota.pdf")
            page.screenshot(path=str(DOSSIER_SCREENSHOT))

            # A second tab with an old view cannot overwrite what the first saved.
            tab2 = browser.new_page(viewport={"width": 1400, "height": 820})
            tab2.goto(server.url)
            okkema.locator(".act-redact").click()
            expect(okkema.locator(".p-state")).to_contain_text("lakken")
            expect(okkema.locator(".p-meta")).to_contain_text("3 documenten")
            person_item(tab2, "Anna de Vries").locator(".act-redact").click()
            expect(tab2.locator("#status")).to_contain_text("ander tabblad")
            tab2.close()
            for name, data in reviews(d).items():
                hits = [f for f in data["findings"] if f["text"] == MISSED_NAME]
                assert len(hits) == 1 and hits[0]["action"] == "redact", name
                assert all(f["action"] == "keep" for f in data["findings"] if "Vries" in f["text"])
    finally:
        session.close()

    # Apply every review file, with the run's verification; read the PDFs back.
    out = tmp_path / "out"
    result = api.apply_dossier(d.scan, out, OPTIONS, [d.sources])
    assert [o.status for o in result.outcomes] == ["gepubliceerd"] * 3
    for name in DOCS:
        text = " ".join(pdftotext(out / name).split())
        assert MISSED_NAME not in text, name
        assert "Vries" in text, name  # kept: a civil servant in her role
    assert "06-12345678" not in pdftotext(out / "verslag.pdf")
    # The refused save in the second tab shows up as a failed request (409).
    assert [e for e in errors if "status of 409" not in e] == [], errors
