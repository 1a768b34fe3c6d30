# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_result import EmptyResult
from ...models.scaling_input import ScalingInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    pool_uuid: str,
    *,
    body: ScalingInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/pools/{pool_uuid}/scaling".format(
            pool_uuid=quote(str(pool_uuid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EmptyResult | None:
    if response.status_code == 200:
        response_200 = EmptyResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = EmptyResult.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | EmptyResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pool_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ScalingInput | Unset = UNSET,
) -> Response[Any | EmptyResult]:
    """Update pool scaling details (Auth)

    Args:
        pool_uuid (str):
        body (ScalingInput | Unset): How a pool will be scaled dynamically

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EmptyResult]
    """

    kwargs = _get_kwargs(
        pool_uuid=pool_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pool_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ScalingInput | Unset = UNSET,
) -> Any | EmptyResult | None:
    """Update pool scaling details (Auth)

    Args:
        pool_uuid (str):
        body (ScalingInput | Unset): How a pool will be scaled dynamically

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EmptyResult
    """

    return sync_detailed(
        pool_uuid=pool_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pool_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ScalingInput | Unset = UNSET,
) -> Response[Any | EmptyResult]:
    """Update pool scaling details (Auth)

    Args:
        pool_uuid (str):
        body (ScalingInput | Unset): How a pool will be scaled dynamically

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EmptyResult]
    """

    kwargs = _get_kwargs(
        pool_uuid=pool_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pool_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ScalingInput | Unset = UNSET,
) -> Any | EmptyResult | None:
    """Update pool scaling details (Auth)

    Args:
        pool_uuid (str):
        body (ScalingInput | Unset): How a pool will be scaled dynamically

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EmptyResult
    """

    return (
        await asyncio_detailed(
            pool_uuid=pool_uuid,
            client=client,
            body=body,
        )
    ).parsed
