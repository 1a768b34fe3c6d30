# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cpu_model_hardware import CpuModelHardware
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cpu_model: str,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(qarnot_read_only_request_for_account, Unset):
        headers["QarnotReadOnlyRequestForAccount"] = qarnot_read_only_request_for_account

    params: dict[str, Any] = {}

    params["cpuModel"] = cpu_model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/hardware-constraints/cpu-model-constraints/search",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[CpuModelHardware] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CpuModelHardware.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[CpuModelHardware]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cpu_model: str,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[Any | list[CpuModelHardware]]:
    """List Cpu constraints (Auth)

     Search cpu constraints for the authenticated user

    Args:
        cpu_model (str):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[CpuModelHardware]]
    """

    kwargs = _get_kwargs(
        cpu_model=cpu_model,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cpu_model: str,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Any | list[CpuModelHardware] | None:
    """List Cpu constraints (Auth)

     Search cpu constraints for the authenticated user

    Args:
        cpu_model (str):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[CpuModelHardware]
    """

    return sync_detailed(
        client=client,
        cpu_model=cpu_model,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cpu_model: str,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[Any | list[CpuModelHardware]]:
    """List Cpu constraints (Auth)

     Search cpu constraints for the authenticated user

    Args:
        cpu_model (str):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[CpuModelHardware]]
    """

    kwargs = _get_kwargs(
        cpu_model=cpu_model,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cpu_model: str,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Any | list[CpuModelHardware] | None:
    """List Cpu constraints (Auth)

     Search cpu constraints for the authenticated user

    Args:
        cpu_model (str):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[CpuModelHardware]
    """

    return (
        await asyncio_detailed(
            client=client,
            cpu_model=cpu_model,
            qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
        )
    ).parsed
