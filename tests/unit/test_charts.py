import base64
import math
import struct
import zlib

import pytest

from labgate import charts, font5x7
from labgate.png import encode_png

RUN = [[s, 1 / (1 + s)] for s in range(50)]
DARK = charts.BASE[charts.TEXT]
PLOT_RIGHT = charts.WIDTH - charts.LEGEND_W


def paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else b if pb <= pc else c


def unfilter(raw: bytes, width: int, height: int, bpp: int) -> list[bytes]:
    stride, rows, prev, pos = width * bpp, [], bytearray(width * bpp), 0
    for _ in range(height):
        kind, line = raw[pos], bytearray(raw[pos + 1 : pos + 1 + stride])
        pos += 1 + stride
        assert kind in range(5), kind
        for i in range(stride if kind else 0):
            a, b = line[i - bpp] if i >= bpp else 0, prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + (0, a, b, (a + b) // 2, paeth(a, b, c))[kind]) & 0xFF
        rows.append(bytes(line))
        prev = line
    assert pos == len(raw)
    return rows


def read_png(data: bytes) -> list[list[tuple[int, int, int]]]:
    """A tiny PNG reader (8-bit palette or RGB): rows of RGB pixels."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks = 8, {}
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        assert struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])[0] == zlib.crc32(
            kind + body
        )
        chunks[kind] = chunks.get(kind, b"") + body
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert depth == 8 and colour in (2, 3) and b"IEND" in chunks
    bpp = 1 if colour == 3 else 3
    rows = unfilter(zlib.decompress(chunks[b"IDAT"]), width, height, bpp)
    if colour == 2:
        return [[tuple(r[x * 3 : x * 3 + 3]) for x in range(width)] for r in rows]
    plte = chunks[b"PLTE"]
    palette = [tuple(plte[i : i + 3]) for i in range(0, len(plte), 3)]
    return [[palette[i] for i in r] for r in rows]


def render(title: str, curves: dict) -> tuple[bytes, list[list[tuple[int, int, int]]]]:
    image = charts.line_chart(title, curves)
    assert image.type == "image" and image.mime_type == "image/png"
    data = base64.b64decode(image.data)
    return data, read_png(data)


def colours_in(pixels, x0: int = 0, x1: int | None = None, y0: int = 0, y1: int | None = None):
    return {c for row in pixels[y0:y1] for c in row[x0:x1]}


def shape(points: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Pixel positions relative to their top-left corner."""
    left, top = min(x for x, _ in points), min(y for _, y in points)
    return {(x - left, y - top) for x, y in points}


def text_mask(text: str, scale: int) -> set[tuple[int, int]]:
    c = charts.Canvas(font5x7.text_width(text, scale) + 2, font5x7.HEIGHT * scale)
    c.text(0, 0, text, 1, scale)
    return shape({(i % c.width, i // c.width) for i, v in enumerate(c.pixels) if v})


def test_encoder_round_trips_exact_pixels():
    palette = [(255, 255, 255), (10, 20, 30), (200, 0, 0)]
    pixels = bytes([0, 1, 2, 1, 2, 0])
    assert read_png(encode_png(3, 2, palette, pixels)) == [
        [palette[0], palette[1], palette[2]],
        [palette[1], palette[2], palette[0]],
    ]


def test_height_grows_with_panels_width_does_not():
    sizes = []
    for n in (1, 2, 3):
        _, px = render("t", {f"m{i}": {"a": RUN} for i in range(n)})
        sizes.append((len(px[0]), len(px)))
    assert {w for w, _ in sizes} == {charts.WIDTH}
    assert sizes[0][1] < sizes[1][1] < sizes[2][1]
    assert sizes[2][1] - sizes[1][1] == sizes[1][1] - sizes[0][1] == charts.PANEL_H


def test_each_label_gets_its_own_palette_colour_in_the_plot():
    labels = ["run-a", "run-b", "run-c"]
    curves = {"loss": {lab: [[s, i + s / 10] for s in range(20)] for i, lab in enumerate(labels)}}
    _, px = render("t", curves)
    plot = colours_in(px, x1=PLOT_RIGHT, y0=charts.TITLE_H)
    assert all(charts.SERIES[i] in plot for i in range(3))
    assert charts.SERIES[3] not in colours_in(px)
    assert len(set(charts.SERIES)) == len(charts.SERIES) >= 8


def test_colour_follows_the_label_across_panels():
    _, px = render("t", {"a": {"x": RUN, "y": RUN}, "b": {"y": RUN}})
    second = colours_in(px, x1=PLOT_RIGHT, y0=charts.TITLE_H + charts.PANEL_H)
    assert charts.SERIES[1] in second and charts.SERIES[0] not in second


def plotted_column_runs(curve: list) -> int:
    """How many separate stretches of columns the series colour covers in the plot."""
    _, px = render("t", {"m": {"a": curve}})
    cols = [
        any(row[x] == charts.SERIES[0] for row in px[charts.TITLE_H :])
        for x in range(charts.LEFT, PLOT_RIGHT)
    ]
    return sum(1 for i, c in enumerate(cols) if c and (i == 0 or not cols[i - 1]))


def test_nan_breaks_the_line():
    curve = [[s, float(s)] for s in range(11)]
    assert plotted_column_runs(curve) == 1
    curve[5][1] = math.nan
    assert plotted_column_runs(curve) == 2
    curve[2][1] = math.inf
    assert plotted_column_runs(curve) == 3


def test_awkward_series_do_not_crash_and_still_show():
    curves = {
        "m": {
            "flat": [[0, 0.5], [10, 0.5]],
            "single": [[4, 0.5]],
            "empty": [],
            "junk": [[1, None], ["x", 2], [3], [2, math.nan], [5, 1e308], [6, -1e308]],
        }
    }
    _, px = render("t", curves)
    plot = colours_in(px, x1=PLOT_RIGHT, y0=charts.TITLE_H)
    colour = {lab: charts.SERIES[i] for i, lab in enumerate(sorted(curves["m"]))}
    assert colour["flat"] in plot and colour["single"] in plot
    assert colour["empty"] not in plot and colour["junk"] not in plot
    assert colour["empty"] in colours_in(px, x0=PLOT_RIGHT)  # still in the legend


def test_same_input_same_bytes():
    curves = {"loss": {"a": RUN, "b": RUN[::2]}, "acc": {"a": RUN}}
    first, _ = render("runs", curves)
    assert render("runs", curves)[0] == first
    assert render("runs!", curves)[0] != first


def title_pixels(px) -> set[tuple[int, int]]:
    return {
        (x, y) for y, row in enumerate(px[: charts.TITLE_H]) for x, c in enumerate(row) if c == DARK
    }


def test_title_is_drawn_with_the_bitmap_font():
    _, px = render("loss vs step", {"m": {"a": RUN}})
    assert shape(title_pixels(px)) == text_mask("loss vs step", 2)
    _, px = render("caf\u00e9 \u2014 \u65e5", {"m": {"a": RUN}})
    assert shape(title_pixels(px)) == text_mask("cafe - ?", 2)


def test_empty_curves_give_one_no_data_panel():
    _, px = render("nothing", {})
    assert len(px) == charts.TITLE_H + charts.PANEL_H
    heading = colours_in(px, y0=charts.TITLE_H, y1=charts.TITLE_H + 20)
    assert heading == {charts.BASE[charts.WHITE]}  # no metric name to show
    top = charts.TITLE_H + 22  # the plot frame of the single panel
    inside = {
        (x, y)
        for y in range(top + 1, charts.TITLE_H + charts.PANEL_H - 26)
        for x in range(charts.LEFT + 1, PLOT_RIGHT)
        if px[y][x] != charts.BASE[charts.WHITE]
    }
    assert shape(inside) == text_mask("no data", 2)


@pytest.mark.parametrize(
    "value,text",
    [(0.25, "0.25"), (1.2e-05, "1.2e-05"), (12000, "12k"), (1234, "1234"), (-0.0, "0")]
    + [(2.5e6, "2.5M"), (3e10, "3e+10"), (0.12345, "0.1235")],
)
def test_compact_numbers(value, text):
    assert charts.fmt(value) == text


def test_long_labels_keep_both_ends():
    label = "mlflow:run/0123456789abcdef0123456789abcdef"
    short = charts.fit(label, 20)
    assert len(short) == 20 and short.startswith("mlflow:r") and short.endswith("abcdef")
    assert charts.fit("short", 20) == "short"
