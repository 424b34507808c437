"""A perturbed copy of ``../shared/woo-eval/``: same documents, other names or numbers.

    .venv/bin/python benchmarks/perturb_woo_eval.py --kind names --seed 24 --out /tmp/p24
    python3 /tmp/p24/score.py --cmd '.venv/bin/redactie run {inp} --out {out}' -v

The rules and lists were tuned on woo-eval; a copy in which what they could have
learned by heart is changed shows how far that tuning generalises:

* ``names``: every name word of a person to redact is replaced, at every mention
  and inside e-mail addresses, by a name from another tradition (Frisian,
  Surinamese, Turkish, Eritrean, Polish, Vietnamese, Ghanaian, ...), a given name
  where the original had one;
* ``officials``: the same for the office holders to keep;
* ``ids``: every phone number, IBAN and date of birth to redact gets fresh digits
  in another realistic format.

The copy gets woo-eval's ``build.py``, ``score.py`` and ``vector/`` (the scan's word
boxes; the pixel check of the scan then sees the original words) and is built with
this Python.  A replacement name never equals a word already in the document.
Score a new seed once, before looking at its documents: that is the honest figure.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "woo-eval"
MARK = re.compile(r"\{([RK]):([A-Z]+):(.*?)\}", re.S)
ID_MARK = re.compile(r"\{R:(PHONE|IBAN|DOB):([^}|]*)(?:\|[^}]*)?\}")
TITLES = frozenset(
    [
        "drs.",
        "dr.",
        "mr.",
        "ing.",
        "ir.",
        "prof.",
        "mevrouw",
        "mevr.",
        "de",
        "heer",
        "dhr.",
        "bc.",
        "ms.",
        "mrs.",
        "mr",
        "dokter",
        "meneer",
    ]
)
PARTICLES = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "het",
        "ter",
        "ten",
        "te",
        "in",
        "'t",
        "el",
        "al",
        "la",
        "da",
        "von",
        "bis",
        "op",
        "du",
        "le",
        "di",
        "dos",
        "bin",
        "ben",
        "ibn",
        "abu",
    ]
)
GIVEN = [
    "Oluwaseun",
    "Tesfamariam",
    "Zarmina",
    "Ionela",
    "Przemysław",
    "Xiadani",
    "Anouschka",
    "Jelte",
    "Wubbo",
    "Femmigje",
    "Sietske",
    "Yordanka",
    "Mirela",
    "Bashir",
    "Khadija",
    "Emine",
    "Siosaia",
    "Kwabena",
    "Ayodele",
    "Ngozi",
    "Efua",
    "Lemlem",
    "Hewan",
    "Zerai",
    "Farzana",
    "Wahid",
    "Hamidullah",
    "Radu",
    "Sorin",
    "Bogdan",
    "Grażyna",
    "Wiesław",
    "Joanneke",
    "Rinske",
    "Tjitske",
    "Dirkje",
    "Gerlof",
    "Lieuwe",
    "Oane",
    "Durk",
    "Hylke",
    "Baukje",
    "Marit",
    "Tjalling",
    "Sunita",
    "Ravindra",
    "Chandrika",
    "Ashwin",
    "Devika",
    "Wenjie",
    "Junhao",
    "Thuy",
    "Ebru",
    "Gülsen",
    "Serkan",
    "Yusra",
    "Rahma",
    "Nadir",
    "Ilias",
    "Soufiane",
    "Ikram",
    "Shanice",
    "Jairo",
    "Rowena",
    "Dewi",
    "Priya",
    "Margje",
    "Aukje",
    "Wietske",
    "Klaasje",
    "Gerbrand",
    "Ytsen",
    "Fardau",
    "Idske",
    "Zhivko",
    "Desislava",
    "Vasile",
    "Catalin",
    "Iuliana",
    "Darius",
    "Saskia",
    "Maartje",
    "Thijmen",
    "Jorrit",
    "Nanne",
    "Floortje",
    "Loes",
    "Reinout",
]
SURNAMES = [
    "Okonkwo",
    "Adeyemi",
    "Gebremedhin",
    "Tesfay",
    "Haile",
    "Dumitrașcu",
    "Wiśniewska",
    "Kowalczyk",
    "Brzęczek",
    "Nguyễn",
    "Trần",
    "Phạm",
    "Tjeerdsma",
    "Algra",
    "Yıldırım",
    "Çelik",
    "Öztürk",
    "Şahin",
    "Karimi",
    "Ahmadzai",
    "Noorzai",
    "Sultani",
    "Ramdhani",
    "Jagessar",
    "Sewdien",
    "Baldewsingh",
    "Liem",
    "Kromodimedjo",
    "Soekhradj",
    "Mahabali",
    "Asante",
    "Mensah",
    "Boateng",
    "Owusu",
    "Diallo",
    "Traoré",
    "Ekström",
    "Haverkamp",
    "Wijnbergen",
    "Oosterhuis",
    "Zwartkruis",
    "Spijkerman",
    "Lamberink",
    "Hofstede",
    "Terpstra",
    "Veenstra",
    "Roorda",
    "Nauta",
    "Postma",
    "Bergsma",
    "Heeringa",
    "Kuipers",
    "Stoffelen",
    "Rademaker",
    "Brinkhuis",
    "Oldenkamp",
    "Mulderij",
    "Schuttevaer",
    "Tammeling",
    "Ouwerkerk",
    "Kloosterboer",
    "Verhagen",
    "Moerkerk",
    "Groeneveld",
    "Hazelhoff",
    "Stegeman",
    "Wolbers",
    "Dekkers",
    "Pinas",
    "Doelwijt",
    "Amatkarijo",
    "Bhagwandin",
    "Kalpoe",
    "Sitaldin",
    "Goedhart",
    "Vrolijk",
    "Beukema",
    "Siersema",
]
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from redactie.detect.names.lexicon import lexicon_for  # noqa: E402  (after the path)

MONTHS = list(lexicon_for().config.months[:12])  # "januari" ... "december"
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _cased(like: str, new: str) -> str:
    if like.isupper() and len(like) > 1:
        return new.upper()
    if like.islower():
        return _ascii(new).lower()
    return new


def _name_words(text: str) -> list[str]:
    out = []
    for tok in re.split(r"[\s,()]+", text):
        if not tok or tok.lower() in TITLES or tok.lower() in PARTICLES or len(tok) < 3:
            continue
        if re.fullmatch(r"(?:[A-Z]\.)+[A-Za-z]?\.?", tok):
            continue  # initials stay
        for part in tok.split("-"):
            part = part.strip(".'’")
            if len(part) >= 3 and part[0].isupper() and part.isalpha():
                out.append(part)
    return out


def perturb_names(body: str, rng: random.Random, kind: str) -> str:
    """Replace the name words of the persons marked ``kind`` (R or K) everywhere."""
    names: list[str] = []
    others: set[str] = set()
    for m in MARK.finditer(body):
        mark, typ, text = m.groups()
        text = text.partition("|")[0]
        if mark == kind and typ == "PER":
            names.append(text)
        elif mark != kind or typ not in ("PER", "EMAIL", "INIT"):
            others |= {w.lower() for w in re.findall(r"\w+", text)}
    given: set[str] = set()
    for text in names:
        if "," in text:  # "Hoop, Ilse"
            given.update(_name_words(text.split(",", 1)[1]))
        elif len(words := _name_words(text)) >= 2:
            given.add(words[0])
    pools = {True: GIVEN[:], False: SURNAMES[:]}
    rng.shuffle(pools[True])
    rng.shuffle(pools[False])
    lower = body.lower()
    mapping: dict[str, str] = {}
    for text in names:
        for word in _name_words(text):
            if word.lower() in others or word in mapping:
                continue
            pool = pools[word in given]
            new = pool.pop()
            while new.lower() in lower:
                new = pool.pop()
            mapping[word] = new
    if not mapping:
        return body
    by_lower = {k.lower(): v for k, v in mapping.items()}
    words = sorted((re.escape(k) for k in mapping), key=len, reverse=True)
    rx = re.compile(r"(?<!\w)(" + "|".join(words) + r")(?!\w)", re.IGNORECASE)
    body = rx.sub(lambda m: _cased(m.group(0), by_lower[m.group(0).lower()]), body)
    pieces = sorted(
        ((_ascii(k).lower(), _ascii(v).lower()) for k, v in mapping.items()),
        key=lambda kv: -len(kv[0]),
    )

    def local_part(m: re.Match[str]) -> str:
        local = m.group(1)
        for old, new in pieces:
            local = local.replace(old, new)
        return local + m.group(2)

    return re.sub(r"([\w.\-]+)(@[\w.\-]+)", local_part, body)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _phone(old: str, rng: random.Random) -> str:
    bare = re.sub(r"\D", "", old)
    if bare.startswith(("599", "00599")):
        return rng.choice(
            [
                f"+599 7{_digits(rng, 2)} {_digits(rng, 4)}",
                f"+599 {_digits(rng, 3)}-{_digits(rng, 4)}",
            ]
        )
    if bare.startswith(("32", "0032", "04")):
        d = _digits(rng, 6)
        return rng.choice(
            [
                f"+32 47{rng.randint(0, 9)} {d[:2]} {d[2:4]} {d[4:]}",
                f"04{rng.randint(70, 99)} {d[:2]} {d[2:4]} {d[4:]}",
            ]
        )
    if bare.startswith(("06", "316", "00316")):
        n = str(rng.randint(1, 9)) + _digits(rng, 7)
        return rng.choice(
            [
                f"06-{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"06 {n}",
                f"+31 6 {n[:4]} {n[4:]}",
                f"0031 (0)6 {n[:2]} {n[2:5]} {n[5:]}",
                f"06{n}",
                f"(06) {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"+31 (0)6-{n}",
                f"06 - {n[:4]} {n[4:]}",
            ]
        )
    area = rng.choice(["070", "010", "020", "030", "0411", "0594", "088", "050"])
    rest = _digits(rng, 10 - len(area))
    if len(area) == 3:
        return rng.choice(
            [
                f"{area} {rest[:3]} {rest[3:5]} {rest[5:]}",
                f"{area}-{rest}",
                f"+31 {area[1:]} {rest[:3]} {rest[3:]}",
                f"({area}) {rest[:3]} {rest[3:]}",
            ]
        )
    return rng.choice(
        [f"{area} {rest[:2]} {rest[2:4]} {rest[4:]}", f"{area}-{rest}", f"+31 {area[1:]} {rest}"]
    )


def _iban(old: str, rng: random.Random) -> str:
    check = f"{rng.randint(10, 99)}"
    if old.strip().startswith("BE"):
        a = _digits(rng, 12)
        return f"BE{check} {a[:4]} {a[4:8]} {a[8:]}"
    bank = rng.choice(["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB"])
    acc = _digits(rng, 10)
    return rng.choice(
        [
            f"NL{check} {bank} {acc[:4]} {acc[4:8]} {acc[8:]}",
            f"NL{check}{bank}{acc}",
            f"NL{check} {bank} {acc}",
        ]
    )


def _birth(old: str, rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2012)
    if re.search(r"[A-Z][a-z]+ \d", old):  # English: "July 4, 1951"
        return f"{MONTHS_EN[m - 1]} {d}, {y}"
    return rng.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}.{m}.{y}",
        ]
    )


def perturb_ids(body: str, rng: random.Random) -> str:
    """Fresh phone numbers, IBANs and dates of birth in other formats (same value, same new one)."""
    made: dict[str, str] = {}
    makers = {"PHONE": _phone, "IBAN": _iban, "DOB": _birth}

    def sub(m: re.Match[str]) -> str:
        typ, old = m.group(1), m.group(2)
        if old not in made:
            made[old] = makers[typ](old, rng)
        return f"{{R:{typ}:{made[old]}}}"

    body = ID_MARK.sub(sub, body)
    for old, new in made.items():  # the same value written without a mark elsewhere
        body = body.replace(old, new)
    return body


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kind", choices=("names", "officials", "ids"), required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--eval", type=Path, default=EVAL, help="the woo-eval folder")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    (args.out / "docs").mkdir(parents=True, exist_ok=True)
    for name in ("build.py", "score.py"):
        shutil.copy2(args.eval / name, args.out / name)
    if (args.eval / "vector").is_dir():
        shutil.copytree(args.eval / "vector", args.out / "vector", dirs_exist_ok=True)
    for src in sorted((args.eval / "docs").glob("*.txt")):
        head, body = src.read_text(encoding="utf-8").split("---\n", 1)
        if args.kind == "ids":
            body = perturb_ids(body, rng)
        else:
            body = perturb_names(body, rng, "R" if args.kind == "names" else "K")
        (args.out / "docs" / src.name).write_text(head + "---\n" + body, encoding="utf-8")
    return subprocess.run([sys.executable, "build.py"], cwd=args.out, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
