# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_gateway_model_definition_response import (
    GetGatewayModelDefinitionResponse,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    model_definition_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model_definition_id"] = model_definition_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/3.0/mlflow/gateway/model-definitions/get",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetGatewayModelDefinitionResponse | None:
    if response.status_code == 200:
        response_200 = GetGatewayModelDefinitionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetGatewayModelDefinitionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    model_definition_id: str,
) -> Response[GetGatewayModelDefinitionResponse]:
    """Get a model definition by ID

     Get a model definition by ID

    Args:
        model_definition_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetGatewayModelDefinitionResponse]
    """

    kwargs = _get_kwargs(
        model_definition_id=model_definition_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    model_definition_id: str,
) -> GetGatewayModelDefinitionResponse | None:
    """Get a model definition by ID

     Get a model definition by ID

    Args:
        model_definition_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetGatewayModelDefinitionResponse
    """

    return sync_detailed(
        client=client,
        model_definition_id=model_definition_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    model_definition_id: str,
) -> Response[GetGatewayModelDefinitionResponse]:
    """Get a model definition by ID

     Get a model definition by ID

    Args:
        model_definition_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetGatewayModelDefinitionResponse]
    """

    kwargs = _get_kwargs(
        model_definition_id=model_definition_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    model_definition_id: str,
) -> GetGatewayModelDefinitionResponse | None:
    """Get a model definition by ID

     Get a model definition by ID

    Args:
        model_definition_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetGatewayModelDefinitionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            model_definition_id=model_definition_id,
        )
    ).parsed
