"""The structure check reads a font's ToUnicode map without its hex codes.

A redacted house number ``203-3`` matched the code ``<2033>`` of a font's
``/ToUnicode`` map in the output, and the document failed verification for data
that was not there.  The codes are no text; anything else the map holds is still
searched.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf

from redactie.verify import StringIndex, _object_problems

CMAP = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <2033> <0041> <0203> <0033> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end
"""


def _pdf_with_cmap(path: Path, cmap: bytes) -> pikepdf.Pdf:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    stream = pdf.make_stream(cmap)
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0, BaseFont=pikepdf.Name.Helv,
            ToUnicode=stream,
        )
    )  # fmt: skip
    pdf.pages[0].obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    pdf.save(path)
    return pikepdf.open(path)


def test_hex_codes_of_a_unicode_map_are_no_redacted_number(tmp_path: Path) -> None:
    with _pdf_with_cmap(tmp_path / "codes.pdf", CMAP) as pdf:
        assert _object_problems(pdf, StringIndex(["203-3"])) == []


def test_text_hidden_in_a_unicode_map_is_still_found(tmp_path: Path) -> None:
    hidden = CMAP + b"% Jan Jansen 203-3\n"
    with _pdf_with_cmap(tmp_path / "hidden.pdf", hidden) as pdf:
        assert _object_problems(pdf, StringIndex(["Jan Jansen"]))
        assert _object_problems(pdf, StringIndex(["203-3"]))
