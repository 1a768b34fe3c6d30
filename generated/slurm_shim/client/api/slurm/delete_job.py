# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm_shim v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700), specs/slurm_shim/extensions.json (sha256 0f3d29a000b3).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_job_flags import DeleteJobFlags
from ...models.v0042_openapi_kill_job_resp import V0042OpenapiKillJobResp
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    *,
    signal: str | Unset = UNSET,
    flags: DeleteJobFlags | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["signal"] = signal

    json_flags: str | Unset = UNSET
    if not isinstance(flags, Unset):
        json_flags = flags.value

    params["flags"] = json_flags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/slurm/v0.0.42/job/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V0042OpenapiKillJobResp:
    if response.status_code == 200:
        response_200 = V0042OpenapiKillJobResp.from_dict(response.json())

        return response_200

    response_default = V0042OpenapiKillJobResp.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[V0042OpenapiKillJobResp]:
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
    signal: str | Unset = UNSET,
    flags: DeleteJobFlags | Unset = UNSET,
) -> Response[V0042OpenapiKillJobResp]:
    """cancel or signal job

    Args:
        job_id (str):
        signal (str | Unset):
        flags (DeleteJobFlags | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0042OpenapiKillJobResp]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        signal=signal,
        flags=flags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    signal: str | Unset = UNSET,
    flags: DeleteJobFlags | Unset = UNSET,
) -> V0042OpenapiKillJobResp | None:
    """cancel or signal job

    Args:
        job_id (str):
        signal (str | Unset):
        flags (DeleteJobFlags | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0042OpenapiKillJobResp
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        signal=signal,
        flags=flags,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    signal: str | Unset = UNSET,
    flags: DeleteJobFlags | Unset = UNSET,
) -> Response[V0042OpenapiKillJobResp]:
    """cancel or signal job

    Args:
        job_id (str):
        signal (str | Unset):
        flags (DeleteJobFlags | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V0042OpenapiKillJobResp]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        signal=signal,
        flags=flags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    signal: str | Unset = UNSET,
    flags: DeleteJobFlags | Unset = UNSET,
) -> V0042OpenapiKillJobResp | None:
    """cancel or signal job

    Args:
        job_id (str):
        signal (str | Unset):
        flags (DeleteJobFlags | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V0042OpenapiKillJobResp
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            signal=signal,
            flags=flags,
        )
    ).parsed
