"""docs/security.md stays in step with the code: exit codes and the tests it cites."""

from __future__ import annotations

import re
from pathlib import Path

from redactie.errors import ExitCode

HERE = Path(__file__).resolve().parent
DOC = HERE.parents[1] / "docs" / "security.md"


def test_exit_code_table_matches_exitcode() -> None:
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Exit codes", 1)[1]
    rows = re.findall(r"^\| (\d+) \| `(\w+)` \|", section, flags=re.MULTILINE)
    assert {(int(code), name) for code, name in rows} == {(int(c), c.name) for c in ExitCode}


def test_cited_tests_exist() -> None:
    text = DOC.read_text(encoding="utf-8")
    sources = "\n".join(p.read_text(encoding="utf-8") for p in HERE.glob("test_*.py"))
    for name in re.findall(r"`(test_\w+?)(?:\.\.\.)?`", text):
        if name.endswith(".py") or (HERE / f"{name}.py").exists():
            continue
        assert f"def {name}" in sources, f"docs/security.md cites {name}, which does not exist"
    for module in re.findall(r"`(test_hostile_\w+)\.py`", text):
        assert (HERE / f"{module}.py").exists(), module
