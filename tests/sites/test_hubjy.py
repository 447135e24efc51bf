"""The "hubjy" sample site (a 湖北 county portal on the province's 集约化 platform: `.shtml` columns whose later pages
`index_1.shtml` … a static `div.black2` pager names, `<yyyymm>/t<yyyymmdd>_<id>.shtml` articles linked relatively,
规范性文件 in a kind folder `tz/`, news rows dated by a split `div.calendar`, 信息公开 lists `ul.info-list` with `li.line`
separators, records under `div.metadata_content` cells with spaced labels and a spaced date) is what its answer key
says: deterministic, served as declared, every planted defect present in the served bytes, nothing outside the key
defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import hubjy
from tests.sites.model import SITE_HOST, Expected, SampleSite
from tests.sites.probes import meta
from tests.sites.server import fetch

_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_NEWS = re.compile(r'<li class="col-md-6"><div class="calendar"><span class="day">(\d{2})</span><span class="ym">(\d{4})-(\d{2})</span></div>'
                   r'<div class="txt"><a href="([^"]+)"')
_SERIES = re.compile(r'<li><a href="([^"]+)" target="_blank" title="[^"]*">[^<]*</a><span>(\d{4}-\d{2}-\d{2}) \d{2}:\d{2}</span></li>')
_INFO = re.compile(r'<li><a href="([^"]+)" target="_blank" title="[^"]*">[^<]*</a><span>(\d{4}-\d{2}-\d{2})</span></li>')
_LAST = re.compile(r'<a href="(index(?:_(\d+))?\.shtml)">尾页</a></div>')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return hubjy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _cols() -> list[hubjy.Col]:
    s = hubjy._Site()
    hubjy._news(s)
    hubjy._files(s)
    hubjy._disclosure(s)
    return s.cols


def _col(name: str) -> str:
    return next(c.url() for c in _cols() if c.name == name)


def _pages(site: SampleSite, url: str) -> list[str]:
    last = _LAST.search(_html(site, url))
    k = int(last.group(2) or 0) + 1
    return [url] + [f"{url}index_{n}.shtml" for n in range(1, k)]


def _rows(site: SampleSite, url: str) -> list[tuple[str, date]]:
    rows = []
    for page in _pages(site, url):
        html = _html(site, page)
        rows += [(urljoin(url, u), date(int(y), int(m), int(d))) for d, y, m, u in _NEWS.findall(html)]
        rows += [(urljoin(url, u), date.fromisoformat(d)) for u, d in _SERIES.findall(html) + _INFO.findall(html)]
    return rows


def _field(label: str, html: str) -> str | None:
    m = re.search(rf"<strong>{hubjy.LABELS[label]}：</strong>([^<]*?)\n", html)
    return (m.group(1).strip() or None) if m else None


def _spaced(text: str) -> date:
    y, m, d = map(int, re.fullmatch(r"(\d{4}) 年 (\d{2}) 月 (\d{2}) 日", text).groups())
    return date(y, m, d)


def _footer(html: str) -> str:
    return html[html.find('<div class="footer">'):]


def test_deterministic(site: SampleSite) -> None:
    again = hubjy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_later_pages_are_named_by_the_static_pager(site: SampleSite, base: str) -> None:
    url = _col("沮漳要闻")
    assert _pages(site, url) == ["/xwzx/jzyw/", "/xwzx/jzyw/index_1.shtml"]
    assert '<a href="index_1.shtml">尾页</a></div>' in _html(site, url) and len(_rows(site, url)) == 20
    assert fetch(base, url + "index_2.shtml")[0] == 404 and fetch(base, url + "index.shtml")[2] == fetch(base, url)[2]


def test_news_rows_split_their_date_into_a_day_and_a_month(site: SampleSite) -> None:
    html = _html(site, _col("部门动态"))
    assert len(_NEWS.findall(html)) == 8 and "<span>2026-" not in html.split('<div class="news-list">')[1]


def test_articles_sit_in_month_folders_of_their_column_linked_relatively(site: SampleSite) -> None:
    for name in ("沮漳要闻", "规范性文件", "政府信息公开年报"):
        html = _html(site, _col(name))
        assert 'href="./' in html
        for url, shown in _rows(site, _col(name)):
            kind = "tz/" if name == "规范性文件" else ""
            assert url.startswith(f"{_col(name)}{kind}{shown:%Y%m}/t{shown:%Y%m%d}_") and url.endswith(".shtml")
            assert meta("PubDate", _html(site, url)).startswith(f"{shown:%Y-%m-%d} ")


def test_info_lists_carry_separator_rows(site: SampleSite) -> None:
    html = _html(site, _col("规范性文件"))
    assert html.count('<li class="line"></li>') == 1 and len(_INFO.findall(html)) == 8


def test_county_files_list_the_normative_documents_too(site: SampleSite) -> None:
    rows = dict(_rows(site, _col("县政府文件")))
    gfx = dict(_rows(site, _col("规范性文件")))
    assert len(rows) == 10 and len(set(rows) & set(gfx)) == 7
    assert all(u.startswith("/zfwj/jzf/") for u in set(rows) - set(gfx))


def test_records_carry_spaced_labels_and_a_spaced_date(site: SampleSite) -> None:
    for url, shown in _rows(site, _col("规范性文件")):
        html = _html(site, url)
        assert "<strong>索 引 号：</strong>" in html and "<strong>文 号：</strong>" in html
        assert _spaced(_field("发布日期", html)) == shown and not meta("ContentSource", html)


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    for entry in site.key:
        _probe(site, base, entry)


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = _html(site, entry.url) if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _rows(site, entry.url) and "<span>共1页</span>" in html
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
            lag = _spaced(_field("发布日期", _html(site, interp))) - _spaced(_field("发布日期", html))
            assert interp in html and lag.days == int(arg)
    elif kind == "meta-missing":
        assert _field("索引号", html) and _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        organ, year = arg[:-4], arg[-4:]
        titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, entry.url)]
        assert not [t for t in titles if organ in t and year in t] and len([t for t in titles if organ in t]) >= 3
    elif kind == "late":
        assert _spaced(_field("发布日期", html)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 30 and all(arg not in _footer(_html(site, u)) and "网站标识码" in _footer(_html(site, u)) for u in pages)
        others = [u for u in site.html_urls if not re.match(entry.url_pattern, u)]
        assert len(others) > 40 and all(arg in _footer(_html(site, u)) for u in others + ["/"])
    elif kind == "article-no-source":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 70 and all(meta("ArticleTitle", _html(site, u)) and meta("PubDate", _html(site, u))
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
            base = "http://site" + (url[:-len("index.shtml")] if url.endswith("/index.shtml") else url)
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


def test_county_files_are_replies_appointments_and_groups(site: SampleSite) -> None:
    gfx = {u for u, _ in _rows(site, _col("规范性文件"))}
    titles = [meta("ArticleTitle", _html(site, u)) for col in ("县政府文件", "县政府办公室文件")
              for u, _ in _rows(site, _col(col)) if u not in gfx]
    assert len(titles) == 5 and all(re.search(r"职务任免的通知$|的批复$|领导小组的通知$|防汛抗旱工作的通知$", t) and "《" not in t
                                    for t in titles)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"沮漳要闻": 14, "部门动态": 14, "通知公告": 183, "县政府文件": 183, "县政府办公室文件": 183,
              "政府信息公开指南": 365, "政府信息公开制度": 365, "机构职能": 365, "规范性文件": 183, "政策解读": 365,
              "财政预决算": 365, "人事信息": 365, "重大建设项目": 365, "政府信息公开年报": 365}
    assert set(limits) == {c.name for c in _cols()}
    for name, days in limits.items():
        rows = _rows(site, _col(name))
        fresh = bool(rows) and max(d for _, d in rows) >= hubjy.AS_OF - timedelta(days=days)
        assert fresh != (_col(name) in planted), name
