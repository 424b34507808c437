"""Broken rule packs: each raises RulePackError naming the file and the line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from redactie.errors import ExitCode, RulePackError
from redactie.rules import load_pack, load_rules

BROKEN = Path(__file__).parent / "fixtures" / "rules_broken"
FIXTURES = sorted(BROKEN.glob("*.yaml"))


def expected_line(path: Path) -> int | None:
    m = re.search(r"^# line: (\d+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    return int(m.group(1)) if m else None


def test_there_are_fixtures_for_every_kind_of_problem() -> None:
    names = {p.stem for p in FIXTURES}
    required = {
        "unknown_key",
        "bad_regex",
        "unknown_validator",
        "unknown_entity",
        "duplicate_id",
        "yaml_syntax",
        "wrong_type",
    }
    assert required <= names
    assert (BROKEN / "duplicate_across_packs").is_dir()


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_broken_pack_is_rejected_with_file_and_line(path: Path) -> None:
    with pytest.raises(RulePackError) as info:
        load_pack(path)
    err = info.value
    assert path.name in str(err)
    assert err.exit_code is ExitCode.RULE_PACK
    line = expected_line(path)
    assert line is not None, f"{path.name} needs a '# line: N' comment"
    assert err.line == line, str(err)
    assert f"{path.name}:{line}:" in str(err)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_broken_pack_fails_the_whole_folder(path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    shutil.copy(path, folder / path.name)
    with pytest.raises(RulePackError) as info:
        load_rules(folder)
    assert path.name in str(info.value)


@pytest.mark.parametrize(
    ("fixture", "words"),
    [
        ("unknown_key", ["unknown key", "scroe", "rule 'phone'"]),
        ("bad_regex", ["invalid regular expression", "rule 'email_broken'", "pattern 'broken'"]),
        ("unknown_validator", ["unknown validator", "elfproef", "bsn_elfproef"]),
        ("unknown_entity", ["unknown entity type", "SSN", "PHONE_NUMBER"]),
        ("duplicate_id", ["'phone'", "twice"]),
        ("yaml_syntax", ["not valid YAML"]),
        ("wrong_type", ["score", "number", "hoog"]),
        ("score_out_of_range", ["score", "less than or equal to 1"]),
        ("unknown_kind", ["unknown kind", "patterns, organisation, lists, evidence"]),
        ("missing_kind", ["missing 'kind'"]),
        ("missing_field", ["missing required key 'patterns'"]),
        ("version_not_text", ["version", "string"]),
        ("bad_flag", ["flags", "CASELESS"]),
        ("failing_example", ["'06-12345678' is not found"]),
        ("failing_no_match_example", ["no_match example", "is found"]),
        ("duplicate_key", ["'entity' appears twice"]),
        ("empty", ["empty"]),
        ("not_a_mapping", ["mapping"]),
        ("bad_evidence_regex", ["organisation_names[2]", "not a valid regular expression"]),
        ("bad_mailbox_word", ["mailbox_words[0]", "lower-case letters and digits"]),
    ],
)
def test_messages_are_in_plain_words(fixture: str, words: list[str]) -> None:
    with pytest.raises(RulePackError) as info:
        load_pack(BROKEN / f"{fixture}.yaml")
    message = str(info.value)
    for word in words:
        assert word in message, message
    assert "pydantic" not in message.lower()
    assert "errors.pydantic.dev" not in message


def test_duplicate_rule_id_across_packs() -> None:
    folder = BROKEN / "duplicate_across_packs"
    with pytest.raises(RulePackError) as info:
        load_rules(folder)
    err = info.value
    assert "b.yaml" in str(err)
    assert "a.yaml" in err.message  # names where the id was defined first
    assert err.line == expected_line(folder / "b.yaml")


def test_duplicate_pack_name(tmp_path: Path) -> None:
    src = BROKEN / "duplicate_across_packs" / "a.yaml"
    (tmp_path / "one.yaml").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    text = src.read_text(encoding="utf-8").replace("id: phone", "id: other")
    (tmp_path / "two.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(RulePackError, match=r"pack name 'pack_a' is also used by one\.yaml"):
        load_rules(tmp_path)


def test_name_on_keep_and_always_redact(tmp_path: Path) -> None:
    (tmp_path / "lists.yaml").write_text(
        'kind: lists\nname: l\nversion: "1"\nkeep: [Jan Jansen]\n'
        'always_redact:\n  - Piet\n  - {text: "jan  JANSEN", note: x}\n',
        encoding="utf-8",
    )
    with pytest.raises(RulePackError) as info:
        load_rules(tmp_path)
    assert "both the keep list and the always_redact list" in str(info.value)
    assert info.value.line == 7


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="does not exist"):
        load_rules(tmp_path / "nope")
