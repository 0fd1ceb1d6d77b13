"""Matching declared projects to their contracts, acceptance reports and invoices.

Thin first version: no matches. Similarity scores and optimal assignment grow here (issue 6).
"""

from __future__ import annotations

from jianzheng.models import Declaration, Document, Match


def match_projects(declaration: Declaration, documents: list[Document]) -> list[Match]:
    """One Match per declared project that has evidence, with its score."""
    return []
