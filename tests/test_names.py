"""Person names (issue 3): recognizers, context rules, officials, lists, propagation.

The pipeline tests run the real Presidio engine on rules only (``spacy.blank``)
and the real resolution stages, on one-page texts shaped like PDF extraction.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from redactie.detect.engine import DetectionEngine, EngineConfig
from redactie.detect.names import STAGES, recognizers
from redactie.detect.names.lexicon import ContextConfig, fold, lexicon_for, load_lexicon
from redactie.detect.names.recognizers import context_hits, list_hits
from redactie.detect.names.stages import (
    abbreviations,
    compatible,
    official_reason,
    parse_name,
    variants,
)
from redactie.detect.names.text import View, tokenize
from redactie.document import Document, Page
from redactie.errors import RulePackError
from redactie.findings import Action, Finding, Provenance, Source
from redactie.resolve import ResolveContext, resolve
from redactie.rules import RuleSet, load_rules

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules(check_examples=False)


@pytest.fixture(scope="module")
def engine(rules: RuleSet) -> DetectionEngine:
    return DetectionEngine(EngineConfig(use_model=False), rules)


def _doc(*pages: str) -> Document:
    return Document(
        path=Path("t.pdf"),
        sha256="0",
        pages=tuple(Page(i, t, 595, 842, 0, False) for i, t in enumerate(pages)),
    )


@pytest.fixture(scope="module")
def run(engine: DetectionEngine, rules: RuleSet):
    def _run(text: str, dossier: frozenset[str] = frozenset(), ruleset: RuleSet | None = None):
        raw = engine.analyze_text(text)
        ctx = ResolveContext(
            document=_doc(text), rules=ruleset or rules, dossier_names=frozenset(dossier)
        )
        return [f for f in resolve(raw, ctx) if f.entity_type == "PERSON"]

    return _run


def redacted(findings: list[Finding]) -> list[str]:
    return sorted(" ".join(f.text.split()) for f in findings if f.action is Action.REDACT)


def kept(findings: list[Finding]) -> list[str]:
    return sorted(" ".join(f.text.split()) for f in findings if f.action is Action.KEEP)


# ------------------------------------------------------------------ plumbing


def test_recognizers_and_stages_are_exposed(rules: RuleSet) -> None:
    recs = recognizers(rules, "nl")
    assert {r.name for r in recs} == {"list:names", "context:names"}
    assert [name for name, _ in STAGES] == [
        "names_beside_personal_data",
        "names_clean",
        "names_wrapped",
        "names_list_siblings",
        "names_lists",
        "names_in_columns",
        "names_officials",
        "names_codes",
        "names_propagate",
        "names_household_words",
    ]


def test_view_removes_line_end_hyphenation() -> None:
    v = View.of("Jorien Ver-\nmeulen en Pieter-\nJan")
    assert v.text == "Jorien Vermeulen en Pieter-Jan"
    s, e = v.span(7, 16)
    assert "Jorien Ver-\nmeulen en Pieter-\nJan"[s:e] == "Ver-\nmeulen"


def test_tokenize_glues_initials() -> None:
    toks = tokenize("M.J. van Dalen en T. H. Verbruggen")
    assert [t.text for t in toks if t.kind == "init"] == ["M.J.", "T. H."]


def test_fold_ignores_case_and_diacritics() -> None:
    assert fold("María") == fold("maria")
    assert fold("Yılmaz") == "yilmaz"


def test_shipped_lists_load_and_filter_function_words() -> None:
    lex = lexicon_for(None)
    assert lex.is_first_name("Marloes") and lex.is_first_name("Pieter-Jan")
    assert lex.is_first_name("Maria") and lex.is_first_name("María")
    assert not lex.is_first_name("Ben")  # a verb ("ben je") before it is a name
    assert lex.is_surname("Jansen")


def test_context_yaml_forbids_unknown_keys(tmp_path: Path) -> None:
    src = ROOT / "rules" / "names"
    data = yaml.safe_load((src / "context.yaml").read_text(encoding="utf-8"))
    ContextConfig.model_validate(data)
    data["surprise"] = ["x"]
    (tmp_path / "context.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(RulePackError):
        load_lexicon(tmp_path)


def test_no_unlicensed_list_is_shipped() -> None:
    names = {p.name for p in (ROOT / "rules" / "names").iterdir()}
    assert "family_names_freq_5_or_more.lst" not in names
    readme = (ROOT / "rules" / "names" / "README.md").read_text(encoding="utf-8")
    assert "Statbel" in readme and "Meertens" in readme and "MIT" in readme


# -------------------------------------------------------------- list rules


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marloes van Dalen-Smits heeft het stuk geschreven.", "Marloes van Dalen-Smits"),
        ("Het advies van M.J. van Dalen-Smits is gevolgd.", "M.J. van Dalen-Smits"),
        ("Het onderzoek is gedaan door Aditi Krishnamurthy.", "Aditi Krishnamurthy"),
        ("Volgens María José Fernández Ruiz is dat zo.", "María José Fernández Ruiz"),
        ("Het verslag van Chinedu Okafor volgt.", "Chinedu Okafor"),
        ("Li Mei Chen stuurt het verslag.", "Li Mei Chen"),
        ("Het advies van Marloes d'Ancona volgt.", "Marloes d'Ancona"),
        ("Het advies van Patrick O'Brien volgt.", "Patrick O'Brien"),
        ("De brief van Ruud\nScholten kwam later.", "Ruud Scholten"),
        ("Zie de nota van J.A. Hoogendoorn.", "J.A. Hoogendoorn"),
    ],
)
def test_list_rules(text: str, name: str) -> None:
    hits = list_hits(text, lexicon_for(None))
    assert [" ".join(text[h.start : h.end].split()) for h in hits] == [name]
    assert all(h.source == "list" for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        "Het kantoor staat aan de Willem de Zwijgerlaan 12.",
        "Het kantoor staat aan de Jan Pieterszoon Coenstraat 8.",
        "De boodschappen komen van Albert Heijn.",
        "De Anne Frank Stichting en het Van Gogh Museum doen mee.",
        "Rijkswaterstaat en de Gemeente Zwolle werken samen in Den Haag.",
        "Op Maandag 3 Mei begint de Wet open overheid.",
        "Dan Rijkswaterstaat.",
        "N.B. Dit geldt ook voor de SG en de DG.",
    ],
)
def test_list_rules_leave_non_persons(text: str) -> None:
    assert list_hits(text, lexicon_for(None)) == []


# ----------------------------------------------------------- context rules


def _ctx(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for h in context_hits(text, lexicon_for(None)):
        out.setdefault(h.rule, set()).add(" ".join(text[h.start : h.end].split()))
    return out


@pytest.mark.parametrize(
    ("text", "rule", "name"),
    [
        ("Volgens drs. M. van Dalen klopt dat.", "title", "M. van Dalen"),
        ("Aanwezig was mr. ing. T.H. Verbruggen.", "title", "T.H. Verbruggen"),
        ("Ik sprak mevrouw Achterberg.", "salutation", "Achterberg"),
        ("Ook de heer Wolters was er.", "salutation", "Wolters"),
        ("Beste heer De Graaf,\n\nDank.", "salutation", "De Graaf"),
        ("Beste Iris,\n\nDank voor je mail.", "greeting", "Iris"),
        ("Hoi Maarten,\nKlopt.", "greeting", "Maarten"),
        ("Beste Iris en Maarten,\n\nDank.", "greeting", "Maarten"),
        ("De heer JANSEN (VVD): Voorzitter.", "salutation", "JANSEN"),
        ("Ik sprak mevrouw De Koning en de heer Prins.", "salutation", "De Koning"),
        ("Ik sprak mevrouw De Koning en de heer Prins.", "salutation", "Prins"),
        ("Van: Piet Jansen [mailto:piet.jansen@minbzk.nl]", "mail_display_name", "Piet Jansen"),
        ("[09:41] Olusegun Adeyemi: Goedemorgen", "chat_author", "Olusegun Adeyemi"),
        ("[10:32] Jansen, Piet\nIk stuur het zo.", "chat_author", "Jansen, Piet"),
        ("Okafor, Chinedu (RWS) 03-06-2025 10:40\nAkkoord.", "chat_author", "Okafor, Chinedu"),
        ("Tekst.\nKarin Wolters  10:35\nPrima.", "chat_author", "Karin Wolters"),
        ("Karin Wolters: dat klopt.", "speaker", "Karin Wolters"),
        (
            "Met vriendelijke groet,\n\nAnneloes Verbrugge\nAdviseur",
            "signature",
            "Anneloes Verbrugge",
        ),
        ("Groet,\nIris", "signature", "Iris"),
        ("Met vriendelijke groet,\nKarin Wolters | Gemeente Zwolle", "signature", "Karin Wolters"),
        ("Hartelijke groet,\n\ndrs. K. Wolters, projectleider", "signature", "K. Wolters"),
        ("Contactpersoon\nKees Wolters\n", "label_contactpersoon", "Kees Wolters"),
        ("Behandeld door: T. Verbruggen", "label_behandeld_door", "T. Verbruggen"),
        ("Opgesteld door: Achterberg", "label_opgesteld_door", "Achterberg"),
        ("Gezien\nP. Smit, directeur", "label_gezien", "P. Smit"),
        ("Van:\nIris Kamphuis <i.kamphuis@zwolle.nl>", "label_mail_header", "Iris Kamphuis"),
        ("Aan: Maarten de Graaf <m.degraaf@rws.nl>", "mail_display_name", "Maarten de Graaf"),
        (
            "CC: Sanne Bakker <s.bakker@zwolle.nl>; Woo-loket <woo@zwolle.nl>",
            "label_mail_header",
            "Sanne Bakker",
        ),
        ("Kamphuis, Iris\n\nVan: iemand", "inverted_name", "Kamphuis, Iris"),
        ("Lijst\n\nJANSEN, P.\nVermeulen, J.\n", "inverted_name", "JANSEN, P."),
        ("Lijst\n\nJANSEN, P.\nVermeulen, J.\n", "inverted_name", "Vermeulen, J."),
        ("Mevr. drs. H.M. (Hanneke) de Vries schreef.", "salutation", "H.M. (Hanneke) de Vries"),
        ("Aan de familie Jansen, Dorpsstraat 1.", "salutation", "Jansen"),
        ("[03-06-2025 09:41] Sven Mulder: Goedemorgen!", "chat_author", "Sven Mulder"),
        ("[03-06-2025 09:43] Fatma Yılmaz: Ik kan.", "chat_author", "Fatma Yılmaz"),
        ("03/06/2025, 09:41 - Olusegun Adeyemi: Ja.", "chat_author", "Olusegun Adeyemi"),
        ("Actie: Sven stelt een overzicht op.", "label_actie", "Sven"),
        ("Verslag:\nLotte Brandsma", "label_vergadering", "Lotte Brandsma"),
        ("Naam partner:\nR. Scholten", "label_naam", "R. Scholten"),
        (
            "Nguyen Thi Thu\nHa\n\nInformatiebeheerder\nthuha.nguyen@rws.nl",
            "email_localpart",
            "Nguyen Thi Thu Ha",
        ),
        (
            "Siddharth\nVenkataraman\n\nData scientist\nsiddharth.venkataraman@rws.nl",
            "email_localpart",
            "Siddharth Venkataraman",
        ),
        ("•  Emeka Nwachukwu, Bureau of Public Procurement (Abuja);", "bullet", "Emeka Nwachukwu"),
    ],
)
def test_context_rule(text: str, rule: str, name: str) -> None:
    found = _ctx(text)
    assert name in found.get(rule, set()), found


def test_attendee_list_finds_every_person() -> None:
    text = (
        "Aanwezig:\nburgemeester R.M. Dijkhuizen (voorzitter), "
        "wethouder Nijenhuis (Dienstverlening),\n"
        "Sven Mulder (coördinator Woo), Fatma Yılmaz (jurist), Henk de Boer\n(informatiebeheer)\n\n"
        "Afwezig:\nJeroen Tammes (met kennisgeving), de gemeentesecretaris\n"
    )
    found = _ctx(text)["label_vergadering"]
    assert found == {
        "R.M. Dijkhuizen",
        "Nijenhuis",
        "Sven Mulder",
        "Fatma Yılmaz",
        "Henk de Boer",
        "Jeroen Tammes",
    }


def test_action_item_with_two_first_names() -> None:
    assert _ctx("Actie: Henk en Fatma doen een voorstel.")["label_actie"] == {"Henk", "Fatma"}


@pytest.mark.parametrize(
    "text",
    [
        "Beste allemaal,\n\nDank.",
        "Geachte heer, mevrouw,\n\nHierbij.",
        "Geachte voorzitter,\n\nMet deze brief.",
        "Met vriendelijke groet,\n\nburgemeester en wethouders van Zwolle,\n"
        "namens dezen,\n\nde teamleider",
        "Aan\nde DG Overheidsorganisatie\n\nVan\nde directeur Informatiehuishouding",
        "Van: Woo-loket <woo@zwolle.nl>",
        "Aan de Voorzitter van de Tweede Kamer",
        "Nr.\nActiepunt\nWie\nGereed",
        "mevrouw de minister en de heer Minister",
        "•  Gemeente Zwolle en Gemeente Utrecht werken samen.",
        "[03-06-2025 09:40] Berichten en oproepen worden end-to-end versleuteld.",
        "10:30 Overleg: agenda vaststellen",
        "Verzonden: woensdag 4 juni 2025 08:52\nHet werk loopt van vrijdag 20 juni 22:00",
        "Gemeente Zwolle: akkoord\nOnderwerp: overleg",
        "Het kantoor is in De Bilt en de zaak diende bij de Raad van State.",
    ],
)
def test_context_rules_leave_non_persons(text: str) -> None:
    assert _ctx(text) == {}


# ------------------------------------------------------------- whole pipeline


def test_titles_and_salutations_stay_visible(run) -> None:
    fs = run("Volgens drs. M. van Dalen en mevrouw Achterberg klopt dat.")
    assert redacted(fs) == ["Achterberg", "M. van Dalen"]


def test_provenance_is_recorded(run) -> None:
    fs = run("Contactpersoon: Kees Wolters\n\nWolters belt terug.")
    by_text = {f.text: f for f in fs}
    assert by_text["Kees Wolters"].provenance.source in (Source.LIST, Source.CONTEXT)
    assert by_text["Kees Wolters"].provenance.rule_id
    prop = by_text["Wolters"].provenance
    assert (prop.recognizer, prop.source, prop.rule_id) == (
        "propagation:names",
        Source.PROPAGATION,
        "document",
    )


# --- propagation


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Iris Verbruggen schreef het. Volgens Verbruggen klopt dat.", "Verbruggen"),
        ("Iris Verbruggen schreef het. Daarna stuurt Iris het door.", "Iris"),
        ("Iris Verbruggen schreef het. Later paste I. Verbruggen het aan.", "I. Verbruggen"),
        ("Iris Verbruggen schreef het. De nota van Verbruggens team.", "Verbruggens"),
        ("Iris Verbruggen schreef het. Het is Iris' nota.", "Iris'"),
        ("Iris Verbruggen schreef het. Het advies van Ver-\nbruggen.", "Ver- bruggen"),
        ("Marloes van Dalen schreef het. Van Dalen controleerde de cijfers.", "Van Dalen"),
        ("Henk de Boer was er. De Boer wijst erop dat het klopt.", "De Boer"),
        ("H. Scholten-Veenstra schrijft. Mevrouw Scholten belt.", "Scholten"),
        (
            "De behandelaar is J. Vermeulen. Zij sprak met u, zei Jorien Ver-\nmeulen.",
            "Jorien Ver- meulen",
        ),
        ("Sven Mulder opent.\n\nHenk, Fatma en Sven nemen het op.", "Sven"),
    ],
)
def test_propagation_in_document(run, text: str, mention: str) -> None:
    assert mention in redacted(run(text))


def test_propagation_across_line_break_in_table_cell(run) -> None:
    fs = run("Marloes van Dalen schreef het.\n\nZie de lijst: Marloes van\nDalen (BZK)")
    assert redacted(fs) == ["Marloes van Dalen", "Marloes van Dalen"]


def test_propagation_from_dossier(run) -> None:
    fs = run("Volgens Verbruggen en Iris is het klaar.", dossier=frozenset({"Iris Verbruggen"}))
    assert redacted(fs) == ["Iris", "Verbruggen"]
    by_text = {f.text: f.provenance.rule_id for f in fs}
    assert by_text["Verbruggen"] == "dossier"
    assert by_text["Iris"] in ("dossier", "first_name_alone")  # a listed given name alone


def test_propagation_leaves_ordinary_words(run) -> None:
    text = (
        "Sanne Bakker belde. Bakker neemt contact op met de bakker op de hoek.\n"
        "Henk de Boer was er. De boer heeft zelf gebeld; de boer wil de stukken."
    )
    assert redacted(run(text)) == ["Bakker", "Henk de Boer", "Sanne Bakker"]


def test_propagation_leaves_places_and_streets(run) -> None:
    text = "Ingrid Bosch belde. De vergadering is in Den Bosch aan de Bakkerstraat."
    assert redacted(run(text)) == ["Ingrid Bosch"]


def test_propagation_does_not_touch_email_addresses(run) -> None:
    fs = run("Iris Kamphuis <i.kamphuis@zwolle.nl> schreef. Kamphuis belt.")
    assert redacted(fs) == ["Iris Kamphuis", "Kamphuis"]


# --- officials


@pytest.mark.parametrize(
    ("text", "official"),
    [
        (
            "De Minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nJ.A. Hoogendoorn",
            "J.A. Hoogendoorn",
        ),
        ("Op de bijeenkomst sprak burgemeester Ahmed Aboutaleb.", "Ahmed Aboutaleb"),
        ("Dat meldde de woordvoerder Pieter-Bas Lammers.", "Pieter-Bas Lammers"),
        ("De woordvoerder van de minister, Thijs Verbeek, is betrokken.", "Thijs Verbeek"),
        ("De commissaris van de Koning, Andries Heidema, opende.", "Andries Heidema"),
        ("Mark Rutte, minister-president, sprak.", "Mark Rutte"),
        (
            "Hoogachtend,\nDe Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en "
            "Douane,\nmr. drs. A.C. van Straaten",
            "A.C. van Straaten",
        ),
        ("Aanwezig: wethouder Nijenhuis (Dienstverlening)", "Nijenhuis"),
    ],
)
def test_public_officials_are_kept(run, text: str, official: str) -> None:
    fs = run(text)
    assert official in kept(fs)
    assert redacted(fs) == []


@pytest.mark.parametrize(
    "text",
    [
        "Aanwezig: de burgemeester, Sven Mulder (coördinator Woo), Iris Kamphuis",
        "Aanwezig: Sven Mulder, burgemeester Dijkhuizen, Iris Kamphuis",
        "De minister heeft Sven Mulder gevraagd het stuk aan Iris Kamphuis te sturen.",
        "De minister van Financiën,\nnamens deze,\nde directeur Begrotingszaken,\n\nSven Mulder",
    ],
)
def test_civil_servants_near_a_role_are_not_kept(run, text: str) -> None:
    fs = run(text)
    assert "Sven Mulder" in redacted(fs)
    assert "Sven Mulder" not in kept(fs)


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        (
            "Aanwezig waren de wethouders Jan de Vries, Karin Wolters en Ahmed Aboutaleb.",
            "Karin Wolters",
            "bestuurder in functie",
        ),
        (
            "de motie van de leden Van der Kolk (CDA) en Hazenberg over",
            "Hazenberg",
            "Kamerlid in functie",
        ),
        ("Zie de motie-Van der Kolk.", "Van der Kolk", "Kamerlid in functie"),
        ("De minister van BZK (Hugo de Jonge) zei", "Hugo de Jonge", "minister in functie"),
        ("CdK Arno Brok opende de vergadering.", "Arno Brok", "bestuurder in functie"),
        ("Aanwezig: burgemeester Dijkhuizen, Sven Mulder", "Sven Mulder", ""),
        ("Aanwezig: burgemeester Dijkhuizen en Sven Mulder", "Sven Mulder", ""),
    ],
)
def test_official_reason(text: str, name: str, reason: str) -> None:
    start = text.index(name)
    assert official_reason(text, start, start + len(name), lexicon_for(None)) == reason


def test_kamerlid_is_not_redacted(run) -> None:
    fs = run("Daarmee geef ik invulling aan de motie van het lid Van der\nKolk c.s.")
    assert redacted(fs) == []


def test_later_mentions_of_an_official_are_kept(run) -> None:
    text = (
        "De woordvoerder van de minister, Thijs Verbeek, is betrokken. "
        "De woordvoering loopt via Thijs Verbeek. Marloes van Dalen schreef de nota."
    )
    fs = run(text)
    assert kept(fs) == ["Thijs Verbeek", "Thijs Verbeek"]
    assert redacted(fs) == ["Marloes van Dalen"]


def test_official_and_civil_servant_are_told_apart(run) -> None:
    text = "Minister Hoogendoorn sprak met Iris Kamphuis. Kamphuis maakte het verslag."
    fs = run(text)
    assert redacted(fs) == ["Iris Kamphuis", "Kamphuis"]


def _ner(text: str, name: str, at: int = 0, entity: str = "PERSON") -> Finding:
    start = text.index(name, at)
    return Finding(
        page=0,
        start=start,
        end=start + len(name),
        text=name,
        entity_type=entity,
        ground="5.1.2e" if entity == "PERSON" else "",
        provenance=Provenance(recognizer="ner:spacy", source=Source.NER, score=0.85),
    )


def test_model_findings_go_through_the_same_decisions(rules: RuleSet) -> None:
    """What the NER model adds is trimmed, kept as official or propagated like any name."""
    text = (
        "Dat zei Minister Hoogendoorn gisteren tegen mevrouw Achterberg. "
        "Hoogendoorn was tevreden; Achterberg ook. De SG las mee. De Boer en de boer."
    )
    raw = [
        _ner(text, "Minister Hoogendoorn"),
        _ner(text, "mevrouw Achterberg"),
        _ner(text, "De SG"),
        _ner(text, "de boer", text.index("De Boer") + 8),
    ]
    fs = [
        f
        for f in resolve(raw, ResolveContext(document=_doc(text), rules=rules))
        if f.entity_type == "PERSON"
    ]
    assert kept(fs) == ["Hoogendoorn"]
    assert redacted(fs) == ["Achterberg", "Achterberg"]


def test_weak_rule_yields_to_model_organisation(rules: RuleSet) -> None:
    text = "Sprekers:\n\n•  Open Data Netwerk, Utrecht;\n"
    raw = [
        Finding(
            page=0,
            start=text.index("Open"),
            end=text.index(","),
            text="Open Data Netwerk",
            entity_type="PERSON",
            ground="5.1.2e",
            provenance=Provenance(
                recognizer="context:names", source=Source.CONTEXT, rule_id="bullet", score=0.55
            ),
        ),
        _ner(text, "Open Data Netwerk", entity="ORGANIZATION"),
    ]
    fs = resolve(raw, ResolveContext(document=_doc(text), rules=rules))
    assert [f for f in fs if f.entity_type == "PERSON"] == []


def test_role_words_alone_are_no_names(run) -> None:
    assert run("Via de SG en de DG is de nota naar de minister en de burgemeester gegaan.") == []


# --- organisation lists


@pytest.fixture
def listed_rules(tmp_path: Path) -> RuleSet:
    for p in (ROOT / "rules").glob("*.yaml"):
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "lists.yaml").write_text(
        yaml.safe_dump(
            {
                "kind": "lists",
                "name": "lists",
                "version": "1",
                "description": "test",
                "keep": ["Iris Kamphuis"],
                "always_redact": [{"text": "Piet Pietersen", "note": "melder"}],
            }
        ),
        encoding="utf-8",
    )
    return load_rules(tmp_path, check_examples=False)


def test_keep_list(run, listed_rules: RuleSet) -> None:
    fs = run("Iris Kamphuis schreef het. Volgens Kamphuis klopt het.", ruleset=listed_rules)
    assert redacted(fs) == []
    assert "Iris Kamphuis" in kept(fs)


def test_always_redact_list(run, listed_rules: RuleSet) -> None:
    fs = run("De melding kwam van Pietersen. Piet Pietersen belde later.", ruleset=listed_rules)
    assert redacted(fs) == ["Piet Pietersen", "Pietersen"]
    assert any(f.provenance.recognizer == "list:always_redact" for f in fs)


# --- name model


def test_parse_and_compatible() -> None:
    lex = lexicon_for(None)
    a = parse_name("drs. M.J. van Dalen-Smits", lex)
    b = parse_name("Marloes van Dalen-Smits", lex)
    c = parse_name("Piet van Dalen-Smits", lex)
    assert a is not None and b is not None and c is not None
    assert a.surname == ("van", "Dalen-Smits") and a.initials == ("M", "J")
    assert compatible(a, b) and not compatible(b, c)
    inv = parse_name("Kamphuis, Iris", lex)
    assert inv is not None and inv.given == ("Iris",) and inv.surname == ("Kamphuis",)


def test_variants() -> None:
    lex = lexicon_for(None)
    p = parse_name("Marloes van Dalen-Smits", lex)
    assert p is not None
    v = variants(p, lex)
    assert {"Marloes van Dalen-Smits", "van Dalen-Smits", "Marloes"} <= v
    assert "Dalen-Smits" not in v  # a surname with a particle is not used bare
    q = parse_name("H. Scholten-Veenstra", lex)
    assert q is not None and {"Scholten", "Veenstra", "Scholten-Veenstra"} <= variants(q, lex)


def test_model_spans_without_evidence_are_dropped(rules: RuleSet) -> None:
    """Capitalised line starts, headings and parts of organisation names are no persons."""
    text = (
        "5.1 Persoonsgegevens\n\nZienswijzen\nRijkswaterstaat heeft geen bezwaar.\n"
        "De aannemer sprak met Albert Heijn en met het Bureau of Public Procurement.\n"
        "Het gesprek met Nwachukwu verliep goed. Dat zei mevrouw Zhao."
    )
    raw = [
        _ner(text, "Persoonsgegevens"),
        _ner(text, "Zienswijzen"),
        _ner(text, "Rijkswaterstaat"),
        _ner(text, "Albert"),
        _ner(text, "Public Procurement"),
        _ner(text, "Nwachukwu"),
        _ner(text, "Zhao"),
    ]
    fs = resolve(raw, ResolveContext(document=_doc(text), rules=rules))
    assert redacted([f for f in fs if f.entity_type == "PERSON"]) == ["Nwachukwu", "Zhao"]


def test_model_spans_that_are_places_or_organisations_elsewhere_are_dropped(
    rules: RuleSet,
) -> None:
    text = "De aannemer uit Kampen belde. Daarna sprak Achmea met Okafor. Ook Achmea reageerde."
    raw = [
        _ner(text, "Kampen"),
        _ner(text, "Achmea"),
        _ner(text, "Okafor"),
        _ner(text, "Achmea", text.index("Ook"), entity="ORGANIZATION"),
    ]
    fs = resolve(raw, ResolveContext(document=_doc(text), rules=rules))
    assert redacted([f for f in fs if f.entity_type == "PERSON"]) == ["Okafor"]


def test_model_word_in_apposition_to_a_name_is_an_affiliation(rules: RuleSet) -> None:
    text = "Sprekers waren Søren Kjærgaard Holm, Datatilsynet (Kopenhagen), en Emeka Nwachukwu."
    raw = [
        _ner(text, "Søren Kjærgaard Holm"),
        _ner(text, "Datatilsynet"),
        _ner(text, "Emeka Nwachukwu"),
    ]
    fs = resolve(raw, ResolveContext(document=_doc(text), rules=rules))
    assert redacted([f for f in fs if f.entity_type == "PERSON"]) == [
        "Emeka Nwachukwu",
        "Søren Kjærgaard Holm",
    ]


# ------------------------------------------------- display names, paraaf initials


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A chat header with the display name "Achternaam, Voornaam" and a time stamp.
        ("Ramsaran, Shanti 10-3-2025 09:14\n\nGoedemorgen!", ["Ramsaran, Shanti"]),
        # Initials with the given name in brackets and a department after a dash.
        ("Kaya, Ö.E. (Özlem) - DIR/CZW 10-3-2025 09:40\n\nKlopt.", ["Kaya, Ö.E. (Özlem)"]),
        ("Jagesar, M. (Milan) - FMHaaglanden 11-3-2025 09:03\n\nAkkoord.", ["Jagesar, M. (Milan)"]),
        # A weekday before the date is part of the stamp.
        ("Bos, Anna do 10-3-2025 09:14\n\nHoi.", ["Bos, Anna"]),
        # Neither part listed: the time stamp is the evidence.
        ("Adebayo, Oluwaseun 10-3-2025 09:14\n\nHoi.", ["Adebayo, Oluwaseun"]),
        # Outlook header with a lowercase particle.
        (
            "Van: van den Berg, Joost\nAan: El Amrani, Yassine\nOnderwerp: RE: plan",
            [
                "El Amrani, Yassine",
                "van den Berg, Joost",
            ],
        ),
        # Attendees separated by semicolons, display names with departments.
        (
            "Deelnemers: Ramsaran, Shanti; Kaya, Ö.E. (Özlem) - DIR/CZW; Jagesar, M.\n"
            "(Milan) - FMHaaglanden\n\nDe chat.",
            ["Jagesar, M. (Milan)", "Kaya, Ö.E. (Özlem)", "Ramsaran, Shanti"],
        ),
    ],
)
def test_display_names(run, text: str, names: list[str]) -> None:
    assert sorted(set(redacted(run(text)))) == names


@pytest.mark.parametrize(
    "text",
    [
        # An agenda line with a time, not a name.
        "Agenda, Stuurgroep 10-3-2025 09:14\n\nDe vergadering.",
        # Two persons separated by a comma are not one inverted name.
        "Aan: Piet Jansen, Anna\n\nHallo.",
        # A department in brackets is not a given name.
        "Overleg, BZK (DGOO) 10-3-2025 09:14\n\nStart.",
    ],
)
def test_display_names_leave_non_persons(run, text: str) -> None:
    assert "Piet Jansen, Anna" not in redacted(run(text))
    assert not any(
        w in " ".join(redacted(run(text))) for w in ("Agenda", "Stuurgroep", "DGOO", "BZK")
    )


def test_bracketed_given_name_is_parsed() -> None:
    lex = lexicon_for(None)
    p = parse_name("Kaya, Ö.E. (Özlem)", lex)
    assert p is not None
    assert p.surname == ("Kaya",) and p.given == ("Özlem",) and p.initials == ("Ö", "E")
    assert "Özlem" in variants(p, lex) and "Kaya" in variants(p, lex)


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("R. in 't Veld", {"RitV"}),
        ("K. Boukema-de Jong", {"KB", "KBdJ"}),
        ("P.A. Oudejans", {"PAO"}),
        ("Joost van den Berg", {"JvdB"}),
        ("L. van der Meer-Pool", {"LvdMP"}),
    ],
)
def test_abbreviations(name: str, forms: set[str]) -> None:
    lex = lexicon_for(None)
    p = parse_name(name, lex)
    assert p is not None
    assert forms <= abbreviations(p, lex)


def test_paraaf_initials_of_a_redacted_person_are_redacted(run) -> None:
    text = (
        "Opsteller\nR. in 't Veld\n11-6\nRitV\n\n"
        "Juridische Zaken\nW. Tahiri\n12-6\nWT, met\nopm.\n\n"
        "Ik bel morgen. — JvdB\n\nJoost van den Berg belt. Het KB en de WTO zijn geen namen."
    )
    got = redacted(run(text))
    assert {"RitV", "WT", "JvdB"} <= set(got)
    assert "KB" not in got and "WTO" not in got


def test_abbreviations_leave_role_words() -> None:
    lex = lexicon_for(None)
    p = parse_name("D. Gerritsen", lex)
    assert p is not None
    assert "DG" not in abbreviations(p, lex)


def test_model_span_with_initials_at_a_line_start_is_a_name(rules: RuleSet) -> None:
    """Initials before a surname are evidence of a name even where the model won the overlap."""
    text = "Directeur Stikstof\nP.A. Oudejans\n12-6\nPAO\n\nDirectie Stikstof\nBezuidenhoutseweg 73"
    raw = [_ner(text, "P.A. Oudejans"), _ner(text, "Stikstof")]
    fs = resolve(raw, ResolveContext(document=_doc(text), rules=rules))
    got = redacted([f for f in fs if f.entity_type == "PERSON"])
    assert got == ["P.A. Oudejans", "PAO"]  # "Stikstof" names the directie


def test_propagation_does_not_extend_over_a_line_break(run) -> None:
    text = "Directeur Stikstof\nP.A. Oudejans\n\nVolgens Oudejans is het klaar."
    got = redacted(run(text))
    assert "Oudejans" in got and not any("Stikstof" in g for g in got)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("pieter.vandijk 09:02\nmorning, staat de migratie?", ["pieter.vandijk"]),
        ("Anouk Jansen 09:05\nJa. @pieter.vandijk kun jij goedkeuren?", ["pieter.vandijk"]),
        ("@j_devries graag even kijken", ["j_devries"]),
    ],
)
def test_chat_handles(text: str, names: list[str]) -> None:
    lex = lexicon_for(None)
    got = [text[h.start : h.end] for h in context_hits(text, lex) if h.rule == "handle"]
    assert got == names


@pytest.mark.parametrize(
    "text",
    [
        "Zie het bestand rapport.definitief.pdf en mail naar piet.jansen@bzk.nl vandaag.",
        "Het script data.export draait om 09:00.",
        "De map @projecten.archief is verplaatst.",  # no given name, no surname
    ],
)
def test_chat_handles_leave_files_and_addresses(text: str) -> None:
    lex = lexicon_for(None)
    assert not [h for h in context_hits(text, lex) if h.rule == "handle"]


def test_handle_stays_lowercase_through_resolution(run) -> None:
    assert redacted(run("pieter.vandijk 09:14\ndone")) == ["pieter.vandijk"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pieternella (Nel) Bouma\njurist\nn.bouma@leeuwarden.nl", "Pieternella (Nel) Bouma"),
        ("Liu Jianguo\nspecialist\nj.liu@leeuwarden.nl", "Liu Jianguo"),
    ],
)
def test_table_cell_matching_an_email_address(text: str, name: str) -> None:
    lex = lexicon_for(None)
    assert name in [text[h.start : h.end] for h in context_hits(text, lex)]


def test_table_cell_without_matching_address_is_left() -> None:
    text = "Team Vergunningen\nvergunningen@leeuwarden.nl\nLiu Jianguo\nj.chen@leeuwarden.nl"
    lex = lexicon_for(None)
    got = [text[h.start : h.end] for h in context_hits(text, lex) if h.rule == "email_localpart"]
    assert got == []


def test_oude_as_surname_prefix(run) -> None:
    text = (
        "E-mail Frank Oude Nijhuis aan de afdeling.\n\nNotitie (Oude Nijhuis / Lambert)\n\n"
        "De markt is op de Oude Markt."
    )
    got = redacted(run(text))
    assert "Frank Oude Nijhuis" in got and "Oude Nijhuis" in got
    assert not any("Markt" in g for g in got)


def test_initials_in_a_reference_number(run) -> None:
    text = "Ons kenmerk: 2025.0213/ACW\nBehandeld door: mr. A.C. Wijnbergen\n\nZie ook 2025/BZK."
    got = redacted(run(text))
    assert "ACW" in got and "BZK" not in got


def test_double_surname_with_particle(run) -> None:
    text = (
        "Hoofd afdeling\nmr. K. Boukema-de Jong\n12-6\nKB\n\n"
        "Boukema-de Jong heeft afgestemd. Ook Boukema was er. De Jong-jury niet."
    )
    got = redacted(run(text))
    assert {"K. Boukema-de Jong", "KB", "Boukema-de Jong", "Boukema"} <= set(got)
    assert not any(g.startswith("Jong") for g in got)


def test_official_named_in_role_only_where_no_detector_found_it(run) -> None:
    text = (
        "Hierbij de antwoorden op de vragen van de leden Westerveld\n(GroenLinks-PvdA) en "
        "Bikker (ChristenUnie).\n\nMevrouw Bikker heeft gevraagd om een tijdpad."
    )
    fs = run(text)
    assert redacted(fs) == []
    assert "Bikker" in kept(fs)


def test_burgemeester_at_sentence_start_keeps_the_signature(run) -> None:
    text = (
        "Burgemeester Weterings heeft de gemeente aangemeld.\n\nMet vriendelijke groet,\n"
        "burgemeester en wethouders van Tilburg,\n\nde secretaris,\nde burgemeester,\n\n"
        "drs. P.J.M. van Gils\nTh.L.N. Weterings\n"
    )
    assert not any("Weterings" in r for r in redacted(run(text)))


def test_civil_servant_sharing_no_role_stays_redacted(run) -> None:
    text = "Burgemeester Weterings opende.\n\nBehandeld door: Anna Jansen\n\nJansen belt terug."
    got = redacted(run(text))
    assert "Anna Jansen" in got and "Jansen" in got


def test_role_then_is_before_a_name(run) -> None:
    fs = run("08:30 - Sjoerd Hoekstra: Woordvoerder is Femke Schuurman, zij regelt de pers.")
    assert "Femke Schuurman" in kept(fs) and "Femke Schuurman" not in redacted(fs)


def test_place_after_a_whole_name_is_not_part_of_it(run) -> None:
    got = redacted(run("Aanwonende Petra\nLubbers uit Elst volgde het. Ook Rosalie in 't Veld."))
    assert "Petra Lubbers" in got and "Rosalie in 't Veld" in got
    assert not any("Elst" in g for g in got)


def test_model_span_backed_by_a_rule_whose_result_was_merged_away(rules: RuleSet) -> None:
    """Only the model's span reached resolution; the e-mail rule still backs it."""
    text = "Naam\nFunctie\n\nLiu Jianguo\nspecialist bouwfysica\nj.liu@leeuwarden.nl\n"
    fs = resolve([_ner(text, "Liu Jianguo")], ResolveContext(document=_doc(text), rules=rules))
    assert redacted([f for f in fs if f.entity_type == "PERSON"]) == ["Liu Jianguo"]


def test_model_words_that_are_no_persons(rules: RuleSet) -> None:
    text = (
        "WhatsApp-chat met Team wateroverlast Beekdal\n\nWie kan naar de Beekdalweg?\n"
        "Ze spreekt vooral Pools. Katarzyna verstaat wel Engels.\n"
        "Evenementenvergunning Koningsdag Stadspark\n\n"
        "Noot voor de redactie (niet voor publicatie)\n"
        "Naam\nDoorkies\n\nGesprek met Okafor over de tenten."
    )
    raw = [
        _ner(text, w)
        for w in ("Beekdal", "Pools", "Engels", "Stadspark", "Noot", "Doorkies", "Okafor")
    ]
    fs = resolve(raw, ResolveContext(document=_doc(text), rules=rules))
    assert redacted([f for f in fs if f.entity_type == "PERSON"]) == ["Okafor"]


def test_kamerlid_with_particle_on_the_line_before(rules: RuleSet) -> None:
    text = "Kamervragen van het lid De\nHoop. Q&A afstemmen met woordvoerder Gijs Amesz."
    fs = resolve([_ner(text, "Hoop")], ResolveContext(document=_doc(text), rules=rules))
    assert redacted([f for f in fs if f.entity_type == "PERSON"]) == []


def test_person_named_like_a_language_with_a_salutation(run) -> None:
    assert "Engels" in redacted(run("Het gesprek met mevrouw Engels over de tenten."))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ik heb met Verhagen en zijn zoon Stijn gesproken.", "Stijn"),
        ("Ik heb Tomasz, haar buurman, gevraagd te tolken.", "Tomasz"),
        ("Ze spreekt vooral Pools. Katarzyna verstaat wel Engels.", "Katarzyna"),
        ("Dat nemen we mee in antwoord 14. Milan, akkoord?", "Milan"),
    ],
)
def test_listed_given_name_alone_in_a_sentence(text: str, name: str) -> None:
    lex = lexicon_for(None)
    got = [text[h.start : h.end] for h in list_hits(text, lex) + context_hits(text, lex)]
    assert name in got


@pytest.mark.parametrize(
    "text",
    [
        "De vergadering was in Milan en daarna naar Parijs.",
        "Mail naar anna.jansen@bzk.nl of bel.",
        "Frank Oude Nijhuis belde.",
        "De Anna Paulowna polder.",
        "Milan\n\nHoofdstuk twee",  # a heading line
        "Het project Iris loopt door, net als storm Ciara.",
    ],
)
def test_given_name_alone_not_taken_in_these_places(text: str) -> None:
    lex = lexicon_for(None)
    assert not [h for h in context_hits(text, lex) if h.rule == "first_name_alone"]


def test_given_name_alone_yields_to_a_model_place(rules: RuleSet) -> None:
    text = "Zij reisde gisteren door Milan, zei de woordvoerder."
    lex = lexicon_for(None)
    assert [h.rule for h in context_hits(text, lex)] == ["first_name_alone"]
    raw = [
        Finding(
            page=0,
            start=text.index("Milan"),
            end=text.index("Milan") + 5,
            text="Milan",
            entity_type="PERSON",
            ground="5.1.2e",
            provenance=Provenance(
                recognizer="list:names", source=Source.LIST, rule_id="first_name_alone", score=0.55
            ),
        ),
        _ner(text, "Milan", entity="LOCATION"),
    ]
    fs = resolve(raw, ResolveContext(document=_doc(text), rules=rules))
    assert redacted([f for f in fs if f.entity_type == "PERSON"]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "De pilot is door Anand Raghunathan van het team Werk en Inkomen opgezet.",
            "Anand Raghunathan",
        ),
        ("Dat heeft onze jurist Oluwaseun Adebayo bekeken.", "Oluwaseun Adebayo"),
        ("Volgens Tariq Qureshi, adviseur, is het klaar.", "Tariq Qureshi"),
    ],
)
def test_unlisted_name_next_to_a_job(text: str, name: str) -> None:
    lex = lexicon_for(None)
    got = [text[h.start : h.end] for h in context_hits(text, lex) if h.rule == "role_name"]
    assert got == [name]


@pytest.mark.parametrize(
    "text",
    [
        "De Raad van State van de afdeling advisering heeft geoordeeld.",
        "Dat bleek uit de Monitor Informatiehuishouding van het team Analyse.",
        "De aanvraag van Stichting Oranjecomité, adviseur van de gemeente.",
    ],
)
def test_job_context_leaves_organisations(text: str) -> None:
    lex = lexicon_for(None)
    assert not [h for h in context_hits(text, lex) if h.rule == "role_name"]


def test_wethouder_found_by_job_context_is_kept(run) -> None:
    fs = run("Het fietspad is geopend door wethouder Ayşe Demir van de gemeente Nijmegen.")
    assert redacted(fs) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Specialist: Liu Jianguo\n", "Liu Jianguo"),
        ("Met dank aan Wang Xiaoming en Kim Min-jun van de afdeling.", "Kim Min-jun"),
        ("Met dank aan Wang Xiaoming en Kim Min-jun van de afdeling.", "Wang Xiaoming"),
        ("Het overleg met Nguyen Van Anh liep uit.", "Nguyen Van Anh"),
    ],
)
def test_family_name_first(text: str, name: str) -> None:
    lex = lexicon_for(None)
    assert name in [text[h.start : h.end] for h in list_hits(text, lex)]


@pytest.mark.parametrize(
    "text",
    [
        "De samenwerking met de Wang Group loopt.",
        "Het bedrijf Chen Holding BV is failliet.",
        "Kim kijkt ernaar.",  # a given name alone is no family-first name
    ],
)
def test_family_name_first_leaves_organisations(text: str) -> None:
    lex = lexicon_for(None)
    assert not [h for h in list_hits(text, lex) if h.rule == "family_first"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Paraaf\nJvdB\n\nAkkoord: RitV", ["JvdB", "RitV"]),
        ("Gezien: DGOO en JenV, IenW, BenW", []),
        ("Gezien: BZK", []),  # capitals alone: an acronym unless a person has these initials
        ("Akkoord: MT, DG en SG", []),
    ],
)
def test_paraaf_initials_in_label_values(text: str, found: list[str]) -> None:
    lex = lexicon_for(None)
    got = sorted({text[h.start : h.end] for h in context_hits(text, lex)})
    assert got == found


def test_month_abbreviation_is_no_lone_given_name() -> None:
    text = "On Tue, Jun 3, 2025 at 10:12 AM wrote:"
    lex = lexicon_for(None)
    assert not [h for h in context_hits(text, lex) if h.rule == "first_name_alone"]


def test_model_words_that_name_a_place_or_unit(rules: RuleSet) -> None:
    text = (
        "WhatsApp-chat met Woo-team Deventer\n\nStadskantoor, 7411 AB Deventer\n"
        "Onderwerp:\nAfsluiting Katerveerbrug juni 2025\n\nGesprek met Okafor over Deventer."
    )
    raw = [
        _ner(text, "Deventer"),
        _ner(text, "Katerveerbrug"),
        _ner(text, "Okafor"),
        _ner(text, "Deventer", text.index("Okafor")),
    ]
    fs = resolve(raw, ResolveContext(document=_doc(text), rules=rules))
    assert redacted([f for f in fs if f.entity_type == "PERSON"]) == ["Okafor"]


def test_surname_that_is_also_a_place_with_a_given_name(run) -> None:
    text = "Gemeente Deventer\n\nHet verslag is van Anna Deventer. Anna Deventer belt."
    assert redacted(run(text)) == ["Anna Deventer", "Anna Deventer"]


@pytest.mark.parametrize(
    "block",
    [
        "de secretaris,\nde burgemeester,\n\ndrs. P.J.M. van Gils\nTh.L.N. Weterings\n",
        "de secretaris,        de burgemeester,\n\ndrs. P.J.M. van Gils\nTh.L.N. Weterings\n",
        "de secretaris,\nde voorzitter,\n\nP.J.M. van Gils\nTh.L.N. Weterings\n",
    ],
)
def test_college_signature_block_is_kept(run, block: str) -> None:
    text = "Met vriendelijke groet,\nburgemeester en wethouders van Tilburg,\n\n" + block
    fs = run(text)
    assert redacted(fs) == []
    assert {"P.J.M. van Gils", "Th.L.N. Weterings"} <= set(kept(fs))


@pytest.mark.parametrize(
    "block",
    [
        "de secretaris,\n\nJan Jansen\n",  # no chair beside the secretaris
        "de teamleider,\nde secretaris,\n\nJan Jansen\n",
        "namens dezen,\nhet afdelingshoofd,\n\nJan Jansen\n",
    ],
)
def test_other_signatures_stay_redacted(run, block: str) -> None:
    assert "Jan Jansen" in redacted(run("Met vriendelijke groet,\n\n" + block))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Collega Okafor heeft het opgepakt.", ["Okafor"]),
        ("Dat zei teamleider Jansen gisteren.", ["Jansen"]),
        ("Dat zei de directeur Stikstof gisteren.", []),
        ("Vraag het hoofd Communicatie.", []),
    ],
)
def test_one_word_name_after_collega_or_job(text: str, found: list[str]) -> None:
    lex = lexicon_for(None)
    got = [text[h.start : h.end] for h in context_hits(text, lex) if h.rule == "role_name"]
    assert got == found


def test_model_span_named_in_a_personal_mail_address(rules: RuleSet) -> None:
    text = (
        "Raghunathan\npresenteert de resultaten.\n\nVergunningen\n"
        "Contact: anand.raghunathan@tilburg.nl, vergunningen@tilburg.nl"
    )
    raw = [_ner(text, "Raghunathan"), _ner(text, "Vergunningen")]
    fs = resolve(raw, ResolveContext(document=_doc(text), rules=rules))
    assert redacted([f for f in fs if f.entity_type == "PERSON"]) == ["Raghunathan"]


def test_unlisted_display_name_with_a_personal_address() -> None:
    lex = lexicon_for(None)
    text = (
        "Van: Adebayo, Oluwaseun <o.adebayo@minbzk.nl>\n"
        "Aan: Vergunningen, Zwolle <vergunningen@zwolle.nl>\n"
    )
    got = {text[h.start : h.end] for h in context_hits(text, lex)}
    assert "Adebayo, Oluwaseun" in got
    assert "Vergunningen, Zwolle" not in got


def test_attendee_list_with_organisations_and_next_label(run) -> None:
    text = "Aanwezig: Jansen (BZK), Okafor (JenV), De Vries, mw. Qureshi\nAfwezig: Adebayo\n"
    got = redacted(run(text))
    assert {"Jansen", "Okafor", "De Vries", "Qureshi", "Adebayo"} <= set(got)
    assert not any("Afwezig" in g or "BZK" in g or "JenV" in g for g in got)


def test_name_run_stops_before_a_header_label(run) -> None:
    got = redacted(run("From: Okafor, C.\nSent: 3 June\nTo: Qureshi, T.\n"))
    assert not any("To" in g.split() for g in got)


@pytest.mark.parametrize(
    ("span", "kept"),
    [
        ("Søren Kjærgaard Holm, Datatilsynet", "Søren Kjærgaard Holm"),
        ("Jan de Vries, Rijkswaterstaat", "Jan de Vries"),
        ("De Vries, Jan", "De Vries, Jan"),  # Achternaam, Voornaam
        ("Vries, J. de", "Vries, J. de"),
        ("Prinsen Geerligs, Anna", "Prinsen Geerligs, Anna"),
        ("Jan de Vries", "Jan de Vries"),
    ],
)
def test_model_span_ends_at_the_comma_before_an_organisation(span: str, kept: str) -> None:
    from redactie.detect.names.stages import _cut_affiliation
    from redactie.detect.names.text import tokenize

    toks = tokenize(span)
    out = _cut_affiliation(toks, lexicon_for(None))
    assert span[out[0].start : out[-1].end] == kept


def test_a_word_the_document_shows_inside_an_organisation_is_no_person_elsewhere(
    rules: RuleSet,
) -> None:
    """The model calls ``Woonvest`` a person twice; "woningcorporatie Woonvest" shows
    it is the corporation, so "overleg met Woonvest" is not a name either."""
    text = (
        "Wij sluiten een overeenkomst met woningcorporatie Woonvest.\n\n"
        "Actie: bestuurlijk overleg met Woonvest voorbereiden. Contact: Woonvest.\n"
    )
    raw = [_ner(text, "Woonvest"), _ner(text, "Woonvest", text.index("met Woonvest"))]
    fs = resolve(raw, ResolveContext(document=_doc(text), rules=rules))
    assert not redacted([f for f in fs if f.entity_type == "PERSON"])


def test_an_abbreviation_only_the_model_calls_a_person_is_dropped(rules: RuleSet) -> None:
    text = (
        "Ministry of Public Housing and Infrastructure (VROMI)\n\n"
        "Kind regards, on behalf of VROMI, the policy team. Ask Mr. JANSEN.\n"
    )
    raw = [_ner(text, "VROMI", text.index("behalf"))]
    fs = resolve(raw, ResolveContext(document=_doc(text), rules=rules))
    assert not redacted([f for f in fs if f.entity_type == "PERSON" and "VROMI" in f.text])


def _model_persons(text: str, raw: list[Finding], rules: RuleSet) -> list[Finding]:
    """The PERSON findings after resolving the given model findings over ``text``."""
    fs = resolve(raw, ResolveContext(document=_doc(text), rules=rules))
    return [f for f in fs if f.entity_type == "PERSON"]


def test_a_greeting_is_trimmed_and_a_river_is_no_person(rules: RuleSet) -> None:
    text = (
        "Actiecentrum hoogwater Maas\n\n"
        "[10-01-26 07:12:09] Ruud Baas: Welkom Lucía! Zij is er.\n"
    )
    fs = _model_persons(text, [_ner(text, "Maas"), _ner(text, "Welkom Lucía")], rules)
    words = {w for f in fs if f.action is Action.REDACT for w in f.text.split()}
    assert "Lucía" in words
    assert not {"Maas", "Welkom"} & words


def test_a_contact_rows_name_wrapped_in_its_cell_beats_the_models_guess(rules: RuleSet) -> None:
    text = (
        "Naam\nGeboortedatum BSN\nAdres\n\nHamidullah\nTraoré\n\n04-09-1987\n"
        "463983208 Oosterhamrikkade 112a\n\n"
        "Informatiemanager, Veiligheidsregio IJsselland\nAyodele Hofstede\nSoekhradj\n\n"
        "06 3362 8416\nw.soekhradj@vrijsselland.nl\n"
    )
    raw = [_ner(text, "Traoré", entity="LOCATION"), _ner(text, "Soekhradj", entity="ORGANIZATION")]
    engine = DetectionEngine(EngineConfig(use_model=False), rules)
    fs = resolve(
        [*engine.analyze_text(text), *raw], ResolveContext(document=_doc(text), rules=rules)
    )
    words = {w for f in fs if f.action is Action.REDACT for w in f.text.split()}
    assert {"Hamidullah", "Traoré", "Ayodele", "Hofstede", "Soekhradj"} <= words
    assert "IJsselland" not in words


def test_a_capitalised_role_before_a_given_name_is_its_title(rules: RuleSet) -> None:
    text = (
        "Het Openbaar Lichaam kan betalen. Gedeputeerde Haile wil dit op 14 oktober melden.\n"
        "Morgen belt de burgemeester Hinke over de stukken.\n"
    )
    fs = _model_persons(text, [_ner(text, "Haile"), _ner(text, "Hinke")], rules)
    assert kept(fs) == ["Haile"]
    assert redacted(fs) == ["Hinke"]
