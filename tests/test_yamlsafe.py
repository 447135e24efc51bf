"""YAML is read by libyaml's parser when it can (govaudit/yamlsafe.py): it must give the same data
and the same node marks (line numbers in error messages) as PyYAML's pure-Python parser on every
file we ship, and a document it refuses must be refused in the pure-Python parser's words."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from govaudit.yamlsafe import YamlTooLarge, load_bounded

ROOT = Path(__file__).resolve().parents[1]


def _shipped() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "*.yaml", "*.yml"], cwd=ROOT, capture_output=True, text=True, check=True)
    return [ROOT / name for name in listed.stdout.split()]


def _marks(node: yaml.Node | None) -> list[tuple[str, str | None, int, int]]:
    """Every node's tag, scalar value and start (line, column), depth first."""
    out, stack = [], [node] if node is not None else []
    while stack:
        n = stack.pop()
        out.append((n.tag, n.value if isinstance(n, yaml.ScalarNode) else None, n.start_mark.line, n.start_mark.column))
        if isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
        elif isinstance(n, yaml.MappingNode):
            stack.extend(x for kv in n.value for x in kv)
    return out


def test_every_shipped_file_reads_as_the_pure_python_parser_reads_it():
    files = _shipped()
    assert len(files) > 100
    for path in files:
        text = path.read_text(encoding="utf-8")
        node, data = load_bounded(text)
        assert data == yaml.safe_load(text), path
        assert _marks(node) == _marks(yaml.compose(text, Loader=yaml.SafeLoader)), path


@pytest.mark.parametrize("text", ["a: b: c\n", "- a\nb: c\n", "key: [1, 2\n", "a:\n\t- b\n", "x: 'unclosed\n"])
def test_a_malformed_document_is_refused_in_the_pure_python_parsers_words(text: str):
    with pytest.raises(yaml.YAMLError) as ours:
        load_bounded(text)
    with pytest.raises(yaml.YAMLError) as pure:
        yaml.safe_load(text)
    assert str(ours.value) == str(pure.value)


def test_an_impossible_date_names_its_place_and_an_alias_bomb_is_refused():
    with pytest.raises(yaml.constructor.ConstructorError) as err:
        load_bounded("id: x\nvalid_until: 2026-13-01\n")
    assert err.value.problem_mark.line == 1
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdef", "bcdefg"))
    with pytest.raises(YamlTooLarge):
        load_bounded(bomb)
