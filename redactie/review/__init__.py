"""The reviewer's screen: a local web page to check the findings of one document.

``redactie review X.pdf --review X.review.json`` starts :func:`serve`: a server
on 127.0.0.1 with a random token in every URL, a page that shows each PDF page
with the flagged spans drawn over it, a list of findings to decide on (redact or
keep, with a reason), a text pane to add spans by hand, and "Opslaan", which
writes the decisions back to the review file for ``redactie apply``.
"""

from __future__ import annotations

from redactie.review.server import ReviewServer, running, serve
from redactie.review.session import ReviewSession, ValidationError

__all__ = ["ReviewServer", "ReviewSession", "ValidationError", "running", "serve"]
