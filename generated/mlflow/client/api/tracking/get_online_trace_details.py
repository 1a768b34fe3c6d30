# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_online_trace_details_response import GetOnlineTraceDetailsResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    trace_id: str,
    sql_warehouse_id: str,
    source_inference_table: str,
    source_databricks_request_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["trace_id"] = trace_id

    params["sql_warehouse_id"] = sql_warehouse_id

    params["source_inference_table"] = source_inference_table

    params["source_databricks_request_id"] = source_databricks_request_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/mlflow/get-online-trace-details",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetOnlineTraceDetailsResponse | None:
    if response.status_code == 200:
        response_200 = GetOnlineTraceDetailsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetOnlineTraceDetailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    trace_id: str,
    sql_warehouse_id: str,
    source_inference_table: str,
    source_databricks_request_id: str,
) -> Response[GetOnlineTraceDetailsResponse]:
    """Edge endpoint used to retrieve for online trace from an inference table.

     Edge endpoint used to retrieve for online trace from an inference table.

    Args:
        trace_id (str):
        sql_warehouse_id (str):
        source_inference_table (str):
        source_databricks_request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOnlineTraceDetailsResponse]
    """

    kwargs = _get_kwargs(
        trace_id=trace_id,
        sql_warehouse_id=sql_warehouse_id,
        source_inference_table=source_inference_table,
        source_databricks_request_id=source_databricks_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    trace_id: str,
    sql_warehouse_id: str,
    source_inference_table: str,
    source_databricks_request_id: str,
) -> GetOnlineTraceDetailsResponse | None:
    """Edge endpoint used to retrieve for online trace from an inference table.

     Edge endpoint used to retrieve for online trace from an inference table.

    Args:
        trace_id (str):
        sql_warehouse_id (str):
        source_inference_table (str):
        source_databricks_request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOnlineTraceDetailsResponse
    """

    return sync_detailed(
        client=client,
        trace_id=trace_id,
        sql_warehouse_id=sql_warehouse_id,
        source_inference_table=source_inference_table,
        source_databricks_request_id=source_databricks_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    trace_id: str,
    sql_warehouse_id: str,
    source_inference_table: str,
    source_databricks_request_id: str,
) -> Response[GetOnlineTraceDetailsResponse]:
    """Edge endpoint used to retrieve for online trace from an inference table.

     Edge endpoint used to retrieve for online trace from an inference table.

    Args:
        trace_id (str):
        sql_warehouse_id (str):
        source_inference_table (str):
        source_databricks_request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOnlineTraceDetailsResponse]
    """

    kwargs = _get_kwargs(
        trace_id=trace_id,
        sql_warehouse_id=sql_warehouse_id,
        source_inference_table=source_inference_table,
        source_databricks_request_id=source_databricks_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    trace_id: str,
    sql_warehouse_id: str,
    source_inference_table: str,
    source_databricks_request_id: str,
) -> GetOnlineTraceDetailsResponse | None:
    """Edge endpoint used to retrieve for online trace from an inference table.

     Edge endpoint used to retrieve for online trace from an inference table.

    Args:
        trace_id (str):
        sql_warehouse_id (str):
        source_inference_table (str):
        source_databricks_request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOnlineTraceDetailsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            trace_id=trace_id,
            sql_warehouse_id=sql_warehouse_id,
            source_inference_table=source_inference_table,
            source_databricks_request_id=source_databricks_request_id,
        )
    ).parsed
