"""Seals: detection, fingerprints, and the company name read from the ring."""

from __future__ import annotations

import numpy as np
import pymupdf
import pytest
from forensics_planted import contract_pdf, sealed_pdf

from jianzheng.verify.forensics.seals import detect_seals, hash_distance, names_party, read_ring, seal_hash


def render(data: bytes, dpi: int = 100) -> np.ndarray:
    pix = pymupdf.open(stream=data, filetype="pdf")[0].get_pixmap(dpi=dpi)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w, 3)


def test_a_red_round_seal_is_found_where_it_was_stamped():
    [seal] = detect_seals(render(sealed_pdf("新疆天山云数信息技术有限公司")))
    x0, y0, x1, y1 = (v * 72 / 100 for v in seal.box)
    assert abs(x0 - 350) < 6 and abs(y0 - 560) < 6 and abs(x1 - 474) < 6 and abs(y1 - 684) < 6


def test_a_page_without_red_ink_has_no_seal():
    assert detect_seals(render(contract_pdf())) == []


def test_the_same_seal_image_hashes_alike_and_another_does_not():
    a = render(sealed_pdf("新疆天山云数信息技术有限公司"))
    b = render(sealed_pdf("新疆天山云数信息技术有限公司", lines=["另一份合同"]))
    c = render(sealed_pdf("喀什远景数据服务有限公司"))
    ha, hb, hc = (seal_hash(img, detect_seals(img)[0]) for img in (a, b, c))
    assert hash_distance(ha, hb) <= 2
    assert hash_distance(ha, hc) > 2


def test_ring_text_is_compared_with_the_parties():
    names = ["新疆天山云数信息技术有限公司", "乌鲁木齐市某区数据局"]
    assert names_party("新疆天山云数信息技术有限公司合同专用章", names) is True
    assert names_party("喀什远景数据服务有限公司", names) is False
    assert names_party("专用章", names) is None


def test_a_garbled_ring_reading_is_no_proof_of_another_company():
    # What ring OCR made of 乌鲁木齐市天山区人民政府办公室 and of a 新疆绿洲信息… seal on clean samples.
    assert names_party("马書木卉市天山区入良政府办公墓", ["乌鲁木齐市天山区人民政府办公室"]) is None
    assert names_party("新疆排淋信患德泰科技股份有限公司", ["新疆绿洲信息信息科技股份有限公司"]) is None
    assert names_party("巴台创技术育公司", ["巴音郭楞蒙古自治州北疆云创信息技术有限责任公司"]) is None
    # A reading that does not end as an organisation's name names nobody (huocheng seed 1).
    assert names_party("群布森尔樓但自名為农业衣村綫", ["察布查尔锡伯自治县农业农村局"]) is None


@pytest.mark.slow
def test_the_ring_is_unwrapped_and_read_by_the_ocr_engine():
    from jianzheng.extract.ocr import get_engine
    from jianzheng.models.settings import Settings

    image = render(sealed_pdf("喀什远景数据服务有限公司"), dpi=150)
    text, confidence = read_ring(image, detect_seals(image)[0], get_engine(Settings(use_cache=False)))
    assert "喀什远景数据服务有限公司" in text and confidence > 0.8
