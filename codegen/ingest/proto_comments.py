"""Doc comments and `(validate_required)` flags read from `.proto` source text.

The MLflow wheel ships only serialized descriptors, which carry no comments and whose
custom options (`validate_required`, `rpc_doc_title`) are not decoded in the pinned JSON.
This small scanner recovers them from the `.proto` files: the leading `//` comment block
(or, failing that, the trailing comment on the same line) of every message, enum, enum
value, field, service and rpc, keyed by fully qualified name (`mlflow.GetRun.run_id`).
It understands the proto2 subset MLflow uses: nested messages/enums, `oneof`, `map<K, V>`,
`extend`, `reserved`, and aggregate option values in braces. It is not a validator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_TOKEN = re.compile(
    r"""(?P<comment>//[^\n]*|/\*.*?\*/)
      | (?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
      | (?P<word>[A-Za-z_][\w.]*|-?\d[\w.+-]*)
      | (?P<punct>[{}()\[\]<>;=,:.-])
      | (?P<space>\s+)""",
    re.VERBOSE | re.DOTALL,
)
_LABELS = {"optional", "repeated", "required"}


@dataclass(frozen=True)
class Tok:
    kind: str  # comment | string | word | punct
    text: str
    line: int


@dataclass
class ProtoDocs:
    comments: dict[str, str] = field(default_factory=dict)  # full name -> comment text
    required: set[str] = field(default_factory=set)  # full field names with (validate_required)
    titles: dict[str, str] = field(default_factory=dict)  # full rpc name -> rpc_doc_title

    def merge(self, other: ProtoDocs) -> ProtoDocs:
        self.comments.update(other.comments)
        self.required |= other.required
        self.titles.update(other.titles)
        return self


def tokenize(text: str) -> list[Tok]:
    toks: list[Tok] = []
    pos, line = 0, 1
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.lastgroup is None:  # every alternative is a named group
            raise ValueError(f"unexpected character {text[pos]!r} on line {line}")
        kind = m.lastgroup
        if kind != "space":
            toks.append(Tok(kind, m.group(), line))
        line += m.group().count("\n")
        pos = m.end()
    return toks


def _comment_text(raw: list[str]) -> str:
    lines: list[str] = []
    for c in raw:
        body = c[2:-2] if c.startswith("/*") else c[2:]
        lines.extend(ln.removeprefix(" ") for ln in body.splitlines() or [""])
    return "\n".join(ln.rstrip() for ln in lines).strip()


class _Parser:
    """Walks the token stream once; `scope` is the stack of enclosing named blocks."""

    def __init__(self, toks: list[Tok], docs: ProtoDocs):
        self.toks = [t for t in toks if t.kind != "comment"]
        self.docs = docs
        self.leading: dict[int, str] = {}  # index in self.toks -> leading comment
        self.trailing: dict[int, str] = {}  # line -> trailing comment
        self._attach(toks)
        self.i = 0
        self.package = ""

    def _attach(self, toks: list[Tok]) -> None:
        block: list[Tok] = []
        last_code_line = 0
        n = 0
        for t in toks:
            if t.kind == "comment":
                if t.line == last_code_line:
                    self.trailing.setdefault(t.line, _comment_text([t.text]))
                    continue
                if block and t.line > block[-1].line + block[-1].text.count("\n") + 1:
                    block = []  # a blank line detaches the earlier block
                block.append(t)
                continue
            if block and t.line == block[-1].line + block[-1].text.count("\n") + 1:
                self.leading[n] = _comment_text([b.text for b in block])
            block = []
            last_code_line = t.line
            n += 1

    def peek(self, k: int = 0) -> Tok | None:
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else None

    def take(self) -> Tok:
        t = self.toks[self.i]
        self.i += 1
        return t

    def skip_statement(self) -> tuple[int, int]:
        """Skip to the `;` or balanced `{}` ending this statement; return (start, end) indexes."""
        start, depth, brackets = self.i, 0, 0
        while self.i < len(self.toks):
            t = self.take()
            if t.text in "[]":
                brackets += 1 if t.text == "[" else -1
            elif t.text == "{":
                depth += 1
            elif t.text == "}":
                depth -= 1
                if depth == 0 and brackets == 0:
                    if (after := self.peek()) and after.text == ";":
                        self.take()
                    break
            elif t.text == ";" and depth == 0:
                break
        return start, self.i

    def doc(self, start: int, full: str) -> None:
        text = self.leading.get(start) or self.trailing.get(self.toks[self.i - 1].line, "")
        if text:
            self.docs.comments[full] = text

    def parse(self) -> None:
        self.block(prefix="", kind="file")

    def block(self, prefix: str, kind: str) -> None:
        while self.i < len(self.toks):
            t = self.toks[self.i]
            if t.text == "}":
                self.take()
                return
            word = t.text
            if word == "package":
                self.take()
                self.package = self.take().text
                self.skip_statement()
            elif (
                word in ("message", "enum", "service", "oneof", "extend")
                and (name := self.peek(1)) is not None
                and name.kind == "word"
            ):
                self.named_block(prefix, word)
            elif word == "rpc":
                self.rpc(prefix)
            elif (
                word in ("syntax", "import", "option", "reserved", "extensions") or t.kind != "word"
            ):
                self.skip_statement()
            elif kind == "enum":
                self.enum_value(prefix)
            else:
                self.field(prefix)

    def named_block(self, prefix: str, word: str) -> None:
        start = self.i
        self.take()
        name = self.take().text
        full = self.qualify(prefix, name)
        self.take()  # "{"
        self.doc(start, full)
        if word in ("oneof", "extend"):
            self.block(prefix if word == "oneof" else f"extend:{full}", word)
        else:
            self.block(full, word)

    def qualify(self, prefix: str, name: str) -> str:
        base = prefix or self.package
        return f"{base}.{name}" if base else name

    def rpc(self, prefix: str) -> None:
        start, end = self.skip_statement()
        name = self.toks[start + 1].text
        full = self.qualify(prefix, name)
        self.doc(start, full)
        texts = [t.text for t in self.toks[start:end]]
        if "rpc_doc_title" in texts:
            k = texts.index("rpc_doc_title")
            self.docs.titles[full] = texts[k + 2].strip('"')

    def field(self, prefix: str) -> None:
        start, end = self.skip_statement()
        texts = [t.text for t in self.toks[start:end]]
        if "=" not in texts:
            return
        name = texts[texts.index("=") - 1]
        full = self.qualify(prefix, name)
        self.doc(start, full)
        if prefix.startswith("extend:"):
            return
        opts = " ".join(texts[texts.index("=") :])
        if re.search(r"\( validate_required \) = true", opts):
            self.docs.required.add(full)

    def enum_value(self, prefix: str) -> None:
        start, _ = self.skip_statement()
        self.doc(start, self.qualify(prefix, self.toks[start].text))


def parse_text(text: str) -> ProtoDocs:
    docs = ProtoDocs()
    _Parser(tokenize(text), docs).parse()
    return docs


def parse_files(paths: list[Path]) -> ProtoDocs:
    docs = ProtoDocs()
    for p in sorted(paths):
        docs.merge(parse_text(p.read_text()))
    return docs
