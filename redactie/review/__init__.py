"""The reviewer's screen: a local web page to check the findings of one document.

``redactie review X.pdf --review X.review.json`` starts :func:`serve`: a server
on 127.0.0.1 with a random token in every URL, a page that shows each PDF page
with the flagged spans drawn over it, a list of findings to decide on (redact or
keep, with a reason), a text pane to add spans by hand, and "Opslaan", which
writes the decisions back to the review file for ``redactie apply``.

``redactie review DIR`` opens every review file of a ``scan``/``run`` output in
one screen (:class:`DossierSession`): persons across the documents with one
decision each, a queue with the uncertain findings first, progress, and each
document's pages as above.
"""

from __future__ import annotations

from redactie.review.dossier import DossierSession
from redactie.review.server import ReviewServer, running, serve
from redactie.review.session import ReviewSession, ValidationError

__all__ = [
    "DossierSession",
    "ReviewServer",
    "ReviewSession",
    "ValidationError",
    "running",
    "serve",
]
