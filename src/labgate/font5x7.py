"""A 5×7 bitmap font (with descenders, 8 rows) for printable ASCII, as plain data.

Each glyph is 5 column bytes; bit 0 is the top row. The glyph data is the classic HD44780-style
LCD font from Adafruit-GFX's glcdfont.c, redistributed under its BSD licence:

    Copyright (c) 2012 Adafruit Industries. All rights reserved.

    Redistribution and use in source and binary forms, with or without modification, are
    permitted provided that the following conditions are met:
    - Redistributions of source code must retain the above copyright notice, this list of
      conditions and the following disclaimer.
    - Redistributions in binary form must reproduce the above copyright notice, this list of
      conditions and the following disclaimer in the documentation and/or other materials
      provided with the distribution.

    THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS
    OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF
    MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE
    COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL,
    EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
    SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION)
    HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR
    TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
    SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
"""

from __future__ import annotations

import unicodedata

WIDTH, HEIGHT, ADVANCE = 5, 8, 6

# ASCII 32 (space) to 126 (~), 8 glyphs per line.
_DATA = bytes.fromhex(
    """
    0000000000 00005f0000 0007000700 147f147f14 242a7f2a12 2313086462 3649562050 0008070300
    001c224100 0041221c00 2a1c7f1c2a 08083e0808 0080703000 0808080808 0000606000 2010080402
    3e5149453e 00427f4000 7249494946 2141494d33 1814127f10 2745454539 3c4a494931 4121110907
    3649494936 464949291e 0000140000 0040340000 0008142241 1414141414 0041221408 0201590906
    3e415d594e 7c1211127c 7f49494936 3e41414122 7f4141413e 7f49494941 7f09090901 3e41415173
    7f0808087f 00417f4100 2040413f01 7f08142241 7f40404040 7f021c027f 7f0408107f 3e4141413e
    7f09090906 3e4151215e 7f09192946 2649494932 03017f0103 3f4040403f 1f2040201f 3f4038403f
    6314081463 0304780403 6159494d43 007f414141 0204081020 004141417f 0402010204 4040404040
    0003070800 2054547840 7f28444438 3844444428 384444287f 3854545418 00087e0902 18a4a4a47c
    7f08040478 00447d4000 2040403d00 7f10284400 00417f4000 7c04780478 7c08040478 3844444438
    fc18242418 18242418fc 7c08040408 4854545424 04043f4424 3c4040207c 1c2040201c 3c4030403c
    4428102844 4c9090907c 4464544c44 0008364100 0000770000 0041360800 0201020402
    """
)
_ASCII = {"\u2014": "-", "\u2013": "-", "\u2026": "...", "\u00d7": "x", "\u00b5": "u"}


def to_ascii(text: str) -> str:
    """Accents dropped, a few symbols spelled in ASCII, anything else non-printable → '?'."""
    text = unicodedata.normalize("NFKD", "".join(_ASCII.get(c, c) for c in text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "".join(c if " " <= c <= "~" else "?" for c in text)


def glyph(char: str) -> bytes:
    """The 5 column bytes of one printable ASCII character."""
    i = (ord(char) - 32) * WIDTH
    return _DATA[i : i + WIDTH]


def text_width(text: str, scale: int = 1) -> int:
    return max(0, len(text) * ADVANCE - 1) * scale
