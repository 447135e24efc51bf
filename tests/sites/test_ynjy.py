"""The "ynjy" sample site (a 云南 county portal on the province's 集约化 platform: `.html` columns whose later pages
`index_1.html` … a static `ul.ya-pagination` names, `<yyyymm>/t<yyyymmdd>_<id>.html` articles linked relatively,
政策文件 rows each a `ul.zclist` of 文号, title and date inside a layout table under a header `ul`, 解读 rows in
`td.thc` cells, records whose fields are `dl.reference` dt/dd pairs in a `div.referencebox` above an `h3.h3class`
title, articles dated in a `div.datetime` text of source, empty line and date, lower-case meta names) is what its
answer key says: deterministic, served as declared, every planted defect present in the served bytes, nothing
outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import ynjy
from tests.sites.model import SITE_HOST, Expected, SampleSite
from tests.sites.probes import meta
from tests.sites.server import fetch

_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_NEWS = re.compile(r'<li><a href="([^"]+)" target="_blank" title="[^"]*">[^<]*</a><span class="time">(\d{4}-\d{2}-\d{2})</span></li>')
_ZC = re.compile(r'<ul class="zclist"><li>([^<]*)</li><li><a href="([^"]+)" target="_blank" title="[^"]*">[^<]*</a></li>'
                 r'<li>(\d{4}-\d{2}-\d{2})(?: \d{2}:\d{2})?</li></ul>')
_JD = re.compile(r'<td class="thc"><a href="([^"]+)" target="_blank" title="[^"]*">[^<]*</a></td><td class="thd">(\d{4}-\d{2}-\d{2})</td>')
_LAST = re.compile(r'<li><a href="javascript:;">(\d+)</a></li>|<li><a href="index(?:_\d+)?\.html">(\d+)</a></li><li[^>]*><a [^>]*>下一页</a></li>')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return ynjy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _cols() -> list[ynjy.Col]:
    s = ynjy._Site()
    ynjy._news(s)
    ynjy._files(s)
    ynjy._disclosure(s)
    return s.cols


def _col(name: str) -> str:
    return next(c.url() for c in _cols() if c.name == name)


def _count(html: str) -> int:
    """The page count as the splash spider reads it: the third-last item of ul.ya-pagination."""
    items = re.findall(r"<li[^>]*><a [^>]*>([^<]*)</a></li>", html.split('<ul class="ya-pagination">')[1].split("</ul>")[0])
    return int(items[-3])


def _pages(site: SampleSite, url: str) -> list[str]:
    k = _count(_html(site, url))
    return [url] + [f"{url}index_{n}.html" for n in range(1, k)]


def _rows(site: SampleSite, url: str) -> list[tuple[str, date]]:
    rows = []
    for page in _pages(site, url):
        html = _html(site, page)
        rows += [(urljoin(url, u), date.fromisoformat(d)) for u, d in _NEWS.findall(html) + _JD.findall(html)]
        rows += [(urljoin(url, u), date.fromisoformat(d)) for _, u, d in _ZC.findall(html)]
    return rows


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<dl class="reference"><dt>{label}：</dt><dd>([^<]*)</dd></dl>', html)
    return (m.group(1).strip() or None) if m else None


def _footer(html: str) -> str:
    return html[html.find('<div class="foot">'):]


def test_deterministic(site: SampleSite) -> None:
    again = ynjy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_later_pages_are_named_by_the_static_pager(site: SampleSite, base: str) -> None:
    url = _col("滇阳要闻")
    assert _pages(site, url) == ["/xwzx/dyyw/", "/xwzx/dyyw/index_1.html"]
    assert '<li><a href="index_1.html">尾页</a></li></ul>' in _html(site, url) and len(_rows(site, url)) == 20
    assert fetch(base, url + "index_2.html")[0] == 404 and fetch(base, url + "index.html")[2] == fetch(base, url)[2]
    assert _count(_html(site, _col("人事信息"))) == 1


def test_policy_rows_are_one_ul_each_under_a_header_ul(site: SampleSite) -> None:
    html = _html(site, _col("县政府文件"))
    rows = _ZC.findall(html)
    assert len(rows) == 8 and all(re.fullmatch(r"滇阳政(?:发|办发|任|规)〔\d{4}〕\d+号", n) for n, _, _ in rows)
    assert html.count('<ul class="zclist zctitle"><li>文号</li><li>标题</li><li>发布日期</li></ul>') == 1
    assert re.search(r"<li>\d{4}-\d{2}-\d{2} \d{2}:\d{2}</li></ul>", html)
    assert "<table" in html.split('<div class="gwright">')[1][:30]


def test_articles_sit_in_month_folders_of_their_column_linked_relatively(site: SampleSite) -> None:
    for name in ("滇阳要闻", "行政规范性文件", "政府信息公开年报", "政策解读"):
        html = _html(site, _col(name))
        assert 'href="./' in html
        for url, shown in _rows(site, _col(name)):
            assert url.startswith(f"{_col(name)}{shown:%Y%m}/t{shown:%Y%m%d}_") and url.endswith(".html")
            assert meta("pubdate", _html(site, url)).startswith(f"{shown:%Y-%m-%d} ")


def test_articles_are_dated_by_an_unlabelled_line_after_the_source(site: SampleSite) -> None:
    url, shown = _rows(site, _col("政策解读"))[0]
    html = _html(site, url)
    text = html.split('<div class="datetime">')[1].split("<span")[0].strip()
    lines = text.splitlines()
    assert lines[0].startswith("来源：") and not lines[1].strip() and lines[2].strip().startswith(f"{shown:%Y-%m-%d} ")
    assert '<h3 class="h3class">' in html and "<h1" not in html and "referencebox" not in html


def test_county_files_list_the_normative_documents_too(site: SampleSite) -> None:
    rows = dict(_rows(site, _col("县政府文件")))
    gfx = dict(_rows(site, _col("行政规范性文件")))
    assert len(rows) == 10 and len(set(rows) & set(gfx)) == 7
    assert all(u.startswith("/zwgk/zcwj/xzfwj/") for u in set(rows) - set(gfx))


def test_records_carry_dt_dd_fields_above_an_h3_title(site: SampleSite) -> None:
    for url, shown in _rows(site, _col("行政规范性文件")):
        html = _html(site, url)
        assert html.index('<div class="referencebox">') < html.index('<h3 class="h3class">')
        assert _field("发布日期", html) == f"{shown:%Y-%m-%d}" and meta("articletitle", html) and not meta("ArticleTitle", html)
        labels = re.findall(r'<dl class="reference"><dt>([^<]*)：</dt>', html)
        assert tuple(labels) == ynjy.FIELDS


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    for entry in site.key:
        _probe(site, base, entry)


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = _html(site, entry.url) if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _rows(site, entry.url) and _count(html) == 1 and 'href="./' not in html
    elif kind == "newest":
        assert max(d for _, d in _rows(site, entry.url)) == date.fromisoformat(arg)
    elif kind in ("no-interp", "no-interp-link", "late-interp"):
        interps = [u for u, _ in _rows(site, _col("政策解读"))]
        short = re.search(r"《([^》]+)》", meta("articletitle", html)).group(1)
        mine = [u for u in interps if short in _html(site, u)]
        if kind == "no-interp":
            assert not mine and "相关解读" not in html
        elif kind == "no-interp-link":
            (interp,) = mine
            assert "相关解读" not in html and "相关文件" not in _html(site, interp)
        else:
            (interp,) = mine
            shown = dict(_rows(site, _col("政策解读")))[interp]
            lag = shown - date.fromisoformat(_field("发布日期", html))
            assert interp in html and lag.days == int(arg)
    elif kind == "meta-missing":
        assert _field("索引号", html) and _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        organ, year = arg[:-4], arg[-4:]
        titles = [meta("articletitle", _html(site, u)) for u, _ in _rows(site, entry.url)]
        assert not [t for t in titles if organ in t and year in t] and len([t for t in titles if organ in t]) >= 3
    elif kind == "late":
        assert date.fromisoformat(_field("发布日期", html)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) >= 30 and all(arg not in _footer(_html(site, u)) and "网站标识码" in _footer(_html(site, u)) for u in pages)
        others = [u for u in site.html_urls if not re.match(entry.url_pattern, u)]
        assert len(others) > 40 and all(arg in _footer(_html(site, u)) for u in others + ["/"])
    elif kind == "list-no-column-description":
        lists = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(lists) >= 16 and all(meta("columnname", _html(site, u)) and not meta("ColumnDescription", _html(site, u))
                                        and not meta("ColumnKeywords", _html(site, u)) for u in lists)
        others = [u for u in site.html_urls if not re.match(entry.url_pattern, u)]
        assert all(not meta("columnname", _html(site, u)) for u in others)
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
        missing = [f for f in ("索引号", "发布机构", "文号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert missing == ([planted[url]] if url in planted else []), (url, missing)


def test_county_files_are_replies_appointments_and_groups(site: SampleSite) -> None:
    gfx = {u for u, _ in _rows(site, _col("行政规范性文件"))}
    titles = [meta("articletitle", _html(site, u)) for col in ("县政府文件", "县政府办公室文件")
              for u, _ in _rows(site, _col(col)) if u not in gfx]
    assert len(titles) == 5 and all(re.search(r"职务任免的通知$|的批复$|领导小组的通知$|防汛抗旱工作的通知$", t) and "《" not in t
                                    for t in titles)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"滇阳要闻": 14, "部门动态": 14, "通知公告": 183, "县政府文件": 183, "县政府办公室文件": 183,
              "政府信息公开指南": 365, "政府信息公开制度": 365, "机构职能": 365, "行政规范性文件": 183, "政策解读": 365,
              "财政预决算": 365, "人事信息": 365, "重大建设项目": 365, "政府信息公开年报": 365}
    assert set(limits) == {c.name for c in _cols()}
    for name, days in limits.items():
        rows = _rows(site, _col(name))
        fresh = bool(rows) and max(d for _, d in rows) >= ynjy.AS_OF - timedelta(days=days)
        assert fresh != (_col(name) in planted), name
