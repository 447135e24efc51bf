"""End to end on loopback: a county site (the fictional 青溪县) whose government and three
departments publish annual reports that are present, missing and late in different years,
and whose 政策文件 (with a 发文字号, not normative) have no interpretations. Each organ is
judged on its own deadline, a department's report never stands in for the government's,
and every policy document is checked."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.demo.server import serve

AS_OF = "2026-09-30"
SITE_NAME = "青溪县人民政府门户网站"
GOV = "青溪县人民政府"
SECTIONS = ("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项")

# column path, column name, [(year, title, published, sections)]; "" title = organ-less title
_FULL = len(SECTIONS)
REPORT_COLUMNS = [
    ("/zwgk/nb/", "政府信息公开年报", [
        (2021, "青溪县人民政府2021年政府信息公开工作年度报告", "2022-03-25", _FULL),
        (2022, "青溪县2022年政府信息公开工作年度报告", "2023-03-28", _FULL),
        # 2023 missing; the education bureau's 2023 report must not stand in for it
        (2024, "2024年青溪县政府信息公开工作年度报告", "2025-04-15", _FULL),  # late
        (2025, "青溪县人民政府2025年度政府信息公开工作年度报告", "2026-03-30", _FULL),
    ]),
    ("/zwgk/bmnb/jyj/", "县教育局", [
        (2021, "青溪县教育局2021年政府信息公开工作年度报告", "2022-01-20", _FULL),
        (2022, "青溪县教育局2022年政府信息公开工作年度报告", "2023-01-18", _FULL),
        (2023, "青溪县教育局2023年政府信息公开工作年度报告", "2024-01-25", _FULL),
        (2024, "青溪县教育局2024年政府信息公开工作年度报告", "2025-02-20", _FULL),  # late for a department
        (2025, "青溪县教育局2025年政府信息公开工作年度报告", "2026-01-15", _FULL),
    ]),
    ("/zwgk/bmnb/mzj/", "县民政局", [  # titles without the organ: the column names it
        (2022, "2022年度政府信息公开工作年度报告", "2023-01-10", _FULL),
        # 2023 missing: a gap after its first report
        (2024, "2024年度政府信息公开工作年度报告", "2025-01-20", _FULL),
        (2025, "2025年度政府信息公开工作年度报告", "2026-01-10", _FULL),
    ]),
    ("/zwgk/bmnb/wjw/", "县卫生健康委员会", [
        (2023, "青溪县卫生健康委员会2023年政府信息公开工作年度报告", "2024-01-30", _FULL),
        (2024, "青溪县卫生健康委员会2024年政府信息公开工作年度报告", "2025-03-01", 4),  # late, sections 五 六 missing
        # 2025 missing
    ]),
]
# path, title, 发文字号, date, interpreted
POLICY_DOCS = [
    ("/zwgk/zcwj/202605/t20260510_301.html", "青溪县人民政府关于加快发展数字经济的实施意见", "青政发〔2026〕5号", "2026-05-10", False),
    ("/zwgk/zcwj/202604/t20260410_302.html", "青溪县人民政府办公室关于促进消费的若干措施", "青政办发〔2026〕7号", "2026-04-10", False),
    ("/zwgk/zcwj/202603/t20260310_303.html", "青溪县优化营商环境行动方案", "青政发〔2026〕2号", "2026-03-10", True),
]
INTERP = "/zwgk/zcjd/202603/t20260311_401.html"
# a State Council document re-posted in the column: drafted elsewhere, interpreted elsewhere
REPOSTED = ("/zwgk/zcwj/202602/t20260210_304.html", "国务院关于某事项的意见", "国发〔2026〕1号", "2026-02-10", False)


def _page(title: str, main: str, metas: dict[str, str] | None = None) -> str:
    meta = "".join(f'<meta name="{k}" content="{escape(v)}">' for k, v in {"SiteName": SITE_NAME, **(metas or {})}.items())
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}_{GOV}</title>{meta}</head>'
            f'<body><div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div><div class="main">{main}</div>'
            f'<div class="footer">主办单位：青溪县人民政府办公室</div></body></html>')


def _crumb(*trail: tuple[str, str]) -> str:
    return '<div class="position">当前位置：' + " &gt; ".join(f'<a href="{h}">{n}</a>' for n, h in trail) + "</div>"


def _list(name: str, path: str, entries: list[tuple[str, str, str]]) -> str:
    items = "".join(f'<li><a href="{h}">{escape(t)}</a><span class="date">{d}</span></li>' for h, t, d in entries)
    main = _crumb(("首页", "/"), ("政务公开", "/zwgk/")) + f'<div class="column"><h2>{name}</h2><ul class="list">{items}</ul></div>'
    return _page(name, main, {"ColumnName": name})


def _article(column: tuple[str, str], title: str, date: str, body: str, before: str = "", after: str = "") -> str:
    main = (_crumb(("首页", "/"), ("政务公开", "/zwgk/"), column) + f'<div class="article">{before}<h1 class="title">{escape(title)}</h1>'
            f'<div class="info"><span>发布时间：{date} 09:00</span></div><div class="content">{body}</div>{after}</div>')
    return _page(title, main, {"ArticleTitle": title, "PubDate": f"{date} 09:00", "ColumnName": column[0]})


def build_site(root: Path) -> None:
    files: dict[str, str] = {}
    hub_links = []
    for path, name, reports in REPORT_COLUMNS:
        entries = []
        for year, title, published, n_sections in reports:
            url = f"{path}{published[:4]}{published[5:7]}/t{published.replace('-', '')}_{year}.html"
            body = "".join(f"<p><strong>{h}</strong></p><p>{year}年度有关情况。</p>" for h in SECTIONS[:n_sections])
            files[url] = _article((name, path), title, published, body)
            entries.append((url, title, published))
        files[path] = _list(name, path, sorted(entries, key=lambda e: e[2], reverse=True))
        hub_links.append((name, path))
    docs = []
    for url, title, wenhao, date, interpreted in [*POLICY_DOCS, REPOSTED]:
        issuer = "国务院" if wenhao.startswith("国") else GOV
        meta = (f'<table class="xxgk-meta"><tr><th>发文机关：</th><td>{issuer}</td><th>发布日期：</th><td>{date}</td></tr>'
                f'<tr><th>发文字号：</th><td>{wenhao}</td><th>有效性：</th><td>有效</td></tr></table>')
        related = (f'<div class="related"><h3>相关解读</h3><a href="{INTERP}">《{title}》解读</a></div>' if interpreted
                   else '<div class="related"><h3>相关解读</h3><p>暂无相关解读</p></div>')
        files[url] = _article(("政策文件", "/zwgk/zcwj/"), title, date, f"<p>{escape(title)}全文。</p>", meta, related)
        docs.append((url, title, date))
    files["/zwgk/zcwj/"] = _list("政策文件", "/zwgk/zcwj/", docs)
    interpreted = POLICY_DOCS[2]
    files[INTERP] = _article(("政策解读", "/zwgk/zcjd/"), f"关于《{interpreted[1]}》的政策解读", "2026-03-11", "<p>解读正文。</p>",
                             after=f'<div class="related-doc">相关文件：<a href="{interpreted[0]}">《{interpreted[1]}》</a></div>')
    files["/zwgk/zcjd/"] = _list("政策解读", "/zwgk/zcjd/", [(INTERP, f"关于《{interpreted[1]}》的政策解读", "2026-03-11")])
    hub_links += [("政策文件", "/zwgk/zcwj/"), ("政策解读", "/zwgk/zcjd/")]
    hub = "".join(f'<li><a href="{h}">{n}</a></li>' for n, h in hub_links)
    files["/zwgk/"] = _page("政务公开", _crumb(("首页", "/")) + f"<h2>政务公开</h2><ul class=\"hub\">{hub}</ul>", {"ColumnName": "政务公开"})
    files["/"] = _page("首页", '<ul><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwgk/nb/">政府信息公开年报</a></li></ul>')
    for url, html in files.items():
        target = root / (url.lstrip("/") + ("index.html" if url.endswith("/") else ""))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict:
    site_dir, out = tmp_path_factory.mktemp("qingxi"), tmp_path_factory.mktemp("out")
    build_site(site_dir)
    with serve(site_dir) as base:
        result = CliRunner().invoke(main, ["audit", base, "--out", str(out), "--as-of", AS_OF, "--rate", "0", "--concurrency", "4"])
    assert result.exit_code in (0, 1), result.output
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


def _statuses(results: dict, rule_id: str) -> dict[str, str]:
    rule = next(r for r in results["rules"] if r["id"] == rule_id)
    return {r["subject"]: r["status"] for r in rule["results"]}


def _subjects(organ: str, years: range, failing: set[int]) -> dict[str, str]:
    return {f"annual-report:{organ}:{y}": "fail" if y in failing else "pass" for y in years}


def test_each_organ_has_its_own_sequence_of_reports(results):
    assert _statuses(results, "annual-report-missing") == {
        **_subjects(GOV, range(2021, 2026), {2023}),  # the bureau's 2023 report does not stand in
        **_subjects("青溪县教育局", range(2021, 2026), set()),
        **_subjects("县民政局", range(2022, 2026), {2023}),  # from its first report on
        **_subjects("青溪县卫生健康委员会", range(2023, 2026), {2025}),
    }


def test_each_organ_is_held_to_its_own_deadline(results):
    present = {k for k, v in _statuses(results, "annual-report-missing").items() if v == "pass"}
    assert _statuses(results, "annual-report-late") == {k: v for k, v in {
        **_subjects(GOV, range(2021, 2026), {2024}),
        **_subjects("青溪县教育局", range(2021, 2026), {2024}),
        **_subjects("县民政局", range(2022, 2026), set()),
        **_subjects("青溪县卫生健康委员会", range(2023, 2025), {2024}),  # 2025-03-01 is late for a department
    }.items() if k in present}
    late = next(r for rule in results["rules"] if rule["id"] == "annual-report-late" for r in rule["results"]
                if r["subject"] == "annual-report:青溪县卫生健康委员会:2024")
    assert late["data"]["deadline"] == "2025-01-31" and "青溪县卫生健康委员会" in late["message"]


def test_structure_is_checked_for_each_organs_reports(results):
    failing = {s for s, v in _statuses(results, "annual-report-structure").items() if v != "pass"}
    assert failing == {"annual-report:青溪县卫生健康委员会:2024"}


def test_policy_documents_without_interpretations_fail(results):
    base = results["site"].rstrip("/")
    got = _statuses(results, "interpretation-missing")
    assert got == {base + POLICY_DOCS[0][0]: "fail", base + POLICY_DOCS[1][0]: "fail", base + POLICY_DOCS[2][0]: "pass"}
    rule = next(r for r in results["rules"] if r["id"] == "interpretation-missing")
    assert {r["data"]["kind"] for r in rule["results"]} == {"policy"}  # and the re-posted 国务院 document is not judged
