"""`slurm_get_job(output=…, offset|line|grep|cursor)` paging, without a cluster: the shim's
window answers (labgate.shim.output.line_window over an in-memory file) stand in for the
extension, so every cursor is followed to the end and compared with the file itself. The live
test on the real cluster is in test_slurm_tools.py."""

from __future__ import annotations

import time

import pytest
from labgate_overrides import slurm_tools
from labgate_overrides.slurm_tools import glob_matcher, log_cursor, page_output

from labgate.errors import ArgumentError
from labgate.shim.output import line_window

FILE = "".join(f"step {n} loss={1 / n:.4f}\n" for n in range(1, 2001)).encode()


@pytest.fixture
def reads(monkeypatch) -> list[dict]:
    """The file as the shim serves it; `reads` keeps the windows asked for."""
    seen: list[dict] = []

    async def extension(ctx, op_id, args, cluster):
        assert op_id == "get_job_output" and 1 <= args["length"] <= 1 << 20
        seen.append(args)
        start = args["offset"]
        data = line_window(FILE[start : start + args["length"]], start, len(FILE))
        return {"stream": args["stream"], "path": "/w/job.out", "size": len(FILE), "offset": start,
                "length": len(data), "eof": start + len(data) >= len(FILE), "text": data.decode()}  # fmt: skip

    monkeypatch.setattr(slurm_tools, "extension", extension)
    return seen


async def page(budget=2000, **kw):
    args = {"offset": None, "line": None, "grep": None, "cursor": None, **kw}
    return await page_output(None, "5", "stdout", None, budget=budget, **args)


async def follow(budget=2000, **kw) -> list:
    """Every answer of a read followed cursor by cursor: the lines (or matches) in order."""
    out, calls = [], 0
    while True:
        got = await page(budget, **kw)
        out += got.get("matches", []) or ([got["text"]] if got.get("text") else [])
        calls += 1
        assert calls < 500
        if not got["next_cursor"]:
            return out
        kw = {
            **{k: v for k, v in kw.items() if k in ("grep", "line")},
            "cursor": log_cursor(got["next_cursor"]),
        }


async def test_pages_from_the_start_cover_the_file_exactly(reads) -> None:
    first = await page(budget=300)
    assert first["first_line"] == 1 and first["text"].startswith("step 1 loss=1.0000\nstep 2")
    assert len(first["text"].encode()) <= 300 and first["next_cursor"]
    text = "\n".join(await follow(budget=300))
    assert text + "\n" == FILE.decode()


async def test_a_line_range_and_a_byte_offset(reads) -> None:
    at = await page(line=1500, budget=100)
    assert at["first_line"] == 1500 and at["text"].split("\n")[0] == "step 1500 loss=0.0007"
    assert len(reads) == 1 and reads[0]["length"] == 1 << 20  # one 1 MiB window to find it
    mid = FILE.index(b"step 10 ")
    got = await page(offset=mid + 3, budget=60)  # mid-line: starts there, line unknown
    assert got["offset"] == mid + 3 and "first_line" not in got
    assert got["text"].startswith("p 10 loss=0.1000\nstep 11")


async def test_grep_finds_every_match_once_with_line_numbers(reads) -> None:
    matches = await follow(grep="step 1*5 loss", budget=200)
    want = [[n, f"step {n} loss={1 / n:.4f}"] for n in range(1, 2001)
            if str(n).startswith("1") and str(n).endswith("5") and n > 9]  # fmt: skip
    assert matches == want
    assert await follow(grep="STEP 2000 LOSS") == [[2000, "step 2000 loss=0.0005"]]


async def test_a_scan_is_bounded_and_says_so(reads, monkeypatch) -> None:
    monkeypatch.setattr(slurm_tools, "LOG_WINDOW", 4096)
    monkeypatch.setattr(slurm_tools, "LOG_SCAN", 8192)
    got = await page(grep="no such text")
    assert got["matches"] == [] and got["next_cursor"] and "nothing found" in got["note"]
    assert sum(r["length"] for r in reads) <= 8192 + 4096
    assert await follow(grep="step 1999 ") == [[1999, "step 1999 loss=0.0005"]]


def test_cursor_and_arguments_are_checked() -> None:
    with pytest.raises(ArgumentError, match="cursor"):
        log_cursor("not-a-cursor")
    from labgate.envelope import encode_cursor

    for bad in ([1, 2], [-1, 0, 0], ["1", 0, 0], [True, 0, 0]):
        with pytest.raises(ArgumentError, match="cursor"):
            log_cursor(encode_cursor(bad))


def test_glob_matching_is_linear_on_hostile_input() -> None:
    """`*a*a*a…*b` against `aaaa…`: a backtracking matcher takes exponential time here."""
    match = glob_matcher("*a" * 100 + "*b")
    line = "a" * 200_000
    t0 = time.perf_counter()
    assert not match(line)
    assert time.perf_counter() - t0 < 0.5
    assert glob_matcher("CUDA*memory")("RuntimeError: cuda out of memory")
    assert glob_matcher("*")("anything") and not glob_matcher("a*b")("b then a")
