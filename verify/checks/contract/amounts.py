"""Checks on each declared project's contract money: its amount, its fee table, its capital numerals."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jianzheng.models import (
    FEE_KEYS,
    Code,
    ContractFees,
    ContractFields,
    DocType,
    Document,
    Extracted,
    Finding,
    Project,
    format_money,
)
from jianzheng.models.money import CENT, amounts_agree, find_amounts, money_precision
from jianzheng.models.money.capital import one_slip_from

from ...compare import (
    evidence,
    field_agrees,
    field_unit,
    needs_review,
    on_text_layer,
    precision_in,
    settle,
    unit_of,
    wan,
)
from ...lookup import DocLine, Found, find_amount
from ...match import declared_merger
from ...registry import CheckContext, check
from ...rules import rules

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件购置费",
    "software_purchase": "软件购置费",
    "other": "其他",
}


def _read_amount(doc: Document, fields: ContractFields) -> str:
    return wan(fields.contract_amount.value) if fields.contract_amount is not None else ""


@check(Code.AMOUNT_MISMATCH, Code.NEEDS_REVIEW)
def contract_amount(ctx: CheckContext) -> Iterator[Finding]:
    """AMOUNT_MISMATCH: the contract's amount differs from the declared contract_amount.

    中文：合同金额与申报的合同金额不一致。

    Rule: seed 000 (二) 3. (合同金额 of each completed project); seed 004 and seed 001 (三) 2.
    (invented contract amounts are 弄虚作假). The declared amount is first looked for in every
    line of the contract, in every spelling (CONTRACT 2: found, the row passes); then the amount
    read at its label is compared at the coarser of the two precisions (CONTRACT 1.1: a contract
    of 396.29万元 agrees with a declared 3962949.86). An error only on a confident reading;
    otherwise, or when no amount could be read, NEEDS_REVIEW. A merged row (CONTRACT 1.1) is
    compared with the sum of its contracts; a contract uploaded one photo a page is read whole
    (an amount that differs on a page uploaded apart is NEEDS_REVIEW). A declared amount found only as the price a bound
    supplementary agreement replaced (原合同总价…调整为…) is that agreement's price's mismatch; one
    found only as a framework agreement's ceiling (不超过…) is NEEDS_REVIEW.

    Example: 合同金额与申报不一致：申报 245.00 万元，合同 204.50 万元
    """
    assert ctx.declaration is not None
    for project in ctx.declaration.projects:
        docs = [
            d
            for d in ctx.project_documents(project.id, DocType.contract)
            if isinstance(d.fields, ContractFields)
        ]
        if not docs or project.contract_amount is None:
            continue
        declared = project.contract_amount
        unit = unit_of(ctx.declaration, f"projects.{project.id}.contract_amount")
        if len(docs) > 1:
            yield from _merged_amount(ctx, project, docs, unit)
            continue
        # A contract photographed page by page is read whole: its amount may stand on a later photo.
        read = ctx.read_whole(docs[0], "contract_amount")
        doc, field = read if read is not None else (docs[0], None)
        fields = doc.fields
        assert isinstance(fields, ContractFields)
        lines = [line for part in ctx.with_pieces(docs[0]) for line in ctx.lines(part)]
        if find_amount(lines, declared, unit) is not None:
            ceiling = _only_as(lines, declared, unit, rules().money.ceiling_of_price)
            if ceiling is not None:
                # A framework agreement's ceiling (采购总金额不超过…，以实际订单结算金额为准) is no
                # contract amount, and says nothing of what was bought: the orders would.
                yield needs_review(
                    check=Code.AMOUNT_MISMATCH,
                    subject="合同金额",
                    why=f"申报金额在合同中只作为采购上限出现（「{ceiling[1]}」），实际金额以订单结算为准",
                    proof=[Found(ceiling[0], ceiling[0].text).evidence(doc)],
                    project_id=project.id,
                    declared=wan(declared),
                    found=ceiling[1],
                ).model_copy(update={"documents": [doc.id]})
                continue
            # Found, but perhaps only where the contract says it is not its price: a part of it
            # (其中不含税金额, the second instalment), or the price a bound supplementary agreement
            # replaced (原合同总价…调整为…). The document says plainly which price is in force.
            part = _only_as_part(lines, declared, unit, field)
            change = _superseded(lines, declared, unit, field) if part is None else None
            if field is not None and (part is not None or change is not None):
                if part is not None:
                    place, said = part[0], f"只是价款的一部分（「{part[1]}」），合同金额为"
                else:
                    assert change is not None
                    place, said = change, "为补充协议变更前的原合同金额，补充协议已变更为"
                yield _declared_elsewhere(ctx, project, doc, field, place, said)
            continue
        if field is not None and field_agrees(field, declared, unit):
            continue
        why = ctx.unsure_why(doc, field)
        if why is None and doc is not docs[0]:
            # A page uploaded apart joins its contract on what it shares with it (a party, the
            # number): too little to assert that this price is the contract's.
            why = f"金额读自与合同分开上传的文件（{doc.file}）"
        if field is None or why is not None:
            yield needs_review(
                check=Code.AMOUNT_MISMATCH,
                subject="合同金额",
                why=("合同中未找到申报金额，" + (why or "")).rstrip("，"),
                doc=doc,
                field=field,
                project_id=project.id,
                declared=wan(declared),
                found=_read_amount(doc, fields),
            )
            continue
        yield Finding(
            code=Code.AMOUNT_MISMATCH,
            project_id=project.id,
            documents=[doc.id],
            declared=format_money(declared),
            found=format_money(field.value),
            message=f"合同金额与申报不一致：申报 {wan(declared)}，合同 {wan(field.value)}",
            evidence=[evidence(doc, field)],
        )


def _declared_elsewhere(
    ctx: CheckContext, project: Project, doc: Document, field: Extracted[Decimal], place: DocLine, said: str
) -> Finding:
    """AMOUNT_MISMATCH for a declared amount the contract states only as another figure."""
    assert project.contract_amount is not None
    declared = project.contract_amount
    return settle(
        ctx.unsure_why(doc, field),
        Finding(
            code=Code.AMOUNT_MISMATCH,
            project_id=project.id,
            documents=[doc.id],
            declared=format_money(declared),
            found=format_money(field.value),
            message=f"合同金额与申报不一致：申报 {wan(declared)} {said} {wan(field.value)}",
            evidence=[evidence(doc, field), Found(place, place.text).evidence(doc)],
        ),
        subject="合同金额",
        doc=doc,
        field=field,
        declared=wan(declared),
        found=wan(field.value),
    )


def _only_as_part(
    lines: list[DocLine], declared: Decimal, unit: Decimal, field: Extracted[Decimal] | None
) -> tuple[DocLine, str] | None:
    """The first place (and what it says there) where the declared amount stands as a part of the
    price, when every place that states it says so and the amount read at the label is another."""
    if field is None or field_agrees(field, declared, unit):
        return None
    return _only_as(lines, declared, unit, rules().money.part_of_price)


def _only_as(
    lines: list[DocLine], declared: Decimal, unit: Decimal, words_of_kind: list[str]
) -> tuple[DocLine, str] | None:
    """The first place (and what it says there) where the declared amount stands after one of
    ``words_of_kind``, when every place that states it stands after one of them.

    The words before an amount (back to the amount before it, over a line break) say what it is;
    capital numerals restating the figure just before them (¥274,540.00元（大写：贰拾柒万…）), or
    a figure restating the capital numerals (（大写）贰佰陆拾万元整（小写：¥2,600,000.00）), say
    what their twin says.
    """
    if declared < 1:
        return None
    first: tuple[DocLine, str] | None = None
    for at, line in enumerate(lines):
        before = lines[at - 1] if at > 0 and lines[at - 1].page == line.page else None
        head = before.text[-30:] if before is not None else ""
        text = head + line.text
        amounts = [a for a in find_amounts(text) if a.value is not None and a.end > len(head)]
        previous_end, previous_value = 0, None
        for earlier in find_amounts(text):
            if earlier.end <= len(head) and earlier.value is not None:
                previous_end, previous_value = earlier.end, earlier.value
        for amount in amounts:
            assert amount.value is not None
            said = text[previous_end : amount.start]
            if amounts_agree(amount.value, money_precision(amount.text), declared, unit):
                restated = previous_value == amount.value and (
                    (amount.kind == "capital" and "大写" in said)
                    or (amount.kind == "figure" and "小写" in said)
                )
                if not restated:
                    words = re.sub(r"\s", "", said)
                    if not any(w in words for w in words_of_kind):
                        return None
                    first = first or (line, words[-16:].lstrip("，,。；;（(") + amount.text)
            previous_end, previous_value = amount.end, amount.value
    return first


_CHANGE = re.compile(
    r"变更为|调整为|变更后为|调整后为|变更后的合同总价为|调整后的合同总价为"
    r"|(?:调整|变更|签证)后的?(?:合同)?(?:总价款?|价款|总?金额|总额)"
)
# The price before the change, under its label: 原合同总价为人民币…, 原合同价款 人民币…
_ORIGINAL = re.compile(r"原合同(?:总价款?|价款|总?金额|总额)")


def _superseded(
    lines: list[DocLine], declared: Decimal, unit: Decimal, field: Extracted[Decimal] | None
) -> DocLine | None:
    """The line where a supplementary agreement changes the declared amount into the contract
    amount read, when the declared amount is the price before the change and the amount read is
    another: 原合同总价…（¥X）调整为…（¥Y） wrapped over two lines at most, or 原合同总价为X earlier on
    the page and 调整后合同总价为…Y (a 补充协议, a 合同变更确认单)."""
    if field is None or field_agrees(field, declared, unit):
        return None

    def is_declared(text: str) -> bool:
        return any(
            a.value is not None and amounts_agree(a.value, money_precision(a.text), declared, unit)
            for a in find_amounts(text)
        )

    for at, line in enumerate(lines):
        nxt = lines[at + 1] if at + 1 < len(lines) and lines[at + 1].page == line.page else None
        text = line.text + (nxt.text if nxt is not None else "")
        change = _CHANGE.search(text)
        if change is None or change.start() >= len(line.text):
            continue
        if not any(a.value == field.value for a in find_amounts(text[change.end() : change.end() + 80])):
            continue
        if is_declared(text[: change.start()]):
            return line
        # The original price stated earlier on the page, under its label (over a line break).
        earlier = "".join(ln.text for ln in lines[max(0, at - 12) : at] if ln.page == line.page)
        compact = re.sub(r"\s", "", earlier)
        if any(is_declared(compact[m.end() : m.end() + 30]) for m in _ORIGINAL.finditer(compact)):
            return line
    return None


def _merged_amount(
    ctx: CheckContext, project: Project, docs: list[Document], unit: Decimal
) -> Iterator[Finding]:
    """A row backed by several contracts (CONTRACT 1.1 merged rows): their amounts add up to it.
    An error only where the row names how many it merges and each of them states its amount
    plainly; otherwise NEEDS_REVIEW."""
    assert project.contract_amount is not None
    read = [d.fields.contract_amount for d in docs if isinstance(d.fields, ContractFields)]
    amounts = [f for f in read if f is not None]
    total = sum((f.value for f in amounts), Decimal(0))
    coarsest = max((field_unit(f) for f in amounts), default=unit)
    # A framework agreement beside its orders states no amount of its own: the orders add up.
    if amounts and amounts_agree(total, coarsest, project.contract_amount, unit):
        return
    # The row says how many contracts it merges, each of them states its amount plainly: their
    # sum is what the row should declare (CONTRACT 2: a plain statement, so an error).
    certain = (
        declared_merger(project.name) == len(docs)
        and len(amounts) == len(docs)
        and all(ctx.unsure_why(d, f) is None for d, f in zip(docs, read, strict=True))
    )
    if certain:
        yield Finding(
            code=Code.AMOUNT_MISMATCH,
            project_id=project.id,
            documents=[d.id for d in docs],
            declared=format_money(project.contract_amount),
            found=format_money(total),
            message=(
                f"合并申报的 {len(docs)} 份合同金额之和与申报不一致：申报 {wan(project.contract_amount)}，"
                f"合同合计 {wan(total)}"
            ),
            evidence=[evidence(d, f) for d, f in zip(docs, read, strict=True)],
        )
        return
    yield needs_review(
        check=Code.AMOUNT_MISMATCH,
        subject=f"合并申报的 {len(docs)} 份合同金额之和",
        why="各合同金额之和与申报不符或未能全部读到，无法确定哪些合同构成该行",
        project_id=project.id,
        declared=wan(project.contract_amount),
        found=wan(total) if amounts else "",
        proof=[
            evidence(d, d.fields.contract_amount if isinstance(d.fields, ContractFields) else None)
            for d in docs
        ],
    ).model_copy(update={"documents": [d.id for d in docs]})


def _row_fees(ctx: CheckContext, project: Project) -> tuple[Document, Extracted[ContractFees]] | None:
    """The fee table that speaks for a whole declared row, with the contract it is read on.

    A contract's fees are the row's only when the contract is the whole row: its amount (where
    read) agrees with the declared one. A row backed by several contracts (merged rows, a
    framework and its orders) gets the sum of their tables when every one itemises its fees;
    otherwise no table speaks for the row and the amount check is the one that decides.
    """
    assert ctx.declaration is not None
    docs = [
        d for d in ctx.project_documents(project.id, DocType.contract) if isinstance(d.fields, ContractFields)
    ]
    if len(docs) == 1 and (held := ctx.read_whole(docs[0], "fees")) is not None and held[0] is not docs[0]:
        docs = [held[0]]  # the fee table stands on another photo of the contract
    tables = [
        d.fields.fees for d in docs if isinstance(d.fields, ContractFields) and d.fields.fees is not None
    ]
    if not docs or len(tables) != len(docs):
        return None
    if len(docs) == 1:
        fields = docs[0].fields
        assert isinstance(fields, ContractFields) and fields.fees is not None
        unit = unit_of(ctx.declaration, f"projects.{project.id}.contract_amount")
        amount = fields.contract_amount
        if amount is None and (stated := ctx.read_whole(docs[0], "contract_amount")) is not None:
            amount = stated[1]  # stated on another photo of the contract
        if amount is not None and project.contract_amount is not None:
            if not field_agrees(amount, project.contract_amount, unit):
                return None
            # A framework's ceiling declared as the row: its unit-price list is no fee table.
            lines = [line for part in ctx.with_pieces(docs[0]) for line in ctx.lines(part)]
            if _only_as(lines, project.contract_amount, unit, rules().money.ceiling_of_price) is not None:
                return None
        elif amount is None and project.contract_amount is not None:
            # Its amount unread, only a table that adds up to the row says the contract is the whole
            # row (one order of a merged framework row itemises only its own part).
            table = [v for key in FEE_KEYS if (v := getattr(fields.fees.value, key)) is not None]
            if not amounts_agree(sum(table, Decimal(0)), _table_unit(table), project.contract_amount, unit):
                return None
        return docs[0], fields.fees
    summed = {
        key: sum((v for t in tables if (v := getattr(t.value, key)) is not None), Decimal(0))
        for key in FEE_KEYS
        if any(getattr(t.value, key) is not None for t in tables)
    }
    # Several contracts make up the row only when their tables add up to it: a framework's unit
    # price list read as fees, or an order of the row left unmatched, must not be compared.
    unit = unit_of(ctx.declaration, f"projects.{project.id}.contract_amount")
    if project.contract_amount is None or not amounts_agree(
        sum(summed.values(), Decimal(0)), CENT, project.contract_amount, unit
    ):
        return None
    least = min(tables, key=lambda t: t.confidence)
    return docs[0], least.model_copy(update={"value": ContractFees(**summed)})


def _table_unit(fees: list[Decimal]) -> Decimal:
    """The coarsest unit every fee of a table is a whole multiple of, up to 100 yuan (a table kept in
    万元 with two decimals); its printed precision is not kept with the fees (see contract_fees)."""
    for unit in (Decimal(100), Decimal(10), Decimal(1), Decimal("0.1")):
        if fees and all(fee % unit == 0 for fee in fees):
            return unit
    return CENT


@check(Code.FEE_MISMATCH, Code.NEEDS_REVIEW)
def contract_fees(ctx: CheckContext) -> Iterator[Finding]:
    """FEE_MISMATCH: a fee the contract itemises differs from the declared fee.

    中文：合同列明的分项费用与申报的费用不一致。

    Rule: seed 000 (二) 3. 2) (the ten fees of a project row) and seed 001 (四) (软件和信息技术服务费
    are the six service fees; hardware and software purchases are not). Only fees the contract
    lists are compared (those a table that makes up the whole price leaves out are zero), and
    only where the contract is the whole row (its amount agrees with the declared one, or, unread,
    its table adds up to it; a row of several contracts is compared with the sum of their tables
    where that sum is the declared amount); a
    declared fee that the contract states anywhere agrees (CONTRACT 2). One finding per contract
    lists every differing fee; an unsure fee table gives NEEDS_REVIEW.

    Example: 合同分项费用与申报不一致：软件开发费 申报 120.00 万元，合同 100.00 万元；硬件购置费 申报 80.00 万元，合同 100.00 万元
    """
    assert ctx.declaration is not None
    for project in ctx.declaration.projects:
        row = _row_fees(ctx, project)
        if row is None:
            continue
        doc, fees = row
        lines = ctx.lines(doc)
        differing: list[tuple[str, Decimal, Decimal]] = []
        for key in FEE_KEYS:
            found = getattr(fees.value, key)
            if found is None:
                continue
            declared = getattr(project.fees, key)
            unit = unit_of(ctx.declaration, f"projects.{project.id}.fees.{key}")
            # Each fee at the precision the table printed it (29.17 in a table kept in 万元 is
            # exact to the hundred yuan), and a coarser printing elsewhere found by looking the
            # declared fee up on the page.
            printed = precision_in(fees.text, found)
            if (
                amounts_agree(found, printed, declared, unit)
                or find_amount(lines, declared, unit) is not None
            ):
                continue
            differing.append((key, declared, found))
        if not differing:
            continue
        parts = [f"{FEE_LABELS[k]} 申报 {wan(d)}，合同 {wan(f)}" for k, d, f in differing]
        why = ctx.unsure_why(doc, fees)
        if why is not None:
            yield needs_review(
                check=Code.FEE_MISMATCH,
                subject="合同分项费用",
                why=why,
                doc=doc,
                field=fees,
                project_id=project.id,
                found="；".join(parts),
            )
            continue
        yield Finding(
            code=Code.FEE_MISMATCH,
            project_id=project.id,
            documents=[doc.id],
            declared="; ".join(f"{k}={format_money(d)}" for k, d, _ in differing),
            found="; ".join(f"{k}={format_money(f)}" for k, _, f in differing),
            message="合同分项费用与申报不一致：" + "；".join(parts),
            evidence=[evidence(doc, fees)],
        )


@check(Code.AMOUNT_WORDS_MISMATCH, Code.NEEDS_REVIEW, needs_declaration=False)
def contract_amount_words(ctx: CheckContext) -> Iterator[Finding]:
    """AMOUNT_WORDS_MISMATCH: the capital-numeral amount and the figures of one contract disagree.

    中文：同一份合同的大写金额与小写金额不一致。

    Rule: CONTRACT 2.3; seed 004 (pasted or altered amounts are the commonest forgery: the
    capital numerals are rarely edited along with the figures). Both sides are the document's
    own and compare at the coarser of their printed precisions (CONTRACT 1.1: 396.29万元 beside
    exact capital numerals agrees). Capital numerals whose figures stand beside them (on their
    lines or the next) agree, whichever figure was read as the amount. A capital amount that
    could not be read (extraction leaves ``amount_in_words_value`` out) is not a mismatch; an
    unsure reading of either side gives NEEDS_REVIEW.

    Example: 合同大写金额与小写金额不一致：大写 贰佰零肆万伍仟元整（204.50 万元），小写 245.00 万元
    """
    for doc in ctx.documents:
        fields = doc.fields
        if not isinstance(fields, ContractFields):
            continue
        if fields.amount_in_words_value is None or fields.contract_amount is None:
            continue
        words, figures = fields.amount_in_words_value, fields.contract_amount
        if amounts_agree(words.value, field_unit(words), figures.value, field_unit(figures)):
            continue
        if find_amount(_around(ctx.lines(doc), words), words.value, field_unit(words), figures_only=True):
            # The capital numerals' own figures stand beside them (小写:¥1,656,900.00 after a yearly
            # fee read as the amount): the words agree with what the contract prints for them.
            continue
        project_id = next((m.project_id for m in ctx.matches if doc.id in m.documents), None)
        printed = (
            fields.amount_in_words.value if fields.amount_in_words is not None else format_money(words.value)
        )
        why = ctx.unsure_why(doc, words) or ctx.unsure_why(doc, figures)
        scanned = not on_text_layer(ctx.page_of(doc, words.page), doc)
        if why is None and scanned and one_slip_from(printed, figures.value):
            why = "大写金额为扫描识别所得，补上一个字即与小写金额一致（可能漏识一字）"
        if why is not None:
            yield needs_review(
                check=Code.AMOUNT_WORDS_MISMATCH,
                subject="合同大写与小写金额",
                why=why,
                doc=doc,
                field=words,
                project_id=project_id,
                declared=f"小写 {wan(figures.value)}",
                found=f"大写 {printed}",
                proof=[evidence(doc, words), evidence(doc, figures)],
            )
            continue
        yield Finding(
            code=Code.AMOUNT_WORDS_MISMATCH,
            project_id=project_id,
            documents=[doc.id],
            declared=format_money(figures.value),
            found=format_money(words.value),
            message=f"合同大写金额与小写金额不一致：大写 {printed}（{wan(words.value)}），小写 {wan(figures.value)}",
            evidence=[evidence(doc, words), evidence(doc, figures)],
        )


def _around(lines: list[DocLine], field: Extracted[Decimal]) -> list[DocLine]:
    """The lines of the field's page from the line above it to the line below (a 40-point margin)."""
    if field.bbox is None:
        return []
    top, bottom = field.bbox[1] - 40, field.bbox[3] + 40
    return [ln for ln in lines if ln.page == field.page and ln.bbox[3] >= top and ln.bbox[1] <= bottom]
