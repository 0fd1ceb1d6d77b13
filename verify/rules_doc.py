"""docs/rules.md, generated from the registered checks' docstrings.

    python -m jianzheng.verify.rules_doc > docs/rules.md

Each check's docstring has four parts, in this order, separated by blank lines
(bandit's way: the docstring is the documentation page):

    CODE[ / CODE]: what it checks, in English.

    中文：检查内容。

    Rule: the seed file and section (and CONTRACT clause) it enforces, and how it decides.

    Example: 一条示例问题的 message

Paragraphs other than these are details and go with the rule. The codes and
severities come from the registry and models.SEVERITY, not from the text, so
the page cannot list a code that the runner would refuse.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

from jianzheng.models import SEVERITY, Code

from .registry import CHECKS, RegisteredCheck

COMMAND = "python -m jianzheng.verify.rules_doc > docs/rules.md"

# The public rules the checks cite (../shared/seeds/, described in its README); only their titles here.
SEEDS: dict[str, tuple[str, str]] = {
    "000": (
        "2024 年自治区计算机信息系统集成（信息工程）企业年检工作流程及操作说明",
        "Xinjiang 2024 annual-inspection procedure: the web form, certificate table, fee identities, attachments",
    ),
    "001": (
        "工信计资［2013］20号 计算机信息系统集成企业资质等级评定条件实施细则（2013年修定版）",
        "MIIT grading conditions for system-integration qualification, levels 1-4",
    ),
    "002": (
        "自治区信息系统集成实施服务从业人员评价工作实施细则",
        "Xinjiang rules for evaluating system-integration implementation staff",
    ),
    "003": (
        "关于开展计算机信息系统集成企业资质运行维护能力评定工作的通知",
        "MIIT notice on O&M capability (2012)",
    ),
    "004": ("信息系统建设和服务能力证书的保持（文章）", "An article on keeping a CS certificate valid"),
}

# Codes no check raises: the reading stages and the runner add them (a test keeps this list complete).
NOT_FROM_CHECKS: dict[Code, tuple[str, str]] = {
    Code.MISSING_DECLARATION: (
        "读取申报数据时：提交材料中没有申报数据（extract/declaration.py）。",
        "Reading the declaration: the submission holds none (extract/declaration.py).",
    ),
    Code.DECLARATION_INVALID: (
        "读取申报数据时：申报数据无法读取，message 指出位置（extract/declaration_values.py）。",
        "Reading the declaration: it cannot be read; the message says where (extract/declaration_values.py).",
    ),
    Code.FILE_UNREADABLE: (
        "读取附件时：文件损坏、加密、为空或类型不受支持；读取器内部出错时亦然（stage 为 read，项目为 review）；"
        "其余材料照常核验（extract/read.py）。",
        "Reading the attachments: a file is corrupt, encrypted, empty or of an unsupported type, or its "
        "reader raised (then stage is read and the rows are review); the rest is still checked (extract/read.py).",
    ),
    Code.CHECK_FAILED: (
        "检查运行器与字段提取：某项检查内部出错或给出了它未声明的代码，或某份材料的字段提取出错；"
        "finding 的 stage 指明出错的阶段（extract、verify）并列出材料，此项未能核验，相关项目为 review，"
        "报告其余部分照常（verify/registry.py、extract/documents.py）。",
        "The check runner and field extraction: a check raised or returned a code it did not declare, "
        "or a document's extractor raised; the finding's stage names the stage (extract, verify) and "
        "the document, its rows are review, and the rest of the report stands "
        "(verify/registry.py, extract/documents.py).",
    ),
}

_SEED = re.compile(r"\bseed (\d{3})")
_CONTRACT = re.compile(r"\bCONTRACT (\d+(?:\.\d+)?)")


@dataclass(frozen=True)
class CheckDoc:
    """One check's docstring, taken apart."""

    name: str
    codes: tuple[Code, ...]
    english: str
    chinese: str
    rule: str
    example: str
    seeds: tuple[str, ...]
    contract: tuple[str, ...]


def _paragraphs(doc: str) -> list[str]:
    return [" ".join(line.strip() for line in p.splitlines()) for p in re.split(r"\n\s*\n", doc.strip())]


def parse_check(registered: RegisteredCheck) -> CheckDoc:
    """Take a check's docstring apart; ValueError names the check and the part that is missing."""
    paragraphs = _paragraphs(registered.doc)
    summary = paragraphs[0] if paragraphs else ""
    if ": " not in summary:
        raise ValueError(f"{registered.name}: the docstring's first line is not 'CODE: what it checks'")

    def part(prefix: str) -> str:
        found = [p.removeprefix(prefix).strip() for p in paragraphs if p.startswith(prefix)]
        if len(found) != 1:
            raise ValueError(f"{registered.name}: the docstring needs one paragraph starting {prefix!r}")
        return found[0]

    details = [p for p in paragraphs[1:] if not p.startswith(("中文：", "Rule:", "Example:"))]
    rule = " ".join([part("Rule:"), *details])
    return CheckDoc(
        name=registered.name,
        codes=registered.codes,
        english=summary.split(": ", 1)[1],
        chinese=part("中文："),
        rule=rule,
        example=part("Example:"),
        seeds=tuple(sorted(set(_SEED.findall(rule)))),
        contract=tuple(sorted(set(_CONTRACT.findall(rule)))),
    )


def _codes(codes: tuple[Code, ...]) -> str:
    return ", ".join(f"`{c.value}` ({SEVERITY[c].value})" for c in codes)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _sources(doc: CheckDoc) -> str:
    seeds = [f"seed {s}" for s in doc.seeds]
    contract = [f"CONTRACT {c}" for c in doc.contract]
    return ", ".join(seeds + contract) or "—"


def render() -> str:
    """The whole page, as Markdown."""
    from . import checks  # noqa: F401  (importing the package registers the checks)

    docs = [parse_check(c) for c in CHECKS]
    out = [
        "# 核验规则 / The checks",
        "",
        f"<!-- Generated by `{COMMAND}` from the docstrings of verify/checks/*.py;",
        "     do not edit by hand: tests/verify/test_rules_doc.py fails when this page is stale. -->",
        "",
        "每项检查是 verify/checks/ 中的一个函数，登记在 verify/registry.py，只能给出它声明的问题代码。"
        "本页由各检查的文档字符串生成：问题代码及默认严重程度、检查内容、所依据的规则与种子文件、一条示例问题。",
        "",
        "Each check is one function in verify/checks/, registered in verify/registry.py, and may raise only "
        "the codes it declares. This page is generated from the checks' docstrings: codes with their default "
        "severity, what each check looks at, the rule and seed it enforces, and an example finding. "
        "A check that cannot decide says NEEDS_REVIEW (CONTRACT 2).",
        "",
        "## 依据 / Sources",
        "",
        "| seed | 文件 | what it is |",
        "| --- | --- | --- |",
        *(f"| {n} | {zh} | {en} |" for n, (zh, en) in SEEDS.items()),
        "",
        "Seed files live in `../shared/seeds/` (`NNN_<hash>.txt`); CONTRACT is `docs/CONTRACT.md`.",
        "",
        "## 一览 / Overview",
        "",
        "| check | codes (severity) | 检查内容 | what it checks |",
        "| --- | --- | --- | --- |",
        *(
            f"| [{d.name}](#{d.name.replace('.', '')}) | {_codes(d.codes)} | {_cell(d.chinese)} "
            f"| {_cell(d.english)} |"
            for d in docs
        ),
        "",
    ]
    for d in docs:
        out += [
            f"## {d.name}",
            "",
            f"- **代码 / Codes**: {_codes(d.codes)}",
            f"- **检查内容**: {d.chinese}",
            f"- **What it checks**: {d.english}",
            f"- **依据 / Rule** ({_sources(d)}): {d.rule}",
            f"- **示例 / Example finding**: {d.example}",
            "",
        ]
    out += [
        "## 不由检查给出的代码 / Codes no check raises",
        "",
        "| code (severity) | 来源 | where it comes from |",
        "| --- | --- | --- |",
        *(f"| {_codes((code,))} | {zh} | {en} |" for code, (zh, en) in NOT_FROM_CHECKS.items()),
        "",
    ]
    return "\n".join(out)


def main() -> None:
    """Print the page (UTF-8, whatever the terminal's locale)."""
    sys.stdout.buffer.write(render().encode("utf-8"))


if __name__ == "__main__":
    main()
