"""The "nxjy" sample site (a 宁夏 county portal on the autonomous region's 集约化 platform: news channels in
`/zwxx_13702/`, 信息公开 columns under `/zwgk/`, later pages `index_1.html` / `list_1.html` only a
`createPageHTML(K, i, name, "html")` call names, file rows `ul.nx-list > li` each with a stylesheet-hidden
`div.nx-conmtab` box of seven `span.tt`/`span.value` fields, news rows linking articles kept in `../tpxw/`, articles titled
in `div#info_title`, dated in `span#info_released_dtime` with seconds, the body in `div#ofdneed`) is what its answer key
says: deterministic, served as declared, every planted defect present in the served bytes, nothing outside the key
defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import nxjy
from tests.sites.model import Expected, SampleSite
from tests.sites.probes import meta
from tests.sites.server import fetch

_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r'<li><a href="(\.{1,2}/[^"]+\.html)" target="_blank" title="[^"]*">[^<]*</a><span(?: class="date")?>'
                  r'(\d{4}-\d{2}-\d{2})</span>')
_PAGER = re.compile(r'createPageHTML\((\d+), (\d+), "(index|list)", "html"\);')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return nxjy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _cols() -> list[nxjy.Col]:
    s = nxjy._Site()
    nxjy._news(s)
    nxjy._disclosure(s)
    return s.cols


def _col(name: str) -> str:
    return next(c.url() for c in _cols() if c.name == name)


def _pages(site: SampleSite, url: str) -> list[str]:
    """The column's pages: the folder, then `index_1.html` / `list_1.html` … as createPageHTML names them."""
    m = _PAGER.search(_html(site, url))
    return [url] + [f"{url}{m.group(3)}_{n}.html" for n in range(1, int(m.group(1)))]


def _rows(site: SampleSite, url: str) -> list[tuple[str, date]]:
    return [(urljoin(url, u), date.fromisoformat(d)) for page in _pages(site, url) for u, d in _ROW.findall(_html(site, page))]


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<span class="tt">{label}：</span><span class="value">([^<]*)</span>', html)
    return (m.group(1).strip() or None) if m else None


def _footer(html: str) -> str:
    return html[html.find('<div class="nx-footer">'):]


def test_deterministic(site: SampleSite) -> None:
    again = nxjy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_later_pages_are_named_only_by_the_pager_script(site: SampleSite, base: str) -> None:
    url = _col("沙泉要闻")
    assert _pages(site, url) == ["/zwxx_13702/sqyw/", "/zwxx_13702/sqyw/index_1.html"]
    html = _html(site, url)
    assert "index_1.html" not in html and 'createPageHTML(2, 0, "index", "html");' in html
    assert "function createPageHTML(count, index, name, ext)" in site.resources["/images/page.js"].body.decode()
    assert fetch(base, url + "index_2.html")[0] == 404 and fetch(base, url + "index.html")[2] == fetch(base, url)[2]


def test_the_file_library_pages_are_list_html_and_list_n(site: SampleSite, base: str) -> None:
    url = _col("规范性文件")
    assert _pages(site, url) == ["/zwgk/gfxwj/", "/zwgk/gfxwj/list_1.html"]
    assert fetch(base, url + "list.html")[2] == fetch(base, url)[2]
    assert 'createPageHTML(2, 1, "list", "html");' in _html(site, url + "list_1.html")
    assert len(_rows(site, url)) == 8


def test_every_file_row_carries_a_box_of_seven_fields(site: SampleSite) -> None:
    html = _html(site, _col("规范性文件"))
    boxes = re.findall(r'<div class="nx-conmtab">(.*?)</div></li>', html)
    assert len(boxes) == 5 and all(b.count('<span class="tt">') == 7 for b in boxes)
    assert all(re.search(r'<p><span class="tt">发文字号：</span><span class="value">[^<]*</span></p>$', b) for b in boxes)
    assert b".nx-conmtab{display:none}" in nxjy.build().resources["/images/nx-style.css"].body


def test_news_rows_link_articles_kept_in_the_picture_folder(site: SampleSite) -> None:
    rows = _rows(site, _col("沙泉要闻"))
    outside = [u for u, _ in rows if u.startswith(nxjy.TPXW)]
    assert len(rows) == 22 and len(outside) == 3 and all(site.lookup(u, "").status == 200 for u in outside)
    assert 'href="../tpxw/' in _html(site, _col("沙泉要闻"))


def test_articles_title_in_a_div_and_date_with_seconds(site: SampleSite) -> None:
    (u, d), *_ = _rows(site, _col("沙泉要闻"))
    html = _html(site, u)
    assert re.search(rf'<span id="info_released_dtime">{d:%Y-%m-%d} \d\d:\d\d:00</span>', html)
    assert '<div id="info_title" class="nx-title">' in html and "<h1" not in html and '<div id="ofdneed"' in html


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    for entry in site.key:
        _probe(site, base, entry)


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = _html(site, entry.url) if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _rows(site, entry.url) and 'createPageHTML(1, 0, "index", "html");' in html
    elif kind == "newest":
        assert max(d for _, d in _rows(site, entry.url)) == date.fromisoformat(arg)
    elif kind in ("no-interp", "no-interp-link", "late-interp"):
        interps = [u for u, _ in _rows(site, _col("政策解读"))]
        short = re.search(r"《([^》]+)》", meta("ArticleTitle", html)).group(1)
        mine = [u for u in interps if short in meta("ArticleTitle", _html(site, u))]
        if kind == "no-interp":
            assert not mine and "相关解读" not in html
        elif kind == "no-interp-link":
            (interp,) = mine
            assert "相关解读" not in html and entry.url not in _html(site, interp)
        else:
            (interp,) = mine
            lag = date.fromisoformat(meta("PubDate", _html(site, interp))[:10]) - date.fromisoformat(meta("PubDate", html)[:10])
            assert interp in html and lag.days == int(arg)
    elif kind == "meta-missing":
        assert _field("索引号", html) and _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        organ, year = arg[:-4], arg[-4:]
        titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, entry.url)]
        assert not [t for t in titles if organ in t and year in t] and len([t for t in titles if organ in t]) >= 3
    elif kind == "late":
        assert date.fromisoformat(meta("PubDate", html)[:10]) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) >= 12 and all(arg not in _footer(_html(site, u)) and "网站标识码" in _footer(_html(site, u))
                                        for u in pages)
        others = [u for u in site.html_urls if not re.match(entry.url_pattern, u)]
        assert len(others) > 60 and all(arg in _footer(_html(site, u)) for u in others + ["/"])
    elif kind == "article-no-source":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 40 and all(meta("ArticleTitle", _html(site, u)) and meta("PubDate", _html(site, u))
                                       and not meta("ContentSource", _html(site, u)) for u in pages)
        records = [u for c in ("规范性文件", "其他文件") for u, _ in _rows(site, _col(c))]
        assert all(meta("ContentSource", _html(site, u)) for u in records)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html:
            continue
        for ref in _REF.findall(res.body.decode("utf-8")):
            base = "http://site" + (url[:-len("index.html")] if url.endswith("/index.html") else url)
            target = urljoin(base, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert broken == planted


def test_metadata_problems_outside_the_key(site: SampleSite) -> None:
    planted = {e.url: e.probe.split(":")[1] for e in site.key if e.family == "normative-metadata"}
    for url, shown in _rows(site, _col("规范性文件")):
        html = _html(site, url)
        missing = [f for f in ("索引号", "发文机关", "发文字号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert missing == ([planted[url]] if url in planted else []), (url, missing)
        assert _field("发布日期", html) == f"{shown.year}年{shown.month:02d}月{shown.day:02d}日"


def test_other_documents_are_appointments_replies_and_groups(site: SampleSite) -> None:
    titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, _col("其他文件"))]
    assert len(titles) == 4 and all(re.search(r"职务任免的通知$|的批复$|领导小组的通知$", t) and "《" not in t for t in titles)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"沙泉要闻": 14, "部门动态": 14, "通知公告": 183, "政府信息公开指南": 365, "政府信息公开制度": 365,
              "规范性文件": 183, "其他文件": 365, "政策解读": 365, "财政预决算": 365, "人事信息": 365,
              "重大建设项目": 365, "政府信息公开年报": 365}
    assert set(limits) == {c.name for c in _cols()}
    for name, days in limits.items():
        rows = _rows(site, _col(name))
        fresh = bool(rows) and max(d for _, d in rows) >= nxjy.AS_OF - timedelta(days=days)
        assert fresh != (_col(name) in planted), name
