"""auditkb: anonymised case audits and practice standards, as a cross-linked knowledge base."""

__version__ = "0.1.0"
