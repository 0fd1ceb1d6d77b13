"""Stage 1: files → pages (text layer or OCR) → typed fields per document."""

from .declaration import read_declaration
from .documents import extract_documents, extract_fields
from .page_images import PageImages
from .read import read_pages
from .submission import Submission, find_submission

__all__ = [
    "PageImages",
    "Submission",
    "extract_documents",
    "extract_fields",
    "find_submission",
    "read_declaration",
    "read_pages",
]
