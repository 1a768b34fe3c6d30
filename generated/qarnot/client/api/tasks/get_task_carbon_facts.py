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
from ...models.qarnot_credits_public_api_use_cases_v1_get_task_carbon_facts_get_task_carbon_facts_response import (
    QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    task_uuid: UUID,
    *,
    comparison_datacenter: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["comparisonDatacenter"] = comparison_datacenter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/carbon/v1/Tasks/{task_uuid}/carbon-facts".format(
            task_uuid=quote(str(task_uuid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse | None:
    if response.status_code == 200:
        response_200 = (
            QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse.from_dict(
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
) -> Response[Any | QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_uuid: UUID,
    *,
    client: AuthenticatedClient,
    comparison_datacenter: str | Unset = UNSET,
) -> Response[Any | QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse]:
    """Get task Carbon Facts.

    Args:
        task_uuid (UUID):
        comparison_datacenter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse]
    """

    kwargs = _get_kwargs(
        task_uuid=task_uuid,
        comparison_datacenter=comparison_datacenter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_uuid: UUID,
    *,
    client: AuthenticatedClient,
    comparison_datacenter: str | Unset = UNSET,
) -> Any | QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse | None:
    """Get task Carbon Facts.

    Args:
        task_uuid (UUID):
        comparison_datacenter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse
    """

    return sync_detailed(
        task_uuid=task_uuid,
        client=client,
        comparison_datacenter=comparison_datacenter,
    ).parsed


async def asyncio_detailed(
    task_uuid: UUID,
    *,
    client: AuthenticatedClient,
    comparison_datacenter: str | Unset = UNSET,
) -> Response[Any | QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse]:
    """Get task Carbon Facts.

    Args:
        task_uuid (UUID):
        comparison_datacenter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse]
    """

    kwargs = _get_kwargs(
        task_uuid=task_uuid,
        comparison_datacenter=comparison_datacenter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_uuid: UUID,
    *,
    client: AuthenticatedClient,
    comparison_datacenter: str | Unset = UNSET,
) -> Any | QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse | None:
    """Get task Carbon Facts.

    Args:
        task_uuid (UUID):
        comparison_datacenter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | QarnotCreditsPublicAPIUseCasesV1GetTaskCarbonFactsGetTaskCarbonFactsResponse
    """

    return (
        await asyncio_detailed(
            task_uuid=task_uuid,
            client=client,
            comparison_datacenter=comparison_datacenter,
        )
    ).parsed
