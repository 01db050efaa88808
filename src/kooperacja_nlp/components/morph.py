"""``kn_morph``: Morfeusz 2 lemmas on every token (``token.lemma_``), cached per word form.

Later components ask ``kooperacja_nlp.morph`` directly (same cache); this component exists so that
lemma-based features (the meeting-type classifier's TF-IDF of lemmas) and users' own code see
Morfeusz lemmas on the Doc the usual spaCy way.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kooperacja_nlp import morph
from kooperacja_nlp.components.base import KnPipe


@Language.factory("kn_morph", assigns=["token.lemma"])
def make_morph(nlp: Language, name: str) -> MorphLemmatizer:
    return MorphLemmatizer(nlp, name)


class MorphLemmatizer(KnPipe):
    def process(self, doc: Doc) -> None:
        for token in doc:
            if token.is_alpha:
                token.lemma_ = morph.best_lemma(token.text)
            else:
                token.lemma_ = token.text.lower()
