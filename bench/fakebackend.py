"""A minimal keep-alive HTTP/1.1 server impersonating slurmrestd's job list, for benchmarks.

Answers every request with the same small `GET /slurm/v0.0.42/jobs/` body, as fast as
asyncio allows, so what a benchmark measures is labgate's own overhead. Run it in its own
process: `python -m bench.fakebackend PORT [JOBS]` (5 jobs, ~1.6 KB, by default).
"""

from __future__ import annotations

import asyncio
import json
import sys

JOB = {
    "job_id": 0,
    "name": "train-resnet",
    "user_name": "alice",
    "partition": "gpu",
    "job_state": ["RUNNING"],
    "nodes": "node01",
    "time_limit": {"set": True, "infinite": False, "number": 120},
    "start_time": {"set": True, "infinite": False, "number": 1763800000},
    "tres_req_str": "cpu=8,mem=32G,node=1,billing=8,gres/gpu=1",
}


def response(jobs: int) -> bytes:
    body = json.dumps(
        {"jobs": [{**JOB, "job_id": 1000 + i} for i in range(jobs)], "errors": [], "warnings": []}
    ).encode()
    return (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )


RESPONSE = response(5)


SERVED = [0]


def _count_response() -> bytes:
    body = json.dumps({"requests": SERVED[0]}).encode()
    return b"HTTP/1.1 200 OK\r\ncontent-length: " + str(len(body)).encode() + b"\r\n\r\n" + body


async def serve_conn(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            if head.startswith(b"GET /_count "):  # how many requests were served (benchmarks)
                writer.write(_count_response())
                await writer.drain()
                continue
            SERVED[0] += 1
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            if length:
                await reader.readexactly(length)
            writer.write(RESPONSE)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


async def main(port: int) -> None:
    server = await asyncio.start_server(serve_conn, "127.0.0.1", port)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    if len(sys.argv) > 2:  # python -m bench.fakebackend PORT [JOBS]
        RESPONSE = response(int(sys.argv[2]))
    asyncio.run(main(int(sys.argv[1])))
