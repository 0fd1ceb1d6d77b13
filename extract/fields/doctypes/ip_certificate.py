"""IP certificate fields (CONTRACT 2.2): kind, title, number, holder, date of issue."""

from __future__ import annotations

import re

from jianzheng.models import DocType, Extracted, IpFields, IpKind

from ..labels import vocabulary
from .common import Parsed, Reading, as_date, date_in_line, extracted
from .license import as_org

from . import extractor  # isort: skip


def as_title(text: str) -> Parsed:
    """A software or invention title, book-title marks removed."""
    title = re.sub(r"\s+", "", text).strip('《》“”"')
    return (title, 1.0) if len(title) >= 2 else None


def as_number(text: str) -> Parsed:
    """A registration or patent number as printed (spaces squeezed): it must hold digits."""
    number = re.split(r"\t|\s{3,}", text.strip())[0].strip()
    number = re.sub(r"\s+", " ", number)
    return (number, 1.0) if re.search(r"\d{4,}", number.replace(" ", "")) else None


def kind(reading: Reading) -> Extracted[IpKind] | None:
    """The certificate's kind from its title words."""
    cues = vocabulary()
    order = [
        (IpKind.software_product, cues.cue("ip_software_product")),
        (IpKind.software_copyright, cues.cue("ip_software_copyright")),
        (IpKind.patent, cues.cue("ip_patent")),
    ]
    for ip_kind, words in order:
        for line in reading.lines:
            if any(w in line.compact for w in words):
                snip = line.snippet(0, len(line.text))
                if snip is not None:
                    return extracted(ip_kind, snip)
    if reading.lines:
        snip = reading.lines[0].snippet(0, len(reading.lines[0].text))
        if snip is not None:
            return extracted(IpKind.other, snip, 0.5)
    return None


def issued_on(reading: Reading) -> Extracted[object] | None:
    """The labelled date of issue, else the last date printed on a line of its own.

    A date behind another label (开发完成日期, 申请日) is never taken for it.
    """
    found = reading.first("ip_issued_on", as_date)
    if found is not None:
        return found
    labelled = {id(hit.line) for hit in reading.hits}
    own = [
        ln
        for ln in reading.lines
        if id(ln) not in labelled and not re.search(r"日期|时间|日:|日：", ln.compact)
    ]
    dated = [d for d in (date_in_line(ln) for ln in own) if d is not None]
    if not dated:
        return None
    value, snip = dated[-1]
    return extracted(value, snip, 0.7)


@extractor(DocType.ip_certificate)
def extract_ip(reading: Reading) -> IpFields:
    """Every certificate field that the page shows."""
    fields: dict[str, object] = {
        "kind": kind(reading),
        "title": reading.first("ip_title", as_title),
        "number": reading.first_by_label("ip_number", as_number),
        "holder": reading.first("ip_holder", as_org),
        "issued_on": issued_on(reading),
    }
    return IpFields(**{k: v for k, v in fields.items() if v is not None})
