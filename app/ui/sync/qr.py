"""A QR code of this device's card, drawn with Qt from segno's module matrix (no PIL).

The code holds a short text, "shegong-card:1:<device id>:<fingerprint without spaces>",
so a phone can read it and a person can compare it with the printed fingerprint.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


def card_qr_text(device_id: str, fingerprint: str) -> str:
    return f"shegong-card:1:{device_id}:{fingerprint.replace(' ', '')}"


def qr_matrix(text: str) -> list[list[bool]]:
    """The code's modules, True for dark, without the quiet zone."""
    import segno  # only when a code is drawn: keeps building the main window quick

    code = segno.make(text, error="m", micro=False)
    return [[bool(cell) for cell in row] for row in code.matrix]


def qr_image(text: str, size: int) -> QImage:
    """A square black-on-white image of about `size` pixels; every module is a whole
    number of pixels, so a phone camera sees sharp edges."""
    matrix = qr_matrix(text)
    modules = len(matrix) + 2 * QUIET_ZONE
    scale = max(1, size // modules)
    side = modules * scale
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    black = QColor("black")
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect((x + QUIET_ZONE) * scale, (y + QUIET_ZONE) * scale,
                                 scale, scale, black)
    painter.end()
    return image


class QrLabel(QLabel):
    """Shows a QR code of a text; the text itself is the tooltip."""

    def __init__(self, size: int = 180, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = size
        self.text_shown = ""
        self.setFixedSize(size, size)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_text(self, text: str) -> None:
        self.text_shown = text
        self.setToolTip(text)
        ratio = self.devicePixelRatioF()  # sharp on high-DPI screens
        pixmap = QPixmap.fromImage(qr_image(text, int(self.side * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)
