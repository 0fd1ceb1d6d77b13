"""License values whose labels OCR lost, recognised by their shape.

Licenses print their labels letter-spaced (名  称, 类  型, 住  所); an OCR
detector may take the spaced letters of three rows as one vertical box
(名类住) and leave the values without a label. Such a value is still
recognisable: the company type is one of a closed list, the name ends with
an organisation suffix, the address is made of place words and a number.
Only fields the labels did not give are filled, with a lower confidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from jianzheng.models import Extracted

from ..label_hits import LabelHit
from ..labels import vocabulary
from ..lines import Line, Snippet, union
from ..parties import clean_party_name
from .common import Reading, extracted

# A leftover of a spaced label printed before the value (称, 名类称, 一所 ) is dropped.
# A label's leftovers before an unlabelled value: its characters spaced out, or the half of 名 称 /
# 类 型 / 住 所 that a watermark left, after the watermark's own residue (金使用 | 称 | 喀什某公司).
_HEAD = re.compile(
    r"\s*(?:[名称类型住所企业主体]{1,4}\s+|\S?[称型所]\s+|\S{1,4}\s+[称型所]\s+)*"
    r"(?:[名类住企业称型所]{0,3}[称型所](?=[\u4e00-\u9fff]{4}))?"
)
_PLACE = re.compile(r"[省市县区旗镇乡村路街道巷号弄栋楼室园]")
_LICENSE_KEYS = {
    "company_name",
    "credit_code",
    "legal_representative",
    "registered_capital",
    "company_type",
    "established_on",
    "valid_until",
    "address",
    "business_scope",
    "registration_authority",
}


def is_company_type(text: str) -> bool:
    """Whether the text is a license's 类型 value (有限责任公司(自然人投资或控股))."""
    bare = re.sub(r"\(.*?\)", "", re.sub(r"\s", "", text))
    return bare in vocabulary().cue("company_types")


# What OCR leaves of a spaced label before its value (名类住 型所…, 名企住 业类型…).
_LABEL_LEFTOVER = re.compile(r"^[名称类型住所企业主体公司组成形式:：]*")


@lru_cache(maxsize=1)
def _type_shape() -> re.Pattern[str]:
    stems = sorted(vocabulary().cue("company_type_stems"), key=len, reverse=True)
    return re.compile(
        r"^[\u4e00-\u9fff]{0,8}?(?:" + "|".join(map(re.escape, stems)) + r")"
        r"(?:\([^()]{1,30}\))?(?:分支机构|分公司)?"
    )


def company_type_of(text: str) -> tuple[str, float] | None:
    """The company type a value holds, or None when it has no type's shape.

    A type is a legal form (有限责任公司, 个人独资企业, 个人经营 …) with an
    optional prefix (其他, 私营) and a bracketed note; label leftovers before
    it are dropped. What follows it must be another label (实收资本 …) or a
    stray character or two (a watermark's), else the value is no type.
    """
    compact = re.sub(r"\s", "", text).replace("（", "(").replace("）", ")")
    body = compact[_LABEL_LEFTOVER.match(compact).end() :]  # type: ignore[union-attr]
    match = _type_shape().match(body)
    if match is None:
        return None
    rest = body[match.end() :]
    value = _known_note(match.group(0))
    if not rest:
        return value, 1.0
    if _unclosed_note(rest):
        # The closing bracket ran off the photo or the scan's edge: the note is registered words.
        return value + rest + ")", 0.9
    labels = [label for labels in vocabulary().fields.values() for label in labels if len(label) >= 2]
    if any(rest.startswith(label) for label in labels):
        return value, 1.0
    return (value, 0.8) if len(rest) <= 2 else None


def _unclosed_note(rest: str) -> bool:
    """Whether what follows a type is its bracketed note with the closing bracket lost
    ((非上市、自然人投资或控股): every part, between 、, a registered note."""
    if not rest.startswith("(") or ")" in rest:
        return False
    notes = vocabulary().cue("company_type_notes")
    return all(part in notes for part in rest[1:].split("、"))


def _known_note(company_type: str) -> str:
    """The type with its bracketed note read as the one registered note it misses by one character."""
    note = re.search(r"\(([^()]{2,30})\)", company_type)
    notes = vocabulary().cue("company_type_notes")
    if note is None or note.group(1) in notes:
        return company_type
    near = [n for n in notes if len(n) == len(note.group(1)) and Levenshtein.distance(n, note.group(1)) == 1]
    if len(near) != 1:
        return company_type
    return company_type[: note.start(1)] + near[0] + company_type[note.end(1) :]


# Where an address value stops: the facing page's numbered notes (8.办理注销登记…, 《企业法人营业执照》).
_ADDRESS_END = re.compile(r"\s\d{1,2}[.、．]\D|《|\s{2,}|\t")
# An address names a region or a road; a fragment (号楼东1105室) does not.
_ADDRESS_WORD = re.compile(r"[省市县区旗镇乡村路街道巷园]")
# No province, city, county or district is named by one character: 东省济南市… lost its 山.
_TRUNCATED_START = re.compile(r"^[\u4e00-\u9fff]?[省市县区]")
# Only divisions (北京市朝阳区): the rest of the line was lost (a watermark across it); every
# address names a place inside its district.
_ONLY_DIVISIONS = re.compile(
    r"^(?:[^镇乡村路街道巷号楼园室\d]{1,7}?(?:省|市|自治区|自治州|地区|盟|县|区|旗))+$"
)


def as_address(text: str) -> tuple[str, float] | None:
    """An address (lines joined by newlines): up to a note of the facing page, with a place word."""
    lines = text.split("\n")
    kept = []
    for line in lines:
        cut = _ADDRESS_END.search(line)
        kept.append(line[: cut.start()] if cut else line)
    value = re.sub(r"\s+", "", "".join(kept)).strip(":：,，;；")
    # A colon inside is another field's label run into the cell (工程技术咨询:住…, a scope's end
    # and a 住所 whose 所 a watermark hid): no address is printed with one.
    if (
        len(value) < 4
        or not _ADDRESS_WORD.search(value)
        or _TRUNCATED_START.match(value)
        or _ONLY_DIVISIONS.match(value)
        or ":" in value
    ):
        return None
    return value, 1.0


def _candidates(reading: Reading) -> list[tuple[Line, Snippet]]:
    """The last cell of each unlabelled line above the first labelled row below the name block."""
    labelled = [
        h for h in reading.hits if h.key in _LICENSE_KEYS - {"company_name", "company_type", "address"}
    ]
    below_block = {
        "legal_representative",
        "registered_capital",
        "established_on",
        "valid_until",
        "business_scope",
    }
    # The name block ends at the first line that starts with a label of the rows below it.
    stop = min(
        ((h.line.page, h.line.index) for h in labelled if h.key in below_block and not _after_a_cell(h)),
        default=None,
    )
    out = []
    for line in reading.lines:
        if stop is not None and (line.page, line.index) >= stop:
            break
        # On two-column licenses a labelled value (成立日期…) shares the line: the cell
        # before the first label is still a candidate.
        first_label = min((h.start for h in reading.hits if h.line is line), default=len(line.text))
        # Every cell is a candidate: a booklet's facing page (须知) may share the line.
        for start, end in (c for c in line.cells() if c[1] <= first_label):
            head = _HEAD.match(line.text[start:end])
            if head:
                start += head.end()
            snip = line.snippet(start, end)
            if snip is not None:
                out.append((line, snip))
    return out


def _after_a_cell(hit: LabelHit) -> bool:
    """Whether the label stands to the right of another cell of its line (a second column)."""
    return any(end <= hit.start for _, end in hit.line.cells())


def fill_by_shape(reading: Reading, fields: dict[str, object]) -> None:
    """Fill company_name, company_type and address from unlabelled values, where missing."""
    wanted = {k for k in ("company_name", "company_type", "address") if fields.get(k) is None}
    if not wanted:
        return
    candidates = _candidates(reading)
    for i, (line, snip) in enumerate(candidates):
        text = re.sub(r"\s", "", snip.text)
        kind = company_type_of(text)
        if "company_type" in wanted and kind is not None and is_company_type(kind[0]):
            fields["company_type"] = extracted(kind[0], snip, 0.7 * kind[1])
            wanted.discard("company_type")
            continue
        name = clean_party_name(text)
        if (
            "company_name" in wanted
            and name
            and name[1] == 1.0
            and len(name[0]) >= 6
            and not _PLACE.search(name[0][-3:])
        ):
            fields["company_name"] = extracted(name[0], snip, 0.7)
            wanted.discard("company_name")
            continue
        if "address" in wanted and len(_PLACE.findall(text)) >= 2 and re.search(r"\d|号", text):
            found = _address(candidates[i:], line)
            if found is not None:
                fields["address"] = found
                wanted.discard("address")


def _address(rest: list[tuple[Line, Snippet]], first: Line) -> Extracted[str] | None:
    """The address with a following short line that continues it under its left edge."""
    parts = [rest[0][1]]
    following = [(line, snip) for line, snip in rest[1:] if line.index == first.index + 1]
    if following:
        nxt_line, nxt = following[0]
        if (
            nxt_line.index == first.index + 1
            and abs(nxt.bbox[0] - parts[0].bbox[0]) < 2 * first.height
            and not is_company_type(nxt.text)
            and len(nxt.text) < len(parts[0].text)
        ):
            parts.append(nxt)
    read = as_address("\n".join(p.text for p in parts))
    if read is None:
        return None
    text = "".join(p.text for p in parts)
    snippet = Snippet(parts[0].page, text, union([p.bbox for p in parts]), min(p.confidence for p in parts))
    return extracted(read[0], snippet, 0.7)
