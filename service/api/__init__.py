"""The HTTP edge: one blueprint a resource, JSON errors. No NLP here."""
