# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hardware_constraint_offset_paged_response import (
    HardwareConstraintOffsetPagedResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(qarnot_read_only_request_for_account, Unset):
        headers["QarnotReadOnlyRequestForAccount"] = qarnot_read_only_request_for_account

    params: dict[str, Any] = {}

    params["Limit"] = limit

    params["Offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/hardware-constraints",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HardwareConstraintOffsetPagedResponse | None:
    if response.status_code == 200:
        response_200 = HardwareConstraintOffsetPagedResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HardwareConstraintOffsetPagedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[Any | HardwareConstraintOffsetPagedResponse]:
    """List HardwareConstraints (Auth)

     List all available hardware constraints for the authenticated user

    Args:
        limit (int | Unset):  Example: 49.
        offset (int | Unset):  Example: 0.
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HardwareConstraintOffsetPagedResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Any | HardwareConstraintOffsetPagedResponse | None:
    """List HardwareConstraints (Auth)

     List all available hardware constraints for the authenticated user

    Args:
        limit (int | Unset):  Example: 49.
        offset (int | Unset):  Example: 0.
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HardwareConstraintOffsetPagedResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[Any | HardwareConstraintOffsetPagedResponse]:
    """List HardwareConstraints (Auth)

     List all available hardware constraints for the authenticated user

    Args:
        limit (int | Unset):  Example: 49.
        offset (int | Unset):  Example: 0.
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HardwareConstraintOffsetPagedResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Any | HardwareConstraintOffsetPagedResponse | None:
    """List HardwareConstraints (Auth)

     List all available hardware constraints for the authenticated user

    Args:
        limit (int | Unset):  Example: 49.
        offset (int | Unset):  Example: 0.
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HardwareConstraintOffsetPagedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
        )
    ).parsed
