"""Every check module; importing this package registers them all in verify.registry.CHECKS."""

from . import declaration, quality

__all__ = ["declaration", "quality"]
