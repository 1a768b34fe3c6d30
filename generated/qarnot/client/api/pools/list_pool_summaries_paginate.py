# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_detail_request import PageDetailRequest
from ...models.pool_summary_output_token_paged_response import (
    PoolSummaryOutputTokenPagedResponse,
)
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PageDetailRequest | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(qarnot_read_only_request_for_account, Unset):
        headers["QarnotReadOnlyRequestForAccount"] = qarnot_read_only_request_for_account

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pools/summaries/paginate",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PoolSummaryOutputTokenPagedResponse | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = PoolSummaryOutputTokenPagedResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetails.from_dict(response.json())

        return response_400

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
) -> Response[Any | PoolSummaryOutputTokenPagedResponse | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PageDetailRequest | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[Any | PoolSummaryOutputTokenPagedResponse | ProblemDetails]:
    """Paginate Pools Summaries (Auth)

     Search in all pools belonging to the authenticated user

    * The available operators are: And / Or /
    * Equal / NotEqual / LessThanOrEqual / LessThan / GreaterThanOrEqual / Like / In / NotIn
    Available sorting fields: creationDate / executionTime / name / state

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (PageDetailRequest | Unset): Detailed Request for a limited response

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PoolSummaryOutputTokenPagedResponse | ProblemDetails]
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
    body: PageDetailRequest | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Any | PoolSummaryOutputTokenPagedResponse | ProblemDetails | None:
    """Paginate Pools Summaries (Auth)

     Search in all pools belonging to the authenticated user

    * The available operators are: And / Or /
    * Equal / NotEqual / LessThanOrEqual / LessThan / GreaterThanOrEqual / Like / In / NotIn
    Available sorting fields: creationDate / executionTime / name / state

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (PageDetailRequest | Unset): Detailed Request for a limited response

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PoolSummaryOutputTokenPagedResponse | ProblemDetails
    """

    return sync_detailed(
        client=client,
        body=body,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PageDetailRequest | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[Any | PoolSummaryOutputTokenPagedResponse | ProblemDetails]:
    """Paginate Pools Summaries (Auth)

     Search in all pools belonging to the authenticated user

    * The available operators are: And / Or /
    * Equal / NotEqual / LessThanOrEqual / LessThan / GreaterThanOrEqual / Like / In / NotIn
    Available sorting fields: creationDate / executionTime / name / state

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (PageDetailRequest | Unset): Detailed Request for a limited response

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PoolSummaryOutputTokenPagedResponse | ProblemDetails]
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
    body: PageDetailRequest | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Any | PoolSummaryOutputTokenPagedResponse | ProblemDetails | None:
    """Paginate Pools Summaries (Auth)

     Search in all pools belonging to the authenticated user

    * The available operators are: And / Or /
    * Equal / NotEqual / LessThanOrEqual / LessThan / GreaterThanOrEqual / Like / In / NotIn
    Available sorting fields: creationDate / executionTime / name / state

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (PageDetailRequest | Unset): Detailed Request for a limited response

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PoolSummaryOutputTokenPagedResponse | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
        )
    ).parsed
