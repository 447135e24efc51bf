"""The "gzjy" sample site (a 贵州 county portal on the province's TRS 集约化 platform: the 信息公开目录 at
`/zwgk/xxgkml/jcxxgk/…` and `/zwgk/xxgkml/zdlyxx/…` on the portal's host, `<yyyymm>/t<yyyymmdd>_<id>.html` articles linked
relatively, later pages `index_<n>.html` named only by a `createPageHTML('page_div', countPage, currentPage, …)` script,
信息公开 documents with their title and date in unnamed divs under a metadata table) is what its answer key says:
deterministic, served as declared, every planted defect present in the served bytes, nothing outside the key defective.
(The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import gzjy
from tests.sites.model import Expected, SampleSite
from tests.sites.probes import meta
from tests.sites.server import fetch

_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r'<a href="(\./\d{6}/t\d{8}_\d+\.html)"[^>]*>[^<]*</a>(?:</td><td>[^<]*</td><td>|<span>)(\d{4}-\d{2}-\d{2})<')
_PAGER = re.compile(r"var currentPage = (\d+);.*?var countPage = (\d+).*?createPageHTML\('page_div', countPage, currentPage, "
                    r'"index", "html", (\d+)\);', re.S)


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return gzjy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _col(site: SampleSite, name: str) -> str:
    return next(c.url() for c in _cols(site) if c.name == name)


def _cols(site: SampleSite) -> list[gzjy.Col]:
    s = gzjy._Site()
    gzjy._news(s)
    gzjy._disclosure(s)
    return s.cols


def _pages(site: SampleSite, url: str) -> list[str]:
    """The column's page and the later pages its pager script names (TRS: page n ≥ 2 at index_n.html)."""
    m = _PAGER.search(_html(site, url))
    return [url] + ([f"{url}index_{n}.html" for n in range(2, int(m.group(2)) + 1)] if m else [])


def _rows(site: SampleSite, url: str) -> list[tuple[str, date]]:
    """(article, date shown) of every row of every page of the column."""
    return [(urljoin(page, u), date.fromisoformat(d)) for page in _pages(site, url) for u, d in _ROW.findall(_html(site, page))]


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td class="tit">{label}：</td><td>([^<]*)</td>', html)
    return m.group(1).strip() or None if m else None


def _footer(html: str) -> str:
    return html[html.find('<div class="footer">'):]


def test_deterministic(site: SampleSite) -> None:
    again = gzjy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_later_pages_are_named_only_by_the_page_div_script(site: SampleSite, base: str) -> None:
    url = _col(site, "瑶溪要闻")
    html = _html(site, url)
    assert _PAGER.search(html).groups() == ("1", "3", "36")
    assert "index_2.html" not in html and "index_1.html" not in html  # no static link to a later page
    for n, page in enumerate(_pages(site, url), 1):
        status, ctype, body = fetch(base, page)
        assert status == 200 and "utf-8" in ctype and _PAGER.search(body.decode("utf-8")).group(1) == str(n)
    assert fetch(base, url + "index_1.html")[0] == 404  # numbered from 1: there is no index_1 page
    assert len(_rows(site, url)) == 36


def test_articles_sit_in_their_column_folder_and_rows_link_relatively(site: SampleSite) -> None:
    url = _col(site, "规范性文件")
    rows = _rows(site, url)
    assert rows and all(re.fullmatch(re.escape(url) + r"\d{6}/t\d{8}_\d{8}\.html", u) for u, _ in rows)
    assert all(u.split("/")[-2] == f"{d:%Y%m}" and f"/t{d:%Y%m%d}_" in u for u, d in rows)
    assert _col(site, "县政府领导").endswith("/ldzc/xzfld_5981819/")  # a sub-column folder with the platform's channel id


def test_xxgk_document_title_and_date_stand_in_unnamed_divs(site: SampleSite) -> None:
    (u, d), *_ = _rows(site, _col(site, "规范性文件"))
    html = _html(site, u)
    assert '<div class="xxgk_tit">' in html and "<h1" not in html and "<h3" not in html
    assert re.search(rf'<div class="xxgk_attr"><span>来源：[^<]*</span><span>浏览次数：<script[^>]*></script></span>'
                     rf'<span>发布时间：{d:%Y-%m-%d}</span></div>', html)
    assert _field("索 引 号", html) and _field("有效性", html) == "有效"


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    for entry in site.key:
        _probe(site, base, entry)


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = _html(site, entry.url) if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _rows(site, entry.url) and "暂无信息" in html
    elif kind == "newest":
        assert max(d for _, d in _rows(site, entry.url)) == date.fromisoformat(arg)
    elif kind in ("no-interp", "no-interp-link", "late-interp"):
        interps = [u for u, _ in _rows(site, _col(site, "政策解读"))]
        short = re.search(r"《([^》]+)》", re.search(r'<div class="xxgk_tit">([^<]*)</div>', html).group(1)).group(1)
        mine = [u for u in interps if short in _html(site, u)]
        if kind == "no-interp":
            assert not mine and "相关解读" not in html
        elif kind == "no-interp-link":
            (interp,) = mine
            assert "相关解读" not in html and "相关文件" not in _html(site, interp)
        else:
            (interp,) = mine
            shown = [date.fromisoformat(m) for m in re.findall(r"发布时间：(\d{4}-\d{2}-\d{2})", html + _html(site, interp))]
            assert interp.split("/zcjd/")[1] in html and (shown[1] - shown[0]).days == int(arg)
    elif kind == "meta-missing":
        assert _field("索 引 号", html) and _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        organ, year = arg[:-4], arg[-4:]
        titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, entry.url)]
        assert not [t for t in titles if organ in t and year in t] and len([t for t in titles if organ in t]) >= 3
    elif kind == "late":
        assert date.fromisoformat(re.search(r"发布时间：(\d{4}-\d{2}-\d{2})", html).group(1)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 40 and all(arg not in _footer(_html(site, u)) and "ICP备" in _footer(_html(site, u)) for u in pages)
        others = [u for u in site.html_urls if not re.match(entry.url_pattern, u)]
        assert len(others) > 40 and all(arg in _footer(_html(site, u)) for u in others + ["/"])
    elif kind == "xxgk-list-no-column-tags":
        lists = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(lists) >= 9 and all(meta("SiteIDCode", _html(site, u)) and not meta("ColumnName", _html(site, u)) for u in lists)
        portal = [_col(site, n) for n in ("瑶溪要闻", "部门动态", "通知公告")]
        assert all(meta("ColumnName", _html(site, u)) and meta("ColumnType", _html(site, u)) for u in portal)
        docs = [u for c in _cols(site) if c.xxgk for u, _ in _rows(site, c.url())]
        assert docs and all(meta("ColumnName", _html(site, u)) and meta("ArticleTitle", _html(site, u)) for u in docs)
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


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    for url, _ in _rows(site, _col(site, "规范性文件")):
        html = _html(site, url)
        missing = [f for f in ("索 引 号", "发布机构", "文　　号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_county_document_notices_carry_numbers_but_issue_no_policy(site: SampleSite) -> None:
    rows = _rows(site, _col(site, "县政府文件"))
    titles = [re.search(r'<div class="xxgk_tit">([^<]*)</div>', _html(site, u)).group(1) for u, _ in rows]
    assert len(titles) == 7 and all(re.search(r"任免的通知$|关于(?:成立|调整)[^《》]*(?:领导小组|指挥部|工作专班)(?:成员)?的通知$", t) for t in titles)
    assert all(_field("文　　号", _html(site, u)) and _field("有效性", _html(site, u)) for u, _ in rows)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"瑶溪要闻": 14, "部门动态": 14, "通知公告": 183, "县政府领导": 365, "规范性文件": 183, "政策解读": 365,
              "县政府文件": 365, "应急管理": 365, "财政预决算": 365, "人事信息": 365, "重大建设项目": 365, "政府信息公开年报": 365}
    assert set(limits) == {c.name for c in _cols(site)}
    for name, days in limits.items():
        rows = _rows(site, _col(site, name))
        fresh = bool(rows) and max(d for _, d in rows) >= gzjy.AS_OF - timedelta(days=days)
        assert fresh != (_col(site, name) in planted), name
