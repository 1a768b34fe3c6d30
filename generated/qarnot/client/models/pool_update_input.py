# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.elastic_property_input import ElasticPropertyInput
    from ..models.key_value import KeyValue
    from ..models.scaling_input import ScalingInput


T = TypeVar("T", bound="PoolUpdateInput")


@_attrs_define
class PoolUpdateInput:
    """Fields that would be updated in the pool

    Attributes:
        constants (list[KeyValue] | None | Unset): List of new constants for the pool Example: [{'key': 'BLEND_FILE',
            'value': 'newqarnot.blend'}].
        tags (list[str] | None | Unset): List of new tags for the pool Example: ['t1', 'newTag'].
        elastic_property (ElasticPropertyInput | Unset): Elastic configuration for pool with a flexible size

            *Obsolete, use scaling configuration instead*
        scaling (ScalingInput | Unset): How a pool will be scaled dynamically
    """

    constants: list[KeyValue] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    elastic_property: ElasticPropertyInput | Unset = UNSET
    scaling: ScalingInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        constants: list[dict[str, Any]] | None | Unset
        if isinstance(self.constants, Unset):
            constants = UNSET
        elif isinstance(self.constants, list):
            constants = []
            for constants_type_0_item_data in self.constants:
                constants_type_0_item = constants_type_0_item_data.to_dict()
                constants.append(constants_type_0_item)

        else:
            constants = self.constants

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        elastic_property: dict[str, Any] | Unset = UNSET
        if not isinstance(self.elastic_property, Unset):
            elastic_property = self.elastic_property.to_dict()

        scaling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scaling, Unset):
            scaling = self.scaling.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if constants is not UNSET:
            field_dict["constants"] = constants
        if tags is not UNSET:
            field_dict["tags"] = tags
        if elastic_property is not UNSET:
            field_dict["elasticProperty"] = elastic_property
        if scaling is not UNSET:
            field_dict["scaling"] = scaling

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.elastic_property_input import ElasticPropertyInput
        from ..models.key_value import KeyValue
        from ..models.scaling_input import ScalingInput

        d = dict(src_dict)

        def _parse_constants(data: object) -> list[KeyValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                constants_type_0 = []
                _constants_type_0 = data
                for constants_type_0_item_data in _constants_type_0:
                    constants_type_0_item = KeyValue.from_dict(constants_type_0_item_data)

                    constants_type_0.append(constants_type_0_item)

                return constants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[KeyValue] | None | Unset, data)

        constants = _parse_constants(d.pop("constants", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        _elastic_property = d.pop("elasticProperty", UNSET)
        elastic_property: ElasticPropertyInput | Unset
        if isinstance(_elastic_property, Unset):
            elastic_property = UNSET
        else:
            elastic_property = ElasticPropertyInput.from_dict(_elastic_property)

        _scaling = d.pop("scaling", UNSET)
        scaling: ScalingInput | Unset
        if isinstance(_scaling, Unset):
            scaling = UNSET
        else:
            scaling = ScalingInput.from_dict(_scaling)

        pool_update_input = cls(
            constants=constants,
            tags=tags,
            elastic_property=elastic_property,
            scaling=scaling,
        )

        return pool_update_input
