# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_metric_history_response import GetMetricHistoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    run_uuid: str | Unset = UNSET,
    metric_key: str,
    run_id: str,
    page_token: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["run_uuid"] = run_uuid

    params["metric_key"] = metric_key

    params["run_id"] = run_id

    params["page_token"] = page_token

    params["max_results"] = max_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/mlflow/metrics/get-history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMetricHistoryResponse | None:
    if response.status_code == 200:
        response_200 = GetMetricHistoryResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetMetricHistoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    run_uuid: str | Unset = UNSET,
    metric_key: str,
    run_id: str,
    page_token: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[GetMetricHistoryResponse]:
    """Get a list of all values for the specified metric for a given run.

     Get a list of all values for the specified metric for a given run.

    Args:
        run_uuid (str | Unset):
        metric_key (str):
        run_id (str):
        page_token (str | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMetricHistoryResponse]
    """

    kwargs = _get_kwargs(
        run_uuid=run_uuid,
        metric_key=metric_key,
        run_id=run_id,
        page_token=page_token,
        max_results=max_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    run_uuid: str | Unset = UNSET,
    metric_key: str,
    run_id: str,
    page_token: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> GetMetricHistoryResponse | None:
    """Get a list of all values for the specified metric for a given run.

     Get a list of all values for the specified metric for a given run.

    Args:
        run_uuid (str | Unset):
        metric_key (str):
        run_id (str):
        page_token (str | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMetricHistoryResponse
    """

    return sync_detailed(
        client=client,
        run_uuid=run_uuid,
        metric_key=metric_key,
        run_id=run_id,
        page_token=page_token,
        max_results=max_results,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    run_uuid: str | Unset = UNSET,
    metric_key: str,
    run_id: str,
    page_token: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[GetMetricHistoryResponse]:
    """Get a list of all values for the specified metric for a given run.

     Get a list of all values for the specified metric for a given run.

    Args:
        run_uuid (str | Unset):
        metric_key (str):
        run_id (str):
        page_token (str | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMetricHistoryResponse]
    """

    kwargs = _get_kwargs(
        run_uuid=run_uuid,
        metric_key=metric_key,
        run_id=run_id,
        page_token=page_token,
        max_results=max_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    run_uuid: str | Unset = UNSET,
    metric_key: str,
    run_id: str,
    page_token: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> GetMetricHistoryResponse | None:
    """Get a list of all values for the specified metric for a given run.

     Get a list of all values for the specified metric for a given run.

    Args:
        run_uuid (str | Unset):
        metric_key (str):
        run_id (str):
        page_token (str | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMetricHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            run_uuid=run_uuid,
            metric_key=metric_key,
            run_id=run_id,
            page_token=page_token,
            max_results=max_results,
        )
    ).parsed
