"""Every check module; importing this package registers them all in verify.registry.CHECKS."""

from . import declaration

__all__ = ["declaration"]
