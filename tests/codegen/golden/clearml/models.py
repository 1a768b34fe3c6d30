# ClearML request/response models, from the intermediate model's JSON Schemas.

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, RootModel


class AlphaAddBatchResponse(BaseModel):
    """
    Data of alpha.add_batch 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    added: int | None = None


class AlphaAddRequest(BaseModel):
    """
    Request of alpha.add 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str
    """
    Thing name
    """


class AlphaAddResponse(BaseModel):
    """
    Data of alpha.add 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None


class AlphaDeleteManyRequest(BaseModel):
    """
    Request of alpha.delete_many 2.5.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ids: list[str]


class AlphaDeleteManyResponse(BaseModel):
    """
    Data of alpha.delete_many 2.5 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    succeeded: int | None = None


class AlphaSecretRequest(BaseModel):
    """
    Request of alpha.secret 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class AlphaSecretResponse(BaseModel):
    """
    Data of alpha.secret 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class BetaInfoRequest(BaseModel):
    """
    Request of beta.info 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class BetaInfoResponseVersion(BaseModel):
    """
    Upstream defect: a description inside properties
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    number: str | None = None


class BetaStatusEnum(RootModel[str]):
    root: str


class BetaStopResponse(BaseModel):
    """
    Data of beta.stop 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class CommonStatusEnum(RootModel[str]):
    root: str


class CommonTagged(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    tags: list[str] | None = None
    """
    User tags
    """


class AlphaAddBatchRequest(BaseModel):
    """
    Request of alpha.add_batch 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    requests: list[AlphaAddRequest] = Field(..., min_length=1)
    """
    alpha.add requests, sent as one JSON line each
    """


class AlphaGetAllRequest(BaseModel):
    """
    Request of alpha.get_all 2.5.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    page_size: int | None = 10
    """
    Things per page
    """
    status: list[CommonStatusEnum] | None = None
    """
    Only things in these states
    """


class AlphaThing(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    created: datetime | None = None
    id: str | None = None
    """
    Thing ID
    """
    labels: CommonTagged | None = None
    status: CommonStatusEnum | None = None


class BetaInfoResponse(BaseModel):
    """
    Data of beta.info 2.1 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    state: BetaStatusEnum | None = None
    version: BetaInfoResponseVersion | None = Field(
        None, title="BetaInfoResponseVersion"
    )
    """
    Upstream defect: a description inside properties
    """


class BetaStopRequest(BaseModel):
    """
    Request of beta.stop 2.1.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    tagged: CommonTagged | None = None


class AlphaGetAllResponse(BaseModel):
    """
    Data of alpha.get_all 2.5 responses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    things: list[AlphaThing] | None = None
