"""``kn_morph``: Morfeusz 2 lemmas on every token (``token.lemma_``), cached per word form.

Later components ask ``kooperacja_nlp.morph`` directly (same cache); this component exists so that
lemma-based features (the meeting-type classifier's TF-IDF of lemmas) and users' own code see
Morfeusz lemmas on the Doc the usual spaCy way.
"""

from __future__ import annotations

from typing import Final

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc

from kooperacja_nlp import morph
from kooperacja_nlp.components.base import KnPipe


@Language.factory("kn_morph", assigns=["token.lemma"])
def make_morph(nlp: Language, name: str) -> MorphLemmatizer:
    return MorphLemmatizer(nlp, name)


# Lemma of each word form seen so far in this process: orth (the hash of the form's string, the
# same in every process and memory zone) -> (lemma, hash of the lemma). Resolving a form costs
# three calls into spaCy's string store and one into the Morfeusz cache, a cache hit one look-up.
# Bounded: emptied when full (Polish news repeats a few tens of thousands of forms).
_LEMMAS: dict[int, tuple[str, int]] = {}
CACHE_SIZE: Final[int] = morph.CACHE_SIZE


class MorphLemmatizer(KnPipe):
    def process(self, doc: Doc) -> None:
        # Arrays instead of Token objects: creating a Token costs more than a cached lemma
        # look-up, and news text repeats word forms, so each distinct form is resolved once.
        if not len(doc):
            return
        strings = doc.vocab.strings
        forms, index = numpy.unique(doc.to_array(ORTH), return_inverse=True)
        cached = _LEMMAS.get
        lemmas = numpy.array(
            [
                known[1] if (known := cached(orth)) is not None and known[1] in strings else self._lemma(strings, orth)
                for orth in forms.tolist()
            ],
            dtype="uint64",
        )
        doc.from_array([LEMMA], lemmas[index].reshape(-1, 1))

    @staticmethod
    def _lemma(strings: StringStore, orth: int) -> int:
        """The hash of the lemma of the form ``orth``, its string in ``strings``."""
        known = _LEMMAS.get(orth)
        if known is not None:
            lemma, key = known
            if key not in strings:  # added inside a memory zone that has ended since
                strings.add(lemma)
            return key
        text = strings[orth]
        # ``IS_ALPHA`` is ``str.isalpha`` of the form: the test ``token.is_alpha`` makes
        lemma = morph.best_lemma(text) if text.isalpha() else text.lower()
        if len(_LEMMAS) >= CACHE_SIZE:
            _LEMMAS.clear()
        key = strings.add(lemma)
        _LEMMAS[orth] = (lemma, key)
        return key
