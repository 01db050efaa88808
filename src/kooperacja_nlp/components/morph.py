"""``kn_morph``: Morfeusz 2 lemmas on every token (``token.lemma_``), cached per word form.

Later components ask ``kooperacja_nlp.morph`` directly (same cache); this component exists so that
lemma-based features (the meeting-type classifier's TF-IDF of lemmas) and users' own code see
Morfeusz lemmas on the Doc the usual spaCy way.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp import morph
from kooperacja_nlp.components.base import KnPipe


@Language.factory("kn_morph", assigns=["token.lemma"])
def make_morph(nlp: Language, name: str) -> MorphLemmatizer:
    return MorphLemmatizer(nlp, name)


class MorphLemmatizer(KnPipe):
    def process(self, doc: Doc) -> None:
        # Arrays instead of Token objects: creating a Token costs more than a cached lemma
        # look-up, and news text repeats word forms, so each distinct form is resolved once.
        strings = doc.vocab.strings
        lemma_of: dict[int, int] = {}

        def resolve(orth: int) -> int:
            text = strings[orth]
            # ``IS_ALPHA`` is ``str.isalpha`` of the form: the test ``token.is_alpha`` makes
            lemma_of[orth] = strings.add(morph.best_lemma(text) if text.isalpha() else text.lower())
            return lemma_of[orth]

        orths = doc.to_array(ORTH).tolist()
        lemmas = [lemma_of[o] if o in lemma_of else resolve(o) for o in orths]
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
