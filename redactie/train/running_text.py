"""Running-text training documents from the project's hand-written corpus.

The generator (:mod:`redactie.train.generator`) composes Woo paperwork from phrase
grammars; what it cannot give is the variety of real running Dutch: the sentence
structures of newspaper reports, interviews, match reports, court news, minutes in
prose. ``redactie/train/corpus/*.txt`` holds such passages, written by the project,
with every person as a slot (``{M1}``, ``{V2s}``, see ``corpus/FORMAT.md``) and
organisations and places marked (``[Gent|LOC]``). This module checks the passages and
renders each one several times with different names, so that the model learns the
contexts in which a name stands, not the names.

    python -m redactie.train.running_text --check        # validate the corpus
    python -m redactie.train.running_text --show 3       # print rendered examples
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from redactie.train import lexicon as lx
from redactie.train.generator import GeneratedDoc
from redactie.train.names import NameLists, split_surname

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"

SLOT_RE = re.compile(r"\{([MV])([1-9])([sfigk]?)(?::(nl|be|int))?\}")
MARK_RE = re.compile(r"\[([^\[\]|{}]+)\|(ORG|LOC|MISC)\]")
ITEM_RE = re.compile(f"{SLOT_RE.pattern}|{MARK_RE.pattern}")
ORIGINS = ("nl", "be", "int")
BYLINE_RATE = 0.1
# Share of swapped marks that get an invented name. Kept small: invented organisation
# names look like invented person names, and too many cost recall on unseen names.
PSEUDO_SHARE = 0.05
SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[\"'‘“]\s*)$")
RENDERS_RE = re.compile(r"#\s*renders:\s*(\d+)\b.*")
ARTICLES = frozenset({"de", "het", "De", "Het", "the", "The"})
ORIGIN_WEIGHTS = (0.37, 0.33, 0.30)
PARTICLES_BE = ("De", "Van", "Van den", "Van de", "Vanden", "Vande", "Van der", "De la", "Le")


class CorpusError(ValueError):
    """A passage of the corpus does not follow ``corpus/FORMAT.md``."""


@dataclass(frozen=True)
class Block:
    """One passage: where it comes from and its marked-up text."""

    source: str
    line: int
    text: str
    max_renders: int | None = None  # a file's "# renders: N" line caps its renderings

    @property
    def key(self) -> str:
        return hashlib.md5(self.text.encode("utf-8")).hexdigest()

    def is_dev(self, share: int = 10) -> bool:
        """About one passage in ``share`` is kept for the dev set (stable by content)."""
        return int(self.key[:8], 16) % share == 0


def block_errors(text: str) -> list[str]:
    """Format errors in one passage (empty list: fine)."""
    errors = []
    rest = ITEM_RE.sub("", text)
    for ch in "{}[]|":
        if ch in rest:
            errors.append(f"stray {ch!r} (malformed slot or mark)")
    for m in re.finditer(r"\{[^}]*\}", text):
        if not SLOT_RE.fullmatch(m.group(0)):
            errors.append(f"bad slot {m.group(0)}")
    for m in re.finditer(r"\[[^\]]*\]", text):
        if not MARK_RE.fullmatch(m.group(0)):
            errors.append(f"bad mark {m.group(0)}")
    return errors


def parse_file(path: Path) -> list[Block]:
    """Split a corpus file into passages (blank-line separated, ``#`` comments dropped)."""
    blocks: list[Block] = []
    lines: list[str] = []
    start = 0
    max_renders: int | None = None

    def flush() -> None:
        if lines:
            blocks.append(Block(path.name, start, "\n".join(lines), max_renders))
            lines.clear()

    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if line.startswith("#"):
            m = RENDERS_RE.fullmatch(line)
            if m:
                max_renders = int(m.group(1))
            continue
        if not line.strip():
            flush()
            continue
        if not lines:
            start = no
        lines.append(line)
    flush()
    return blocks


def load_corpus(directory: Path = CORPUS_DIR, *, strict: bool = True) -> list[Block]:
    """All passages of ``directory/*.txt``; with ``strict`` a malformed one raises."""
    out: list[Block] = []
    for path in sorted(directory.glob("*.txt")):
        for block in parse_file(path):
            errors = block_errors(block.text)
            if errors:
                if strict:
                    raise CorpusError(f"{block.source}:{block.line}: {'; '.join(errors)}")
                continue
            out.append(block)
    return out


# --------------------------------------------------------------------- people
@dataclass
class CorpusPerson:
    first: str
    particle: str
    core: str
    origin: str
    initials: str = ""
    lower_bare: bool = False  # "de Boer" without a first name, as some papers write it

    def surname(self, *, bare: bool) -> str:
        particle = self.particle
        if particle and ((bare and not self.lower_bare) or self.origin == "be"):
            particle = particle[0].upper() + particle[1:]
        return f"{particle} {self.core}".strip()

    def acronym(self, upper: bool) -> str:
        """Initials as a byline or paraaf writes them: ``JdV``, ``PJB``."""
        first = "".join(part[0] for part in self.first.split("-") if part)
        particle = "".join(w[0] for w in self.particle.split())
        particle = particle.upper() if upper or self.origin == "be" else particle.lower()
        return f"{first.upper()}{particle}{self.core[0].upper()}"

    def render(self, form: str) -> str:
        if form == "s":
            return self.surname(bare=True)
        if form == "f":
            return self.first
        if form == "i":
            return f"{self.initials} {self.surname(bare=False)}"
        if form == "k":
            return f"{self.first} {self.surname(bare=True)[0]}."
        if form == "g":
            s = self.surname(bare=True)
            return s + "'" if s[-1] in "sxzSXZ" else s + "s"
        return f"{self.first} {self.surname(bare=False)}"


class PersonMaker:
    """Draws people from the name lists (train slice), by gender and origin."""

    def __init__(self, names: NameLists, rnd: random.Random) -> None:
        self.names = names
        self.r = rnd

    def pseudo(self) -> str:
        cons, vow = "bdfghjklmnprstvwz", "aeiouy"
        out = self.r.choice(cons).upper() + self.r.choice(vow)
        for _ in range(self.r.randint(1, 2)):
            out += self.r.choice(cons) + self.r.choice(vow) + self.r.choice(("", "n", "r", "s"))
        return out

    def make(self, female: bool, origin: str | None) -> CorpusPerson:
        r, n = self.r, self.names
        if origin is None:
            origin = r.choices(ORIGINS, ORIGIN_WEIGHTS)[0]
        if origin == "int" and n.foreign_last:
            first = r.choice(n.foreign_first) if n.foreign_first else "Anna"
            if r.random() < 0.25:
                first = r.choice(n.first_f if female else n.first_m)
            particle, core = "", r.choice(n.foreign_last)
        else:
            first = r.choice(n.first_f if female else n.first_m)
            pool = n.last_rare if (n.last_rare and r.random() < 0.45) else n.last
            particle, core = split_surname(r.choice(pool))
            if origin == "be" and not particle and r.random() < 0.25:
                particle = r.choice(PARTICLES_BE).lower()
        if r.random() < 0.05:
            core = self.pseudo()
        if r.random() < 0.04:
            core = f"{core}-{split_surname(r.choice(n.last))[1]}"
        initials = first[0] + "."
        if r.random() < 0.3:
            initials += r.choice("ABCDEFGHJKLMNPRSTW") + "."
        lower_bare = origin == "nl" and bool(particle) and r.random() < 0.15
        return CorpusPerson(first=first, particle=particle, core=core, origin=origin,
                            initials=initials, lower_bare=lower_bare)  # fmt: skip


@dataclass
class MarkPools:
    """Organisation and place names a mark may be swapped for (variety of contexts)."""

    org: list[str] = field(default_factory=list)
    loc: list[str] = field(default_factory=list)
    swap_rate: float = 0.0

    @classmethod
    def from_blocks(cls, blocks: Sequence[Block], swap_rate: float = 0.2) -> MarkPools:
        org: set[str] = set()
        loc: set[str] = set()
        for block in blocks:
            for m in MARK_RE.finditer(block.text):
                text = m.group(1)
                # only names that fit any slot: no article, no line break
                if "\n" in text or text.split()[0] in ARTICLES:
                    continue
                if m.group(2) == "ORG":
                    org.add(text)
                elif m.group(2) == "LOC":
                    loc.add(text)
        org |= {o for o in lx.ORGS_COMPANY + lx.PARTIES if o.split()[0] not in ARTICLES}
        loc |= {
            p
            for p in lx.COUNTRIES + lx.WORLD_PLACES + lx.CITIES_NL + lx.CITIES_BE + lx.REGIONS
            if p.split()[0] not in ARTICLES
        }
        return cls(sorted(org), sorted(loc), swap_rate)

    def swap(self, text: str, label: str, maker: PersonMaker) -> str:
        pool = self.org if label == "ORG" else self.loc if label == "LOC" else []
        if not pool or self.swap_rate <= 0 or maker.r.random() >= self.swap_rate:
            return text
        if text.split()[0] in ARTICLES:
            return text
        if maker.r.random() < PSEUDO_SHARE:
            # an unknown name: the model must learn the context, not a gazetteer
            word = maker.pseudo()
            if label == "ORG" and maker.r.random() < 0.4:
                word += maker.r.choice((" NV", " BV", " Group", " Holding", " Systems", "tech"))
            return word
        return maker.r.choice(pool)


NO_SWAP = MarkPools()


def render_block(block: Block, maker: PersonMaker, pools: MarkPools = NO_SWAP) -> GeneratedDoc:
    """Fill the slots of one passage with new people; spans for persons and marks.

    With ``pools``, some organisation and place marks are swapped for other names of
    the same kind (or for an invented one), so that each context is seen with many.
    """
    origins: dict[str, str] = {}
    for m in SLOT_RE.finditer(block.text):
        if m.group(4):
            origins.setdefault(m.group(1) + m.group(2), m.group(4))
    people: dict[str, CorpusPerson] = {}
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for m in ITEM_RE.finditer(block.text):
        plain = block.text[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        if m.group(1):
            pid = m.group(1) + m.group(2)
            if pid not in people:
                people[pid] = maker.make(m.group(1) == "V", origins.get(pid))
            text, label = people[pid].render(m.group(3)), "PER"
            if SENTENCE_START.search("".join(parts[-2:])):
                text = text[0].upper() + text[1:]
        else:
            text, label = pools.swap(m.group(5), m.group(6), maker), m.group(6)
        if label != "MISC":
            spans.append((length, length + len(text), label))
        parts.append(text)
        length += len(text)
        pos = m.end()
    parts.append(block.text[pos:])
    if maker.r.random() < BYLINE_RATE:
        # an author's byline or paraaf under the passage: "(JdV)", "Jan de Vries"
        author = maker.make(maker.r.random() < 0.5, None)
        style = maker.r.randrange(4)
        name = author.render("") if style == 3 else author.acronym(maker.r.random() < 0.5)
        before = ("\n(", " (", "\n", "\n")[style]
        after = ")" if style < 2 else ""
        length = sum(len(x) for x in parts) + len(before)
        parts += [before, name, after]
        spans.append((length, length + len(name), "PER"))
    return GeneratedDoc(text="".join(parts), spans=spans, genre=f"running:{block.source}")


def running_docs(
    names: NameLists,
    blocks: Sequence[Block],
    *,
    renders: int,
    seed: int,
    dev: bool = False,
    swap_rate: float = 0.25,
) -> Iterator[GeneratedDoc]:
    """Each passage of the train (or dev) share rendered ``renders`` times."""
    maker = PersonMaker(names, random.Random(seed))
    chosen = [b for b in blocks if b.is_dev() == dev]
    pools = MarkPools.from_blocks(blocks, swap_rate) if swap_rate > 0 else NO_SWAP
    for i in range(renders):
        for block in chosen:
            if block.max_renders is not None and i >= block.max_renders:
                continue
            # the first rendering keeps the organisations and places as written
            yield render_block(block, maker, pools if i else NO_SWAP)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    ap.add_argument("--check", action="store_true", help="validate; exit 1 on errors")
    ap.add_argument("--show", type=int, default=0, help="print N rendered passages")
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3] / "shared"
                    / "data")  # fmt: skip
    args = ap.parse_args(argv)
    if args.check:
        bad = 0
        total = 0
        for path in sorted(args.corpus.glob("*.txt")):
            for block in parse_file(path):
                total += 1
                for err in block_errors(block.text):
                    bad += 1
                    print(f"{block.source}:{block.line}: {err}", file=sys.stderr)
        print(f"{total} passages, {bad} errors")
        if bad:
            return 1
    if args.show:
        from redactie.train.names import load_names

        blocks = load_corpus(args.corpus)
        rnd = random.Random(0)
        maker = PersonMaker(load_names(args.data), rnd)
        for block in rnd.sample(blocks, min(args.show, len(blocks))):
            doc = render_block(block, maker)
            print(f"--- {block.source}:{block.line}")
            print(doc.text)
            print("    " + "; ".join(f"{doc.text[s:e]}/{lab}" for s, e, lab in doc.spans))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
