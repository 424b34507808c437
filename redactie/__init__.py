"""redactie: Woo redaction pipeline."""

__version__ = "0.1.0"
