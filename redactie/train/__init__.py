"""Training pipeline for redactie's Dutch NER model.

Modules:

- :mod:`redactie.train.names`: name lists (train / held-out slices) and name rendering.
- :mod:`redactie.train.generator`: Woo-style document generator, annotated by construction.
- :mod:`redactie.train.data`: CoNLL / Europeana / DocBin conversion and corpus preparation.
- :mod:`redactie.train.ruler`: first-name entity-ruler patterns.
- :mod:`redactie.train.propagate`: surname propagation within a document.
- :mod:`redactie.train.build`: one-command training, packaging (``make model``).
- :mod:`redactie.train.evaluate`: evaluation (``make evaluate``).
"""

from __future__ import annotations

LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")
MODEL_NAME = "nl_woo_ner"
