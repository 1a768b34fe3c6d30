"""Attacks on the shim's output window (`GET /labgate/v1/job/{id}/output?offset=N&length=M`,
what `slurm_get_job(offset=…, line=…, grep=…)` pages through). The window goes through the
same checks as the tail (the job's user, the path rules, no symlink, one link, the owner);
`offset` and `length` reach a remote shell over ssh, so only plain ASCII digits in bounds get
through. Locally and through the fake `ssh` (tests/security/shim_fakes.py)."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

from labgate.shim.handlers import Shim
from tests.security.shim_fakes import ME, FakeSlurm, client, description
from tests.slurm.schema_check import errors

OUTPUT = "/labgate/v1/job/{}/output"
TEXT = "".join(f"line {n}\n" for n in range(1, 101)) + "é-last"  # 100 lines, one unfinished


@pytest.fixture
def slurm(tmp_path: Path) -> FakeSlurm:
    return FakeSlurm(tmp_path / "slurm")


@pytest.fixture(params=["local", "ssh"])
def shim(request, slurm: FakeSlurm) -> Shim:
    return Shim(slurm.runner(ssh=request.param == "ssh"), ME)


def own_file(path: Path, text: str = TEXT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode())
    return path


async def window(shim: Shim, job_id: str, **params) -> httpx.Response:
    async with client(shim) as c:
        return await c.get(OUTPUT.format(job_id), params=params)


async def test_a_window_ends_on_a_line_and_says_where_the_next_starts(
    shim: Shim, slurm: FakeSlurm, tmp_path: Path
) -> None:
    job = slurm.job(own_file(tmp_path / "w" / "job.out"))
    r = await window(shim, job, offset=7, length=20)  # "line 2\nline 3\nline 4" + cut
    body = r.json()
    assert r.status_code == 200 and errors("GET", "/labgate/v1/job/{job_id}/output", body) == []
    assert (body["text"], body["offset"], body["length"], body["eof"]) == (
        "line 2\nline 3\n", 7, 14, False)  # fmt: skip
    size = len(TEXT.encode())
    last = (await window(shim, job, offset=size - 7, length=100)).json()
    assert (last["text"], last["eof"], last["size"]) == ("é-last", True, size)  # bytes, not chars
    past = (await window(shim, job, offset=size + 10)).json()
    assert (past["text"], past["length"], past["eof"]) == ("", 0, True)


async def test_a_window_without_a_newline_is_cut_not_stalled(
    shim: Shim, slurm: FakeSlurm, tmp_path: Path
) -> None:
    job = slurm.job(own_file(tmp_path / "w" / "long.out", "x" * 5000 + "\n"))
    body = (await window(shim, job, offset=0, length=100)).json()
    assert (body["text"], body["length"], body["eof"]) == ("x" * 100, 100, False)


@pytest.mark.parametrize(
    ("params", "field"),
    [({"offset": "-1"}, "offset"), ({"offset": "1e3"}, "offset"), ({"offset": "0x10"}, "offset"),
     ({"offset": "٣"}, "offset"), ({"offset": "+5"}, "offset"), ({"offset": " 5"}, "offset"),
     ({"offset": "5;id"}, "offset"), ({"offset": "$((1))"}, "offset"), ({"offset": "1" * 30}, "offset"),
     ({"offset": str((1 << 53) + 1)}, "offset"), ({"offset": "0", "length": "0"}, "length"),
     ({"offset": "0", "length": "1048577"}, "length"), ({"offset": "0", "length": "a[$(id)]"}, "length"),
     ({"tail_bytes": "٣"}, "tail_bytes")],
)  # fmt: skip
async def test_only_ascii_digits_in_bounds_are_accepted(
    shim: Shim, slurm: FakeSlurm, tmp_path: Path, params, field
) -> None:
    """Over ssh the numbers are arguments of a remote `sh`: arithmetic or command substitution
    in them would run on the login node, so they are refused before any command runs."""
    marker = tmp_path / "ran"
    job = slurm.job(own_file(tmp_path / "w" / "job.out"))
    params = {k: v.replace("id", f"touch {marker}") for k, v in params.items()}
    r = await window(shim, job, **params)
    assert r.status_code == 400, r.text
    assert description(r).startswith(field) and not marker.exists()


@pytest.mark.parametrize("path", ["/proc/self/environ", "//proc/self/environ", "/dev/zero"])
async def test_proc_and_dev_are_never_windowed(shim: Shim, slurm: FakeSlurm, path: str) -> None:
    r = await window(shim, slurm.job(path), offset=0, length=4096)
    assert r.status_code == 400, r.text
    assert "PATH=" not in r.text


async def test_symlinks_hard_links_and_own_state_are_refused_for_windows(
    shim: Shim, slurm: FakeSlurm, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    key = own_file(tmp_path / "home" / ".ssh" / "id_ed25519", "PRIVATE KEY\n")
    real = own_file(tmp_path / "real" / "job.out", "not through a link\n")
    (tmp_path / "link").symlink_to(real.parent)
    (tmp_path / "work").mkdir()
    os.link(key, tmp_path / "work" / "job.out")
    for path, why in ((tmp_path / "link" / "job.out", "refusing"), (key, "never serves"),
                      (tmp_path / "work" / "job.out", "hard links")):  # fmt: skip
        r = await window(shim, slurm.job(path), offset=0, length=4096)
        assert r.status_code == 400 and why in description(r), (path, r.text)
        assert "PRIVATE KEY" not in r.text and "not through a link" not in r.text


async def test_another_users_job_gets_403_for_windows(
    shim: Shim, slurm: FakeSlurm, tmp_path: Path
) -> None:
    out = own_file(tmp_path / "w" / "job.out", "bob's results\n")
    r = await window(shim, slurm.job(out, user="bob", uid=4242), offset=0)
    assert r.status_code == 403 and "bob's results" not in r.text
