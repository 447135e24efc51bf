"""The "shjy" sample site (a 上海 district portal on the municipal 集约化 platform's etui3 template: columns
`/nw<id>/index.html` with later pages `index_2.html`, articles `/nw<id>/<yyyymmdd>/<32 hex>.html` dated in a
`small#ivs_date` inside the title heading, 信息公开 records whose metadata table holds the labels in its first row and
the values in the second) is what its answer key says: deterministic, served as declared, every planted defect present
in the served bytes, nothing outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import shjy
from tests.sites.model import Expected, SampleSite
from tests.sites.probes import meta
from tests.sites.server import fetch

_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r'<li><a href="(/nw\d+/\d{8}/[0-9a-f]{32}\.html)" target="_blank" title="[^"]*">[^<]*</a>'
                  r'<span class="time">(\d{4}-\d{2}-\d{2})</span></li>')
_LAST = re.compile(r'<li><a href="index_(\d+)\.html">尾页</a></li>')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return shjy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _cols() -> list[shjy.Col]:
    s = shjy._Site()
    shjy._news(s)
    shjy._disclosure(s)
    return s.cols


def _col(name: str) -> str:
    return next(c.url() for c in _cols() if c.name == name)


def _pages(site: SampleSite, url: str) -> list[str]:
    """The column's pages: index.html, then index_2.html … as its pager's 尾页 link counts them."""
    last = _LAST.search(_html(site, url))
    folder = url.rsplit("/", 1)[0]
    return [url] + [f"{folder}/index_{n}.html" for n in range(2, int(last.group(1)) + 1 if last else 2)]


def _rows(site: SampleSite, url: str) -> list[tuple[str, date]]:
    return [(u, date.fromisoformat(d)) for page in _pages(site, url) for u, d in _ROW.findall(_html(site, page))]


def _table(html: str) -> dict[str, str]:
    """The 信息公开 table: labels in the head row (td.t1), values in the next (td.t2)."""
    labels = re.findall(r'<td class="t1">([^<]*)</td>', html)
    values = re.findall(r'<td class="t2">([^<]*)</td>', html)
    assert len(labels) == len(values)
    return dict(zip(labels, (v.strip() for v in values)))


def _shown(html: str) -> date:
    return date.fromisoformat(re.search(r'<small id="ivs_date" class="Article-time">\(? ?(\d{4}-\d{2}-\d{2})', html).group(1))


def _tag(name: str, html: str) -> str:
    """A meta tag a browser reads: one inside an HTML comment is none."""
    return meta(name, re.sub(r"<!--.*?-->", "", html, flags=re.S))


def _footer(html: str) -> str:
    return html[html.find('<div class="footer">'):]


def test_deterministic(site: SampleSite) -> None:
    again = shjy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_later_pages_are_index_n(site: SampleSite, base: str) -> None:
    url = _col("澄浦要闻")
    assert _pages(site, url) == ["/nw31001/index.html", "/nw31001/index_2.html"]
    assert '<li class="active"><a href="javascript:;">2</a></li>' in _html(site, "/nw31001/index_2.html")
    rows = _rows(site, url)
    assert len(rows) == 30 and all(u.startswith(f"/nw31001/{d:%Y%m%d}/") for u, d in rows)
    assert fetch(base, "/nw31001/index_3.html")[0] == 404 and fetch(base, "/nw31001/index_1.html")[0] == 404


def test_news_articles_carry_the_portal_template(site: SampleSite) -> None:
    (u, d), *_ = _rows(site, _col("澄浦要闻"))
    html = _html(site, u)
    assert re.search(rf'<small id="ivs_date" class="Article-time">{d:%Y-%m-%d}\n\s*<span>来源：澄浦区融媒体中心</span>', html)
    assert re.fullmatch(rf"{d:%Y-%m-%d} \d\d∶\d\d", meta("PubDate", html))  # a ratio sign, U+2236
    assert '<div id="ivs_content" class="trout-region-content">' in html and '<div id="xggj" style="">' in html
    assert meta("ColumnType", html) == "澄浦要闻"


def test_disclosure_records_carry_the_header_row_table(site: SampleSite) -> None:
    rows = _rows(site, _col("规范性文件"))
    assert len(rows) == 8
    for url, shown in rows:
        html = _html(site, url)
        table = _table(html)
        assert list(table) == ["索取号", "发布机构", "成文日期", "发布时间", "文件编号", "有效性"]
        assert table["发布时间"] == f"{shown:%Y-%m-%d}" == meta("PubDate", html) and _shown(html) == shown
        assert '<!--<meta name="ColumnType" content=""> * -->' in html and not _tag("ColumnType", html)
        assert '<li class="active">政府信息公开目录</li>' in html and "索引号" not in html and "发文字号" not in html
    (interp, shown), *_ = _rows(site, _col("政策解读"))
    html = _html(site, interp)
    assert _table(html)["发布时间"] == "" and f"( {shown:%Y-%m-%d})</small>" in html


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    for entry in site.key:
        _probe(site, base, entry)


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = _html(site, entry.url) if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _rows(site, entry.url) and '<ul class="pageList">' in html and "pagination" not in html
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
            assert "相关解读" not in html and entry.url not in _html(site, interp)
        else:
            (interp,) = mine
            assert interp in html and (_shown(_html(site, interp)) - _shown(html)).days == int(arg)
    elif kind == "meta-missing":
        table = _table(html)
        assert table["发布机构"] and table["发布时间"] and table["成文日期"] and table["索取号"] and not table[arg]
        if arg == "文件编号":
            assert "〔" not in html.split('<div id="ivs_content"', 1)[1]
    elif kind == "no-report":
        organ, year = arg[:-4], arg[-4:]
        titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, entry.url)]
        assert not [t for t in titles if organ in t and year in t] and len([t for t in titles if organ in t]) >= 3
    elif kind == "late":
        assert _shown(html) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) >= 12 and all(arg not in _footer(_html(site, u)) and "沪ICP备" in _footer(_html(site, u)) for u in pages)
        others = [u for u in site.html_urls if not re.match(entry.url_pattern, u) and u != "/"]
        assert len(others) > 90 and all(arg in _footer(_html(site, u)) for u in others)
    elif kind == "no-column-type":
        lists = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(lists) == 9 and all(_tag("ColumnName", _html(site, u)) and not _tag("ColumnType", _html(site, u)) for u in lists)
        others = [u for u in site.html_urls if re.fullmatch(r"/nw\d+/index(_\d+)?\.html", u) and u not in lists
                  and _tag("ColumnName", _html(site, u))]
        assert len(others) == 5 and all(_tag("ColumnType", _html(site, u)) for u in others)
    elif kind == "pubdate-format":
        articles = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(articles) > 80 and not any(re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?", meta("PubDate", _html(site, u)))
                                              for u in articles)
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
    for url, _ in _rows(site, _col("规范性文件")):
        missing = [label for label, value in _table(_html(site, url)).items() if not value]
        assert missing == ([planted[url]] if url in planted else []), (url, missing)


def test_other_files_are_appointments_replies_and_groups(site: SampleSite) -> None:
    titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, _col("其他文件"))]
    assert len(titles) == 3 and all(re.search(r"职务任免的通知$|的批复$|领导小组的通知$", t) and "《" not in t for t in titles)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"澄浦要闻": 14, "部门动态": 14, "通知公告": 183, "政府信息公开指南": 365, "政府信息公开制度": 365,
              "规范性文件": 183, "其他文件": 365, "政策解读": 365, "财政预决算": 365, "人事信息": 365,
              "重大建设项目": 365, "政府信息公开年报": 365}
    assert set(limits) == {c.name for c in _cols()}
    for name, days in limits.items():
        rows = _rows(site, _col(name))
        fresh = bool(rows) and max(d for _, d in rows) >= shjy.AS_OF - timedelta(days=days)
        assert fresh != (_col(name) in planted), name
