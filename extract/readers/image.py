"""Image files (JPEG, PNG, BMP, TIFF with several frames, GIF, WebP) through Pillow."""

from __future__ import annotations

import io
import struct
import warnings
from collections.abc import Iterator

import numpy as np
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from jianzheng.models.errors import UnreadableFile

from ..reading_rules import ReadingRules
from .source import SourcePage

# A4's long side in inches: a photo or a scan without a trustworthy DPI tag is
# taken to be an A4 page, the size of almost every attachment, so that its
# bboxes and its effective DPI come out in the right range.
_A4_LONG_IN = 11.69
_PLAUSIBLE_DPI = (50.0, 1200.0)


def iter_image(data: bytes, rules: ReadingRules) -> Iterator[SourcePage]:
    """Yield one page per frame; UnreadableFile for broken, truncated or oversized images."""
    limit = rules.limits.max_image_pixels
    try:
        with warnings.catch_warnings():
            # Pillow warns, then raises, past MAX_IMAGE_PIXELS; our own limit is checked first.
            warnings.simplefilter("ignore")  # Pillow's notes on odd EXIF or palettes are no reason to stop
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            frames = getattr(image, "n_frames", 1)
            if frames > rules.limits.max_frames:
                raise UnreadableFile(f"图像帧数异常（{frames} 帧）")
            for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
                width, height = frame.size
                if width * height > limit or width <= 0 or height <= 0:
                    raise UnreadableFile(f"图像尺寸异常（{width}×{height} 像素，拒绝解码）")
                yield _page(frame, number, rules)
    except UnreadableFile:
        raise
    # Pillow's decoders raise these, not only OSError, on damaged headers (a TIFF without dimensions
    # raises TypeError); each means the same to a reviewer: the image is broken.
    except (
        UnidentifiedImageError,
        OSError,
        ValueError,
        SyntaxError,
        EOFError,
        TypeError,
        IndexError,
        KeyError,
        struct.error,
    ) as exc:
        raise UnreadableFile(f"图像文件损坏或被截断（{type(exc).__name__}: {exc}）") from exc
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UnreadableFile(f"图像尺寸异常，拒绝解码（{exc}）") from exc


def on_white(image: Image.Image) -> Image.Image:
    """The picture as RGB laid on white paper.

    A PNG with transparency (a seal cut out for pasting into a Word file, a license saved
    from a web page) keeps whatever colour its transparent pixels happen to hold, often
    black; converted straight to RGB, a red seal on a clear ground becomes a red ring on
    black, which neither the seal detector nor the OCR reads.
    """
    if image.mode.startswith("I"):
        # A 16-bit grey PNG or TIFF (a scanner's "high quality" setting): PIL holds it as integers
        # up to 65535, which RGB conversion clips to white. Its top eight bits are the picture.
        levels = np.asarray(image, dtype=np.int64)
        shift = 8 if levels.size and int(levels.max()) > 255 else 0
        return Image.fromarray((levels >> shift).clip(0, 255).astype(np.uint8), "L").convert("RGB")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("RGB")
    return image.convert("RGB")


def _page(frame: Image.Image, number: int, rules: ReadingRules) -> SourcePage:
    upright = ImageOps.exif_transpose(frame) or frame
    rgb = np.asarray(on_white(upright))
    dpi = image_dpi(frame, rgb.shape[1], rgb.shape[0])
    height_pt = rgb.shape[0] * 72.0 / dpi
    width_pt = rgb.shape[1] * 72.0 / dpi

    def render(_asked: float) -> tuple[np.ndarray, float]:
        return rgb, dpi

    return SourcePage(
        number=number,
        width=width_pt,
        height=height_pt,
        scan=True,
        has_images=True,
        effective_dpi=dpi,
        dpi_guessed=tagged_dpi(frame) is None,
        bilevel=frame.mode == "1",
        render=render,
    )


def image_dpi(image: Image.Image, width: int, height: int) -> float:
    """The image's DPI from its tag where plausible, else as if its long side were an A4 page's."""
    return tagged_dpi(image) or max(width, height) / _A4_LONG_IN


def tagged_dpi(image: Image.Image) -> float | None:
    """The DPI the image's tag states, None where it states none or an implausible one."""
    tagged = image.info.get("dpi")
    if isinstance(tagged, tuple) and tagged:
        try:
            value = float(tagged[0])
        except (TypeError, ValueError):
            value = 0.0
        # Photos and screenshots carry 72 or 96 as a placeholder, not a measurement.
        if _PLAUSIBLE_DPI[0] <= value <= _PLAUSIBLE_DPI[1] and round(value) not in (72, 96):
            return value
    return None
