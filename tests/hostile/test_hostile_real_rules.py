"""The same hostile PDFs through the real rule pack (no stub detector, no model).

Only the e-mail address and phone number are asserted: the rule pack finds
those; names depend on the name detectors and the model, tested elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import hostile_pdfs as hp
import pytest
from hostile_support import assert_gone, published

from redactie import api
from redactie.errors import RulePackError
from redactie.rules import load_rules


def _rules_ok() -> bool:
    try:
        load_rules(None)
    except RulePackError:
        return False
    return True


pytestmark = pytest.mark.skipif(not _rules_ok(), reason="rule pack not loadable")

CASES: dict[str, Callable[[Path], Path]] = {
    "ordinary": hp.ordinary,
    "outside_page_box": hp.outside_page_box,
    "optional_content": hp.optional_content,
    "rotated_page_90": lambda p: hp.rotated_page(p, 90),
    "rotated_text": hp.rotated_text,
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_rule_pack_finds_and_removes_contact_data(case: str, tmp_path: Path) -> None:
    src = CASES[case](tmp_path / "in.pdf")
    out_dir = tmp_path / "out"
    result = api.run([src], out_dir, api.Options(use_model=False, write_review=False))
    out = published(result, out_dir, "in.pdf")
    assert_gone(out, (hp.EMAIL, "verbeek@voorbeeld"))
    if case == "ordinary":
        assert_gone(out, (hp.PHONE, "48213957"))
