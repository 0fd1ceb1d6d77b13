"""Small planted tamperings built with PyMuPDF and Pillow, for the forensics tests.

Each function writes a clean document and its tampered twin the way a forger
would make it: an incremental save with a changed amount, a white box with new
text, a digit in another font, a pasted patch in a scan, a signed PDF changed
after signing.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import tempfile
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFont

LINES = [
    "合同编号：XJ-2024-0137",
    "项目名称：乌鲁木齐市某区政务云平台建设项目",
    "甲方：乌鲁木齐市某区数据局",
    "乙方：新疆天山云数信息技术有限公司",
    "合同金额：人民币 204.50 万元（¥2,045,000.00）",
    "签订日期：2024年3月5日",
    "验收日期：2024年11月20日",
]


def contract_pdf(lines: list[str] = LINES) -> bytes:
    """A one-page text-layer contract."""
    doc = pymupdf.open()
    page = doc.new_page()
    for i, line in enumerate(lines):
        page.insert_text((72, 100 + 28 * i), line, fontname="china-s", fontsize=12)
    return doc.tobytes()


def incremental_edit(data: bytes, old: str, new: str) -> bytes:
    """The PDF with ``old`` redacted and ``new`` written in its place, saved incrementally."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "edit.pdf"
        path.write_bytes(data)
        doc = pymupdf.open(path)
        page = doc[0]
        rect = page.search_for(old)[0]
        page.add_redact_annot(rect)
        page.apply_redactions()
        page.insert_text((rect.x0, rect.y1 - 2), new, fontname="china-s", fontsize=12)
        doc.saveIncr()
        doc.close()
        return path.read_bytes()


def white_box(data: bytes, old: str, new: str) -> bytes:
    """The PDF with a white box painted over ``old`` and ``new`` written on top (fully re-saved)."""
    doc = pymupdf.open(stream=data, filetype="pdf")
    page = doc[0]
    rect = page.search_for(old)[0]
    page.draw_rect(
        pymupdf.Rect(rect.x0 - 1, rect.y0 - 1, rect.x1 + 1, rect.y1 + 1), color=None, fill=(1, 1, 1)
    )
    page.insert_text((rect.x0, rect.y1 - 2), new, fontname="china-s", fontsize=12)
    return doc.tobytes(garbage=3)


def odd_digit_pdf() -> bytes:
    """An amount whose one digit is in another font."""
    doc = pymupdf.open()
    page = doc.new_page()
    writer = pymupdf.TextWriter(page.rect)
    cjk, latin = pymupdf.Font("china-s"), pymupdf.Font("helv")
    writer.append((72, 100), "合同金额：人民币 2,4", font=cjk, fontsize=12)
    writer.append(writer.last_point, "5", font=latin, fontsize=12)
    writer.append(writer.last_point, "0,000.00 元", font=cjk, fontsize=12)
    writer.append((72, 130), "签订日期：2024年3月5日", font=cjk, fontsize=12)
    writer.write_text(page)
    return doc.tobytes()


def _jpeg(gray: np.ndarray, quality: int) -> bytes:
    out = io.BytesIO()
    Image.fromarray(gray).save(out, "JPEG", quality=quality)
    return out.getvalue()


def scanned_page(seed: int = 1, lines: list[str] = LINES) -> np.ndarray:
    """A grey 150-dpi 'scan' of the contract: rendered, dimmed, with paper noise."""
    doc = pymupdf.open()
    page = doc.new_page()
    for i in range(24):
        page.insert_text((60, 80 + 28 * i), lines[i % len(lines)], fontname="china-s", fontsize=11)
    pix = page.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
    img = np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w).astype(np.float32)
    rng = np.random.default_rng(seed)
    return np.clip(img * 0.92 + 10 + rng.normal(0, 4, img.shape), 0, 255).astype(np.uint8)


def scan_jpeg(seed: int = 1) -> bytes:
    """A clean scan as a JPEG file."""
    return _jpeg(scanned_page(seed), 85)


def pasted_scan_jpeg(seed: int = 1) -> bytes:
    """The scan with a clean, separately compressed patch pasted over an amount."""
    scan = scanned_page(seed)
    doc = pymupdf.open()
    page = doc.new_page(width=144, height=29)
    page.insert_text((4, 18), "245.00 万元", fontname="china-s", fontsize=11)
    pix = page.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
    patch = np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w)
    patch = np.asarray(Image.open(io.BytesIO(_jpeg(patch, 70))))
    scan[303 : 303 + patch.shape[0], 405 : 405 + patch.shape[1]] = patch
    return _jpeg(scan, 85)


def compressed_scan_with_clean_line(seed: int = 2, paste: bool = True) -> bytes:
    """A lightly noisy scan saved at JPEG quality 70, with one text line replaced by a clean render.

    Heavy compression leaves the page little noise; the pasted line has none.
    """
    scan = scanned_page(seed).astype(np.float32)
    scan = np.clip((scan - scan.mean()) * 0.75 + scan.mean(), 0, 255).astype(np.uint8)
    if paste:
        doc = pymupdf.open()
        page = doc.new_page(width=300, height=24)
        page.insert_text((4, 17), "合同金额：人民币 245.00 万元", fontname="china-s", fontsize=11)
        pix = page.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
        block = np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w).astype(np.float32) * 0.92 + 10
        scan[597 : 597 + pix.h, 121 : 121 + pix.w] = np.asarray(
            Image.open(io.BytesIO(_jpeg(block.astype(np.uint8), 97)))
        )
    return _jpeg(scan, 70)


def scan_pdf(jpeg: bytes) -> bytes:
    """A PDF page holding a scan image, as scanners write them."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_image(page.rect, stream=jpeg)
    return doc.tobytes()


def seal_png(name: str, size: int = 400) -> bytes:
    """A red round seal with ``name`` around the top and a star, as a PNG with alpha."""
    ink = (215, 25, 30, 235)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    c = size / 2
    draw.ellipse((8, 8, size - 8, size - 8), outline=ink, width=14)
    star = [
        (
            c + (62 if i % 2 == 0 else 25) * math.cos(-math.pi / 2 + i * math.pi / 5),
            c + (62 if i % 2 == 0 else 25) * math.sin(-math.pi / 2 + i * math.pi / 5),
        )
        for i in range(10)
    ]
    draw.polygon(star, fill=ink)
    font = ImageFont.truetype(io.BytesIO(bytes(pymupdf.Font("cjk").buffer)), 40)
    span = min(250.0, 20.0 * len(name) + 40)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / len(name)
        glyph = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((30, 30), ch, font=font, fill=ink, anchor="mm")
        glyph = glyph.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        x = c + 145 * math.cos(math.radians(ang)) - 30
        y = c + 145 * math.sin(math.radians(ang)) - 30
        img.alpha_composite(glyph, (int(x), int(y)))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def sealed_pdf(seal_name: str, lines: list[str] = LINES) -> bytes:
    """The contract page with a red seal over its signature block."""
    doc = pymupdf.open(stream=contract_pdf(lines), filetype="pdf")
    doc[0].insert_image(pymupdf.Rect(350, 560, 474, 684), stream=seal_png(seal_name), overlay=True)
    return doc.tobytes()


def signed_pdf(data: bytes) -> bytes:
    """The PDF signed with a fresh self-signed certificate (pyHanko)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "测试签章有限公司")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
        cert_registry=SimpleCertificateStore(),
    )
    out = io.BytesIO()
    signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(data)),
        signers.PdfSignatureMetadata(field_name="Sig1"),
        signer=signer,
        output=out,
    )
    return out.getvalue()
