"""易优 EyouCMS list pages (the eyou sample site's first-contact misses, as general patterns).

Markup from EyouCMS's own repository (weng-xianhu/eyoucms, read with the library tools): the stock text list
`template/pc/lists_article_text.htm` — rows `<li class="media media-lg border-bottom1">` (a thumbnail link, an
`<h4>` title link, `p.des`, `<p class="info font-weight-300"><span>{add_time|Y-m-d}</span> <span></span> <span><i
class="icon fa-eye …"></i> {click}</span></p>`) in `<ul class="ulstyle ey-pager-ajax imagesize">`, and the pager
`{eyou:pagelist …}` in `ul.tcdPageCode`, whose items the driver `core/library/think/paginator/driver/Eyou.php`
writes as `<li><a href="…" class="tcdNumber">…</a></li>`, `<li><span class="current">1</span></li>` and
`<li><span class="disabled">首页</span></li>`, and a list with no data only its total (getTotalResult); the stock
`template/pc/footer.htm` `<footer class="bg-main">` with its contact block's `div.media-body`s; the 精简伪静态
addresses of `application/route.php`: a column `/<dirname>/`, its later pages `/<dirname>/list_<typeid>_<page>/`.

Before: every list page read as a document (its `ul` named after the ajax pager read as pager chrome); with
that fixed, later pages `/zwdt/list_3_2/` were columns of their own (three false stale columns), an empty
list's page read the footer as its body (`bg-main`: the theme's colour named as a content area), a document, and
the stock picture list (`template/pc/lists_article.htm`: the date a calendar cell `<p>26</p><p>2025-08</p>` beside
the title's cell) read as a document too (a stale column missed)."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from govaudit.model.extract.markers import marker_flags
from govaudit.model.extract.page import extract_page
from tests.model.loopback import HTML, crawl_and_build

_ROWS = "".join(
    f'<li class="media media-lg border-bottom1"><div class="media-left"><a href="/zwdt/{300 + i}.html" title="檀溪镇开展森林防火巡查（{i}）">'
    ' <img class="media-object" src="/public/static/common/images/not_adv.jpg" alt="檀溪镇开展森林防火巡查" height="100" /></a></div>'
    f'<div class="media-body"><h4> <a href="/zwdt/{300 + i}.html" title="檀溪镇开展森林防火巡查（{i}）" target="_self">檀溪镇开展森林防火巡查（{i}）</a> </h4>'
    '<p class="des font-weight-300"> 近日，檀溪镇开展森林防火巡查。镇党委书记出席并讲话。</p>'
    f'<p class="info font-weight-300"> <span>2026-11-{19 - i:02d}</span> <span></span> <span> '
    '<i class="icon fa-eye m-r-5 font-weight-300"></i> 126 </span> </p></div></li>' for i in range(1, 11))
_PAGER = ('<li><span class="disabled">首页</span></li> <li><span class="disabled">上一页</span></li> '
          '<li><span class="current">1</span></li><li><a href="/zwdt/list_3_2/" class="tcdNumber">2</a></li> '
          '<li><a href="/zwdt/list_3_2/" class="tcdNumber">下一页</a></li> <li><a href="/zwdt/list_3_2/" class="tcdNumber">末页</a></li> '
          '共<strong>2</strong>页 <strong>14</strong>条')


_CHANNELS = "".join(f'<li class="float-left item-{k} hidden-l hidden-s"><h3 class="text-middle margin-big-bottom">{n}</h3><ul>'
                    f'<li><a href="/{d}/" title="{n}">{n}</a></li></ul></li>' for k, (d, n) in enumerate(
                        (("zwdt", "政务动态"), ("tzgg", "通知公告"), ("cjdt", "村居动态"), ("djgz", "党建工作")), 1))
FOOTER = ('<footer class="bg-main"><div class="container-layout"><ul>' + _CHANNELS +
          '<li class="float-left item-5"><h3 class="text-middle margin-big-bottom">联系我们</h3><div class="contact">'
          '<div class="media media-x margin-big-bottom"><span class="float-left radius-circle bg-yellow text-white text-center">'
          '<i class="fa fa-map-marker fa-fw" aria-hidden="true"></i></span><div class="media-body"><p>岫川县檀溪镇檀溪大道8号<p></div></div>'
          '<div class="media media-x margin-big-bottom"><span class="float-left radius-circle bg-yellow text-white text-center">'
          '<i class="fa-fw fa fa-phone"></i></span><div class="media-body"><p><a href="tel:0795-6621005" class="Conv_DINCondensedC '
          'text-large">0795-6621005</a><p></div></div><div class="media media-x margin-big-bottom"><span class="float-left radius-circle '
          'bg-yellow text-white text-center"><i class="fa fa-envelope fa-fw"></i></span><div class="media-body"><p><a href="mailto:'
          'txzdzb@163.com" class="text-middle">txzdzb@163.com</a></p></div></div></div></li><li class="float-left item-6"><div class="qr '
          'padding radius text-center"><img src="/uploads/allimg/20220315/1-22031509403N96.jpg"><p class="text-gray height-middle">关注我们'
          '</p></div></li></ul></div><div class="blank-middle"></div><div class="container-layout"><div class="line"><div class="tab">'
          '<div class="tab-head"><ul class="tab-nav"><li class="active"><a href="#friend-1">友情链接</a></li></ul></div><div class="tab-body">'
          '<div class="tab-panel active flink" id="friend-1"><a href="http://www.xiuchuan.gov.cn/" target="_blank">岫川县人民政府 </a>'
          '<a href="http://www.jiangxi.gov.cn/" target="_blank">江西省人民政府 </a><a href="http://www.gov.cn/" target="_blank">中国政府网 </a>'
          '</div></div></div></div></div><div class="container-layout"><div class="line">'
          '<div class="copyright height"><div class="x8">Copyright © 2022-2026 檀溪镇人民政府 版权所有 主办：檀溪镇人民政府 '
          '网站标识码：3609250012　<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备2022004417号-1</a></div>'
          '<div class="x4 text-right"><a href="/sitemap.xml">SiteMap</a></div></div></div></div></footer>')


def page(rows: str = _ROWS, pager: str = _PAGER) -> str:
    return ('<!DOCTYPE html><html><head><title>政务动态_檀溪镇人民政府</title><meta charset="utf-8" /></head><body>'
            '<header class="ey-head"><nav class="ey-nav"><ul class="nav-menu"><li><a href="/">首页</a></li>'
            '<li><a href="/zwdt/">政务动态</a></li></ul></nav></header>'
            '<main e-page="lists_article"><div class="ey-banner-ny vertical-align text-center"><h1 class="vertical-align-middle">政务动态</h1></div>'
            '<section class="ey-crumbs hidden-sm-down"><ol class="breadcrumb"><li class="breadcrumb-item"> 当前位置：<a href="/">首页</a>'
            ' &gt; <a href="/zwdt/">政务动态</a> </li></ol></section><section class="ey-news animsition"><div class="container"><div class="row">'
            '<div class="col-md-9 ey-news-body"><div class="row"><div class="ey-news-list">'
            f'<ul class="ulstyle ey-pager-ajax imagesize" data-scale="400x400">{rows}</ul>'
            f'<div class="m-t-20 text-xs-center hidden-sm-down"><ul class="tcdPageCode">{pager}</ul></div></div></div></div></div></div>'
            f'</section></main>{FOOTER}</body></html>')


def test_a_list_named_after_its_ajax_pager_is_the_list_whatever_the_cms_prefix() -> None:
    facts = extract_page(page(), "http://s/zwdt/")
    assert facts.list_state == "listed" and len(facts.list_items) == 10
    assert facts.list_items[0].url == "http://s/zwdt/301.html" and facts.list_items[0].date == "2026-11-18"
    assert marker_flags("ulstyle ey-pager-ajax imagesize ")[0] is False
    assert marker_flags("ey-pager-ajax-link ")[0] is True  # a load-more button named so is still a pager


def test_an_empty_list_is_empty_however_the_footer_is_named() -> None:
    facts = extract_page(page("", "共<strong>0</strong>页 <strong>0</strong>条"), "http://s/bmfw/")
    assert (facts.kind, facts.list_state, facts.list_items, facts.declared_count) == ("column", "empty", [], 0)
    assert marker_flags("bg-main ")[3] is True  # a content-area name, but on a <footer> element


def _eyou_site() -> dict:
    """Two columns of EyouCMS's stock lists (a full pager; the stock `index,end,pre,next` one, no numbers) and an empty one."""
    pages: dict = {"/": (200, HTML, page("", "").replace("<h1 class=\"vertical-align-middle\">政务动态</h1>", "")
                         + '<a href="/zwdt/">政务动态</a><a href="/tzgg/">通知公告</a><a href="/bmfw/">便民服务</a>')}
    for dirname, tid, name, count, numbered in (("zwdt", 3, "政务动态", 25, True), ("tzgg", 4, "通知公告", 17, False),
                                               ("bmfw", 7, "便民服务", 0, True)):
        def url(n: int) -> str:
            return f"/{dirname}/" if n == 1 else f"/{dirname}/list_{tid}_{n}/"
        ids = [500 + tid * 100 + i for i in range(count)]
        chunks = [ids[k:k + 10] for k in range(0, count, 10)] or [[]]
        last = len(chunks)
        for n, chunk in enumerate(chunks, 1):
            rows = "".join(
                f'<li class="media media-lg border-bottom1"><div class="media-body"><h4> <a href="/{dirname}/{i}.html" '
                f'title="关于做好第{i}项重点工作的通知" target="_self">关于做好第{i}项重点工作的通知</a> </h4>'
                f'<p class="info font-weight-300"> <span>2026-11-{19 - (i % 100) // 2:02d}</span> <span></span> <span> '
                '<i class="icon fa-eye m-r-5 font-weight-300"></i> 26 </span> </p></div></li>' for i in chunk)

            def button(k: int, text: str, dead: bool) -> str:
                return f'<li><span class="disabled">{text}</span></li>' if dead else f'<li><a href="{url(k)}" class="tcdNumber">{text}</a></li>'
            nums = "".join(f'<li><span class="current">{k}</span></li>' if k == n else f'<li><a href="{url(k)}" class="tcdNumber">{k}</a></li>'
                           for k in range(1, last + 1)) if numbered else ""
            pager = (" ".join((button(1, "首页", n <= 1), button(n - 1, "上一页", n <= 1), nums, button(n + 1, "下一页", n >= last),
                               button(last, "末页", n >= last))) + f" 共<strong>{last}</strong>页 <strong>{count}</strong>条"
                     if chunk else "共<strong>0</strong>页 <strong>0</strong>条")
            html = page(rows, pager).replace("政务动态_", f"{name}_").replace('"vertical-align-middle">政务动态', f'"vertical-align-middle">{name}')
            pages[url(n)] = (200, HTML, html.replace(' &gt; <a href="/zwdt/">政务动态</a>', f' &gt; <a href="/{dirname}/">{name}</a>'))
        for i in ids:
            pages[f"/{dirname}/{i}.html"] = (200, HTML, page("", "").replace("<h1 class=\"vertical-align-middle\">政务动态</h1>", "")
                                             .replace('<ul class="ulstyle ey-pager-ajax imagesize" data-scale="400x400"></ul>',
                                                      f'<div class="post"><h1>关于做好第{i}项重点工作的通知</h1><div class="text-gray">'
                                                      '<span class="margin-right">发布时间：2026-10-01</span></div><p>'
                                                      + "各村（社区）要高度重视，抓好落实。" * 10 + "</p></div>"))
    return pages


def test_later_pages_named_by_type_id_and_number_join_their_column(tmp_path: Path) -> None:
    model, base = crawl_and_build(_eyou_site(), tmp_path / "out")
    columns = {"/" + c.url.removeprefix(base): c for c in model.columns}
    assert set(columns) == {"/zwdt/", "/tzgg/", "/bmfw/"}, sorted(columns)
    zwdt, tzgg, empty = columns["/zwdt/"], columns["/tzgg/"], columns["/bmfw/"]
    assert (len(zwdt.items), ["/" + p.removeprefix(base) for p in zwdt.pages]) == (25, ["/zwdt/", "/zwdt/list_3_2/", "/zwdt/list_3_3/"])
    assert (len(tzgg.items), len(tzgg.pages)) == (17, 2)  # reached through 下一页 alone
    assert (empty.state, empty.items) == ("empty", [])


def _tile(aid: int, day: str, month: str) -> str:
    """A row of EyouCMS's stock picture list (template/pc/lists_article.htm), its date a calendar cell."""
    return (f'<div class="line bg-white list-news"><div class="x4"><div class="media-img"><a href="/cjdt/{aid}.html" title="檀溪村召开村民代表大会（{aid}）">'
            f'<img src="/public/static/common/images/not_adv.jpg" class="img-responsive" alt="檀溪村召开村民代表大会"></a></div></div>'
            f'<div class="x1 text-center"><div class="time text-center"><p class="text-large Conv_DINCondensedC">{day}</p>'
            f'<p class="Conv_DINCondensedC text-middle text-gray">{month}</p></div></div>'
            f'<div class="x6"><div class="news margin-top"><h3><a href="/cjdt/{aid}.html">檀溪村召开村民代表大会（{aid}）</a></h3>'
            '<p class="text-gray hidden-l">活动现场气氛热烈。会议要求，各村（社区）要压实工作责任。</p></div></div>'
            f'<div class="x1"><a href="/cjdt/{aid}.html" class="button radius-none text-center"><i class="fa fa-long-arrow-right"></i></a>'
            '</div></div>')


def test_a_picture_list_dated_by_a_calendar_cell_beside_the_title() -> None:
    tiles = "".join(_tile(260 + i, f"{26 - i:02d}", "2025-08") for i in range(6))
    html = page().replace(page().split('<section class="ey-news animsition">')[1].split("</section>")[0],
                          f'<div class="container"><div id="block001">{tiles}</div><div class="text-center">'
                          '<a href="javascript:void(0);" class="button button-big bg-yellow" onclick="tag_arcpagelist_multi(this,\'block001\',5,3);">'
                          '点击浏览更多</a></div></div>')
    facts = extract_page(html, "http://s/cjdt/")
    assert (facts.kind, facts.list_state, len(facts.list_items)) == ("column", "listed", 6)
    assert [i.date for i in facts.list_items[:2]] == ["2025-08-26", "2025-08-25"]
    assert facts.list_items[0].title.startswith("檀溪村召开村民代表大会") and "260" in facts.list_items[0].title


def _article(title: str, text: str, box: list[str]) -> str:
    """An article of EyouCMS's stock template/pc/view_article.htm, its side box 随便看看 ten random titles of the site."""
    rows = "".join(f'<li class="dot"><a href="/gfxwj/{300 + k}.html" title="{t}" class="height">{t}</a></li>' for k, t in enumerate(box))
    return ('<!DOCTYPE html><html><head><title>' + title + '_檀溪镇人民政府</title><meta charset="utf-8" /></head><body>'
            '<header class="ey-head"><nav class="ey-nav"><ul class="nav-menu"><li><a href="/">首页</a></li></ul></nav></header>'
            '<div class="layout bg-gray"><div class="container"><div class="line"><div class="x9"><div class="sidebar-l"><div class="article">'
            f'<div class="padding-large bg-white"><div class="post"><h1>{title}</h1><div class="blank"></div>'
            '<div class="text-gray padding-big-bottom text-default"><span class="margin-right">作者：党政办</span>'
            '<span class="margin-right">发布时间：2026-10-22</span><span class="margin-right">点击数：<i id="eyou_arcclick_286" '
            'class="eyou_arcclick"></i></span></div><hr class="bg-gray"><div class="blank"></div>'
            f'<p>{text}</p></div><div class="padding-large-top border-top height"><div class="line"><div class="x10">上一篇：没有了'
            '<div class="blank"></div>下一篇：没有了</div></div></div></div></div></div></div><div class="x3"><div class="sidebar-r">'
            f'<div class="bg-white padding-big"><div class="title-l"><h2>随便看看</h2></div><ul class="list-post-text">{rows}</ul></div>'
            f'</div></div></div></div></div>{FOOTER}</body></html>')


def test_the_random_box_beside_an_article_is_not_its_body() -> None:
    """Before: the box (`ul.list-post-text`, a content-area name) was read as the body of a short 图解, whose
    《…》 mentions then tied it to the documents the box happened to show."""
    others = ["图解：《檀溪镇镇村公共停车管理办法》", "檀溪镇开展反诈宣传进村入户（20）", "檀溪镇开展森林防火巡查（32）",
              "关于做好冬季森林防火工作的通知（1）", "上坊村开展重阳节敬老活动", "檀溪镇党委开展党员冬训（6）",
              "关于开展燃气安全排查工作的通知（7）", "檀溪镇开展秋冬种生产指导（25）", "关于城乡居民医保参保缴费工作的通知（14）",
              "竹坑村开展人居环境整治"]
    body = ("一、制定背景　为规范本镇村级公益事业一事一议工作，镇人民政府组织起草了《檀溪镇村级公益事业一事一议办法》。</p>"
            "<p>二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。</p><p>三、解读机关　镇党政办。会议要求，各村（社区）"
            "和镇直各单位要坚持以人民为中心的发展思想，压实工作责任，细化工作措施，加强督促检查，对照时间节点抓好落实，确保各项工作任务按期完成。"
            '</p><p>相关文件：<a href="/gfxwj/285.html">檀溪镇人民政府关于印发《檀溪镇村级公益事业一事一议办法》的通知</a>')
    facts = extract_page(_article("图解：《檀溪镇村级公益事业一事一议办法》", body, others), "http://s/zcjd/286.html")
    assert facts.kind == "document" and "制定背景" in facts.body_text
    assert not any(o in facts.body_text for o in others)


def test_a_banner_heading_named_like_a_related_box_is_the_pages_own_name() -> None:
    """The stock list's banner `<h1 class="vertical-align-middle">政策解读</h1>` opens `<main e-page="lists_article">`
    around the whole list; the column itself is 解读回应 in the <title> and the trail (a channel banner naming the
    section, as sites do). 政策解读 is also a related box's heading, so on a page whose own names (title, trail,
    highlighted menu item) do not say it and that reads as an article (the list's summaries, in one table cell,
    read as prose), the whole <main> was read as a related box: its rows were no list rows, the page a document
    (eyou under all mutations, seed 16: the 政策解读 column unjudged)."""
    rows = "".join(
        f'<li class="media media-lg border-bottom1"><div class="media-left"><a href="/zcjd/{286 + i}.html" title="《檀溪镇{n}》政策解读">'
        ' <img class="media-object" src="/public/static/common/images/not_adv.jpg" height="100" /></a></div>'
        f'<div class="media-body"><h4> <a href="/zcjd/{286 + i}.html" target="_self">《檀溪镇{n}》政策解读</a> </h4>'
        f'<p class="des font-weight-300"> 一、制定背景为规范本镇{n[:-2]}工作，镇人民政府组织起草了《檀溪镇{n}》。二、主要内容《办法》共四条，明确了适用范围。</p>'
        f'<p class="info font-weight-300"> <span>2026-{10 - i:02d}-22 10:02:12</span> <span></span> <span> '
        '<i class="icon fa-eye m-r-5 font-weight-300"></i> 102 </span> </p></div></li>'
        for i, n in enumerate(("村级公益事业一事一议办法", "镇村公共停车管理办法", "村干部考核办法", "河道保洁管理办法",
                               "农村建房管理办法", "村级集体经济项目管理办法", "镇区门前三包责任办法", "村级小微权力清单管理办法")))
    html = (page(rows, "").replace("<title>政务动态_", "<title>解读回应_")
            .replace('vertical-align-middle">政务动态</h1>', 'vertical-align-middle">政策解读</h1>')
            .replace('<a href="/zwdt/">政务动态</a> </li></ol>', '<a href="/zcjd/">解读回应</a> </li></ol>'))
    # the whole page in a table layout's one cell, and class words the model does not know (a theme of another
    # CMS), as the `layout` and `classes` mutations write them: the cell, list and all, reads as prose
    html = html.replace("<main", '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><main')
    html = html.replace("</main>", "</main></td></tr></table>")
    html = re.sub(r'class="([^"]*)"', lambda m: 'class="%s"' % " ".join(f"x{zlib.crc32(w.encode()):08x}" for w in m.group(1).split()), html)
    facts = extract_page(html, "http://s/zcjd/")
    assert (facts.kind, facts.list_state, len(facts.list_items)) == ("column", "listed", 8)
    assert facts.list_items[0].date == "2026-10-22"
