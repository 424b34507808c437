"""Validators: checksums and plausibility checks, as tables."""

from __future__ import annotations

import datetime as dt

import pytest

from redactie.detect import validators as v


def test_registry() -> None:
    assert set(v.validator_names()) >= {
        "bsn_elfproef",
        "iban_mod97",
        "nl_phone",
        "be_phone",
        "intl_phone",
        "nl_postcode",
        "license_plate_nl",
        "date_plausible",
    }
    assert v.get_validator("bsn_elfproef") is v.bsn_elfproef
    with pytest.raises(KeyError, match="unknown validator 'nope'"):
        v.get_validator("nope")
    with pytest.raises(ValueError, match="registered twice"):
        v.register("bsn_elfproef")(v.bsn_elfproef)


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("123456782", True),
        ("111222333", True),
        ("1234.56.782", True),
        ("123 456 782", True),
        ("123-456-782", True),
        ("11122341", True),  # 8 digits: leading 0 dropped
        ("011122341", True),
        ("123456789", False),  # elfproef fails
        ("123456781", False),
        ("000000000", False),
        ("00000000", False),
        ("12345678", False),  # 012345678 fails the elfproef
        ("1234567820", False),  # ten digits
        ("1234567", False),
        ("12345678a", False),
        ("１２３４５６７８２", False),  # full-width digits are not accepted
        ("", False),
    ],
)
def test_bsn_elfproef(text: str, ok: bool) -> None:
    assert v.bsn_elfproef(text) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("NL91ABNA0417164300", True),
        ("NL91 ABNA 0417 1643 00", True),
        ("nl91 abna 0417 1643 00", True),
        ("NL16 RABO 0318 2746 15", True),
        ("NL92INGB0007461932", True),
        ("BE68 5390 0754 7034", True),
        ("DE89 3704 0044 0532 0130 00", True),
        ("FR14 2004 1010 0505 0001 3M02 606", True),
        ("GB29 NWBK 6016 1331 9268 19", True),
        ("LU28 0019 4006 4475 0000", True),
        ("NL91ABNA0417164301", False),  # checksum
        ("NL19ABNA0417164300", False),  # swapped check digits
        ("NL91ABNA041716430", False),  # too short for NL
        ("NL91ABNA04171643000", False),  # too long for NL
        ("NL1234567890123456", False),  # NL needs a 4-letter bank code
        ("BE68 5390 0754 7034 2024", False),  # BE is 16 long
        ("XX00 1234 5678 9012 34", False),
        ("1234 5678 9012 3456", False),
        ("NL91-ABNA-0417-1643-00", False),  # dashes are not IBAN notation
        ("", False),
    ],
)
def test_iban_mod97(text: str, ok: bool) -> None:
    assert v.iban_mod97(text) is ok


def test_iban_unknown_country_uses_generic_length() -> None:
    # A made-up country code with a correct checksum: 15..34 characters accepted.
    body = "ZZ00" + "1234567890123"
    rearranged = body[4:] + body[:4]
    check = 98 - int("".join(str(int(c, 36)) for c in rearranged)) % 97
    iban = f"ZZ{check:02d}1234567890123"
    assert v.iban_mod97(iban)
    assert not v.iban_mod97(iban[:-1])


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("0612345678", True),
        ("06-12345678", True),
        ("06 1234 5678", True),
        ("(06) 12345678", True),
        ("06.12.34.56.78", True),
        ("020-1234567", True),
        ("(020) 123 45 67", True),
        ("0111-123456", True),
        ("+31 6 12345678", True),
        ("+31 (0)6 1234 5678", True),
        ("+31(0)20-1234567", True),
        ("0031 6 12345678", True),
        ("088 123 4567", True),  # kept as a phone number (often a direct dial)
        ("085 123 4567", True),
        ("0800-8051", False),  # service numbers are never a person's
        ("0800 1234567", False),
        ("0900 1234567", False),
        ("0906 1234567", False),
        ("0909 1234567", False),
        ("0612345", False),
        ("061234567890", False),
        ("0012345678", False),
        ("0000000000", False),
        ("0666666666", False),
        ("0671234567", True),  # every 06 series is a mobile number
        ("06 9044 1728", True),
        ("06-81 22 33 44", True),
        ("0611111111", False),  # placeholders
        ("0201111111", False),
        ("0711111112", True),
        ("+32 2 123 45 67", False),  # not Dutch
        ("+31 6 1234567", False),
        ("06+12345678", False),
        ("14 020", False),  # organisation numbers go in the organisation pack
        ("1400", False),
    ],
)
def test_nl_phone(text: str, ok: bool) -> None:
    assert v.nl_phone(text) is ok


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("+31 (0)6 1234 5678", "0612345678"),
        ("0031-20-1234567", "0201234567"),
        ("(020) 123 45 67", "0201234567"),
        ("14 020", "14020"),
        ("tel", ""),
    ],
)
def test_normalise_nl_phone(text: str, digits: str) -> None:
    assert v.normalise_nl_phone(text) == digits


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("1234 AB", True),
        ("1234AB", True),
        ("9999 ZZ", True),
        ("1000\u00a0AA", True),
        ("0123 AB", False),
        ("1234 SA", False),
        ("1234 SD", False),
        ("1234 SS", False),
        ("1234 ab", False),
        ("12345 AB", False),
        ("1234  AB", False),
        ("123 AB", False),
        ("1234 ABC", False),
    ],
)
def test_nl_postcode(text: str, ok: bool) -> None:
    assert v.nl_postcode(text) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Dorpsstraat 12a, 1234 AB", True),
        ("Kerkweg 3-II", True),
        ("Dorpsstraat 12, 1234 SS", False),
        ("Dorpsstraat", False),
    ],
)
def test_nl_address(text: str, ok: bool) -> None:
    assert v.nl_address(text) is ok


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("GH-12-34", 1),
        ("12-34-GH", 2),
        ("12-GH-34", 3),
        ("GH-12-TR", 4),
        ("GH-TR-12", 5),
        ("12-GH-TR", 6),
        ("12-GHT-3", 7),
        ("1-GHT-23", 8),
        ("GH-123-T", 9),
        ("G-123-HT", 10),
        ("GHT-12-B", 11),
        ("G-12-HTB", 12),
        ("1-GH-234", 13),
        ("123-GH-4", 14),
        ("12GHT3", 7),
        ("GH1234", 1),
        ("GHTR12", 5),
        ("12-34-56", None),
        ("GH-12", None),
        ("G-1-2-3", None),
    ],
)
def test_plate_sidecode(text: str, code: int | None) -> None:
    assert v.plate_sidecode(text) == code


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("GZ-482-K", True),
        ("7-KLT-93", True),
        ("12GHT3", True),
        ("XZ-12-34", True),
        ("CD-12-34", True),  # C is still possible in the oldest sidecodes
        ("AB-12-34", False),  # vowels are never issued
        ("GC-12-TR", False),  # no C/Q from sidecode 4
        ("GQ-123-T", False),
        ("SS-12-34", False),
        ("12-VVD-3", False),
        ("12-NSB-3", False),
        ("GH-00-00", False),
        ("CO-2", False),
        ("1.2.3", False),
        ("12-34-56", False),
    ],
)
def test_license_plate_nl(text: str, ok: bool) -> None:
    assert v.license_plate_nl(text) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("+32 2 123 45 67", True),
        ("+32 470 12 34 56", True),
        ("0032 9 123 45 67", True),
        ("09/123.45.67", True),
        ("0470/12.34.56", True),
        ("+32 (0)50 12 34 56", True),
        ("+32 800 12 345", False),  # free number
        ("+32 90 12 34 56", False),  # premium
        ("+32 78 15 15 15", False),
        ("+32 2 123 45 6", False),  # too short
        ("+32 2 123 45 67 8", False),  # too long for a landline
        ("+32 2 000 00 00", False),
        ("+31 20 123 4567", False),
        ("+32 470+12", False),
    ],
)
def test_be_phone(text: str, ok: bool) -> None:
    assert v.be_phone(text) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("+49 30 1234567", True),
        ("+44 20 7946 0958", True),
        ("0033 1 23 45 67 89", True),
        ("+49 (0)30 1234567", True),
        ("+31 20 123 4567", False),
        ("+32 2 123 45 67", False),
        ("+49 30 12", False),  # too short
        ("+49 3012 3456 7890 1234", False),  # longer than E.164
        ("+49 11 1111111", False),
        ("49 30 1234567", False),  # no country code sign
        ("+0 30 1234567", False),
        ("0176 2284 9160", True),  # a German mobile in its own form (after a label)
        ("0176 2284", False),
    ],
)
def test_intl_phone(text: str, ok: bool) -> None:
    assert v.intl_phone(text) is ok


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12-03-1978", dt.date(1978, 3, 12)),
        ("3-4-1985", dt.date(1985, 4, 3)),
        ("03/04/1985", dt.date(1985, 4, 3)),
        ("03.04.1985", dt.date(1985, 4, 3)),
        ("1985-04-03", dt.date(1985, 4, 3)),
        ("12 maart 1978", dt.date(1978, 3, 12)),
        ("12 mrt. 1978", dt.date(1978, 3, 12)),
        ("1 Januari 1960", dt.date(1960, 1, 1)),
        ("1e januari 1960", dt.date(1960, 1, 1)),
        ("2\nmaart 2001", dt.date(2001, 3, 2)),  # wrapped onto the next line
        ("12 / 03 / 1978", dt.date(1978, 3, 12)),
        ("31-02-1985", None),
        ("12 foo 1978", None),
        ("morgen", None),
    ],
)
def test_parse_date_nl(text: str, expected: dt.date | None) -> None:
    assert v.parse_date_nl(text) == expected


def test_two_digit_years_are_in_the_past() -> None:
    today = dt.date(2026, 6, 1)
    assert v.parse_date_nl("03-04-85", today) == dt.date(1985, 4, 3)
    assert v.parse_date_nl("03-04-26", today) == dt.date(2026, 4, 3)
    assert v.parse_date_nl("03-04-27", today) == dt.date(1927, 4, 3)


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("12-03-1978", True),
        ("1 januari 1900", True),
        ("31-12-1899", False),
        ("29-02-2001", False),
        ("29-02-2000", True),
        ("32-01-1980", False),
        ("01-13-1980", False),
    ],
)
def test_date_plausible(text: str, ok: bool) -> None:
    assert v.date_plausible(text) is ok


def test_date_plausible_rejects_the_future() -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert v.date_plausible(dt.date.today().strftime("%d-%m-%Y"))
    assert not v.date_plausible(tomorrow.strftime("%d-%m-%Y"))
    assert not v.date_plausible(f"01-01-{dt.date.today().year + 1}")
