"""Whether a document carries a seal: a red seal found on a page, or a seal's ring text in the text layer."""

from __future__ import annotations

import re

from jianzheng.models import Extracted, TextSource

from ..labels import vocabulary
from ..lines import Snippet
from .common import Reading, extracted


def read_seal(reading: Reading) -> Extracted[bool] | None:
    """True with the seal's box when a page has one; False when seals were looked for and none found.

    A seal word printed inside brackets is a label (（公章）: put the seal
    here), not a seal, so only unbracketed ring text counts.
    """
    for page in reading.pages:
        if page.seals:
            seal = page.seals[0]
            snip = Snippet(page.number, seal.text or "印章", seal.bbox, seal.confidence)
            return extracted(True, snip)
    words = vocabulary().cue("seal_text")
    for line in reading.lines:
        for word in words:
            for match in re.finditer(re.escape(word), line.text):
                before = line.text[max(0, match.start() - 6) : match.start()]
                if "(" in before and ")" not in before:
                    continue
                found = line.snippet(match.start(), match.end())
                if found is not None:
                    return extracted(True, found, 0.8)
    if not reading.pages:
        return None
    # No seal region on any page: a scan was searched for red seals and had
    # none; for a text layer without seal images the reader may not say.
    scanned = any(p.text_source != TextSource.text for p in reading.pages)
    last = reading.pages[-1]
    snip = Snippet(last.number, "", (0.0, 0.0, last.width, last.height), 1.0)
    return extracted(False, snip, 0.8 if scanned else 0.6)
