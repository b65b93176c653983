"""Batch anonymisation: a folder of .txt files, or a JSONL file, in input order.

Built for an analyst anonymising a year of narratives before research:
- fast: each worker loads the engines once and parses documents with `nlp.pipe` in batches;
  `workers > 1` spreads chunks over processes and still returns results in input order;
- safe to interrupt: every output is written to a temporary file in the output folder and
  renamed when complete, so an interrupted run leaves no partial output;
- `resume` skips outputs that already exist;
- fail closed, per document: a document that cannot be read or anonymised is reported by file
  name or line number only, and nothing of it is written anywhere. The run goes on.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tips_nlp.anonymise import AnonymisedText
from tips_nlp.limits import MAX_TEXT_BYTES
from tips_nlp.progress import Progress

# The same per-text limit as the API, CLI and app (tips_nlp/limits.py); JSON escapes can make a
# JSONL line longer than its text, so a line may take twice that.
MAX_DOCUMENT_BYTES = 2 * MAX_TEXT_BYTES
# Documents parsed together by nlp.pipe. 8-32 are equally fast here (1 is much slower), but
# peak memory grows with the batch: anonymise + check of the 132 dev texts peaked at 431 MB
# with 8, 489 MB with 16 and 595 MB with 32.
BATCH_SIZE = 16
# With worker processes, smaller chunks keep the workers evenly busy up to the last document.
POOL_BATCH_SIZE = 8
# A chunk also stops growing at this many characters, so a few huge documents stay cheap.
CHUNK_CHARS = 400_000
TEMP_PREFIX = ".tips-nlp-"
TEMP_SUFFIX = ".tmp"


class BatchError(RuntimeError):
    """The run as a whole cannot go on (bad arguments, a worker died). Never quotes text."""


@dataclass(frozen=True)
class Job:
    """One document: `label` (a relative file name or "line N") is all a message may show."""

    label: str
    text: str | None = None
    error: str | None = None  # why it could not be read; then `text` is None
    target: object = None  # where the result goes (an output path, a JSONL record's id)


@dataclass(frozen=True)
class Outcome:
    """A job and its result, or why it failed (an error class or reason, never text)."""

    job: Job
    result: AnonymisedText | None
    error: str | None


@dataclass
class Summary:
    """Counts for the final line of a run."""

    anonymised: int = 0
    failed: int = 0
    already_done: int = 0

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def line(self) -> str:
        text = f"{self.anonymised} anonymised, {self.failed} failed"
        if self.already_done:
            text += f", {self.already_done} already done (skipped)"
        return text


# -- the engine side (runs in each worker process, or in this one) ----------------------------


def anonymise_texts(texts: list[str], operator: str = "placeholder") -> list[AnonymisedText | str]:
    """Anonymise texts parsed together by `nlp.pipe`; a failure is its error class's name.

    If the batch parse fails, each text is retried on its own so one bad document cannot
    take its neighbours down with it.
    """
    from tips_nlp.anonymise import get_anonymiser

    anonymiser = get_anonymiser()
    try:
        docs = list(anonymiser.nlp.pipe(texts, batch_size=max(1, len(texts))))
    except Exception:
        return [_anonymise_one(anonymiser, text, operator) for text in texts]
    results: list[AnonymisedText | str] = []
    for doc in docs:
        try:
            results.append(anonymiser.anonymise_doc(doc, operator=operator))
        except Exception as exc:
            results.append(_reason(exc))
    return results


def _anonymise_one(anonymiser, text: str, operator: str) -> AnonymisedText | str:  # noqa: ANN001
    try:
        return anonymiser.anonymise(text, operator=operator)
    except Exception as exc:
        return _reason(exc)


def _reason(exc: BaseException) -> str:
    from tips_nlp.anonymise import AnonymisationError
    from tips_nlp.limits import InputRejectedError

    if isinstance(exc, (AnonymisationError, InputRejectedError)):
        return str(exc)  # the error class, or the limit exceeded: never text
    return f"anonymisation failed ({exc.__class__.__name__})"


def _init_worker() -> None:
    """Load the engines once per worker, offline; Ctrl-C is the parent's to handle."""
    from tips_nlp.anonymise import get_anonymiser
    from tips_nlp.nlp import offline_guard

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    guard = offline_guard()
    guard.__enter__()  # for the worker's whole life
    _WORKER_GUARD.append(guard)
    get_anonymiser()


_WORKER_GUARD: list[object] = []


# -- ordering and parallelism ------------------------------------------------------------------


def _chunks(jobs: Iterable[Job], batch_size: int) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    chars = 0
    for job in jobs:
        chunk.append(job)
        chars += len(job.text or "")
        if len(chunk) >= batch_size or chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _outcomes(chunk: list[Job], results: list[AnonymisedText | str]) -> list[Outcome]:
    it = iter(results)
    outcomes = []
    for job in chunk:
        if job.text is None:
            outcomes.append(Outcome(job, None, job.error or "could not be read"))
            continue
        result = next(it)
        if isinstance(result, str):
            outcomes.append(Outcome(job, None, result))
        else:
            outcomes.append(Outcome(job, result, None))
    return outcomes


def start_workers(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` processes, each loading the engines once when it starts.

    spawn (not fork): the same behaviour on Linux, macOS and Windows, and no copy of a
    parent's threads or locks.
    """
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker)


def run_jobs(
    jobs: Iterable[Job],
    *,
    workers: int = 1,
    operator: str = "placeholder",
    batch_size: int | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[Outcome]:
    """Anonymise jobs in input order, in this process (workers=1) or in a pool of processes.

    Jobs are read lazily and at most two chunks per worker are in flight, so memory stays flat
    however long the input is. A `pool` from `start_workers()` is used and left running.
    """
    if workers < 1:
        raise BatchError("--workers must be at least 1")
    in_process = workers == 1 and pool is None
    chunks = _chunks(jobs, batch_size or (BATCH_SIZE if in_process else POOL_BATCH_SIZE))
    if in_process:
        for chunk in chunks:
            texts = [job.text for job in chunk if job.text is not None]
            yield from _outcomes(chunk, anonymise_texts(texts, operator) if texts else [])
        return

    own_pool = pool is None
    pool = pool or start_workers(workers)
    pending: deque[tuple[list[Job], Future]] = deque()
    try:
        for chunk in chunks:
            texts = [job.text for job in chunk if job.text is not None]
            pending.append((chunk, pool.submit(anonymise_texts, texts, operator)))
            while len(pending) >= 2 * workers:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())
    finally:
        for _, future in pending:
            future.cancel()
        if own_pool:
            pool.shutdown(wait=not pending, cancel_futures=True)


def _collect(chunk: list[Job], future: Future) -> list[Outcome]:
    try:
        results = future.result()
    except BrokenProcessPool:
        raise BatchError(
            "a worker process stopped unexpectedly (out of memory?); "
            "outputs already written are complete, run again with --resume"
        ) from None
    return _outcomes(chunk, results)


# -- reading -----------------------------------------------------------------------------------


def decode_document(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) for UTF-8 text, or (None, reason) for binary, non-UTF-8 or too large."""
    if len(data) > MAX_DOCUMENT_BYTES:
        return None, f"too large (over {MAX_DOCUMENT_BYTES:,} bytes)"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, "not UTF-8 text (binary, or saved in another encoding)"
    if "\x00" in text:
        return None, "binary, not text"
    return text, None


def _read_file_job(path: Path, label: str, target: Path) -> Job:
    try:
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            return Job(label, error=f"too large (over {MAX_DOCUMENT_BYTES:,} bytes)", target=target)
        data = path.read_bytes()
    except OSError as exc:
        return Job(label, error=f"cannot read ({exc.strerror or exc.__class__.__name__})")
    text, error = decode_document(data)
    return Job(label, text=text, error=error, target=target)


def _jsonl_jobs(handle: IO[bytes]) -> Iterator[Job]:
    """One job per non-blank line; a bad line is a job with an error, so it is reported."""
    for number, line in enumerate(_bounded_lines(handle), start=1):
        label = f"line {number}"
        if line is None:
            yield Job(label, error=f"too large (over {MAX_DOCUMENT_BYTES:,} bytes)")
            continue
        if not line.strip():
            continue
        text, error = decode_document(line)
        if error:
            yield Job(label, error=error)
            continue
        try:
            record = json.loads(text)
        except ValueError:
            yield Job(label, error="not valid JSON")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Job(label, error='not a JSON object with a "text" string')
            continue
        target = {"id": record["id"]} if "id" in record else {}
        target["line"] = number
        yield Job(label, text=record["text"], target=target)


def _bounded_lines(handle: IO[bytes]) -> Iterator[bytes | None]:
    """Lines of a binary file; None for a line over the size limit (read and thrown away)."""
    while True:
        line = handle.readline(MAX_DOCUMENT_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_DOCUMENT_BYTES and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


# -- writing -----------------------------------------------------------------------------------


class AtomicFile:
    """A file written under a temporary name in the target's folder, renamed when complete.

    Used as a context manager: on any exception (including Ctrl-C) the temporary file is
    removed and the target is left as it was.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        self.handle: IO[bytes] | None = None
        self.temp: Path | None = None

    def __enter__(self) -> IO[bytes]:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        # A Ctrl-C while the file is being created is held until it exists, then the file is
        # removed before the interrupt goes on: never a temporary file nobody cleans up.
        with _interrupts_deferred(on_interrupt=self._discard):
            fd, name = tempfile.mkstemp(
                prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=self.target.parent
            )
            self.temp = Path(name)
            try:
                os.chmod(name, 0o666 & ~_umask())  # mkstemp makes 0600: use the usual mode
                self.handle = os.fdopen(fd, "wb")
            except BaseException:
                os.close(fd)
                self.temp.unlink()
                raise
        return self.handle

    def __exit__(self, exc_type, exc, tb) -> None:  # noqa: ANN001
        assert self.handle is not None and self.temp is not None
        with _interrupts_deferred():  # a Ctrl-C here must not skip the cleanup
            try:
                self.handle.close()
                if exc_type is None:
                    os.replace(self.temp, self.target)
            finally:
                if self.temp.exists():
                    self.temp.unlink()

    def _discard(self) -> None:
        if self.handle is not None:
            self.handle.close()
        if self.temp is not None and self.temp.exists():
            self.temp.unlink()


@contextmanager
def _interrupts_deferred(on_interrupt: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold a Ctrl-C until the block is done (it takes milliseconds); then, if one came, run
    `on_interrupt` (still shielded) and raise it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        if caught and on_interrupt is not None:
            on_interrupt()
        signal.signal(signal.SIGINT, previous)
        if caught:
            raise KeyboardInterrupt


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(target: Path, data: bytes) -> None:
    """Write `data` to `target` so that no reader ever sees half of it."""
    with _interrupts_deferred(), AtomicFile(target) as handle:  # milliseconds: never half done
        handle.write(data)


def remove_stale_temp_files(folder: Path) -> int:
    """Delete temporary files a killed run left behind (they hold anonymised text only).

    Called only on --resume: a run started beside another one must not delete its files.
    """
    removed = 0
    for path in folder.rglob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        if path.is_file():
            path.unlink()
            removed += 1
    return removed


# -- the two modes -----------------------------------------------------------------------------

Reporter = Callable[[str], None]


def anonymise_folder(
    input_dir: Path,
    output_dir: Path,
    *,
    workers: int = 1,
    operator: str = "placeholder",
    resume: bool = False,
    progress: bool = True,
    report: Reporter | None = None,
    batch_size: int | None = None,
) -> Summary:
    """Anonymise every .txt file under `input_dir` into the same relative path under
    `output_dir`. Returns the counts; failed documents are reported through `report`.
    """
    input_dir, output_dir = Path(input_dir), Path(output_dir)
    if not input_dir.is_dir():
        raise BatchError(f"not a folder: {input_dir}")
    source, dest = input_dir.resolve(), output_dir.resolve()
    if dest == source or dest.is_relative_to(source):
        raise BatchError("the output folder must not be the input folder or inside it")
    output_dir.mkdir(parents=True, exist_ok=True)
    if resume:
        remove_stale_temp_files(output_dir)

    files = sorted(p for p in input_dir.rglob("*") if p.suffix.lower() == ".txt" and p.is_file())
    summary = Summary()
    todo: list[tuple[Path, Path]] = []
    for path in files:
        target = output_dir / path.relative_to(input_dir)
        if resume and target.exists():
            summary.already_done += 1
        else:
            todo.append((path, target))

    jobs = (_read_file_job(path, path.relative_to(input_dir).as_posix(), t) for path, t in todo)
    bar = Progress(len(todo), enabled=progress)
    say = report or bar.note
    try:
        for outcome in run_jobs(jobs, workers=workers, operator=operator, batch_size=batch_size):
            if outcome.result is None:
                summary.failed += 1
                say(f"tips-nlp: skipped {outcome.job.label}: {outcome.error}")
            else:
                try:
                    write_atomic(outcome.job.target, outcome.result.text.encode("utf-8"))
                except OSError as exc:  # a full disk or a read-only folder: stop the run
                    raise BatchError(
                        f"cannot write the output for {outcome.job.label} "
                        f"({exc.strerror or exc.__class__.__name__}); outputs already written "
                        "are complete, run again with --resume"
                    ) from None
                summary.anonymised += 1
            bar.advance(failed=outcome.result is None)
    finally:
        bar.close()
    return summary


def anonymise_jsonl(
    input_path: Path,
    output_path: Path,
    *,
    workers: int = 1,
    operator: str = "placeholder",
    resume: bool = False,
    progress: bool = True,
    report: Reporter | None = None,
    batch_size: int | None = None,
) -> Summary:
    """Anonymise each line's "text" of a JSONL file into `output_path` (one line per good
    input line, with its "id" if it had one, its "line" number, "text" and "entities").

    The output appears only when the whole file is done; `resume` skips an existing output.
    """
    input_path, output_path = Path(input_path), Path(output_path)
    if not input_path.is_file():
        raise BatchError(f"no such file: {input_path}")
    if output_path.exists() and output_path.resolve() == input_path.resolve():
        raise BatchError("the output file must not be the input file")
    summary = Summary()
    if resume and output_path.exists():
        summary.already_done = 1
        return summary
    output_path.parent.mkdir(parents=True, exist_ok=True)
    if resume:
        remove_stale_temp_files_beside(output_path)

    with input_path.open("rb") as counting:
        total = sum(1 for line in _bounded_lines(counting) if line is None or line.strip())
    bar = Progress(total, enabled=progress)
    say = report or bar.note
    try:
        with input_path.open("rb") as source, AtomicFile(output_path) as out:
            outcomes = run_jobs(
                _jsonl_jobs(source), workers=workers, operator=operator, batch_size=batch_size
            )
            for outcome in outcomes:
                if outcome.result is None:
                    summary.failed += 1
                    say(f"tips-nlp: skipped {outcome.job.label}: {outcome.error}")
                else:
                    record = dict(outcome.job.target)
                    record.update(outcome.result.to_dict())
                    out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
                    summary.anonymised += 1
                bar.advance(failed=outcome.result is None)
    finally:
        bar.close()
    return summary


def remove_stale_temp_files_beside(path: Path) -> None:
    """Remove temporary files a killed run left next to `path` (same folder only)."""
    for stale in path.parent.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        if stale.is_file():
            stale.unlink()
