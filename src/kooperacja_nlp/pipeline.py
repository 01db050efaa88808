"""``load()``: the one place that builds the pipeline.

``spacy.blank("pl")`` (no pretrained model, nothing downloaded) plus the ``kn_`` components in a
fixed order: each component reads only what the ones before it wrote (``nlp.analyze_pipes()``
checks the declared ``requires``/``assigns``).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Final

import spacy
from spacy.language import Language

from kooperacja_nlp import extensions
from kooperacja_nlp.components import (  # noqa: F401  (importing registers the factories)
    dates,
    events,
    meeting_type,
    morph,
    orgs,
    persons,
    places,
    projects,
    sentences,
)
from kooperacja_nlp.components.base import record_error

PIPE_NAMES: Final[tuple[str, ...]] = (
    "kn_sentences",
    "kn_morph",
    "kn_dates",
    "kn_places",
    "kn_orgs",
    "kn_persons",
    "kn_projects",
    "kn_events",
    "kn_meeting_type",
)
# News pages are short, but scraped corpora contain whole-site dumps; spaCy's default
# (1,000,000 characters) would reject them before our own size check can answer.
MAX_LENGTH: Final[int] = 12_000_000


def load(*, kb: str | Path | None = None, raise_errors: bool = False) -> Language:
    """Return the (cached) pipeline.

    ``kb``: a project knowledge base JSON to use instead of the bundled one.
    ``raise_errors``: re-raise component errors instead of recording them on the Doc (for
    debugging); by default a failing component marks the Doc and the record gets an ``error``.
    """
    return _load(str(kb) if kb is not None else None, raise_errors)


@functools.cache
def _load(kb: str | None, raise_errors: bool) -> Language:
    extensions.register()
    nlp = spacy.blank("pl")
    nlp.max_length = MAX_LENGTH
    for name in PIPE_NAMES:
        config = {"kb_path": kb} if name == "kn_projects" else {}
        nlp.add_pipe(name, config=config)
    if not raise_errors:
        nlp.set_error_handler(record_error)
    return nlp
