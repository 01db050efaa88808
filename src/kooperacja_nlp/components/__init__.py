"""spaCy components, one per file, registered with ``@Language.factory`` under ``kn_`` names.

``pipeline.load()`` imports each module (which registers its factory); the same factories are
published as ``spacy_factories`` entry points in ``pyproject.toml`` for ``spacy.blank`` users.
"""
