"""A Python module's typed functions as an RPC API, read with `ast` (never imported).

For servers that publish no schema but dispatch `POST /api/{name}` to plain typed Python
functions (Trackio): each function of the dispatch registry becomes an operation whose body is
an object of its parameters, typed from the annotations; `TypedDict` classes become schemas.
Nothing is executed, so regen needs neither the package's dependencies nor the network, and
the same source bytes always give the same model.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any

SCALARS = {
    "str": {"type": "string"},
    "bytes": {"type": "string"},
    "int": {"type": "integer"},
    "float": {"type": "number"},
    "bool": {"type": "boolean"},
    "dict": {"type": "object"},
    "Any": {},
    "object": {},
}


@dataclass
class Param:
    name: str
    schema: dict[str, Any]
    required: bool  # no default: the server's dispatcher refuses a call without it
    default: Any = None
    has_default: bool = False


@dataclass
class Function:
    name: str
    params: list[Param]
    returns: dict[str, Any] | None  # None: returns None (or nothing is annotated)
    doc: str
    injected: list[str] = field(default_factory=list)  # parameters the server fills itself


class SchemaError(ValueError):
    pass


class Types:
    """Annotation → JSON Schema, with `TypedDict`s and `NewType`s of the given modules."""

    def __init__(self, *trees: ast.Module, opaque: frozenset[str] = frozenset()):
        self.typed: dict[str, ast.ClassDef] = {}
        self.aliases: dict[str, ast.expr] = {}
        self.opaque = opaque  # names of imported classes taken as any object (e.g. FileData)
        self.schemas: dict[str, dict[str, Any]] = {}
        for tree in trees:
            for node in tree.body:
                if isinstance(node, ast.ClassDef) and any(
                    _name(b) == "TypedDict" or _name(b) in self.typed for b in node.bases
                ):
                    self.typed[node.name] = node
                elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                    target = node.targets[0]
                    value = node.value
                    if not isinstance(target, ast.Name):
                        continue
                    if isinstance(value, ast.Call) and _name(value.func) == "NewType":
                        self.aliases[target.id] = value.args[1]
                    elif isinstance(value, ast.Subscript | ast.BinOp):
                        self.aliases[target.id] = value

    def schema(self, node: ast.expr | None) -> dict[str, Any]:
        if node is None:
            return {}
        if isinstance(node, ast.Constant) and node.value is None:
            return {"type": "null"}
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return self.schema(ast.parse(node.value, mode="eval").body)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return _union([self.schema(node.left), self.schema(node.right)])
        if isinstance(node, ast.Subscript):
            outer = _name(node.value)
            args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            if outer in ("list", "List", "Sequence", "tuple"):
                return {"type": "array", "items": self.schema(args[0])}
            if outer in ("dict", "Dict", "Mapping"):
                value = self.schema(args[1]) if len(args) > 1 else {}
                return {"type": "object", **({"additionalProperties": value} if value else {})}
            if outer == "Optional":
                return _union([self.schema(args[0]), {"type": "null"}])
            if outer == "Union":
                return _union([self.schema(a) for a in args])
            if outer == "Literal":
                return {"enum": [a.value for a in args if isinstance(a, ast.Constant)]}
            raise SchemaError(f"unsupported annotation {ast.unparse(node)}")
        name = _name(node)
        if name in SCALARS:
            return dict(SCALARS[name])
        if name in self.opaque:
            return {"type": "object"}
        if name in self.aliases:
            return self.schema(self.aliases[name])
        if name in self.typed:
            if name not in self.schemas:
                self.schemas[name] = {}  # a placeholder first: recursion ends here
                self.schemas[name] = self._typed_dict(self.typed[name])
            return {"$ref": f"#/components/schemas/{name}"}
        raise SchemaError(f"unsupported annotation {ast.unparse(node)}")

    def _typed_dict(self, cls: ast.ClassDef) -> dict[str, Any]:
        props: dict[str, Any] = {}
        required: list[str] = []
        for base in cls.bases:
            if _name(base) in self.typed:
                inherited = self._typed_dict(self.typed[_name(base)])
                props.update(inherited.get("properties", {}))
                required += inherited.get("required", [])
        total = not any(
            k.arg == "total" and isinstance(k.value, ast.Constant) and k.value.value is False
            for k in cls.keywords
        )
        for stmt in cls.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                props[stmt.target.id] = self.schema(stmt.annotation)
                if total:
                    required.append(stmt.target.id)
        out: dict[str, Any] = {"type": "object", "properties": props}
        doc = ast.get_docstring(cls)
        if doc:
            out["description"] = doc
        if required:
            out["required"] = sorted(set(required))
        return out


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _union(members: list[dict[str, Any]]) -> dict[str, Any]:
    flat: list[dict[str, Any]] = []
    for m in members:
        flat += m["anyOf"] if set(m) == {"anyOf"} else [m]
    if any(m == {} for m in flat):
        return {}
    simple = all(set(m) == {"type"} and isinstance(m["type"], str) for m in flat)
    if simple:
        types = list(dict.fromkeys(m["type"] for m in flat))
        return {"type": types[0] if len(types) == 1 else types}
    nullable = {"type": "null"} in flat
    rest = [m for m in flat if m != {"type": "null"}]
    if len(rest) == 1 and nullable and "type" in rest[0] and isinstance(rest[0]["type"], str):
        return {**rest[0], "type": [rest[0]["type"], "null"]}
    return {"anyOf": flat}


def _literal(node: ast.expr) -> Any:
    try:
        return ast.literal_eval(node)
    except ValueError:
        return None


def functions(
    tree: ast.Module, types: Types, injected: frozenset[str], only: set[str]
) -> dict[str, Function]:
    """The top-level functions named in `only`, typed. `injected`: parameter names the server
    fills from the request itself (not part of the API)."""
    out: dict[str, Function] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or node.name not in only:
            continue
        params: list[Param] = []
        skipped: list[str] = []
        a = node.args
        positional = a.posonlyargs + a.args
        defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
        pairs = list(zip(positional, defaults, strict=True)) + list(
            zip(a.kwonlyargs, a.kw_defaults, strict=True)
        )
        try:
            for arg, default in pairs:
                if arg.arg in injected:
                    skipped.append(arg.arg)
                    continue
                params.append(
                    Param(
                        name=arg.arg,
                        schema=types.schema(arg.annotation),
                        required=default is None,
                        default=_literal(default) if default is not None else None,
                        has_default=default is not None,
                    )
                )
            returns = None
            if node.returns is not None and not (
                isinstance(node.returns, ast.Constant) and node.returns.value is None
            ):
                returns = types.schema(node.returns)
        except SchemaError as exc:
            raise SchemaError(f"{node.name}: {exc}") from None
        out[node.name] = Function(
            node.name, params, returns, ast.get_docstring(node) or "", skipped
        )
    missing = sorted(only - set(out))
    if missing:
        raise SchemaError(f"no top-level function {', '.join(missing)}")
    return out


def registry(tree: ast.Module, function: str) -> dict[str, str]:
    """`{"api name": function_name}` from a function that returns a dict literal."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == function:
            for stmt in ast.walk(node):
                if isinstance(stmt, ast.Return) and isinstance(stmt.value, ast.Dict):
                    return {
                        ast.literal_eval(k): _name(v)
                        for k, v in zip(stmt.value.keys, stmt.value.values, strict=True)
                        if k is not None
                    }
    raise SchemaError(f"no function {function}() returning a dict literal")


def string_set(tree: ast.Module, variable: str) -> frozenset[str]:
    """The strings of a module-level `NAME = frozenset({...})` (or a set/list/tuple literal)."""
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == variable for t in node.targets
        ):
            value = node.value
            if isinstance(value, ast.Call) and value.args:
                value = value.args[0]
            return frozenset(ast.literal_eval(value))
    raise SchemaError(f"no module-level {variable}")


def mcp_tools(tree: ast.Module) -> dict[str, tuple[str, str]]:
    """What a FastMCP setup module registers: `{server function: (MCP tool name, description)}`,
    from `mcp.add_tool(module.fn, description=...)` and `@mcp.tool(description=...)` wrappers
    (a wrapper is matched to the server function of its name, else to the one server function
    its body calls as `<module>.<fn>()`)."""
    out: dict[str, tuple[str, str]] = {}

    def description(call: ast.Call) -> str:
        for k in call.keywords:
            if k.arg == "description":
                return str(ast.literal_eval(k.value))
        return ""

    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and _name(node.func) == "add_tool"
            and node.args
            and isinstance(node.args[0], ast.Attribute)
        ):
            fn = node.args[0].attr
            out[fn] = (fn, description(node))
        if isinstance(node, ast.FunctionDef):
            for dec in node.decorator_list:
                if isinstance(dec, ast.Call) and _name(dec.func) == "tool":
                    called = [
                        c.func.attr
                        for c in ast.walk(node)
                        if isinstance(c, ast.Call)
                        and isinstance(c.func, ast.Attribute)
                        and isinstance(c.func.value, ast.Name)
                        and c.func.value.id.endswith("server")
                    ]
                    target = called[0] if len(called) == 1 else node.name
                    out[target] = (node.name, description(dec))
    return out
