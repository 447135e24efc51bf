"""YzmCMS pages (the yzm sample site's first-contact misses, as general patterns).

Markup from YzmCMS's own repository (yzmcms/yzmcms, read with the library tools), as the yzm sample site writes it
(tests/sites/yzm.py): the stock article template `application/index/view/default/show_article.html` (`div.yzm-title`
with the column's name and 当前位置, `<h1>`, `div.yzm-content-info` 更新时间, `div.yzm-content`, 上一篇/下一篇 and a
相关内容 box of `{m:relation}` rows `<li><span class="yzm-date">Y-m-d</span><a>…</a></li>`, the 点击排行 side box dated
`m-d`); the picture list `list_article_img.html` (`div.img_text_list` rows: thumbnail, `[栏目]`, the title in
`<strong>`, the description and `[详细]`, no date) under `{$pages}` — `yzm_tag::pages()`: `<span class="pageinfo">`
with the record count before `page::getfull(false)`; the search page `search.html` answering a tag (undated
`div.yzm-news` rows beside the site's 最近更新, `{m:all}` dated `m-d`); `get_location()`'s ` &gt; ` trail
(common/function/system.func.php). Each test fails on e245f36."""

from __future__ import annotations

import lxml.html

from govaudit.crawl.render_need import render_reason
from govaudit.model.extract.page import extract_page

GOV = "青枫街道办事处"


def _page(title: str, body: str) -> str:
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{title}_{GOV}</title><meta name="author" content="YzmCMS内容管理系统">'
            '<script type="text/javascript" src="/common/static/js/jquery-1.8.2.min.js"></script>'
            '<script type="text/javascript" src="/common/static/js/yzm-front.js"></script></head><body>'
            '<div class="yzm-container-box"><div class="yzm-header"><div class="yzm-logo"><a href="/">青枫街道</a></div></div>'
            '<div class="yzm-menu"><ul class="yzm-nav"><li><a href="/">首页</a></li><li><a href="/jddt/">街道动态</a></li>'
            '<li><a href="/sqfc/">社区风采</a></li><li><a class="current" href="/xxgk/">信息公开</a><ul class="sub_nav">'
            '<li><a href="/gfxwj/">规范性文件</a></li><li><a href="/zcjd/">政策解读</a></li></ul></li></ul></div></div>'
            f'<div class="yzm-container">{body}</div><div class="clearfix"></div><div class="yzm-container-box yzm-footer"><div>'
            '<p><a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备2021013857号-1</a> <a href="/index.php?m=guestbook&amp;c=index'
            f'&amp;a=init">留言板</a></p><p>主办：{GOV}　网站标识码：4306230031</p>'
            '<p>Powered by <a href="http://www.yzmcms.com" target="_blank">YzmCMS</a> © 2014-2021</p></div></div></body></html>')


_RELATED = (("/zcjd/369.html", "《青枫街道沿街门店环境卫生管理办法》政策解读", "2026-05-25"),
            ("/zcjd/367.html", "图解：《青枫街道老旧小区改造管理办法》", "2026-06-20"),
            ("/zcjd/365.html", "《青枫街道社区工作者考核办法》政策解读", "2026-08-04"),
            ("/zcjd/363.html", "图解：《青枫街道小区公共停车管理办法》", "2026-08-22"),
            ("/zcjd/371.html", "图解：《青枫街道社区小微权力清单办法》", "2026-04-24"))


def _interpretation(related: bool = True) -> str:
    rel = "".join(f'<li><span class="yzm-date">{d}</span><a href="{u}" title="{t}" target="_blank">{t}</a></li>'
                  for u, t, d in _RELATED) if related else ""
    hits = "".join(f'<li><em>{k + 1}</em><span class="date">{d[5:]}</span><a href="{u}" title="{t}" target="_blank">{t}</a></li>'
                   for k, (u, t, d) in enumerate(_RELATED))
    return _page("图解：《青枫街道社区公益事业一事一议办法》", (
        '<div class="yzm-main-left yzm-box-left"><div class="yzm-content-box"><div class="yzm-title"><h2>政策解读</h2>'
        '<span class="yzm-title-right">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/zcjd/">政策解读</a>'
        '</span></div><div class="yzm-content-container"><h1>图解：《青枫街道社区公益事业一事一议办法》</h1><div class="yzm-content-info">'
        '<span>更新时间：2026-10-22 09:00:00</span>   <span>编辑：党政办  </span>   <span>浏览：300</span></div><div class="yzm-content">'
        '<p style="text-indent:2em;">一、制定背景　为规范本街道社区公益事业一事一议工作，街道办事处组织起草了《青枫街道社区公益事业一事一议办法》。</p>'
        '<p style="text-indent:2em;">二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。</p>'
        '<p style="text-indent:2em;">三、解读机关　街道党政综合办公室。</p>'
        '<p>相关文件：<a href="/gfxwj/359.html" target="_blank">青枫街道办事处关于印发《青枫街道社区公益事业一事一议办法》的通知</a></p></div>'
        '<div class="yzm-content-tag"><a href="/index.php?m=search&amp;c=index&amp;a=tag&amp;id=2" target="_blank">政策解读</a></div>'
        '<div class="yzm-operate"><a href="javascript:;" id="favorite">收藏</a><a href="javascript:;" class="print">打印</a></div>'
        '<div class="yzm-pre-next"><p>上一篇：<a href="javascript:;">已经是第一篇</a></p><p>下一篇：<a href="/zcjd/363.html">'
        '图解：《青枫街道小区公共停车管理办法》</a></p></div></div></div><div class="yzm-line"></div>'
        f'<div class="yzm-content-box yzm-text-list"><div class="yzm-title"><h2>相关内容</h2></div><ul>{rel}</ul></div></div>'
        '<div class="yzm-main-right"><div class="yzm-content-box"><div class="yzm-title"><h2>点击排行</h2></div>'
        f'<ul class="yzm-ranking">{hits}</ul></div></div>'))


def test_a_short_article_beside_its_related_box_is_an_article() -> None:
    """The 相关内容 box's five dated rows outweighed a three-paragraph 解读: it read as a column of them, so the
    document it links owed an interpretation it has (3 false interpretation-missing on the yzm site)."""
    facts = extract_page(_interpretation(), "http://www.qingfeng.gov.cn/zcjd/360.html")
    assert facts.kind == "document" and facts.pub_date == "2026-10-22"
    assert not facts.list_items and "小区公共停车管理办法》" not in facts.body_text


def test_an_empty_related_box_the_server_fills_starts_no_browser() -> None:
    """relation() returns nothing for an untagged article and the box is served empty (yzm_tag.class.php): no script
    fills it, so an empty 相关内容 box is no reason to render (every untagged article was rendered)."""
    html = _interpretation(related=False)
    assert render_reason(html, lxml.html.fromstring(html), "document", True) is None
    # (passes on e245f36 too, where 相关内容 headed no related box: it keeps the reading above from starting a
    # browser on every untagged article; an empty 相关解读 box still does.)
    scripted = html.replace("<h2>相关内容</h2>", "<h2>相关解读</h2>")
    assert render_reason(scripted, lxml.html.fromstring(scripted), "document", True) == "related_box_empty"


def _pictures() -> str:
    titles = ("青枫社区开展重阳节敬老活动", "桂井社区召开居民议事会", "南塘社区开展人居环境整治", "湾头社区开展重阳节敬老活动",
              "青枫社区召开居民议事会", "桂井社区开展人居环境整治", "南塘社区开展重阳节敬老活动")
    rows = "".join(f'<div class="img_text_list"><a href="/sqfc/{352 + k}.html"><img src="/uploads/2025/pic{352 + k}.jpg" alt="{t}" '
                   f'title="{t}"></a><span>[社区风采]</span><strong><a href="/sqfc/{352 + k}.html">{t}</a></strong><p>活动现场气氛热烈。'
                   '会议要求，各社区和街道各科室要坚持以人民为中心的发展思想，压实工作责任。'
                   f'<a href="/sqfc/{352 + k}.html">[详细]</a></p></div>\n' for k, t in enumerate(titles))
    return _page("社区风采", (
        '<div class="main_left"><div class="ind_bt col46"><a href="/">首页</a> &gt; <a href="/sqfc/">社区风采</a></div>\n'
        f'{rows}<div id="page"><span class="pageinfo">共<strong> 7 </strong>条记录</span><a href="/sqfc/" class="homepage">首页</a>'
        '<a href="/sqfc/" class="nopage">上一页</a><a href="/sqfc/" class="listpage curpage">1</a><a href="/sqfc/" class="nopage">下一页</a>'
        '<a href="/sqfc/" class="endpage">尾页</a></div></div><div class="main_right"><h2 class="ind_bt mt_20 pl_10">频道点击排行</h2>'
        '<div class="l_list"><ul>' + "".join(f'<li><a href="/sqfc/{352 + k}.html" title="{t}" target="_blank">{t}</a></li>'
                                             for k, t in enumerate(titles)) + '</ul></div></div>'))


def test_a_picture_list_with_excerpts_is_the_columns_undated_list() -> None:
    """The rows' excerpts read as an article's prose (a document with no date), then as a list the page says holds 7
    records but shows none (not observed): the stale 社区风采 column was never judged. Each row links one page of its
    own (thumbnail, title, [详细]): a list of 7 undated items, the short titles (11 characters) among them."""
    facts = extract_page(_pictures(), "http://www.qingfeng.gov.cn/sqfc/")
    assert (facts.kind, facts.list_state, facts.declared_count) == ("column", "listed", 7)
    assert [i.url.rsplit("/", 1)[1] for i in facts.list_items] == [f"{352 + k}.html" for k in range(7)]
    assert all(i.date is None and "详细" not in i.title for i in facts.list_items)


def test_a_tag_result_page_lists_its_rows_not_the_sites_newest() -> None:
    """search.html answering a tag: the undated result rows (each its own `div.yzm-news`, linking the tag's page — this
    page — too) are the list; the 最近更新 box beside them is the site's newest titles (`m-d`), a side widget."""
    docs = [(359 + 2 * k, f"青枫街道办事处关于印发《青枫街道第{k + 1}号管理办法》的通知") for k in range(7)]
    rows = "".join(f'<div class="yzm-news"><a href="/gfxwj/{i}.html" class="yzm-news-img"><img src="/common/static/images/nopic.jpg" '
                   f'alt="{t}" title="{t}" /></a><div class="yzm-news-right"><a href="/gfxwj/{i}.html">{t}</a><p>各社区、街道各科室：现将办法'
                   '印发给你们，请认真贯彻执行。</p><div class="yzm-news-tags"><a href="/index.php?m=search&amp;c=index&amp;a=tag&amp;id=1" '
                   'target="_blank" >规范性文件</a></div></div></div>' for i, t in docs)
    recent = "".join(f'<li><span class="date">11-{18 - k:02d}</span><a href="/jddt/{301 + k}.html" title="青枫街道开展第{k + 1}次消防安全大检查" '
                     f'target="_blank">青枫街道开展第{k + 1}次消防安全大检查</a></li>' for k in range(10))
    html = _page("规范性文件", (
        f'<div class="yzm-content-box yzm-main-left yzm-news-list"><div class="yzm-title"><h2>“规范性文件” 的搜索结果，共7条</h2></div>'
        f'{rows}<div id="page"></div></div><div class="yzm-main-right"><div class="yzm-content-box"><div class="yzm-title">'
        f'<h2>最近更新</h2></div><ul class="yzm-like-list">{recent}</ul></div></div>'))
    facts = extract_page(html, "http://www.qingfeng.gov.cn/index.php?m=search&c=index&a=tag&id=1")
    assert facts.list_state == "listed" and facts.declared_count == 7
    assert [i.url.rsplit("/", 1)[1] for i in facts.list_items] == [f"{i}.html" for i, _ in docs]


def test_an_article_dated_only_by_a_bracketed_update_time_is_an_article() -> None:
    """YzmCMS's stock article shows only `更新时间：Y-m-d H:i:s` before 编辑/浏览; written `[2026-10-29] 10:05:15` (the
    `dates` mutation, seed 0) it read as a data page dated by its update — every news article a stale column of one
    (43 false stale columns, two false vetoes): the update text was looked up without its bracket, and the info
    labels after the date were not seen past the closing one."""
    html = _interpretation().replace("更新时间：2026-10-22 09:00:00", "更新时间：[2026-10-22] 09:00:00")
    facts = extract_page(html, "http://www.qingfeng.gov.cn/jddt/305.html")
    assert (facts.kind, facts.pub_date) == ("document", "2026-10-22")
