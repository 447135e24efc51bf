"""PbootCMS in its default 兼容模式 (url_rule_type 3) writes every address as a query on the site's folder:
a column `/?tzgg/` (or `/?list_12/` for one without a file name), its later pages `/?tzgg_2/`,
`/?list_12_2/`, an article `/?tzgg/37.html`, and other blocks may link the same addresses through
`/index.php?…`; its 伪静态 and 普通模式 number the pages the same way on a path (`/tzgg/`, `/tzgg_2/`;
`/index.php/tzgg/`, `/index.php/tzgg_2/`). Before: each later page was a column of its own (the oldest rows, a stale one), an
empty list's `未查询到任何数据！` was not read as empty, and an article linked at `/index.php?…` was a
second document (its interpretation's link "one way").

Markup from PbootCMS's own code and stock template (pbootcmspro/PbootCMS): `core/view/Paging.php`
buildPath (`SITE_INDEX_DIR . '/?' . $path . $url_break_char . $page . '/'`, `javascript:;` for the
edge pages, `<a href="…" class="page-num page-num-current">1</a>`), `template/default/html/comm/page.html`
(`<div class="pagination justify-content-center"><a class="page-item page-link" href="{page:index}">首页</a>…`,
`<div class="text-center my-5 text-secondary">未查询到任何数据！</div>`), `newslist.html` (rows with
the title twice, PC and mobile, and `<span class="float-end">[list:date style=Y-m-d]</span>`), `news.html`
(`时间：{content:date style=Y-m-d}`), `comm/position.html` (`当前位置：` trail separated by `>`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.model import relations
from govaudit.model.copies import merge_copies
from govaudit.model.extract.page import extract_page
from tests.factories import SITE, document
from tests.model.loopback import HTML, crawl_and_build

_COLS = {"tzgg": ("通知公告", 25), "list_12": ("街道动态", 17), "list_16": ("便民服务", 0)}


def _shell(mode: str, title: str, body: str) -> str:
    nav = "".join(f'<li class="nav-item"><a class="nav-link" href="{_url(mode, p)}">{n}</a></li>' for p, (n, _) in _COLS.items())
    return (f'<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>{title}-芦汀街道办事处</title></head><body>'
            f'<nav class="navbar"><ul class="navbar-nav"><li class="nav-item active"><a class="nav-link" href="/">首页</a></li>{nav}'
            f'</ul></nav><div class="container pages">{body}</div><div class="footer"><ul class="lh-2"><li>备案号码：'
            '<a href="http://beian.miit.gov.cn/" target="_blank">湘ICP备2021008836号-1</a></li></ul></div></body></html>')


# PbootCMS's url_rule_type: 3 兼容模式 (the default), 2 伪静态, 1 普通模式 (Paging.php buildPath, `$prepath . '_' . $page . '/'`)
MODES = {"compat": "/?", "rewrite": "/", "pathinfo": "/index.php/"}


def _url(mode: str, path: str, n: int = 1) -> str:
    return f"{mode}{path}/" if n == 1 else f"{mode}{path}_{n}/"


def _pager(mode: str, path: str, n: int, pages: int) -> str:
    def href(k: int) -> str:
        return _url(mode, path, k) if 1 <= k <= pages else "javascript:;"
    nums = "".join(f'<a href="{_url(mode, path, k)}" class="page-num{" page-num-current" if k == n else ""}">{k}</a>'
                   for k in range(1, pages + 1))
    return ('<nav aria-label="page navigation" class="my-4"><div class="pagination justify-content-center">'
            f'<a class="page-item page-link" href="{href(1)}">首页</a><a class="page-item page-link" href="{href(n - 1)}">上一页</a>'
            f'{nums}<a class="page-item page-link" href="{href(n + 1)}">下一页</a>'
            f'<a class="page-item page-link" href="{href(pages)}">尾页</a></div></nav>')


def _site(mode: str = "/?") -> dict:
    pages: dict = {"/": (200, HTML, _shell(mode, "首页", "".join(f'<a href="{_url(mode, p)}">{n}</a>' for p, (n, _) in _COLS.items())))}
    for path, (name, count) in _COLS.items():
        position = f'<div class="text-end position mb-3 d-none d-md-block">当前位置：<a href="/">首页</a>><a href="{_url(mode, path)}">{name}</a></div>'
        ids = [100 + 3 * i for i in range(count)]
        chunks = [ids[k:k + 10] for k in range(0, count, 10)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            rows = "".join(
                f'<li class="lh-3 border-bottom-dashed"><i class="fa-brands fa-gg"></i><a href="{_url(mode, path)}{i}.html">'
                f'<span class="d-none d-md-inline">关于做好第{i}项重点工作的通知</span><!-- PC端 -->'
                f'<span class="d-inline d-md-none">关于做好第{i}项重…</span><!-- 移动端 -->'
                f'<span class="float-end">2026-10-{28 - (i - 100) // 3:02d}</span></a></li>' for i in chunk)
            body = (f"<ul>{rows}</ul>{_pager(mode, path, n, len(chunks))}" if chunk
                    else '<div class="text-center my-5 text-secondary">未查询到任何数据！</div>')
            pages[_url(mode, path, n)] = (200, HTML, _shell(mode, name, position + body))
        for i in ids:
            pages[f"{_url(mode, path)}{i}.html"] = (200, HTML, _shell(mode, f"关于做好第{i}项重点工作的通知", position
                                           + f'<h2 class="text-center fs-sm-28 fs-20 mt-3">关于做好第{i}项重点工作的通知</h2>'
                                           '<div class="text-center border-bottom text-secondary pb-2 mb-3">时间：2026-10-01&nbsp;&nbsp;&nbsp;'
                                           f'访问量：1032</div><div class="content mb-3"><p>请认真贯彻执行第{i}项工作。'
                                           + "各社区要高度重视，抓好落实。" * 10 + "</p></div>"))
    return pages


@pytest.mark.parametrize("mode", MODES.values(), ids=MODES.keys())
def test_a_pboot_list_and_its_later_pages_are_one_column_and_its_empty_list_is_empty(mode: str, tmp_path: Path) -> None:
    model, base = crawl_and_build(_site(mode), tmp_path / "out")
    columns = {"/" + c.url.removeprefix(base): c for c in model.columns}
    assert set(columns) == {_url(mode, "tzgg"), _url(mode, "list_12"), _url(mode, "list_16")}, sorted(columns)
    tzgg, jddt, empty = columns[_url(mode, "tzgg")], columns[_url(mode, "list_12")], columns[_url(mode, "list_16")]
    assert (tzgg.name, len(tzgg.items), ["/" + p.removeprefix(base) for p in tzgg.pages]) == \
        ("通知公告", 25, [_url(mode, "tzgg"), _url(mode, "tzgg", 2), _url(mode, "tzgg", 3)])
    assert (jddt.name, len(jddt.items), len(jddt.pages)) == ("街道动态", 17, 2)  # `list_12` keeps its id: `?list_12_2/`
    assert (empty.state, empty.items) == ("empty", [])


TITLE = "芦汀街道办事处关于印发《芦汀街道居民小区消防通道管理办法》的通知"
META = {"索引号": "43070212-1/2026-00016", "发文字号": "芦街发〔2026〕7号"}
BODY = "各社区居民委员会、街道各部门： 现将《芦汀街道居民小区消防通道管理办法》印发给你们，请认真贯彻执行。"
LISTED, VIA_INDEX, INTERP = "?list_21/375.html", "index.php?list_21/375.html", "?list_22/378.html"


def test_an_article_linked_with_and_without_the_index_script_is_one_document() -> None:
    docs = [document(LISTED, TITLE, metadata=META, links_to=[SITE + INTERP]),
            document(VIA_INDEX, TITLE, metadata=META, links_to=[SITE + INTERP]),
            # the interpretation's 相关文件 link goes through /index.php?…
            document(INTERP, "一图读懂《芦汀街道居民小区消防通道管理办法》", kind="interpretation", links_to=[SITE + VIA_INDEX])]
    texts = {SITE + LISTED: BODY, SITE + VIA_INDEX: BODY, SITE + INTERP: "一、制定背景 二、主要内容 三、解读机关"}
    merged = merge_copies(docs, lambda url: texts.get(url, ""))
    assert [d.url for d in merged] == [SITE + LISTED, SITE + INTERP]  # kept at the list's (shorter) address
    (rel,) = relations.interpretations(merged, texts)
    assert (rel.document_url, rel.direction) == (SITE + LISTED, "both")


def test_two_articles_of_one_folder_stay_apart() -> None:
    other = "?list_21/381.html"
    docs = [document(LISTED, TITLE, metadata=META), document(other, TITLE, metadata=META)]
    texts = {SITE + LISTED: BODY, SITE + other: BODY}
    assert merge_copies(docs, lambda url: texts.get(url, "")) == docs


def test_the_stock_empty_list_text_is_an_observed_empty_list() -> None:
    html = _site()["/?list_16/"][2]
    facts = extract_page(html, "http://site.test/?list_16/")
    assert (facts.kind, facts.list_state, facts.list_items) == ("column", "empty", [])
