"""The "gsjy" sample site (a 甘肃 county portal on the province's 集约化 platform: every page under the site folder
`/tcx/`, columns as nested `c<id>/` folders with a named column page, articles in month folders
`c<id>/<yyyymm>/<id>.shtml`, rows `ul#list > li` with `span.date`, later pages named only by a relative 加载更多 link
`a.jzgd`, records under a label table) is what its answer key says: deterministic, served as declared, every planted
defect present in the served bytes, nothing outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import gsjy
from tests.sites.model import SITE_HOST, Expected, SampleSite
from tests.sites.probes import meta
from tests.sites.server import fetch

_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ART = r"(/tcx/(?:c\d+/)+\d{6}/\d+\.shtml)"
_ROW = re.compile(rf'<li><a href="{_ART}" target="_blank"[^>]*>[^<]*</a><span class="date">(\d{{4}}-\d{{2}}-\d{{2}})</span></li>')
_TR = re.compile(rf'<tr><td class="bt"><a href="{_ART}"[^>]*>[^<]*</a></td><td>[^<]*</td>'
                 r'<td>[^<]*</td><td>(\d{4}-\d{2}-\d{2})</td></tr>')
_MORE = re.compile(r'<a class="jzgd" href="([^"]+)">加载更多</a>')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return gsjy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _cols() -> list[gsjy.Col]:
    s = gsjy._Site()
    gsjy._news(s)
    gsjy._disclosure(s)
    return s.cols


def _col(name: str) -> str:
    return next(c.url() for c in _cols() if c.name == name)


def _pages(site: SampleSite, url: str) -> list[str]:
    pages = [url]
    while m := _MORE.search(_html(site, pages[-1])):
        pages.append(urljoin(pages[-1], m.group(1)))
    return pages


def _rows(site: SampleSite, url: str) -> list[tuple[str, date]]:
    rows = []
    for page in _pages(site, url):
        html = _html(site, page)
        rows += [(u, date.fromisoformat(d)) for u, d in _ROW.findall(html) + _TR.findall(html)]
    return rows


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td class="t">{label}</td><td>([^<]*)</td>', html)
    return (m.group(1).strip() or None) if m else None


def _ymd(text: str) -> date:
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text).groups())
    return date(y, m, d)


def _footer(html: str) -> str:
    return html[html.find('<div class="footer">'):]


def test_deterministic(site: SampleSite) -> None:
    again = gsjy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_later_pages_are_named_only_by_a_relative_load_more_link(site: SampleSite, base: str) -> None:
    url = _col("洮川要闻")
    assert _pages(site, url) == ["/tcx/c108002/c108003/ywdt.shtml", "/tcx/c108002/c108003/ywdt_2.shtml"]
    first, last = _html(site, url), _html(site, _pages(site, url)[1])
    assert '<a class="jzgd" href="ywdt_2.shtml">加载更多</a>' in first and "jzgd" not in last
    assert "尾页" not in first and "共" not in first.split('<ul id="list"')[1]
    assert len(_rows(site, url)) == 22
    assert fetch(base, "/tcx/c108002/c108003/ywdt_3.shtml")[0] == 404


def test_news_live_in_their_column_and_records_in_the_channel_by_month(site: SampleSite) -> None:
    for name, folder in (("洮川要闻", "/tcx/c108002/c108003/"), ("规范性文件", "/tcx/c108050/"), ("政府信息公开年报", "/tcx/c108050/")):
        for url, shown in _rows(site, _col(name)):
            assert url.startswith(f"{folder}{shown:%Y%m}/")
            html = _html(site, url)
            assert f'<a href="{_col(name)}">{name}</a></div>' in html and f"发布时间：{shown:%Y-%m-%d} " in html


def test_records_carry_a_label_table_and_written_dates(site: SampleSite) -> None:
    for url, shown in _rows(site, _col("规范性文件")):
        html = _html(site, url)
        published = _ymd(_field("发布日期", html))
        assert published == shown and 4 <= (published - _ymd(_field("成文日期", html))).days <= 7
        assert date.fromisoformat(meta("PubDate", html)[:10]) == published and not meta("ContentSource", html)
        assert '<table class="gk-table"' in html


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    for entry in site.key:
        _probe(site, base, entry)


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = _html(site, entry.url) if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _rows(site, entry.url) and '<ul id="list" class="list">' in html and "jzgd" not in html
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
        assert len(pages) > 30 and all(arg not in _footer(_html(site, u)) and "甘公网安备" in _footer(_html(site, u)) for u in pages)
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
            base = "http://site" + url
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
    limits = {"洮川要闻": 14, "部门动态": 14, "通知公告": 183, "政府信息公开指南": 365, "政府信息公开制度": 365, "机构职能": 365,
              "规范性文件": 183, "其他文件": 365, "政策解读": 365, "财政预决算": 365, "人事信息": 365,
              "重大建设项目": 365, "政府信息公开年报": 365, "意见征集": 183, "政府公报": 183,
              "行政许可和对外管理服务": 183, "公示公告": 183}
    assert set(limits) == {c.name for c in _cols()}
    for name, days in limits.items():
        rows = _rows(site, _col(name))
        fresh = bool(rows) and max(d for _, d in rows) >= gsjy.AS_OF - timedelta(days=days)
        assert fresh != (_col(name) in planted), name


def test_rows_cut_long_titles_and_keep_them_whole_in_the_title_attribute(site: SampleSite) -> None:
    html = _html(site, _col("规范性文件"))
    cut = re.findall(r'title="([^"]+)">([^<]+)\.\.\.</a><span class="date">', html)
    assert len(cut) == 8 and all(whole.startswith(shown) and len(shown) == 23 for whole, shown in cut)


def test_consultations_are_a_table_with_a_period_and_a_date(site: SampleSite) -> None:
    rows = _rows(site, _col("意见征集"))
    assert len(rows) == 4 and max(d for _, d in rows) == gsjy.AS_OF - timedelta(days=9)
    assert re.search(r"<td>2026-11-11至2026-12-11</td><td>2026-11-11</td></tr>", _html(site, _col("意见征集")))
