"""Anonymisation detector: finds names, dates of birth, case numbers and other identifiers
in the free text of audit records.

    from generator.privacy import PrivacyScanner, Finding, KINDS
    scanner = PrivacyScanner.from_config(Path("site_config"))
    findings = scanner.scan(text)          # list[Finding], sorted by start

A Finding carries a kind, a span and a severity, never the matched text.
"""
from .config import PrivacyConfigError
from .findings import KINDS, Finding
from .scanner import PrivacyScanner

__all__ = ["KINDS", "Finding", "PrivacyConfigError", "PrivacyScanner"]
