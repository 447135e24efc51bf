"""The "sxjy" sample site (a 陕西 county portal on the province's 集约化 platform: every column a folder whose pages are
`1.html`, `2.html` … beside its `<19-digit id>.html` articles, a `div.m-lst-pg` pager with a `maxPage = parseInt('K')`
jump script, 信息公开 records under a desktop and a mobile `div.table` whose 发文字号 cell prints `null` for a record
without a number) is what its answer key says: deterministic, served as declared, every planted defect present in the
served bytes, nothing outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import sxjy
from tests.sites.model import Expected, SampleSite
from tests.sites.probes import meta
from tests.sites.server import fetch

_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r'<li><a href="(/[\w/]+/\d{19}\.html)"[^>]*>[^<]*</a><span>(\d{4}-\d{2}-\d{2})</span></li>')
_MAX = re.compile(r"var maxPage = parseInt\('(\d+)'\);")


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return sxjy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _cols() -> list[sxjy.Col]:
    s = sxjy._Site()
    sxjy._news(s)
    sxjy._disclosure(s)
    return s.cols


def _col(name: str) -> str:
    return next(c.url() for c in _cols() if c.name == name)


def _pages(site: SampleSite, url: str) -> list[str]:
    """The column's pages `1.html` … `K.html`, K from the jump script's maxPage."""
    k = int(_MAX.search(_html(site, url)).group(1))
    return [url[: url.rfind("/") + 1] + f"{n}.html" for n in range(1, k + 1)]


def _rows(site: SampleSite, url: str) -> list[tuple[str, date]]:
    return [(u, date.fromisoformat(d)) for page in _pages(site, url) for u, d in _ROW.findall(_html(site, page))]


def _field(label: str, html: str) -> str | None:
    """The desktop table's value for `label`; the platform's `null` is what a browser shows emptied."""
    m = re.search(rf'<div class="table-td table-p12">{label}：</div><div class="table-td table-p38">(?:<span class="fwzh" id="fwzh">)?([^<]*)<', html)
    return (m.group(1).strip() or None) if m and m.group(1).strip() != "null" else None


def _footer(html: str) -> str:
    return html[html.find('<footer class="g-ft">'):]


def test_deterministic(site: SampleSite) -> None:
    again = sxjy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_list_pages_and_articles_share_the_folder(site: SampleSite, base: str) -> None:
    url = _col("秦塬要闻")
    assert _pages(site, url) == ["/xwzx/qyyw/1.html", "/xwzx/qyyw/2.html"]
    rows = _rows(site, url)
    assert len(rows) == 30 and all(re.fullmatch(r"/xwzx/qyyw/\d{19}\.html", u) for u, _ in rows)
    html = _html(site, url)
    assert '<li><a href="2.html">下一页</a></li>' in html and '<li><a href="1.html">首页</a></li>' in html
    assert "共2页" in html and fetch(base, "/xwzx/qyyw/3.html")[0] == 404
    assert fetch(base, "/xwzx/qyyw/")[2] == fetch(base, url)[2]  # the folder serves page 1
    home = _html(site, "/")
    assert 'href="/xwzx/qyyw/" class="more"' in home and 'href="/xwzx/qyyw/1.html"' not in home


def test_one_page_columns_show_the_pager_too(site: SampleSite) -> None:
    html = _html(site, _col("部门动态"))
    assert "共1页" in html and "parseInt('1')" in html and '<li><a href="1.html">尾页</a></li>' in html


def test_records_carry_two_metadata_tables_and_a_null_number(site: SampleSite) -> None:
    (u, d), *_ = _rows(site, _col("规范性文件"))
    html = _html(site, u)
    assert html.count('<div class="table hidden-sm">') == 1 and html.count('<div class="table visible-sm">') == 1
    assert _field("索引号", html) and _field("发文字号", html).startswith("秦政规〔") and _field("有效性", html) == "有效"
    assert "发布日期" not in html and f"发布时间：{d:%Y-%m-%d}" in html
    (i, _), *_ = _rows(site, _col("政策解读"))
    interp = _html(site, i)
    assert '<span class="fwzh" id="fwzh">null</span>' in interp and '<span class="fwzh">null</span>' in interp
    assert "$('#fwzh').empty()" in site.resources["/static/js/common.js"].body.decode()


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    for entry in site.key:
        _probe(site, base, entry)


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = _html(site, entry.url) if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _rows(site, entry.url) and "共1页" in html
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
            assert "相关解读" not in html and "相关文件" not in _html(site, interp)
        else:
            (interp,) = mine
            shown = [date.fromisoformat(m) for m in re.findall(r"发布时间：(\d{4}-\d{2}-\d{2})", html + _html(site, interp))]
            assert interp in html and (shown[1] - shown[0]).days == int(arg)
    elif kind == "meta-missing":
        assert _field("索引号", html) and _field("成文日期", html) and not _field(arg, html)
        assert "发布日期" not in html
    elif kind == "no-report":
        organ, year = arg[:-4], arg[-4:]
        titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, entry.url)]
        assert not [t for t in titles if organ in t and year in t] and len([t for t in titles if organ in t]) >= 3
    elif kind == "late":
        assert date.fromisoformat(re.search(r"发布时间：(\d{4}-\d{2}-\d{2})", html).group(1)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 40 and all(arg not in _footer(_html(site, u)) and "网站标识码" in _footer(_html(site, u)) for u in pages)
        others = [u for u in site.html_urls if not re.match(entry.url_pattern, u)]
        assert len(others) > 40 and all(arg in _footer(_html(site, u)) for u in others + ["/"])
    elif kind == "list-no-column-description":
        lists = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(lists) >= 17 and all(meta("ColumnName", _html(site, u)) and not meta("ColumnDescription", _html(site, u))
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
    """Every 规范性文件 lacks 发布日期 (the table has no row for it); 有效性 and 发文字号 only where planted."""
    planted = {e.url: e.probe for e in site.key if e.family == "normative-metadata"}
    rows = _rows(site, _col("规范性文件"))
    assert {u for u, _ in rows} == set(planted)
    for url, _ in rows:
        html = _html(site, url)
        missing = [f for f in ("索引号", "发布机构", "发文字号", "成文日期", "有效性") if not _field(f, html)]
        assert missing == ([planted[url].split(":")[1]] if planted[url] != "meta-missing:发布日期" else []), (url, missing)


def test_county_documents_are_commendations_and_replies(site: SampleSite) -> None:
    rows = _rows(site, _col("县政府文件"))
    titles = [meta("ArticleTitle", _html(site, u)) for u, _ in rows]
    assert len(titles) == 6 and all(re.search(r"关于(?:表彰|命名)[^《》]*的决定$|的批复$", t) for t in titles)
    assert all(_field("发文字号", _html(site, u)) and _field("有效性", _html(site, u)) for u, _ in rows)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"秦塬要闻": 14, "部门动态": 14, "通知公告": 183, "政府信息公开指南": 365, "政府信息公开制度": 365, "机构职能": 365,
              "规范性文件": 183, "政策解读": 365, "县政府文件": 365, "应急管理": 365, "财政预决算": 365, "人事信息": 365,
              "重大建设项目": 365, "政府信息公开年报": 365}
    assert set(limits) == {c.name for c in _cols()}
    for name, days in limits.items():
        rows = _rows(site, _col(name))
        fresh = bool(rows) and max(d for _, d in rows) >= sxjy.AS_OF - timedelta(days=days)
        assert fresh != (_col(name) in planted), name
