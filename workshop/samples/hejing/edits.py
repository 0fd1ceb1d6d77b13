"""What happens to a paper after it is made: forgers' edits, and an honest electronic signature.

- ``white_out``: a white rectangle over the price line of a born-digital page, the new price typed
  on top; the old run stays in the text layer under the box.
- ``incremental_price``: a second revision appended to a saved PDF by an editor: the price line's
  text removed (no box) and retyped, a new producer and a later modification date.
- ``paste_seal``: the client's seal lifted pixel for pixel from a scanned contract page and dropped
  onto a scanned acceptance page that carried none, saved losslessly.
- ``esign``: a PAdES-style signature appended as an incremental revision (a signature field and its
  widget, nothing else), by a certificate an invented CA issued to the firm.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf

from .files import PostEdit, Retouch, pdf_date
from .numerals import capital, figures
from .papers import Box, Paper
from .sheet import CJK

PRICE_TAIL = ("（小写：¥", "）")
KEEP_IMAGES = pymupdf.PDF_REDACT_IMAGE_NONE  # type: ignore[attr-defined]
KEEP_LINE_ART = pymupdf.PDF_REDACT_LINE_ART_NONE  # type: ignore[attr-defined]
KEEP_ENCRYPTION = pymupdf.PDF_ENCRYPT_KEEP  # type: ignore[attr-defined]
NO_FILL: Any = False
"""An editor removes the text and paints nothing where it was (PyMuPDF's default paints white)."""


def price_runs(amount: Decimal) -> list[str]:
    return [capital(amount), PRICE_TAIL[0], figures(amount), PRICE_TAIL[1]]


def white_out(paper: Paper, new_amount: Decimal) -> Box:
    """Cover the price from its capital numerals to the line's end; type the new price on top."""
    index, words = paper.anchors["price_words"]
    _, line = paper.anchors["price_line"]
    sheet = paper.pages[index].sheet
    cover = (words[0] - 1.0, words[1] - 1.5, line[2] + 3.0, words[3] + 1.0)
    sheet.white_box(cover)
    x = words[0]
    for text in price_runs(new_amount):
        box = sheet.text(x, words[1], text, 10.5)
        x = box[2]
    return cover


def incremental_price(
    page_index: int, words: Box, line: Box, new_amount: Decimal, when: dt.datetime, producer: str
) -> PostEdit:
    """An editor's incremental save that rewrites the price line of page ``page_index``."""

    def edit(data: bytes) -> bytes:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "contract.pdf"
            path.write_bytes(data)
            doc = pymupdf.open(path)
            page = doc[page_index]
            page.add_redact_annot(
                pymupdf.Rect(words[0] - 0.5, words[1] + 1.0, line[2] + 1.0, words[3] - 1.0), fill=NO_FILL
            )
            page.apply_redactions(images=KEEP_IMAGES, graphics=KEEP_LINE_ART)
            page.insert_font(fontname="ed", fontbuffer=CJK.buffer)
            x = words[0]
            for text in price_runs(new_amount):
                page.insert_text((x, words[1] + 10.5 * 0.88), text, fontname="ed", fontsize=10.5)
                x += CJK.text_length(text, fontsize=10.5)
            doc.subset_fonts()
            meta = dict(doc.metadata or {})
            meta.update({"producer": producer, "modDate": pdf_date(when)})
            doc.set_metadata(
                {
                    k: v
                    for k, v in meta.items()
                    if k in ("producer", "creator", "creationDate", "modDate", "title", "author")
                }
            )
            doc.save(path, incremental=True, encryption=KEEP_ENCRYPTION)
            doc.close()
            return path.read_bytes()

    return edit


def paste_seal(
    source_index: int,
    source_box: Box,
    target_index: int,
    target_centre: tuple[float, float],
    dpi: int,
    notes: dict[str, object],
) -> Retouch:
    """Lift the red pixels around ``source_box`` of an earlier page; set them at ``target_centre``."""

    def retouch(index: int, picture: np.ndarray, saved: list[np.ndarray]) -> tuple[np.ndarray, bool]:
        if index != target_index:
            return picture, False
        source = saved[source_index]
        scale = dpi / 72
        x0, y0 = max(round(source_box[0] * scale) - 24, 0), max(round(source_box[1] * scale) - 24, 0)
        x1, y1 = round(source_box[2] * scale) + 24, round(source_box[3] * scale) + 24
        region = source[y0:y1, x0:x1]
        mask = red_ink(region)
        h, w = mask.shape
        tx, ty = round(target_centre[0] * scale - w / 2), round(target_centre[1] * scale - h / 2)
        picture = picture.copy()
        picture[ty : ty + h, tx : tx + w][mask] = region[mask]
        notes["pasted_seal"] = {
            "source_page": source_index + 1,
            "target_page": target_index + 1,
            "source_xy": [x0, y0],
            "target_xy": [tx, ty],
            "size": [w, h],
            "pixels": int(mask.sum()),
        }
        return picture, True

    return retouch


def red_ink(region: np.ndarray) -> np.ndarray:
    """Pixels where red seal ink dominates."""
    r, g, b = (region[..., k].astype(np.int16) for k in range(3))
    return (r > 110) & (r - g > 45) & (r - b > 35)


@contextmanager
def _clock(when: dt.datetime) -> Iterator[None]:
    """pyHanko stamps the document's modification date with 'now'; hold its clock at the signing time."""
    from pyhanko.pdf_utils.metadata import info, xmp_xml
    from pyhanko.sign.signers import pdf_signer

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Frozen:  # type: ignore[override]
            return cls.fromtimestamp(when.timestamp(), tz)

    modules = (info, xmp_xml, pdf_signer)
    saved = [module.datetime for module in modules]  # type: ignore[attr-defined]
    for module in modules:
        module.datetime = Frozen  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module, original in zip(modules, saved, strict=True):
            module.datetime = original  # type: ignore[attr-defined]


def esign(holder: str, key_seed: int, when: dt.datetime, location: str, page_index: int) -> PostEdit:
    """Sign the whole file as a new revision: an invisible signature field on ``page_index``."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    def edit(data: bytes) -> bytes:
        ca_key = ec.derive_private_key(7_000_003 + key_seed % 1000, ec.SECP256R1())
        key = ec.derive_private_key(9_100_001 + key_seed, ec.SECP256R1())
        ca_name = x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "天山数字认证有限公司"),
                x509.NameAttribute(NameOID.COMMON_NAME, "TSCA SM2 Test CA"),
            ]
        )
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, holder),
                x509.NameAttribute(NameOID.COMMON_NAME, holder),
            ]
        )
        start = dt.datetime(when.year - 1, 1, 1, tzinfo=dt.UTC)
        ca_cert = (
            x509.CertificateBuilder()
            .subject_name(ca_name)
            .issuer_name(ca_name)
            .public_key(ca_key.public_key())
            .serial_number(0x5A17 + key_seed % 1000)
            .not_valid_before(start)
            .not_valid_after(start + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(ca_key, hashes.SHA256())
        )
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(ca_name)
            .public_key(key.public_key())
            .serial_number(0x10000 + key_seed)
            .not_valid_before(start)
            .not_valid_after(start + dt.timedelta(days=1095))
            .add_extension(
                x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
            )
            .sign(ca_key, hashes.SHA256())
        )
        der = serialization.Encoding.DER
        signer = signers.SimpleSigner(
            signing_cert=asn1_x509.Certificate.load(cert.public_bytes(der)),
            signing_key=asn1_keys.PrivateKeyInfo.load(
                key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
            ),
            cert_registry=SimpleCertificateStore.from_certs(
                [asn1_x509.Certificate.load(ca_cert.public_bytes(der))]
            ),
        )
        moment = when.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))
        writer = IncrementalPdfFileWriter(io.BytesIO(data))
        meta = signers.PdfSignatureMetadata(field_name="Signature1", reason="合同签署", location=location)
        pdf_signer = signers.PdfSigner(
            meta,
            signer=signer,
            new_field_spec=fields.SigFieldSpec("Signature1", on_page=page_index, box=(0, 0, 0, 0)),
        )
        with _clock(moment):
            out = pdf_signer.sign_pdf(writer)
        return out.getvalue()

    return edit
