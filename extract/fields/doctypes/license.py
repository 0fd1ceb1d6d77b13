"""Business license fields (CONTRACT 2.2): name, credit code, representative, capital, type, dates, address, scope."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

from jianzheng.models import DocType, Extracted, LicenseFields, TextSource

from ..credit_code import check_credit_code, find_credit_codes
from ..dates import find_dates, full_date
from ..label_hits import LabelHit
from ..labels import vocabulary
from ..lines import Line, Snippet
from ..locate import Value
from ..shapes import is_placeholder, label_word
from .common import Parsed, Reading, as_date, as_money, extracted, joined, quantize
from .license_layout import WATERMARK_END, in_column, license_reading, value_below
from .license_shape import as_address, company_type_of, fill_by_shape

from . import extractor  # isort: skip

_PERSON = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:[·•][\u4e00-\u9fff]{1,8}){1,3})$")


def as_whole_org(text: str) -> Parsed:
    """A company name that is the whole value (no text cut off after its suffix)."""
    parsed = as_org(text)
    return parsed if parsed is not None and parsed[1] >= 1.0 else None


def as_org(text: str) -> Parsed:
    """A company name: the value up to its organisation suffix (a bare suffix is no name)."""
    from ..parties import clean_party_name

    parsed = clean_party_name(text) or _plain_org(text)
    if (
        parsed is None
        or parsed[1] < 0.85
        or len(parsed[0]) < 5
        or parsed[0] in {"有限公司", "有限责任公司", "股份有限公司"}
    ):
        return None
    return parsed


def _plain_org(text: str) -> Parsed:
    """A labelled name that party prose rules refuse (自贡市… reads like 自…起): a run of
    ideographs ending with an organisation suffix of two or more characters."""
    compact = re.sub(r"\s", "", text).replace("（", "(").replace("）", ")")
    suffixes = [s for s in vocabulary().org_suffixes if len(s) >= 2]
    if re.fullmatch(r"[\u4e00-\u9fff()]{4,40}", compact) and compact.endswith(tuple(suffixes)):
        return compact, 0.95
    return None


def as_person(text: str) -> Parsed:
    """A person's name: 2 to 4 ideographs, or parts joined by · (a transliterated name); else none."""
    name = re.split(r"\s{2,}|\t", text.strip())[0].replace(" ", "")
    name = re.sub(r"^姓名[:：]?", "", name)  # 法定代表人 姓名 … on old licenses
    name = WATERMARK_END.sub("", name)  # 李天锋仅限官网APP展示使用: an overprint, not the name
    return (name, 1.0) if _PERSON.match(name) and name not in {"姓名", "签字", "盖章"} else None


def as_credit_code(text: str) -> Parsed:
    """The code in the value, repaired when exactly one OCR confusion makes it valid."""
    for _, _, run in find_credit_codes(text):
        checked = check_credit_code(run)
        if checked is not None:
            return checked.code, 1.0 if checked.printed_valid else 0.85 if checked.repaired else 0.6
    return None


def as_capital(text: str) -> Parsed:
    """Registered capital in yuan, to the cent; a foreign-currency capital (美元3340万) is none."""
    if any(word in text for word in vocabulary().cue("foreign_currencies")):
        return None
    parsed = as_money(text)
    return (quantize(parsed[0]), parsed[1]) if parsed else None


def as_company_type(text: str) -> Parsed:
    """A company type (有限责任公司(自然人投资或控股)); a value without a legal form is none."""
    return company_type_of(text)


def as_valid_until(text: str) -> Parsed:
    """The end of the business term: a date after 至, the later of two dates, or 长期."""
    compact = re.sub(r"\s", "", text)
    until_at = compact.find("至")
    tail = compact[until_at + 1 :] if until_at >= 0 else compact
    if any(word in tail for word in vocabulary().cue("long_term")):
        long_term: Literal["长期"] = "长期"
        return long_term, 1.0
    dates = [full_date(f.value) for f in find_dates(tail)]
    dates_all = [d for d in dates if d]
    if until_at >= 0 and dates_all:
        return dates_all[0], 1.0
    every = [d for d in (full_date(f.value) for f in find_dates(compact)) if d]
    return (every[-1], 0.9) if len(every) >= 2 else None


def as_printed_code(text: str) -> Parsed:
    """The code exactly as a text layer prints it (no OCR, so nothing to repair)."""
    for _, _, run in find_credit_codes(text):
        checked = check_credit_code(run)
        if checked is not None:
            return checked.printed, 1.0
    return None


_OTHER_NUMBER = re.compile(r"(?:证照编号|注册号|编号|证号)\s*[:：]?\s*[0-9A-Za-z]{8,}")


def credit_code(reading: Reading) -> Extracted[str] | None:
    """The labelled code, else the first code-shaped run anywhere on the license.

    Only OCR'd pages get confusion repairs: a text layer prints what the
    company typed, and a wrong check character there is the finding.
    """
    ocr = any(page.text_source != TextSource.text for page in reading.pages)
    parse = as_credit_code if ocr else as_printed_code
    found = reading.first("credit_code", parse)
    if found is not None:
        return found
    for line in reading.lines:
        # The number after another label (证照编号：7365…, 注册号：…) is that label's, even where its
        # digits repair to a valid code (nanjiang seed 5: a glare took the code, the 证照编号 stayed).
        parsed = parse(_OTHER_NUMBER.sub(" ", line.text))
        if parsed is not None:
            snip = line.snippet(0, len(line.text))
            if snip is not None:
                return extracted(parsed[0], snip, parsed[1] * 0.9)
    return None


_TRAILING_MARK = re.compile(r"(?<=[。)）])(?:仅|限|供)[\u4e00-\u9fffA-Za-z]{0,12}$")


_QR_CAPTION = re.compile(r"扫描二维码|国家企业信用信息公示系统(?:网址)?")


def running_value(reading: Reading, key: str) -> Extracted[str] | None:
    """A long text value (address, business scope) with the lines it runs on to."""
    for value in reading.values(key):
        evidence = in_column(reading, value, max_lines=12, under_label=True)
        label_end = len(value.evidence.text) - len(value.value.text)
        text = re.sub(r"\s+", "", evidence.text[label_end:]) if not value.below else value.value.text
        # The start of an overprinted 仅供…使用 after the closing bracket or full stop is no scope.
        text = _TRAILING_MARK.sub("", text)
        # The QR code's caption (扫描二维码登录“国家企业信用信息公示系统”…) read on under the scope's
        # column on a photo (tekesi seed 1) is the licence's print, not the scope.
        text = _QR_CAPTION.split(text, maxsplit=1)[0]
        if len(text) >= 4:
            return extracted(text, evidence)
    return None


def address(reading: Reading) -> Extracted[str] | None:
    """The 住所 / 经营场所 value with the lines it runs on to in its column."""
    for value in reading.values("address"):
        evidence = in_column(reading, value)
        label_end = len(value.evidence.text) - len(value.value.text)
        text = evidence.text[label_end:] if not value.below else value.value.text
        parsed = as_address(text)
        if parsed is not None:
            return extracted(parsed[0], evidence, parsed[1] * (0.95 if value.below else 1.0))
    return None


# What a watermark or a fold leaves of the letter-spaced 住  所: one of its characters boxed alone.
_HALF_ADDRESS_LABEL = re.compile(r"(?:^|\s)[住所]\s+(?=\S)")


def _beside_half_a_label(reading: Reading) -> Extracted[str] | None:
    """An address after 住 or 所 standing alone, the other character lost (汉供资质 | 所 | 新疆某地…),
    with the lines it runs on to in its column (…昌吉市北京 / 南路街道…198号)."""
    for line in reading.lines:
        for match in _HALF_ADDRESS_LABEL.finditer(line.text):
            _, end = line.cell_at(match.end())
            snip = line.snippet(match.end(), end)
            if snip is None:
                continue
            half = LabelHit(line, "address", match.group(0).strip(), match.start(), match.end(), colon=False)
            # The lost character stood left of the one read: the next row's label a little left of
            # the half (经营范围 under 住所 read as 所) ends the address too.
            reach = _rows_before_next_label(reading, line, half.snippet.bbox[0] - 4 * line.height)
            evidence = in_column(
                reading, Value(hit=half, value=snip, evidence=snip, below=False, line=line), max_lines=reach
            )
            parsed = as_address(evidence.text) or as_address(snip.text)
            if parsed is not None:
                return extracted(parsed[0], evidence, 0.85 * parsed[1])
    return None


def _rows_before_next_label(reading: Reading, line: Line, left: float, most: int = 4) -> int:
    """How many lines after ``line`` come before one holding a label at or right of ``left``."""
    at = reading.lines.index(line)
    for count, nxt in enumerate(reading.lines[at + 1 : at + 1 + most]):
        if any(hit.line is nxt and hit.snippet.bbox[0] >= left for hit in reading.hits):
            return count
    return most


def run_on(reading: Reading, key: str, parse: Callable[[str], Parsed]) -> Extracted[Any] | None:
    """A value that parses only with the next line of its column (a long name wrapped).

    A name wraps in the middle: a first line that already ends with an
    organisation suffix (a bare 有限公司 left of a redaction) is not run on.
    """
    suffixes = tuple(vocabulary().org_suffixes)
    for value in reading.values(key):
        if re.sub(r"\s", "", value.value.text).endswith(suffixes):
            continue
        evidence = in_column(reading, value, max_lines=1)
        if "\n" not in evidence.text:
            continue
        label_end = len(value.evidence.text) - len(value.value.text)
        parsed = parse(re.sub(r"\s", "", evidence.text[label_end:]))
        if parsed is not None:
            return extracted(parsed[0], evidence, parsed[1] * 0.95)
    return None


_OTHER_CERTIFICATE = re.compile(r"组织机构代码证|税务登记证|开户许可证")
_CERTIFICATE_TERM_LABELS = ("有效期", "有效期限")


def valid_until(reading: Reading) -> Extracted[object] | None:
    """The end of the business term, read on to the next line when the value there starts with 至.

    A bare 有效期 on a page that also holds another certificate (the old 组织机构代码证 or 税务登记证
    beside the licence: tekesi seed 1) is that certificate's term, not the licence's."""
    certificates = {ln.page for ln in reading.lines if _OTHER_CERTIFICATE.search(ln.compact)}
    values = [
        v
        for v in reading.values("valid_until")
        if not (v.hit.label in _CERTIFICATE_TERM_LABELS and v.hit.line.page in certificates)
    ]
    for value in values:
        parsed = as_valid_until(value.value.text)
        if parsed is not None:
            factor = (0.95 if value.below else 1.0) * (0.9 if value.hit.fuzzy else 1.0)
            return extracted(parsed[0], value.evidence, parsed[1] * factor)
    for value in values:
        evidence = in_column(reading, value, max_lines=2)
        label_end = len(value.evidence.text) - len(value.value.text)
        parsed = as_valid_until(evidence.text[label_end:].replace("\n", ""))
        if parsed is not None and "\n至" in evidence.text[label_end:].replace(" ", ""):
            return extracted(parsed[0], evidence, parsed[1] * 0.9)
    return _term_end_below(reading)


_TERM_END_LINE = re.compile(r"^至(?:\d{4}年\d{1,2}月\d{1,2}日|长期|永久)止?$")


def _term_end_below(reading: Reading) -> Extracted[object] | None:
    """The term's end on a line of its own just under the 营业期限 row, right of the label, when the
    start beside the label is half lost (营业期限 | 十六日 / 至2018年10月26日): only a term ends so."""
    for hit in (h for h in reading.hits if h.key == "valid_until"):
        row, label_x1 = hit.line, hit.line.boxes[hit.end - 1][2]
        for line in reading.lines:
            if (
                line is not row
                and line.page == row.page
                and row.top < line.top <= row.bottom + row.height
                and line.x0 > label_x1
                and _TERM_END_LINE.match(line.compact)
            ):
                parsed = as_valid_until(line.compact)
                snip = line.snippet(0, len(line.text))
                if parsed is not None and snip is not None:
                    return extracted(parsed[0], snip, 0.85 * parsed[1])
    return None


_LICENSE_DATE_KEYS = ("established_on", "valid_until", "registration_authority")


def _lost_from(cell: str, label: str) -> bool:
    """Whether a cell is a label with one or two of its characters lost, the rest in order
    (成立 期 for 成立日期, 业 限 for 营业期限: a letter-spaced label on a faint scan)."""
    if not 2 <= len(cell) <= len(label) - 1 or len(label) - len(cell) > 2:
        return False
    rest = iter(label)
    return all(char in rest for char in cell)


def _first_of(cell: str, label: str) -> bool:
    """Whether a cell is only a label's first character (成 of 成立日期, the rest lost on a photo)."""
    return len(cell) == 1 and label.startswith(cell)


def _beside_a_damaged_label(
    reading: Reading,
    key: str,
    parse: Callable[[str], Parsed],
    rivals: tuple[str, ...] = _LICENSE_DATE_KEYS,
) -> Extracted[Any] | None:
    """A field whose letter-spaced label lost a character or two on the scan, or all but its first.

    The line's first cell must be what is left of one of the field's labels and of no rival
    label (the license's other dates; 实收资本 beside 注册资本), and the rest of the line must
    parse as the field: a single date after 成立 期 or 成, a term (…至…) after 业 限, an amount
    after 注 资本.
    """
    labels = vocabulary().fields

    def left_of(head: str, label: str) -> bool:
        return _lost_from(head, label) or _first_of(head, label)

    for line in reading.lines:
        # What is left of the label may be boxed as two cells (业 | 限 2010年…): it is the
        # ideographs before the value's first figure.
        digit = re.search(r"\d", line.text)
        if digit is None or digit.start() > 12:
            continue
        head = re.sub(r"[^\u4e00-\u9fff]", "", line.text[: digit.start()])
        # Another label may follow in a second column (… 至2040年03月21日  登记机关), never before.
        later = [h.start for h in reading.hits if h.line is line]
        if any(at < digit.start() for at in later) or not any(left_of(head, x) for x in labels[key]):
            continue
        if any(left_of(head, x) or head == x for k in rivals if k != key for x in labels[k]):
            continue
        end = min(later, default=len(line.text))
        parsed = parse(line.text[digit.start() : end])
        snip = line.snippet(0, end)
        if parsed is not None and snip is not None:
            return extracted(parsed[0], snip, 0.8 * parsed[1])
    return None


# An amount and nothing else: 贰仟万元整, 人民币3000万元, 3,000万元人民币.
_AMOUNT_ALONE = re.compile(
    r"(?:人民币)?(?:[零〇壹贰叁肆伍陆柒捌玖拾佰仟万亿]+[元圆]整?|[\d,，.]+万元(?:人民币)?)"
)


def _capital_alone(reading: Reading) -> Extracted[Any] | None:
    """The registered capital on a line of its own whose label the scan lost (贰仟万元整 with no
    注册资本 before it): a license states no other amount, so only where one such line is read."""
    found = []
    for line in reading.lines:
        text = re.sub(r"\s", "", line.text)
        if any(h.line is line for h in reading.hits) or not _AMOUNT_ALONE.fullmatch(text):
            continue
        parsed = as_capital(text)
        snip = line.snippet(0, len(line.text))
        if parsed is not None and snip is not None:
            found.append(extracted(parsed[0], snip, 0.7 * parsed[1]))
    return found[0] if len(found) == 1 else None


def _after_a_gapped_label(
    reading: Reading, key: str, parse: Callable[[str], Parsed]
) -> Extracted[Any] | None:
    """A field after its letter-spaced label whose middle characters the scan lost (负 人徐付生 for
    负责人: the label's first character boxed alone, its last one starting the next cell).

    Only a label of three characters or more, spelt by no other field's label, and only where
    the rest of the cell parses as the field.
    """
    labels = vocabulary().fields
    others = {x[0] + x[-1] for k, xs in labels.items() if k != key for x in xs if len(x) >= 2}
    for line in reading.lines:
        cells = line.cells()
        if len(cells) < 2:
            continue
        first, (start, end) = line.text[slice(*cells[0])].strip(), cells[1]
        second = line.text[start:end].strip()
        for label in labels[key]:
            if len(label) < 3 or first != label[0] or not second.startswith(label[-1]):
                continue
            if label[0] + label[-1] in others:
                continue
            parsed = parse(second[1:])
            snip = line.snippet(0, end)
            if parsed is not None and snip is not None:
                return extracted(parsed[0], snip, 0.8 * parsed[1])
    return None


def _named_in_full(name: Extracted[str] | None) -> Extracted[str] | None:
    """A company's name only when something stands before its legal form that can be a trade
    name and a trade: at least four characters (a redacted or half-read 机商务有限公司 is none)."""
    if name is None:
        return None
    form = next((f for f in vocabulary().legal_forms if name.value.endswith(f)), None)
    return None if form is not None and len(name.value) - len(form) < 4 else name


# An individual business: named so, its 组成形式, or its holder labelled 经营者 (a company's is its
# 法定代表人 or 负责人) at the start of a row.
_INDIVIDUAL = re.compile(r"个体工商户|组成形式[:：]?(?:个人|家庭)经营|^经营者(?:姓名)?")
_TRADE_NAME = re.compile(r"[\u4e00-\u9fff()]{4,30}")


def _trade_name(reading: Reading) -> Extracted[str] | None:
    """An individual business's 字号名称 (某某饺子屋, 某某经销部), on a 个体工商户营业执照 only.

    Such a name need not end in a legal form, so it is taken as the whole value
    after its label: a run of ideographs, no template blank, no label word.
    """
    if not any(_INDIVIDUAL.search(re.sub(r"\s", "", line.text)) for line in reading.lines):
        return None
    return reading.first("company_name", as_trade_name)


def as_trade_name(text: str) -> Parsed:
    """The first cell of a value when it is a run of 4-30 ideographs (brackets allowed)."""
    name = re.split(r"\s{2,}|\t", text.strip())[0].replace(" ", "").replace("（", "(").replace("）", ")")
    if not _TRADE_NAME.fullmatch(name) or is_placeholder(name) or label_word(name):
        return None
    return name, 0.9


_TERM_LINE = re.compile(
    r"^(?:自)?\d{4}年\d{1,2}月\d{1,2}日(?:起)?至(?:\d{4}年\d{1,2}月\d{1,2}日|长期|永久)(?:止)?$"
)


def _bare_term(reading: Reading) -> Extracted[object] | None:
    """The business term on a line of its own whose label was lost whole (2005年08月16日至2025年
    08月15日): the only range of dates a license prints, so its shape names it. One such line
    only, a little less sure than under its label."""
    terms = [
        ln
        for ln in reading.lines
        if _TERM_LINE.match(ln.compact) and not any(h.line is ln for h in reading.hits)
    ]
    if len(terms) != 1:
        return None
    parsed = as_valid_until(terms[0].compact)
    snip = terms[0].snippet(0, len(terms[0].text))
    return extracted(parsed[0], snip, 0.85 * parsed[1]) if parsed is not None and snip is not None else None


def _single_date(text: str) -> Parsed:
    """One date and no term: what stands after 成立日期 (a term's two dates are 营业期限's)."""
    dates = [d for d in (full_date(f.value) for f in find_dates(re.sub(r"\s", "", text))) if d]
    return (dates[0], 1.0) if len(dates) == 1 and "至" not in text else None


def _term(text: str) -> Parsed:
    """A business term's end where the value is a term (…至…)."""
    return as_valid_until(text) if "至" in text else None


@extractor(DocType.business_license)
def extract_license(reading: Reading) -> LicenseFields:
    """Every license field that the page shows."""
    reading = license_reading(reading)
    fields: dict[str, object] = {
        # A name read whole first; then one that runs on to the next line (某控股集团昆仑某智能 /
        # 科技有限公司, where cutting at 集团 would name another company); then a cut one.
        "company_name": _named_in_full(
            reading.first("company_name", as_whole_org)
            or run_on(reading, "company_name", as_org)
            or reading.first("company_name", as_org)
        )
        or _trade_name(reading),
        "credit_code": credit_code(reading),
        "legal_representative": reading.first("legal_representative", as_person)
        or value_below(reading, "legal_representative", as_person)
        or _after_a_gapped_label(reading, "legal_representative", as_person),
        "registered_capital": reading.first("registered_capital", as_capital)
        or _beside_a_damaged_label(reading, "registered_capital", as_capital, ("registration_authority",))
        or _capital_alone(reading),
        "company_type": reading.first("company_type", as_company_type),
        "established_on": reading.first("established_on", as_date)
        or _beside_a_damaged_label(reading, "established_on", _single_date),
        "valid_until": valid_until(reading)
        or _beside_a_damaged_label(reading, "valid_until", _term)
        or _bare_term(reading),
        "address": address(reading),
        "business_scope": running_value(reading, "business_scope"),
    }
    fill_by_shape(reading, fields)
    fields["address"] = fields["address"] or _beside_half_a_label(reading) or _address_alone(reading)
    qr = next((code for page in reading.pages for code in page.codes), None)
    if qr is not None:
        page = next(p for p in reading.pages if qr in p.codes)
        snip = Snippet(page.number, qr.payload, qr.bbox, 1.0)
        fields["qr"] = extracted(qr.payload, snip)
        for key, value in qr_fields(qr.payload).items():
            if fields.get(key) is None:
                fields[key] = extracted(value, snip, 0.9)
    return LicenseFields(**{k: v for k, v in fields.items() if v is not None})


# An address's own words: a place and a number in it (…建设路130号6楼651室).
_STREET_NUMBER = re.compile(r"[路街道巷弄村].{0,12}?\d+\s*[号栋幢楼室]")


def _address_alone(reading: Reading) -> Extracted[str] | None:
    """An address in the value column whose 住所 label a glare or a watermark took whole: a line of no
    label that reads as an address with a street number, indented past the labels' column."""
    labelled = {(h.line.page, h.line.index) for h in reading.hits}
    label_x = min((h.line.boxes[h.start][0] for h in reading.hits if h.line.boxes), default=None)
    if label_x is None:
        return None
    for line in reading.lines:
        if (line.page, line.index) in labelled or not line.boxes:
            continue
        if line.boxes[0][0] < label_x + 3 * line.height or not _STREET_NUMBER.search(line.compact):
            continue
        parsed = as_address(line.text)
        snip = line.snippet(0, len(line.text))
        if parsed is not None and snip is not None:
            return extracted(parsed[0], snip, 0.6 * parsed[1])
    return _address_cell_alone(reading)


def _address_cell_alone(reading: Reading) -> Extracted[str] | None:
    """The same in the second column of a labelled row (经营范围 … | 新疆…奎屯市北 over 京东路336号):
    a cell of no label that starts as an address does and, with the line under it that starts
    where it starts, ends in a street number."""
    for at, line in enumerate(reading.lines):
        for start, end in line.cells()[1:]:
            if any(h.line is line and start <= h.start < end for h in reading.hits):
                continue
            text = line.text[start:end].strip()
            if not _ADDRESS_START.match(text):
                continue
            parts = [line.snippet(start, end)]
            if not _STREET_NUMBER.search(text) and at + 1 < len(reading.lines):
                below = reading.lines[at + 1]
                x = line.boxes[start][0]
                cell = next(
                    ((a, b) for a, b in below.cells() if abs(below.boxes[a][0] - x) <= 1.5 * line.height),
                    None,
                )
                if below.page == line.page and cell is not None:
                    text += below.text[cell[0] : cell[1]].strip()
                    parts.append(below.snippet(*cell))
            parsed = as_address(text) if _STREET_NUMBER.search(text) else None
            snips = [p for p in parts if p is not None]
            if parsed is not None and len(snips) == len(parts):
                return extracted(parsed[0], joined(snips, ""), 0.6 * parsed[1])
    return None


_ADDRESS_START = re.compile(r"新疆|\S{2,6}(?:省|自治区)")


_QR_NAME = re.compile(r"(?:企业名称|名称)[:：]\s*([^;；,，\n]+)")


def qr_fields(payload: str) -> dict[str, str]:
    """The credit code and the name a license's QR code carries, for what the print did not give.

    A photo's glare or a fold often takes the printed code while the QR code
    (the registry's link, ``uniscid=…``, or a provincial "名称：…;统一社会信用代码：…"
    text) still decodes; it is the registry's own record of the same license.
    """
    found: dict[str, str] = {}
    for _, _, run in find_credit_codes(payload):
        checked = check_credit_code(run)
        if checked is not None and checked.printed_valid:
            found["credit_code"] = checked.printed
            break
    name = _QR_NAME.search(payload)
    if name:
        parsed = as_org(name.group(1))
        if parsed is not None:
            found["company_name"] = parsed[0]
    return found
