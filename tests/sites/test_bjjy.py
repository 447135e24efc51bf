"""The "bjjy" sample site (a 北京 district portal on the 首都之窗 集约化 platform: columns `/yhq/<column>/<list name>.shtml`
whose later pages `<list name>_2.shtml` … only a `createPageHTML('page_div', K, i, name, 'shtml', N)` script names,
`<yyyymm>/<32 hex>.shtml` articles dated `日期：… 来源：…` in one line, 政策文件 under an `ol.doc-info` header of bracketed
labels) is what its answer key says: deterministic, served as declared, every planted defect present in the served bytes,
nothing outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import bjjy
from tests.sites.model import Expected, SampleSite
from tests.sites.probes import meta
from tests.sites.server import fetch

_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r'<li><a href="(/yhq/[\w/]+/\d{6}/[0-9a-f]{32}\.shtml)" target="_blank" title="[^"]*">[^<]*</a>'
                  r'(?:<span>|<p><span>[^<]*</span><span class="fr">)(\d{4}-\d{2}-\d{2})</span>')
_PAGER = re.compile(r"createPageHTML\('page_div',(\d+),(\d+),'(\w+)','shtml',(\d+)\);")


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return bjjy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _cols() -> list[bjjy.Col]:
    s = bjjy._Site()
    bjjy._news(s)
    bjjy._disclosure(s)
    return s.cols


def _col(name: str) -> str:
    return next(c.url() for c in _cols() if c.name == name)


def _pages(site: SampleSite, url: str) -> list[str]:
    """The column's pages: the list, then `<name>_2.shtml` … as createPageHTML names them (from 1), or its year pages."""
    html = _html(site, url)
    folder = url.rsplit("/", 1)[0]
    years = re.findall(r'<li(?: class="on")?><a href="([^"]+)">\d{4}年</a></li>', html)
    if years:
        return years
    count, _, name, _ = _PAGER.search(html).groups()
    return [url] + [f"{folder}/{name}_{n}.shtml" for n in range(2, int(count) + 1)]


def _rows(site: SampleSite, url: str) -> list[tuple[str, date]]:
    return [(u, date.fromisoformat(d)) for page in _pages(site, url) for u, d in _ROW.findall(_html(site, page))]


def _page_rows(site: SampleSite, page: str) -> list[tuple[str, date]]:
    return [(u, date.fromisoformat(d)) for u, d in _ROW.findall(_html(site, page))]


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<li class="col-md-\d">\[{label}\]<span>([^<]*)</span></li>', html)
    return (m.group(1).strip() or None) if m else None


def _footer(html: str) -> str:
    return html[html.find('<div class="m_foot_txt">'):]


def test_deterministic(site: SampleSite) -> None:
    again = bjjy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_later_pages_are_named_only_by_the_pager_script(site: SampleSite, base: str) -> None:
    url = _col("榆河要闻")
    assert _pages(site, url) == ["/yhq/yhyw/list.shtml", "/yhq/yhyw/list_2.shtml"]
    html = _html(site, url)
    assert "list_2.shtml" not in html and "createPageHTML('page_div',2,1,'list','shtml',30);" in html
    assert "createPageHTML('page_div',2,2,'list','shtml',30);" in _html(site, "/yhq/yhyw/list_2.shtml")
    assert "function createPageHTML(div, count, cur, name, ext, total)" in site.resources["/yhq/static/js/jquery-1.11.1.min.js"].body.decode()
    rows = _rows(site, url)
    assert len(rows) == 30 and all(re.fullmatch(r"/yhq/yhyw/\d{6}/[0-9a-f]{32}\.shtml", u) for u, _ in rows)
    assert fetch(base, "/yhq/yhyw/list_3.shtml")[0] == 404 and fetch(base, "/yhq/yhyw/list_1.shtml")[0] == 404
    assert {_col(n).rsplit("/", 1)[1] for n in ("榆河要闻", "街镇动态", "政策文件", "行政规范性文件")} == {
        "list.shtml", "jcdtlist.shtml", "zcwj2026.shtml", "xxgklist.shtml"}


def test_policy_files_are_split_by_year(site: SampleSite) -> None:
    url = _col("政策文件")
    assert _pages(site, url) == [f"/yhq/yhzcwj/zcwj{y}.shtml" for y in (2026, 2025, 2024)]
    for page in _pages(site, url):
        year = int(page[-10:-6])
        assert {d.year for _, d in _page_rows(site, page)} == {year}
        assert f"createPageHTML('page_div',1,1,'zcwj{year}','shtml'," in _html(site, page)


def test_child_columns_sit_under_a_block_page(site: SampleSite) -> None:
    html = _html(site, "/yhq/jcdt/zlmlist.shtml")
    assert html.count('class="more"') == 2 and _col("街镇动态") in html and _col("部门动态") in html
    (u, _), *_ = _rows(site, _col("部门动态"))
    assert "<a href='/yhq/jcdt/zlmlist.shtml'  target=\"_blank\">基层动态</a>&nbsp;>&nbsp;" in _html(site, u)


def test_articles_carry_the_platform_template(site: SampleSite) -> None:
    (u, d), *_ = _rows(site, _col("街镇动态"))
    html = _html(site, u)
    assert re.search(rf'<p class="fl">日期：{d:%Y-%m-%d} \d\d:\d\d\n\s*&nbsp;&nbsp;\n\s*来源： \S+(?:街道|镇)\n', html)
    assert '<div class="dqlm">街镇动态</div>' in html and "<span>街镇动态</span></a>" in html
    assert '<span class="fjkzxy" style="display: none;">' in html and "$('.zw_enclosure').hide();" in html
    assert meta("ColumnDescription", html) and meta("PubDate", html).startswith(f"{d:%Y-%m-%d}")


def test_policy_documents_carry_the_doc_info_header(site: SampleSite) -> None:
    rows = _rows(site, _col("行政规范性文件"))
    assert len(rows) == 8
    for url, shown in rows:
        html = _html(site, url)
        assert _field("发布日期", html) == f"{shown:%Y-%m-%d}" and _field("实施日期", html) == "----"
        assert _field("有效性", html) in ("是", None) and '<div class="header"><h1><p>' in html
        assert "索引号" not in html


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    for entry in site.key:
        _probe(site, base, entry)


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = _html(site, entry.url) if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _rows(site, entry.url) and re.search(r"createPageHTML\('page_div',1,1,'xxgklist','shtml',0\);", html)
    elif kind == "newest":
        assert max(d for _, d in _rows(site, entry.url)) == date.fromisoformat(arg)
    elif kind in ("no-interp", "no-interp-link", "late-interp"):
        interps = [u for u, _ in _rows(site, _col("政策解读"))]
        short = re.search(r"《([^》]+)》", meta("ArticleTitle", html)).group(1)
        mine = [u for u in interps if short in _html(site, u)]
        if kind == "no-interp":
            assert not mine and "相关解读" not in html
        elif kind == "no-interp-link":
            (interp,) = mine
            assert "相关解读" not in html and "相关政策" not in _html(site, interp)
        else:
            (interp,) = mine
            shown = re.search(r"日期：(\d{4}-\d{2}-\d{2})", _html(site, interp)).group(1)
            lag = date.fromisoformat(shown) - date.fromisoformat(_field("发布日期", html))
            assert interp in html and lag.days == int(arg)
    elif kind == "meta-missing":
        assert _field("发文机构", html) and _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        organ, year = arg[:-4], arg[-4:]
        titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, entry.url)]
        assert not [t for t in titles if organ in t and year in t] and len([t for t in titles if organ in t]) >= 3
    elif kind == "late":
        assert date.fromisoformat(re.search(r"日期：(\d{4}-\d{2}-\d{2})", html).group(1)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) >= 11 and all(arg not in _footer(_html(site, u)) and "京ICP备" in _footer(_html(site, u)) for u in pages)
        others = [u for u in site.html_urls if not re.match(entry.url_pattern, u) and u != "/"]
        assert len(others) > 90 and all(arg in _footer(_html(site, u)) for u in others)
    elif kind == "list-no-column-description":
        lists = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(lists) >= 15 and all(meta("ColumnName", _html(site, u)) and not meta("ColumnDescription", _html(site, u))
                                        and not meta("ColumnKeywords", _html(site, u)) for u in lists)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html:
            continue
        for ref in _REF.findall(res.body.decode("utf-8")):
            target = urljoin("http://site" + url, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert broken == planted


def test_metadata_problems_outside_the_key(site: SampleSite) -> None:
    planted = {e.url: e.probe.split(":")[1] for e in site.key if e.family == "normative-metadata"}
    for url, _ in _rows(site, _col("行政规范性文件")):
        html = _html(site, url)
        missing = [f for f in ("发文机构", "发文字号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert missing == ([planted[url]] if planted[url] != "索引号" else []), (url, missing)


def test_policy_file_column_holds_appointments_replies_and_groups(site: SampleSite) -> None:
    titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, _col("政策文件"))]
    assert len(titles) == 7 and all(re.search(r"职务任免的通知$|的批复$|领导小组的通知$", t) and "《" not in t for t in titles)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"榆河要闻": 14, "街镇动态": 14, "部门动态": 14, "通知公告": 183, "政府信息公开指南": 365, "政府信息公开制度": 365, "机构信息": 365,
              "行政规范性文件": 183, "政策文件": 365, "政策解读": 365, "财政预决算": 365, "人事信息": 365,
              "重大建设项目": 365, "政府信息公开年报": 365}
    assert set(limits) == {c.name for c in _cols()}
    for name, days in limits.items():
        rows = _rows(site, _col(name))
        fresh = bool(rows) and max(d for _, d in rows) >= bjjy.AS_OF - timedelta(days=days)
        assert fresh != (_col(name) in planted), name
