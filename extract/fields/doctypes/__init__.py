"""Per-type field extractors, registered by document type (one registry, no if-chains).

Each module registers one function ``fn(reading) -> fields`` with ``@extractor(DocType.X)``;
``EXTRACTORS`` maps every type to its function once the modules are imported.
"""

from __future__ import annotations

from collections.abc import Callable

from jianzheng.models import DocType
from jianzheng.models.document import _Fields

from .common import Reading, with_trust

Extractor = Callable[[Reading], _Fields]
EXTRACTORS: dict[DocType, Extractor] = {}


def extractor(doc_type: DocType) -> Callable[[Extractor], Extractor]:
    """Register the decorated function as the extractor of one document type.

    The registry's function caps the confidence of every field read from a page too poor to
    trust (``common.with_trust``); the decorated function itself is returned unchanged.
    """

    def register(fn: Extractor) -> Extractor:
        if doc_type in EXTRACTORS:
            raise ValueError(f"two extractors for {doc_type}")

        def trusted(reading: Reading) -> _Fields:
            return with_trust(reading, fn(reading))

        EXTRACTORS[doc_type] = trusted
        return fn

    return register


# Imported for their registrations.
from . import (  # noqa: E402
    acceptance,
    audit,
    contract,
    declaration_form,
    invoice,
    ip_certificate,
    license,
    statement,
)

__all__ = [
    "EXTRACTORS",
    "Extractor",
    "Reading",
    "acceptance",
    "audit",
    "contract",
    "declaration_form",
    "extractor",
    "invoice",
    "ip_certificate",
    "license",
    "statement",
]
