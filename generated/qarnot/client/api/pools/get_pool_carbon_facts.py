# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.qarnot_credits_public_api_use_cases_v1_get_pool_carbon_facts_get_pool_carbon_facts_response import (
    QarnotCreditsPublicAPIUseCasesV1GetPoolCarbonFactsGetPoolCarbonFactsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    pool_uuid: UUID,
    *,
    comparison_data_center: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["comparisonDataCenter"] = comparison_data_center

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/carbon/v1/Pools/{pool_uuid}/carbon-facts".format(
            pool_uuid=quote(str(pool_uuid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | QarnotCreditsPublicAPIUseCasesV1GetPoolCarbonFactsGetPoolCarbonFactsResponse | None:
    if response.status_code == 200:
        response_200 = (
            QarnotCreditsPublicAPIUseCasesV1GetPoolCarbonFactsGetPoolCarbonFactsResponse.from_dict(
                response.json()
            )
        )

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
) -> Response[Any | QarnotCreditsPublicAPIUseCasesV1GetPoolCarbonFactsGetPoolCarbonFactsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pool_uuid: UUID,
    *,
    client: AuthenticatedClient,
    comparison_data_center: str | Unset = UNSET,
) -> Response[Any | QarnotCreditsPublicAPIUseCasesV1GetPoolCarbonFactsGetPoolCarbonFactsResponse]:
    """Get pool Carbon Facts.

    Args:
        pool_uuid (UUID):
        comparison_data_center (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | QarnotCreditsPublicAPIUseCasesV1GetPoolCarbonFactsGetPoolCarbonFactsResponse]
    """

    kwargs = _get_kwargs(
        pool_uuid=pool_uuid,
        comparison_data_center=comparison_data_center,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pool_uuid: UUID,
    *,
    client: AuthenticatedClient,
    comparison_data_center: str | Unset = UNSET,
) -> Any | QarnotCreditsPublicAPIUseCasesV1GetPoolCarbonFactsGetPoolCarbonFactsResponse | None:
    """Get pool Carbon Facts.

    Args:
        pool_uuid (UUID):
        comparison_data_center (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | QarnotCreditsPublicAPIUseCasesV1GetPoolCarbonFactsGetPoolCarbonFactsResponse
    """

    return sync_detailed(
        pool_uuid=pool_uuid,
        client=client,
        comparison_data_center=comparison_data_center,
    ).parsed


async def asyncio_detailed(
    pool_uuid: UUID,
    *,
    client: AuthenticatedClient,
    comparison_data_center: str | Unset = UNSET,
) -> Response[Any | QarnotCreditsPublicAPIUseCasesV1GetPoolCarbonFactsGetPoolCarbonFactsResponse]:
    """Get pool Carbon Facts.

    Args:
        pool_uuid (UUID):
        comparison_data_center (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | QarnotCreditsPublicAPIUseCasesV1GetPoolCarbonFactsGetPoolCarbonFactsResponse]
    """

    kwargs = _get_kwargs(
        pool_uuid=pool_uuid,
        comparison_data_center=comparison_data_center,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pool_uuid: UUID,
    *,
    client: AuthenticatedClient,
    comparison_data_center: str | Unset = UNSET,
) -> Any | QarnotCreditsPublicAPIUseCasesV1GetPoolCarbonFactsGetPoolCarbonFactsResponse | None:
    """Get pool Carbon Facts.

    Args:
        pool_uuid (UUID):
        comparison_data_center (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | QarnotCreditsPublicAPIUseCasesV1GetPoolCarbonFactsGetPoolCarbonFactsResponse
    """

    return (
        await asyncio_detailed(
            pool_uuid=pool_uuid,
            client=client,
            comparison_data_center=comparison_data_center,
        )
    ).parsed
