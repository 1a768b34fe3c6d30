# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_model_versions_response import SearchModelVersionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    max_results: int | str | Unset = 200000,
    order_by: list[str] | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    json_max_results: int | str | Unset
    if isinstance(max_results, Unset):
        json_max_results = UNSET
    else:
        json_max_results = max_results
    params["max_results"] = json_max_results

    json_order_by: list[str] | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by"] = json_order_by

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/mlflow/model-versions/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchModelVersionsResponse | None:
    if response.status_code == 200:
        response_200 = SearchModelVersionsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SearchModelVersionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    max_results: int | str | Unset = 200000,
    order_by: list[str] | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[SearchModelVersionsResponse]:
    """Search ModelVersions

     Search ModelVersions.

    Args:
        filter_ (str | Unset):
        max_results (int | str | Unset):  Default: 200000.
        order_by (list[str] | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchModelVersionsResponse]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        max_results=max_results,
        order_by=order_by,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    max_results: int | str | Unset = 200000,
    order_by: list[str] | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> SearchModelVersionsResponse | None:
    """Search ModelVersions

     Search ModelVersions.

    Args:
        filter_ (str | Unset):
        max_results (int | str | Unset):  Default: 200000.
        order_by (list[str] | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchModelVersionsResponse
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        max_results=max_results,
        order_by=order_by,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    max_results: int | str | Unset = 200000,
    order_by: list[str] | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[SearchModelVersionsResponse]:
    """Search ModelVersions

     Search ModelVersions.

    Args:
        filter_ (str | Unset):
        max_results (int | str | Unset):  Default: 200000.
        order_by (list[str] | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchModelVersionsResponse]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        max_results=max_results,
        order_by=order_by,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    max_results: int | str | Unset = 200000,
    order_by: list[str] | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> SearchModelVersionsResponse | None:
    """Search ModelVersions

     Search ModelVersions.

    Args:
        filter_ (str | Unset):
        max_results (int | str | Unset):  Default: 200000.
        order_by (list[str] | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchModelVersionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            max_results=max_results,
            order_by=order_by,
            page_token=page_token,
        )
    ).parsed
