"""The CI examples in docs/ci.md cannot rot: their YAML parses, every govaudit command line in
them parses with the real CLI (options, choices, numbers), every GOVAUDIT_* variable they set
is an option's variable with a valid value, the example govaudit.toml is accepted, the files
they publish are the ones the formats write, and their shell logic fails the job on exactly
new findings and no verdict."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
import yaml

from govaudit.cli import main
from govaudit.report import REGISTRY, RESULTS_FILE

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "ci.md"
_FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.M | re.S)
_ENV = re.compile(r"\b(GOVAUDIT_[A-Z_]+)=([^\s;]+)")
_OPERATORS = {"||", "&&", ";", "|", ">", ">>", "(", ")", "{", "}"}


def _blocks(language: str) -> list[str]:
    return [body for lang, body in _FENCE.findall(DOC.read_text(encoding="utf-8")) if lang == language]


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _invocations(text: str) -> Iterator[list[str]]:
    """Each `govaudit COMMAND ...` in a shell script, as its argument list (up to an operator)."""
    if not re.search(rf"\bgovaudit\s+(?:{'|'.join(main.commands)})\b", text):
        return  # not a script running govaudit (a name, a description, a CI expression)
    lexer = shlex.shlex(text.replace("\\\n", " "), posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    tokens = list(lexer)
    for i, token in enumerate(tokens):
        if token == "govaudit" and i + 1 < len(tokens) and tokens[i + 1] in main.commands:
            args = []
            for arg in tokens[i + 1:]:
                if arg in _OPERATORS:
                    break
                args.append(arg)
            yield args


def _variables(document: Any) -> dict[str, str]:
    """GOVAUDIT_* variables set in `env:` / `variables:` maps and by `export NAME=value` in scripts."""
    found: dict[str, str] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and key.startswith("GOVAUDIT_"):
                    found[key] = str(value)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            found.update(_ENV.findall(node))

    walk(document)
    return found


def _workflows() -> list[Any]:
    return [yaml.safe_load(block) for block in _blocks("yaml")]


def _github() -> dict[str, Any]:
    return next(w for w in _workflows() if "jobs" in w)


def _gitlab() -> dict[str, Any]:
    return next(w for w in _workflows() if "jobs" not in w)


@pytest.fixture
def clean_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder and no GOVAUDIT_* variable from the test's own environment."""
    for name in list(os.environ):
        if name.startswith("GOVAUDIT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_doc_has_both_workflows_and_the_readme_links_it():
    assert len(_workflows()) == 2
    assert "docs/ci.md" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("which", ["github", "gitlab"])
def test_every_govaudit_command_line_and_variable_parses_with_the_cli(which, clean_env, monkeypatch):
    document = _github() if which == "github" else _gitlab()
    variables = _variables(document)
    assert "GOVAUDIT_BASELINE" in variables and variables["GOVAUDIT_FAIL_ON_NEW"] == "1"
    envvars = {p.envvar: p for c in main.commands.values() for p in c.params if isinstance(p, click.Option)}
    assert set(variables) <= set(envvars), set(variables) - set(envvars)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    runs = [args for text in _strings(document) for args in _invocations(text)]
    assert [args[0] for args in runs] == ["audit"]
    for args in runs:
        command = main.commands[args[0]]
        # Parses every option and variable as the real command would (unknown options, bad
        # choices or numbers raise), without running it.
        with command.make_context(args[0], args[1:]) as ctx:
            params = ctx.params
        assert params["baseline"] == Path(variables["GOVAUDIT_BASELINE"]) and params["fail_on_new"] is True
        assert params["summary"] and params["quiet"] and params["fail_on"] == "deduction"
        formats = params["formats"]
        assert {"md", "json", "sarif", "junit"} <= set(formats) <= set(REGISTRY)


def test_the_example_configuration_is_accepted(clean_env):
    (toml,) = _blocks("toml")
    tomllib.loads(toml)
    (clean_env / "govaudit.toml").write_text(toml, encoding="utf-8")
    command = main.commands["audit"]
    with command.make_context("audit", ["https://www.example.gov.cn/", "--out", "out"]) as ctx:
        assert ctx.params["max_pages"] == 3000 and ctx.params["formats"] == ["html", "md", "json", "sarif", "junit"]


def test_published_files_are_the_ones_the_formats_write():
    written = {f.filename for f in REGISTRY.values()} | {RESULTS_FILE}
    for document in _workflows():
        for text in _strings(document):
            for name in re.findall(r"\bout/([\w.]+)", text):
                assert name in written, name
    github = _github()
    assert "schedule" in (github.get("on") or github[True])  # YAML 1.1 reads a bare `on` as true
    steps = github["jobs"]["audit"]["steps"]
    sarif = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert sarif["with"]["sarif_file"] == f"out/{REGISTRY['sarif'].filename}"
    assert any(f"out/{REGISTRY['md'].filename}" in s.get("run", "") and "$GITHUB_STEP_SUMMARY" in s.get("run", "")
               for s in steps)
    job = _gitlab()["govaudit"]
    assert job["artifacts"]["reports"]["junit"] == f"out/{REGISTRY['junit'].filename}"
    assert {r["if"] for r in job["rules"]} >= {'$CI_PIPELINE_SOURCE == "schedule"'}


def test_shell_splitting_stops_at_operators():
    text = "govaudit audit URL --out out --quiet\n  || { status=$?; true; }"
    assert list(_invocations(text)) == [["audit", "URL", "--out", "out", "--quiet"]]
    assert list(_invocations("pip install govaudit")) == []
    with pytest.raises(click.NoSuchOption):
        main.commands["audit"].make_context("audit", ["URL", "--out", "o", "--no-such-option"])


def _fake_govaudit(tmp_path: Path, code: int) -> dict[str, str]:
    """An environment whose `govaudit` only exits with `code` (the scripts' shell logic alone)."""
    bin_dir = tmp_path / f"bin{code}"
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "govaudit").write_text(f"#!/bin/sh\nexit {code}\n", encoding="utf-8")
    (bin_dir / "govaudit").chmod(0o755)
    return {"PATH": f"{bin_dir}:{os.environ['PATH']}", "HOME": str(tmp_path)}


@pytest.mark.parametrize(("code", "baseline", "accept", "job"), [
    (0, True, False, 0), (1, True, False, 1), (1, True, True, 0), (1, False, False, 0), (2, True, True, 2), (2, False, False, 2),
])
def test_gitlab_job_fails_on_new_findings_and_no_verdict_only(tmp_path, code, baseline, accept, job):
    """Exit 1 is kept as the baseline on the first run or when accepted; exit 2 always fails."""
    (line,) = [s for s in _gitlab()["govaudit"]["script"] if "govaudit audit" in s]
    env = _fake_govaudit(tmp_path, code)
    env |= {"GOVAUDIT_BASELINE": "baseline.json"} if baseline else {}
    env |= {"ACCEPT_BASELINE": "1"} if accept else {}
    done = subprocess.run(["bash", "-eo", "pipefail", "-c", line], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == job, done.stderr


@pytest.mark.parametrize("code", [0, 1, 2])
def test_github_audit_step_records_the_exit_code_for_the_last_step(tmp_path, code):
    step = next(s for s in _github()["jobs"]["audit"]["steps"] if s.get("id") == "audit")
    outputs = tmp_path / "outputs"
    env = _fake_govaudit(tmp_path, code) | {"GITHUB_OUTPUT": str(outputs)}
    done = subprocess.run(["bash", "-e", "-c", step["run"]], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr  # later steps still see the reports
    assert outputs.read_text(encoding="utf-8").split() == ["first=true", f"status={code}"]


def test_ci_runs_the_readme_test_command():
    """.ci/run installs and tests with the README's own command, with no arguments of its own."""
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    steps = [line.strip() for line in run.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert [s for s in steps if s.startswith("./")] == ["./dev test"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\n./dev test " in readme and "CI (`.ci/run`) runs exactly `./dev test`." in readme
    dev = (ROOT / "dev").read_text(encoding="utf-8")
    assert 'exec "$VENV/bin/pytest" -q "$@"' in dev and "set -euo pipefail" in dev
