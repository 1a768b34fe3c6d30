"""PNG line charts of metric curves, returned as MCP image content (pure Python, no matplotlib)."""

from __future__ import annotations

import base64
import math

from mcp.types import ImageContent

from labgate import font5x7
from labgate.png import encode_png

WIDTH, TITLE_H, PANEL_H = 640, 30, 240
MAX_PANELS = 8  # metrics drawn in one chart
LEFT, LEGEND_W, INSET = 64, 176, 4  # plot frame spans LEFT .. WIDTH - LEGEND_W
WHITE, TEXT, GRID, FRAME = range(4)
BASE = [(255, 255, 255), (34, 34, 34), (228, 228, 228), (120, 120, 120)]
# Okabe-Ito (colour-blind safe; yellow darkened to show on white), then a brown and a red.
SERIES = [
    (0, 114, 178),
    (213, 94, 0),
    (0, 158, 115),
    (204, 121, 167),
    (230, 159, 0),
    (86, 180, 233),
    (0, 0, 0),
    (181, 163, 0),
    (140, 86, 75),
    (170, 20, 60),
]

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 (inclusive)


class Canvas:
    """A palette-indexed bitmap; every drawing call clips to the image."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.pixels = bytearray(width * height)  # all WHITE

    def rect(self, x: int, y: int, w: int, h: int, colour: int) -> None:
        x0, x1 = max(x, 0), min(x + w, self.width)
        if x1 <= x0:
            return
        fill = bytes([colour]) * (x1 - x0)
        for row in range(max(y, 0), min(y + h, self.height)):
            self.pixels[row * self.width + x0 : row * self.width + x1] = fill

    def line(self, a: tuple[int, int], b: tuple[int, int], colour: int) -> None:
        """Bresenham, stamping 2×2 pixels so the line is 2 px wide."""
        (x, y), (x1, y1) = a, b
        dx, dy = abs(x1 - x), -abs(y1 - y)
        sx, sy = (1 if x < x1 else -1), (1 if y < y1 else -1)
        err = dx + dy
        while True:
            self.rect(x, y, 2, 2, colour)
            if x == x1 and y == y1:
                return
            e2 = 2 * err
            if e2 >= dy:
                err, x = err + dy, x + sx
            if e2 <= dx:
                err, y = err + dx, y + sy

    def text(self, x: int, y: int, text: str, colour: int, scale: int = 1) -> None:
        for i, char in enumerate(text):
            for col, bits in enumerate(font5x7.glyph(char)):
                for row in range(font5x7.HEIGHT):
                    if bits >> row & 1:
                        px = x + (i * font5x7.ADVANCE + col) * scale
                        self.rect(px, y + row * scale, scale, scale, colour)


def fmt(v: float, digits: int = 4) -> str:
    """Compact tick numbers: 0.25, 1.2e-05, 1234, 12k, 3.5M."""
    a = abs(v)
    if a >= 1e9 or 0 < a < 1e-3:
        return f"{v:.{digits - 1}g}"
    if a >= 1e6:
        return f"{v / 1e6:.{digits - 1}g}M"
    if a >= 1e4:
        return f"{v / 1e3:.{digits - 1}g}k"
    return f"{v + 0.0:.{digits}g}"  # + 0.0 turns -0.0 into 0


def tick_labels(values: list[float]) -> list[str]:
    """fmt with just enough digits that distinct values get distinct labels."""
    digits = 4
    while digits < 12 and len({fmt(v, digits) for v in values}) < len(set(values)):
        digits += 1
    return [fmt(v, digits) for v in values]


def fit(text: str, chars: int) -> str:
    """ASCII, cut in the middle to at most `chars` (run ids differ at both ends)."""
    text = font5x7.to_ascii(text)
    if len(text) <= chars:
        return text
    head = (chars - 1) // 2
    return text[:head] + ".." + text[len(text) - (chars - 2 - head) :]


def line_chart(title: str, curves: dict[str, dict[str, list[list[float]]]]) -> ImageContent:
    """curves: {metric: {label: [[step, value], ...]}} → one panel per metric, stacked."""
    metrics = sorted(curves) or [""]
    labels = sorted({label for series in curves.values() for label in series})
    colours = {label: len(BASE) + i % len(SERIES) for i, label in enumerate(labels)}
    canvas = Canvas(WIDTH, TITLE_H + PANEL_H * len(metrics))
    heading = fit(title, (WIDTH - 16) // 12)
    canvas.text((WIDTH - font5x7.text_width(heading, 2)) // 2, 8, heading, TEXT, 2)
    for i, metric in enumerate(metrics):
        _panel(canvas, TITLE_H + i * PANEL_H, metric, curves.get(metric, {}), colours)
    png = encode_png(canvas.width, canvas.height, BASE + SERIES, canvas.pixels)
    return ImageContent(type="image", data=base64.b64encode(png).decode(), mime_type="image/png")


def chart_within(
    title: str, curves: dict[str, dict[str, list[list[float]]]], byte_cap: int
) -> tuple[ImageContent | None, str | None]:
    """(chart, note): at most MAX_PANELS panels, halved until the PNG fits `byte_cap` bytes;
    no chart when not even one panel fits. The note says what was left out."""
    metrics = sorted(curves)
    keep = metrics[:MAX_PANELS]
    while True:
        image = line_chart(title, {m: curves[m] for m in keep})
        size = len(image.data) * 3 // 4  # base64 → bytes
        if size <= byte_cap:
            left_out = len(metrics) - len(keep)
            return image, (
                f"chart shows {len(keep)} of {len(metrics)} metrics" if left_out else None
            )
        if len(keep) <= 1:
            return None, f"no chart: one panel is {size} bytes, above the byte cap of {byte_cap}"
        keep = keep[: len(keep) // 2]


def _point(p: list[float]) -> tuple[float, float] | None:
    try:
        step, value = float(p[0]), float(p[1])
    except (TypeError, ValueError, IndexError):
        return None
    ok = all(math.isfinite(x) and abs(x) < 1e300 for x in (step, value))  # spans stay finite
    return (step, value) if ok else None


def _span(values: list[float]) -> tuple[float, float]:
    lo, hi = min(values), max(values)
    pad = 0.0 if hi > lo else abs(lo) * 0.05 or 1.0  # a flat series sits mid-panel
    return lo - pad, hi + pad


def _panel(canvas: Canvas, top: int, metric: str, series: dict, colours: dict) -> None:
    box = (LEFT, top + 22, WIDTH - LEGEND_W, top + PANEL_H - 26)
    name = fit(metric, (box[2] - LEFT) // font5x7.ADVANCE)
    canvas.text(LEFT, top + 8, name, TEXT)
    canvas.text(LEFT + 1, top + 8, name, TEXT)  # drawn twice, 1 px apart: bold
    runs = {label: [_point(p) for p in pts] for label, pts in sorted(series.items())}
    found = [p for pts in runs.values() for p in pts if p]
    if found:
        xr, yr = _span([p[0] for p in found]), _span([p[1] for p in found])
        _grid(canvas, box, xr, yr, all(p[0].is_integer() for p in found))
        for label, pts in runs.items():
            _plot(canvas, [_to_px(box, xr, yr, p) if p else None for p in pts], colours[label])
    else:
        cx, cy = (box[0] + box[2]) // 2, (box[1] + box[3]) // 2
        canvas.text(cx - font5x7.text_width("no data", 2) // 2, cy - 8, "no data", FRAME, 2)
    _frame(canvas, box)
    _legend(canvas, box, list(runs), colours)


def _to_px(box: Box, xr: tuple, yr: tuple, p: tuple[float, float]) -> tuple[int, int]:
    x0, y0, x1, y1 = box[0] + INSET, box[1] + INSET, box[2] - INSET - 1, box[3] - INSET - 1
    fx, fy = (p[0] - xr[0]) / (xr[1] - xr[0]), (p[1] - yr[0]) / (yr[1] - yr[0])
    return round(x0 + fx * (x1 - x0)), round(y1 - fy * (y1 - y0))


def _plot(canvas: Canvas, pts: list[tuple[int, int] | None], colour: int) -> None:
    """Consecutive finite points are joined; a point with no finite neighbour is a dot."""
    for i, p in enumerate(pts):
        if p is None:
            continue
        prev = pts[i - 1] if i else None
        if prev:
            canvas.line(prev, p, colour)
        elif not (i + 1 < len(pts) and pts[i + 1]):
            canvas.rect(p[0] - 1, p[1] - 1, 4, 4, colour)


def _ticks(lo: float, hi: float, whole: bool, n: int = 6) -> list[float]:
    """Round values (1, 2 or 5 × 10^k apart, ≥ 1 if `whole`) in [lo, hi], about n intervals."""
    base = 10 ** math.floor(math.log10((hi - lo) / n))
    step = base * min((10, 5, 2, 1), key=lambda m: abs((hi - lo) / (base * m) - n))
    step = max(step, 1) if whole else step
    return [k * step for k in range(math.ceil(lo / step), math.floor(hi / step + 1e-9) + 1)]


def _grid(
    canvas: Canvas, box: Box, xr: tuple[float, float], yr: tuple[float, float], whole: bool
) -> None:
    """Light grid lines; y labels at min, middle and max; x labels at round steps."""
    x0, y0, x1, y1 = box
    fracs = (0, 0.25, 0.5, 0.75, 1)
    ys = [yr[0] + f * (yr[1] - yr[0]) for f in fracs]
    for frac, value, label in zip(fracs, ys, tick_labels(ys), strict=True):
        y = _to_px(box, xr, yr, (xr[0], value))[1]
        canvas.rect(x0, y, x1 - x0, 1, GRID)
        if frac in (0, 0.5, 1):
            canvas.text(x0 - 5 - font5x7.text_width(label), y - 3, label, TEXT)
    xs = _ticks(*xr, whole)
    for step, label in zip(xs, tick_labels(xs), strict=True):
        x = _to_px(box, xr, yr, (step, yr[0]))[0]
        canvas.rect(x, y0, 1, y1 - y0, GRID)
        canvas.rect(x, y1, 1, 4, FRAME)
        width = font5x7.text_width(label)
        canvas.text(min(x - width // 2, x1 - width), y1 + 7, label, TEXT)
    canvas.text(x1 + 8, y1 + 7, "step", TEXT)


def _frame(canvas: Canvas, box: Box) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0 + 1, y1 - y0 + 1
    for x, y, dx, dy in ((x0, y0, w, 1), (x0, y1, w, 1), (x0, y0, 1, h), (x1, y0, 1, h)):
        canvas.rect(x, y, dx, dy, FRAME)


def _legend(canvas: Canvas, box: Box, labels: list[str], colours: dict) -> None:
    x, chars = box[2] + 10, (WIDTH - box[2] - 28) // font5x7.ADVANCE
    rows = (box[3] - box[1]) // 12
    shown = labels if len(labels) <= rows else labels[: rows - 1]
    for i, label in enumerate(shown):
        canvas.rect(x, box[1] + i * 12, 10, 7, colours[label])
        canvas.text(x + 14, box[1] + i * 12, fit(label, chars), TEXT)
    if len(shown) < len(labels):
        canvas.text(x + 14, box[1] + len(shown) * 12, f"+{len(labels) - len(shown)} more", TEXT)
