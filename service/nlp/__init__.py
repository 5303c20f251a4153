"""Stanza: loading the Indonesian models and turning their output into Kutip's own view."""
