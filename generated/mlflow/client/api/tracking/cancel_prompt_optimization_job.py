# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_prompt_optimization_job import CancelPromptOptimizationJob
from ...models.cancel_prompt_optimization_job_response import (
    CancelPromptOptimizationJobResponse,
)
from ...types import Response


def _get_kwargs(
    job_id: str,
    *,
    body: CancelPromptOptimizationJob,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/3.0/mlflow/prompt-optimization/jobs/{job_id}/cancel".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelPromptOptimizationJobResponse | None:
    if response.status_code == 200:
        response_200 = CancelPromptOptimizationJobResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelPromptOptimizationJobResponse]:
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
    body: CancelPromptOptimizationJob,
) -> Response[CancelPromptOptimizationJobResponse]:
    """Cancel an in-progress prompt optimization job.

     Cancel an in-progress prompt optimization job.
    If the job is already completed or cancelled, this operation has no effect.

    Args:
        job_id (str):
        body (CancelPromptOptimizationJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelPromptOptimizationJobResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelPromptOptimizationJob,
) -> CancelPromptOptimizationJobResponse | None:
    """Cancel an in-progress prompt optimization job.

     Cancel an in-progress prompt optimization job.
    If the job is already completed or cancelled, this operation has no effect.

    Args:
        job_id (str):
        body (CancelPromptOptimizationJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelPromptOptimizationJobResponse
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelPromptOptimizationJob,
) -> Response[CancelPromptOptimizationJobResponse]:
    """Cancel an in-progress prompt optimization job.

     Cancel an in-progress prompt optimization job.
    If the job is already completed or cancelled, this operation has no effect.

    Args:
        job_id (str):
        body (CancelPromptOptimizationJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelPromptOptimizationJobResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelPromptOptimizationJob,
) -> CancelPromptOptimizationJobResponse | None:
    """Cancel an in-progress prompt optimization job.

     Cancel an in-progress prompt optimization job.
    If the job is already completed or cancelled, this operation has no effect.

    Args:
        job_id (str):
        body (CancelPromptOptimizationJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelPromptOptimizationJobResponse
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
        )
    ).parsed
