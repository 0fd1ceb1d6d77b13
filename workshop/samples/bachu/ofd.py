"""An OFD (GB/T 33190) package written from a Sheet: the layout the 税务 platform's 数电票 OFDs use.

OFD.xml (DocInfo with the invoice's CustomDatas) → Doc_0/Document.xml (CommonData, one page, CustomTags) →
PublicRes.xml (fonts by name, not embedded, as the tax platform's files do), DocumentRes.xml (the QR and the
监制章 as PNG MultiMedia), Pages/Page_0/Content.xml (TextObjects with explicit DeltaX, PathObjects, ImageObjects)
and Tags/CustomTag.xml pointing the invoice fields at their TextObjects. Units are millimetres throughout.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

from .sheet import Sheet, advances

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'

TAGS = {
    "invoice_number": "InvoiceNo",
    "issued_on": "IssueDate",
    "buyer": "Buyer/BuyerName",
    "buyer_id": "Buyer/BuyerTaxID",
    "seller": "Seller/SellerName",
    "seller_id": "Seller/SellerTaxID",
    "amount": "TaxExclusiveTotalAmount",
    "tax": "TaxTotalAmount",
    "total_amount": "TaxInclusiveTotalAmount",
    "item": "Item",
    "remark": "Note",
}


def _f(v: float) -> str:
    return f"{v:.3f}".rstrip("0").rstrip(".")


def _rgb(color: tuple[float, float, float]) -> str:
    return " ".join(str(round(c * 255)) for c in color)


def write_ofd(sheet: Sheet, custom: dict[str, str], created: str, doc_id: str) -> bytes:
    """The OFD bytes of one page."""
    next_id = [100]

    def new_id() -> int:
        next_id[0] += 1
        return next_id[0]

    fonts = {"cjk": 2, "mono": 3}
    media: list[tuple[int, str, bytes]] = []
    objects: list[str] = []
    tag_refs: dict[str, list[int]] = {}
    page_id = 1
    for r in sheet.rules:
        oid = new_id()
        x0, y0 = min(r.x0, r.x1), min(r.y0, r.y1)
        w, h = abs(r.x1 - r.x0), abs(r.y1 - r.y0)
        pad = r.width
        if r.box:
            path = f"M {_f(pad)} {_f(pad)} L {_f(w + pad)} {_f(pad)} L {_f(w + pad)} {_f(h + pad)} L {_f(pad)} {_f(h + pad)} C"
        else:
            path = f"M {_f(pad)} {_f(pad)} L {_f(w + pad)} {_f(h + pad)}"
        objects.append(
            f'<ofd:PathObject ID="{oid}" Boundary="{_f(x0 - pad)} {_f(y0 - pad)} {_f(w + 2 * pad)} {_f(h + 2 * pad)}" '
            f'LineWidth="{_f(r.width)}"><ofd:StrokeColor Value="{_rgb(r.color)}" ColorSpace="1"/>'
            f"<ofd:AbbreviatedData>{path}</ofd:AbbreviatedData></ofd:PathObject>"
        )
    for t in sheet.texts:
        oid = new_id()
        adv = advances(t.text, t.size, t.face)
        delta = " ".join(_f(a) for a in adv[:-1])
        width = sum(adv)
        delta_attr = f' DeltaX="{delta}"' if delta else ""
        objects.append(
            f'<ofd:TextObject ID="{oid}" Boundary="{_f(t.x)} {_f(t.y)} {_f(width + 0.5)} {_f(t.size * 1.25)}" '
            f'Font="{fonts[t.face]}" Size="{_f(t.size)}"><ofd:FillColor Value="{_rgb(t.color)}" ColorSpace="1"/>'
            f'<ofd:TextCode X="0" Y="{_f(t.size * 0.86)}"{delta_attr}>{escape(t.text)}</ofd:TextCode></ofd:TextObject>'
        )
        if t.role in TAGS:
            tag_refs.setdefault(TAGS[t.role], []).append(oid)
    for p in sheet.pictures:
        mid = new_id()
        media.append((mid, f"image_{mid}.png", p.png))
        oid = new_id()
        w, h = p.x1 - p.x0, p.y1 - p.y0
        objects.append(
            f'<ofd:ImageObject ID="{oid}" CTM="{_f(w)} 0 0 {_f(h)} 0 0" '
            f'Boundary="{_f(p.x0)} {_f(p.y0)} {_f(w)} {_f(h)}" ResourceID="{mid}"/>'
        )
    layer_id = new_id()
    content = (
        HEAD
        + f"<ofd:Page {NS}><ofd:Area><ofd:PhysicalBox>0 0 {_f(sheet.width)} {_f(sheet.height)}</ofd:PhysicalBox>"
        f'</ofd:Area><ofd:Content><ofd:Layer ID="{layer_id}">'
        + "".join(objects)
        + "</ofd:Layer></ofd:Content></ofd:Page>"
    )
    max_id = new_id()
    custom_xml = "".join(
        f"<ofd:CustomData Name={quoteattr(k)}>{escape(v)}</ofd:CustomData>" for k, v in custom.items()
    )
    ofd_xml = (
        HEAD + f'<ofd:OFD {NS} DocType="OFD" Version="1.0"><ofd:DocBody><ofd:DocInfo>'
        f"<ofd:DocID>{doc_id}</ofd:DocID><ofd:Author>China Tax</ofd:Author>"
        f"<ofd:CreationDate>{created}</ofd:CreationDate><ofd:ModDate>{created}</ofd:ModDate>"
        f"<ofd:Creator>swdomsdk</ofd:Creator><ofd:CustomDatas>{custom_xml}</ofd:CustomDatas></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )
    document = (
        HEAD + f"<ofd:Document {NS}><ofd:CommonData><ofd:MaxUnitID>{max_id}</ofd:MaxUnitID>"
        f"<ofd:PageArea><ofd:PhysicalBox>0 0 {_f(sheet.width)} {_f(sheet.height)}</ofd:PhysicalBox></ofd:PageArea>"
        "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>"
        f'</ofd:CommonData><ofd:Pages><ofd:Page ID="{page_id}" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages>'
        "<ofd:CustomTags>Tags/CustomTags.xml</ofd:CustomTags></ofd:Document>"
    )
    public_res = (
        HEAD
        + f'<ofd:Res {NS} BaseLoc="Res"><ofd:ColorSpaces><ofd:ColorSpace ID="1" Type="RGB"/></ofd:ColorSpaces>'
        '<ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/>'
        '<ofd:Font ID="3" FontName="Courier New" FamilyName="Courier New"/></ofd:Fonts></ofd:Res>'
    )
    document_res = (
        HEAD
        + f'<ofd:Res {NS} BaseLoc="Res"><ofd:MultiMedias>'
        + "".join(
            f'<ofd:MultiMedia ID="{mid}" Type="Image" Format="PNG"><ofd:MediaFile>{name}</ofd:MediaFile></ofd:MultiMedia>'
            for mid, name, _ in media
        )
        + "</ofd:MultiMedias></ofd:Res>"
    )
    custom_tags = (
        HEAD + f'<ofd:CustomTags {NS}><ofd:CustomTag TypeID="root"><ofd:FileLoc>CustomTag.xml</ofd:FileLoc>'
        "</ofd:CustomTag></ofd:CustomTags>"
    )
    tag_body = ""
    for role_path, ids in tag_refs.items():
        refs = "".join(f'<ofd:ObjectRef PageRef="{page_id}">{i}</ofd:ObjectRef>' for i in ids)
        parts = role_path.split("/")
        inner = refs
        for name in reversed(parts):
            inner = f"<ofd:{name}>{inner}</ofd:{name}>"
        tag_body += inner
    custom_tag = HEAD + f'<ofd:root {NS} version="1.0">{tag_body}</ofd:root>'
    year, month, day = (int(v) for v in created.split("-"))
    stamp = (year, month, day, 10, 0, 0)
    entries: list[tuple[str, str | bytes]] = [
        ("OFD.xml", ofd_xml),
        ("Doc_0/Document.xml", document),
        ("Doc_0/PublicRes.xml", public_res),
        ("Doc_0/DocumentRes.xml", document_res),
        ("Doc_0/Pages/Page_0/Content.xml", content),
        ("Doc_0/Tags/CustomTags.xml", custom_tags),
        ("Doc_0/Tags/CustomTag.xml", custom_tag),
        *((f"Doc_0/Res/{name}", data) for _, name, data in media),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:  # fixed entry times: the same seed gives the same bytes
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def read_ofd(data: bytes) -> dict[str, object]:
    """Parse an OFD back (the selfcheck's reader): page texts, images, custom data; raises on a broken package."""
    import xml.etree.ElementTree as ET

    ns = {"ofd": "http://www.ofdspec.org/2016"}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = set(z.namelist())
        root = ET.fromstring(z.read("OFD.xml"))
        doc_root = root.find("ofd:DocBody/ofd:DocRoot", ns)
        assert doc_root is not None and doc_root.text
        doc_path = doc_root.text
        base = doc_path.rsplit("/", 1)[0]
        doc = ET.fromstring(z.read(doc_path))
        custom = {
            el.get("Name", ""): el.text or ""
            for el in root.iterfind("ofd:DocBody/ofd:DocInfo/ofd:CustomDatas/ofd:CustomData", ns)
        }
        res = ET.fromstring(z.read(f"{base}/DocumentRes.xml"))
        res_base = res.get("BaseLoc", "")
        media = {
            m.get("ID"): f"{base}/{res_base}/{m.findtext('ofd:MediaFile', '', ns)}"
            for m in res.iterfind("ofd:MultiMedias/ofd:MultiMedia", ns)
        }
        pages = []
        for p in doc.iterfind("ofd:Pages/ofd:Page", ns):
            content = ET.fromstring(z.read(f"{base}/{p.get('BaseLoc')}"))
            texts = [tc.text or "" for tc in content.iter("{http://www.ofdspec.org/2016}TextCode")]
            images = []
            for img in content.iter("{http://www.ofdspec.org/2016}ImageObject"):
                path = media[img.get("ResourceID")]
                assert path in names, path
                images.append(z.read(path))
            pages.append({"texts": texts, "images": images})
        return {"custom": custom, "pages": pages}
