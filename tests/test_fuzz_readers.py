"""Generated bad values for every reader (issue 14 item 3): the configuration, results.json, rule
files, profiles, case files, site.json, the snapshot index, the WARC, start URLs and scope options.
Each bad value ends in a UserError (or, where it happens to be valid, a normal result), never
another exception; through the CLI, in exit 2 with one plain message, no traceback and no file
of the output folder changed.

hypothesis is not a dependency: the values are generated deterministically (a fixed seed), a few
hundred cases that run in seconds.
"""

from __future__ import annotations

import copy
import gzip
import hashlib
import json
import random
import shutil
import sqlite3
import traceback
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.config import parse_config
from govaudit.crawl.crawler import check_crawl_inputs
from govaudit.engine import evaluate
from govaudit.errors import UserError
from govaudit.model.builder import build_site
from govaudit.pipeline import RESULTS_FILE, SITE_FILE, load_site, report
from govaudit.rulecases import load_cases, run_case
from govaudit.ruleset import load_pack, load_ruleset
from govaudit.serde import to_dict
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, start_site, stop_site, write_site
from tests.factories import audited_site

FIXTURE = json.loads((Path(__file__).parent / "report" / "fixtures" / "results.json").read_text(encoding="utf-8"))
PACK = Path(__file__).parents[1] / "rules"
BAD = [5, -1.5, "x", "", True, None, [], [1, "a"], {}, {"a": [1]}, date(2026, 1, 1)]
MORE_BAD = [float("nan"), float("inf"), 10**30, -(10**30), "\x00", "[/x]", "../../etc/passwd", "2026-02-30",
            {"": None}, [[[]]], "\u202e", "x" * 5000]
ALL_BAD = BAD + MORE_BAD
# Whole files that are no valid document of any kind.
GARBAGE = [b"", b"\x00\x01\x02", b"\xff\xfe\xfd", b"a: [", b"- 1\n- 2\n", b"---\na: 1\n---\nb: 2\n", b"just text",
           b"!!python/object/apply:os.system ['true']\n", b"a: &x 1\nb: *y\n", b"\tkey: value\n", b"{]",
           b"null", b"123", b'"a string"', b"key: value\nkey: other\n", b"\xef\xbb\xbf{}\n"]
CONFIG_KEYS = [("profile",), ("organisation",), ("rules",), ("rules", "disable"), ("rules", "levels"),
               ("rules", "params"), ("rules", "scopes"), ("rules", "scopes", "broken-links"),
               ("rules", "scopes", "broken-links", "include"), ("column_classes",), ("waivers",), ("waivers", 0),
               ("waivers", 0, "expires"), ("waivers", 0, "subject")]
SEED = 14


def _set(data: Any, path: tuple, value: Any) -> Any:
    data = copy.deepcopy(data)
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


def _paths(data: Any, prefix: tuple = ()) -> list[tuple]:
    """Every key path of `data` (lists: their first element only)."""
    out = []
    if isinstance(data, dict):
        for k, v in data.items():
            out.append((*prefix, k))
            out += _paths(v, (*prefix, k))
    elif isinstance(data, list) and data:
        out.append((*prefix, 0))
        out += _paths(data[0], (*prefix, 0))
    return out


def _sample(population: list, n: int, salt: str) -> list:
    """A deterministic sample of `n` items (all of them when there are fewer)."""
    if len(population) <= n:
        return population
    return random.Random(f"{SEED}/{salt}").sample(population, n)


class Readers:
    """Runs readers on bad input and collects every exception that is not a UserError (a bug),
    with where it was raised, so one run shows them all."""

    def __init__(self) -> None:
        self.bugs: dict[str, str] = {}  # where -> the first input that got there

    def __call__(self, call, *args: Any) -> Any:
        try:
            return call(*args)
        except UserError as exc:
            assert str(exc).strip() and "Traceback" not in str(exc)
        except Exception as exc:  # noqa: BLE001 - that is what the test looks for
            tb = traceback.extract_tb(exc.__traceback__)[-1]
            where = f"{type(exc).__name__} at {Path(tb.filename).name}:{tb.lineno}"
            self.bugs.setdefault(where, f"{exc} <- {call.__name__}{tuple(str(a)[:80] for a in args)}")
        return None


@pytest.fixture
def readers():
    collected = Readers()
    yield collected
    assert not collected.bugs, "\n".join(f"{where}: {first}" for where, first in collected.bugs.items())


def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _refused_by_cli(args: list[str], out: Path | None = None) -> str:
    """Run the CLI on bad input: exit 2, one plain message, no traceback, `out` unchanged."""
    before = _hashes(out) if out is not None else None
    result = CliRunner().invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert result.exit_code == 2, (args, result.output)
    assert result.output.count("错误 / error:") == 1 or result.output.startswith("Usage:"), result.output
    if out is not None:
        assert _hashes(out) == before, args
    return result.output


# --- configuration and results.json -------------------------------------------------------------

GOOD_CONFIG = {"profile": "official-2019", "rules": {"disable": [], "scopes": {"broken-links": {"include": ["/"]}}},
               "waivers": [{"rule": "r", "subject": "s", "reason": "r", "owner": "o", "expires": date(2026, 12, 31)}]}


@pytest.mark.parametrize("path", CONFIG_KEYS, ids=lambda p: "/".join(map(str, p)))
def test_config_values_of_every_kind(readers: Readers, path: tuple):
    for value in ALL_BAD:
        readers(parse_config, _set(GOOD_CONFIG, path, value), "govaudit.toml")


@pytest.mark.parametrize("path", _paths(FIXTURE), ids=lambda p: "/".join(map(str, p)))
def test_results_fields_of_every_kind(readers: Readers, tmp_path: Path, path: tuple):
    for value in BAD[:-1]:  # JSON has no dates
        (tmp_path / RESULTS_FILE).write_text(json.dumps(_set(FIXTURE, path, value)), encoding="utf-8")
        readers(report, tmp_path, ["md", "html"])


# --- rules, profiles and case files ---------------------------------------------------------------

def _rule_files() -> list[Path]:
    return sorted(p for p in PACK.rglob("*.yaml") if p.parent.name not in ("profiles", "cases")
                  and p.name != "column-classes.yaml")


def _mini_pack(root: Path, rule_file: Path, text: bytes | None = None, profile: bytes | None = None,
               cases: bytes | None = None) -> Path:
    """A pack of one rule (its file replaced by `text`), a profile `one` using it, its case file."""
    if root.exists():
        shutil.rmtree(root)
    (root / "profiles").mkdir(parents=True)
    (root / "cases").mkdir()
    shutil.copy(PACK / "column-classes.yaml", root / "column-classes.yaml")
    (root / rule_file.name).write_bytes(rule_file.read_bytes() if text is None else text)
    rule_id = rule_file.stem
    (root / "profiles" / "one.yaml").write_bytes(
        profile if profile is not None else f"name: one\nmodel: official\nrules:\n  {rule_id}: {{level: deduction, points: 1}}\n".encode())
    case_file = PACK / "cases" / rule_file.name
    if cases is not None or case_file.exists():
        (root / "cases" / rule_file.name).write_bytes(cases if cases is not None else case_file.read_bytes())
    return root


def _yaml(data: Any) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def _load_and_run_cases(root: Path) -> None:
    ruleset = load_ruleset(root, "one")
    pack = load_pack(root)
    for rule_id, cases in load_cases(root).items():
        if any(r.id == rule_id for r in pack.rules):
            for case in cases:
                run_case(ruleset, rule_id, case)


def _mutations(files: list[Path], n: int, salt: str) -> list[tuple[Path, bytes]]:
    """`n` of the YAML `files` with one value replaced by a bad one, or wholly garbage (sampled
    before anything is serialised: the full cross product is thousands of documents)."""
    loaded = {path: yaml.safe_load(path.read_text(encoding="utf-8")) for path in files}
    plan = [(path, key, i) for path, data in loaded.items() for key in _paths(data) for i in range(len(ALL_BAD))]
    plan += [(path, None, i) for path in files for i in range(len(GARBAGE))]
    return [(path, GARBAGE[i] if key is None else _yaml(_set(loaded[path], key, ALL_BAD[i])))
            for path, key, i in _sample(plan, n, salt)]


@pytest.mark.parametrize("chunk", range(3))
def test_rule_files_of_every_kind(readers: Readers, tmp_path: Path, chunk: int):
    for path, text in _mutations(_rule_files(), 150, "rules")[chunk::3]:
        readers(_load_and_run_cases, _mini_pack(tmp_path / "pack", path, text))


def test_profiles_of_every_kind(readers: Readers, tmp_path: Path):
    pack = tmp_path / "pack"
    shutil.copytree(PACK, pack)
    for path, text in _mutations(sorted((PACK / "profiles").glob("*.yaml")), 30, "profiles"):
        (pack / "profiles" / path.name).write_bytes(text)
        readers(load_ruleset, pack, path.stem)
        (pack / "profiles" / path.name).write_bytes(path.read_bytes())


def test_case_files_of_every_kind(readers: Readers, tmp_path: Path):
    rules = {p.stem: p for p in _rule_files()}
    for path, text in _mutations(sorted((PACK / "cases").glob("*.yaml")), 120, "cases"):
        readers(_load_and_run_cases, _mini_pack(tmp_path / "pack", rules[path.stem], cases=text))


# --- site.json ---------------------------------------------------------------------------------------

def test_site_model_fields_of_every_kind(readers: Readers, tmp_path: Path):
    good = to_dict(audited_site())
    ruleset = load_ruleset(PACK)
    mutations = [(key, value) for key in _paths(good) for value in BAD[:-1] + MORE_BAD[2:]]
    for key, value in _sample(mutations, 150, "site"):
        (tmp_path / SITE_FILE).write_text(json.dumps(_set(good, key, value), ensure_ascii=False), encoding="utf-8")
        if (site := readers(load_site, tmp_path)) is not None:
            evaluate(site, ruleset, date(2026, 9, 30))  # what the contract accepts, the rules can read
    for text in GARBAGE:
        (tmp_path / SITE_FILE).write_bytes(text)
        readers(load_site, tmp_path)


# --- the snapshot: index and WARC -------------------------------------------------------------------

@pytest.fixture(scope="module")
def snapshot(tmp_path_factory) -> Path:
    """A real crawl of a small loopback site (home, two columns, a document)."""
    root = tmp_path_factory.mktemp("site")
    write_site(root, {"index.html": html(("/a/", "通知公告"), ("/b/", "政策文件")),
                      "a/index.html": html(("/a/t20240101_1.html", "关于某某工作的通知")),
                      "b/index.html": html(("/", "首页")), "a/t20240101_1.html": html(title="关于某某工作的通知")})
    site = start_site(root)
    out = tmp_path_factory.mktemp("crawl")
    try:
        from govaudit.crawl import crawl_site
        crawl_site(site.url, out, CrawlSettings(rate=0, obey_robots=False, render="never"))
    finally:
        stop_site(site)
    return out


def _copy(snapshot: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(snapshot, out)
    return out


def _index_damage(index: Path) -> list[tuple[str, Any]]:
    """Ways an index can be broken: bytes, tables, rows, meta values."""
    data = index.read_bytes()
    sql = [
        "DROP TABLE captures", "DROP TABLE meta", "DROP TABLE cutoffs", "ALTER TABLE captures DROP COLUMN render",
        "ALTER TABLE captures RENAME TO c2", "DELETE FROM meta", "DELETE FROM meta WHERE key = 'start_url'",
        "DELETE FROM captures", "UPDATE meta SET value = 'x' WHERE key = 'hosts'",
        "UPDATE meta SET value = '{' WHERE key = 'budget_cut'", "UPDATE meta SET value = '[1' WHERE key = 'render'",
        "UPDATE meta SET value = 'not a url' WHERE key = 'start_url'",
        "UPDATE meta SET value = NULL", "CREATE TABLE extra (x)",
    ]
    sql += ["UPDATE captures SET url = '[/x] not a url' WHERE rowid = (SELECT MIN(rowid) FROM captures)",
            "UPDATE meta SET value = '5' WHERE key IN ('hosts', 'budget_cut')",
            "UPDATE meta SET value = '[1, null]' WHERE key = 'hosts'",
            """UPDATE meta SET value = '{"cut_total": "x", "cut": [1]}' WHERE key = 'budget_cut'""",
            """UPDATE meta SET value = '{"cut_total": 1, "cut": {"a": "b"}, "examples": {"a": 5}}' WHERE key = 'budget_cut'""",
            "UPDATE meta SET value = x'00ff' WHERE key = 'start_url'"]
    for column, value in [("status", "'x'"), ("status", "-1"), ("offset", "'abc'"), ("offset", "-5"),
                          ("offset", "99999999999"), ("warc_file", "'../../etc/passwd'"), ("warc_file", "'other.warc.gz'"),
                          ("depth", "'deep'"), ("outcome", "'zzz'"), ("content_type", "5"), ("charset", "'no-such-charset'"),
                          ("final_url", "'javascript:alert(1)'"), ("final_url", "NULL"), ("anchor", "x'00ff'"),
                          ("fetched_at", "'yesterday'"), ("rendered_offset", "3"), ("method", "'PUT'"),
                          ("priority", "NULL"), ("parent", "5"), ("render", "'rendered'"), ("length", "-1")]:
        sql.append(f'UPDATE captures SET "{column}" = {value}')
    damage: list[tuple[str, Any]] = [("bytes", b""), ("bytes", b"SQLite format 3\x00" + b"\x00" * 100),
                                     ("bytes", data[: len(data) // 2]), ("bytes", b"garbage" * 100),
                                     ("bytes", data[:100] + b"\xff" * 200 + data[300:])]
    return damage + [("sql", statement) for statement in sql]


def test_damaged_index_of_every_kind(readers: Readers, tmp_path: Path, snapshot: Path):
    for kind, what in _index_damage(snapshot / "snapshot" / "index.sqlite3"):
        out = _copy(snapshot, tmp_path)
        index = out / "snapshot" / "index.sqlite3"
        if kind == "bytes":
            index.write_bytes(what)
        else:
            db = sqlite3.connect(index)
            with db:
                db.execute(what)
            db.close()
        readers(build_site, out)


def test_damaged_warc_of_every_kind(readers: Readers, tmp_path: Path, snapshot: Path):
    warc = (snapshot / "snapshot" / "crawl.warc.gz").read_bytes()
    cuts = sorted({1, 10, len(warc) // 3, len(warc) // 2, len(warc) - 20, len(warc) - 1})
    damaged = [warc[:n] for n in cuts] + [b"", b"garbage" * 50, gzip.compress(b"not a warc record" * 20),
                                          gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n\r\n"),
                                          warc[:200] + bytes(len(warc) - 200), warc[::-1]]
    rng = random.Random(SEED)
    for _ in range(10):  # flipped bytes
        flipped = bytearray(warc)
        for i in rng.sample(range(len(warc)), 5):
            flipped[i] ^= 0xFF
        damaged.append(bytes(flipped))
    for data in damaged:
        out = _copy(snapshot, tmp_path)
        (out / "snapshot" / "crawl.warc.gz").write_bytes(data)
        readers(build_site, out)


# --- URLs and scope options --------------------------------------------------------------------------

LOOPBACK = "http://127.0.0.1:9/"
BAD_URLS = ["", " ", "http://", "https://", "http:///x", "//example.gov.cn/", "example", "ftp://127.0.0.1/",
            "javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "http://a b/", "http://[::1/",
            "http://[/x]", "http://127.0.0.1:99999/", "http://127.0.0.1:-1/", "http://127.0.0.1:port/",
            "http://%zz/", "http://\x00/", "http://127.0.0.1/robots.txt", "mailto:a@b", "http://" + "a" * 300 + ".cn/",
            "http://..", "http://./", "http://-/", "http://user@/", "\u202ehttp://x/", "http://\u3000/", "[/x]",
            "http://127.0.0.1:9/[/x]", "http://127.0.0.1:9/\x7f", "HTTP://127.0.0.1:9/" + "%" * 20]
BAD_HOSTS = ["", " ", "bad host", "*", "*.", "**.gov.cn", "http://x/", "a/b", "[::1", "..", "-", "\x00", "[/x]",
             "x" * 300, "*.*.cn", "a..b", "\u202e.cn"]
BAD_PATTERNS = ["(", "[", "*", "+?", "(?P<x", "\\", "a{2,1}", "(?<=a+)b", "[/x]", "\x00"]


def test_start_urls_and_scope_options_of_every_kind(readers: Readers):
    for url in BAD_URLS:
        readers(check_crawl_inputs, url, CrawlSettings())
    for host in BAD_HOSTS:
        readers(check_crawl_inputs, LOOPBACK, CrawlSettings(allow_hosts=(host,)))
    for pattern in BAD_PATTERNS:
        for option in ("include", "exclude"):
            readers(check_crawl_inputs, LOOPBACK, CrawlSettings(**{option: (pattern,)}))


# --- through the CLI: exit 2, one message, nothing written ----------------------------------------

def test_the_cli_refuses_bad_input_without_touching_the_output(tmp_path: Path, snapshot: Path):
    out = _copy(snapshot, tmp_path)
    (out / SITE_FILE).write_text(json.dumps(to_dict(audited_site()), ensure_ascii=False), encoding="utf-8")
    (out / RESULTS_FILE).write_text(json.dumps(FIXTURE, ensure_ascii=False), encoding="utf-8")
    rule = PACK / "links" / "broken-links.yaml"
    packs = {name: _mini_pack(tmp_path / name, rule, text) for name, text in
             [("garbage", b"a: ["), ("wrong-type", rule.read_bytes().replace(b"check: link_health", b"check: [1]"))]}
    profile = _mini_pack(tmp_path / "profile", rule, profile=b"name: one\nmodel: official\nrules:\n  broken-links: {points: .nan}\n")
    for pack in (*packs.values(), profile):
        _refused_by_cli(["check", str(out), "--rules", str(pack), "--profile", "one"], out)
    _refused_by_cli(["rules", "validate", str(packs["garbage"])])
    (tmp_path / "bad.toml").write_text("[rules]\ndisable = 5\n", encoding="utf-8")
    _refused_by_cli(["check", str(out), "--config", str(tmp_path / "bad.toml")], out)
    for url in ("ftp://127.0.0.1/", "http://[/x]", "http://a b/"):
        _refused_by_cli(["crawl", url, "--out", str(out)], out)
        _refused_by_cli(["audit", url, "--out", str(out), "--force"], out)
    _refused_by_cli(["crawl", LOOPBACK, "--out", str(tmp_path / "new"), "--allow-host", "bad host"])
    _refused_by_cli(["crawl", LOOPBACK, "--out", str(tmp_path / "new"), "--include", "("])
    assert not (tmp_path / "new").exists()
    # A damaged stage file: the stage that reads it refuses, the files after it stay as they were.
    for name, data in [(SITE_FILE, b"{]"), (SITE_FILE, b'{"schema": 5}'), (RESULTS_FILE, b"[]")]:
        broken = _copy(out, tmp_path / "broken")
        (broken / name).write_bytes(data)
        _refused_by_cli(["check" if name == SITE_FILE else "report", str(broken)], broken)
    broken = _copy(out, tmp_path / "index")
    (broken / "snapshot" / "index.sqlite3").write_bytes(b"garbage" * 100)
    _refused_by_cli(["build", str(broken)], broken)
    _refused_by_cli(["crawl", "--resume", str(broken)], broken)
    broken = _copy(out, tmp_path / "warc")
    (broken / "snapshot" / "crawl.warc.gz").write_bytes(b"garbage" * 100)
    _refused_by_cli(["build", str(broken)], broken)
