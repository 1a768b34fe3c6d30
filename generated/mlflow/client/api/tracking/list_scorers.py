# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: mlflow 3.17.2 from mlflow/derived/mlflow-skinny-3.17.2.descriptor_set.json (sha256 394ce73ffcf9), mlflow/derived/mlflow-skinny-3.17.2.http_endpoints.json (sha256 45a347f22c83), mlflow/protos/*.proto (sha256 10f6aed9a6be).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_scorers_response import ListScorersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    experiment_id: str | Unset = UNSET,
    experiment_ids: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["experiment_id"] = experiment_id

    json_experiment_ids: list[str] | Unset = UNSET
    if not isinstance(experiment_ids, Unset):
        json_experiment_ids = experiment_ids

    params["experiment_ids"] = json_experiment_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/3.0/mlflow/scorers/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListScorersResponse | None:
    if response.status_code == 200:
        response_200 = ListScorersResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListScorersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    experiment_id: str | Unset = UNSET,
    experiment_ids: list[str] | Unset = UNSET,
) -> Response[ListScorersResponse]:
    """List all scorers for an experiment.

     List all scorers for an experiment.

    Args:
        experiment_id (str | Unset):
        experiment_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListScorersResponse]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        experiment_ids=experiment_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    experiment_id: str | Unset = UNSET,
    experiment_ids: list[str] | Unset = UNSET,
) -> ListScorersResponse | None:
    """List all scorers for an experiment.

     List all scorers for an experiment.

    Args:
        experiment_id (str | Unset):
        experiment_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListScorersResponse
    """

    return sync_detailed(
        client=client,
        experiment_id=experiment_id,
        experiment_ids=experiment_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    experiment_id: str | Unset = UNSET,
    experiment_ids: list[str] | Unset = UNSET,
) -> Response[ListScorersResponse]:
    """List all scorers for an experiment.

     List all scorers for an experiment.

    Args:
        experiment_id (str | Unset):
        experiment_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListScorersResponse]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        experiment_ids=experiment_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    experiment_id: str | Unset = UNSET,
    experiment_ids: list[str] | Unset = UNSET,
) -> ListScorersResponse | None:
    """List all scorers for an experiment.

     List all scorers for an experiment.

    Args:
        experiment_id (str | Unset):
        experiment_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListScorersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            experiment_id=experiment_id,
            experiment_ids=experiment_ids,
        )
    ).parsed
