"""No grade without an audit, end to end on loopback (issue 9 items 1, 2, 7): the sample site
served with a broken start page, a WAF, a PDF start URL, a server that dies midway, a budget
cut among the disclosure columns and a veto check that raises. Each asserts the verdict in
results.json, the words of both reports and the console, and the exit code."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner, Result

from govaudit.checks import CHECKS
from govaudit import cli
from govaudit.cli import main
from govaudit.settings import CrawlSettings
from govaudit.demo import DEMO_AS_OF
from govaudit.demo.sitegen import generate_site
from tests.crawl.sitekit import Route, Site, start_site, stop_site, write_site

SCHEMA = json.loads((Path(__file__).parents[1] / "govaudit" / "schemas" / "results.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("site")
    generate_site(root)
    write_site(root, {"gongbao.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"})
    return root


@pytest.fixture
def serve(site_dir: Path) -> Iterator:
    started: list[Site] = []

    def _serve(routes: dict[str, Route] | None = None) -> Site:
        started.append(start_site(site_dir, routes))
        return started[-1]

    yield _serve
    for site in started:
        stop_site(site)


def _audit(url: str, out: Path, *extra: str) -> tuple[Result, dict]:
    # One request at a time: which pages a dying server or a budget lets through must not
    # depend on the machine's load (these verdicts failed once each under load with 4).
    result = CliRunner().invoke(main, ["audit", url, "--out", str(out), "--as-of", DEMO_AS_OF.isoformat(),
                                       "--rate", "0", "--concurrency", "1", *extra])
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, SCHEMA)
    return result, results


def _reports(out: Path) -> tuple[str, str]:
    return (out / "report.md").read_text(encoding="utf-8"), (out / "report.html").read_text(encoding="utf-8")


def _page(status: int, body: bytes) -> Route:
    return lambda method, n: (status, {"Content-Type": "text/html; charset=utf-8"}, body)


def _assert_not_graded(result: Result, results: dict, out: Path, label: str, reason_code: str, words: str) -> None:
    """The verdict, the reports and the console say `label` with the reason; nothing reads as a grade."""
    assert result.exit_code == 2, result.output
    verdict = results["verdict"]
    assert (results["grade"], verdict["label"], results["passed"], results["score"]) == (label, label, False, None)
    assert reason_code in [r["code"] for r in verdict["reasons"]]
    assert words in " ".join(r["message"] for r in verdict["reasons"])
    md, html = _reports(out)
    assert f"**评估结论：{label}**" in md and "不给出得分" in md and words in md
    assert f"✗ {label}" in html and "不给出得分" in html and words in html
    for text in (md, html, result.output):
        assert "评定：合格" not in text and "✓ 合格" not in text
    assert "总分：" not in md and 'class="score-value"' not in html
    assert label in result.output and "得分 " not in result.output


@pytest.mark.parametrize("status, body, reason, words", [
    (404, "<html><head><title>404</title></head><body>页面不存在</body></html>".encode(), "start_not_found", "HTTP 404"),
    (500, b"<html><body>Internal Server Error</body></html>", "start_http_error", "HTTP 500"),
    (412, b"<html><script>var $_ts=window['$_ts'];</script></html>", "start_blocked", "防火墙"),
    (403, "<html><title>安全验证</title><body>请稍候，正在进行安全验证</body></html>".encode(), "start_blocked", "防火墙"),
])
def test_a_start_page_that_is_not_a_page_of_the_site_is_not_audited(serve, tmp_path, status, body, reason, words):
    site = serve({"/": _page(status, body)})
    result, results = _audit(site.url, tmp_path / "out")
    _assert_not_graded(result, results, tmp_path / "out", "无法评估", reason, words)
    assert results["rules"] == [] and results["scoring"]["vetoed_by"] == []


def test_a_pdf_start_url_is_not_audited(serve, tmp_path):
    site = serve()
    result, results = _audit(site.url + "gongbao.pdf", tmp_path / "out")
    _assert_not_graded(result, results, tmp_path / "out", "无法评估", "start_not_html", "application/pdf")


def test_a_start_page_redirecting_off_site_is_not_audited(serve, tmp_path):
    other = serve()  # another site (on loopback, named by another host name)
    port = other.server.server_address[1]
    site = serve({"/": lambda m, n: (302, {"Location": f"http://localhost:{port}/"}, b"")})
    result, results = _audit(site.url, tmp_path / "out")
    _assert_not_graded(result, results, tmp_path / "out", "无法评估", "start_redirect_off_site", "重定向到其他网站")


@pytest.mark.parametrize("url, words", [
    ("http://www.ex ample.gov.cn/", "no valid host name"),
    ("http://127.0.0.1:9/robots.txt", "robots.txt"),
])
def test_a_start_url_that_cannot_be_a_home_page_is_refused_before_crawling(tmp_path, url, words):
    result = CliRunner().invoke(main, ["audit", url, "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and words in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out" / "results.json").exists()


class _Dying(Site):
    """A site whose server stops answering after `limit` requests."""

    limit = 0

    @property
    def down(self) -> bool:
        return len(self.hits) > self.limit

    @down.setter
    def down(self, value: bool) -> None:
        pass


def test_a_server_dying_midway_gives_no_veto_and_no_grade(serve, tmp_path, monkeypatch):
    # No retries and short circuit-breaker pauses: the crawl gives the dead host up in seconds.
    monkeypatch.setattr(cli, "CrawlSettings", functools.partial(CrawlSettings, breaker_cooldown=0.2, retries=0))
    site = serve()
    site.__class__ = type("Dying11", (_Dying,), {"limit": 11})
    result, results = _audit(site.url, tmp_path / "out")
    _assert_not_graded(result, results, tmp_path / "out", "评估不完整", "columns_not_reached", "低于要求的 80%")
    verdict = results["verdict"]
    assert results["scoring"]["vetoed_by"] == [] and verdict["crawl_stopped"] == "host_down"
    assert verdict["columns_reached"] < verdict["columns_linked"] and verdict["not_reached"]
    md, _ = _reports(tmp_path / "out")
    assert "服务器中途停止响应" in md and "未能观察到的栏目" in md
    # Columns the crawl never saw are incomplete for the column rules, never passed or failed.
    stale = next(r for r in results["rules"] if r["id"] == "news-column-stale")
    unseen = {n["url"] for n in verdict["not_reached"]}
    assert any(f["subject"] in unseen and f["status"] == "incomplete" for f in stale["results"])


def test_a_budget_cut_among_disclosure_documents_leaves_the_grade_undetermined(serve, tmp_path):
    site = serve()
    result, results = _audit(site.url, tmp_path / "out", "--max-pages", "40")
    assert result.exit_code == 2, result.output
    verdict = results["verdict"]
    assert verdict["code"] == "undetermined" and verdict["crawl_stopped"] == "max_pages"
    assert results["grade"] == "待定" and results["passed"] is False
    assert "interpretation-missing" in verdict["blocking"] and results["scoring"]["vetoed_by"] == []
    low, high = results["score_range"]["min"], results["score_range"]["max"]
    assert results["score"] == low < results["scoring"]["pass_mark"] <= high
    md, html = _reports(tmp_path / "out")
    assert f"**得分区间：{low:g}–{high:g} / 100 · 评定：待定**" in md and "未能确定" in md
    assert "? 待定" in html and f"{low:g}–{high:g}" in html
    assert f"得分区间 {low:g}–{high:g}" in result.output and "待定" in result.output
    # what the budget left out is said, with disclosure evidence counted apart (issue 8 item 9)
    cut = results["coverage"]["budget_cut"]
    assert cut["total"] > 0 and sum(cut["cut"].values()) == cut["total"] and cut["examples"]
    assert f"还有 {cut['total']} 个已发现的网址未抓取" in md


def test_a_veto_check_that_raises_never_yields_a_pass(serve, tmp_path, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("forced failure")

    monkeypatch.setitem(CHECKS, "site_freshness", dataclasses.replace(CHECKS["site_freshness"], run=boom))
    site = serve()
    result, results = _audit(site.url, tmp_path / "out")
    assert result.exit_code == 2, result.output
    rule = next(r for r in results["rules"] if r["id"] == "homepage-stale")
    assert rule["status"] == "error" and rule["level"] == "veto"
    assert results["grade"] == "待定" and results["verdict"]["blocking"] == ["homepage-stale"]
    assert results["score"] == 0.0 and results["score_range"]["max"] == 80.0
    md, html = _reports(tmp_path / "out")
    assert "评定：待定" in md and "homepage-stale" in md.split("## 规则一览")[0]
    assert "? 待定" in html


def test_the_sample_site_still_grades_and_fail_on_follows_the_levels(serve, tmp_path):
    site = serve()
    out = tmp_path / "out"
    result, results = _audit(site.url, out)
    assert results["verdict"]["code"] == "graded" and results["grade"] == "合格"
    assert result.exit_code == 1  # planted deduction findings, default --fail-on deduction
    runner = CliRunner()
    assert runner.invoke(main, ["check", str(out), "--as-of", DEMO_AS_OF.isoformat(), "--fail-on", "veto"]).exit_code == 0
    assert runner.invoke(main, ["check", str(out), "--as-of", DEMO_AS_OF.isoformat(), "--fail-on", "info"]).exit_code == 1


@pytest.mark.parametrize("limit", [30, 60, 120])
def test_a_server_dying_after_the_columns_leaves_the_grade_undetermined_never_vetoed(serve, tmp_path, monkeypatch, limit):
    monkeypatch.setattr(cli, "CrawlSettings", functools.partial(CrawlSettings, breaker_cooldown=0.2, retries=0))
    site = serve()
    site.__class__ = type(f"Dying{limit}", (_Dying,), {"limit": limit})
    result, results = _audit(site.url, tmp_path / "out")
    assert result.exit_code == 2, result.output
    assert results["verdict"]["code"] == "undetermined" and results["verdict"]["crawl_stopped"] == "host_down"
    assert results["grade"] == "待定" and results["scoring"]["vetoed_by"] == [] and results["passed"] is False
    assert results["score"] == results["score_range"]["min"] < results["scoring"]["pass_mark"]
