"""The monthly report's two charts, painted with QPainter into images for a QTextDocument
(the pdf and the Reports screen's preview): visits per week (13 upright bars) and clients
served by category (lying bars). One small painter serves both.

Sizes are in "CSS pixels" (96 to the inch, what QTextDocument reads in `<img width>`);
`scale` makes the image that many times denser, so a 300 dpi pdf gets sharp bars and
text (QTextDocument scales an image by the printer's dpi / 96, then draws it 1:1).
Painting into a QImage is allowed off the UI thread, so the pdf can be written by a job.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

BAR = QColor("#2f6f85")  # the rail's teal, as the Station screen's charts
INK = QColor("#333333")
RULE = QColor("#999999")
WIDTH = 640  # fits A4 portrait inside the margins (about 170 mm)
COLUMN_HEIGHT = 210
ROW_HEIGHT = 22  # one lying bar with its label
PAD = 8


def bar_chart(bars: Sequence[tuple[str, float]], font: QFont, *, horizontal: bool,
              scale: float = 1.0, width: int = WIDTH) -> QImage:
    """Bars with their labels and values; upright (labels under) or lying (labels left)."""
    height = (len(bars) * ROW_HEIGHT + 2 * PAD) if horizontal else COLUMN_HEIGHT
    image = QImage(max(1, round(width * scale)), max(1, round(height * scale)),
                   QImage.Format.Format_RGB32)  # no alpha: smaller in the pdf
    image.fill(QColor("white"))
    image.setDevicePixelRatio(scale)  # paint in CSS pixels
    small = QFont(font)
    small.setPixelSize(12)  # pixels, not points: the same on screen and at 300 dpi
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(small)
    top = max((value for _, value in bars), default=0) or 1
    metrics = QFontMetricsF(small)
    if horizontal:
        _lying(painter, bars, top, metrics, width)
    else:
        _upright(painter, bars, top, metrics, width, height)
    painter.end()
    return image


def _value(value: float) -> str:
    return f"{value:g}"


def _upright(painter: QPainter, bars: Sequence[tuple[str, float]], top: float,
             metrics: QFontMetricsF, width: int, height: int) -> None:
    text_h = metrics.height()
    base = height - PAD - text_h - 2  # the baseline the bars stand on
    room = base - PAD - text_h - 2  # the tallest bar leaves room for its value
    slot = (width - 2 * PAD) / max(len(bars), 1)
    painter.setPen(RULE)
    painter.drawLine(QLineF(PAD, base, width - PAD, base))
    for index, (label, value) in enumerate(bars):
        left = PAD + index * slot
        bar_h = room * value / top
        bar = QRectF(left + slot * 0.18, base - bar_h, slot * 0.64, bar_h)
        painter.fillRect(bar, BAR)
        painter.setPen(INK)
        painter.drawText(QRectF(left, base - bar_h - text_h - 1, slot, text_h),
                         Qt.AlignmentFlag.AlignCenter, _value(value))
        painter.drawText(QRectF(left, base + 2, slot, text_h),
                         Qt.AlignmentFlag.AlignCenter, label)


def _lying(painter: QPainter, bars: Sequence[tuple[str, float]], top: float,
           metrics: QFontMetricsF, width: int) -> None:
    label_w = min(max((metrics.horizontalAdvance(label) for label, _ in bars), default=0)
                  + 10, width * 0.4)
    value_w = metrics.horizontalAdvance("00000") + 6
    room = width - 2 * PAD - label_w - value_w
    painter.setPen(RULE)
    painter.drawLine(QLineF(PAD + label_w, PAD, PAD + label_w, PAD + len(bars) * ROW_HEIGHT))
    for index, (label, value) in enumerate(bars):
        y = PAD + index * ROW_HEIGHT
        bar = QRectF(PAD + label_w, y + 4, room * value / top, ROW_HEIGHT - 8)
        painter.fillRect(bar, BAR)
        painter.setPen(INK)
        painter.drawText(QRectF(PAD, y, label_w - 8, ROW_HEIGHT),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        painter.drawText(QRectF(bar.right() + 4, y, value_w, ROW_HEIGHT),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _value(value))
