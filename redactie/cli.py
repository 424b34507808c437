"""Command line: parse, call the library, map exceptions to exit codes (here only).

stdout carries the machine-readable summary (JSON); logs go to stderr.
Exit codes are documented in :class:`redactie.errors.ExitCode` and the README.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from redactie import __version__
from redactie.errors import ExitCode, RedactieError

log = logging.getLogger("redactie")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="redactie",
        description="Lak persoonsgegevens in PDF's voor openbaarmaking onder de Woo.",
    )
    p.add_argument("--version", action="version", version=f"redactie {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--out", type=Path, required=True, help="uitvoermap")
        reading(sp)

    def reading(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--no-model", action="store_true", help="alleen regels, zonder NER-model")
        sp.add_argument("--model", type=Path, default=None, help="pad naar een spaCy-model")
        sp.add_argument("--rules", type=Path, default=None, help="map met regelpakketten")
        sp.add_argument("--no-ocr", action="store_true", help="geen OCR; scans geven een fout")
        sp.add_argument(
            "--allow-unread-images",
            action="store_true",
            help="afbeeldingen met tekst die OCR niet kan lezen ongelezen publiceren "
            "(met waarschuwing; staat in report.json) in plaats van het document te weigeren",
        )
        sp.add_argument("-v", "--verbose", action="store_true")
        sp.add_argument("-q", "--quiet", action="store_true")

    def batch(sp: argparse.ArgumentParser) -> None:
        sp.add_argument(
            "--jobs",
            type=_positive,
            default=None,
            metavar="N",
            help="aantal werkprocessen (standaard: het aantal kernen)",
        )
        sp.add_argument(
            "--cluster",
            default=None,
            metavar="ADRES",
            help="een Dask-cluster gebruiken, bv. tcp://host:8786 (zie docs/cluster.md)",
        )
        sp.add_argument(
            "--force", action="store_true", help="alles opnieuw doen, ook wat al klaar is"
        )

    run = sub.add_parser("run", help="detecteren, lakken, controleren en publiceren")
    run.add_argument("inputs", nargs="+", type=Path, help="PDF-bestanden en/of mappen")
    common(run)
    batch(run)

    scan = sub.add_parser("scan", help="alleen detecteren: reviewbestanden schrijven")
    scan.add_argument("inputs", nargs="+", type=Path)
    common(scan)
    batch(scan)

    sources_help = "map(pen) met de originele PDF's van een dossier (standaard: de map zelf)"
    apply = sub.add_parser("apply", help="lakken volgens beoordeelde reviewbestanden")
    apply.add_argument("source", type=Path, help="een PDF, of de uitvoermap van scan/run")
    apply.add_argument("--review", type=Path, default=None, help="het reviewbestand (bij een PDF)")
    apply.add_argument("--sources", type=Path, nargs="+", default=[], help=sources_help)
    common(apply)

    package = sub.add_parser(
        "package", help="publicatiepakket maken: productierapport, <ID>.pdf, DiWoo-metadata"
    )
    package.add_argument("run_dir", type=Path, help="uitvoermap van 'run' of 'apply'")
    package.add_argument("--out", type=Path, required=True, help="pakketmap")
    package.add_argument("--matter", default=None, help="matter (standaard: naam van run_dir)")
    package.add_argument("--rules", type=Path, default=None, help="map met regelpakketten")
    package.add_argument("-v", "--verbose", action="store_true")
    package.add_argument("-q", "--quiet", action="store_true")

    check = sub.add_parser(
        "check", help="controleren of PDF's geschikt zijn voor publicatie (wijzigt niets)"
    )
    check.add_argument("paths", nargs="+", type=Path, help="PDF-bestanden en/of mappen")
    check.add_argument("--json", action="store_true", help="JSON voor pijplijnen op stdout")
    reading(check)

    review = sub.add_parser("review", help="bevindingen beoordelen in de browser (lokaal)")
    review.add_argument("source", type=Path, help="een PDF, of de uitvoermap van scan/run")
    review.add_argument("--review", type=Path, default=None, help="het reviewbestand (bij een PDF)")
    review.add_argument("--sources", type=Path, nargs="+", default=[], help=sources_help)
    review.add_argument("--port", type=int, default=0, help="poort op 127.0.0.1 (0: een vrije)")
    review.add_argument("--no-browser", action="store_true", help="geen browser openen")
    review.add_argument("-v", "--verbose", action="store_true")
    review.add_argument("-q", "--quiet", action="store_true")
    return p


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError("verwacht een geheel getal van 1 of meer")
    return number


def _setup_logging(verbose: bool, quiet: bool) -> None:
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    logging.basicConfig(level=level, stream=sys.stderr, format="redactie: %(message)s")
    for noisy in ("presidio-analyzer", "presidio_analyzer", "spacy"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse: --help is 0, usage errors are 2
        return int(exc.code or 0)
    _setup_logging(args.verbose, args.quiet)
    try:
        if args.command == "review":
            from redactie.review import serve

            return serve(
                args.source,
                args.review,
                port=args.port,
                open_browser=not args.no_browser,
                sources=args.sources,
            )
        if args.command == "package":
            from redactie.package import build_package

            built = build_package(args.run_dir, args.out, matter=args.matter, rules_dir=args.rules)
            sys.stdout.write(json.dumps(built.as_dict(), ensure_ascii=False, indent=2) + "\n")
            return int(built.exit_code)
        from redactie import api

        options = api.Options(
            use_model=not args.no_model,
            model_path=args.model,
            rules_dir=args.rules,
            ocr=False if args.no_ocr else None,
            allow_unread_images=args.allow_unread_images,
        )
        if args.command == "check":
            from redactie.check import check, table

            verdict = check(args.paths, options)
            if args.json:
                text = json.dumps(verdict.as_dict(), ensure_ascii=False, indent=2) + "\n"
            else:
                text = table(verdict)
            sys.stdout.write(text)
            return int(verdict.exit_code)
        if args.command in ("run", "scan"):
            from redactie.batch import default_jobs

            batch = api.run if args.command == "run" else api.scan
            execution = api.Execution(
                jobs=args.jobs or default_jobs(),
                cluster=args.cluster,
                force=args.force,
                progress=not args.quiet,
            )
            result = batch(args.inputs, args.out, options, execution)
        elif args.source.is_dir():
            result = api.apply_dossier(args.source, args.out, options, args.sources)
        elif args.review is None:
            log.error("geef het reviewbestand op met --review (of een map als invoer)")
            return int(ExitCode.BAD_ARGS)
        else:
            result = api.apply(args.source, args.review, args.out, options)
    except RedactieError as exc:
        log.error("%s", exc)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        log.error("afgebroken")
        return 130
    except Exception:
        log.exception("interne fout; meld dit als bug")
        return int(ExitCode.OTHER_ERROR)

    summary = {
        "ok": result.ok,
        "exit_code": int(result.exit_code),
        "report": str(result.report_path) if result.report_path else None,
        "inventory": str(result.inventory_path) if result.inventory_path else None,
        "documents": [
            {
                k: o.as_dict()[k]
                for k in ("source", "status", "decision", "redactions", "grounds", "error")
            }
            for o in result.outcomes
        ],
    }
    sys.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    return int(result.exit_code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
