# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_get_traces_response import BatchGetTracesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    trace_ids: list[str],
    experiment_ids: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_trace_ids = trace_ids

    params["trace_ids"] = json_trace_ids

    json_experiment_ids: list[str] | Unset = UNSET
    if not isinstance(experiment_ids, Unset):
        json_experiment_ids = experiment_ids

    params["experiment_ids"] = json_experiment_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/3.0/mlflow/traces/batchGet",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchGetTracesResponse | None:
    if response.status_code == 200:
        response_200 = BatchGetTracesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchGetTracesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    trace_ids: list[str],
    experiment_ids: list[str] | Unset = UNSET,
) -> Response[BatchGetTracesResponse]:
    """Get complete traces with spans for given trace identifiers.

     Get complete traces with spans for given trace identifiers.
    This API is for OSS MLflow only for traces in v3.

    Args:
        trace_ids (list[str]):
        experiment_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchGetTracesResponse]
    """

    kwargs = _get_kwargs(
        trace_ids=trace_ids,
        experiment_ids=experiment_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    trace_ids: list[str],
    experiment_ids: list[str] | Unset = UNSET,
) -> BatchGetTracesResponse | None:
    """Get complete traces with spans for given trace identifiers.

     Get complete traces with spans for given trace identifiers.
    This API is for OSS MLflow only for traces in v3.

    Args:
        trace_ids (list[str]):
        experiment_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchGetTracesResponse
    """

    return sync_detailed(
        client=client,
        trace_ids=trace_ids,
        experiment_ids=experiment_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    trace_ids: list[str],
    experiment_ids: list[str] | Unset = UNSET,
) -> Response[BatchGetTracesResponse]:
    """Get complete traces with spans for given trace identifiers.

     Get complete traces with spans for given trace identifiers.
    This API is for OSS MLflow only for traces in v3.

    Args:
        trace_ids (list[str]):
        experiment_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchGetTracesResponse]
    """

    kwargs = _get_kwargs(
        trace_ids=trace_ids,
        experiment_ids=experiment_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    trace_ids: list[str],
    experiment_ids: list[str] | Unset = UNSET,
) -> BatchGetTracesResponse | None:
    """Get complete traces with spans for given trace identifiers.

     Get complete traces with spans for given trace identifiers.
    This API is for OSS MLflow only for traces in v3.

    Args:
        trace_ids (list[str]):
        experiment_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchGetTracesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            trace_ids=trace_ids,
            experiment_ids=experiment_ids,
        )
    ).parsed
