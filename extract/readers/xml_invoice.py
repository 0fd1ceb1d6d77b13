"""XML e-invoices (the tax bureau's structured invoice): one page of "label：value" lines."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from xml.etree import ElementTree as ET

from pydantic import BaseModel, ConfigDict

from jianzheng.models import PageCode, TextSource, Word
from jianzheng.models.errors import UnreadableFile
from jianzheng.models.rules_file import load_rules_file

from ..reading_rules import ReadingRules
from .source import SourcePage

LABELS_FILE = Path(__file__).with_name("einvoice_labels.toml")
# The synthetic page is an A4 sheet with one 12-pt line per field.
_WIDTH, _HEIGHT, _LINE, _MARGIN = 595.0, 842.0, 16.0, 36.0


class _Skip(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    elements: frozenset[str]


class EinvoiceLabels(BaseModel):
    """einvoice_labels.toml: the printed label of each element name, and elements that are no field."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    labels: dict[str, str]
    skip: _Skip


@cache
def einvoice_labels() -> EinvoiceLabels:
    """The shipped e-invoice labels (loaded once, at the latest when the pipeline starts)."""
    return load_rules_file(LABELS_FILE, EinvoiceLabels)


def read_xml_invoice(data: bytes, rules: ReadingRules) -> list[SourcePage]:
    """The invoice's fields as one page of words; UnreadableFile for broken or non-invoice XML."""
    if len(data) > rules.limits.max_xml_bytes:
        raise UnreadableFile("XML 文件体积异常")
    if b"<!ENTITY" in data[:4096] or b"<!DOCTYPE" in data[:4096]:
        # Entity expansion ("billion laughs") is how XML bombs work; invoices never declare entities.
        raise UnreadableFile("XML 含实体声明，拒绝解析")
    try:
        root = ET.fromstring(data.lstrip(b"\xef\xbb\xbf"))
    except ET.ParseError as exc:
        raise UnreadableFile(f"XML 文件损坏（{exc}）") from exc
    lines = invoice_lines(root)
    # GraphCode is the payload the printed invoice's QR code carries.
    graph = next(
        (e.text.strip() for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "GraphCode" and e.text), ""
    )
    if not lines:
        raise UnreadableFile("XML 文件中没有可读的发票内容")
    words = [
        Word(
            text=text,
            bbox=(
                _MARGIN,
                _MARGIN + i * _LINE,
                min(_MARGIN + 12.0 * len(text), _WIDTH - _MARGIN),
                _MARGIN + i * _LINE + 12.0,
            ),
            size=12.0,
            source=TextSource.text,
        )
        for i, text in enumerate(lines[: int((_HEIGHT * 40) // _LINE)])
    ]
    return [
        SourcePage(
            number=1,
            width=_WIDTH,
            height=max(_HEIGHT, words[-1].bbox[3] + _MARGIN),
            words=words,
            text_usable=True,
            codes=[PageCode(payload=graph, bbox=w.bbox) for w in words if graph and w.text.endswith(graph)][
                :1
            ],
        )
    ]


def invoice_lines(root: ET.Element) -> list[str]:
    """ "label：value" for every leaf element with text, in document order."""
    vocabulary = einvoice_labels()
    labels, skip = vocabulary.labels, vocabulary.skip.elements
    lines = []
    for element in root.iter():
        name = element.tag.rsplit("}", 1)[-1]
        text = (element.text or "").strip()
        if len(element) or not text or name in skip:
            continue
        lines.append(f"{labels.get(name, name)}：{' '.join(text.split())}")
    return lines
