"""Whether a document carries a seal: a red seal found on a page, or a seal's ring text in the text layer."""

from __future__ import annotations

import re

from jianzheng.models import Extracted, TextSource

from ..labels import vocabulary
from ..lines import Snippet
from .common import Reading, extracted

# What a seal's ring names before its kind: an organisation (某某有限公司合同专用章).
_OWNER_END = re.compile(
    r"(?:公司|局|院|中心|委员会|政府|学校|医院|所|站|队|馆|社|厂|部|处|办公室|集团|大学|中学|小学)$"
)


def _ring_text(before: str, after: str) -> bool:
    """Whether a seal word stands as a seal's ring text reads: alone, or after its owner's name,
    and not carried on by a sentence (加盖公章或合同专用章后生效)."""
    head = before.rstrip()
    if head and head == before and not _OWNER_END.search(head):
        return False  # inside a sentence: 加盖公章
    return not re.match(r"[\u4e00-\u9fff]", after)  # 合同专用章后生效: the sentence goes on


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
                if not _ring_text(line.text[: match.start()], line.text[match.end() :]):
                    continue  # a clause naming the seal (加盖公章或合同专用章后生效), no seal
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
