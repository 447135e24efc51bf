"""The "hajy" sample site (a 河南 county portal on the province's 集约化 platform: articles stored at the site's root by
date `/<yyyy>/<mm-dd>/<id>.html` whatever column lists them, columns whose later pages `index_1.html` … only a
`createPageHTML(K, i, "index", "html")` script names, 信息公开 rows `div.zfxxgk_zdgkc > ul > li` with the date in a `<b>`,
records under a `<strong>label：</strong><span>value</span>` header and a `<publishtime>` element) is what its answer key
says: deterministic, served as declared, every planted defect present in the served bytes, nothing outside the key
defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import hajy
from tests.sites.model import SITE_HOST, Expected, SampleSite
from tests.sites.probes import meta
from tests.sites.server import fetch

_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r'<li><a href="(/\d{4}/\d{2}-\d{2}/\d+\.html)" target="_blank"[^>]*>[^<]*</a><(?:b|span)>(\d{4}-\d{2}-\d{2})</(?:b|span)></li>')
_TR = re.compile(r'<tr><td class="bt"><a href="(/\d{4}/\d{2}-\d{2}/\d+\.html)"[^>]*>[^<]*</a></td><td>[^<]*</td>'
                 r'<td>[^<]*</td><td>(\d{4}-\d{2}-\d{2})</td></tr>')
_CARD = re.compile(r'<a class="list_item_pubinfo_a" href="(/\d{4}/\d{2}-\d{2}/\d+\.html)"[^>]*><span>[^<]*</span></a>'
                   r'\n<ul class="pubinfo-card"><li>索引号：[^<]*</li><li>(\d{4}-\d{2}-\d{2})</li></ul>')
_PAGER = re.compile(r'createPageHTML\((\d+), (\d+), "index", "html"\);')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return hajy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _cols() -> list[hajy.Col]:
    s = hajy._Site()
    hajy._news(s)
    hajy._disclosure(s)
    return s.cols


def _col(name: str) -> str:
    return next(c.url() for c in _cols() if c.name == name)


def _pages(site: SampleSite, url: str) -> list[str]:
    k = int(_PAGER.search(_html(site, url)).group(1))
    return [url] + [f"{url}index_{n}.html" for n in range(1, k)]


def _rows(site: SampleSite, url: str) -> list[tuple[str, date]]:
    rows = []
    for page in _pages(site, url):
        html = _html(site, page)
        rows += [(u, date.fromisoformat(d)) for u, d in _ROW.findall(html) + _TR.findall(html) + _CARD.findall(html)]
    return rows


def _field(label: str, html: str) -> str | None:
    m = re.search(rf"<li><strong>{label}：</strong><span>([^<]*)</span></li>", html)
    return (m.group(1).strip() or None) if m else None


def _ymd(text: str) -> date:
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text).groups())
    return date(y, m, d)


def _footer(html: str) -> str:
    return html[html.find('<div class="footer">'):]


def test_deterministic(site: SampleSite) -> None:
    again = hajy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_later_pages_are_named_only_by_the_pager_script(site: SampleSite, base: str) -> None:
    url = _col("滍阳要闻")
    assert _pages(site, url) == ["/xwzx/zyyw/", "/xwzx/zyyw/index_1.html"]
    html = _html(site, url)
    assert "index_1.html" not in html and 'createPageHTML(2, 0, "index", "html");' in html
    assert "function createPageHTML(" in site.resources["/images/page.js"].body.decode()
    assert len(_rows(site, url)) == 30
    assert fetch(base, url + "index_2.html")[0] == 404 and fetch(base, url + "index.html")[2] == fetch(base, url)[2]


def test_articles_live_at_the_root_by_date_and_name_their_column_in_the_trail(site: SampleSite) -> None:
    for name in ("滍阳要闻", "规范性文件", "政府信息公开年报"):
        for url, shown in _rows(site, _col(name)):
            assert url.startswith(f"/{shown:%Y}/{shown:%m-%d}/")
            html = _html(site, url)
            assert f'<a href="{_col(name)}">{name}</a></div>' in html and f"<publishtime>{shown:%Y-%m-%d} " in html


def test_disclosure_rows_date_in_a_b_inside_a_scroll_box(site: SampleSite) -> None:
    html = _html(site, _col("规范性文件"))
    assert '<div class="scroll_main ScrollStyle"><div class="zfxxgk_zdgkc"><ul>' in html
    assert html.count("</a><b>") == 8 and "<span>20" not in html.split('<div class="zfxxgk_zdgkc">')[1].split("</ul>")[0]


def test_records_carry_strong_labels_and_written_dates(site: SampleSite) -> None:
    for url, shown in _rows(site, _col("规范性文件")):
        html = _html(site, url)
        published = _ymd(_field("发布日期", html))
        assert published == shown and 4 <= (published - _ymd(_field("成文日期", html))).days <= 7
        assert date.fromisoformat(meta("PubDate", html)[:10]) == published and not meta("ContentSource", html)


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
        mine = [u for u in interps if short in _html(site, u)]
        if kind == "no-interp":
            assert not mine and "相关解读" not in html
        elif kind == "no-interp-link":
            (interp,) = mine
            assert "相关解读" not in html and "相关文件" not in _html(site, interp)
        else:
            (interp,) = mine
            lag = _ymd(_field("发布日期", _html(site, interp))) - _ymd(_field("发布日期", html))
            assert interp in html and lag.days == int(arg)
    elif kind == "meta-missing":
        assert _field("索引号", html) and _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        organ, year = arg[:-4], arg[-4:]
        titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, entry.url)]
        assert not [t for t in titles if organ in t and year in t] and len([t for t in titles if organ in t]) >= 3
    elif kind == "late":
        assert _ymd(_field("发布日期", html)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 30 and all(arg not in _footer(_html(site, u)) and "豫公网安备" in _footer(_html(site, u)) for u in pages)
        others = [u for u in site.html_urls if not re.match(entry.url_pattern, u)]
        assert len(others) > 40 and all(arg in _footer(_html(site, u)) for u in others + ["/"])
    elif kind == "article-no-source":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 90 and all(meta("ArticleTitle", _html(site, u)) and meta("PubDate", _html(site, u))
                                       and not meta("ContentSource", _html(site, u)) for u in pages)
        others = [u for u in site.html_urls if not re.match(entry.url_pattern, u)]
        assert all(not meta("ArticleTitle", _html(site, u)) for u in others)
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
    for url, _ in _rows(site, _col("规范性文件")):
        html = _html(site, url)
        missing = [f for f in ("索引号", "发布机构", "发文字号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert missing == ([planted[url]] if url in planted else []), (url, missing)


def test_other_documents_are_appointments_replies_and_groups(site: SampleSite) -> None:
    titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, _col("其他文件"))]
    assert len(titles) == 5 and all(re.search(r"职务任免的通知$|的批复$|领导小组的通知$", t) and "《" not in t for t in titles)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"滍阳要闻": 14, "部门动态": 14, "通知公告": 183, "政府信息公开指南": 365, "政府信息公开制度": 365, "机构职能": 365,
              "规范性文件": 183, "其他文件": 365, "政策解读": 365, "财政预决算": 365, "人事信息": 365,
              "重大建设项目": 365, "政府信息公开年报": 365, "意见征集": 183, "政府公报": 183,
              "行政许可和对外管理服务": 183, "公示公告": 183}
    assert set(limits) == {c.name for c in _cols()}
    for name, days in limits.items():
        rows = _rows(site, _col(name))
        fresh = bool(rows) and max(d for _, d in rows) >= hajy.AS_OF - timedelta(days=days)
        assert fresh != (_col(name) in planted), name


def test_disclosure_rows_cut_long_titles_and_keep_them_whole_in_the_title_attribute(site: SampleSite) -> None:
    html = _html(site, _col("规范性文件"))
    cut = re.findall(r'title="([^"]+)">([^<]+)\.\.\.</a><b>', html)
    assert len(cut) == 8 and all(whole.startswith(shown) and len(shown) == 23 for whole, shown in cut)


def test_consultations_are_a_table_with_a_period_and_a_date(site: SampleSite) -> None:
    rows = _rows(site, _col("意见征集"))
    assert len(rows) == 4 and max(d for _, d in rows) == hajy.AS_OF - timedelta(days=9)
    assert re.search(r"<td>2026-11-11至2026-12-11</td><td>2026-11-11</td></tr>", _html(site, _col("意见征集")))
