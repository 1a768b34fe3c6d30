# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm_shim v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700), specs/slurm_shim/extensions.json (sha256 0f3d29a000b3).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_job_output_stream import GetJobOutputStream
from ...models.labgate_error_resp import LabgateErrorResp
from ...models.labgate_job_output_resp import LabgateJobOutputResp
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    *,
    stream: GetJobOutputStream | Unset = GetJobOutputStream.STDOUT,
    tail_bytes: int | Unset = 8192,
    offset: int | Unset = UNSET,
    length: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_stream: str | Unset = UNSET
    if not isinstance(stream, Unset):
        json_stream = stream.value

    params["stream"] = json_stream

    params["tail_bytes"] = tail_bytes

    params["offset"] = offset

    params["length"] = length

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/labgate/v1/job/{job_id}/output".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabgateErrorResp | LabgateJobOutputResp:
    if response.status_code == 200:
        response_200 = LabgateJobOutputResp.from_dict(response.json())

        return response_200

    response_default = LabgateErrorResp.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LabgateErrorResp | LabgateJobOutputResp]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: GetJobOutputStream | Unset = GetJobOutputStream.STDOUT,
    tail_bytes: int | Unset = 8192,
    offset: int | Unset = UNSET,
    length: int | Unset = UNSET,
) -> Response[LabgateErrorResp | LabgateJobOutputResp]:
    """The tail of a job's own stdout or stderr file, or a window from a byte offset (bounded; only the
    paths Slurm recorded for that job)

    Args:
        job_id (str):
        stream (GetJobOutputStream | Unset):  Default: GetJobOutputStream.STDOUT.
        tail_bytes (int | Unset):  Default: 8192.
        offset (int | Unset):
        length (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabgateErrorResp | LabgateJobOutputResp]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        stream=stream,
        tail_bytes=tail_bytes,
        offset=offset,
        length=length,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: GetJobOutputStream | Unset = GetJobOutputStream.STDOUT,
    tail_bytes: int | Unset = 8192,
    offset: int | Unset = UNSET,
    length: int | Unset = UNSET,
) -> LabgateErrorResp | LabgateJobOutputResp | None:
    """The tail of a job's own stdout or stderr file, or a window from a byte offset (bounded; only the
    paths Slurm recorded for that job)

    Args:
        job_id (str):
        stream (GetJobOutputStream | Unset):  Default: GetJobOutputStream.STDOUT.
        tail_bytes (int | Unset):  Default: 8192.
        offset (int | Unset):
        length (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabgateErrorResp | LabgateJobOutputResp
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        stream=stream,
        tail_bytes=tail_bytes,
        offset=offset,
        length=length,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: GetJobOutputStream | Unset = GetJobOutputStream.STDOUT,
    tail_bytes: int | Unset = 8192,
    offset: int | Unset = UNSET,
    length: int | Unset = UNSET,
) -> Response[LabgateErrorResp | LabgateJobOutputResp]:
    """The tail of a job's own stdout or stderr file, or a window from a byte offset (bounded; only the
    paths Slurm recorded for that job)

    Args:
        job_id (str):
        stream (GetJobOutputStream | Unset):  Default: GetJobOutputStream.STDOUT.
        tail_bytes (int | Unset):  Default: 8192.
        offset (int | Unset):
        length (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabgateErrorResp | LabgateJobOutputResp]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        stream=stream,
        tail_bytes=tail_bytes,
        offset=offset,
        length=length,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: GetJobOutputStream | Unset = GetJobOutputStream.STDOUT,
    tail_bytes: int | Unset = 8192,
    offset: int | Unset = UNSET,
    length: int | Unset = UNSET,
) -> LabgateErrorResp | LabgateJobOutputResp | None:
    """The tail of a job's own stdout or stderr file, or a window from a byte offset (bounded; only the
    paths Slurm recorded for that job)

    Args:
        job_id (str):
        stream (GetJobOutputStream | Unset):  Default: GetJobOutputStream.STDOUT.
        tail_bytes (int | Unset):  Default: 8192.
        offset (int | Unset):
        length (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabgateErrorResp | LabgateJobOutputResp
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            stream=stream,
            tail_bytes=tail_bytes,
            offset=offset,
            length=length,
        )
    ).parsed
