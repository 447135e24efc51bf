"""An article too short to read as prose, on a site without the 2019 meta tags.

A 图解 interpretation is a picture and a caption; a notice may be two lines. Without the
ArticleTitle meta (many county sites never added the 2019 tags) such a page read as a hub:
the policy document it interprets then failed interpretation-missing, a wrong verdict. Stripping
the 2019 meta tags from every sample site gave false interpretation-missing findings on 15 of 17
templates (their interpretations are a few lines; 4 remain on shtml, whose articles show their date
unlabelled). The article's template says what it is: a body that class names find, under a
labelled 发布日期, on a page that no trail leaf names as a column.

Markup: PageAdmin's detail control (`detail_zdymodel`, a template kept in a public repository):
`<div class="articleinfor" id="articleinfor"><ul><li class="title"><h1>…</h1></li><li class="info">
发布日期：yyyy-MM-dd … 浏览量：<span id="clicks"></span> …</li></ul><div class="content" id="Content">`,
its `<div class='related'>&nbsp;<span class='headtxt'>相关文档</span><ul>` box and `<ul
class="sublanmu_pn">`, inside the rendered column shell's `current_location` trail."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page


def _page(title: str, trail_leaf: str, inner: str) -> str:
    return ('<html><head><meta name="Author" content="PageAdmin CMS" /><title>' + title + '-汀岚县人民政府</title></head><body>'
            '<div class="menu_box" id="Menu"><ul>' + "".join(f'<li class="menu_style"><a href="/{p}/" class="menu">{n}</a></li>'
                                                          for p, n in (("xwzx", "新闻中心"), ("xxgk", "信息公开"), ("hdjl", "互动交流"),
                                                                       ("zwfw", "政务服务"), ("zjtl", "走进汀岚"))) + "</ul></div>"
            '<div class="main_box_inner_left"><ul id="rootul_62">' + "".join(
                f'<li id="sl{k}"><a href="/xxgk/c{k}/" class="sla{k}">栏目{k}</a></li>' for k in range(621, 627)) + "</ul></div>"
            '<div class="main_box_inner_right"><div class="current_location current_location_622" id="current_location"><ul>'
            '<li class="current_location_1">当前位置：<a href=/>首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; '
            f'<a href="/xxgk/zcjd/">政策解读</a></li><li class="current_location_2">{trail_leaf}</li></ul></div>'
            f'<div class="sublanmu_box sublanmu_box_622" id="sublanmu_box"><div class="sublanmu_content" id="sublanmu_content">{inner}'
            '</div></div></div><div class="bottom_box">网站标识码：1508250011</div></body></html>')


def _article(title: str, body: str) -> str:
    return (f'<div class="articleinfor" id="articleinfor">\n<ul>\n<li class="title"><h1>{title}\n</h1></li>\n<li class="info">\n'
            '发布日期：2026-10-30&nbsp;&nbsp;\n浏览量：<span id="clicks"></span>&nbsp;&nbsp;&nbsp;来源：汀岚县人民政府办公室</li>\n</ul>\n'
            f'<div class="content" id="Content">\n{body}\n</div>\n</div>\n')


def test_a_picture_interpretation_without_meta_tags_is_a_document() -> None:
    title = "图解：《汀岚县牧区草场流转管理办法》"
    inner = (_article(title, '<p style="text-align:center"><img src="/e/upload/s1/article/image/2026/10/tj.jpg" /></p><p>一图读懂。</p>')
             + "<div class='related'>&nbsp;<span class='headtxt'>相关文档</span><ul><li><a href=\"/article/detail_2202.html\" "
               "target=_blank>汀岚县人民政府关于印发《汀岚县牧区草场流转管理办法》的通知</a></li></ul></div>\n"
               '<ul class="sublanmu_pn">\n<li>上一篇：<a href="/article/detail_2216.html">关于《汀岚县住房公积金提取管理办法》的解读</a></li>\n'
               "<li></li>\n</ul>\n")
    facts = extract_page(_page(title, "正文", inner), "http://s/article/detail_2209.html")
    assert (facts.kind, facts.title, facts.pub_date) == ("document", title, "2026-10-30")
    assert facts.related_links == ["http://s/article/detail_2202.html"]


def test_a_short_static_page_named_by_its_trail_is_no_document() -> None:
    inner = _article("机构职能", "<p>县人民政府是县级国家行政机关。</p>")
    facts = extract_page(_page("机构职能", "机构职能", inner), "http://s/xxgk/jgzn/")
    assert facts.kind != "document"
