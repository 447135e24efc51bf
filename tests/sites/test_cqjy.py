"""The "cqjy" sample site (a 重庆 county portal on the municipality's 集约化 platform: channel folders `/zwxx_262/`,
`/zwgk_262/zfxxgkml/…`, columns whose later pages `index_1.html` … only a `createPage(K, i, "index", "html")` script
names, rows with the date inside the link, 行政规范性文件 as `tr.zcwjk-list-c` rows showing 发文字号 and 成文日期, 政策文件库
documents under a bracketed `[ 索引号 ]` header) is what its answer key says: deterministic, served as declared, every
planted defect present in the served bytes, nothing outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import cqjy
from tests.sites.model import SITE_HOST, Expected, SampleSite
from tests.sites.probes import meta
from tests.sites.server import fetch

_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r'<a (?:target="_blank" )?href="(\.{1,2}/[^"]+\.html)"[^>]*>(?:<p>)?[^<]*(?:</p>)?<span>(\d{4}-\d{2}-\d{2})</span></a>')
_GFX_ROW = re.compile(r'<a href="(\./\d{6}/t\d{8}_\d+\.html)" target="_blank"><p class="tit">[^<]*</p><p class="info">'
                      r'<i class="kh">\(</i><span>发文字号：([^<]*)</span><span class="time">成文日期 ：(\d{4})年(\d{1,2})月(\d{1,2})日</span>')
_PAGER = re.compile(r'createPage\((\d+), (\d+), "index", "html"\);')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return cqjy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _cols() -> list[cqjy.Col]:
    s = cqjy._Site()
    cqjy._news(s)
    cqjy._disclosure(s)
    return s.cols


def _col(name: str) -> str:
    return next(c.url() for c in _cols() if c.name == name)


def _pages(site: SampleSite, url: str) -> list[str]:
    """The column's pages: the folder, then `index_1.html` … as createPage names them."""
    k = int(_PAGER.search(_html(site, url)).group(1))
    return [url] + [f"{url}index_{n}.html" for n in range(1, k)]


def _rows(site: SampleSite, url: str) -> list[tuple[str, date]]:
    """(article, shown date) of every row; the 规范性文件 table shows the 成文日期."""
    rows = []
    for page in _pages(site, url):
        html = _html(site, page)
        rows += [(urljoin(url, u), date.fromisoformat(d)) for u, d in _ROW.findall(html)]
        rows += [(urljoin(url, u), date(int(y), int(m), int(d))) for u, _, y, m, d in _GFX_ROW.findall(html)]
    return rows


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td class="t1">\[ {label} \]</td><td class="t2">([^<]*)</td>', html)
    return (m.group(1).strip() or None) if m else None


def _footer(html: str) -> str:
    return html[html.find('<div class="wrap f-info clearfix">'):]


def test_deterministic(site: SampleSite) -> None:
    again = cqjy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_later_pages_are_named_only_by_the_pager_script(site: SampleSite, base: str) -> None:
    url = _col("峡川要闻")
    assert _pages(site, url) == ["/zwxx_262/xcyw/", "/zwxx_262/xcyw/index_1.html"]
    html = _html(site, url)
    assert "index_1.html" not in html and 'createPage(2, 0, "index", "html");' in html
    assert 'createPage(2, 1, "index", "html");' in _html(site, url + "index_1.html")
    assert "function createPage(count, index, name, ext)" in site.resources["/images/common.js"].body.decode()
    rows = _rows(site, url)
    assert len(rows) == 30 and all(re.fullmatch(r"/zwxx_262/xcyw/\d{6}/t\d{8}_\d+\.html", u) for u, _ in rows)
    assert fetch(base, url + "index_2.html")[0] == 404 and fetch(base, url + "index.html")[2] == fetch(base, url)[2]


def test_notices_list_articles_kept_in_a_topic_folder(site: SampleSite) -> None:
    rows = _rows(site, _col("通知公告"))
    outside = [u for u, _ in rows if u.startswith("/ztzl/yhyshj/")]
    assert len(outside) == 2 and all(site.lookup(u, "").status == 200 for u in outside)
    assert 'href="../../ztzl/yhyshj/' in _html(site, _col("通知公告"))


def test_normative_rows_show_the_written_date_before_publication(site: SampleSite) -> None:
    rows = _rows(site, _col("行政规范性文件"))
    assert len(rows) == 8
    for url, written in rows:
        html = _html(site, url)
        published = date.fromisoformat(_field("发布日期", html))
        assert _field("成文日期", html) == f"{written:%Y-%m-%d}" and 4 <= (published - written).days <= 7
        assert date.fromisoformat(meta("PubDate", html)[:10]) == published


def test_repealed_archive_rows_have_no_links(site: SampleSite) -> None:
    html = _html(site, _col("废止和失效行政规范性文件"))
    assert html.count('<tr class="zcwjk-list-c clearfix">') == 3 and html.count("<a>") == 3
    assert "废止日期 ：2026年6月30日" in html


def test_news_articles_are_titled_by_their_column_and_write_their_source(site: SampleSite) -> None:
    (u, d), *_ = _rows(site, _col("峡川要闻"))
    html = _html(site, u)
    assert "<title>峡川要闻_峡川县人民政府</title>" in html and f'<span class="con">{d:%Y-%m-%d}</span>' in html
    assert "document.write('<span class=\"tit\">来源：</span>" in html and '<span class="dq">峡川要闻</span>' in html
    assert f'<div id="NewsArticlePubDay" style="display:none;">{d:%Y-%m-%d}</div>' in html


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    for entry in site.key:
        _probe(site, base, entry)


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = _html(site, entry.url) if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _rows(site, entry.url) and 'createPage(1, 0, "index", "html");' in html
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
            lag = date.fromisoformat(_field("发布日期", _html(site, interp))) - date.fromisoformat(_field("发布日期", html))
            assert interp in html and lag.days == int(arg)
    elif kind == "meta-missing":
        assert _field("索引号", html) and _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        organ, year = arg[:-4], arg[-4:]
        titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, entry.url)]
        assert not [t for t in titles if organ in t and year in t] and len([t for t in titles if organ in t]) >= 3
    elif kind == "late":
        assert date.fromisoformat(_field("发布日期", html)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 30 and all(arg not in _footer(_html(site, u)) and "渝公网安备" in _footer(_html(site, u)) for u in pages)
        others = [u for u in site.html_urls if not re.match(entry.url_pattern, u)]
        assert len(others) > 40 and all(arg in _footer(_html(site, u)) for u in others + ["/"])
    elif kind == "list-no-column-description":
        lists = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(lists) >= 16 and all(meta("ColumnName", _html(site, u)) and not meta("ColumnDescription", _html(site, u))
                                        and not meta("ColumnKeywords", _html(site, u)) for u in lists)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html:
            continue
        for ref in _REF.findall(res.body.decode("utf-8").replace(f"//{SITE_HOST}", "//site")):
            base = "http://site" + (url[:-len("index.html")] if url.endswith("/index.html") else url)
            target = urljoin(base, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert broken == planted


def test_metadata_problems_outside_the_key(site: SampleSite) -> None:
    planted = {e.url: e.probe.split(":")[1] for e in site.key if e.family == "normative-metadata"}
    for url, _ in _rows(site, _col("行政规范性文件")):
        html = _html(site, url)
        missing = [f for f in ("索引号", "发布机构", "发文字号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert missing == ([planted[url]] if url in planted else []), (url, missing)


def test_other_documents_are_appointments_replies_and_groups(site: SampleSite) -> None:
    titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, _col("其他文件"))]
    assert len(titles) == 5 and all(re.search(r"职务任免的通知$|的批复$|领导小组的通知$", t) and "《" not in t for t in titles)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"峡川要闻": 14, "部门动态": 14, "通知公告": 183, "政府信息公开指南": 365, "政府信息公开制度": 365, "机构职能": 365,
              "行政规范性文件": 183, "其他文件": 365, "政策解读": 365, "财政预决算": 365, "人事信息": 365,
              "重大建设项目": 365, "政府信息公开年报": 365}
    assert set(limits) | {"废止和失效行政规范性文件"} == {c.name for c in _cols()}
    for name, days in limits.items():
        rows = _rows(site, _col(name))
        fresh = bool(rows) and max(d for _, d in rows) >= cqjy.AS_OF - timedelta(days=days)
        assert fresh != (_col(name) in planted), name
