"""Real image files for attachment tests: a phone's photo (big, lying on its side per its
EXIF, with a GPS position) and a scanned page."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def phone_photo(path: Path, size: tuple[int, int] = (3000, 2000)) -> Path:
    """A JPEG as a phone writes it: stored landscape, to be shown turned a quarter
    (orientation 6), with where it was taken."""
    image = Image.new("RGB", size, (200, 120, 40))
    for x in range(0, size[0], 50):  # some detail, so the JPEG is not trivially small
        image.paste((x % 255, 90, 160), (x, 0, x + 10, size[1]))
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    exif[GPS_IFD] = {1: "N", 2: (23.0, 10.0, 5.0), 3: "E", 4: (108.0, 16.0, 30.0)}
    image.save(path, "JPEG", quality=95, exif=exif)
    return path


def scanned_page(path: Path) -> Path:
    image = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
    image.paste(0, (100, 100, 1100, 120))
    image.save(path, "PNG")
    return path


def tiny_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    return path


def opened(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))
