# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.id import ID
from ...models.multi_response import MultiResponse
from ...models.request_error_output import RequestErrorOutput
from ...models.task_creation_input import TaskCreationInput
from ...types import Response


def _get_kwargs(
    *,
    body: list[TaskCreationInput] | TaskCreationInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tasks",
    }

    if isinstance(body, list):
        _kwargs["json"] = []
        for body_list_task_creation_input_item_data in body:
            body_list_task_creation_input_item = body_list_task_creation_input_item_data.to_dict()
            _kwargs["json"].append(body_list_task_creation_input_item)

    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ID | list[MultiResponse] | RequestErrorOutput | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ID | list[MultiResponse]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ID.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for response_200_type_1_item_data in _response_200_type_1:
                response_200_type_1_item = MultiResponse.from_dict(response_200_type_1_item_data)

                response_200_type_1.append(response_200_type_1_item)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 207:
        response_207 = []
        _response_207 = response.json()
        for response_207_item_data in _response_207:
            response_207_item = MultiResponse.from_dict(response_207_item_data)

            response_207.append(response_207_item)

        return response_207

    if response.status_code == 400:

        def _parse_response_400(
            data: object,
        ) -> list[MultiResponse] | RequestErrorOutput:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = RequestErrorOutput.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_400_type_1 = []
            _response_400_type_1 = data
            for response_400_type_1_item_data in _response_400_type_1:
                response_400_type_1_item = MultiResponse.from_dict(response_400_type_1_item_data)

                response_400_type_1.append(response_400_type_1_item)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 402:

        def _parse_response_402(
            data: object,
        ) -> list[MultiResponse] | RequestErrorOutput:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_402_type_0 = RequestErrorOutput.from_dict(data)

                return response_402_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_402_type_1 = []
            _response_402_type_1 = data
            for response_402_type_1_item_data in _response_402_type_1:
                response_402_type_1_item = MultiResponse.from_dict(response_402_type_1_item_data)

                response_402_type_1.append(response_402_type_1_item)

            return response_402_type_1

        response_402 = _parse_response_402(response.json())

        return response_402

    if response.status_code == 403:

        def _parse_response_403(
            data: object,
        ) -> list[MultiResponse] | RequestErrorOutput:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = RequestErrorOutput.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_403_type_1 = []
            _response_403_type_1 = data
            for response_403_type_1_item_data in _response_403_type_1:
                response_403_type_1_item = MultiResponse.from_dict(response_403_type_1_item_data)

                response_403_type_1.append(response_403_type_1_item)

            return response_403_type_1

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:

        def _parse_response_404(
            data: object,
        ) -> list[MultiResponse] | RequestErrorOutput:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_404_type_0 = RequestErrorOutput.from_dict(data)

                return response_404_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_404_type_1 = []
            _response_404_type_1 = data
            for response_404_type_1_item_data in _response_404_type_1:
                response_404_type_1_item = MultiResponse.from_dict(response_404_type_1_item_data)

                response_404_type_1.append(response_404_type_1_item)

            return response_404_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ID | list[MultiResponse] | RequestErrorOutput]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[TaskCreationInput] | TaskCreationInput,
) -> Response[Any | ID | list[MultiResponse] | RequestErrorOutput]:
    """Create task (Auth)

     Create one or list of new task(s).
                Location header is set to the newly created task location.

    If a list of tasks is provided, the response will conserve the submit order and
                a status will be provided for each task submitted (Location header won't be changed in
    this case).

    Args:
        body (list[TaskCreationInput] | TaskCreationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ID | list[MultiResponse] | list[MultiResponse] | list[MultiResponse] | RequestErrorOutput]
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
    body: list[TaskCreationInput] | TaskCreationInput,
) -> Any | ID | list[MultiResponse] | RequestErrorOutput | None:
    """Create task (Auth)

     Create one or list of new task(s).
                Location header is set to the newly created task location.

    If a list of tasks is provided, the response will conserve the submit order and
                a status will be provided for each task submitted (Location header won't be changed in
    this case).

    Args:
        body (list[TaskCreationInput] | TaskCreationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ID | list[MultiResponse] | list[MultiResponse] | list[MultiResponse] | RequestErrorOutput
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[TaskCreationInput] | TaskCreationInput,
) -> Response[Any | ID | list[MultiResponse] | RequestErrorOutput]:
    """Create task (Auth)

     Create one or list of new task(s).
                Location header is set to the newly created task location.

    If a list of tasks is provided, the response will conserve the submit order and
                a status will be provided for each task submitted (Location header won't be changed in
    this case).

    Args:
        body (list[TaskCreationInput] | TaskCreationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ID | list[MultiResponse] | list[MultiResponse] | list[MultiResponse] | RequestErrorOutput]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[TaskCreationInput] | TaskCreationInput,
) -> Any | ID | list[MultiResponse] | RequestErrorOutput | None:
    """Create task (Auth)

     Create one or list of new task(s).
                Location header is set to the newly created task location.

    If a list of tasks is provided, the response will conserve the submit order and
                a status will be provided for each task submitted (Location header won't be changed in
    this case).

    Args:
        body (list[TaskCreationInput] | TaskCreationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ID | list[MultiResponse] | list[MultiResponse] | list[MultiResponse] | RequestErrorOutput
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
