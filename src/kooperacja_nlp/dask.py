"""Dask adapter: extraction over corpora larger than one machine (extra ``[dask]``).

>>> import dask.bag as db
>>> from distributed import Client
>>> from kooperacja_nlp import dask as kn_dask
>>> client = Client("scheduler:8786")
>>> kn_dask.warm_up(client)                                   # optional: load the pipeline now
>>> bag = kn_dask.read_texts(["/shared/corpus"], npartitions=200)
>>> kn_dask.extract_bag(bag).map(lambda r: r.model_dump_json()).to_textfiles("/shared/out/*.jsonl")

Design:

- Work is partition-wise: each partition goes through :func:`kooperacja_nlp.extract_many` (one
  ``nlp.pipe`` call, batched), never one task per article, so scheduling costs stay negligible.
- The pipeline is loaded once per worker process: :func:`kooperacja_nlp.load` is cached per
  process, and a lock serialises extraction between the threads of one worker (Morfeusz and the
  components' caches are not documented as thread-safe, and the work holds the GIL anyway). Run
  workers with ``threads_per_worker=1`` and scale with processes.
- Results equal ``extract_many`` on the same items, in the same order. Items without an id (bare
  strings) are numbered ``"<partition>:<position>"``, because a bag has no global position: give
  items ids (``(doc_id, text)`` pairs or ``{"id", "text"}`` dicts) when ids matter.

``import dask`` below resolves to the Dask package, not to this module: imports are absolute.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

import dask
import dask.bag as db

from kooperacja_nlp.api import Item, Source, extract_many
from kooperacja_nlp.io.csv import COLUMNS as EVENT_COLUMNS
from kooperacja_nlp.io.csv import rows as event_rows
from kooperacja_nlp.records import ArticleRecord

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client

Output = Literal["records", "dicts", "json"]
Rows = Literal["events", "documents"]

DOCUMENT_COLUMNS: Final[tuple[str, ...]] = ("doc_id", "title", "meeting_type", "n_events", "error", "record")

_LOCK: Final[threading.Lock] = threading.Lock()
# A made-up sentence that exercises every component once (see warm_up).
WARM_UP_TEXT: Final[str] = "W dniu 5 marca 2021 r. w Toruniu odbyło się posiedzenie Komitetu Sterującego projektu."

__all__ = [
    "DOCUMENT_COLUMNS",
    "EVENT_COLUMNS",
    "FrameOptions",
    "extract_bag",
    "extract_dataframe",
    "extract_frame",
    "read_texts",
    "warm_up",
]


def _with_ids(items: Iterable[Item | Source], partition: int) -> Iterator[Item | Source]:
    for i, item in enumerate(items):
        yield (f"{partition}:{i}", item) if isinstance(item, str) else item


def _convert(record: ArticleRecord, output: Output) -> Any:
    if output == "dicts":
        return record.model_dump(mode="json")
    if output == "json":
        return record.model_dump_json()
    return record


def extract_partition(
    items: Iterable[Item | Source], partition: int = 0, *, batch_size: int = 64, output: Output = "records"
) -> list[Any]:
    """Extract one partition in this process (the function each Dask task runs)."""
    with _LOCK:
        records = extract_many(_with_ids(items, partition), batch_size=batch_size)
        return [_convert(r, output) for r in records]


def extract_bag(bag: db.Bag, *, batch_size: int = 64, output: Output = "records") -> db.Bag:
    """A lazy bag of records, one per item of ``bag``, partition for partition, in order.

    Items are anything :func:`kooperacja_nlp.extract_many` accepts. ``output``: pydantic
    ``ArticleRecord`` objects, plain ``dicts`` (JSON-compatible) or ``json`` strings (one JSONL
    line each, ready for ``Bag.to_textfiles``).
    """
    parts = bag.to_delayed(optimize_graph=True)
    task = dask.delayed(extract_partition, pure=True)
    return db.from_delayed([task(p, i, batch_size=batch_size, output=output) for i, p in enumerate(parts)])


def _read_one(path: str, doc_id: str | None) -> list[Source]:
    from kooperacja_nlp.io.readers import read_jsonl, read_text_file

    p = Path(path)
    return list(read_jsonl(p)) if doc_id is None else [read_text_file(p, doc_id)]


def _read_partition(entries: Iterable[tuple[str, str | None]]) -> list[Source]:
    return [src for path, doc_id in entries for src in _read_one(path, doc_id)]


def read_texts(paths: Sequence[str | Path], *, npartitions: int | None = None) -> db.Bag:
    """A bag of :class:`~kooperacja_nlp.api.Source` read on the workers, not on the client.

    Same inputs and ids as the CLI (``io.readers.read_paths``): directories (every ``*.txt`` below,
    id = relative path without suffix), ``.txt`` files (id = stem) and ``.jsonl`` files (ids from
    the lines). Only file names are listed here; the workers must see the same paths.
    """
    entries: list[tuple[str, str | None]] = []
    for p in map(Path, paths):
        if p.is_dir():
            entries.extend((str(f), f.relative_to(p).with_suffix("").as_posix()) for f in sorted(p.rglob("*.txt")))
        elif p.suffix == ".jsonl":
            entries.append((str(p), None))
        else:
            entries.append((str(p), p.stem))
    n = npartitions or max(1, min(len(entries), 100))
    return db.from_sequence(entries, npartitions=n).map_partitions(_read_partition)


@dataclass(frozen=True, slots=True)
class FrameOptions:
    """The keyword options of :func:`extract_frame` and :func:`extract_dataframe`, defaults in one place.

    ``text``/``doc_id``/``published``/``url`` name the input columns (``doc_id=None``: the index
    gives the ids). ``rows="events"``: one row per event with the CSV columns (``io.csv.COLUMNS``;
    articles without events keep one row); ``rows="documents"``: one row per article with
    ``DOCUMENT_COLUMNS`` (``record`` is the full record as JSON). ``batch_size``: documents per
    ``nlp.pipe`` batch.
    """

    text: str = "text"
    doc_id: str | None = "id"
    published: str | None = None
    url: str | None = None
    rows: Rows = "events"
    batch_size: int = 64

    def __post_init__(self) -> None:
        if self.rows not in ("events", "documents"):
            raise ValueError(f"rows must be 'events' or 'documents', not {self.rows!r}")


def _frame_items(frame: pd.DataFrame, options: FrameOptions) -> Iterator[dict[str, Any]]:
    ids = list(frame[options.doc_id] if options.doc_id else frame.index)
    texts = list(frame[options.text])
    dates = list(frame[options.published]) if options.published else [None] * len(texts)
    urls = list(frame[options.url]) if options.url else [None] * len(texts)
    for i, t, d, u in zip(ids, texts, dates, urls, strict=True):
        item: dict[str, Any] = {"id": str(i), "text": t}
        if _present(d):
            item["published"] = str(d)[:10]
        if _present(u):
            item["url"] = str(u)
        yield item


def _present(value: Any) -> bool:
    import pandas as pd

    return not (value is None or (not isinstance(value, str) and pd.isna(value)))


def _document_row(record: ArticleRecord) -> dict[str, Any]:
    return {
        "doc_id": record.doc_id,
        "title": record.title or "",
        "meeting_type": record.meeting_type or "",
        "n_events": len(record.events),
        "error": record.error.message if record.error else "",
        "record": record.model_dump_json(),
    }


def _meta(rows: Rows) -> pd.DataFrame:
    import pandas as pd

    columns = EVENT_COLUMNS if rows == "events" else DOCUMENT_COLUMNS
    return pd.DataFrame({c: pd.Series([], dtype="int64" if c == "n_events" else str) for c in columns})


def extract_frame(frame: pd.DataFrame, **options: Any) -> pd.DataFrame:
    """Extract one pandas partition: one row per event (the CSV columns) or per document.

    ``options`` are the fields of :class:`FrameOptions` (``text="body", rows="documents"`` ...).
    """
    import pandas as pd

    opts = FrameOptions(**options)
    records = extract_partition(_frame_items(frame, opts), batch_size=opts.batch_size)
    if opts.rows == "events":
        out = pd.DataFrame.from_records([row for r in records for row in event_rows(r)], columns=list(EVENT_COLUMNS))
    else:
        out = pd.DataFrame.from_records([_document_row(r) for r in records], columns=list(DOCUMENT_COLUMNS))
    return out.astype(_meta(opts.rows).dtypes.to_dict())  # empty partitions too must match the declared meta


def extract_dataframe(df: dd.DataFrame, **options: Any) -> dd.DataFrame:
    """A lazy Dask dataframe of results, partition for partition (needs ``dask[dataframe]``).

    ``options`` are the fields of :class:`FrameOptions`; they are checked here, on the client, so
    a misspelt column option fails at once instead of in every task.
    """
    opts = FrameOptions(**options)
    return df.map_partitions(extract_frame, **asdict(opts), meta=_meta(opts.rows))


def warm_up(client: Client) -> dict[str, list[str]]:
    """Load the pipeline on every worker now rather than in the first task: {worker: pipe names}.

    One short article is extracted too, because components load some resources (gazetteer,
    classifier) on first use; after this, the first partition costs what every other one does.
    """
    return client.run(_load_pipeline)


def _load_pipeline() -> list[str]:
    from kooperacja_nlp.pipeline import load

    with _LOCK:
        list(extract_many([WARM_UP_TEXT]))
    return list(load().pipe_names)
