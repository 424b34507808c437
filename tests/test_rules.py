"""Rule packs: the shipped packs, the loader and the RuleSet API."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from redactie.detect.public_evidence import (
    PROPAGATION_RECOGNIZER,
    line_key,
    mark_public_by_evidence,
    propagate_addresses,
    repeated_lines,
)
from redactie.document import Document, Page
from redactie.errors import RulePackError
from redactie.findings import Action, Finding, Provenance, Source
from redactie.resolve import ResolveContext, resolve
from redactie.rules import (
    DEFAULT_RULES_DIR,
    RULES_ENV_VAR,
    EvidencePack,
    ListEntry,
    ListsPack,
    OrganisationPack,
    PatternPack,
    PatternRule,
    RuleSet,
    default_rules_dir,
    load_pack,
    load_rules,
)
from redactie.woo import ENTITY_GROUNDS

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules()


# ----------------------------------------------------------------- shipped packs


def test_default_folder_is_the_repository_rules_folder() -> None:
    assert DEFAULT_RULES_DIR == REPO / "rules"


def test_shipped_packs_load(rules: RuleSet) -> None:
    kinds = {type(p) for p in rules.packs}
    assert kinds == {PatternPack, OrganisationPack, ListsPack, EvidencePack}
    assert rules.directory == REPO / "rules"
    assert {p.name for p in rules.files} >= {
        "nl_personal_data.yaml",
        "organisation.yaml",
        "lists.yaml",
        "public_evidence.yaml",
    }


def test_first_pack_covers_every_entity_type_but_person(rules: RuleSet) -> None:
    covered = {r.entity for r in rules.pattern_rules}
    assert covered == set(ENTITY_GROUNDS) - {"PERSON"}


def test_rule_ids_are_unique_and_known(rules: RuleSet) -> None:
    ids = [r.id for r in rules.pattern_rules]
    assert len(ids) == len(set(ids))
    assert {"email", "phone_nl", "bsn", "iban", "address", "postcode"} <= set(ids)
    assert rules.pack_of("bsn") == "nl_personal_data"
    assert rules.rule("iban").entity == "IBAN_CODE"
    with pytest.raises(KeyError):
        rules.rule("nope")


def _rule_params() -> list[PatternRule]:
    return list(load_rules(check_examples=False).pattern_rules)


@pytest.mark.parametrize("rule", _rule_params(), ids=lambda r: r.id)
def test_every_rule_documents_itself_with_examples(rule: PatternRule) -> None:
    assert rule.description
    assert rule.examples.match, "every rule has examples that must match"
    assert rule.examples.no_match, "every rule has examples that must not match"
    assert rule.example_problems() == []


@pytest.mark.parametrize("rule", _rule_params(), ids=lambda r: r.id)
def test_every_match_example_is_validated(rule: PatternRule) -> None:
    check = rule.validate_text
    for ex in rule.examples.match:
        text = ex if isinstance(ex, str) else ex.text
        found = rule.find(text)
        assert found, text
        if check is not None:
            # validated, or kept for review when the validator disbelieves it
            assert all(m.flagged or check(m.text) for m in found)


def test_rule_compiles_with_its_flags(rules: RuleSet) -> None:
    rule = rules.rule("email")
    assert rule.regex_flags  # IGNORECASE | VERBOSE
    for spec, compiled in rule.compiled:
        assert compiled.pattern == spec.regex


def test_requires_never_hides_a_match(rules: RuleSet) -> None:
    """A pattern's ``requires`` only skips texts where the pattern finds nothing."""
    texts = [
        "Naam\tGeboortedatum\nJan Jansen\t12-03-1980\nPiet Bos\t1-2-75\n",
        "Lijst\nGeb.\n12.03.1980\n",
        "DOB\nx 1.2.1990\n",
        "Geb datum\nx 1.2.1990\n",
        "Date of Birth\n 1990-02-03",
        "Geboren\nA 12-03-1980\nB 1990-01-02\n",
        "BORN\n12/03/1980",
    ]
    for rule in rules.pattern_rules:
        for ex in (*rule.examples.match, *rule.examples.no_match):
            texts.append(ex if isinstance(ex, str) else ex.text)
    checked = 0
    for rule in rules.pattern_rules:
        for (spec, rx), need in zip(rule.compiled, rule.required, strict=True):
            if need is None:
                continue
            hits = [t for t in texts if rx.search(t)]
            assert hits, spec.name  # the texts exercise the pattern
            assert all(need.search(t) for t in hits), spec.name
            checked += 1
    assert checked


def test_version_and_checksum(rules: RuleSet, tmp_path: Path) -> None:
    assert "nl_personal_data 1.0" in rules.version
    assert len(rules.checksum) == 64
    assert load_rules().checksum == rules.checksum  # stable
    assert rules.describe().endswith(f"(sha256 {rules.checksum[:12]})")
    copy = tmp_path / "rules"
    shutil.copytree(REPO / "rules", copy, ignore=shutil.ignore_patterns("names"))
    assert load_rules(copy).checksum == rules.checksum
    org = copy / "organisation.yaml"
    org.write_text(org.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert load_rules(copy).checksum != rules.checksum


def test_ruleset_is_frozen(rules: RuleSet) -> None:
    with pytest.raises(AttributeError):
        rules.checksum = "x"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        rules.rule("bsn").id = "x"  # type: ignore[misc]


# ---------------------------------------------------------------------- loading


def test_env_var_and_explicit_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "only.yaml").write_text(
        'kind: lists\nname: only\nversion: "2"\nkeep: ["Jan Jansen"]\n', encoding="utf-8"
    )
    monkeypatch.setenv(RULES_ENV_VAR, str(tmp_path))
    assert default_rules_dir() == tmp_path
    rs = load_rules()
    assert rs.version == "only 2"
    assert rs.pattern_rules == ()
    assert rs.recognizers() == []
    monkeypatch.delenv(RULES_ENV_VAR)
    assert default_rules_dir() == DEFAULT_RULES_DIR
    assert load_rules(str(tmp_path)).version == "only 2"


def test_subfolders_and_other_files_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "names").mkdir()
    (tmp_path / "names" / "broken.yaml").write_text("kind: nonsense\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a pack", encoding="utf-8")
    assert load_rules(tmp_path).packs == ()


def test_examples_can_be_skipped_at_load(tmp_path: Path) -> None:
    src = REPO / "tests" / "fixtures" / "rules_broken" / "failing_example.yaml"
    pack = load_pack(src, check_examples=False)
    assert isinstance(pack, PatternPack)
    assert pack.rules[0].example_problems()


def test_a_minimal_pattern_pack(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(
        "kind: patterns\nname: mini\nversion: '0.1'\nrules:\n"
        "  - id: mobile\n    entity: PHONE_NUMBER\n    validator: nl_phone\n"
        "    patterns: [{name: m, regex: '06\\d{8}', score: 0.4}]\n"
        "    examples: {match: [{text: 'bel 0612345678.', found: '0612345678'}],"
        " no_match: ['0611111111']}\n",
        encoding="utf-8",
    )
    rs = load_rules(tmp_path)
    (rule,) = rs.pattern_rules
    assert rule.context == () and rule.flags == ()
    (m,) = rule.find("x 0612345678 y")
    assert (m.start, m.end, m.text, m.pattern, m.score) == (2, 12, "0612345678", "m", 0.4)


# ----------------------------------------------------------------- lists pack


def test_lists_pack_entries(tmp_path: Path) -> None:
    (tmp_path / "l.yaml").write_text(
        "kind: lists\nname: l\nversion: '1'\n"
        "keep:\n  - Mark Rutte\n  - {text: 'Dick Schoof', note: minister-president}\n"
        "always_redact:\n  - {text: Piet Pietersen}\n",
        encoding="utf-8",
    )
    rs = load_rules(tmp_path)
    assert rs.keep_names == (
        ListEntry(text="Mark Rutte"),
        ListEntry(text="Dick Schoof", note="minister-president"),
    )
    assert [e.text for e in rs.always_redact_names] == ["Piet Pietersen"]
    assert rs.is_public("PERSON", "mark  RUTTE")
    assert not rs.is_public("PERSON", "Piet Pietersen")
    assert rs.is_kept_name("Dick  Schoof")
    assert rs.is_always_redacted_name("piet pietersen")
    assert not rs.is_always_redacted_name("Mark Rutte")


def test_shipped_lists_are_empty(rules: RuleSet) -> None:
    assert rules.keep_names == ()
    assert rules.always_redact_names == ()


# ----------------------------------------------------------- organisation pack

PUBLIC = [
    ("PHONE_NUMBER", "14 038"),
    ("PHONE_NUMBER", "14038"),
    ("PHONE_NUMBER", "1400"),
    ("PHONE_NUMBER", "0800-8002"),
    ("PHONE_NUMBER", "0800 8051"),
    ("PHONE_NUMBER", "070 426 6426"),
    ("PHONE_NUMBER", "070-4266426"),
    ("PHONE_NUMBER", "+31 70 426 6426"),
    ("PHONE_NUMBER", "+31 (0)70 426 64 26"),
    ("PHONE_NUMBER", "0031704266426"),
    ("EMAIL_ADDRESS", "woo@minbzk.nl"),
    ("EMAIL_ADDRESS", "WOO@MinBZK.nl"),
    ("EMAIL_ADDRESS", "info@jansen-installatie.nl"),
    ("EMAIL_ADDRESS", "secretariaat@zwolle.nl"),
    ("NL_ADDRESS", "Turfmarkt 147, 2511 DP"),
    ("NL_ADDRESS", "Turfmarkt 147"),
    ("NL_ADDRESS", "turfmarkt  147 ,2511DP"),
    ("NL_ADDRESS", "2511 DP"),
    ("NL_ADDRESS", "2500 EA"),
    ("NL_ADDRESS", "Lübeckplein 2, 8017 JZ"),
    ("NL_ADDRESS", "Postbus 10007, 8000 GA"),
    ("NL_ADDRESS", "8000 GA"),
]

NOT_PUBLIC = [
    ("PHONE_NUMBER", "070 426 7095"),  # a direct dial at the same ministry
    ("PHONE_NUMBER", "06-12345678"),
    ("PHONE_NUMBER", "14 039"),
    ("EMAIL_ADDRESS", "ingrid.bosch@minbzk.nl"),
    ("EMAIL_ADDRESS", "woo.jansen@gmail.com"),
    ("EMAIL_ADDRESS", "notanaddress"),
    ("NL_ADDRESS", "Turfmarkt 149, 2511 DP"),  # a neighbour with the same postcode
    ("NL_ADDRESS", "Turfmarkt 14"),
    ("NL_ADDRESS", "Dorpsstraat 147"),
    ("NL_ADDRESS", "2511 DQ"),
    ("NL_ADDRESS", "Meeuwenlaan 114"),
    ("IBAN_CODE", "NL91 ABNA 0417 1643 00"),
    ("PERSON", "Jan Jansen"),
    ("NL_BSN", "111222333"),
]


@pytest.mark.parametrize(("entity", "text"), PUBLIC)
def test_organisation_data_is_public(rules: RuleSet, entity: str, text: str) -> None:
    assert rules.is_public(entity, text)


@pytest.mark.parametrize(("entity", "text"), NOT_PUBLIC)
def test_other_data_is_not_public(rules: RuleSet, entity: str, text: str) -> None:
    assert not rules.is_public(entity, text)


def test_organisation_iban(tmp_path: Path) -> None:
    (tmp_path / "o.yaml").write_text(
        "kind: organisation\nname: o\nversion: '1'\nibans: ['NL91 ABNA 0417 1643 00']\n"
        "phone_numbers: [{text: '088 123 4567', note: algemeen}]\n",
        encoding="utf-8",
    )
    rs = load_rules(tmp_path)
    assert rs.is_public("IBAN_CODE", "NL91ABNA0417164300")
    assert rs.is_public("PHONE_NUMBER", "+31 88 123 45 67")
    assert not rs.is_public("PHONE_NUMBER", "088 123 4568")
    assert not rs.is_public("EMAIL_ADDRESS", "info@x.nl")  # no local parts in this pack


def test_organisation_entries_take_notes(rules: RuleSet) -> None:
    (org,) = rules.organisation_packs
    assert any(e.note for e in org.phone_numbers)
    assert all(isinstance(e, ListEntry) for e in org.mailbox_local_parts)


def test_a_pack_saved_with_a_bom_loads(tmp_path: Path) -> None:
    text = "kind: lists\nname: bom\nversion: '1'\nkeep: [Mark Rutte]\n"
    (tmp_path / "bom.yaml").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert load_rules(tmp_path).is_kept_name("mark rutte")


def test_zero_score_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "z.yaml").write_text(
        "kind: patterns\nname: z\nversion: '1'\nrules:\n"
        "  - id: p\n    entity: PHONE_NUMBER\n"
        "    patterns: [{name: p, regex: '06\\d{8}', score: 0}]\n",
        encoding="utf-8",
    )
    with pytest.raises(RulePackError, match="greater than 0") as info:
        load_rules(tmp_path)
    assert info.value.line == 7


# ------------------------------------------------------------ general evidence
#
# Data of organisations that are not in organisation.yaml: decided from the
# text around the finding (redactie.detect.public_evidence).  Each case is a
# text with the finding marked [[like this]], and whether it is public.


def _decide(rules: RuleSet, entity: str, marked: str, persons: tuple[str, ...] = ()) -> bool:
    start = marked.index("[[")
    text = marked.replace("[[", "").replace("]]", "")
    end = marked.index("]]") - 2
    spans = [(text.index(p), text.index(p) + len(p)) for p in persons]
    return rules.evidence.reason(entity, text, start, end, spans) is not None


EVIDENCE_ADDRESS = [
    # letterhead block: organisation name above, contact data below
    ("Hoekstra Advocaten\n[[Stationsplein 8]]\n3511 ED Utrecht\nT 030 231 44 80", True),
    ("Stichting Buurthuis De Vlinder\nt.a.v. het bestuur\n[[Vlinderweg 40]]\n1338 LK Almere", True),
    ("Directie Stikstof\n\n[[Bezuidenhoutseweg 73]]\n2594 AC Den Haag\nPostbus 20401", True),
    ("[[Parnassusplein 5]]\n2511 VX Den Haag\nwww.rijksoverheid.nl", True),
    ("Veiligheidsregio Groningen\n[[Trompsingel 3, 9724 DA]] Groningen\nT 050 599 77 00", True),
    # footer lines
    ("Advocaten B.V. · [[Stationsplein 8, 3511 ED]] Utrecht · 030 231 44 80 · KvK 301", True),
    ("Omgevingsdienst Brabant · [[Pettelaarpark 70, 5216 PP]] 's-Hertogenbosch", True),
    ("Gemeente Groningen | [[Kreupelstraat 1, 9712 HW]] Groningen | Postbus 30026", True),
    ("Gemeente Haarlem, [[Zijlsingel 1, 2013 DN]] Haarlem. Dit bericht is gescand.", True),
    ("Wijnbergen Advocaten\nStationsplein 8\n[[3511 ED]] Utrecht", True),
    # persons
    ("De heer S.R. Gangadin\n[[Pathmossingel 212]]\n7513 CK Enschede", False),
    ("Adres\n[[Assendorperstraat 88A, 8012 DL]] Zwolle", False),
    ("mevrouw Bakker, wonende aan de [[Oudegracht 211-bis, 3511 NG]] Utrecht, maakt", False),
    ("Met vriendelijke groet,\n\nR.D. Mahabier\n[[Zijlweg 148 rood]]\n2015 BJ Haarlem", False),
    ("Zij woont bij de gemeente Zwolle op [[Kerkweg 3, 3511 AB]] Utrecht", False),
    # no evidence either way: stays redacted
    ("[[Dorpsstraat 12, 1234 AB]] Amsterdam", False),
    ("Dat is verderop.\nHet pand [[Dorpsstraat 12, 1234 AB]] staat leeg", False),
    # an organisation's line further away in another block does not count
    ("Gemeente Zwolle\n\nJ. Jansen\n[[Dorpsstraat 12, 1234 AB]] Zwolle", False),
]


@pytest.mark.parametrize(("marked", "public"), EVIDENCE_ADDRESS)
def test_address_evidence(rules: RuleSet, marked: str, public: bool) -> None:
    assert _decide(rules, "NL_ADDRESS", marked) is public


def test_a_redacted_name_above_an_address_is_person_evidence(rules: RuleSet) -> None:
    marked = "J. Jansen\n[[Dorpsstraat 12]]\n1234 AB Zwolle\nPostbus 12"
    assert _decide(rules, "NL_ADDRESS", marked)  # without the name: contact data below
    assert not _decide(rules, "NL_ADDRESS", marked, persons=("J. Jansen",))
    # the organisation's name nearer to the address than the person's wins
    sig = "Marieke ter Horst\nAdviseur\nVeiligheidsregio Groningen\n[[Trompsingel 3]]"
    assert _decide(rules, "NL_ADDRESS", sig, persons=("Marieke ter Horst",))


EVIDENCE_PHONE = [
    ("Algemeen nummer: [[058 233 83 00]]", True),
    ("Het algemene nummer van\nFMHaaglanden ([[070 373 80 00]]) kun je beter niet gebruiken", True),
    ("T [[050 599 77 00]] (algemeen) | M 06-21 48 90 36", True),
    ("Meldkamer: [[088 269 00 00]]", True),
    ("receptie [[030 231 44 00]]", True),
    ("storingsnummer [[0800 123 4567]]", True),
    ("via de woordvoerder van burgemeester Buma ([[058 233 83 00]]).", True),
    ("Piketdienst VTH\nbuiten kantoortijden\n–\n[[06 5000 1458]]\npiket.vth@leeuwarden.nl", True),
    ("Hoekstra Advocaten\nStationsplein 8\n3511 ED Utrecht\nT [[030 231 44 80]]\ninfo@ha.nl", True),
    ("Provincie Gelderland\nMarkt 11, 6811 CG Arnhem\nPostbus 9090\n[[(026) 359 99 99]]", True),
    ("Omgevingsdienst Brabant · Pettelaarpark 70 · [[088 369 03 00]]", True),
    ("telefoon [[14 038]]", True),
    # personal
    ("T 050 599 77 00 (algemeen) | M [[06-21 48 90 36]]", False),
    ("Behandeld door: mr. A.C. Wijnbergen\nDirect: [[030 231 44 86]]", False),
    ("Contactpersoon\ndrs. R. in 't Veld\nT [[070 378 62 19]]", False),
    ("Telefoon\n[[036 539 47 12]]", False),
    ("woordvoerder Stegeman, mobiel [[06 30 44 71 92]]", False),
    ("via de woordvoerder, [[06 30 44 71 92]]", False),  # a press label keeps no mobile
    ("Ingrid Bosch\nSecretariaat\nBZK / DIO\n[[070 426 7095]]\ningrid.bosch@minbzk.nl", False),
    ("Gemeente Zwolle\nJ. Jansen\n[[06 1352 8847]]", False),  # a mobile in a letterhead
    ("Wiebe Hiemstra\nafdelingshoofd\n[[058 233 82 10]]\nwiebe.hiemstra@leeuwarden.nl", False),
    ("hij is bereikbaar op [[06-39 72 11 58]].", False),
    ("[[06-12345678]]", False),
]


@pytest.mark.parametrize(("marked", "public"), EVIDENCE_PHONE)
def test_phone_evidence(rules: RuleSet, marked: str, public: bool) -> None:
    assert _decide(rules, "PHONE_NUMBER", marked) is public


def test_a_name_in_the_unit_keeps_an_unlabelled_number_personal(rules: RuleSet) -> None:
    marked = "Gemeente Zwolle\nAnna de Vries\nT [[038 498 22 17]]"
    assert _decide(rules, "PHONE_NUMBER", marked)  # no person evidence found without the name
    assert not _decide(rules, "PHONE_NUMBER", marked, persons=("Anna de Vries",))


EVIDENCE_EMAIL = [
    ("[[vergunningen@groningen.nl]]", True),
    ("[[klachten@haarlem.nl]]", True),
    ("[[privacy@uwv.nl]]", True),
    ("[[piket.vth@leeuwarden.nl]]", True),
    ("[[secretariaat@hoekstrawijnbergen.nl]]", True),
    ("[[team-jeugd@utrecht.nl]]", True),
    ("[[omgevingsloket@zwolle.nl]]", True),
    ("[[info2@stichting.nl]]", True),
    ("Functionele\nmailbox: [[vth@leeuwarden.nl]]", True),
    ("[[vth@leeuwarden.nl]]", False),
    ("[[j.vandenberg@groningen.nl]]", False),
    ("[[marieke.terhorst@veiligheidsregiogroningen.nl]]", False),
    ("[[wijnbergen@hoekstrawijnbergen.nl]]", False),
    ("[[b.postma@leeuwarden.nl]]", False),
    ("[[i.team@x.nl]]", False),  # an initial: a person's
    ("[[jan.post@zwolle.nl]]", False),  # Post is a surname here
    ("[[post@zwolle.nl]]", True),
    ("[[no-reply@belastingdienst.nl]]", True),
    ("[[vergunningen.toezicht@zwolle.nl]]", True),
    ("[[ravi.mahabier71@hotmail.com]]", False),
    ("e-mail: [[jwboer@kpnmail.nl]]", False),
]


@pytest.mark.parametrize(("marked", "public"), EVIDENCE_EMAIL)
def test_email_evidence(rules: RuleSet, marked: str, public: bool) -> None:
    assert _decide(rules, "EMAIL_ADDRESS", marked) is public


EVIDENCE_IBAN = [
    # a foundation's account stays redacted (flagged): often a volunteer's household
    ("rekeningnummer [[NL91 ABNA 0417 1643 00]] ten name van\nStichting De Vlinder.", False),
    ("IBAN [[NL91 ABNA 0417 1643 00]] t.n.v. Gemeente Almere", True),
    ("IBAN [[NL91 ABNA 0417 1643 00]], t.n.v. Jansen Installatie B.V.", True),
    ("rekeningnummer [[NL39 RABO 0300 0652 64]] ten\nname van L. Verhoef", False),
    ("IBAN [[NL39 RABO 0300 0652 64]] t.n.v. J. Jansen, voorzitter van de stichting", False),
    ("[[NL39 RABO 0300 0652 64]]", False),
]


@pytest.mark.parametrize(("marked", "public"), EVIDENCE_IBAN)
def test_iban_evidence(rules: RuleSet, marked: str, public: bool) -> None:
    assert _decide(rules, "IBAN_CODE", marked) is public


def test_other_types_have_no_evidence(rules: RuleSet) -> None:
    assert not _decide(rules, "NL_BSN", "Gemeente Zwolle, BSN [[111222333]]")
    assert not _decide(rules, "PERSON", "Gemeente Zwolle, [[Jan Jansen]]")


def test_evidence_pack_words_and_fragments(tmp_path: Path) -> None:
    (tmp_path / "e.yaml").write_text(
        "kind: evidence\nname: e\nversion: '1'\norganisation_names: [waterschap]\n"
        "mailbox_words: [balie]\n",
        encoding="utf-8",
    )
    rs = load_rules(tmp_path)
    (pack,) = rs.evidence_packs
    assert pack.organisation_names == ("waterschap",)
    assert rs.evidence.is_functional_mailbox("balie@x.nl")
    assert not rs.evidence.is_functional_mailbox("info@x.nl")  # not in this pack
    text = "Waterschap Vallei\nDorpsstraat 1, 1234 AB Ede"
    assert rs.evidence.reason("NL_ADDRESS", text, 18, 39) is not None
    # without evidence packs nothing is decided
    (tmp_path / "e.yaml").unlink()
    (tmp_path / "l.yaml").write_text("kind: lists\nname: l\nversion: '1'\n", encoding="utf-8")
    assert load_rules(tmp_path).evidence.empty


def test_a_person_on_a_for_attention_line_is_no_person_evidence(rules: RuleSet) -> None:
    marked = "Gemeente Zwolle\nt.a.v. mevrouw J. Jansen\n[[Lübeckplein 2]]\n8017 JZ Zwolle"
    assert _decide(rules, "NL_ADDRESS", marked)
    assert not _decide(rules, "NL_ADDRESS", marked.replace("t.a.v. mevrouw", "mevrouw"))


# ------------------------------------------------- the resolve stages, end to end


def _document(*texts: str) -> Document:
    pages = tuple(
        Page(number=i, text=t, width=595.0, height=842.0, rotation=0, has_images=False)
        for i, t in enumerate(texts)
    )
    return Document(path=Path("x.pdf"), sha256="0" * 64, pages=pages)


def _finding(doc: Document, entity: str, text: str, page: int = 0, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = doc.pages[page].text.index(text, start + 1)
    return Finding(
        page=page,
        start=start,
        end=start + len(text),
        text=text,
        entity_type=entity,
        ground=ENTITY_GROUNDS[entity],
        provenance=Provenance(recognizer="rule:test", source=Source.RULE),
    )


LETTER = (
    "Hoekstra Advocaten\nStationsplein 8\n3511 ED Utrecht\nT 030 231 44 80\n"
    "secretariaat@hoekstra.nl\n\n"
    "Namens mevrouw S. Bakker, wonende aan de Oudegracht 211-bis, 3511 NG Utrecht, maak ik\n"
    "bezwaar. Bel mij direct: 030 231 44 86 of mail wijnbergen@hoekstra.nl.\n\n"
    "Betreft: dwangsom Oudegracht 211-bis\n\n"
    "Hoekstra Advocaten B.V. · Stationsplein 8, 3511 ED Utrecht · 030 231 44 80 · KvK 301"
)


def test_evidence_stage_keeps_the_firm_and_redacts_the_citizen(rules: RuleSet) -> None:
    doc = _document(LETTER)
    found = [
        _finding(doc, "NL_ADDRESS", "Stationsplein 8"),
        _finding(doc, "NL_ADDRESS", "3511 ED"),
        _finding(doc, "PHONE_NUMBER", "030 231 44 80"),
        _finding(doc, "EMAIL_ADDRESS", "secretariaat@hoekstra.nl"),
        _finding(doc, "NL_ADDRESS", "Oudegracht 211-bis, 3511 NG"),
        _finding(doc, "PHONE_NUMBER", "030 231 44 86"),
        _finding(doc, "EMAIL_ADDRESS", "wijnbergen@hoekstra.nl"),
        _finding(doc, "NL_ADDRESS", "Stationsplein 8, 3511 ED", nth=0),
        _finding(doc, "PHONE_NUMBER", "030 231 44 80", nth=1),
    ]
    out = resolve(found, ResolveContext(document=doc, rules=rules))
    redacted = {f.text for f in out if f.action is Action.REDACT}
    kept = {f.text: f.keep_reason for f in out if f.action is Action.KEEP}
    assert redacted == {
        "Oudegracht 211-bis, 3511 NG",
        "Oudegracht 211-bis",  # propagated to the mention in "Betreft"
        "Utrecht",  # the town after the citizen's postcode (complete_addresses)
        "030 231 44 86",
        "wijnbergen@hoekstra.nl",
    }
    assert set(kept) == {
        "Stationsplein 8",
        "3511 ED",
        "030 231 44 80",
        "secretariaat@hoekstra.nl",
        "Stationsplein 8, 3511 ED",
    }
    assert all(kept.values())  # every kept finding says why
    (prop,) = [f for f in out if f.provenance.source is Source.PROPAGATION]
    assert prop.provenance.recognizer == PROPAGATION_RECOGNIZER
    assert doc.pages[0].text[: prop.start].endswith("dwangsom ")


def test_a_kept_number_is_kept_at_every_mention_but_a_direct_line(rules: RuleSet) -> None:
    doc = _document(
        "Algemeen nummer: 030 231 44 80.\n\nOf bel 030 231 44 80.\n\nDirect: 030 231 44 80"
    )
    found = [_finding(doc, "PHONE_NUMBER", "030 231 44 80", nth=i) for i in range(3)]
    out = mark_public_by_evidence(found, ResolveContext(document=doc, rules=rules))
    assert [f.action for f in out] == [Action.KEEP, Action.KEEP, Action.REDACT]


def test_propagation_leaves_other_streets_and_numbers_alone(rules: RuleSet) -> None:
    doc = _document(
        "wonende Kerkweg 3, 3511 AB Utrecht\nKerkweg 35 en Kerkweg 3a en kerkweg 3\nKerkweg\n3"
    )
    found = [_finding(doc, "NL_ADDRESS", "Kerkweg 3, 3511 AB")]
    out = propagate_addresses(found, ResolveContext(document=doc, rules=rules))
    assert [(f.text, f.start) for f in out[1:]] == [
        ("Kerkweg\n3", doc.pages[0].text.rindex("Kerkweg"))
    ]
    # a kept address is not propagated
    kept = [found[0].with_action(Action.KEEP, "x")]
    assert propagate_addresses(kept, ResolveContext(document=doc, rules=rules)) == kept


def test_footer_line_with_contact_data_is_an_organisations(rules: RuleSet) -> None:
    footer = "Hoekstra & Co · [[Stationsplein 8, 3511 ED]] Utrecht · 030 231 44 80"
    assert _decide(rules, "NL_ADDRESS", footer)
    assert _decide(rules, "NL_ADDRESS", "[[Stationsplein 8]] | 3511 ED Utrecht | info@hoekstra.nl")
    # a person's signature line is not an organisation's footer
    sig = "Jan Jansen · [[Dorpsstraat 1, 1234 AB]] Ede · 06-12345678"
    assert not _decide(rules, "NL_ADDRESS", sig, persons=("Jan Jansen",))
    assert not _decide(rules, "NL_ADDRESS", "Dhr. Jansen | [[Dorpsstraat 1]] | 0318-123456")
    # separators but no contact data
    assert not _decide(rules, "NL_ADDRESS", "Zaak 12 · [[Dorpsstraat 1, 1234 AB]] Ede · open")


def test_labels_in_a_table_row(rules: RuleSet) -> None:
    assert _decide(rules, "PHONE_NUMBER", "Meldkamer\n–\n[[088 123 45 00]]")
    assert _decide(rules, "PHONE_NUMBER", "Servicedesk\nma-vr 8-17 uur\n[[030 123 45 00]]")
    # a person's row whose function is servicedesk
    row = "Jan de Vries\nmedewerker servicedesk\n[[030 123 45 11]]"
    assert not _decide(rules, "PHONE_NUMBER", row, persons=("Jan de Vries",))
    row = "medewerker servicedesk\n[[030 123 45 11]]\nj.devries@x.nl"
    assert not _decide(rules, "PHONE_NUMBER", row)
    # further up the row still counts for the row (unit) when it names nobody
    assert _decide(rules, "PHONE_NUMBER", "Meldkamer\n–\n–\n[[088 123 45 00]]")
    row = "Meldkamer\nchef van dienst\nJan de Vries\n[[06 1234 5678]]"
    assert not _decide(rules, "PHONE_NUMBER", row, persons=("Jan de Vries",))


def test_running_header_and_footer_lines(rules: RuleSet) -> None:
    footer = "Hoekstra en Co, Stationsplein 8, 3511 ED Utrecht, 030 231 44 80"
    pages = [f"Brief\n{footer}\npagina 1", f"Vervolg\n{footer}\npagina 2"]
    running = repeated_lines(pages)
    assert line_key(footer) in running
    assert line_key("pagina 1") == ""  # too short to count
    ev = rules.evidence
    text = pages[0]
    for part in ("Stationsplein 8, 3511 ED", "030 231 44 80"):
        start = text.index(part)
        entity = "PHONE_NUMBER" if part[0] == "0" else "NL_ADDRESS"
        assert ev.reason(entity, text, start, start + len(part), (), running) is not None
        assert ev.reason(entity, text, start, start + len(part), ()) is None  # one page only
    # a running line that names a person is not an organisation's
    line = "Betreft: bezwaar mevrouw Bakker, Dorpsstraat 1, 1234 AB Ede"
    both = [f"{line}\nx", f"{line}\ny"]
    start = both[0].index("Dorpsstraat 1")
    assert ev.reason("NL_ADDRESS", both[0], start, start + 13, (), repeated_lines(both)) is None
    # a signature repeated in an e-mail thread: the number alone on its line
    sig = "Iris Kamphuis\nGemeente Zwolle | Afdeling Mobiliteit\nT 038 498 2317"
    both = [f"Hoi,\n\n{sig}\n\nVan: x", f"Beste,\n\n{sig}"]
    start = both[0].index("038")
    spans = [(both[0].index("Iris"), both[0].index("Iris") + 13)]
    assert (
        ev.reason("PHONE_NUMBER", both[0], start, start + 12, spans, repeated_lines(both)) is None
    )


def test_running_text_is_no_letterhead(rules: RuleSet) -> None:
    # a citizen's own number in a sentence that also names a functional mailbox
    text = "Ik verzoek om documenten. U kunt mij bereiken op [[030 251 44 90]] of via woo@ienw.nl."
    assert not _decide(rules, "PHONE_NUMBER", text)
    long_line = "Wij hebben het besproken met de Gemeente Zwolle en hij vroeg om [[038 456 12 34]]"
    assert not _decide(rules, "PHONE_NUMBER", long_line)
    assert not _decide(rules, "NL_ADDRESS", "Mijn adres is [[Lindenlaan 3, 8011 AA]] Zwolle.")


def test_an_establishment_and_a_person_for_attention(rules: RuleSet) -> None:
    marked = "Uw bedrijf, gevestigd aan de [[Industrieweg 12]] te Deventer, vroeg"
    assert _decide(rules, "NL_ADDRESS", marked)
    block = "Bouwbedrijf Jansen\nt.a.v. de heer J. Jansen\n[[Industrieweg 12]]\n7411 AB Deventer"
    assert _decide(rules, "NL_ADDRESS", block, persons=("J. Jansen",))
    assert not _decide(rules, "NL_ADDRESS", "De heer Jansen woont op [[Kerkstraat 4]] te Ede")


def test_a_press_line_next_to_a_colleagues_mobile(rules: RuleSet) -> None:
    text = (
        "Voor vragen: woordvoerder Marco Stegeman, [[(026) 359 83 10]] of pers@gelderland.nl.\n"
        "Beeld bij Lotte Brinkhuis, 06 30 44 71 92, l.brinkhuis@gelderland.nl."
    )
    assert _decide(rules, "PHONE_NUMBER", text)


def test_an_organisation_merely_mentioned_in_running_text(rules: RuleSet) -> None:
    text = (
        "Op 3 maart heeft de gemeente een handhavingsverzoek ontvangen over het pand "
        "[[Dorpsstraat 1, 1234 AB]] Ede, waar een aanbouw staat."
    )
    assert not _decide(rules, "NL_ADDRESS", text)
    text = (
        "Het verzoek is gericht aan Gemeente Haarlem, [[Zijlsingel 1, 2013 DN]] Haarlem, "
        "en is op 3 maart 2025 ontvangen door de afdeling."
    )
    assert _decide(rules, "NL_ADDRESS", text)


def test_the_return_address_line_is_the_senders(rules: RuleSet) -> None:
    sender = "> Retouradres Postbus 20901 2500 EX Den Haag\n"
    assert not _decide(rules, "NL_ADDRESS", sender + "P. van Dijk\n[[Lindelaan 7]]\n2341 AB Ede")
    assert _decide(rules, "NL_ADDRESS", sender + "Stichting Linde\n[[Lindelaan 7]]\n2341 AB Ede")


def test_for_the_attention_of_marks_an_organisations_address(rules: RuleSet) -> None:
    block = "Jansen Installatietechniek\nt.a.v. de heer P. Jansen\n[[Industrieweg 12]]\n7411 AB"
    assert _decide(rules, "NL_ADDRESS", block, persons=("P. Jansen",))
    # a salutation before it still makes it a person's
    block = "Mevrouw A. de Vries\nt.a.v. haar bewindvoerder\n[[Kerkweg 3]]\n3511 AB Utrecht"
    assert not _decide(rules, "NL_ADDRESS", block)


def test_model_name_inside_kept_organisation_address_is_dropped(rules: RuleSet) -> None:
    from dataclasses import replace

    from redactie.resolve import drop_model_names_in_kept_data

    doc = _document("Bezoekadres: Oldehoofsterkerkhof 2, Leeuwarden. Contact: Jan Wiersma.")
    address = _finding(doc, "NL_ADDRESS", "Oldehoofsterkerkhof 2").with_action(
        Action.KEEP, "gegevens van de organisatie zelf"
    )
    street = _finding(doc, "PERSON", "Oldehoofsterkerkhof")
    street = replace(street, provenance=Provenance(recognizer="ner:spacy", source=Source.NER))
    person = replace(
        _finding(doc, "PERSON", "Jan Wiersma"),
        provenance=Provenance(recognizer="ner:spacy", source=Source.NER),
    )
    ruled = _finding(doc, "PERSON", "Oldehoofsterkerkhof")  # a rule's finding stays
    ctx = ResolveContext(document=doc, rules=rules)
    out = drop_model_names_in_kept_data([address, street, person, ruled], ctx)
    assert street not in out
    assert address in out and person in out and ruled in out
