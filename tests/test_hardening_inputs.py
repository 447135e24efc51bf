"""Bad input and unusable outputs end in one or two plain sentences and exit 2, never a
traceback (issue 14 items 3 and 5): wrong-shaped stage files, configs of the wrong type,
markup-like text, alias bombs, profiles outside the pack, folders that cannot be written."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.pipeline import RESULTS_FILE, SITE_FILE
from govaudit.serde import to_dict
from tests.factories import audited_site
from tests.netkit import ClosedPort

FIXTURE = Path(__file__).parent / "report" / "fixtures" / "results.json"


def _run(*args: str, cwd: Path | None = None):
    runner = CliRunner()
    if cwd is None:
        result = runner.invoke(main, list(args))
    else:
        with runner.isolated_filesystem(temp_dir=cwd):
            result = runner.invoke(main, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def _site_folder(tmp_path: Path) -> Path:
    out = tmp_path / "o"
    out.mkdir()
    (out / SITE_FILE).write_text(json.dumps(to_dict(audited_site()), ensure_ascii=False), encoding="utf-8")
    return out


@pytest.mark.parametrize("command", ["crawl", "audit"])
def test_output_folder_under_a_file(tmp_path: Path, command: str):
    (tmp_path / "f").write_text("x")
    with ClosedPort() as closed:
        result = _run(command, f"http://127.0.0.1:{closed.port}/", "--out", str(tmp_path / "f" / "sub"))
    assert result.exit_code == 2 and "output folder" in result.output


def test_check_and_report_into_a_folder_that_cannot_be_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    out = _site_folder(tmp_path)

    def refuse(*args, dir=None, **kwargs):
        raise PermissionError(13, "Permission denied", str(dir))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = _run("check", str(out), "--as-of", "2026-09-30")
    assert result.exit_code == 2 and "Permission denied" in result.output and RESULTS_FILE in result.output
    shutil.copy(FIXTURE, out / RESULTS_FILE)
    result = _run("report", str(out))
    assert result.exit_code == 2 and "Permission denied" in result.output


def test_report_over_a_folder_in_the_way(tmp_path: Path):
    out = tmp_path / "o"
    out.mkdir()
    shutil.copy(FIXTURE, out / RESULTS_FILE)
    (out / "report.html").mkdir()
    result = _run("report", str(out), "--format", "html")
    assert result.exit_code == 2 and "report.html" in result.output


@pytest.mark.parametrize("data", [[1, 2], {"a": 1}, "text", None,
                                  {**json.loads(FIXTURE.read_text(encoding="utf-8")), "scoring": []},
                                  {**json.loads(FIXTURE.read_text(encoding="utf-8")), "rules": [{"id": 5}]},
                                  {**json.loads(FIXTURE.read_text(encoding="utf-8")), "score": "high"}])
def test_results_json_of_the_wrong_shape(tmp_path: Path, data: object):
    (tmp_path / RESULTS_FILE).write_text(json.dumps(data), encoding="utf-8")
    result = _run("report", str(tmp_path))
    assert result.exit_code == 2 and "not a valid results file" in result.output
    assert not (tmp_path / "report.html").exists()


def test_the_fixture_results_still_render(tmp_path: Path):
    shutil.copy(FIXTURE, tmp_path / RESULTS_FILE)
    assert _run("report", str(tmp_path)).exit_code == 0


@pytest.mark.parametrize("text", ["tool = 5\n", "[tool]\ngovaudit = 5\n", "[tool]\ngovaudit = [1]\n"])
def test_pyproject_tool_of_the_wrong_type(tmp_path: Path, text: str):
    out = _site_folder(tmp_path)
    work = tmp_path / "w"
    work.mkdir()
    (work / "pyproject.toml").write_text(text, encoding="utf-8")
    result = _run("check", str(out), "--as-of", "2026-09-30", "--config", str(work / "pyproject.toml"))
    assert result.exit_code == 2 and "must be a table" in result.output and "tool" in result.output


def test_brackets_in_messages_survive(tmp_path: Path):
    config = tmp_path / "govaudit.toml"
    config.write_text('rules = 5\n', encoding="utf-8")
    result = _run("check", str(_site_folder(tmp_path)), "--config", str(config))
    assert result.exit_code == 2 and "[rules]: must be a table" in result.output
    config.write_text('[[waivers]]\nrule = "no-such-rule"\nsubject = "x"\nreason = "r"\nowner = "o"\nexpires = 2026-12-31\n', encoding="utf-8")
    result = _run("check", str(tmp_path / "o"), "--config", str(config))
    assert result.exit_code == 2 and "[[waivers]]: no rule 'no-such-rule'" in result.output


@pytest.mark.parametrize("path", ["[/x]", "[bold]x[/bold]", "a[/]b", ":smile:"])
def test_urls_with_markup_like_text(tmp_path: Path, path: str):
    with ClosedPort() as closed:
        url = f"http://127.0.0.1:{closed.port}/{path}"
        result = _run("audit", url, "--out", str(tmp_path / "o"), "--max-time", "5")
    assert result.exit_code == 2 and path in result.output


def _pack_with(tmp_path: Path, name: str, text: str) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(Path(__file__).parents[1] / "rules", pack)
    (pack / name).write_text(text, encoding="utf-8")
    return pack


_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(9))


# Each command with each file it reads (`rules list` reads no profile and no case file).
@pytest.mark.parametrize("command,where", [
    (command, where) for command in (("rules", "show", "empty-columns"), ("rules", "validate"), ("rules", "list"))
    for where in ("bomb.yaml", "profiles/official-2019.yaml", "cases/bomb.yaml")
    if command[1] != "list" or where == "bomb.yaml"])
def test_yaml_alias_bomb_is_refused_quickly(tmp_path: Path, where: str, command: tuple[str, ...]):
    assert len(_BOMB) < 1024
    pack = _pack_with(tmp_path, where, _BOMB)
    args = [*command, str(pack)] if command[1] == "validate" else [*command, "--rules", str(pack)]
    result = _run(*args)
    assert result.exit_code == 2 and "too large" in result.output  # refused before anything walks it


@pytest.mark.parametrize("profile", ["../../x", "../rules/empty-columns", "/etc/passwd", "official-2019/../official-2019"])
def test_profile_outside_the_pack_is_refused(tmp_path: Path, profile: str):
    result = _run("check", str(_site_folder(tmp_path)), "--profile", profile)
    assert result.exit_code == 2 and "not found" in result.output


def test_profile_without_rules_is_refused(tmp_path: Path):
    pack = _pack_with(tmp_path, "profiles/none.yaml", "name: none\nmodel: official\nrules: {}\n")
    result = _run("check", str(_site_folder(tmp_path)), "--rules", str(pack), "--profile", "none")
    assert result.exit_code == 2 and "no rules" in result.output


def test_config_that_disables_every_rule_is_refused(tmp_path: Path):
    pack = _pack_with(tmp_path, "profiles/one.yaml", "name: one\nmodel: official\nrules:\n  empty-columns: {level: deduction, points: 1, cap: 1}\n")
    config = tmp_path / "govaudit.toml"
    config.write_text('[rules]\ndisable = ["empty-columns"]\n', encoding="utf-8")
    result = _run("check", str(_site_folder(tmp_path)), "--rules", str(pack), "--profile", "one", "--config", str(config))
    assert result.exit_code == 2 and "every rule" in result.output
