"""Read YAML from rule packs with bounded size: a file of a few hundred bytes whose aliases
expand to billions of nodes (an "alias bomb") is refused before anything walks it."""

from __future__ import annotations

from datetime import date
from typing import Any

import yaml

MAX_BYTES = 2_000_000  # the largest bundled file is a few KB
MAX_NODES = 200_000  # nodes once every alias is expanded


class YamlTooLarge(ValueError):
    """The document, with its aliases expanded, exceeds the bounds."""


def expanded_nodes(node: yaml.Node | None, limit: int = MAX_NODES) -> int:
    """Nodes in `node` with every alias expanded, counted without expanding (shared nodes are
    memoised); raises YamlTooLarge past `limit`."""
    sizes: dict[int, int] = {}

    def size(n: yaml.Node) -> int:
        if id(n) in sizes:
            return sizes[id(n)]
        sizes[id(n)] = 1  # a recursive alias counts once instead of looping
        if isinstance(n, yaml.SequenceNode):
            total = 1 + sum(size(c) for c in n.value)
        elif isinstance(n, yaml.MappingNode):
            total = 1 + sum(size(k) + size(v) for k, v in n.value)
        else:
            total = 1
        if total > limit:
            raise YamlTooLarge(f"more than {limit:,} values once its aliases are expanded")
        sizes[id(n)] = total
        return total

    return 0 if node is None else size(node)


# libyaml's parser (PyYAML's C loader, same constructor and resolver) reads the bundled rule packs
# ~12x faster than the pure-Python one: ~0.1 s of every `check`. A document it refuses is read
# again by the pure-Python parser, whose messages (and marks) are the ones users have seen.
_FAST = getattr(yaml, "CSafeLoader", None)


def load_bounded(text: str) -> tuple[yaml.Node | None, Any]:
    """(node tree, data) of one YAML document; YamlTooLarge when it is too big, yaml.YAMLError
    when it is malformed."""
    if len(text) > MAX_BYTES:
        raise YamlTooLarge(f"larger than {MAX_BYTES:,} characters")
    if _FAST is not None:
        try:
            node = yaml.compose(text, Loader=_FAST)
            expanded_nodes(node)
            return node, yaml.load(text, Loader=_FAST)  # noqa: S506 - CSafeLoader is the safe loader
        except (yaml.YAMLError, ValueError):
            pass  # said below, as the pure-Python parser says it
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    expanded_nodes(node)
    try:
        return node, yaml.safe_load(text)
    except ValueError as exc:  # well-formed YAML PyYAML cannot construct, e.g. the date 2026-13-01
        raise yaml.constructor.ConstructorError(None, None, f"not a valid value: {exc}", _bad_date(node)) from None


def _bad_date(node: yaml.Node | None) -> yaml.Mark | None:
    """Where the first date-like scalar that is not a real date starts (None if none is found)."""
    stack = [node] if node is not None else []
    while stack:
        n = stack.pop(0)
        if isinstance(n, yaml.ScalarNode):
            if n.tag.endswith(":timestamp"):
                try:
                    date.fromisoformat(n.value[:10])
                except ValueError:
                    return n.start_mark
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
        elif isinstance(n, yaml.MappingNode):
            stack.extend(v for kv in n.value for v in kv)
    return None
