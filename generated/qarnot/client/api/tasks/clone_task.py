# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.id import ID
from ...models.task_clone_input import TaskCloneInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    task_uuid: str,
    *,
    body: TaskCloneInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tasks/{task_uuid}/clone".format(
            task_uuid=quote(str(task_uuid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
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

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

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
    task_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskCloneInput | Unset = UNSET,
) -> Response[Any | ID]:
    """Clone Task (Auth)

     Cloning a task with the possibility to change the value of some fields.

    Args:
        task_uuid (str):
        body (TaskCloneInput | Unset): Configuration of the fields to change in the cloned task

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ID]
    """

    kwargs = _get_kwargs(
        task_uuid=task_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskCloneInput | Unset = UNSET,
) -> Any | ID | None:
    """Clone Task (Auth)

     Cloning a task with the possibility to change the value of some fields.

    Args:
        task_uuid (str):
        body (TaskCloneInput | Unset): Configuration of the fields to change in the cloned task

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ID
    """

    return sync_detailed(
        task_uuid=task_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskCloneInput | Unset = UNSET,
) -> Response[Any | ID]:
    """Clone Task (Auth)

     Cloning a task with the possibility to change the value of some fields.

    Args:
        task_uuid (str):
        body (TaskCloneInput | Unset): Configuration of the fields to change in the cloned task

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ID]
    """

    kwargs = _get_kwargs(
        task_uuid=task_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskCloneInput | Unset = UNSET,
) -> Any | ID | None:
    """Clone Task (Auth)

     Cloning a task with the possibility to change the value of some fields.

    Args:
        task_uuid (str):
        body (TaskCloneInput | Unset): Configuration of the fields to change in the cloned task

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ID
    """

    return (
        await asyncio_detailed(
            task_uuid=task_uuid,
            client=client,
            body=body,
        )
    ).parsed
