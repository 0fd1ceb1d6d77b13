"""Pages and the words on them, as extraction hands them to classification."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

BBox = tuple[float, float, float, float]
"""[x0, y0, x1, y1] in PDF points (1/72 inch) from the page's top left."""


class TextSource(StrEnum):
    text = "text"
    ocr = "ocr"
    mixed = "mixed"


class Word(BaseModel):
    """A run of text on one line (a PDF span or an OCR text line)."""

    model_config = ConfigDict(frozen=True)

    text: str
    bbox: BBox
    confidence: float = 1.0
    source: TextSource = TextSource.text
    font: str | None = None
    size: float | None = None


class PageQuality(BaseModel):
    model_config = ConfigDict(frozen=True)

    dpi: float | None = None
    blur: float | None = None
    skew_deg: float | None = None
    readable: bool = True
    reasons: list[str] = Field(default_factory=list, exclude=True)
    seals_certain: bool = Field(default=True, exclude=True)
    """Whether a seal on this scan would have been found: not on a 1-bit scan, whose threshold may
    have dropped a pale seal's ink, nor where a round outline could not be confirmed (a seal
    stamped over a ruled table)."""


class Seal(BaseModel):
    """A red seal found on the page, and the text read on its ring."""

    model_config = ConfigDict(frozen=True)

    bbox: BBox
    text: str | None = None
    confidence: float = 1.0
    image_hash: str | None = None


class PageCode(BaseModel):
    """A machine-readable code (QR code) decoded on the page, with where it is."""

    model_config = ConfigDict(frozen=True)

    payload: str
    bbox: BBox
    format: str = "QRCode"


class Page(BaseModel):
    """One page of one attachment file: its words in reading order and its quality.

    ``file`` is the path relative to the submission folder (POSIX separators);
    ``number`` is 1-based inside that file. Coordinates are PDF points from
    the top left of the page as a reader sees it (after any rotation, and flattened
    where a photographed sheet was: see ``sheet``); the report places boxes of a
    turned page back on the file's page (service/report.py).
    """

    file: str
    number: int
    width: float
    height: float
    words: list[Word] = Field(default_factory=list)
    text_source: TextSource = TextSource.text
    quality: PageQuality | None = None
    seals: list[Seal] = Field(default_factory=list)
    rotation: int = 0
    """Degrees the page image was turned to read upright (0, 90, 180, 270)."""
    codes: list[PageCode] = Field(default_factory=list)
    """QR codes decoded on the page image (payload and bbox in points)."""
    image_based: bool = False
    """True when the page's content is an image (a scan or photo), whatever its text source."""
    hidden_words: list[Word] = Field(default_factory=list)
    """Text the file holds on this page but a viewer cannot see (a PDF text layer under an opaque
    picture, in invisible render mode 3, or white on white), in page points. Never read as the
    page's content (``words`` are what the page shows); kept so that a check can compare the two."""
    sheet: list[tuple[float, float]] | None = None
    """For a phone photo read flattened: the sheet's corners on the upright photo (points; top-left,
    top-right, bottom-right, bottom-left). The page's words, width and height are then those of
    the flattened sheet, whose corners these are."""

    @property
    def key(self) -> tuple[str, int]:
        return (self.file, self.number)

    def within(self, region: BBox | None) -> Page:
        """The page with only what lies inside ``region`` (by each box's centre); itself when None.

        One of two documents scanned on one sheet reads, and is checked on, its own part only.
        """
        if region is None:
            return self

        def inside(box: BBox) -> bool:
            x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
            return region[0] <= x <= region[2] and region[1] <= y <= region[3]

        return self.model_copy(
            update={
                "words": [w for w in self.words if inside(w.bbox)],
                "hidden_words": [w for w in self.hidden_words if inside(w.bbox)],
                "seals": [s for s in self.seals if inside(s.bbox)],
                "codes": [c for c in self.codes if inside(c.bbox)],
            }
        )

    @property
    def text(self) -> str:
        """The page's text, one line per visual line, words in reading order."""
        return "\n".join(" ".join(w.text for w in line) for line in self.lines())

    def lines(self, tolerance: float = 0.5) -> list[list[Word]]:
        """Group words into visual lines: a word joins a line when its vertical
        centre lies within ``tolerance`` × its height of the line's centre.

        A word under (or over) a word of the line, half a line or more lower, starts
        a line of its own: in a table row whose cells wrap (建设单位 | 某局 | 承建单位 |
        某某有限责 / 任公司) the wrapped halves are two lines, not one line that
        reads 任公司 beside 某某有限责. Text painted over text at the same height
        stays on one line, where the reader keeps what is shown.
        """
        rows: list[list[Word]] = []
        words = sorted(self.words, key=lambda w: (_centre(w), w.bbox[0]))
        for at, word in enumerate(words):
            centre = _centre(word)
            height = max(word.bbox[3] - word.bbox[1], 1.0)
            if rows:
                last = rows[-1]
                last_centre = sum(_centre(w) for w in last) / len(last)
                if (
                    abs(centre - last_centre) <= tolerance * height
                    and not any(_stacked(word, other) for other in last)
                    and not (
                        at + 1 < len(words)
                        and _starts_next_row(word, last, last_centre, words[at + 1], tolerance)
                    )
                ):
                    last.append(word)
                    continue
            rows.append([word])
        return [sorted(row, key=lambda w: w.bbox[0]) for row in rows]


def _centre(word: Word) -> float:
    return (word.bbox[1] + word.bbox[3]) / 2


def _starts_next_row(word: Word, row: list[Word], row_centre: float, nxt: Word, tolerance: float) -> bool:
    """Whether a word within reach of the row lies nearer the next word, which starts a row of
    its own even with this word joined: a value printed high beside its label (营业期限 | 2019年…
    set 8 px above) goes with its label, not with the row above that it also touches.

    Only between neighbours: the next word stands beside this one and no word of the row does
    (a page of two columns interleaves its rows' words, and a name beside its label stays).
    """
    if not _beside(word, nxt) or any(_beside(word, other) for other in row):
        return False
    joined = (row_centre * len(row) + _centre(word)) / (len(row) + 1)
    nxt_height = max(nxt.bbox[3] - nxt.bbox[1], 1.0)
    return (
        abs(_centre(nxt) - joined) > tolerance * nxt_height
        and abs(_centre(word) - _centre(nxt)) < abs(_centre(word) - row_centre)
        and not _stacked(word, nxt)
    )


def _beside(a: Word, b: Word) -> bool:
    """Whether two words stand side by side: at most two line heights apart across."""
    gap = max(a.bbox[0], b.bbox[0]) - min(a.bbox[2], b.bbox[2])
    return gap <= 2 * max(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1], 1.0)


def _stacked(a: Word, b: Word) -> bool:
    """Whether one word lies under the other: overlapping by more than half the narrower one's
    width, with their centres a quarter of a line or more apart."""
    overlap = min(a.bbox[2], b.bbox[2]) - max(a.bbox[0], b.bbox[0])
    narrower = max(min(a.bbox[2] - a.bbox[0], b.bbox[2] - b.bbox[0]), 1.0)
    offset = abs((a.bbox[1] + a.bbox[3]) - (b.bbox[1] + b.bbox[3])) / 2
    height = max(min(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1]), 1.0)
    return overlap > 0.5 * narrower and offset >= 0.25 * height
