"""Stage 3: declared rows ↔ documents, then the checks."""

from .match import Matching, match_documents, match_projects
from .registry import CHECKS, CheckContext, check, run_checks

__all__ = ["CHECKS", "CheckContext", "Matching", "check", "match_documents", "match_projects", "run_checks"]
