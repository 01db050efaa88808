"""Batch runs at scale: worker processes, order, resume, progress and the closing summary.

Why not ``nlp.pipe(n_process=N)``: spaCy tokenises in the parent, ships each Doc to a worker and
back as bytes, and rebuilds it in the parent, where the records would then be built too; the
parent becomes the bottleneck and a worker that dies (a segfault, the OOM killer) hangs the run.
Here a worker gets plain :class:`~kooperacja_nlp.api.Source` items and does everything (HTML,
cleaning, pipeline, record, JSON), so the parent only reads inputs and writes lines. A dead or
timed-out worker is replaced; its batch is retried one document at a time so that only the
document that killed it becomes an error record (E011).

Output order is input order; memory is bounded by the batches in flight (two per worker plus a
reorder window), whatever the size of the corpus.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import multiprocessing as mp
import os
import queue
import re
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import IO, Any, Final, Generic, NamedTuple, TypeVar

from kooperacja_nlp import api
from kooperacja_nlp.errors import Errors, KooperacjaError
from kooperacja_nlp.records import ArticleRecord

T = TypeVar("T")
R = TypeVar("R")

# Batches queued per worker: one being processed, one waiting, so a worker never idles while the
# parent is busy writing.
PER_WORKER: Final[int] = 2
# Finished batches kept for reordering while an earlier one is still running, per worker.
REORDER_WINDOW: Final[int] = 4
# A worker that dies this many times in a row without finishing anything means the environment is
# broken (cannot import, cannot load), not that a document is bad: stop instead of looping.
MAX_STARTUP_FAILURES: Final[int] = 3
POLL_SECONDS: Final[float] = 0.5
PROGRESS_EVERY: Final[float] = 0.2  # seconds between progress-line refreshes
# Allocations between young-generation collections in a batch run (Python's default: 700); see _ready.
GC_YOUNG_THRESHOLD: Final[int] = 10_000
# A warm-up text run in the parent before workers fork, so that lazily loaded data (Morfeusz
# dictionaries, the gazetteer, the classifier) is loaded once and shared copy-on-write.
WARM_UP_TEXT: Final[str] = (
    "Posiedzenie Komitetu Sterującego\n\nW dniach 14-15 listopada 2019 r. w Toruniu odbyło się posiedzenie "
    "Komitetu Sterującego projektu „Kooperacja – efektywna i skuteczna”. Spotkanie otworzyła Pani Anna Nowak, "
    "dyrektor Regionalnego Ośrodka Polityki Społecznej w Toruniu."
)
_DOC_ID_PREFIX: Final[re.Pattern[bytes]] = re.compile(rb'\{\s*"doc_id"\s*:\s*("(?:[^"\\]|\\.)*")')


class Result(NamedTuple):
    """One document's outcome as it travels from a worker: the record as JSON plus its counts."""

    doc_id: str
    json: str
    events: int
    error: str | None  # error code, None when the extraction succeeded
    words: int
    record: ArticleRecord | None = None  # present when produced in this process
    encoding: str | None = None  # how the input file was decoded (None for text given as str)

    def to_record(self) -> ArticleRecord:
        return self.record if self.record is not None else ArticleRecord.model_validate_json(self.json)


def _result(record: ArticleRecord, words: int, *, keep: bool) -> Result:
    code = record.error.code if record.error else None
    return Result(
        record.doc_id,
        record.model_dump_json(),
        len(record.events),
        code,
        words,
        record if keep else None,
        record.encoding,
    )


def run_sources(sources: Sequence[api.Source], max_chars: int | None) -> list[Result]:
    """Worker task: a batch of sources to results (JSON, no pydantic objects to pickle)."""
    return [_result(r, w, keep=False) for r, w in api.process_batch(sources, max_chars=max_chars)]


def _crashed(src: api.Source, detail: str) -> Result:
    """The stand-in for a document whose worker died or hung on it (E011)."""
    error = (Errors.E011.code, Errors.E011.fmt(detail=detail))
    record = api._error(api.Source(src.doc_id, None, url=src.url, encoding=src.encoding, error=error))
    return _result(record, 0, keep=False)


@functools.cache
def _ready() -> None:
    """Load and warm up the pipeline once per process, then hide it from the cyclic collector.

    The loaded pipeline is about 250,000 long-lived objects (gazetteer, Morfeusz and per-word
    caches, the model, compiled patterns), and every full garbage collection walks them all: 0.2
    to 0.45 s each, 5-10% of a batch run. ``gc.freeze()`` moves what exists now into a permanent
    generation; reference counting still frees it, the collector only stops scanning it. Done
    before the workers fork, it also stops the collector from touching the pages they share.

    The first generation's threshold is raised to ``GC_YOUNG_THRESHOLD`` (if lower): an article
    allocates tens of thousands of short-lived objects (match objects, token tuples, spans), and
    at Python's default of 700 the young-generation collections and the full ones they trigger
    (with the pipeline frozen, the 25% rule fires after few survivors) took about 5% of a run.
    At 10,000 it is under 1%, and at most 10,000 unreachable cycles wait for their collection.
    """
    list(api.process_batch([api.Source("warm-up", WARM_UP_TEXT)]))
    gc.freeze()
    young, middle, old = gc.get_threshold()
    if 0 < young < GC_YOUNG_THRESHOLD:  # 0: the collector is off; leave it so
        gc.set_threshold(GC_YOUNG_THRESHOLD, middle, old)


# --------------------------------------------------------------------------- worker processes


def _worker_main(fn: Callable[[Any], Any], tasks: Connection, results: Connection) -> None:
    """Worker loop: ``(task_id, payload)`` in, ``(task_id, result, error)`` out, until ``None``.

    A thread drains the task pipe into a local queue so that the parent's sends never block on a
    worker busy computing (both directions blocking at once would deadlock).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    inbox: queue.Queue[Any] = queue.Queue()

    def drain() -> None:
        try:
            while True:
                task = tasks.recv()
                inbox.put(task)
                if task is None:
                    return
        except (EOFError, OSError):
            inbox.put(None)

    threading.Thread(target=drain, daemon=True).start()
    while (task := inbox.get()) is not None:
        task_id, payload = task
        try:
            out, err = fn(payload), None
        except Exception as e:  # fn contains per-document failures; this is a last resort
            out, err = None, f"{type(e).__name__}: {e}"
        try:
            results.send((task_id, out, err))
        except OSError:  # the parent is gone (killed): nobody to report to
            return
    results.close()


@dataclass
class _Worker:
    process: mp.process.BaseProcess
    tasks: Connection
    results: Connection
    queued: deque[Any] = field(default_factory=deque)  # task ids, in the order sent
    started: float = 0.0  # when the task at the head of ``queued`` started (approximately)
    finished: int = 0


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "timed out"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


class OrderedPool(Generic[T, R]):
    """Map ``fn`` over batches in worker processes; results come back in submission order.

    ``fn(batch) -> list[R]`` (one result per item) must be a module-level function.
    ``fallback(item, reason) -> R`` stands in for an item whose worker died or overran
    ``timeout`` seconds per item; the batch is first retried item by item so that only the
    culprit gets it.
    """

    def __init__(
        self,
        fn: Callable[[list[T]], list[R]],
        n_process: int,
        fallback: Callable[[T, str], R],
        *,
        timeout: float | None = None,
        context: Any = None,
    ) -> None:
        self.fn = fn
        self.n = max(1, n_process)
        self.fallback = fallback
        self.timeout = timeout
        self.ctx = context or mp.get_context()
        self.workers: list[_Worker | None] = [None] * self.n
        self.startup_failures = 0

    def _start(self, i: int) -> _Worker:
        task_r, task_w = self.ctx.Pipe(duplex=False)
        res_r, res_w = self.ctx.Pipe(duplex=False)
        proc = self.ctx.Process(target=_worker_main, args=(self.fn, task_r, res_w), daemon=True)
        proc.start()
        task_r.close()
        res_w.close()
        worker = _Worker(proc, task_w, res_r)
        self.workers[i] = worker
        return worker

    def _stop(self, worker: _Worker, *, kill: bool) -> None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        else:
            with contextlib.suppress(OSError):
                worker.tasks.send(None)
        worker.process.join(timeout=5 if not kill else 1)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join(timeout=1)
        worker.tasks.close()
        worker.results.close()

    def imap(self, batches: Iterable[list[T]]) -> Iterator[list[R]]:
        source = iter(batches)
        exhausted = False
        payloads: dict[Any, list[T]] = {}  # task id -> items, until its result is back
        done: dict[int, list[R]] = {}  # batch id -> results, waiting for earlier batches
        parts: dict[int, list[R | None]] = {}  # batch id -> per-item results of a split batch
        retry: deque[Any] = deque()  # task ids to (re)send before new batches
        next_batch = next_out = 0
        try:
            for i in range(self.n):
                self._start(i)
            while True:
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
                # feed idle workers, within the reorder window
                for worker in self.workers:
                    assert worker is not None
                    while len(worker.queued) < PER_WORKER:
                        if retry:  # already counted in the window
                            task_id = retry.popleft()
                        elif not exhausted and len(payloads) + len(done) < self.n * REORDER_WINDOW:
                            items = next(source, None)
                            if items is None:
                                exhausted = True
                                break
                            task_id = next_batch
                            payloads[task_id] = items
                            next_batch += 1
                        else:
                            break
                        if not worker.queued:
                            worker.started = time.monotonic()
                        worker.queued.append(task_id)
                        worker.tasks.send((task_id, payloads[task_id]))
                if not payloads and exhausted and not retry:
                    while next_out in done:
                        yield done.pop(next_out)
                        next_out += 1
                    return
                self._collect(payloads, done, parts, retry)
        finally:
            for worker in self.workers:
                if worker is not None:
                    self._stop(worker, kill=bool(payloads))
            self.workers = [None] * self.n

    def _collect(
        self, payloads: dict[Any, list[T]], done: dict[int, list[R]], parts: dict[int, list[R | None]], retry: deque
    ) -> None:
        """Wait for results or dead workers, then file what arrived."""
        workers = [w for w in self.workers if w is not None]
        by_conn = {w.results: w for w in workers}
        by_sentinel = {w.process.sentinel: w for w in workers}
        ready = wait([*by_conn, *by_sentinel], timeout=POLL_SECONDS)
        for obj in ready:
            worker = by_conn.get(obj)  # type: ignore[call-overload]
            if worker is None:
                continue
            try:
                task_id, out, err = worker.results.recv()
            except (EOFError, OSError):
                continue  # the worker died; handled below through its sentinel
            self._accept(worker, task_id, out, err, payloads, done, parts)
        now = time.monotonic()
        for i, worker in enumerate(self.workers):
            assert worker is not None
            overran = (
                self.timeout is not None
                and bool(worker.queued)
                and now - worker.started > self.timeout * len(payloads[worker.queued[0]])
            )
            if worker.process.is_alive() and not overran:
                continue
            if worker.process.is_alive():
                worker.process.kill()
            worker.process.join()
            while worker.results.poll():  # what it finished before dying still counts
                try:
                    task_id, out, err = worker.results.recv()
                except (EOFError, OSError):
                    break
                self._accept(worker, task_id, out, err, payloads, done, parts)
            reason = "timed out" if overran else _describe_exit(worker.process.exitcode)
            self._replace(i, worker, reason, payloads, done, parts, retry)

    def _accept(
        self,
        worker: _Worker,
        task_id: Any,
        out: list[R] | None,
        err: str | None,
        payloads: dict[Any, list[T]],
        done: dict[int, list[R]],
        parts: dict[int, list[R | None]],
    ) -> None:
        worker.queued.popleft()
        worker.started = time.monotonic()
        worker.finished += 1
        self.startup_failures = 0
        items = payloads.pop(task_id)
        if out is None or len(out) != len(items):
            out = [self.fallback(item, f"worker error: {err}") for item in items]
        self._file(task_id, out, done, parts)

    def _file(self, task_id: Any, out: list[R], done: dict[int, list[R]], parts: dict[int, list[R | None]]) -> None:
        if isinstance(task_id, tuple):  # one item of a split batch
            batch_id, k = task_id
            slots = parts[batch_id]
            slots[k] = out[0]
            if all(s is not None for s in slots):
                done[batch_id] = [s for s in slots if s is not None]
                del parts[batch_id]
        else:
            done[task_id] = out

    def _replace(
        self,
        i: int,
        worker: _Worker,
        reason: str,
        payloads: dict[Any, list[T]],
        done: dict[int, list[R]],
        parts: dict[int, list[R | None]],
        retry: deque,
    ) -> None:
        """A worker died or overran: blame its current task, requeue the rest, start a new one."""
        if worker.finished == 0:
            self.startup_failures += 1
            if self.startup_failures >= MAX_STARTUP_FAILURES:
                raise RuntimeError(f"worker processes keep failing before finishing any batch ({reason})")
        queued = list(worker.queued)
        self._stop(worker, kill=True)
        if queued:
            culprit, rest = queued[0], queued[1:]
            items = payloads[culprit]
            if len(items) == 1:  # the document itself: give up on it
                del payloads[culprit]
                self._file(culprit, [self.fallback(items[0], reason)], done, parts)
            else:  # a batch: retry it item by item to find the document responsible
                del payloads[culprit]
                parts[culprit] = [None] * len(items)
                for k, item in enumerate(items):
                    payloads[(culprit, k)] = [item]
                    retry.append((culprit, k))
            retry.extendleft(reversed(rest))
        self._start(i)


# --------------------------------------------------------------------------- results


def _n_process(n: int) -> int:
    return max(1, os.cpu_count() or 1) if n < 0 else max(1, n)


def results(
    items: Iterable[Any],
    *,
    n_process: int = 1,
    batch_size: int = 64,
    max_chars: int | None = api.MAX_CHARS,
    timeout: float | None = None,
) -> Iterator[Result]:
    """A :class:`Result` per item, in order: in this process, or in ``n_process`` workers.

    With workers the records arrive as JSON and are not rebuilt here (``Result.to_record()`` does
    it on demand), which keeps the parent off the critical path.
    """
    n = _n_process(n_process)
    _ready()
    if n == 1 and timeout is None:
        for chunk in api.batches(items, batch_size):
            for record, words in api.process_batch(chunk, max_chars=max_chars):
                yield _result(record, words, keep=True)
        return
    pool: OrderedPool[api.Source, Result] = OrderedPool(
        functools.partial(run_sources, max_chars=max_chars),
        n,
        _crashed,
        timeout=timeout,
    )
    for chunk in pool.imap(api.batches(items, batch_size)):
        yield from chunk


# --------------------------------------------------------------------------- progress and summary


@dataclass
class Summary:
    """Running totals of a batch run; ``report()`` is the closing line on stderr."""

    documents: int = 0
    events: int = 0
    words: int = 0
    skipped: int = 0  # already in the output (--resume)
    errors: Counter[str] = field(default_factory=Counter)
    encodings: Counter[str] = field(default_factory=Counter)  # of the input files, as detected
    started: float = field(default_factory=time.perf_counter)

    def add(self, result: Result) -> None:
        self.documents += 1
        self.events += result.events
        self.words += result.words
        if result.error:
            self.errors[result.error] += 1
        if result.encoding:
            self.encodings[result.encoding] += 1

    @property
    def seconds(self) -> float:
        return max(time.perf_counter() - self.started, 1e-9)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds

    def progress(self, total: int | None) -> str:
        done = f"{self.documents:,}" + (f"/{total:,} ({100 * self.documents / max(total, 1):.0f}%)" if total else "")
        eta = ""
        if total and self.documents:
            left = self.seconds / self.documents * max(total - self.documents, 0)
            eta = f" | ETA {_duration(left)}"
        return (
            f"{done} documents | {self.events:,} events | {sum(self.errors.values()):,} errors | "
            f"{self.words_per_second:,.0f} words/s | {_duration(self.seconds)}{eta}"
        )

    def report(self) -> str:
        errors = sum(self.errors.values())
        by_code = ", ".join(f"{code} x{n}" for code, n in sorted(self.errors.items()))
        skipped = f" ({self.skipped:,} already in the output, skipped)" if self.skipped else ""
        encodings = ", ".join(f"{name} x{n:,}" for name, n in sorted(self.encodings.items()))
        return (
            f"kooperacja-nlp: {self.documents:,} documents{skipped}, {self.events:,} events, "
            f"{errors:,} errors{f' ({by_code})' if by_code else ''}; "
            f"{f'encodings: {encodings}; ' if encodings else ''}{self.words:,} words in "
            f"{_duration(self.seconds)} = {self.words_per_second:,.0f} words/s"
        )


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    m, s = divmod(int(seconds), 60)
    return f"{m} min {s:02d} s" if m < 60 else f"{m // 60} h {m % 60:02d} min"


class Progress:
    """A single self-rewriting status line on a terminal; silent when not a TTY.

    Built in rather than tqdm (not a dependency): one line, refreshed at most every
    ``PROGRESS_EVERY`` seconds, so it costs nothing per document.
    """

    def __init__(self, stream: IO[str], *, enabled: bool, total: int | None = None) -> None:
        self.stream = stream
        self.enabled = enabled
        self.total = total
        self._last = 0.0
        self._width = 0

    def update(self, summary: Summary, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if not force and now - self._last < PROGRESS_EVERY:
            return
        self._last = now
        line = summary.progress(self.total)
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    def close(self, summary: Summary) -> None:
        if self.enabled and self._width:
            self.update(summary, force=True)
            self.stream.write("\n")
            self.stream.flush()


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many documents ``read_paths`` will yield (for the progress bar), or None if unknown."""
    from kooperacja_nlp.io.readers import JSONL_SUFFIXES, TEXT_SUFFIXES, iter_files

    total = 0
    for raw in paths:
        p = Path(raw)
        if str(raw) == "-":
            return None
        if p.is_dir():
            total += sum(1 for f in iter_files(p) if isinstance(f, Path) and f.suffix.lower() in TEXT_SUFFIXES)
        elif p.suffix.lower() in JSONL_SUFFIXES:
            try:
                with p.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


# --------------------------------------------------------------------------- resume


def completed_ids(path: str | Path) -> Counter[str]:
    """The doc_ids of the complete records in a JSON Lines output, repairing a killed run's tail.

    A run killed mid-write leaves at most one partial last line (records are written whole and
    flushed one by one); it is cut off here, so appending continues on a clean line boundary. A
    complete line that is not a record means the file is something else: refuse (E013) rather
    than append to it.
    """
    ids: Counter[str] = Counter()
    good_end = 0
    with open(path, "r+b") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.endswith(b"\n"):
                break  # the partial line of an interrupted write
            m = _DOC_ID_PREFIX.match(line)
            if m is None or not line.rstrip().endswith(b"}"):
                raise KooperacjaError(Errors.E013, path=path, line=n, detail="no doc_id at the start of the line")
            try:
                ids[json.loads(m.group(1))] += 1
            except ValueError as e:
                raise KooperacjaError(Errors.E013, path=path, line=n, detail=str(e)) from e
            good_end += len(line)
        fh.truncate(good_end)
    return ids


class _Skipper:
    """``skip(doc_id)`` for the readers: True for each input already in the output (multiset)."""

    def __init__(self, done: Counter[str]) -> None:
        self.done = done
        self.skipped = 0

    def __call__(self, doc_id: str) -> bool:
        if self.done.get(doc_id, 0) > 0:
            self.done[doc_id] -= 1
            self.skipped += 1
            return True
        return False


# --------------------------------------------------------------------------- the extract command


def extract_to(
    paths: Sequence[str | Path],
    output: str | None,
    *,
    format: str = "jsonl",
    n_process: int = 1,
    batch_size: int = 64,
    max_chars: int | None = api.MAX_CHARS,
    timeout: float | None = None,
    resume: bool = False,
    quiet: bool = False,
    stderr: IO[str] | None = None,
) -> int:
    """What ``kooperacja-nlp extract`` does: read, extract, write, report; returns the exit code.

    JSON Lines output is written line by line from the workers' JSON (no rebuilding of records in
    this process) and flushed per record, so a killed run leaves whole lines and ``resume=True``
    appends exactly what is missing: the result is byte-identical to an uninterrupted run.
    """
    from kooperacja_nlp.io import PATH_WRITERS, WRITERS
    from kooperacja_nlp.io.readers import read_paths

    err = stderr or sys.stderr
    to_stdout = output in (None, "-")
    if resume and (format != "jsonl" or to_stdout):
        what = Errors.E014.fmt(format=format) if format != "jsonl" else "--resume needs an output file (-o)."
        print(f"kooperacja-nlp: {what}", file=err)
        return 2
    if format in PATH_WRITERS and to_stdout:
        print(f"kooperacja-nlp: --format {format} writes a file: give it with -o", file=err)
        return 2
    skipper = None
    if resume and output is not None and Path(output).exists():
        try:
            skipper = _Skipper(completed_ids(output))
        except KooperacjaError as e:
            print(f"kooperacja-nlp: {e}", file=err)
            return 2
    show = not quiet and err.isatty()
    summary = Summary()
    progress = Progress(err, enabled=show, total=count_inputs(paths) if show else None)
    if skipper is not None and progress.total is not None:
        progress.total = max(progress.total - sum(skipper.done.values()), 0)
    stream = results(
        read_paths(paths, skip=skipper),
        n_process=n_process,
        batch_size=batch_size,
        max_chars=max_chars,
        timeout=timeout,
    )

    def counted() -> Iterator[Result]:
        for result in stream:
            summary.add(result)
            progress.update(summary)
            yield result

    try:
        if format == "jsonl":
            if to_stdout:
                _write_lines(counted(), sys.stdout)
            else:
                with open(output, "a" if skipper is not None else "w", encoding="utf-8", newline="") as fh:  # type: ignore[arg-type]
                    _write_lines(counted(), fh)
        elif format in PATH_WRITERS:
            PATH_WRITERS[format]((r.to_record() for r in counted()), output)
        else:
            records = (r.to_record() for r in counted())
            if to_stdout:
                WRITERS[format](records, sys.stdout)
            else:
                with open(output, "w", encoding="utf-8", newline="") as fh:  # type: ignore[arg-type]
                    WRITERS[format](records, fh)
    except KeyboardInterrupt:
        progress.close(summary)
        if not quiet:
            hint = " (restart with --resume to continue)" if format == "jsonl" and not to_stdout else ""
            print(f"kooperacja-nlp: interrupted{hint}; {summary.report()}", file=err)
        return 130
    progress.close(summary)
    summary.skipped = skipper.skipped if skipper is not None else 0
    if not quiet:
        print(summary.report(), file=err)
    return 0


def _write_lines(results_: Iterable[Result], fh: IO[str]) -> None:
    for result in results_:
        fh.write(result.json + "\n")  # one write per record: a kill can only cut the last line
        fh.flush()
