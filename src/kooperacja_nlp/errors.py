"""Coded messages for exceptions and error records (in the manner of ``spacy/errors.py``).

A failed document never stops a batch: it becomes an :class:`~kooperacja_nlp.records.ArticleRecord`
whose ``error`` holds one of these codes and a message a person can act on.
"""

from __future__ import annotations

from enum import StrEnum


class Errors(StrEnum):
    """Stable error codes; the message explains what was wrong and what to do."""

    E001 = "Empty document: the input has no text after decoding and cleaning."
    E002 = "Binary input: the content is not text (NUL bytes or undecodable data)."
    E003 = "Could not decode the input as UTF-8, cp1250 or ISO-8859-2."
    E004 = "Malformed JSON line: {detail}"
    E005 = "Missing 'text' (or 'html') field in a JSON record (keys present: {keys})."
    E006 = "Text is not a string (got {type})."
    E007 = "Extraction failed inside component '{component}': {detail}"
    E008 = "Unreadable input file: {detail}"
    E009 = "Unsupported input item of type {type}: expected str, (id, text) or a dict with 'text'."
    E010 = (
        "Document too long: {size} (limit {limit}). No news article is this long (a site dump or a "
        "whole report?): split it, or raise the limit with extract_many(max_chars=...) / --max-chars."
    )
    E011 = "Worker process failed on this document ({detail}); the rest of the batch went on."
    E012 = "No article text found in the HTML page (everything was markup, scripts or navigation)."
    E013 = "Cannot resume: {path} line {line} is not a record written by kooperacja-nlp ({detail})."
    E014 = "Cannot resume with --format {format}: only JSON Lines output can be appended to safely."

    @property
    def code(self) -> str:
        return self.name

    def fmt(self, **kwargs: object) -> str:
        return self.value.format(**kwargs)


class KooperacjaError(Exception):
    """Raised by the library with a coded message; ``code`` goes into error records."""

    def __init__(self, error: Errors, **kwargs: object) -> None:
        self.code = error.code
        self.message = error.fmt(**kwargs)
        super().__init__(f"[{self.code}] {self.message}")
