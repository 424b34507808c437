"""Detection: the Presidio engine and its recognizers."""
