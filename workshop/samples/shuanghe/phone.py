"""A phone screenshot of the 电子营业执照 app page (1080 × 2340 PNG)."""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageDraw

from .model import Firm
from .paint import emblem, pil_font, qr_image
from .papers import capital_text, licence_term


def _wrap_px(text: str, font_px: int, max_px: int) -> list[str]:
    font = pil_font(font_px)
    lines, line = [], ""
    for ch in text:
        if font.getlength(line + ch) > max_px and line:
            lines.append(line)
            line = ch
        else:
            line += ch
    if line:
        lines.append(line)
    return lines


def elicence_screenshot(firm: Firm, rng: random.Random) -> np.ndarray:
    w, h = 1080, 2340
    img = Image.new("RGB", (w, h), (244, 245, 247))
    d = ImageDraw.Draw(img)
    # status bar
    f30 = pil_font(34)
    d.text(
        (60, 48), f"{rng.randint(8, 18)}:{rng.randint(0, 59):02d}", font=f30, fill=(20, 20, 20), anchor="lm"
    )
    d.text((w - 250, 48), "5G", font=pil_font(28), fill=(20, 20, 20), anchor="lm")
    for i in range(4):
        d.rectangle((w - 200 + i * 14, 60 - i * 7, w - 192 + i * 14, 64), fill=(20, 20, 20))
    level = rng.randint(25, 95)
    d.rounded_rectangle((w - 130, 34, w - 60, 64), 6, outline=(20, 20, 20), width=3)
    d.rectangle((w - 126, 38, w - 126 + int(62 * level / 100), 60), fill=(20, 20, 20))
    # navigation bar (mini program)
    d.text((50, 150), "‹", font=pil_font(70), fill=(20, 20, 20), anchor="lm")
    d.text((w / 2, 150), "电子营业执照", font=pil_font(40), fill=(20, 20, 20), anchor="mm")
    d.rounded_rectangle(
        (w - 240, 118, w - 40, 182), 32, outline=(210, 210, 210), width=2, fill=(255, 255, 255)
    )
    d.text((w - 190, 150), "···", font=pil_font(36), fill=(20, 20, 20), anchor="mm")
    d.ellipse((w - 110, 132, w - 74, 168), outline=(20, 20, 20), width=4)
    # red banner
    top = 210
    for yy in range(top, top + 330):
        t = (yy - top) / 330
        d.line((0, yy, w, yy), fill=(int(214 - 30 * t), int(38 - 10 * t), int(36 - 8 * t)))
    img.paste(emblem(150), (w // 2 - 75, top + 30), emblem(150))
    d.text((w / 2, top + 230), "营 业 执 照", font=pil_font(62), fill=(255, 236, 170), anchor="mm")
    d.text((w / 2, top + 295), "（电子营业执照）", font=pil_font(30), fill=(255, 236, 170), anchor="mm")
    # card
    card_top = top + 345
    d.rounded_rectangle((36, card_top, w - 36, 2020), 24, fill=(255, 255, 255))
    y = card_top + 50
    label_font, value_font = pil_font(32), pil_font(36)
    fields = [
        ("统一社会信用代码", firm.credit_code),
        ("名称", firm.name),
        ("类型", firm.company_type),
        ("法定代表人", firm.legal_rep),
        ("注册资本", capital_text(firm)),
        ("成立日期", f"{firm.established.year}年{firm.established.month:02d}月{firm.established.day:02d}日"),
        ("营业期限", licence_term(firm)),
        ("住所", firm.address),
        ("登记机关", firm.authority),
    ]
    for label, value in fields:
        d.text((80, y), label, font=label_font, fill=(140, 140, 140), anchor="lt")
        lines = _wrap_px(value, 36, 640)
        yy = y
        for ln in lines:
            d.text((w - 80, yy), ln, font=value_font, fill=(30, 30, 30), anchor="rt")
            yy += 50
        y = max(y + 50, yy) + 34
        d.line((80, y - 18, w - 80, y - 18), fill=(236, 236, 236), width=2)
    qr = qr_image(
        f"https://zzlz.gsxt.gov.cn/businessShow?uniscid={firm.credit_code}&t={rng.randint(10**9, 10**10 - 1)}",
        9,
    )
    qr = qr.resize((330, 330), Image.Resampling.NEAREST)
    img.paste(qr, (w // 2 - 165, y + 10))
    d.text(
        (w / 2, y + 370),
        "请使用电子营业执照小程序扫码核验",
        font=pil_font(28),
        fill=(120, 120, 120),
        anchor="mm",
    )
    d.text(
        (w / 2, y + 412),
        f"二维码 {rng.randint(20, 59)} 秒后自动刷新",
        font=pil_font(26),
        fill=(200, 60, 50),
        anchor="mm",
    )
    # bottom buttons
    by = 2110
    for i, label in enumerate(("亮照", "下载", "授权", "验照")):
        cx = 135 + i * 270
        d.ellipse((cx - 48, by - 48, cx + 48, by + 48), fill=(255, 240, 238) if i else (214, 38, 36))
        d.text((cx, by + 90), label, font=pil_font(32), fill=(60, 60, 60), anchor="mm")
    d.rounded_rectangle((w / 2 - 140, h - 28, w / 2 + 140, h - 18), 5, fill=(30, 30, 30))
    return np.asarray(img)
