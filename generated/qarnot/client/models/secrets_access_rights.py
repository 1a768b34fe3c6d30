# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exact_secret_access_right import ExactSecretAccessRight
    from ..models.prefix_secret_access_right import PrefixSecretAccessRight


T = TypeVar("T", bound="SecretsAccessRights")


@_attrs_define
class SecretsAccessRights:
    """Describe secrets the task or pool will have access to
    when running.

        Attributes:
            by_secret (list[ExactSecretAccessRight] | None | Unset): Describe secrets by using their exact path.
            by_prefix (list[PrefixSecretAccessRight] | None | Unset): Describe secrets by using a prefix. All secrets
                starting
                with any of the given prefix will be available to the task.
    """

    by_secret: list[ExactSecretAccessRight] | None | Unset = UNSET
    by_prefix: list[PrefixSecretAccessRight] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        by_secret: list[dict[str, Any]] | None | Unset
        if isinstance(self.by_secret, Unset):
            by_secret = UNSET
        elif isinstance(self.by_secret, list):
            by_secret = []
            for by_secret_type_0_item_data in self.by_secret:
                by_secret_type_0_item = by_secret_type_0_item_data.to_dict()
                by_secret.append(by_secret_type_0_item)

        else:
            by_secret = self.by_secret

        by_prefix: list[dict[str, Any]] | None | Unset
        if isinstance(self.by_prefix, Unset):
            by_prefix = UNSET
        elif isinstance(self.by_prefix, list):
            by_prefix = []
            for by_prefix_type_0_item_data in self.by_prefix:
                by_prefix_type_0_item = by_prefix_type_0_item_data.to_dict()
                by_prefix.append(by_prefix_type_0_item)

        else:
            by_prefix = self.by_prefix

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if by_secret is not UNSET:
            field_dict["bySecret"] = by_secret
        if by_prefix is not UNSET:
            field_dict["byPrefix"] = by_prefix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.exact_secret_access_right import ExactSecretAccessRight
        from ..models.prefix_secret_access_right import PrefixSecretAccessRight

        d = dict(src_dict)

        def _parse_by_secret(
            data: object,
        ) -> list[ExactSecretAccessRight] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                by_secret_type_0 = []
                _by_secret_type_0 = data
                for by_secret_type_0_item_data in _by_secret_type_0:
                    by_secret_type_0_item = ExactSecretAccessRight.from_dict(
                        by_secret_type_0_item_data
                    )

                    by_secret_type_0.append(by_secret_type_0_item)

                return by_secret_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExactSecretAccessRight] | None | Unset, data)

        by_secret = _parse_by_secret(d.pop("bySecret", UNSET))

        def _parse_by_prefix(
            data: object,
        ) -> list[PrefixSecretAccessRight] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                by_prefix_type_0 = []
                _by_prefix_type_0 = data
                for by_prefix_type_0_item_data in _by_prefix_type_0:
                    by_prefix_type_0_item = PrefixSecretAccessRight.from_dict(
                        by_prefix_type_0_item_data
                    )

                    by_prefix_type_0.append(by_prefix_type_0_item)

                return by_prefix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PrefixSecretAccessRight] | None | Unset, data)

        by_prefix = _parse_by_prefix(d.pop("byPrefix", UNSET))

        secrets_access_rights = cls(
            by_secret=by_secret,
            by_prefix=by_prefix,
        )

        return secrets_access_rights
