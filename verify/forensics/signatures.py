"""Digital signatures of a PDF (pyHanko): intact and covering the file, or changed after signing.

Electronic contracts and e-invoices carry PDF signatures. pyHanko checks the
signed bytes (``intact``/``valid``) and which part of the file the signature
covers. Trust in the signer's certificate chain is not judged here: the tool
runs offline without the CAs' roots, so the finding says only that the
document was not changed after signing, and who signed it.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import ValidationContext, validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import SignatureCoverageLevel

from jianzheng.models import Code

from .pdf_revisions import change_signals, diff_revisions
from .signals import KeyArea, Signal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignatureCheck:
    """One embedded signature: who signed, whether the signed bytes are intact, what follows it."""

    field: str
    signer: str
    intact: bool
    covers_whole_file: bool
    signed_end: int
    """Offset just past the signed revision: bytes after it were added after signing."""


def read_signatures(data: bytes) -> list[SignatureCheck]:
    """Validate every signature of a PDF; an empty list when it has none or cannot be parsed."""
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        log.info("no signatures read: %s", exc)
        return []
    checks = []
    for sig in embedded:
        byte_range = [int(v) for v in sig.sig_object["/ByteRange"]]
        signed_end = byte_range[2] + byte_range[3]
        try:
            # The diff analysis runs in the PDF_EDITED path below, on text; skip pyHanko's.
            # The signer's own certificate as the only root: the chain is not judged
            # offline, and pyHanko then does not log a path-building error per file.
            context = ValidationContext(trust_roots=[sig.signer_cert], allow_fetching=False)
            status = validate_pdf_signature(sig, signer_validation_context=context, skip_diff=True)
            intact = bool(status.intact and status.valid)
            whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
            cert = status.signing_cert
            signer = cert.subject.human_friendly if cert is not None else ""
        except (SignatureValidationError, PdfError, ValueError, KeyError) as exc:
            log.info("signature %s not validated: %s", sig.field_name, exc)
            intact, whole, signer = False, False, ""
        checks.append(
            SignatureCheck(
                field=sig.field_name,
                signer=signer,
                intact=intact,
                covers_whole_file=whole or signed_end >= len(data.rstrip()),
                signed_end=signed_end,
            )
        )
    return checks


def _whole_file(code: Code, file: str, sig: SignatureCheck, message: str) -> Signal:
    """A signal about a signature itself: it speaks for the whole file, not for a place on a page."""
    return Signal(code=code, file=file, page=None, bbox=None, text=sig.field, message=message)


def signature_signals(
    data: bytes, file: str, key_pages: set[int] | None = None, areas: list[KeyArea] | None = None
) -> list[Signal]:
    """SIGNATURE_VALID for an intact signature over the whole file; PDF_EDITED otherwise.

    A signature whose bytes were altered says so; one followed by later
    revisions has the text changes since the signed revision quoted.
    """
    signals: list[Signal] = []
    for sig in read_signatures(data):
        who = f"（签名者：{sig.signer}）" if sig.signer else ""
        if not sig.intact:
            signals.append(
                _whole_file(
                    Code.PDF_EDITED, file, sig, f"数字签名 {sig.field} 校验失败：签名后文件内容被改动{who}"
                )
            )
            continue
        if sig.covers_whole_file:
            signals.append(
                _whole_file(
                    Code.SIGNATURE_VALID,
                    file,
                    sig,
                    f"数字签名 {sig.field} 完整，签名后文件未被改动{who}；证书链未在本机核验",
                )
            )
            continue
        changes = diff_revisions(data[: sig.signed_end], data, key_pages)
        if changes:
            signals += [
                Signal(
                    code=s.code,
                    file=s.file,
                    page=s.page,
                    bbox=s.bbox,
                    text=s.text,
                    message=f"数字签名 {sig.field} 之后文件又被修改：" + s.message.split("：", 1)[-1],
                    earlier=s.earlier,
                    later=s.later,
                )
                for s in change_signals(changes, file, areas or [], first=False)
            ]
        else:
            signals.append(
                _whole_file(
                    Code.SIGNATURE_VALID,
                    file,
                    sig,
                    f"数字签名 {sig.field} 完整{who}；签名后追加的修订未改动页面文字"
                    "（如批注、再次签名）；证书链未在本机核验",
                )
            )
    return signals
