"""Stage 3: declared rows ↔ documents, then the checks."""

from .match import match_projects
from .registry import CHECKS, CheckContext, check, run_checks

__all__ = ["CHECKS", "CheckContext", "check", "match_projects", "run_checks"]
