"""Crawled and built: an EasySite 网站群 list is one column with all its pages.

EasySite's pager has no href at all. Public scrapers of its sites read the address from a `tagname`
attribute (customs.gov.cn, szgm.gov.cn, info.hebei.gov.cn: `//div[@class='easysite-page-wrap']//
a[@title='下一页']/@tagname`), a page script opening it on click; where there is no such page the
attribute holds a placeholder (a rendered pager quoted in a scraper: `共10条 分1页 当前 第1页 <a
tagname="[HOMEPAGE]" class="">首页</a> … <a tagname="[NEXTPAGE]" class="">下一页</a> <a
tagname="[LASTPAGE]" class="">尾页</a>`). Later pages are named by an 8-digit hex key and the page
number in the column's folder (szgm.gov.cn `…/151246/8d25503a-2.html`, zjt.ln.gov.cn
`/zjt/gsgg/5dbcf8b5-1.shtml`; 慧点's fgw.ln.gov.cn `be842d3c-2.shtml` alike), and page 1 is also
served at `<key>-1.html`, which later pages' 首页 names.

Before: read by href alone, pages 2 and 3 were never fetched (their rows unobserved); linked by
href, each later page was a column of its own (page 3, the oldest rows, a stale one), and the
`-1.html` copy of page 1 another."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from govaudit.htmlpage import element_link
from govaudit.jsurls import attribute_address
from tests.model.loopback import HTML, crawl_and_build

_FOLDER = "/szgm/132100/xwdt17/"
_KEY = "8d25503a"


def _pager(n: int, href: bool) -> str:
    go = lambda k: f"{_FOLDER}{_KEY}-{k}.html"  # noqa: E731
    tags = {"首页": "[HOMEPAGE]" if n == 1 else go(1), "上一页": "[PREVIOUSPAGE]" if n == 1 else go(n - 1),
            "下一页": "[NEXTPAGE]" if n == 3 else go(n + 1), "尾页": "[LASTPAGE]" if n == 3 else go(3)}
    links = " ".join((f'<a href="{t}" title="{w}">{w}</a>' if href and not t.startswith("[") else
                      f'<a tagname="{t}" title="{w}" class="">{w}</a>') for w, t in tags.items())
    return (f'<div class="easysite-page-wrap"> 共30条 分3页 当前 第{n}页 {links}'
            f'<div class="easysite-total-page"><b>{n}</b>/<b>3</b></div></div>'
            '<input type="hidden" name="article_paging_list_hidden" moduleid="10983" modulekey="10983" totalpage="3" />')


def _shell(name: str, body: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{name}-某区人民政府</title></head><body>'
            f'<div class="nav"><a href="/szgm/index.html">首页</a> <a href="{_FOLDER}index.html">{name}</a></div>'
            "<div class=\"cx_dq\">您所在位置：<span><a class='SkinObject' href='/szgm/index.html'>首页</a> > "
            f"<a class='SkinObject' href='{_FOLDER}index.html'>{name}</a></span></div>"
            f'<div class="listTitle">{name}</div>{body}'
            '<div class="footer">主办单位：某区人民政府办公室 政府网站标识码：4403000001</div></body></html>')


def _rows(ids: range) -> str:
    return '<ul class="conList_ul">' + "".join(
        f'<li><a href="{_FOLDER}{900 + i}/index.html" title="关于第{i}项重点工作的通知" istitle="true" onclick="void(0)" '
        f'target="_blank">关于第{i}项重点工作的通知</a><span>2026-09-{31 - i:02d}</span></li>' for i in ids) + "</ul>"


def _doc(i: int) -> str:
    return (f'<html><head><meta charset="utf-8"><title>关于第{i}项重点工作的通知</title></head><body>'
            f'<div class="easysite-news-title"><h2>关于第{i}项重点工作的通知</h2><p class="easysite-news-describe">'
            f'来源：某区人民政府办公室 发布时间：2026年09月01日 10:30</p></div><div id="easysiteText" class="easysite-news-text">'
            f'<p>请认真贯彻执行第{i}项工作。{"各单位要高度重视，抓好落实。" * 12}</p></div></body></html>')


def _site(href: bool) -> dict:
    pages = {"/": (200, HTML, _shell("首页", f'<a href="{_FOLDER}index.html">工作动态</a>')),
             "/szgm/index.html": (200, HTML, _shell("首页", f'<a href="{_FOLDER}index.html">工作动态</a>'))}
    for k in (1, 2, 3):
        pages[f"{_FOLDER}{_KEY}-{k}.html"] = (200, HTML, _shell("工作动态", _rows(range(10 * k - 9, 10 * k + 1)) + _pager(k, href)))
    pages[f"{_FOLDER}index.html"] = pages[f"{_FOLDER}{_KEY}-1.html"]
    for i in range(1, 31):
        pages[f"{_FOLDER}{900 + i}/index.html"] = (200, HTML, _doc(i))
    return pages


@pytest.mark.parametrize("href", [False, True], ids=["tagname", "href"])
def test_an_easysite_list_is_one_column_with_every_page(href: bool, tmp_path: Path) -> None:
    model, base = crawl_and_build(_site(href), tmp_path / "out")
    columns = {c.url.removeprefix(base): c for c in model.columns}
    assert set(columns) == {_FOLDER[1:]}, sorted(columns)
    column = columns[_FOLDER[1:]]
    assert len(column.items) == 30
    assert {p.removeprefix(base) for p in column.pages} >= {f"{_FOLDER[1:]}{_KEY}-{k}.html" for k in (1, 2, 3)}


def test_an_anchor_without_href_opens_the_address_its_tagname_keeps() -> None:
    page = lxml.html.fromstring('<div class="easysite-page-wrap"><a tagname="/customs/302249/302266/302267/f4ff9f9f-2.html" '
                                'title="下一页">下一页</a><a tagname="[LASTPAGE]" class="">尾页</a>'
                                '<a href="javascript:void(0)" tagname="f4ff9f9f-3.html">3</a></div>')
    links = [element_link(a, "http://www.customs.gov.cn/customs/302249/302266/302267/index.html") for a in page.iter("a")]
    assert [link and link.url for link in links] == [
        "http://www.customs.gov.cn/customs/302249/302266/302267/f4ff9f9f-2.html", None,
        "http://www.customs.gov.cn/customs/302249/302266/302267/f4ff9f9f-3.html"]


@pytest.mark.parametrize(("value", "address"), [
    ("/zjt/gsgg/5dbcf8b5-2.shtml", "/zjt/gsgg/5dbcf8b5-2.shtml"), (" 8d25503a-3.html ", "8d25503a-3.html"),
    ("[NEXTPAGE]", None), ("[HOMEPAGE]", None), ("javascript:void(0)", None), ("#", None), ("div", None), ("", None),
    (None, None)])
def test_an_attribute_address_is_an_address_as_written(value: str | None, address: str | None) -> None:
    assert attribute_address(value) == address


_DYN = "/eportal/ui?pageId=600251"
_MODULE = "9f806879368d4feabb9644105dcdeba3"


def _dynamic_site() -> dict:
    """A column only on EasySite's dynamic front: page 1 at `ui?pageId=N`, its pager naming every page
    `ui?pageId=N&currentPage=n&moduleId=…&staticRequest=yes` (customs.gov.cn's list address, as a
    public collector pages it: `/eportal/ui?pageId=302275&moduleId=9f806879368d4feabb9644105dcdeba3
    &staticRequest=yes&currentPage={page}`), page 1 too (a later page's 首页)."""
    go = lambda k: f"{_DYN}&amp;currentPage={k}&amp;moduleId={_MODULE}&amp;staticRequest=yes"  # noqa: E731

    def pager(n: int) -> str:
        tags = {"首页": "[HOMEPAGE]" if n == 1 else go(1), "上一页": "[PREVIOUSPAGE]" if n == 1 else go(n - 1),
                "下一页": "[NEXTPAGE]" if n == 2 else go(n + 1), "尾页": "[LASTPAGE]" if n == 2 else go(2)}
        return (f'<div class="easysite-page-wrap"> 共20条 分2页 当前 第{n}页 '
                + " ".join(f'<a tagname="{t}" title="{w}" class="">{w}</a>' for w, t in tags.items()) + "</div>")

    pages = {"/": (200, HTML, _shell("首页", f'<a href="{_DYN}">工作动态</a>'))}
    for k in (1, 2):
        page = (200, HTML, _shell("工作动态", _rows(range(10 * k - 9, 10 * k + 1)) + pager(k)))
        pages[go(k).replace("&amp;", "&")] = page
        if k == 1:
            pages[_DYN] = page
    for i in range(1, 21):
        pages[f"{_FOLDER}{900 + i}/index.html"] = (200, HTML, _doc(i))
    return pages


def test_a_column_only_on_the_dynamic_front_is_one_column_with_its_numbered_pages(tmp_path: Path) -> None:
    """Before: the pages its pager names (`&currentPage=1`, `&currentPage=2`) were a second column
    beside `ui?pageId=N`, holding the same page 1: a stale column counted twice."""
    model, base = crawl_and_build(_dynamic_site(), tmp_path / "out")
    (column,) = model.columns
    assert column.url.removeprefix(base) == _DYN[1:] and len(column.items) == 20
    assert any("currentPage=2" in p for p in column.pages)
