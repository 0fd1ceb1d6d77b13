"""The devices this family's enterprises own, by what they are (settings, not brands)."""

from __future__ import annotations

from .devices import Device

OFFICE_COLOUR_300 = Device(
    "office copier, colour, 300 dpi", dpi=300, mode="colour", quality=82, blur=0.55, noise=2.2, skew=0.35
)
OFFICE_COLOUR_200 = Device(
    "office copier, colour, 200 dpi",
    dpi=200,
    mode="colour",
    quality=75,
    blur=0.7,
    noise=2.8,
    skew=-0.6,
    tint=(250, 246, 236),
)
FLATBED_GREY_200 = Device(
    "flatbed, grey, 200 dpi", dpi=200, mode="grey", quality=70, blur=0.8, noise=3.0, skew=0.9
)
GREY_AS_RGB_150 = Device(
    "sheet feeder, grey saved as RGB JPEG",
    dpi=150,
    mode="grey_rgb",
    quality=62,
    resave=70,
    blur=0.9,
    noise=3.5,
    skew=-1.1,
)
FAX_200 = Device(
    "fax, bilevel, 200 dpi", dpi=200, mode="bilevel", quality=None, blur=0.6, noise=6.0, skew=0.7
)
FLATBED_COLOUR_400 = Device(
    "flatbed, colour, 400 dpi",
    dpi=400,
    mode="colour",
    quality=92,
    blur=0.4,
    noise=1.5,
    skew=0.2,
    tint=(253, 251, 246),
)
TIRED_SCANNER_150 = Device(
    "old scanner, 150 dpi, saved twice",
    dpi=150,
    mode="colour",
    quality=55,
    resave=50,
    blur=1.2,
    noise=4.0,
    skew=1.6,
    tint=(246, 240, 222),
)
LOSSLESS_GREY_250 = Device(
    "copier, grey PNG, 250 dpi", dpi=250, mode="grey", quality=None, blur=0.5, noise=2.0, skew=-0.3
)
PHONE = Device(
    "phone camera",
    dpi=150,
    mode="photo",
    quality=86,
    blur=0.9,
    noise=3.0,
    shadow=0.35,
    glare=0.45,
    tilt=0.045,
    tint=(248, 246, 240),
)
PHONE_DIM = Device(
    "phone camera, evening light",
    dpi=140,
    mode="photo",
    quality=80,
    blur=1.1,
    noise=4.5,
    shadow=0.5,
    glare=0.25,
    tilt=0.06,
    tint=(240, 232, 214),
)
