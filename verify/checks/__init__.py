"""Every check module; importing this package registers them all in verify.registry.CHECKS."""

from . import (
    acceptance,
    audit,
    contract,
    declaration,
    declaration_form,
    evidence,
    forensics,
    innovation,
    invoice,
    license,
    qr,
    quality,
    staff,
    text_layer,
)

__all__ = [
    "acceptance",
    "audit",
    "contract",
    "declaration",
    "declaration_form",
    "evidence",
    "forensics",
    "innovation",
    "invoice",
    "license",
    "qr",
    "quality",
    "staff",
    "text_layer",
]
