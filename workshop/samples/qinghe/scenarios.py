"""The filings: four clean ones and six with one planted cause each, in every file form an office produces."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PIL import Image

from . import docs, files
from .docs import Paper
from .filing import Filing, fresh
from .paper import Sheet
from .scanner import Scan, photo, scan
from .world import World, declared_copy, make_world

When = tuple[int, int, int, int, int, int]


def when(rng: random.Random, month: int | None = None) -> When:
    return (
        2026,
        month or rng.randint(1, 2),
        rng.randint(1, 28),
        rng.randint(8, 19),
        rng.randint(0, 59),
        rng.randint(0, 59),
    )


def setting(rng: random.Random, mode: str, dpis: tuple[int, ...] = (200, 240, 300)) -> Scan:
    return Scan(
        mode=mode,
        dpi=rng.choice(dpis),
        skew=round(rng.uniform(-0.7, 0.7), 2),
        tone=rng.randint(0, 12),
        noise=rng.uniform(1.0, 3.0),
    )


def scans(sheets: list[Sheet], s: Scan, rng: random.Random) -> list[Image.Image]:
    return [scan(sh, s, rng) for sh in sheets]


def sheets_of(papers: list[Paper]) -> list[Sheet]:
    return [sh for p in papers for sh in p.sheets]


def base(w: World, rng: random.Random) -> tuple[Paper, Paper]:
    lic = docs.licence(w.firm, rng, w.licence_until, w.licence_issued)
    audit = docs.audit_report(w.firm, w.books, rng)
    return lic, audit


def project(w: World, i: int, rng: random.Random, four: bool = False, **acc: object) -> tuple[Paper, Paper]:
    d = w.deals[i]
    c = docs.contract_four(w.firm, d, rng) if four else docs.contract_two(w.firm, d, rng)
    a = docs.acceptance(w.firm, d, rng, **acc)  # type: ignore[arg-type]
    return c, a


def image_pdf_file(
    f: Filing,
    rel: str,
    papers: list[Paper],
    s: Scan,
    rng: random.Random,
    rotate: list[int] | None = None,
    enc: str = "dct",
    strips: list[int] | None = None,
    version: str | None = None,
    linearize: bool = False,
    producer: str = "KODAK Capture Pro Software",
    form: dict[str, object] | None = None,
) -> None:
    shs = sheets_of(papers)
    imgs = scans(shs, s, rng)
    rot = rotate or [0] * len(shs)
    st = strips or [1] * len(shs)
    pages = [
        files.page_of(im, sh.size, enc=enc, rotate=r, strips=n, quality=rng.randint(72, 88))
        for im, sh, r, n in zip(imgs, shs, rot, st, strict=True)
    ]
    pdf = files.image_pdf(pages)
    files.meta(pdf, producer, producer, when(rng))
    files.save_pdf(pdf, f.path(rel), version=version, linearize=linearize)
    f.register(
        rel,
        papers,
        True,
        {
            "kind": "image_pdf",
            "encoding": enc,
            "rotate": rot,
            "strips": st,
            "version": version,
            "linearized": linearize,
            "dpi": s.dpi,
            "mode": s.mode,
            **(form or {}),
        },
    )


def tiff_file(f: Filing, rel: str, papers: list[Paper], s: Scan, kind: str, rng: random.Random) -> None:
    imgs = scans(sheets_of(papers), s, rng)
    files.tiff(f.path(rel), imgs, kind, s.dpi)
    f.register(
        rel,
        papers,
        True,
        {
            "kind": "tiff",
            "compression": kind,
            "frames": len(imgs),
            "dpi": s.dpi,
            "sizes": [list(i.size) for i in imgs],
        },
    )


def ocr_file(
    f: Filing,
    rel: str,
    papers: list[Paper],
    s: Scan,
    rng: random.Random,
    producer: str = "ABBYY FineReader PDF 15",
) -> None:
    shs = sheets_of(papers)
    s0 = Scan(
        s.mode, s.dpi, 0.0, s.tone, s.noise
    )  # an OCR layer that matches the image: the scan is straight
    files.ocr_pdf(f.path(rel), [(sh, scan(sh, s0, rng)) for sh in shs], producer, when(rng))
    f.register(rel, papers, True, {"kind": "ocr_pdf", "dpi": s.dpi, "producer": producer})


def bed_file(f: Filing, rel: str, papers: list[Paper], s: Scan, rng: random.Random) -> None:
    shs = sheets_of(papers)
    pages = []
    for sh in shs:
        im = scan(sh, s, rng)
        margins = (rng.uniform(8, 30), rng.uniform(6, 24), rng.uniform(10, 40), rng.uniform(20, 60))
        pages.append(
            files.bed_page(
                im.convert("RGB") if im.mode == "1" else im,
                sh.size,
                s.dpi,
                margins,
                quality=rng.randint(75, 88),
            )
        )
    pdf = files.image_pdf(pages)
    files.meta(pdf, "EPSON Scan", "EPSON Scan", when(rng))
    files.save_pdf(pdf, f.path(rel))
    f.register(
        rel,
        papers,
        True,
        {
            "kind": "bed_pdf",
            "crop": [list(p.crop or ()) for p in pages],
            "media": [[p.width, p.height] for p in pages],
            "dpi": s.dpi,
        },
    )


def jpeg_file(f: Filing, rel: str, paper: Paper, img: Image.Image, **kw: object) -> None:
    files.jpeg(f.path(rel), img, **kw)  # type: ignore[arg-type]
    f.register(
        rel,
        [paper],
        True,
        {"kind": "jpeg", **{k: v for k, v in kw.items() if k != "dpi"}, "size": list(img.size)},
    )


# ---------------------------------------------------------------- clean filings


def qh01_fax_tiff_clean(root: Path, seed: int, rng: random.Random) -> Filing:
    w = make_world(root.name, "青河县", rng)
    f = Filing(root, w, seed)
    lic, audit = base(w, rng)
    tiff_file(f, "营业执照副本.tif", [lic], setting(rng, "colour", (300,)), "jpeg", rng)
    tiff_file(f, "审计/2025年度审计报告.tiff", [audit], setting(rng, "grey"), "lzw", rng)
    c1 = docs.contract_two(w.firm, w.deals[0], rng)
    a1 = docs.acceptance(w.firm, w.deals[0], rng, small=True)
    tiff_file(f, "项目1/合同及验收（传真件）.tif", [c1, a1], Scan("bilevel", 200, 0.3, 0, 1.0), "g4", rng)
    c2, a2 = project(w, 1, rng)
    image_pdf_file(
        f,
        "项目2/扫描件 2025-07-14.pdf",
        [c2, a2],
        setting(rng, "colour"),
        rng,
        rotate=[90, 0, 270],
        strips=[1, 3, 1],
    )
    return f


def qh02_phone_xlsx_clean(root: Path, seed: int, rng: random.Random) -> Filing:
    w = make_world(root.name, "富蕴县", rng, fmt="xlsx")
    f = Filing(root, w, seed)
    lic, audit = base(w, rng)
    jpeg_file(
        f,
        "IMG_20250601_102315.jpg",
        lic,
        photo(lic.sheets[0], rng, 4000),
        quality=rng.randint(86, 93),
        orientation=6,
        camera=True,
    )
    ocr_file(f, "审计报告（2025年度）.pdf", [audit], setting(rng, "colour"), rng)
    c1, a1 = project(w, 0, rng)
    s = Scan("colour", 200, 0.0, 0, 0.8)
    stamp = f"2025-{w.deals[0].accepted.month:02d}-{w.deals[0].accepted.day:02d}"
    for k, sh in enumerate(c1.sheets):
        rel = f"项目1/扫描全能王 {stamp} 10.{23 + k}.jpg"
        files.jpeg(f.path(rel), scan(sh, s, rng), quality=rng.randint(70, 82), progressive=True, dpi=200)
        _register_split(f, rel, c1, k)
    im = scan(a1.sheets[0], setting(rng, "colour", (150, 200)), rng)
    files.png(f.path("项目1/验收报告.png"), im, "palette", dpi=200)
    f.register("项目1/验收报告.png", [a1], True, {"kind": "png", "variant": "palette"})
    c2, a2 = project(w, 1, rng)
    s2 = setting(rng, "grey", (200,))
    files.png(f.path("项目2/合同第1页.png"), scan(c2.sheets[0], s2, rng), "grey16", dpi=s2.dpi)
    _register_split(f, "项目2/合同第1页.png", c2, 0, {"kind": "png", "variant": "grey16"})
    files.png(
        f.path("项目2/合同第2页.png"),
        scan(c2.sheets[1], setting(rng, "colour", (200,)), rng),
        "alpha",
        dpi=200,
    )
    _register_split(f, "项目2/合同第2页.png", c2, 1, {"kind": "png", "variant": "alpha"})
    files.bmp(f.path("项目2/验收单.bmp"), scan(a2.sheets[0], setting(rng, "colour", (150,)), rng))
    f.register("项目2/验收单.bmp", [a2], True, {"kind": "bmp"})
    return f


def _register_split(f: Filing, rel: str, paper: Paper, k: int, form: dict[str, object] | None = None) -> None:
    """One page of a multi-page paper saved as its own picture (a phone app writes one file per page).

    The truth document of a paper split over files is one document per file (CONTRACT: a document is consecutive
    pages of one file); the contract's fields are given on the file that prints them."""
    fields = {k2: v for k2, v in paper.fields.items() if paper.key_page.get(k2, 0) == k}
    part = Paper(paper.kind, [paper.sheets[k]], fields, paper.project, {k2: 0 for k2 in fields})
    f.register(rel, [part], True, form or {"kind": "jpeg", "progressive": True})


def qh03_pdf_kinds_clean(root: Path, seed: int, rng: random.Random) -> Filing:
    w = make_world(root.name, "阿勒泰市", rng, grade="丙", n_projects=3)
    f = Filing(root, w, seed)
    lic, audit = base(w, rng)
    image_pdf_file(
        f,
        "新建文件夹/1.pdf",
        [lic],
        setting(rng, "grey"),
        rng,
        version="1.3",
        producer="Canon iR-ADV C3525 PDF",
    )
    sc = setting(rng, "colour")
    opinion = scan(audit.sheets[0], sc, rng)
    files.mixed_pdf(
        f.path("审计报告 2025.pdf"),
        [(audit.sheets[0], opinion), (audit.sheets[1], None), (audit.sheets[2], None)],
        "WPS PDF",
        "WPS Office",
        when(rng, 3),
    )
    f.register("审计报告 2025.pdf", [audit], [True, False, False], {"kind": "mixed_pdf"})
    c1, a1 = project(w, 0, rng, four=True)
    shs = sheets_of([c1])
    bil = Scan("bilevel", 200, 0.2, 0, 1.0)
    pages = [files.page_of(scan(sh, bil, rng), sh.size, enc="ccitt") for sh in shs]
    pages.append(files.page_of(scan(a1.sheets[0], bil, rng), a1.sheets[0].size, enc="flate1", strips=4))
    pdf = files.image_pdf(pages)
    files.meta(pdf, "Fujitsu ScanSnap Manager", "ScanSnap Manager #S1500", when(rng))
    rel1 = f"项目1/（2025）{w.deals[0].name}合同关键页及验收报告.pdf"
    files.save_pdf(pdf, f.path(rel1), linearize=True)
    f.register(
        rel1,
        [c1, a1],
        True,
        {"kind": "image_pdf", "encoding": ["ccitt"] * 4 + ["flate1"], "linearized": True},
    )
    c2, a2 = project(w, 1, rng)
    sa = setting(rng, "colour")
    rel2 = f"项目2/{w.deals[1].client}电子合同及验收.pdf"
    files.mixed_pdf(
        f.path(rel2),
        [(c2.sheets[0], None), (c2.sheets[1], None), (a2.sheets[0], scan(a2.sheets[0], sa, rng))],
        "Adobe PDF Library 17.11",
        "Adobe Acrobat Pro (64-bit) 24.1",
        when(rng),
    )
    f.register(rel2, [c2, a2], [False, False, True], {"kind": "mixed_pdf"})
    c3, a3 = project(w, 2, rng)
    image_pdf_file(f, "项目3/合同.pdf", [c3, a3], setting(rng, "colour"), rng, producer="HP Scan")
    files.add_bookmarks(f.path("项目3/合同.pdf"), [("合同", 1), ("验收报告", 3)])
    f.printed["files"]["项目3/合同.pdf"]["form"]["incremental"] = "outline added in a second revision"
    return f


def qh04_big_small_xlsx_clean(root: Path, seed: int, rng: random.Random) -> Filing:
    w = make_world(root.name, "布尔津县", rng, fmt="xlsx")
    f = Filing(root, w, seed)
    lic, audit = base(w, rng)
    big = photo(lic.sheets[0], rng, 8000, doc_share=0.86)
    jpeg_file(f, "IMG_20250316_093012.jpg", lic, big, quality=88, camera=True)
    bed_file(f, "财务/审计报告扫描.pdf", [audit], setting(rng, "grey"), rng)
    c1, a1 = project(w, 0, rng, small=True)
    d = w.deals[0]
    rel = f"项目一/关于{d.name}的合同文本（双方签字盖章最终版）及相关附件 {w.firm.name} 2025年.pdf"
    files.digital_pdf(f.path(rel), c1.sheets, "Microsoft® Word 2019", "Microsoft® Word 2019", when(rng))
    f.register(rel, [c1], False, {"kind": "digital_pdf"})
    small = scan(a1.sheets[0], Scan("colour", 200, 0.0, 4, 1.5), rng)
    small = small.resize((800, round(800 * small.height / small.width)), Image.Resampling.LANCZOS)
    jpeg_file(f, "项目一/微信图片_20250921101522.jpg", a1, small, quality=80)
    c2, a2 = project(w, 1, rng)
    inv = docs.invoice(
        w.firm, w.deals[1], rng, Decimal("0.3"), w.deals[1].signed + dt.timedelta(days=rng.randint(5, 20))
    )
    rel2 = f"项目二/合同 验收 发票 （{w.deals[1].client}）.pdf"
    image_pdf_file(
        f,
        rel2,
        [c2, a2, inv],
        setting(rng, "colour"),
        rng,
        rotate=[0, 180, 0, 0],
        producer="Brother iPrint&Scan",
    )
    return f


# ---------------------------------------------------------------- planted


def qh05_tiff_frame3_amount(root: Path, seed: int, rng: random.Random) -> Filing:
    w = make_world(root.name, "青河县", rng)
    d = w.deals[0]
    extra = Decimal(rng.randint(8, 30)) * 10000
    fees = dict(d.fees)
    key = max(fees, key=lambda k: fees[k])
    fees[key] += extra
    w.declared = [declared_copy(d, fees=fees), w.deals[1]]
    f = Filing(root, w, seed)
    lic, audit = base(w, rng)
    files.bmp(f.path("营业执照.bmp"), scan(lic.sheets[0], setting(rng, "colour", (200,)), rng))
    f.register("营业执照.bmp", [lic], True, {"kind": "bmp"})
    tiff_file(f, "审计报告.tif", [audit], setting(rng, "colour", (200,)), "jpeg", rng)
    c1, a1 = project(w, 0, rng, four=True)
    tiff_file(f, "项目1 合同及验收.tif", [c1, a1], setting(rng, "grey"), "lzw", rng)
    f.plant(
        "AMOUNT_MISMATCH",
        c1,
        2,
        f"frame 3 prints ¥{docs.yuan(d.amount)} ({docs.words(d.amount)}); declared {docs.yuan(d.amount + extra)}",
    )
    c2, a2 = project(w, 1, rng)
    image_pdf_file(f, "项目2 合同及验收.pdf", [c2, a2], setting(rng, "colour"), rng, strips=[2, 2, 1])
    return f


def qh06_rotate180_seal(root: Path, seed: int, rng: random.Random) -> Filing:
    w = make_world(root.name, "富蕴县", rng)
    f = Filing(root, w, seed)
    lic, audit = base(w, rng)
    jpeg_file(
        f,
        "营业执照（副本）.jpg",
        lic,
        scan(lic.sheets[0], setting(rng, "colour"), rng),
        quality=rng.randint(75, 88),
        progressive=True,
    )
    image_pdf_file(
        f,
        "2025审计报告.pdf",
        [audit],
        setting(rng, "grey"),
        rng,
        linearize=True,
        producer="Canon iR-ADV C5535 PDF",
    )
    c1, a1 = project(w, 0, rng, seals=False)
    image_pdf_file(f, "P1合同+验收.pdf", [c1, a1], setting(rng, "colour"), rng, rotate=[0, 0, 180])
    f.plant(
        "SEAL_MISSING",
        a1,
        0,
        "acceptance report (stored upside down, /Rotate 180) carries neither the client's nor the contractor's seal",
    )
    c2, a2 = project(w, 1, rng)
    ocr_file(f, "P2合同+验收.pdf", [c2, a2], setting(rng, "grey"), rng)
    return f


def qh07_encrypted_invoice(root: Path, seed: int, rng: random.Random) -> Filing:
    w = make_world(root.name, "阿勒泰市", rng)
    f = Filing(root, w, seed)
    lic, audit = base(w, rng)
    im = scan(lic.sheets[0], setting(rng, "colour", (200,)), rng)
    files.png(f.path("营业执照.png"), im, "alpha", dpi=200)
    f.register("营业执照.png", [lic], True, {"kind": "png", "variant": "alpha"})
    ocr_file(f, "审计报告.pdf", [audit], setting(rng, "grey"), rng, producer="Xerox AltaLink C8030")
    c1, a1 = project(w, 0, rng)
    image_pdf_file(
        f, "项目1/合同验收.pdf", [c1, a1], Scan("bilevel", 200, 0.25, 0, 1.0), rng, enc="ccitt", version="1.3"
    )
    c2, a2 = project(w, 1, rng)
    image_pdf_file(f, "项目2/合同及验收报告.pdf", [c2, a2], setting(rng, "colour"), rng)
    d = w.deals[1]
    inv = docs.invoice(w.firm, d, rng, Decimal("0.5"), d.accepted + dt.timedelta(days=rng.randint(3, 15)))
    doc = __import__("pymupdf").open()
    from .paper import draw

    page = doc.new_page(width=inv.sheets[0].size[0], height=inv.sheets[0].size[1])
    draw(inv.sheets[0], page)
    pdf_bytes = doc.tobytes()
    import io

    import pikepdf

    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    files.meta(pdf, "国家税务总局全国统一电子发票服务平台", "", when(rng))
    files.save_pdf(pdf, f.path("项目2/发票.pdf"), password=f"{rng.randint(100000, 999999)}")
    f.unreadable(
        "项目2/发票.pdf",
        {"kind": "encrypted_pdf", "encryption": "AES-256, user password"},
        "password-protected PDF (the P2 invoice); P2 keeps its contract and acceptance report",
    )
    return f


def qh08_exif_date(root: Path, seed: int, rng: random.Random) -> Filing:
    w = make_world(root.name, "布尔津县", rng, fmt="xlsx")
    d = w.deals[0]
    shift = dt.timedelta(days=rng.randint(24, 45))
    # later than declared where that stays in 2025, else earlier (still after signing: acceptance ≥ signing + 60 days)
    printed = d.accepted + shift if d.accepted + shift <= dt.date(2025, 12, 15) else d.accepted - shift
    f = Filing(root, w, seed)
    lic, audit = base(w, rng)
    tiff_file(f, "营业执照.tif", [lic], Scan("bilevel", 200, 0.2, 0, 1.0), "g4", rng)
    op = scan(audit.sheets[0], setting(rng, "grey"), rng)
    files.mixed_pdf(
        f.path("审计报告.pdf"),
        [(audit.sheets[0], op), (audit.sheets[1], None), (audit.sheets[2], None)],
        "Microsoft: Print To PDF",
        "Microsoft: Print To PDF",
        when(rng, 3),
    )
    f.register("审计报告.pdf", [audit], [True, False, False], {"kind": "mixed_pdf"})
    c1 = docs.contract_two(w.firm, d, rng)
    a1 = docs.acceptance(w.firm, d, rng, printed_date=printed)
    ocr_file(f, "项目1/合同.pdf", [c1], setting(rng, "grey"), rng, producer="Kyocera TASKalfa 4054ci")
    rel = f"项目1/IMG_{printed.year}{printed.month:02d}{printed.day:02d}_164433.jpg"
    jpeg_file(f, rel, a1, photo(a1.sheets[0], rng, 4000), quality=90, orientation=8, camera=True)
    f.plant(
        "DATE_MISMATCH",
        a1,
        0,
        f"acceptance printed {printed.isoformat()}, declared {d.accepted.isoformat()} (photo stored sideways, EXIF Orientation 8)",
    )
    c2, a2 = project(w, 1, rng)
    bed_file(f, "项目2/合同及验收.pdf", [c2, a2], setting(rng, "colour"), rng)
    return f


def qh09_cmyk_licence_expired(root: Path, seed: int, rng: random.Random) -> Filing:
    w = make_world(root.name, "青河县", rng)
    est = w.firm.established
    w.licence_until = dt.date(2025, rng.randint(3, 9), min(est[2], 28))
    w.licence_issued = dt.date(2019, rng.randint(1, 12), rng.randint(1, 28))
    f = Filing(root, w, seed)
    lic, audit = base(w, rng)
    jpeg_file(
        f,
        "营业执照副本 彩色.jpg",
        lic,
        scan(lic.sheets[0], setting(rng, "colour"), rng),
        quality=85,
        cmyk=True,
    )
    f.plant(
        "LICENSE_EXPIRED",
        lic,
        0,
        f"营业期限 ends {w.licence_until.isoformat()}, inside the inspection year (CMYK JPEG)",
    )
    tiff_file(f, "审计报告.tiff", [audit], setting(rng, "grey"), "lzw", rng)
    c1, a1 = project(w, 0, rng)
    image_pdf_file(f, "项目1/合同+验收单.pdf", [c1, a1], setting(rng, "grey"), rng, rotate=[90, 90, 90])
    c2, a2 = project(w, 1, rng)
    s = setting(rng, "colour", (200,))
    for k, sh in enumerate(c2.sheets):
        rel = f"项目2/{k + 1}.jpg"
        files.jpeg(f.path(rel), scan(sh, s, rng), quality=80, progressive=True)
        _register_split(f, rel, c2, k)
    files.jpeg(f.path("项目2/3.jpg"), scan(a2.sheets[0], s, rng), quality=80, progressive=True)
    f.register("项目2/3.jpg", [a2], True, {"kind": "jpeg", "progressive": True})
    return f


def qh10_cropped_party(root: Path, seed: int, rng: random.Random) -> Filing:
    w = make_world(root.name, "富蕴县", rng)
    d = w.deals[0]
    other = w.deals[1].client
    declared_client = d.client
    while declared_client in (other, d.client):
        declared_client = "富蕴县" + rng.choice(("教育局", "水利局", "公安局", "应急管理局", "农业农村局"))
    w.declared = [declared_copy(d, client=declared_client), w.deals[1]]
    f = Filing(root, w, seed)
    lic, audit = base(w, rng)
    files.png(
        f.path("营业执照.png"), scan(lic.sheets[0], setting(rng, "grey", (200,)), rng), "grey16", dpi=200
    )
    f.register("营业执照.png", [lic], True, {"kind": "png", "variant": "grey16"})
    image_pdf_file(f, "审计报告.pdf", [audit], setting(rng, "grey"), rng, version="1.3")
    c1 = docs.contract_two(w.firm, d, rng)
    inv = docs.invoice(w.firm, d, rng, Decimal("0.95"), d.accepted + dt.timedelta(days=rng.randint(3, 20)))
    bed_file(f, "项目1/合同扫描（裁边）.pdf", [c1, inv], setting(rng, "colour"), rng)
    f.plant(
        "PARTY_MISMATCH",
        c1,
        0,
        f"甲方 printed {d.client}; declared client {declared_client} (page with CropBox inside a larger MediaBox)",
    )
    c2, a2 = project(w, 1, rng)
    tiff_file(f, "项目2/合同及验收.tif", [c2, a2], setting(rng, "colour", (200,)), "jpeg", rng)
    return f


SCENARIOS: list[Callable[[Path, int, random.Random], Filing]] = [
    qh01_fax_tiff_clean,
    qh02_phone_xlsx_clean,
    qh03_pdf_kinds_clean,
    qh04_big_small_xlsx_clean,
    qh05_tiff_frame3_amount,
    qh06_rotate180_seal,
    qh07_encrypted_invoice,
    qh08_exif_date,
    qh09_cmyk_licence_expired,
    qh10_cropped_party,
]


def run(out: Path, seed: int, only: list[str] | None) -> list[str]:
    written = []
    for index, scenario in enumerate(SCENARIOS, start=1):
        name = scenario.__name__
        if only and name not in only:
            continue
        root = out / name
        fresh(root)
        f = scenario(root, seed, random.Random(seed * 1000 + index))
        f.write()
        written.append(name)
    return written
