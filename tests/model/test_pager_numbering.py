"""Page numbers of file-numbered lists come from what the pagers state: JEECMS serves page 1 also
as `index_1.html` and page 2 as `index_2.html`; TRS names page 2 `index_1.html`; Shenzhen-style
lists start at `index_2.html`. The same URLs mean different pages, and only the pager's page
numbers and 下一页 tell them apart."""

from __future__ import annotations

import pytest

from tests.model.loopback import HTML, crawl_and_build
from tests.model.test_list_identity import _page, _pager, _rows


def _list(name: str, folder: str, first: int, n: int, pager: list[tuple[str, str]]) -> tuple[int, str, str]:
    return 200, HTML, _page(name, f"<ul class='list'>{_rows(folder + 'a', first, n, 27)}</ul>" + _pager(pager, ""), name)


def _site() -> dict:
    pages = {"/": (200, HTML, _page("某县人民政府", "".join(
        f"<a href='/{f}/index.html'>{n}</a>" for f, n in (("gzdt", "工作动态"), ("tzgg", "通知公告"), ("zcwj", "政策文件"),
                                                           ("xwzx", "新闻中心"), ("szdt", "深圳动态")))))}
    # JEECMS, a numbered pager: 1 → index_1.html (page 1 again), 2 → index_2.html, 3 → index_3.html.
    jeecms = [("首页", "index_1.html"), ("1", "index_1.html"), ("2", "index_2.html"), ("3", "index_3.html"),
              ("下一页", "index_2.html"), ("尾页", "index_3.html")]
    pages["/gzdt/index.html"] = _list("工作动态", "/gzdt/", 1, 10, jeecms)
    pages["/gzdt/index_1.html"] = _list("工作动态", "/gzdt/", 1, 10, jeecms)
    pages["/gzdt/index_2.html"] = _list("工作动态", "/gzdt/", 11, 10, jeecms)
    pages["/gzdt/index_3.html"] = _list("工作动态", "/gzdt/", 21, 4, jeecms)
    # JEECMS without page numbers: 首页 names index_1.html, 下一页 from page 1 is index_2.html.
    pages["/tzgg/index.html"] = _list("通知公告", "/tzgg/", 1, 10, [("首页", "index_1.html"), ("下一页", "index_2.html")])
    pages["/tzgg/index_2.html"] = _list("通知公告", "/tzgg/", 11, 3, [("首页", "index_1.html"), ("上一页", "index_1.html")])
    # TRS with page numbers: 2 → index_1.html.
    trs = [("1", "index.html"), ("2", "index_1.html"), ("3", "index_2.html")]
    pages["/zcwj/index.html"] = _list("政策文件", "/zcwj/", 1, 10, trs)
    pages["/zcwj/index_1.html"] = _list("政策文件", "/zcwj/", 11, 10, trs)
    pages["/zcwj/index_2.html"] = _list("政策文件", "/zcwj/", 21, 2, trs)
    # TRS with 下一页 only: page 1's next page is index_1.html.
    pages["/xwzx/index.html"] = _list("新闻中心", "/xwzx/", 1, 10, [("下一页", "index_1.html")])
    pages["/xwzx/index_1.html"] = _list("新闻中心", "/xwzx/", 11, 6, [("上一页", "index.html")])
    # Shenzhen: page 2 is index_2.html, nothing is ever index_1.
    pages["/szdt/index.html"] = _list("深圳动态", "/szdt/", 1, 10, [("2", "index_2.html"), ("下一页", "index_2.html")])
    pages["/szdt/index_2.html"] = _list("深圳动态", "/szdt/", 11, 5, [("1", "index.html"), ("上一页", "index.html")])
    return pages


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    return crawl_and_build(_site(), tmp_path_factory.mktemp("numbering"))


def test_pages_are_numbered_as_their_pagers_state(built):
    site, base = built
    numbered = {p.url.removeprefix(base): p.page_no for p in site.pages if p.column_url}
    assert {u: n for u, n in numbered.items() if u.startswith("gzdt/")} == {
        "gzdt/": 1, "gzdt/index_1.html": 1, "gzdt/index_2.html": 2, "gzdt/index_3.html": 3}
    assert {u: n for u, n in numbered.items() if u.startswith("tzgg/")} == {"tzgg/": 1, "tzgg/index_2.html": 2}
    assert {u: n for u, n in numbered.items() if u.startswith("zcwj/")} == {
        "zcwj/": 1, "zcwj/index_1.html": 2, "zcwj/index_2.html": 3}
    assert {u: n for u, n in numbered.items() if u.startswith("xwzx/")} == {"xwzx/": 1, "xwzx/index_1.html": 2}
    assert {u: n for u, n in numbered.items() if u.startswith("szdt/")} == {"szdt/": 1, "szdt/index_2.html": 2}


def test_each_list_is_one_column_with_all_its_rows(built):
    site, base = built
    assert {c.url.removeprefix(base): len(c.items) for c in site.columns} == {
        "gzdt/": 24, "tzgg/": 13, "zcwj/": 22, "xwzx/": 16, "szdt/": 15}
