# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.id import ID
from ...models.job_creation_input import JobCreationInput
from ...types import Response


def _get_kwargs(
    *,
    body: JobCreationInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ID | None:
    if response.status_code == 200:
        response_200 = ID.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
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
) -> Response[Any | ID]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobCreationInput,
) -> Response[Any | ID]:
    """Create Job (Auth)

     Create a new job.
                Location header is set to the newly created job location,
                {snapshot,results}{White,Black}list are optional.
                If a list of jobs is provided, the response will conserve the submit order and
                a status will be provided for each job submitted(Location header won't be changed in
    this case).

    Args:
        body (JobCreationInput): Configuration for the creation of a job

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ID]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: JobCreationInput,
) -> Any | ID | None:
    """Create Job (Auth)

     Create a new job.
                Location header is set to the newly created job location,
                {snapshot,results}{White,Black}list are optional.
                If a list of jobs is provided, the response will conserve the submit order and
                a status will be provided for each job submitted(Location header won't be changed in
    this case).

    Args:
        body (JobCreationInput): Configuration for the creation of a job

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ID
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobCreationInput,
) -> Response[Any | ID]:
    """Create Job (Auth)

     Create a new job.
                Location header is set to the newly created job location,
                {snapshot,results}{White,Black}list are optional.
                If a list of jobs is provided, the response will conserve the submit order and
                a status will be provided for each job submitted(Location header won't be changed in
    this case).

    Args:
        body (JobCreationInput): Configuration for the creation of a job

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ID]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: JobCreationInput,
) -> Any | ID | None:
    """Create Job (Auth)

     Create a new job.
                Location header is set to the newly created job location,
                {snapshot,results}{White,Black}list are optional.
                If a list of jobs is provided, the response will conserve the submit order and
                a status will be provided for each job submitted(Location header won't be changed in
    this case).

    Args:
        body (JobCreationInput): Configuration for the creation of a job

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ID
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
