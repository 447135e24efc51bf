"""万户网络 ezEIP publishes a column static by turning each dynamic address into a file name: its
release code (`Whir_System_Module_Release_AsyncRelease.GetHtmlUrl`) drops `.aspx` and appends every
query pair as `_key_value`, so the list `list.aspx` is `list.html`, its page 2 `list.aspx?page=2` is
`list_page_2.html` (and `?page=1`, which the pager's 首页 names on later pages, `list_page_1.html`), an
article `info.aspx?itemid=225` is `info_itemid_225.html` (real: www.tatung.com.cn/ElectronicRecipes/
info_itemid_225.html). Before, `list_page_2.html` was a list of its own: every later page, and the
first-page copy, became a column, the oldest page of a fresh list a stale one (the ezeip sample
site's first contact: stale-columns precision 0.30 and a false stale-columns veto).

The pagers are ezEIP's `<wtl:Pager>` renderings found in ezEIP template copies: `Pages` (`<span
class='p_total'>48条记录</span><span class='p_cur'>1</span><span class='p_count'>/4</span>` then
首页/上一页, `<em class='num'>` page numbers, 下一页/尾页) and `Pages3` (共N页, 当前：第N页, 首页/上一页/
下一页/末页 and no page numbers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.model.classify import list_page
from tests.model.loopback import HTML, crawl_and_build


@pytest.mark.parametrize(("url", "key", "number"), [
    ("http://www.tatung.com.cn/ElectronicRecipes/list_page_2.html", "http://www.tatung.com.cn/ElectronicRecipes/list.html", 2),
    ("http://www.tatung.com.cn/ElectronicRecipes/list_page_1.html", "http://www.tatung.com.cn/ElectronicRecipes/list.html", 1),
    ("http://www.tatung.com.cn/ElectronicRecipes/list.html", "http://www.tatung.com.cn/ElectronicRecipes/list.html", None),
    ("http://www.tatung.com.cn/ElectronicRecipes/info_itemid_225.html",
     "http://www.tatung.com.cn/ElectronicRecipes/info_itemid_225.html", None),  # an article, no list page
])
def test_a_static_copy_keeps_its_page_parameter_name(url: str, key: str, number: int | None) -> None:
    lp = list_page(url)
    assert (lp.key, lp.number) == (key, number)


def _pager(style: str, n: int, pages: int) -> str:
    void = "javascript:void(0);"
    at = lambda k: "list.html" if k == 0 else f"list_page_{k}.html"  # noqa: E731 - 0: the list itself
    first, prev = (void, void) if n == 1 else (at(1), at(1) if n == 2 else at(n - 1))
    nxt, last = (void, void) if n == pages else (at(n + 1), at(pages))
    if style == "Pages3":
        return (f"<div class='Pages3'><span class='p_count'>共<b>{pages}</b>页</span><span class='p_cur'>当前：第<b>{n}</b>页 </span>"
                f"<span class='p_page'><a href='{first}' class='a_first'>首页</a><a href='{prev}' class='a_prev'>上一页</a>"
                f"<a href='{nxt}' class='a_next'>下一页</a><a href='{last}' class='a_end'>末页</a></span></div>")
    nums = "".join(f"<a href='{void if k == n else at(k)}' class='{'a_cur' if k == n else ''}' id='pageNum{k}'>{k}</a>"
                   for k in range(1, pages + 1))
    return (f"<div class=\"Pages\"><span class='p_total'>{pages * 10}条记录</span><span class='p_cur'>{n}</span>"
            f"<span class='p_count'>/{pages}</span><span class='p_page'><a href='{first}' class='a_first'>首页</a>"
            f"<a href='{prev}' class='a_prev'>上一页</a><em class='num'>{nums}</em><a href='{nxt}' class='a_next'>下一页</a>"
            f"<a href='{last}' class='a_end'>尾页</a></span></div>")


def _shell(name: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="zh-cn"><head><meta charset="utf-8"><title>{name}-某区人民政府</title></head><body>'
            '<div class="Menu"><ul><li><a href="/index.html">网站首页</a></li><li><a href="/xwzx/tzgg/list.html">通知公告</a></li></ul></div>'
            '<div class="Main"><div class="Right"><div class="Position"><span>当前位置：</span><a href="/index.html">首页</a> &gt; '
            f'<a href="/xwzx/tzgg/list.html">{name}</a></div><div class="r_tit"><h2>{name}</h2></div><div class="r_con">{body}</div></div></div>'
            '<div class="Bottom"><p>主办：某区人民政府办公室 网站标识码：4419230008</p></div></body></html>')


def _site(style: str) -> dict:
    """通知公告 of three pages: list.html, list_page_2.html, list_page_3.html; list_page_1.html is page 1 again."""
    pages = {"/index.html": (200, HTML, _shell("首页", '<a href="/xwzx/tzgg/list.html">通知公告</a>'))}
    pages["/"] = pages["/index.html"]
    for n in (1, 2, 3):
        rows = "".join(f'<li><a href="info_itemid_{k}.html" title="关于做好第{k}项工作的通知" target="_blank">关于做好第{k}项工作的通知</a>'
                       f"<span>2026/09/{31 - k:02d}</span></li>" for k in range(10 * n - 9, 10 * n + 1))
        pages["/xwzx/tzgg/list.html" if n == 1 else f"/xwzx/tzgg/list_page_{n}.html"] = (
            200, HTML, _shell("通知公告", f'<ul class="list_ul">{rows}</ul>' + _pager(style, n, 3)))
    pages["/xwzx/tzgg/list_page_1.html"] = pages["/xwzx/tzgg/list.html"]
    for k in range(1, 31):
        pages[f"/xwzx/tzgg/info_itemid_{k}.html"] = (200, HTML, _shell("通知公告", (
            f'<div class="info_tit"><h2>关于做好第{k}项工作的通知</h2><p><span>发布时间：2026-09-{31 - k:02d}</span></p></div>'
            f'<div class="info_con"><p>请认真做好第{k}项工作。{"各单位要高度重视，抓好落实。" * 10}</p></div>')))
    return pages


@pytest.mark.parametrize("style", ["Pages", "Pages3"])
def test_list_page_n_files_are_one_column(style: str, tmp_path: Path) -> None:
    model, base = crawl_and_build(_site(style), tmp_path / "out")
    columns = {c.url.removeprefix(base): (c.name, len(c.items), sorted(p.removeprefix(base) for p in c.pages))
               for c in model.columns}
    assert columns == {"xwzx/tzgg/list.html": ("通知公告", 30, ["xwzx/tzgg/list.html", "xwzx/tzgg/list_page_1.html",
                                                                "xwzx/tzgg/list_page_2.html", "xwzx/tzgg/list_page_3.html"])}


# Newer ezEIP sites name a column's list script after the column: `rjxz/list_12.aspx?lcid=138`
# (www.mindvision.com.cn: column 12, category 138), `cn/zxns/index_30.aspx?lcid=8` (www.etrlawfirm.com),
# paged by `&page=2`; two columns can share a folder (`news/list_13.aspx`, `news/list_14.aspx`).
# Before, the number in the name was read as a page: `list_12.aspx?lcid=138` was page 12 of
# `list.aspx?lcid=138` (an address that does not exist), and two columns of one folder were one list.
@pytest.mark.parametrize(("url", "key", "number"), [
    ("http://www.mindvision.com.cn/rjxz/list_12.aspx?lcid=138", "http://www.mindvision.com.cn/rjxz/list_12.aspx?lcid=138", None),
    ("http://www.mindvision.com.cn/rjxz/list_12.aspx?lcid=138&page=2", "http://www.mindvision.com.cn/rjxz/list_12.aspx?lcid=138", 2),
    ("http://www.etrlawfirm.com/cn/zxns/index_30.aspx?lcid=8", "http://www.etrlawfirm.com/cn/zxns/index_30.aspx?lcid=8", None),
    ("http://www.example.gov.cn/news/list_13.aspx?page=2", "http://www.example.gov.cn/news/list_13.aspx", 2),
    ("http://www.example.gov.cn/Category_9/Index_2.aspx", "http://www.example.gov.cn/Category_9/", 2),  # SiteFactory, unchanged
])
def test_a_number_in_a_script_name_with_a_query_is_no_page(url: str, key: str, number: int | None) -> None:
    lp = list_page(url)
    assert (lp.key, lp.number) == (key, number)


def _column_lists() -> dict:
    """A folder with two columns, 要闻 `news/list_13.aspx` (two pages, fresh) and 动态 `news/list_14.aspx`
    (stale), and a 信息公开 folder whose 通知公告 is `xxgk/list_12.aspx?lcid=31` (three pages)."""
    def rows(ids: range, script: str, month: int) -> str:
        return '<ul class="list_ul">' + "".join(
            f'<li><a href="{script}?itemid={k}" target="_blank">关于第{k}项工作的通知</a><span>2026/{month:02d}/{k % 27 + 1:02d}</span></li>'
            for k in ids) + "</ul>"

    def pager(first: str, n: int, pages: int) -> str:
        sep = "&amp;" if "?" in first else "?"
        at = lambda k: first if k == 1 else f"{first}{sep}page={k}"  # noqa: E731
        nums = "".join(f"<a href='{'javascript:void(0);' if k == n else at(k)}' class='{'a_cur' if k == n else ''}' "
                       f"id='pageNum{k}'>{k}</a>" for k in range(1, pages + 1))
        nxt = "javascript:void(0);" if n == pages else at(n + 1)
        return (f"<div class=\"Pages\"><span class='p_total'>{pages * 10}条记录</span><span class='p_page'><em class='num'>{nums}</em>"
                f"<a href='{nxt}' class='a_next'>下一页</a></span></div>")

    def doc(k: int, month: int) -> str:
        return _shell("文章", f'<div class="info_tit"><h2>关于第{k}项工作的通知</h2><p><span>发布时间：2026-{month:02d}-{k % 27 + 1:02d}</span></p>'
                      f'</div><div class="info_con"><p>{"各单位要高度重视，抓好落实。" * 10}</p></div>')

    home = ('<a href="/xxgk/list_12.aspx?lcid=31">通知公告</a> <a href="/news/list_13.aspx">要闻</a> '
            '<a href="/news/list_14.aspx">动态</a>')
    pages = {"/": (200, HTML, _shell("首页", home))}
    lists = (("/xxgk/list_12.aspx?lcid=31", "通知公告", "info_12.aspx", 3, 11), ("/news/list_13.aspx", "要闻", "info_13.aspx", 2, 11),
             ("/news/list_14.aspx", "动态", "info_14.aspx", 1, 3))
    for start, (first, name, script, count, month) in zip((100, 200, 300), lists):
        folder = first[: first.rfind("/") + 1]
        for n in range(1, count + 1):
            ids = range(start + 10 * n - 10, start + 10 * n)
            url = first if n == 1 else f"{first}{'&' if '?' in first else '?'}page={n}"
            pages[url] = (200, HTML, _shell(name, rows(ids, script, month) + (pager(first, n, count) if count > 1 else "")))
            for k in ids:
                pages[f"{folder}{script}?itemid={k}"] = (200, HTML, doc(k, month))
    return pages


def test_column_named_list_scripts_are_columns_of_their_own(tmp_path: Path) -> None:
    model, base = crawl_and_build(_column_lists(), tmp_path / "out")
    columns = {c.url.removeprefix(base): (c.name, len(c.items), str(c.newest_date), len(c.pages)) for c in model.columns}
    assert columns == {"xxgk/list_12.aspx?lcid=31": ("通知公告", 30, "2026-11-27", 3),
                       "news/list_13.aspx": ("要闻", 20, "2026-11-27", 2),
                       "news/list_14.aspx": ("动态", 10, "2026-03-13", 1)}


def test_the_script_a_static_list_was_published_from_is_that_column(tmp_path: Path) -> None:
    """GetHtmlUrl publishes `tzgg/list.aspx` as `tzgg/list.html`; the script still answers. A page
    linking the script's address showed the column twice (a stale column found twice)."""
    pages = _site("Pages")
    pages["/xwzx/tzgg/list.aspx"] = pages["/xwzx/tzgg/list.html"]
    pages["/"] = pages["/index.html"] = (200, HTML, _shell("首页", '<a href="/xwzx/tzgg/list.aspx" class="more">更多</a>'))
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert (column.url.removeprefix(base), len(column.items)) == ("xwzx/tzgg/list.html", 30)
    assert "xwzx/tzgg/list.aspx" in {p.removeprefix(base) for p in column.pages}
