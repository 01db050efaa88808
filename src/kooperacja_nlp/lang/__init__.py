"""Polish language data: frozen constants only, no logic, no imports from the pipeline.

Like ``spacy/lang/pl/``: someone who knows Polish can add a form here without reading code.
"""
