"""Guards for Office Open XML packages (.docx, .xlsx) before a library parses them."""

from __future__ import annotations

import io
import zipfile
import zlib

from jianzheng.models.errors import UnreadableFile

from ..reading_rules import ReadingRules

SAVE_AS = "请另存为 PDF 或 .docx 后上传"


def checked_zip(data: bytes, rules: ReadingRules, kind: str) -> None:
    """Refuse (UnreadableFile) a package that is broken, a zip bomb or carries an XML entity bomb.

    python-docx and openpyxl read whole parts into memory, so sizes are checked
    from the zip directory first; entity declarations, which real Office files
    never carry, are refused from the head of each XML part.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > rules.limits.max_zip_members:
                raise UnreadableFile(f"{kind} 内部文件数异常（{len(infos)}）")
            if sum(i.file_size for i in infos) > rules.limits.max_unzipped_bytes:
                raise UnreadableFile(f"{kind} 解压后体积异常（疑似压缩炸弹）")
            for info in infos:
                if not info.filename.endswith((".xml", ".rels")):
                    continue
                if info.file_size > rules.limits.max_office_xml_bytes:
                    raise UnreadableFile(f"{kind} 内容体积异常（{info.filename}）")
                with archive.open(info) as member:
                    head = member.read(4096)
                if b"<!ENTITY" in head:
                    raise UnreadableFile(f"{kind} 含 XML 实体声明，拒绝解析")
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,  # a damaged member inflates to an error, not to OSError
        NotImplementedError,
        OSError,
        ValueError,
        EOFError,
    ) as exc:
        raise UnreadableFile(f"{kind} 文件损坏（{exc}）；{SAVE_AS}") from exc
