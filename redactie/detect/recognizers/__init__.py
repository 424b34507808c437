"""Recognizers, one module per family."""
