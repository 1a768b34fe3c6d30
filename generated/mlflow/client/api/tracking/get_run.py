# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_run_response import GetRunResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    run_uuid: str | Unset = UNSET,
    run_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["run_uuid"] = run_uuid

    params["run_id"] = run_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/mlflow/runs/get",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetRunResponse | None:
    if response.status_code == 200:
        response_200 = GetRunResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetRunResponse]:
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
    run_id: str,
) -> Response[GetRunResponse]:
    """Get metadata, metrics, params, and tags for a run.

     Get metadata, metrics, params, and tags for a run. In the case where multiple metrics
    with the same key are logged for a run, return only the value with the latest timestamp.
    If there are multiple values with the latest timestamp, return the maximum of these values.

    Args:
        run_uuid (str | Unset):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRunResponse]
    """

    kwargs = _get_kwargs(
        run_uuid=run_uuid,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    run_uuid: str | Unset = UNSET,
    run_id: str,
) -> GetRunResponse | None:
    """Get metadata, metrics, params, and tags for a run.

     Get metadata, metrics, params, and tags for a run. In the case where multiple metrics
    with the same key are logged for a run, return only the value with the latest timestamp.
    If there are multiple values with the latest timestamp, return the maximum of these values.

    Args:
        run_uuid (str | Unset):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRunResponse
    """

    return sync_detailed(
        client=client,
        run_uuid=run_uuid,
        run_id=run_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    run_uuid: str | Unset = UNSET,
    run_id: str,
) -> Response[GetRunResponse]:
    """Get metadata, metrics, params, and tags for a run.

     Get metadata, metrics, params, and tags for a run. In the case where multiple metrics
    with the same key are logged for a run, return only the value with the latest timestamp.
    If there are multiple values with the latest timestamp, return the maximum of these values.

    Args:
        run_uuid (str | Unset):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRunResponse]
    """

    kwargs = _get_kwargs(
        run_uuid=run_uuid,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    run_uuid: str | Unset = UNSET,
    run_id: str,
) -> GetRunResponse | None:
    """Get metadata, metrics, params, and tags for a run.

     Get metadata, metrics, params, and tags for a run. In the case where multiple metrics
    with the same key are logged for a run, return only the value with the latest timestamp.
    If there are multiple values with the latest timestamp, return the maximum of these values.

    Args:
        run_uuid (str | Unset):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRunResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            run_uuid=run_uuid,
            run_id=run_id,
        )
    ).parsed
