"""The workshop: tools that make samples for the product and measure it, never part of it.

Installed as ``jianzheng_workshop`` with its own command, ``jianzheng-dev``
(workshop/cli.py). It imports the product; nothing under ``jianzheng`` imports
it (tests/test_layout.py), so the product runs and ships without it.
"""
