"""Options from everywhere: defaults < configuration file < GOVAUDIT_* environment < command line,
at each level; every option of audit/crawl/build/check/report has a variable and a file key;
bad file values are plain errors naming the file and the key; --quiet and --summary."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from govaudit import pipeline
from govaudit.cli import main
from govaudit.cliutil import file_key
from govaudit.settings import CrawlSettings

FIXTURE = Path(__file__).parent / "report" / "fixtures" / "results.json"
COMMANDS = ("audit", "crawl", "build", "check", "report")


@pytest.fixture
def crawled(monkeypatch: pytest.MonkeyPatch) -> list[CrawlSettings]:
    """The settings each `govaudit crawl` ran with (the crawl itself is replaced)."""
    seen: list[CrawlSettings] = []
    monkeypatch.setattr(pipeline, "crawl", lambda url, out, settings, progress=None: seen.append(settings))
    return seen


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The as-of dates `govaudit check` evaluated at; the results: only an info rule fails."""
    results = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for rule in results["rules"]:
        for r in rule["results"]:
            r["status"] = "fail" if rule["id"] == "footer-identifiers" else "pass"
    results.update(grade="合格", passed=True, score=100)
    seen: list[Any] = []

    def check(out, as_of, *args, **kwargs):
        seen.append(as_of)
        return copy.deepcopy(results)

    monkeypatch.setattr(pipeline, "check", check)
    return seen


def _run(args: list[str], env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(main, args, env=env or {}, catch_exceptions=False)


def test_crawl_option_precedence_at_each_level(tmp_path, monkeypatch, crawled):
    monkeypatch.chdir(tmp_path)
    args = ["crawl", "http://127.0.0.1:9/", "--out", "out"]
    assert _run(args).exit_code == 0
    (tmp_path / "govaudit.toml").write_text('max-pages = 300\nrender = "never"\nallow_host = ["*.example.gov.cn"]\n', encoding="utf-8")
    assert _run(args).exit_code == 0
    assert _run(args, {"GOVAUDIT_MAX_PAGES": "200"}).exit_code == 0
    assert _run([*args, "--max-pages", "100"], {"GOVAUDIT_MAX_PAGES": "200"}).exit_code == 0
    default, from_file, from_env, from_cli = crawled
    assert default.max_pages == CrawlSettings().max_pages and default.render == "auto" and default.allow_hosts == ()
    assert (from_file.max_pages, from_file.render, from_file.allow_hosts) == (300, "never", ("*.example.gov.cn",))
    assert (from_env.max_pages, from_env.render) == (200, "never")
    assert (from_cli.max_pages, from_cli.render) == (100, "never")


def test_report_format_and_md_budget_precedence(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "results.json").write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")

    def written(args: list[str], env: dict[str, str] | None = None) -> list[str]:
        done = _run(["report", "out", *args], env)
        assert done.exit_code == 0, done.output
        return [Path(line).name for line in done.output.split()]

    assert written([]) == ["report.html", "report.md"]
    (tmp_path / "pyproject.toml").write_text('[tool.govaudit]\nformat = ["csv", "junit"]\nmd-max-chars = 3000\n', encoding="utf-8")
    assert written([]) == ["report.csv", "report.junit.xml"]
    assert written([], {"GOVAUDIT_FORMAT": "sarif"}) == ["report.sarif"]
    assert written(["--format", "md"], {"GOVAUDIT_FORMAT": "sarif"}) == ["report.md"]
    assert len((out / "report.md").read_text(encoding="utf-8")) <= 3000  # md-max-chars from the file
    assert written(["--format", "md"], {"GOVAUDIT_MD_MAX_CHARS": "100000"}) == ["report.md"]
    assert len((out / "report.md").read_text(encoding="utf-8")) > 3000


def test_check_fail_on_and_as_of_precedence_and_an_explicit_config(tmp_path, monkeypatch, checked):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    assert _run(["check", "out", "--as-of", "2026-01-02"]).exit_code == 0  # an info rule fails: not by default
    conf = tmp_path / "ci.toml"
    conf.write_text("fail-on = \"info\"\nas-of = 2026-06-30\n", encoding="utf-8")
    assert _run(["check", "out", "--config", str(conf)]).exit_code == 1
    assert _run(["check", "out"], {"GOVAUDIT_CONFIG": str(conf)}).exit_code == 1
    assert _run(["check", "out"], {"GOVAUDIT_CONFIG": str(conf), "GOVAUDIT_FAIL_ON": "deduction"}).exit_code == 0
    assert _run(["check", "out", "--fail-on", "info", "--as-of", "2026-03-01"],
                {"GOVAUDIT_CONFIG": str(conf), "GOVAUDIT_FAIL_ON": "deduction", "GOVAUDIT_AS_OF": "2026-02-01"}).exit_code == 1
    assert [d.isoformat() for d in checked] == ["2026-01-02", "2026-06-30", "2026-06-30", "2026-06-30", "2026-03-01"]


@pytest.mark.parametrize(("line", "message"), [
    ('max-pages = "many"', "govaudit.toml: max-pages: must be a whole number (found 'many')."),
    ("max-pages = 0", "govaudit.toml: max-pages: 0 is not in the range x>=1."),
    ("max-pages = 2.5", "govaudit.toml: max-pages: must be a whole number"),
    ("rate = true", "govaudit.toml: rate: must be a number"),
    ('render = "sometimes"', "govaudit.toml: render: 'sometimes' is not one of 'auto', 'never', 'always'."),
    ('allow-host = "*.example.gov.cn"', "govaudit.toml: allow-host: must be a list of strings"),
    ('insecure = "yes"', "govaudit.toml: insecure: must be true or false"),
    ("contact = 12", "govaudit.toml: contact: must be a string"),
    ("colour = 1", "govaudit.toml: colour: unknown key (allowed: "),
    ("config = 'other.toml'", "govaudit.toml: config: unknown key"),
])
def test_bad_values_in_the_file_name_the_file_and_key(tmp_path, monkeypatch, crawled, line, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "govaudit.toml").write_text(line + "\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["crawl", "http://127.0.0.1:9/", "--out", "out"])
    assert done.exit_code == 2 and message in done.output and "Traceback" not in done.output
    assert crawled == []


def test_keys_of_other_commands_are_accepted_and_ignored(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "govaudit.toml").write_text('max-pages = 10\nfail-on = "warn"\nlog-format = "json"\n', encoding="utf-8")
    done = CliRunner().invoke(main, ["build", str(tmp_path / "nothing")])
    assert done.exit_code == 2 and "snapshot" in done.output.lower() and "unknown key" not in done.output


def test_every_option_has_an_environment_variable_and_a_file_key():
    for name in COMMANDS:
        command = main.commands[name]
        help_text = CliRunner().invoke(main, [name, "--help"], terminal_width=200).output
        for param in command.params:
            if not isinstance(param, click.Option):
                continue
            long = next(o for o in param.opts if o.startswith("--"))
            expected = "GOVAUDIT_" + long[2:].upper().replace("-", "_")
            assert param.envvar == expected and expected in help_text, (name, long)
            assert file_key(param) is not None or long in ("--config", "--profile"), (name, long)
    assert file_key(next(p for p in main.commands["check"].params if p.name == "rules_dir")) == "rules-dir"


def test_quiet_prints_nothing_and_summary_one_line(tmp_path, monkeypatch, checked):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    quiet = CliRunner().invoke(main, ["check", "out", "--quiet"])
    assert quiet.exit_code == 0 and quiet.output == ""
    summary = CliRunner().invoke(main, ["check", "out", "-q", "--summary"])
    assert summary.output.splitlines() == ["govaudit: 合格 score=100 fail=2 error=0 incomplete=0 warn=0 pass=23 not_applicable=0 waived=0"]
    loud = CliRunner().invoke(main, ["check", "out"], env={"GOVAUDIT_QUIET": "0"})
    assert "govaudit:" not in loud.output and len(loud.output.splitlines()) > 5


def test_format_and_as_of_errors_in_the_file_name_the_key(tmp_path, monkeypatch, checked):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    for line, message in (('format = "html,pdf"', "govaudit.toml: format: 'html,pdf': choose from html, md, json"),
                          ("format = [1]", "govaudit.toml: format: must be a string"),
                          ('as-of = "yesterday"', "govaudit.toml: as-of: 'yesterday' is not a date; write it as YYYY-MM-DD.")):
        (tmp_path / "govaudit.toml").write_text(line + "\n", encoding="utf-8")
        done = CliRunner().invoke(main, ["report", "out"] if "format" in line else ["check", "out"])
        assert done.exit_code == 2 and message in done.output, done.output
    assert checked == []
