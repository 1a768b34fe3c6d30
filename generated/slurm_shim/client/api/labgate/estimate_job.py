# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm_shim v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700), specs/slurm_shim/extensions.json (sha256 0f3d29a000b3).
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.labgate_error_resp import LabgateErrorResp
from ...models.labgate_job_estimate_resp import LabgateJobEstimateResp
from ...models.v0042_job_submit_req import V0042JobSubmitReq
from ...types import Response


def _get_kwargs(
    *,
    body: V0042JobSubmitReq,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/labgate/v1/job/estimate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabgateErrorResp | LabgateJobEstimateResp:
    if response.status_code == 200:
        response_200 = LabgateJobEstimateResp.from_dict(response.json())

        return response_200

    response_default = LabgateErrorResp.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LabgateErrorResp | LabgateJobEstimateResp]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V0042JobSubmitReq,
) -> Response[LabgateErrorResp | LabgateJobEstimateResp]:
    """Estimate when and where a job would start (sbatch --test-only); nothing is submitted

    Args:
        body (V0042JobSubmitReq):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabgateErrorResp | LabgateJobEstimateResp]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: V0042JobSubmitReq,
) -> LabgateErrorResp | LabgateJobEstimateResp | None:
    """Estimate when and where a job would start (sbatch --test-only); nothing is submitted

    Args:
        body (V0042JobSubmitReq):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabgateErrorResp | LabgateJobEstimateResp
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V0042JobSubmitReq,
) -> Response[LabgateErrorResp | LabgateJobEstimateResp]:
    """Estimate when and where a job would start (sbatch --test-only); nothing is submitted

    Args:
        body (V0042JobSubmitReq):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabgateErrorResp | LabgateJobEstimateResp]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: V0042JobSubmitReq,
) -> LabgateErrorResp | LabgateJobEstimateResp | None:
    """Estimate when and where a job would start (sbatch --test-only); nothing is submitted

    Args:
        body (V0042JobSubmitReq):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabgateErrorResp | LabgateJobEstimateResp
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
