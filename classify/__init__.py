"""Stage 2: pages → document types; consecutive pages → documents."""

from .segment import classify_pages, classify_submission

__all__ = ["classify_pages", "classify_submission"]
