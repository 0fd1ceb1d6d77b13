"""A deal's papers: the contract's key pages and the acceptance report of a government client, with a bilingual
letterhead, bilingual party lines, a Uyghur (or Kazakh) amount clause and date lines, bilingual seals."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from . import marks
from .facts import FEE_KEYS, FEE_LABELS, Deal, Firm
from .lang import TEXT, UG
from .numerals import capital, figures, kk_date, money, ug_date, ug_words, zh_date
from .sheet import MM, RED, Paper, Sheet


@dataclass
class Look:
    """How a deal's papers are worded and marked; the defaults print the deal as it is."""

    lang: str = "ug"
    """Second language of the client's papers: ``ug`` Uyghur or ``kk`` Kazakh."""
    letterhead: bool = True
    date_style: str = "plain"
    ug_date_style: str = "ordinal"
    firm_ug: str | None = None
    """The Uyghur rendering of the firm printed on the papers (seals always use the firm's own)."""


def _side_date(day: dt.date, lang: str, style: str) -> str:
    return kk_date(day) if lang == "kk" else ug_date(day, style)


def _client_line(deal: Deal, lang: str) -> str:
    return deal.client.kk if lang == "kk" else deal.client.ug


def _letterhead(sheet: Sheet, zh: str, second: str, lang: str) -> float:
    w = sheet.width
    sheet.arabic(
        (60, 40, w - 60, 58),
        second,
        11,
        align="center",
        lang=lang,
        bold=True,
        color="#a01018",
        tag="letterhead",
    )
    sheet.zh(w / 2, 82, zh, 16, bold=True, align="center", color=(0.63, 0.06, 0.09), tag="letterhead")
    sheet.line((60, 92), (w - 60, 92), 1.6, RED)
    sheet.line((60, 95.5), (w - 60, 95.5), 0.5, RED)
    return 118.0


def _seal(rng: random.Random, owner: str, ring: str, lang: str, label: str | None = None) -> bytes:
    return marks.seal(
        rng, owner, ring=ring, ring_lang=lang, label=label, diameter_mm=42 if label is None else 40
    )


def contract(
    rng: random.Random,
    firm: Firm,
    deal: Deal,
    look: Look,
    *,
    party_a: str | None = None,
    party_a_second: str | None = None,
    second_amount: str | None = None,
    sealed: bool = True,
) -> Paper:
    """Two key pages: parties and price (an itemised price table where ``deal.itemised``), then the terms and the
    signature page. ``party_a``/``party_a_second`` override the Chinese 甲方 and the line under it;
    ``second_amount`` overrides what the Uyghur/Kazakh price clause states (words, or figures for ``figures:…``)."""
    text = TEXT[look.lang]
    paper = Paper("contract", project_id=deal.pid)
    a_zh = party_a or deal.client.zh
    a_second = party_a_second or _client_line(deal, look.lang)
    firm_second = look.firm_ug or firm.ug
    s = paper.sheet()
    w = s.width
    y = _letterhead(s, a_zh, a_second, look.lang) if look.letterhead else 70.0
    y = s.wrap(w / 2 - 200, y + 22, 400, deal.name, 13, 1.5, tag="project_name") - 4
    s.zh(w / 2, y + 20, "合 同 书", 22, bold=True, align="center", tag="title")
    s.arabic(
        (w / 2 - 120, y + 26, w / 2 + 120, y + 42), text["contract_title"], 12, align="center", lang=look.lang
    )
    y += 68
    s.zh(525, y, f"合同编号：{deal.number}", 10.5, align="right", tag="contract_number")
    y += 30
    s.zh(70, y, f"甲方（采购人）：{a_zh}", 11, tag="party_a")
    s.arabic(
        (70, y + 4, 525, y + 17), f"{text['party_a']}: {a_second}", 8, lang=look.lang, tag="party_a_second"
    )
    y += 36
    s.zh(
        70,
        y,
        f"地址：新疆{deal.client.place.prefecture}{deal.client.place.zh}{rng.choice(deal.client.place.streets)}",
        10,
        tag="address",
    )
    y += 26
    s.zh(70, y, f"乙方（供应商）：{firm.name}", 11, tag="party_b")
    s.arabic(
        (70, y + 4, 525, y + 17), f"{text['party_b']}: {firm_second}", 8, lang=look.lang, tag="party_b_second"
    )
    y += 36
    s.zh(70, y, f"统一社会信用代码：{firm.code}", 10, tag="code")
    y += 30
    y = s.wrap(
        70,
        y,
        455,
        "根据《中华人民共和国民法典》《中华人民共和国政府采购法》及有关法律法规，甲乙双方本着平等互利、诚实信用的原则，"
        "经协商一致，就下列项目签订本合同，共同遵守。",
        10.5,
        indent=21,
        tag="preamble",
    )
    y += 6
    s.zh(70, y, "第一条　项目名称及内容", 11, bold=True, tag="heading")
    y = s.wrap(70, y + 22, 455, f"1.1 项目名称：{deal.name}", 10.5, tag="project_name")
    y = s.wrap(
        70,
        y,
        455,
        "1.2 项目内容：乙方按甲方要求完成设备供货、软件部署、系统集成、联调测试、人员培训及质保期内运行维护服务。",
        10.5,
        tag="scope",
    )
    y += 6
    s.zh(70, y, "第二条　合同价款", 11, bold=True, tag="heading")
    y += 22
    s.zh(70, y, "2.1 本合同总价款为：", 10.5, tag="amount")
    y += 20
    words = capital(deal.amount)
    s.zh(91, y, f"人民币（大写）：{words}", 11, tag="amount_in_words")
    y += 20
    s.zh(91, y, f"（小写）：¥{figures(deal.amount)}", 11, tag="contract_amount")
    shown = second_amount or ug_words(deal.amount)
    if shown.startswith("figures:"):
        shown = shown.removeprefix("figures:")
    s.arabic(
        (70, y + 5, 525, y + 31),
        text["amount_clause"].format(amount=shown),
        8,
        lang=look.lang,
        tag="amount_second",
    )
    y += 44
    y = s.wrap(
        70,
        y,
        455,
        "2.2 上述价款已包含设备、软件、运输、安装、调试、培训、税费及质保期内服务等全部费用。",
        10.5,
        tag="amount",
    )
    if deal.itemised:
        y = _fee_table(s, deal, y + 4)
    paper.facts.update(second_amount=shown, party_a_second=a_second, firm_second=firm_second)

    s = paper.sheet()
    y = 80.0
    pay = rng.choice(
        (
            "合同签订后支付合同总价的30%；设备到货安装完毕支付40%；项目终验合格后支付25%；余款5%作为质量保证金，质保期满无质量问题后一次付清。",
            "合同签订后15个工作日内支付合同总价的40%；项目终验合格后支付57%；余款3%作为质量保证金，质保期满后无息退还。",
            "项目实施完毕并经甲方验收合格后，甲方凭乙方开具的合法发票支付合同总价的95%，余款5%于质保期满后支付。",
        )
    )
    days = rng.choice((60, 90, 120, 150))
    warranty = rng.choice(("一年", "两年", "三年"))
    hours = rng.choice((2, 4, 8))
    penalty = rng.choice(("0.3‰", "0.5‰", "1‰"))
    clauses = (
        ("第三条　付款方式", pay),
        (
            "第四条　交付与验收",
            f"乙方应于合同签订后{days}日内完成项目实施。项目完成后由甲方组织验收，验收合格后双方签署验收报告。",
        ),
        (
            "第五条　质量保证",
            f"质保期为终验合格之日起{warranty}，质保期内乙方提供7×24小时技术支持，接到报修后{hours}小时内响应。",
        ),
        (
            "第六条　违约责任",
            f"任何一方违反本合同约定的，应承担相应违约责任；乙方逾期交付的，每逾期一日按合同总价的{penalty}支付违约金。",
        ),
        (
            "第七条　争议解决",
            rng.choice(
                (
                    "因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。",
                    "因本合同引起的争议，双方应友好协商；协商不成的，提交伊犁仲裁委员会仲裁。",
                )
            ),
        ),
    )
    copies = rng.choice(("肆份，甲乙双方各执贰份", "陆份，甲方执肆份，乙方执贰份", "贰份，甲乙双方各执壹份"))
    for head, body in clauses:
        s.zh(70, y, head, 11, bold=True, tag="heading")
        y = s.wrap(70, y + 22, 455, body, 10.5, indent=21, tag="terms") + 6
    s.zh(70, y, "第八条　其他", 11, bold=True, tag="heading")
    y = s.wrap(
        70,
        y + 22,
        455,
        f"本合同一式{copies}，自双方签字盖章之日起生效。本合同以汉文和"
        + ("维吾尔文" if look.lang == "ug" else "哈萨克文")
        + "两种文字书写，两种文本具有同等效力；如有不一致，以汉文文本为准。",
        10.5,
        indent=21,
        tag="language_clause",
    )
    used = s.arabic(
        (70, y, 525, y + 30), text["language_clause"], 8, lang=look.lang, tag="language_clause_second"
    )
    y = max(y + used + 20, 540)
    signed = zh_date(deal.signed, look.date_style)
    second_date = _side_date(deal.signed, look.lang, look.ug_date_style)
    seals: list[tuple[float, float, bytes, str, str]] = []
    for x, role, name, second, signer, ring, label in (
        (70.0, "甲方", a_zh, text["party_a"], deal.signer_a, a_second, None),
        (320.0, "乙方", firm.name, text["party_b"], deal.signer_b, firm.ug, "合同专用章"),
    ):
        s.zh(x, y, f"{role}（盖章）：", 11, tag=f"sign_{role}")
        s.arabic(
            (x, y + 4, x + 200, y + 16), f"{second} {text['seal_here']}", 7, align="left", lang=look.lang
        )
        s.zh(x, y + 34, name, 10.5, tag=f"sign_name_{role}")
        s.zh(x, y + 78, "法定代表人或委托代理人（签字）：", 10, tag=f"signer_{role}")
        s.image(
            (x + 40, y + 84, x + 40 + 30 * MM, y + 84 + 11 * MM),
            marks.signature(rng),
            "signature",
            who=signer,
        )
        s.zh(x, y + 138, f"日期：{signed}", 10.5, tag=f"signed_on_{role}")
        s.arabic(
            (x, y + 142, x + 200, y + 154),
            f"{text['date']}: {second_date}",
            7.5,
            align="left",
            lang=look.lang,
            tag="date_second",
        )
        if sealed:
            owner_ring_lang = look.lang if role == "甲方" else "ug"
            seals.append((x + 70, y + 40, _seal(rng, name, ring, owner_ring_lang, label), name, ring))
    for cx, cy, png, owner, ring in seals:
        d = 41 * MM
        s.image((cx - d / 2, cy - d / 2, cx + d / 2, cy + d / 2), png, "seal", owner=owner, ring=ring)
    s.zh(70, y + 190, f"签订地点：新疆{deal.client.place.zh}", 10.5, tag="place")

    paper.fields = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": a_zh,
        "party_b": firm.name,
        "contract_amount": money(deal.amount),
        "amount_in_words": words,
        "signed_on": deal.signed.isoformat(),
        "has_seal": sealed,
    }
    if deal.itemised:
        paper.fields["fees"] = {k: money(v) for k, v in deal.fees.items() if v}
    return paper


def _fee_table(s: Sheet, deal: Deal, y: float) -> float:
    s.zh(70, y + 14, "2.3 分项价格如下（单位：元）：", 10.5, tag="fees")
    y += 24
    rows = [(FEE_LABELS[k], deal.fees[k]) for k in FEE_KEYS if deal.fees[k]]
    cols = (90.0, 130.0, 360.0, 505.0)
    height = 20 * (len(rows) + 2)
    s.rect((cols[0], y, cols[3], y + height), 0.7)
    for x in cols[1:3]:
        s.line((x, y), (x, y + height), 0.5)
    for i, head in enumerate(("序号", "费用名称", "金额（元）")):
        s.zh((cols[i] + cols[i + 1]) / 2, y + 14, head, 10, align="center", tag="fees_head")
    for n, (label, value) in enumerate(rows, start=1):
        y += 20
        s.line((cols[0], y), (cols[3], y), 0.4)
        s.zh((cols[0] + cols[1]) / 2, y + 14, str(n), 10, align="center", tag="fees_row")
        s.zh(cols[1] + 6, y + 14, label, 10, tag="fees_row")
        s.zh(cols[3] - 6, y + 14, figures(value), 10, align="right", tag="fees_row")
    y += 20
    s.line((cols[0], y), (cols[3], y), 0.4)
    s.zh(cols[1] + 6, y + 14, "合计", 10, tag="fees_total")
    s.zh(cols[3] - 6, y + 14, figures(deal.amount), 10, align="right", tag="fees_total")
    return y + 30


def acceptance(
    rng: random.Random,
    firm: Firm,
    deal: Deal,
    look: Look,
    *,
    passed: bool = True,
    printed_date: dt.date | None = None,
    second_date: dt.date | None = None,
    recheck_of: dt.date | None = None,
    party_a: str | None = None,
    party_a_second: str | None = None,
) -> Paper:
    """The client's 项目验收报告: bilingual rows, the acceptance date in Chinese with a Uyghur/Kazakh date line under
    it, the opinion in both languages, ☑ boxes for the conclusion, members' signatures, both parties' seals."""
    text = TEXT[look.lang]
    paper = Paper("acceptance_report", project_id=deal.pid)
    a_zh = party_a or deal.client.zh
    a_second = party_a_second or _client_line(deal, look.lang)
    day = printed_date or deal.accepted
    day_second = second_date or day
    s = paper.sheet()
    w = s.width
    y = _letterhead(s, a_zh, a_second, look.lang) if look.letterhead else 70.0
    s.zh(w / 2, y + 18, "项目验收报告", 20, bold=True, align="center", tag="title")
    s.arabic(
        (w / 2 - 160, y + 24, w / 2 + 160, y + 40),
        text["acceptance_title"],
        11,
        align="center",
        lang=look.lang,
    )
    y += 62
    s.zh(535, y, f"编号：YS-{day.year}-{rng.randint(10, 99):02d}", 9.5, align="right", tag="serial")
    y += 8
    left, split, right = 60.0, 170.0, 535.0
    top = y

    def row(label: str, height: float) -> tuple[float, float]:
        nonlocal y
        s.line((left, y), (right, y), 0.6)
        s.zh(left + 6, y + 17, label, 10, tag="label")
        s.arabic((left + 4, y + 21, split - 4, y + 33), text[label], 6, align="left", lang=look.lang)
        start = y
        y += height
        return start, y

    if not passed:
        opinion_zh = (
            "经现场检查与测试，项目存在以下问题：一、部分设备未按合同约定型号供货；二、系统接口联调未完成，数据无法正常交换；"
            "三、竣工文档不齐全。验收小组意见：本次验收不合格，请承建单位于30日内完成整改后复验。"
        )
        opinion_second = UG["opinion_failed"]
    elif recheck_of is not None:
        opinion_zh = f"本项目于{zh_date(recheck_of)}初验时提出的3项整改意见已全部落实，经复验，系统运行稳定，文档齐全，同意通过验收。"
        opinion_second = UG["opinion_recheck_passed"]
    else:
        opinion_zh = "项目已按合同约定内容全部完成，设备运行稳定，系统功能满足需求，技术文档齐全。经验收小组认真评议，一致同意通过验收。"
        opinion_second = text["opinion_passed"]
    cells = (
        ("项目名称", 40.0, deal.name, None),
        ("建设单位（甲方）", 40.0, a_zh, a_second),
        ("承建单位（乙方）", 40.0, firm.name, look.firm_ug or firm.ug),
        ("合同编号", 36.0, deal.number, None),
        (
            "验收日期",
            40.0,
            zh_date(day, look.date_style),
            _side_date(day_second, look.lang, look.ug_date_style),
        ),
        ("验收地点", 36.0, f"{deal.client.zh}", None),
    )
    tags = ("project_name", "party_a", "party_b", "contract_number", "accepted_on", "place")
    for (label, height, value, second), tag in zip(cells, tags, strict=True):
        start, _ = row(label, height)
        s.zh(split + 8, start + 17, value, 10.5, tag=tag)
        if second:
            s.arabic(
                (split + 8, start + 21, right - 8, start + 34),
                second,
                7.5,
                align="left",
                lang=look.lang,
                tag=f"{tag}_second",
            )
    start, _ = row("验收内容", 56.0)
    s.wrap(
        split + 8,
        start + 17,
        right - split - 16,
        f"按照合同约定，对{deal.name}的设备到货安装、软件部署、系统联调、用户培训及技术文档进行全面验收。",
        9.5,
        1.6,
        tag="content",
    )
    start, _ = row("验收意见", 128.0)
    after = s.wrap(split + 8, start + 17, right - split - 16, opinion_zh, 9.5, 1.6, tag="opinion")
    s.arabic(
        (split + 8, after - 4, right - 8, start + 124),
        opinion_second,
        7.5,
        align="right",
        lang=look.lang,
        tag="opinion_second",
    )
    start, _ = row("验收结论", 44.0)
    tick_a, tick_b = ("☑", "☐") if passed else ("☐", "☑")
    s.symbol(split + 8, start + 17, tick_a, 11, tag="box_agree")
    s.zh(split + 22, start + 17, "同意验收", 10.5, tag="agree")
    s.symbol(split + 110, start + 17, tick_b, 11, tag="box_disagree")
    s.zh(split + 124, start + 17, "不同意验收，整改后复验", 10.5, tag="disagree")
    s.arabic(
        (split + 8, start + 22, split + 100, start + 36), text["agree"], 6.5, align="left", lang=look.lang
    )
    s.arabic(
        (split + 110, start + 22, right - 8, start + 36), text["disagree"], 6.5, align="left", lang=look.lang
    )
    start, _ = row("验收小组成员（签字）", 50.0)
    for k in range(3):
        s.image(
            (split + 10 + k * 120, start + 8, split + 10 + k * 120 + 28 * MM, start + 8 + 10 * MM),
            marks.signature(rng, 28, 10),
            "signature",
        )
    s.line((left, y), (right, y), 0.6)
    s.rect((left, top, right, y), 0.9)
    s.line((split, top), (split, y), 0.6)

    y += 30
    date_text = zh_date(day, look.date_style)
    for x, label, owner, ring, lang in (
        (70.0, "建设单位（盖章）", a_zh, a_second, look.lang),
        (330.0, "承建单位（盖章）", firm.name, firm.ug, "ug"),
    ):
        s.zh(x, y, label, 10.5, tag="seal_label")
        s.arabic((x, y + 4, x + 190, y + 16), text[label], 6.5, align="left", lang=look.lang)
        s.zh(x + 20, y + 90, date_text, 10.5, tag="accepted_on_sign")
        d = 41 * MM
        cx, cy = x + 80, y + 40
        s.image(
            (cx - d / 2, cy - d / 2, cx + d / 2, cy + d / 2),
            _seal(rng, owner, ring, lang),
            "seal",
            owner=owner,
            ring=ring,
        )
    paper.fields = {
        "project_name": deal.name,
        "party_a": a_zh,
        "party_b": firm.name,
        "accepted_on": day.isoformat(),
        "conclusion": "passed" if passed else "failed",
        "has_seal": True,
    }
    paper.facts.update(second_date=day_second.isoformat(), opinion=opinion_zh)
    return paper
