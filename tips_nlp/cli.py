"""Console script `tips-nlp`: anonymise (and later check, eval, train) from the shell.

Errors are one line on stderr with a non-zero exit; the input text is never printed on failure.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A problem to report in one line (never containing user text)."""


def read_input(source: str) -> str:
    """Text from a file path, or stdin for "-": UTF-8, not binary, within tips_nlp.limits."""
    from tips_nlp.documents import decode_text
    from tips_nlp.limits import MAX_TEXT_BYTES, InputRejectedError

    try:
        if source == "-":
            data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)  # never hold more than the limit
        else:
            path = Path(source)
            if path.is_file() and path.stat().st_size > MAX_TEXT_BYTES:
                raise CliError(
                    f"{source}: the file is {path.stat().st_size:,} bytes; "
                    f"the limit for text is {MAX_TEXT_BYTES:,} bytes"
                )
            data = path.read_bytes()
    except FileNotFoundError:
        raise CliError(f"no such file: {source}") from None
    except IsADirectoryError:
        raise CliError(f"is a directory, not a file: {source}") from None
    except OSError as exc:
        raise CliError(f"cannot read {source}: {exc.strerror}") from None
    try:
        return decode_text(data)
    except InputRejectedError as exc:
        message = str(exc)
    raise CliError(f"{source}: {message}")


def _cmd_anonymise(args: argparse.Namespace) -> int:
    from tips_nlp import anonymise
    from tips_nlp.anonymise import get_anonymiser
    from tips_nlp.resources import example_text

    if args.input_dir or args.jsonl:
        return _cmd_anonymise_batch(args)
    if args.output_dir or args.output or args.resume or args.workers != 1:
        raise CliError("--output-dir, --output, --resume and --workers need --input-dir or --jsonl")

    labels = get_anonymiser().labels
    deny: list[str | tuple[str, str]] = []
    for entry in args.deny or []:
        phrase, _, entity_type = entry.rpartition("=")
        # "Elm Court=LOCATION" gives a type; a phrase without a known type is a PERSON.
        deny.append((phrase, entity_type) if phrase and entity_type in labels else entry)
    text = example_text() if args.example else read_input(args.file)
    try:
        result = anonymise(text, operator=args.operator, allow=args.allow or [], deny=deny)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if args.format == "json":
        out = json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
    else:
        out = result.text
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return EXIT_OK


def _cmd_anonymise_batch(args: argparse.Namespace) -> int:
    from tips_nlp import batch

    if args.input_dir and args.jsonl:
        raise CliError("use either --input-dir or --jsonl, not both")
    if args.example or args.file != "-":
        raise CliError("a batch run reads --input-dir or --jsonl, not a single file")
    if args.workers < 1:
        raise CliError("--workers must be at least 1")
    if args.allow or args.deny:
        raise CliError("--allow/--deny work on one text at a time, not yet in batch runs")
    options = {
        "workers": args.workers,
        "operator": args.operator,
        "resume": args.resume,
        "progress": not args.no_progress,
    }
    try:
        if args.input_dir:
            if not args.output_dir:
                raise CliError("--input-dir needs --output-dir")
            summary = batch.anonymise_folder(args.input_dir, args.output_dir, **options)
        else:
            if not args.output:
                raise CliError("--jsonl needs --output")
            summary = batch.anonymise_jsonl(args.jsonl, args.output, **options)
    except batch.BatchError as exc:
        raise CliError(str(exc)) from None
    print(f"tips-nlp: {summary.line()}", file=sys.stderr)
    return EXIT_OK if summary.ok else EXIT_FAILED


def _cmd_check(args: argparse.Namespace) -> int:
    from tips_nlp import check
    from tips_nlp.coach.report import render_text

    text = read_input(args.file)
    result = check(text)
    if args.format == "json":
        out = json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
    else:
        out = render_text(text, result)
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return EXIT_OK


def _not_built(args: argparse.Namespace) -> int:
    raise CliError(f"'{args.command}' is not built yet")


def _add_anonymise(sub: argparse._SubParsersAction) -> None:
    from tips_nlp.anonymise import OPERATORS

    anon = sub.add_parser("anonymise", help="replace personal data with placeholders")
    anon.add_argument("file", nargs="?", default="-", help="text file to read, or - for stdin")
    anon.add_argument("--format", choices=["text", "json"], default="text")
    anon.add_argument("--operator", choices=OPERATORS, default="placeholder")
    anon.add_argument("--example", action="store_true", help="anonymise a bundled example")
    anon.add_argument(
        "--allow", action="append", metavar="TEXT", help="never mask TEXT (repeatable)"
    )
    anon.add_argument(
        "--deny",
        action="append",
        metavar="TEXT[=TYPE]",
        help="mask every occurrence of TEXT, as PERSON unless =TYPE is given (repeatable)",
    )
    batch = anon.add_argument_group("batch runs")
    batch.add_argument("--input-dir", type=Path, help="anonymise every .txt file under this folder")
    batch.add_argument("--output-dir", type=Path, help="where the anonymised .txt files go")
    batch.add_argument("--jsonl", type=Path, help='JSON Lines input: one {"id", "text"} per line')
    batch.add_argument("--output", type=Path, help="JSON Lines output for --jsonl")
    batch.add_argument("--workers", type=int, default=1, help="processes to use (default 1)")
    batch.add_argument("--resume", action="store_true", help="skip outputs that already exist")
    batch.add_argument("--no-progress", action="store_true", help="no progress counter")
    anon.set_defaults(func=_cmd_anonymise)


def _add_check(sub: argparse._SubParsersAction) -> None:
    check = sub.add_parser("check", help="coach the wording of a narrative")
    check.add_argument("file", nargs="?", default="-", help="text file to read, or - for stdin")
    check.add_argument("--format", choices=["text", "json"], default="text")
    check.set_defaults(func=_cmd_check)


def _default_anonymiser_corpus() -> Path:
    """data/anonymiser/dev of the checkout this package runs from (absent from a wheel)."""
    import tips_nlp

    corpus = Path(tips_nlp.__file__).resolve().parent.parent / "data" / "anonymiser" / "dev"
    if not corpus.is_dir():
        raise CliError(
            "no corpus given and data/anonymiser/dev was not found next to the package "
            "(it ships with a source checkout, not the wheel); pass a corpus folder"
        )
    return corpus


def _cmd_eval_anonymiser(args: argparse.Namespace) -> int:
    from tips_nlp.evaluate.anonymiser import evaluate, format_report
    from tips_nlp.evaluate.corpus import CorpusError, load_corpus

    corpus = Path(args.path) if args.path else _default_anonymiser_corpus()
    try:
        documents = load_corpus(corpus)
    except CorpusError as exc:
        raise CliError(str(exc)) from None
    report = evaluate(documents, corpus=str(corpus))
    if args.format == "json":
        out = json.dumps(report.to_dict(misses=args.misses), ensure_ascii=False, indent=2)
    else:
        out = format_report(report, misses=args.misses)
    sys.stdout.write(out + "\n")
    return EXIT_OK


def _add_eval_anonymiser(evals: argparse._SubParsersAction) -> None:
    anon = evals.add_parser("anonymiser", help="recall/precision/F2 on an annotated corpus")
    anon.add_argument("path", nargs="?", help="corpus folder (default: data/anonymiser/dev)")
    anon.add_argument(
        "--misses", action="store_true", help="list missed direct identifiers (prints dev text)"
    )
    anon.add_argument("--format", choices=["text", "json"], default="text")
    anon.set_defaults(func=_cmd_eval_anonymiser)


def _cmd_eval_coach(args: argparse.Namespace) -> int:
    from tips_nlp.coach.principles import RulesError
    from tips_nlp.coach.sentence_set import SentenceSetError
    from tips_nlp.evaluate.coach import evaluate_coach, format_table

    try:
        results = evaluate_coach(Path(args.path or "data/coach/dev.csv"))
    except (SentenceSetError, RulesError) as exc:
        raise CliError(str(exc)) from None
    if args.format == "json":
        out = json.dumps({name: s.to_dict() for name, s in results.items()}, indent=2)
    else:
        out = format_table(results)
    sys.stdout.write(out + "\n")
    return EXIT_OK


def _add_eval_coach(evals: argparse._SubParsersAction) -> None:
    coach = evals.add_parser("coach", help="precision/recall/F1 on a labelled sentence set")
    coach.add_argument("path", nargs="?", help="sentence set (default: data/coach/dev.csv)")
    coach.add_argument("--format", choices=["text", "json"], default="text")
    coach.set_defaults(func=_cmd_eval_coach)


def _cmd_train_coach(args: argparse.Namespace) -> int:
    from tips_nlp.coach.principles import RulesError
    from tips_nlp.coach.sentence_set import SentenceSetError
    from tips_nlp.coach.training import train_coach
    from tips_nlp.resources import models_dir

    out_dir = Path(args.out) if args.out else models_dir()
    try:
        card = train_coach(Path(args.data), out_dir)
    except (SentenceSetError, RulesError) as exc:
        raise CliError(str(exc)) from None
    metrics = card["dev_metrics_classifier_alone"]
    print(
        f"wrote {out_dir / card['model']} (threshold {card['threshold']}; dev F1 "
        f"{metrics['f1']:.3f}, precision {metrics['precision']:.3f}, "
        f"recall {metrics['recall']:.3f})"
    )
    return EXIT_OK


def _add_train_coach(trains: argparse._SubParsersAction) -> None:
    coach = trains.add_parser("coach", help="rebuild the coach classifier and its model card")
    coach.add_argument(
        "--data",
        default="data/coach",
        help="folder with train.csv and dev.csv (default: %(default)s)",
    )
    coach.add_argument("--out", help="where to write the model and cards (default: models/)")
    coach.set_defaults(func=_cmd_train_coach)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tips-nlp", description="Trauma-informed writing support for UK policing, offline."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    _add_anonymise(sub)
    _add_check(sub)
    evals = sub.add_parser("eval", help="measure accuracy").add_subparsers(
        dest="target", required=True
    )
    _add_eval_anonymiser(evals)
    _add_eval_coach(evals)
    trains = sub.add_parser("train", help="rebuild a model").add_subparsers(
        dest="target", required=True
    )
    _add_train_coach(trains)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from tips_nlp.anonymise import AnonymisationError, ConfigError
    from tips_nlp.coach import RulesError
    from tips_nlp.limits import InputRejectedError
    from tips_nlp.nlp import offline_guard

    args = build_parser().parse_args(argv)
    try:
        with offline_guard():
            return args.func(args)
    # Each names a file, a rule or a limit, never the text.
    except (CliError, AnonymisationError, ConfigError, RulesError, InputRejectedError) as exc:
        print(f"tips-nlp: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("tips-nlp: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # fail closed: no traceback, which could quote the text
        print(
            f"tips-nlp: error: unexpected {exc.__class__.__name__}; no output written",
            file=sys.stderr,
        )
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
