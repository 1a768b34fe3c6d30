# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_metric_history_bulk_interval_response import (
    GetMetricHistoryBulkIntervalResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    run_ids: list[str],
    metric_key: str,
    start_step: int | Unset = UNSET,
    end_step: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_run_ids = run_ids

    params["run_ids"] = json_run_ids

    params["metric_key"] = metric_key

    params["start_step"] = start_step

    params["end_step"] = end_step

    params["max_results"] = max_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/mlflow/metrics/get-history-bulk-interval",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMetricHistoryBulkIntervalResponse | None:
    if response.status_code == 200:
        response_200 = GetMetricHistoryBulkIntervalResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetMetricHistoryBulkIntervalResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    run_ids: list[str],
    metric_key: str,
    start_step: int | Unset = UNSET,
    end_step: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[GetMetricHistoryBulkIntervalResponse]:
    """Retrieves the value history for a specified metric across one or more specified runs.

     Retrieves the value history for a specified metric across one or more specified runs.

    Args:
        run_ids (list[str]):
        metric_key (str):
        start_step (int | Unset):
        end_step (int | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMetricHistoryBulkIntervalResponse]
    """

    kwargs = _get_kwargs(
        run_ids=run_ids,
        metric_key=metric_key,
        start_step=start_step,
        end_step=end_step,
        max_results=max_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    run_ids: list[str],
    metric_key: str,
    start_step: int | Unset = UNSET,
    end_step: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> GetMetricHistoryBulkIntervalResponse | None:
    """Retrieves the value history for a specified metric across one or more specified runs.

     Retrieves the value history for a specified metric across one or more specified runs.

    Args:
        run_ids (list[str]):
        metric_key (str):
        start_step (int | Unset):
        end_step (int | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMetricHistoryBulkIntervalResponse
    """

    return sync_detailed(
        client=client,
        run_ids=run_ids,
        metric_key=metric_key,
        start_step=start_step,
        end_step=end_step,
        max_results=max_results,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    run_ids: list[str],
    metric_key: str,
    start_step: int | Unset = UNSET,
    end_step: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[GetMetricHistoryBulkIntervalResponse]:
    """Retrieves the value history for a specified metric across one or more specified runs.

     Retrieves the value history for a specified metric across one or more specified runs.

    Args:
        run_ids (list[str]):
        metric_key (str):
        start_step (int | Unset):
        end_step (int | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMetricHistoryBulkIntervalResponse]
    """

    kwargs = _get_kwargs(
        run_ids=run_ids,
        metric_key=metric_key,
        start_step=start_step,
        end_step=end_step,
        max_results=max_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    run_ids: list[str],
    metric_key: str,
    start_step: int | Unset = UNSET,
    end_step: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> GetMetricHistoryBulkIntervalResponse | None:
    """Retrieves the value history for a specified metric across one or more specified runs.

     Retrieves the value history for a specified metric across one or more specified runs.

    Args:
        run_ids (list[str]):
        metric_key (str):
        start_step (int | Unset):
        end_step (int | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMetricHistoryBulkIntervalResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            run_ids=run_ids,
            metric_key=metric_key,
            start_step=start_step,
            end_step=end_step,
            max_results=max_results,
        )
    ).parsed
