from redactie.findings import Action, Finding, Provenance, Source
from redactie.render import render_page


def f(text: str, needle: str, entity: str, ground: str, action: Action = Action.REDACT) -> Finding:
    start = text.index(needle)
    return Finding(
        page=0,
        start=start,
        end=start + len(needle),
        text=needle,
        entity_type=entity,
        ground=ground,
        provenance=Provenance(recognizer="t", source=Source.MANUAL),
        action=action,
    )


def test_render_replaces_redacted_spans_with_their_ground() -> None:
    text = "Hoi Iris, je BSN 111222333 en minister Hoogendoorn."
    out = render_page(
        text,
        [
            f(text, "Iris", "PERSON", "5.1.2e"),
            f(text, "111222333", "NL_BSN", "5.1.1e"),
            f(text, "Hoogendoorn", "PERSON", "5.1.2e", Action.KEEP),
        ],
    )
    assert out == "Hoi [5.1.2e], je BSN [5.1.1e] en minister Hoogendoorn."


def test_render_without_findings_is_identity() -> None:
    assert render_page("Den Haag", []) == "Den Haag"
