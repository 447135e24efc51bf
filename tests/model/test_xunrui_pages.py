"""FineCMS / 迅睿 XunRuiCMS pages. Before (fecbf88):
- 万载县人民政府's FineCMS trail links the home page as `<a href="\\">网站首页</a>` (tests/model/realpages, round 6):
  the link resolved to `http://host/\\`, fetched literally and reported as a broken link on every page; a browser
  reads a backslash in an http(s) address as a slash (WHATWG URL), so it opens the home page.
- XunRuiCMS's stock item page (dayrui/xunruicms `template/pc/default/home/article/show.html`, a Metronic theme)
  read as a hub: its info line of author, date and hits is `<div class="search-post-foot fc-content-tool">`
  (named as a footer: chrome, so its date dated nothing), and the content area the class names find is
  `<div class="search-page search-content-2">` around the item *and* its side menus 栏目索引 and 相关内容 (too
  linky for prose), while the body itself is an unnamed `<div class="col-md-12">{$content}</div>`. Every
  interpretation and every table-less document of such a site was no document: "no interpretation" for
  documents whose interpretations link them."""

from __future__ import annotations

import zlib
from pathlib import Path

import lxml.html
import pytest

from govaudit.crawl.render_need import render_reason
from govaudit.model.classify import document_kind
from govaudit.model.extract.page import extract_page
from govaudit.model.extract.text import title_name
from govaudit.urls import resolve
from tests.model.loopback import HTML, Pages, crawl_and_build

_REAL = Path(__file__).parent / "realpages"
_PROSE = ("一、制定背景　为规范本镇农村建房审批管理工作，镇人民政府组织起草了《栗源镇农村建房审批管理办法》。"
          "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。三、解读机关　镇党政办。"
          "会议要求，各村（社区）和镇直各单位要进一步提高政治站位，压实工作责任，细化工作措施，对照时间节点抓好落实，"
          "切实解决群众急难愁盼问题，确保各项工作任务按期完成。")
_SHORT = "根据《中华人民共和国预算法》有关规定，现将本镇2025年部门预算公开如下。"


def test_a_backslash_in_a_link_is_a_slash_as_browsers_read_it() -> None:
    base = "http://www.wanzai.gov.cn/news-list-wanzaiyaowen.html"
    assert resolve("\\", base) == "http://www.wanzai.gov.cn/"
    assert resolve("..\\images\\a.png", "http://h/a/b/c.html") == "http://h/a/images/a.png"
    assert resolve("/so.php?q=a\\b", base) == "http://www.wanzai.gov.cn/so.php?q=a\\b"  # the query keeps its own


def test_the_wanzai_trail_links_the_home_page() -> None:
    html = (_REAL / "wanzai-gov-cn_vwell_wzyw_list_div-rows_gong-tiao-pager.html").read_text("utf-8")
    facts = extract_page(html, "http://www.wanzai.gov.cn/news-list-wanzaiyaowen.html")
    targets = {link.url for link in facts.links}
    assert "http://www.wanzai.gov.cn/" in targets and not any(u.endswith("\\") for u in targets)


def _item(title: str, body: str) -> str:
    """An item page of XunRuiCMS's stock theme (article/show.html with its header and footer), as rendered."""
    side = "".join(f'<li><a href="/xxgk/list/{i}.html">{n}</a></li>' for i, n in
                   ((21, "规范性文件"), (22, "政策解读"), (26, "通知文件"), (23, "财政预决算"), (24, "政府信息公开年报"),
                    (25, "重点领域信息")))
    related = "".join(f'<li>\n<a href="/xxgk/show/{3300 + 2 * i}.html" title="{t}">\n<span class="badge fc-icon-left"> {i + 1} </span>\n{t}</a>\n</li>'
                      for i, t in enumerate(("《栗源镇村级小微权力清单管理办法》政策解读", "一图读懂《栗源镇镇级河长巡河办法》",
                                             "《栗源镇村（社区）干部考核办法》政策解读", "一图读懂《栗源镇农村人居环境长效管护办法》",
                                             "《栗源镇村级集体经济项目管理办法》政策解读")))  # {related … num=5}
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_政策解读_栗源镇人民政府</title></head>'
            '<body class="page-container-bg-solid"><div class="page-wrapper"><div class="page-wrapper-row">'
            '<div class="page-wrapper-top"><div class="page-header"><div class="page-header-menu"><div class="container">'
            '<div class="hor-menu"><ul class="nav navbar-nav"><li><a href="/">首页</a></li><li><a href="/xxgk.html">政府信息公开</a>'
            '</li></ul></div></div></div></div></div></div>\n'
            '<div class="page-wrapper-row full-height"><div class="page-wrapper-middle"><div class="page-content"><div class="container">'
            '<ul class="page-breadcrumb breadcrumb"><li><a href="/">网站首页</a><i class="fa fa-circle"></i></li>'
            '<li> <a href="/xxgk/list/22.html">政策解读</a> <i class="fa fa-circle"></i> </li>'
            f'<li><span>{title}</span></li></ul>\n'
            '<div class="search-page search-content-2"><div class="row"><div class="col-md-8"><div class="portlet light">'
            f'<div class="portlet-title"><div class="caption"><span class="caption-subject font-dark  ">{title}</span></div>'
            '<div class="actions"><a class="btn btn-circle btn-icon-only btn-default fullscreen" href="javascript:;" title="全屏查看"> </a></div></div>\n'
            '<div class="search-post-foot fc-content-tool">'
            '<div class="search-post-meta"><i class="fa fa-user font-blue"></i><a href="javascript:;">栗源镇党政办</a></div>'
            '<div class="search-post-meta"><i class="fa fa-calendar font-blue"></i><a href="javascript:;">2026-10-22 13:59:53</a></div>'
            '<div class="search-post-meta"><i class="fa fa-eye font-blue"></i><a href="javascript:;">781次</a></div></div>\n'
            f'<div class="portlet-body" style="height: auto;overflow: hidden;"><div class="row"><div class="col-md-12">{body}</div>'
            '<div class="col-md-12"><div class="blog-single-foot fc-news-tag-list"><ul class="blog-post-tags"></ul></div></div></div>'
            '<div class="row fc-show-total"><div class="col-md-12 text-center">'
            '<a href="javascript:dr_app_favorite(\'3301\');" class="icon-btn"><i class="fa fa-star"></i><div> 收藏 </div>'
            '<span class="badge badge-danger" id="module_favorite_3301"> 0 </span></a>'
            '<a href="javascript:dr_app_digg(\'3301\', 1);" class="icon-btn"><i class="fa fa-thumbs-o-up"></i><div> 有帮助 </div>'
            '<span class="badge badge-danger" id="module_digg_3301_1"> 4 </span></a></div></div></div>\n'
            '<div class="blog-single-foot"><p class="fc-show-prev-next"><strong>上一篇：</strong>没有了<br></p>'
            '<p class="fc-show-prev-next"><strong>下一篇：</strong><a href="/xxgk/show/3303.html">一图读懂《栗源镇镇级河长巡河办法》</a></p>'
            '</div></div></div>\n<div class="col-md-4"><div class="portlet light "><div class="portlet-title"><div class="caption">'
            '<span class="caption-subject font-dark bold uppercase">栏目索引</span></div></div><div class="portlet-body">'
            f'<div class="todo-project-list"><ul class="nav nav-stacked">{side}</ul></div></div></div>'
            '<div class="portlet light "><div class="portlet-title"><div class="caption">'
            '<span class="caption-subject font-dark bold uppercase">相关内容</span></div></div><div class="portlet-body">'
            f'<div class="todo-project-list"><ul class="nav nav-stacked">{related}</ul></div></div></div></div>'
            '</div></div></div></div></div></div>\n<div class="page-wrapper-row"><div class="page-wrapper-bottom">'
            '<div class="page-footer"><div class="container text-center">Copyright 2026 栗源镇人民政府 '
            '<a target="_blank" href="http://www.miitbeian.gov.cn/">赣ICP备15004127号-2</a></div></div></div></div></div></body></html>')


def test_a_stock_xunruicms_item_is_a_dated_document() -> None:
    title = "《栗源镇农村建房审批管理办法》政策解读"
    facts = extract_page(_item(title, f"<p>{_PROSE}</p>"), "http://h/xxgk/show/3301.html")
    assert facts.kind == "document" and facts.title == title and facts.pub_date == "2026-10-22"
    assert "".join(_PROSE.split()) in "".join(facts.body_text.split())  # the side menus' entries are no body text
    assert "政府信息公开年报" not in facts.body_text and "干部考核" not in facts.body_text


def test_a_short_stock_xunruicms_item_is_a_dated_document() -> None:
    facts = extract_page(_item("栗源镇人民政府2025年部门预算公开", f"<p>{_SHORT}</p>"), "http://h/xxgk/show/3335.html")
    assert facts.kind == "document" and facts.pub_date == "2026-10-22"
    assert _SHORT in facts.body_text and "政府信息公开年报" not in facts.body_text and "干部考核" not in facts.body_text


def _list_page(title: str, rows: str, plain: bool, col: tuple[int, str] = (25, "重点领域信息")) -> str:
    """A list page of XunRuiCMS's stock theme (list.html, 栏目索引 beside it); `plain=False` renames every
    class to a meaningless token, as a site's own theme may (the rewrite the `classes` mutation makes)."""
    def c(name: str) -> str:
        return name if plain else " ".join(f"x{zlib.crc32(t.encode()):08x}" for t in name.split())
    side = "".join(f'<li{" class=" + chr(34) + c("active") + chr(34) if n == col[1] else ""}><a href="/xxgk/list/{i}.html">{n}</a></li>'
                   for i, n in ((21, "规范性文件"), (22, "政策解读"), (23, "财政预决算"), (25, "重点领域信息")))
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="{c("page-wrapper-row full-height")}"><div class="{c("page-wrapper-middle")}"><div class="{c("page-content")}">'
            f'<div class="{c("container")}"><ul class="{c("page-breadcrumb breadcrumb")}">\n'
            f'<li>\n<a href="/">网站首页</a>\n<i class="{c("fa fa-circle")}"></i>\n</li>\n'
            f'<li>\n<a href="/xxgk.html">政府信息公开</a>\n<i class="{c("fa fa-circle")}"></i>\n</li>\n'
            f'<li>\n<a href="/xxgk/list/{col[0]}.html">{col[1]}</a>\n<i class="{c("fa fa-circle")}"></i>\n</li>\n'
            '<li>\n<span>列表</span>\n</li>\n</ul>\n'
            f'<div class="{c("search-page search-content-1")}"><div class="{c("row")}"><div class="{c("col-md-8")}">'
            f'<div class="{c("search-container")}"><ul class="{c("search-container")}">\n<!--分页显示列表数据-->{rows}\n</ul>\n'
            f'<div class="{c("search-pagination")}">\n\n</div></div></div>\n<div class="{c("col-md-4")}"><div class="{c("portlet light")}">'
            f'<div class="{c("portlet-title")}"><div class="{c("caption")}"><span class="{c("caption-subject font-dark bold uppercase")}">栏目索引'
            f'</span></div></div><div class="{c("portlet-body")}"><ul class="{c("nav nav-stacked")}">{side}</ul></div></div></div>'
            '</div></div></div></div></div></div>'
            '<div class="page-footer">Copyright 2026 栗源镇人民政府 <a href="http://www.miitbeian.gov.cn/">赣ICP备15004127号-2</a></div>'
            '</body></html>')


def test_a_later_page_numbered_in_its_title_names_its_column() -> None:
    """XunRuiCMS's default SEO rule (`list_title` `[第{page}页{join}]{catpname}{join}{SITE_NAME}`, its
    category setup code) titles page 2 `第2页_规范性文件_栗源镇人民政府`: the column is 规范性文件, not 第2页."""
    assert title_name("第2页_规范性文件_栗源镇人民政府") == "规范性文件"
    assert title_name("第 12 页 - 通知公告 - 渠宁县人民政府") == "通知公告"


def _row(n: int) -> str:
    return ('\n<li class="search-item clearfix">\n<div class="search-content text-left">\n<h4 class="search-title">\n'
            f'<a title="栗源镇文件{n}" href="/xxgk/show/{3300 + n}.html">栗源镇人民政府关于印发《栗源镇第{n}号管理办法》的通知</a>\n</h4>\n'
            '<div class="search-post-foot">\n<div class="search-post-meta">\n<i class="fa fa-calendar font-blue"></i>\n'
            f'<a href="javascript:;">2026-{10 - n:02d}-13 09:21:33</a>\n</div>\n</div>\n</div>\n</li>')


def _stock_site(plain: bool) -> Pages:
    """Three columns of the stock theme: 规范性文件 on two pages (`/xxgk/list/21/2.html`, titled 第2页_…), 政策解读,
    and 重点领域信息 empty; a home linking them."""
    def pager(n: int) -> str:
        return ('<ul class="pagination"><li>共7条</li>' + ("".join(
            f'<li class="active"><a>{k}</a></li>' if k == n else f'<li><a href="/xxgk/list/21{"/2" if k == 2 else ""}.html">{k}</a></li>'
            for k in (1, 2))) + "</ul>")
    first = _list_page("规范性文件_栗源镇人民政府", "".join(_row(n) for n in range(1, 6)), plain, (21, "规范性文件"))
    second = _list_page("第2页_规范性文件_栗源镇人民政府", "".join(_row(n) for n in range(6, 8)), plain, (21, "规范性文件"))
    pages: Pages = {
        "/xxgk/list/21.html": (200, HTML, first.replace("\n\n</div>", pager(1) + "</div>", 1)),
        "/xxgk/list/21/2.html": (200, HTML, second.replace("\n\n</div>", pager(2) + "</div>", 1)),
        "/xxgk/list/22.html": (200, HTML, _list_page("政策解读_栗源镇人民政府", _row(8) + _row(9), plain, (22, "政策解读"))),
        "/xxgk/list/25.html": (200, HTML, _list_page("重点领域信息_栗源镇人民政府", "", plain)),
        "/": (200, HTML, '<html><head><meta charset="utf-8"><title>栗源镇人民政府</title></head><body>'
              + "".join(f'<a href="/xxgk/list/{i}.html">{n}</a>' for i, n in ((21, "规范性文件"), (22, "政策解读"), (25, "重点领域信息")))
              + "</body></html>")}
    for n in range(1, 10):
        pages[f"/xxgk/show/{3300 + n}.html"] = (200, HTML, _item(f"栗源镇人民政府关于印发《栗源镇第{n}号管理办法》的通知", f"<p>{_PROSE}</p>"))
    return pages


@pytest.mark.parametrize("plain", [True, False], ids=["stock-classes", "classes-renamed"])
def test_stock_lists_whose_classes_mean_nothing(plain: bool, tmp_path: Path) -> None:
    """The stock template renders an empty column as an empty `<ul>` (the loop's comment only), no notice and
    no pager, and titles page 2 `第2页_…`. Named by its class, the trail names every page's column; with the
    classes renamed, page 2 was a column named 第2页 beside 规范性文件 (its documents no 规范性文件) and the empty
    list a hub: only the page's own link under its <title> name (trail step and 栏目索引's current item) tells
    it is a column, whose empty list the listed pages' list box then finds."""
    model, base = crawl_and_build(_stock_site(plain), tmp_path / "out")
    columns = {"/" + c.url.removeprefix(base): c for c in model.columns}
    assert set(columns) == {"/xxgk/list/21.html", "/xxgk/list/22.html", "/xxgk/list/25.html"}, sorted(columns)
    gfx = columns["/xxgk/list/21.html"]
    assert (gfx.name, len(gfx.items), len(gfx.pages)) == ("规范性文件", 7, 2)
    assert (columns["/xxgk/list/25.html"].state, columns["/xxgk/list/25.html"].items) == ("empty", [])


def test_a_routine_series_work_notice_owes_no_interpretation() -> None:
    """A work notice numbered in a 字 or 函 series, issuing no document (no 《…》), is a notice even in a column named
    …文件 with a metadata table: before, a township's six 栗府字 notices in its 通知文件 column (xunrui) and the
    教育部 函 notice below were policy documents, each reported with no interpretation. 发-series and 规-series
    numbers, and any notice issuing a named document, keep their kinds — but a 发-series notice whose title arranges
    work (关于做好…工作的通知) is a notice by its title (htmlvocab.WORK_NOTICE_TITLE, tests/model/test_work_notices.py)."""
    html = (_REAL / "moe-gov-cn_policy_table_document.html").read_text("utf-8")
    facts = extract_page(html, "http://www.moe.gov.cn/srcsite/A12/moe_1407/s3020/202404/t20240408_1124567.html")
    assert facts.metadata.get("发文字号") == "教思政厅函〔2024〕10号"
    assert document_kind(facts.title, "政策文件", facts.metadata, False) == "notice"
    meta = {"索引号": "11360925MB1C2871X/2026-00041", "发文字号": "栗府字〔2026〕30号"}
    assert document_kind("栗源镇人民政府关于做好秋冬季森林防火工作的通知", "通知文件", meta, False) == "notice"
    assert document_kind("栗源镇人民政府关于印发《栗源镇秋冬季森林防火工作方案》的通知", "通知文件", meta, False) == "policy"
    assert document_kind("栗源镇人民政府关于加强农村宅基地管理的通知", "通知文件",
                         {**meta, "发文字号": "栗府发〔2026〕30号"}, False) == "policy"
    assert document_kind("关于做好社区微实事项目管理的通知", "规范性文件", {**meta, "发文字号": "栗府规〔2026〕3号"}, False) == "normative"


def _hub(caption: str) -> str:
    """A 信息公开 hub of Metronic portlets (the stock theme's side boxes: `portlet-title` › `caption` ›
    `span.caption-subject`, here with an `actions` 更多 link beside the caption), undated rows below."""
    blocks = "".join(
        '<div class="col-md-6"><div class="portlet light "><div class="portlet-title"><div class="caption">'
        f'<span class="caption-subject font-dark bold uppercase">{name}</span></div><div class="actions">'
        f'<a href="/xxgk/list/{i}.html" class="btn btn-circle btn-default btn-sm">更多</a></div></div>'
        f'<div class="portlet-body"><ul class="list-unstyled"><li><a href="/xxgk/show/{3300 + i}.html">{name}第一条</a></li></ul>'
        '</div></div></div>' for i, name in ((21, "规范性文件"), (22, caption), (23, "财政预决算")))
    return ('<html><head><meta charset="utf-8"><title>政府信息公开_栗源镇人民政府</title><script src="/statics/js/jquery.js"></script>'
            f'</head><body><div class="page-content"><div class="row">{blocks}</div></div></body></html>')


def test_a_hub_block_caption_is_no_empty_related_box() -> None:
    """A 政策解读 block's caption wrapped alone in `div.caption`, its 更多 in the sibling `div.actions`: the box around
    the heading is the portlet title, which holds the link. Before, the crawl rendered such a hub in a browser for
    an "empty 相关解读 box" (xunrui's /xxgk.html); an article's 相关解读 box that is empty still asks for one."""
    html = _hub("政策解读")
    assert render_reason(html, lxml.html.fromstring(html), "hub", True) is None
    article = ('<html><head><title>关于印发《某办法》的通知</title><script src="/js/rel.js"></script></head><body>'
               '<div class="content"><h1>关于印发《某办法》的通知</h1><p>发布时间：2026-10-20</p><p>正文。</p></div>'
               '<div class="xgjd"><h3>相关解读</h3><ul id="jd"></ul></div></body></html>')
    assert render_reason(article, lxml.html.fromstring(article), "document", True) == "related_box_empty"


def test_a_single_page_column_in_the_wanzai_chrome_reads_its_text() -> None:
    """FineCMS shows a single-page column (万载's top-bar 县委/县政府 pages, a guide) at its list address, its text
    in `#right_con` where a list's rows stand. Every 万载 page's search box is `<input type="text" id="text">`:
    its id the content word `text`, it was read as the body (empty), so such a page was a hub with no text, a
    guide's 施行 date unread. A form control is no content area."""
    html = (_REAL / "wanzai-gov-cn_vwell_wzyw_list_div-rows_gong-tiao-pager.html").read_text("utf-8")
    start, end = html.index('<div id="right_con">'), html.index('<div id="bottom">')
    text = ("为便于公民、法人和其他组织获取万载县人民政府的政府信息，编制本指南。一、主动公开　二、依申请公开　三、监督和救济。"
            "受理机构：万载县人民政府办公室。本指南自2026年3月1日起施行。")
    page = (html[:start].replace("万载要闻", "政府信息公开指南") + f'<div id="right_con"><p>{text}</p></div></div></div>\n'
            + html[end:]).replace("<title>万载要闻</title>", "<title>政府信息公开指南</title>")
    facts = extract_page(page, "http://www.wanzai.gov.cn/news-list-zfxxgkzn.html")
    assert (facts.kind, facts.single_article) == ("column", True)
    assert "本指南自2026年3月1日起施行" in facts.list_items[0].title + facts.body_text


def test_the_wanzai_trail_linked_protocol_relative_is_still_the_home_page() -> None:
    """The trail's `href="\\"` written with its host (`//www.wanzai.gov.cn/\\`): a browser reads the path
    `/\\` as `//`, and the server answers the home page there. Before, `http://host//` was a page of its own,
    the home page's copy: read as a column listing the home's rows, it took the 规范性文件 from their column
    (XunRuiCMS site under `links`, seed 16: 5 normative documents unjudged, a planted metadata defect
    passed)."""
    html = (_REAL / "wanzai-gov-cn_vwell_wzyw_list_div-rows_gong-tiao-pager.html").read_text("utf-8")
    assert 'href="\\"' in html
    html = html.replace('href="\\"', 'href="//www.wanzai.gov.cn/\\"')
    facts = extract_page(html, "http://www.wanzai.gov.cn/news-list-wanzaiyaowen.html")
    targets = {link.url for link in facts.links}
    assert "http://www.wanzai.gov.cn/" in targets and "http://www.wanzai.gov.cn//" not in targets
