"""Exit codes and the exception hierarchy.

Every failure the library can report is a :class:`RedactieError` subclass with
its own exit code and a message a Woo officer understands.  The CLI maps these
to exit codes in one place (``cli.main``).  Messages never contain personal
data: they name the file and the reason, not the text that was found.
"""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """Documented process exit codes (see README, "Exit codes")."""

    OK = 0
    OTHER_ERROR = 1  # unexpected internal error (a bug): report it
    BAD_ARGS = 2  # wrong command-line usage
    INPUT_FILE = 3  # an input is missing, unreadable, not a PDF, damaged or encrypted
    RULE_PACK = 4  # a rule pack or list in rules/ is invalid
    MODEL = 5  # the NER model could not be loaded
    VERIFICATION_FAILED = 6  # a redacted output still contained redacted text: not published
    OUTPUT = 7  # the output folder cannot be written
    PARTIAL = 8  # some documents failed (bad input), the others were published
    REVIEW_FILE = 9  # a review/decisions file is invalid or does not match the document
    NOT_FIT = 10  # `check`: at least one file is not fit for publication
    CLUSTER = 11  # the cluster given with --cluster cannot be reached


class RedactieError(Exception):
    """Base class; ``exit_code`` says how the CLI ends."""

    exit_code: ExitCode = ExitCode.OTHER_ERROR

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.message = message
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class UsageError(RedactieError):
    """A command-line value the library cannot use (e.g. a matter with spaces)."""

    exit_code = ExitCode.BAD_ARGS


class InputFileError(RedactieError):
    """An input document cannot be processed (not a PDF, damaged, encrypted, ...)."""

    exit_code = ExitCode.INPUT_FILE


class EncryptedPdfError(InputFileError):
    """The PDF is encrypted and cannot be opened or redacted safely."""


class RulePackError(RedactieError):
    """A rule pack is invalid; ``line`` points at the offending YAML line when known."""

    exit_code = ExitCode.RULE_PACK

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.line = line
        where = f"{path}:{line}" if path and line else path
        super().__init__(message, path=where)


class ModelError(RedactieError):
    """The NER model cannot be loaded."""

    exit_code = ExitCode.MODEL


class VerificationError(RedactieError):
    """The re-read of a redacted document found text that should be gone."""

    exit_code = ExitCode.VERIFICATION_FAILED


class RedactionError(RedactieError):
    """Redaction itself failed for a document (treated like a failed verification)."""

    exit_code = ExitCode.VERIFICATION_FAILED


class OutputError(RedactieError):
    """The output location cannot be written."""

    exit_code = ExitCode.OUTPUT


class ReviewFileError(RedactieError):
    """A review (decisions) file is invalid or belongs to another document."""

    exit_code = ExitCode.REVIEW_FILE


class ClusterError(RedactieError):
    """The distributed cluster (``--cluster``) cannot be reached."""

    exit_code = ExitCode.CLUSTER
