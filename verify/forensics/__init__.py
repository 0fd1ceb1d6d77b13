"""Spot-audit forensics: edited PDFs, signatures, overlays, fonts, image tampering, seals, duplicates.

Detectors are pure functions of a file's bytes (and the pages and documents
read from it) returning ``Signal``s; ``files`` and ``repeats`` turn them into
findings; verify/checks/forensics.py registers the checks. Thresholds and
vocabularies live in thresholds.toml.
"""
