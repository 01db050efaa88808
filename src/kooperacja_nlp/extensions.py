"""Custom attributes on ``Doc`` and ``Span``: registered once, in one place.

Values are plain dicts/str/float (never pydantic objects or lists of ``Span``) because they live in
``doc.user_data`` and travel between processes through ``Doc.to_bytes`` when ``n_process > 1``.
Candidate spans sit in span groups (``doc.spans["kn_dates"]`` ...): groups may overlap and survive
serialisation, unlike ``doc.ents``.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Doc, Span

SPAN_GROUPS: Final[dict[str, str]] = {
    # span group -> Span extension with the normalised value of each span
    "kn_dates": "kn_date",
    "kn_places": "kn_place",
    "kn_persons": "kn_person",
    "kn_orgs": "kn_org",
    "kn_projects": "kn_project",
}

DOC_EXTENSIONS: Final[dict[str, object]] = {
    "kn_reference_date": None,  # ISO date the article was published (input), or None
    "kn_title": None,
    "kn_events": None,  # list[dict] (Event.model_dump())
    "kn_meeting_type": None,
    "kn_meeting_type_scores": None,
    "kn_error": None,  # {"component", "detail"} when a component failed on this document
}


def register() -> None:
    """Idempotent: safe to call from every factory and from ``load()``."""
    for ext in SPAN_GROUPS.values():
        if not Span.has_extension(ext):
            Span.set_extension(ext, default=None)
    for ext, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=default)


register()
