"""Audit report fields (CONTRACT 2.2): firm, number, year, opinion, figures of the bound statements."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from jianzheng.models import AuditFields, AuditOpinion, DocType, Extracted

from ..labels import vocabulary
from ..lines import Snippet
from .common import Reading, as_text, extracted
from .license import as_org
from .statement import fiscal_year, row_figure, statement_pages

from . import extractor  # isort: skip

_FIRM = re.compile(
    # A seal over the signature often takes 所 off 会计师事务所 where a partnership's bracket follows.
    r"[\u4e00-\u9fff()]{2,30}?会计师事务(?:所|(?=\((?:特殊)?普通合伙\)))(?:\((?:特殊)?普通合伙\)|有限(?:责任)?公司|\([^)\t]{0,12}\))?"
    # A branch signs in its own name: 某会计师事务所(特殊普通合伙)新疆分所.
    r"(?:[\u4e00-\u9fff]{2,8}?(?:分所|分公司))?"
)
# 会计师事务所 with a character or two lost under the firm's seal or misread (会大师事务所, 会计师 伙务所,
# 会师事务所, 会认事务所), where its legal form follows: the firm's name, its slip repaired.
_FIRM_WORD = "会计师事务所"
_SLIPPED_FIRM = re.compile(r"会[\u4e00-\u9fff]{2,5}?所(?=有限|\((?:特殊)?普通合伙\))")


# What a sentence puts before the firm's name (经某会计师事务所审计, 本报告由某所出具, 业经…): a 经 or
# 由 opening the text or after these words, never one inside a name (喀什经开中审会计师事务所).
_PROSE_BEFORE_FIRM = re.compile(
    r"^(?:.*?[:，。])?(?:本报告|报告|业|已|并|均|系|且)?(?:由|经)(?=.)|^.*?[:，。]"
)


def _repaired_firm_word(text: str) -> str:
    """The text with a slipped 会计师事务所 (at most two characters off) spelt whole."""
    return _SLIPPED_FIRM.sub(
        lambda m: _FIRM_WORD if Levenshtein.distance(m.group(0), _FIRM_WORD) <= 2 else m.group(0), text
    )


_NUMBER = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{0,12}[审专鉴验]字?\s*[\[(〔【]\s*(?:19|20)\d\d\s*[\])〕】]\s*(?:第)?\s*[A-Za-z0-9\-]{1,12}\s*号"
)
# The report's addressee, often after 致: (致：某公司全体股东).
_ADDRESSEE = re.compile(r"^(?:致[:：]?)?(?P<name>.{4,40}?)(?:全体股东|董事会|全体投资者|全体合伙人|股东会)")


def audit_firm(reading: Reading) -> Extracted[str] | None:
    """The first accounting firm named (the report's letterhead or signature)."""
    for line in reading.lines:
        for start, end in line.cells():
            cell = line.text[start:end].replace(" ", "")
            repaired = _repaired_firm_word(cell)
            match = _FIRM.search(repaired)
            if match is None:
                continue
            name = _PROSE_BEFORE_FIRM.sub("", match.group(0))
            at = line.text.find(name[:2], start)
            snip = line.snippet(max(at, start), end)
            if snip is not None and len(name) >= 8:
                if _FIRM_WORD not in name:
                    return extracted(name.replace("会计师事务", _FIRM_WORD, 1), snip, 0.7)
                return extracted(name, snip, 0.7 if repaired != cell else 1.0)
    # The firm's name printed under its seal may be unreadable; the seal's ring names it too.
    for page in reading.pages:
        for seal in page.seals:
            match = _FIRM.search(re.sub(r"\s", "", seal.text or ""))
            if match and len(match.group(0)) >= 8:
                return extracted(
                    match.group(0), Snippet(page.number, seal.text or "", seal.bbox, seal.confidence), 0.8
                )
    return None


def _number_start(text: str, match: re.Match[str]) -> int:
    """Where the number starts: after the firm's name when the header runs it into the number
    (新疆天诚有限责任会计师事务所 | 天诚审字〔2026〕第0062号 read as one line)."""
    head = text[match.start() : match.start() + len(match.group(0))]
    prefix = head[: re.search(r"[审专鉴验]字?\s*[\[(〔【]", head).start()]  # type: ignore[union-attr]
    cut = max(prefix.rfind("所"), prefix.rfind("司"))
    return match.start() + cut + 1


def report_number(reading: Reading) -> Extracted[str] | None:
    """The report number (某审字[2025]第00123号), labelled or not."""
    found = reading.first("report_number", as_text)
    if found is not None and _NUMBER.search(found.value.replace(" ", "")):
        value = found.value.replace(" ", "")
        match = _NUMBER.search(value)
        assert match is not None
        return found.model_copy(update={"value": value[_number_start(value, match) : match.end()]})
    for line in reading.lines:
        match = _NUMBER.search(line.compact)
        if match:
            start = _number_start(line.compact, match)
            snip = line.snippet(line.cmap[start], line.cmap[match.end() - 1] + 1)
            if snip is not None:
                return extracted(line.compact[start : match.end()], snip)
    return None


def opinion(reading: Reading) -> Extracted[AuditOpinion] | None:
    """The opinion, from the wording of the opinion paragraphs, most severe first."""
    cues = vocabulary()
    order = [
        (AuditOpinion.disclaimer, cues.cue("opinion_disclaimer")),
        (AuditOpinion.adverse, cues.cue("opinion_adverse")),
        (AuditOpinion.qualified, cues.cue("opinion_qualified")),
        (AuditOpinion.unqualified, cues.cue("opinion_unqualified")),
    ]
    lines = reading.lines
    for kind, words in order:
        for i, line in enumerate(lines):
            # The wording may wrap (公允反 / 映了): the next line's first characters join it, and
            # the last of the line before (无 / 保留意见 is no qualification).
            text = (
                (lines[i - 1].compact[-1:] if i else "")
                + line.compact
                + (lines[i + 1].compact[:8] if i + 1 < len(lines) else "")
            )
            if kind is AuditOpinion.qualified:
                text = text.replace("无保留意见", "")
            if any(w in text for w in words):
                snip = line.snippet(0, len(line.text))
                if snip is not None:
                    return extracted(kind, snip, 0.95 if kind is AuditOpinion.unqualified else 0.9)
    return None


def company_name(reading: Reading) -> Extracted[str] | None:
    """The audited company: the report's addressee (某公司全体股东：), else a labelled name."""
    for line in reading.lines[:80]:
        match = _ADDRESSEE.match(line.compact)
        if match:
            parsed = as_org(match.group("name"))
            snip = line.snippet(0, line.cmap[match.end("name") - 1] + 1)
            if parsed is not None and snip is not None:
                return extracted(parsed[0], snip, parsed[1])
    return reading.first("audit_company", as_org)


def consolidated(reading: Reading) -> Extracted[bool] | None:
    """True when the report presents consolidated statements."""
    words = vocabulary().cue("consolidated")
    for line in reading.lines:
        if any(w in line.compact for w in words):
            snip = line.snippet(0, len(line.text))
            if snip is not None:
                return extracted(True, snip, 0.95)
    pages = statement_pages(reading)
    if pages:
        snip = pages[0].title.snippet(0, len(pages[0].title.text))
        if snip is not None:
            return extracted(False, snip, 0.9)
    return None


@extractor(DocType.audit_report)
def extract_audit(reading: Reading) -> AuditFields:
    """Every audit-report field that the pages show, figures from the bound income statement."""
    pages = statement_pages(reading)
    income = [p for p in pages if p.kind == "income_statement"]
    # The declaring company's own figures: the parent-only statement when the
    # report has both, else whichever income statement it binds.
    own = [p for p in income if p.parent_only or not p.consolidated] or income
    income_pages = {p.page for p in own} or None
    fields: dict[str, object] = {
        "audit_firm": audit_firm(reading),
        "report_number": report_number(reading),
        "fiscal_year": fiscal_year(reading),
        "opinion": opinion(reading),
        "operating_revenue": row_figure(reading, "operating_revenue", income_pages),
        "net_profit": row_figure(reading, "net_profit", income_pages),
        "system_integration_revenue": row_figure(reading, "system_integration_revenue"),
        "consolidated": consolidated(reading),
        "company_name": company_name(reading),
    }
    return AuditFields(**{k: v for k, v in fields.items() if v is not None})
