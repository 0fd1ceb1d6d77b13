"""DUPLICATE_DOCUMENT: the same page seen twice, in one submission or across submissions.

Each page gets two fingerprints: perceptual hashes of a low-resolution render
(imagehash phash/dhash, robust to rescanning and recompression) and a MinHash
signature of its normalised text's character shingles (robust to OCR noise).
Standard contract terms are the same in many genuine contracts, so a page
counts only when it also carries figures or dates (what makes it one
company's page), and a text match needs those figures to agree.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

import imagehash
import numpy as np
from PIL import Image

from jianzheng.extract.orient import has_ink
from jianzheng.extract.page_images import PageImages
from jianzheng.extract.readers.sniff import FileKind

from .config import thresholds
from .duplicate_store import PageEntry
from .signals import NUMBER_TOKEN

_KEEP = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]")
_PRIME = (1 << 31) - 1


@dataclass(frozen=True)
class PageMatch:
    """A page of this submission that repeats an earlier page."""

    file: str
    page: int
    other: PageEntry
    similarity: float
    how: str


def normalise(text: str) -> str:
    """Text reduced to CJK characters, letters and digits (spacing and punctuation vary by reader)."""
    return _KEEP.sub("", text)


_CN_DATE = re.compile(
    r"[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
)


# Spacing a reader put between a date's figures and its 年月日 (a printer that set each glyph apart
# gives 2024 年 4 月 27 日): the same date as one that came in one piece.
_DATE_SPACING = re.compile(r"(?<=\d)\s+(?=[年月日])|(?<=[年月])\s+(?=\d)")


# A code of letters and digits (a credit code 91650109MA0JW3LW2C, a registration number): one
# figure whole, never its digit runs (91650109 opens the code of every firm of 米东区).
_CODE = re.compile(
    r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{8,}(?![A-Za-z0-9])"
)


def figures(text: str) -> str:
    """The figures and dates of a text (dates in Chinese numerals too), sorted, space-separated."""
    text = _DATE_SPACING.sub("", text)
    codes = [c.upper() for c in _CODE.findall(text)]
    text = _CODE.sub(" ", text)
    found = [re.sub(r"[,，]", "", m) for m in NUMBER_TOKEN.findall(text)] + _CN_DATE.findall(text) + codes
    return " ".join(sorted(found))


# A company by its legal form, a public body by an ending no sentence ends a word with (a school, a
# hospital, a bureau): the parties a page names. Single-character endings (局 aside, which every
# client bureau ends with) are left out: 院, 所, 站 end ordinary words too.
_ORGANISATION = re.compile(
    r"[\u4e00-\u9fff（）()]{2,40}?(?:有限责任公司|股份有限公司|有限公司|委员会|人民政府|管理局|局|中学|小学"
    r"|学校|大学|学院|医院|卫生院|研究院|研究所|中心)"
)


def organisation_names(text: str) -> str:
    """The organisations a text names, companies and public bodies (their last 16 characters: a
    sentence may run into one), sorted."""
    compact = re.sub(r"\s+", "", text)
    return " ".join(sorted({m[-16:] for m in _ORGANISATION.findall(compact)}))


def _unmatched(a: str, b: str) -> bool:
    """Whether a names an organisation b does not. OCR may run the words before a name into it
    (成员热依汗古丽塔城地区电子政务中心 against 塔城地区电子政务中心) and misread a character: the
    names, aligned at their ends, differ in one character at most. Two schools of one bureau named
    for their villages differ in more, once the county before them is aligned too (…县堆齐牛录乡
    中心学校 and …县孙扎齐牛录乡中心学校; 尼勒克县木斯乡中心 and 尼勒克县乌赞乡中心)."""

    def alike(x: str, y: str) -> bool:
        n = min(len(x), len(y))
        return sum(p != q for p, q in zip(x[-n:], y[-n:], strict=True)) <= 1

    return any(not any(alike(x, y) for y in b.split()) for x in a.split())


@cache
def _permutations(count: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(20240305)  # fixed: signatures must agree across runs and machines
    return (
        rng.integers(1, _PRIME, count, dtype=np.uint64),
        rng.integers(0, _PRIME, count, dtype=np.uint64),
    )


def minhash(text: str) -> np.ndarray:
    """MinHash signature (uint64 × minhash_perm) of the text's character shingles; empty text → zeros."""
    rules = thresholds().duplicates
    k = rules.shingle
    grams = {text[i : i + k] for i in range(max(len(text) - k + 1, 0))}
    if not grams:
        return np.zeros(rules.minhash_perm, np.uint64)
    values = np.array(
        [
            int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "little") % _PRIME
            for g in grams
        ],
        dtype=np.uint64,
    )
    a, b = _permutations(rules.minhash_perm)
    return ((values[:, None] * a[None, :] + b[None, :]) % _PRIME).min(axis=0)


def bands(signature: np.ndarray) -> tuple[int, ...]:
    """LSH band keys: pages sharing any key are candidates for a text comparison."""
    count = thresholds().duplicates.minhash_bands
    rows = len(signature) // count
    keys = []
    for i in range(count):
        digest = hashlib.blake2b(bytes([i]) + signature[i * rows : (i + 1) * rows].tobytes(), digest_size=8)
        keys.append(int.from_bytes(digest.digest(), "little", signed=True))
    return tuple(keys)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two pages' shingle sets from their MinHash signatures."""
    sa, sb = np.frombuffer(a, np.uint64), np.frombuffer(b, np.uint64)
    if len(sa) != len(sb) or not len(sa) or not sa.any():
        return 0.0
    return float((sa == sb).mean())


def image_hashes(gray: np.ndarray) -> tuple[int, int]:
    """phash and dhash (64-bit ints) of a page image."""
    image = Image.fromarray(gray)
    return int(str(imagehash.phash(image)), 16), int(str(imagehash.dhash(image)), 16)


def is_blank(gray: np.ndarray) -> bool:
    """Whether a page image holds no ink (orient.has_ink): a blank back of a sheet."""
    return not has_ink(gray)


def page_gray(images: PageImages, file: str, page: int) -> np.ndarray | None:
    """The page's low-resolution grey image for its perceptual hashes; None where it has no picture.

    An image file comes at its own resolution and is shrunk to about an A4 page's size at
    the same DPI (the hashes look at 32×32 pixels, but shrinking first keeps them steady).
    """
    dpi = thresholds().duplicates.render_dpi
    made = images.gray(file, page, dpi)
    if made is None:
        return None
    gray, _ = made
    if images.kind(file) == FileKind.image:
        shrunk = Image.fromarray(gray)
        shrunk.thumbnail((int(8.27 * dpi * 2), int(11.69 * dpi * 2)))
        return np.asarray(shrunk)
    return gray


def fingerprint(
    submission: str,
    enterprise: str,
    file: str,
    page: int,
    text: str,
    gray: np.ndarray | None,
    label: str = "",
) -> PageEntry:
    """One page's entry for the index."""
    norm = normalise(text)
    signature = minhash(norm) if len(norm) >= thresholds().duplicates.shingle else None
    # A blank page (a duplex scanner's back of the sheet) is no one's paper: every blank back
    # hashes alike, so it is left out of the image comparison.
    phash, dhash = image_hashes(gray) if gray is not None and not is_blank(gray) else (0, 0)
    return PageEntry(
        submission=submission,
        enterprise=enterprise,
        file=file,
        page=page,
        phash=phash,
        dhash=dhash,
        # Only pages with enough text join the LSH index; short ones are compared within a submission.
        bands=bands(signature)
        if signature is not None and len(norm) >= thresholds().duplicates.min_text_chars
        else (),
        signature=signature.tobytes() if signature is not None else b"",
        figures=figures(text),
        label=label,
        names=organisation_names(text),
    )


def _distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


_FULL_DATE = re.compile(r"(19|20)\d\d(年\d{1,2}月|[-/.]\d{1,2}[-/.]|(0[1-9]|1[0-2])([0-2]\d|3[01]))")


_DATE_SHAPE = re.compile(r"(?:19|20)\d\d(?:年|[-/.])(?P<rest>.*)")
_MONTH_DAY = re.compile(r"(?P<m>\d{1,2})(?:月|[-/.])(?P<d>\d{1,2})日?")


def _garbled_date(f: str) -> bool:
    """A figure shaped like a date (a year and a separator) whose month or day cannot be.

    OCR of a scanned date drops or doubles a stroke: 2024年00月28, 2024.03..4;
    such readings are no evidence either way.
    """
    shape = _DATE_SHAPE.fullmatch(f)
    if shape is None:
        return False
    rest = _MONTH_DAY.fullmatch(shape["rest"])
    if rest is None:
        # A year and a month only (2024-10), or a number after the year (2024-0137): left as read,
        # unless a separator is doubled.
        return bool(re.search(r"[-/.]{2}|年.*年", f))
    return not (1 <= int(rest["m"]) <= 12 and 1 <= int(rest["d"]) <= 31)


# An amount with decimals: to the fen (1234.56), or with three figures before the point (365.5);
# a clause's number (6.1, 10.3) is every contract's and no event of one.
_MONEY = re.compile(r"\d+[.．]\d{2}|\d{3,}[.．]\d")


def distinctive(figs: str) -> set[str]:
    """The figures that make a page one company's event: amounts and full dates.

    An amount has decimals (to the fen, or three figures before the point) or six digits and
    more; a full date has a day. A clause's number (6.1), a bare year, a count, and a fiscal
    year's end (12月31日, shared by every audit report of that year) do not count. Readings OCR garbled (a date with month 00) and a
    figure the page also shows longer (2024-10 beside 2024-10-19: the line cut
    short) are left out, so two scans of one page still agree on what is left.
    """
    kept = set()
    for f in figs.split():
        if "12月31" in f or "1231" in f[4:8] or "十二月三十一日" in f or _garbled_date(f):
            continue
        if (
            _MONEY.fullmatch(f)
            or sum(ch.isdigit() for ch in f) >= 6
            or _FULL_DATE.search(f)
            or _CN_DATE.fullmatch(f)
        ):
            kept.add(f)
    return {f for f in kept if not any(other != f and other.startswith(f) for other in kept)}


def _is_amount(figure: str) -> bool:
    """A money figure (or another number) rather than a date of any spelling.

    A run of more than eight digits (a bank account, 1957082952273602774) is a number, though a
    date's shape hides in it (19570829).
    """
    if re.fullmatch(r"\d{9,}", figure):
        return True
    return (
        _DATE_SHAPE.fullmatch(figure) is None
        and _CN_DATE.fullmatch(figure) is None
        and not _FULL_DATE.search(figure)
    )


def _numbered_apart(mine: set[str], theirs: set[str]) -> bool:
    """Whether each page holds a figure of the other's length differing in two characters or more."""
    return any(
        len(x) == len(y) and sum(p != q for p, q in zip(x, y, strict=True)) >= 2 for x in mine for y in theirs
    )


def _dated_apart(mine: set[str], theirs: set[str]) -> bool:
    """Whether two pages are two events of one firm: each is dated, no date is shared, and no
    money figure either; what they share is the firm's standing numbers (its telephone, its bank
    account), printed on every signature page it signs (kuqa's two contracts, one client).

    A page reused with its date changed keeps its amounts, and stays a repeat.
    """
    dates_a = {f for f in mine if not _is_amount(f)}
    dates_b = {f for f in theirs if not _is_amount(f)}
    shared = mine & theirs
    return (
        bool(dates_a and dates_b) and not (dates_a & dates_b) and not any(_MONEY.fullmatch(f) for f in shared)
    )


def _one_template_apart(figs_a: str, figs_b: str, shared: set[str]) -> bool:
    """Whether two pages are one firm's two papers of one template: all they share of note is
    the firm's standing numbers (its seal's number on the margin, its account), no amount and no
    date, and each prints a figure the other does not (120 and 60 days to deliver: zepu seed 2's
    two contract middles). A page scanned twice agrees on its clause numbers too; what OCR cut
    short (2024-10 of 2024-10-19) is no difference."""
    if any(_MONEY.fullmatch(f) or not _is_amount(f) for f in shared):
        return False
    mine, theirs = set(figs_a.split()), set(figs_b.split())

    def lacks(xs: set[str], ys: set[str]) -> bool:
        return any(not any(y.startswith(x) or x.startswith(y) for y in ys) for x in xs - ys)

    return lacks(mine, theirs) and lacks(theirs, mine)


def same_page(a: PageEntry, b: PageEntry) -> tuple[float, str] | None:
    """Whether two entries are the same page: (similarity, how) or None.

    With text on both: the text's shingles must mostly agree (fully, for a page
    with little text), its distinctive figures (amounts, full dates) must exist
    and mostly agree (two scans of one paper differ too much in skew and tone for
    image hashes to help). With no
    text on either: the page images must hash identically.
    """
    rules = thresholds().duplicates
    if a.signature and b.signature:
        mine, theirs = distinctive(a.figures), distinctive(b.figures)
        if not mine or len(mine & theirs) < rules.figure_overlap * len(mine | theirs):
            return None
        # Boilerplate pages of two companies (an audit opinion, signed the same day) share a date
        # and most of their text; so do the signature pages of one contractor's two contracts of one
        # template signed the same day with two clients. One page scanned twice names the same
        # organisations; each of these names one the other does not. A page whose names were
        # retyped still shares its amounts, and is judged by them.
        only_dates = not any(_is_amount(f) for f in mine & theirs)
        # So do two contracts of one contractor with two clients: the firm's standing numbers
        # (its bank account, its credit code) on both first pages, each its own price (moyu seed 1).
        no_money = not any(_MONEY.fullmatch(f) for f in mine & theirs)
        if no_money and _unmatched(a.names, b.names) and _unmatched(b.names, a.names):
            return None
        if _dated_apart(mine, theirs) or _one_template_apart(a.figures, b.figures, mine & theirs):
            return None
        score = similarity(a.signature, b.signature)
        # Two papers of one template dated the same day (two certificates of one client for two
        # projects, each with its own 证书编号) share their dates and much of their wording; a page
        # scanned twice shares its numbers too, but for a character OCR read differently. A page
        # reused with only its number changed keeps nearly all its words, and stays a repeat.
        if (
            only_dates
            and score < rules.numbered_apart_below
            and _numbered_apart(mine - theirs, theirs - mine)
        ):
            return None
        needed = rules.text_jaccard if a.bands and b.bands else 1.0
        if score >= needed:
            return score, "文字"
        return None
    if a.signature or b.signature or not (a.phash and b.phash):
        return None
    distance = max(_distance(a.phash, b.phash), _distance(a.dhash, b.dhash))
    if distance <= rules.image_only_phash_distance:
        return 1.0 - distance / 64, "图像"
    return None


def _fed_twice(a: PageEntry, b: PageEntry) -> bool:
    """Whether two neighbouring pages of a file can be one sheet fed twice: both have text and
    nearly all their figures agree. Two invoices of one project paid in equal instalments share
    their amounts, parties and wording, but not their numbers and dates."""
    if not (a.signature and b.signature):
        return False
    mine, theirs = distinctive(a.figures), distinctive(b.figures)
    return bool(mine) and len(mine & theirs) >= thresholds().duplicates.refed_overlap * len(mine | theirs)


def find_repeats(entries: list[PageEntry], earlier: list[PageEntry]) -> list[PageMatch]:
    """Pages of ``entries`` that repeat a page before them in ``entries`` or any of ``earlier``.

    Only the later occurrence is reported, naming the first one it repeats.
    """
    band_index: dict[int, list[int]] = {}
    for i, entry in enumerate(earlier):
        for key in entry.bands:
            band_index.setdefault(key, []).append(i)
    matches = []
    for i, entry in enumerate(entries):
        candidates = list(entries[:i])
        if entry.bands:
            hits = {j for key in entry.bands for j in band_index.get(key, [])}
            candidates += [earlier[j] for j in sorted(hits)]
        else:
            candidates += [e for e in earlier if not e.bands]
        for other in candidates:
            # Within one file a repeated page is the file's own business (an audit report's
            # consolidated and parent-company statements are identical without subsidiaries; the
            # caller keeps only project evidence), but for a sheet fed twice in a row: two pages
            # side by side, both with text.
            if other.file == entry.file and other.submission == entry.submission:
                if abs(other.page - entry.page) != 1 or not _fed_twice(entry, other):
                    continue
            found = same_page(entry, other)
            if found:
                matches.append(PageMatch(entry.file, entry.page, other, found[0], found[1]))
                break
    return matches
