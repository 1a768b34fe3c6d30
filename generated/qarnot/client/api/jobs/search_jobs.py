# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_detail_request import DataDetailRequest
from ...models.job_output import JobOutput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DataDetailRequest | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(qarnot_read_only_request_for_account, Unset):
        headers["QarnotReadOnlyRequestForAccount"] = qarnot_read_only_request_for_account

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jobs/search",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[JobOutput] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = JobOutput.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Any | list[JobOutput]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataDetailRequest | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[Any | list[JobOutput]]:
    """List Filtered Jobs (Auth)

     List all jobs belonging to the authenticated user and matching the filters.

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (DataDetailRequest | Unset): Detailed request for a limited response

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[JobOutput]]
    """

    kwargs = _get_kwargs(
        body=body,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DataDetailRequest | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Any | list[JobOutput] | None:
    """List Filtered Jobs (Auth)

     List all jobs belonging to the authenticated user and matching the filters.

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (DataDetailRequest | Unset): Detailed request for a limited response

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[JobOutput]
    """

    return sync_detailed(
        client=client,
        body=body,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataDetailRequest | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[Any | list[JobOutput]]:
    """List Filtered Jobs (Auth)

     List all jobs belonging to the authenticated user and matching the filters.

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (DataDetailRequest | Unset): Detailed request for a limited response

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[JobOutput]]
    """

    kwargs = _get_kwargs(
        body=body,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataDetailRequest | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Any | list[JobOutput] | None:
    """List Filtered Jobs (Auth)

     List all jobs belonging to the authenticated user and matching the filters.

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (DataDetailRequest | Unset): Detailed request for a limited response

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[JobOutput]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
        )
    ).parsed
