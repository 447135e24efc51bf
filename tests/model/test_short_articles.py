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


# PHPCMS v9's default article template (`templates/default/content/show.html`, kept in a public
# repository): the date opens the info line and 来源 follows it, with no 发布时间 label.
def _phpcms_show(title: str, body: str) -> str:
    return ('<html><head><title>' + title + ' - 政策解读 - 云溪县人民政府</title></head><body>'
            '<div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/index.php?m=content&c=index&a=lists&catid=12">'
            '政策解读</a> &gt;  正文</div><div id="Article"><h4 class="sep10">' + title + '</h4>'
            '<span>2026-10-30 09:12:05&nbsp;&nbsp;&nbsp;来源：云溪县人民政府办公室&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" '
            'id="comment">0</a> 点击：</span><span id="hits"></span><div class="content">' + body + '</div></div>'
            '<div class="footer">网站标识码：5301990012</div></body></html>')


def test_an_article_dated_at_the_head_of_its_info_line_without_meta_tags_is_a_document() -> None:
    """`2026-10-30 09:12:05 来源：…`: the info line's 来源 after the date labels the line, as 发布日期
    before it would (shtml's interpretations, `2025年05月06日 来源：…`, read as hubs without the meta tags)."""
    title = "《云溪县物业服务收费管理办法》政策解读"
    facts = extract_page(_phpcms_show(title, "<p>一、制定背景。</p><p>二、主要内容。</p>"),
                         "http://s/index.php?m=content&c=index&a=show&catid=12&id=88")
    assert (facts.kind, facts.title, facts.pub_date) == ("document", title, "2026-10-30")


def test_a_date_after_a_heading_with_no_info_label_stays_unlabelled() -> None:
    """The same page whose date stands alone after the heading (a list's first row may): no article."""
    html = _phpcms_show("政策解读", "<p>一、制定背景。</p>").replace("&nbsp;&nbsp;&nbsp;来源：云溪县人民政府办公室", "")
    html = html.replace("&nbsp;&nbsp;&nbsp;评论：", " ").replace(" 点击：", "")
    facts = extract_page(html, "http://s/index.php?m=content&c=index&a=lists&catid=12")
    assert facts.kind != "document"


def test_a_short_interpretation_whose_body_no_class_names_is_a_document() -> None:
    """A CMS whose class words are unknown and which writes no meta tags: the interpretation's body
    (under 150 characters, so no prose) is the unnamed block of its text, dated by its labelled
    发布时间, linking its document (its 相关文件). Before, it read as a hub and the document it
    interprets failed interpretation-missing."""
    title = "《青峰区农村集体资产管理办法》政策解读"
    html = ('<html><head><title>' + title + ' - 青峰区人民政府</title></head><body>'
            '<div class="x1"><a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/zcjd/">政策解读</a></div>'
            '<div class="x2"><h2>' + title + '</h2><div class="x3">发布时间：2026-10-28</div><div class="x4">'
            '<p>一、起草背景。为规范农村集体资产管理，起草了本办法。</p><p>二、主要内容。明确了资产清查、登记和处置程序。</p>'
            '<p>相关文件：<a href="/xxgk/gfxwj/20668.jhtml">青峰区人民政府关于印发《青峰区农村集体资产管理办法》的通知</a></p>'
            '</div></div><div class="x5">网站标识码：3609020001</div></body></html>')
    facts = extract_page(html, "http://s/xxgk/zcjd/20671.jhtml")
    assert (facts.kind, facts.title, facts.pub_date) == ("document", title, "2026-10-28")
    assert "http://s/xxgk/gfxwj/20668.jhtml" in [link.url for link in facts.body_links]


# A real footer (pingtan.gov.cn, ../shared/corpus/pingtan: 网站标识码, 公安备案号, ICP and 版权所有 in spans).
_PINGTAN_FOOT = ('<div class="x9"><p><span>网站标识码：3590000001</span><span><img src="/images/babs.png" /> '
                 '<a href="https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=35012899001-19002" Target="_blank">'
                 '公安备案号：35012899001-19002</a></span><span><a href="https://beian.miit.gov.cn" Target="_blank" '
                 'title="闽ICP备09032658号">闽ICP备09032658号</a></span></p>'
                 '<p><span>版权所有：平潭综合实验区党工委管委会网站</span></p></div>')


def test_a_picture_interpretation_shorter_than_the_footer_is_a_document() -> None:
    """PHPCMS v9's show template with class names nobody here knows and no meta tags: a 图解 (a
    picture, a caption, its 相关文件) holds less text than the footer, which the unnamed-body search
    took for the body; the page then read as a hub and its document failed interpretation-missing
    (accuracy --mutate classes,metas: phpcms and aspx interpretations 0.36). The footer its labels
    tell is no body."""
    title = "一图读懂《云溪县农村人居环境整治实施意见》"
    html = ('<html><head><title>' + title + ' - 云溪县人民政府</title></head><body>'
            '<div class="x1"><a href="/">首页</a><span> &gt; </span><a href="/index.php?m=content&c=index&a=lists&catid=34">'
            '政策解读</a> &gt;  正文</div><div class="x2"><div id="x3"><h1>' + title + '</h1>'
            '<div class="x4">发布时间：2026年03月03日　来源：云溪县人民政府</div><div class="x5">'
            '<p style="text-align:center"><img src="/uploadfile/2026/0303/tj.jpg" alt="一图读懂" /></p>'
            '<p>相关文件：<a href="/index.php?m=content&c=index&a=show&catid=32&id=358">云溪县人民政府关于推进农村人居环境整治的实施意见</a></p>'
            '</div></div></div>' + _PINGTAN_FOOT + '</body></html>')
    facts = extract_page(html, "http://s/index.php?m=content&c=index&a=show&catid=34&id=359")
    assert (facts.kind, facts.title, facts.pub_date) == ("document", title, "2026-03-03")


def test_a_short_interpretation_whose_links_are_its_fields_is_a_document() -> None:
    """PHPCMS v9's show template (`<p>上一篇：<a href="{$previous_page[url]}">…</a></p><p>下一篇：…`) with
    unknown class names and no meta tags: a written interpretation of three headings whose 相关文件,
    原文链接, 上一篇 and 下一篇 links hold more text than its own lines. The footer, taken as the body
    before, had hidden this (jee, sscms, dede … passed classes,metas only because their footer was
    read as the interpretation's body); counted as links, the body read as a menu and the page as a
    hub. A link a label introduces is a field of the article."""
    title = "《云溪县医疗卫生服务能力提升实施意见》政策解读"
    body = ('<p>一、起草背景</p><p>二、主要内容</p><p>三、政策亮点</p>'
            '<p>相关文件：<a href="/index.php?m=content&c=index&a=show&catid=32&id=363">云溪县人民政府关于推进医疗卫生服务能力提升的实施意见</a></p>'
            '<p>原文链接：<a href="/index.php?m=content&c=index&a=show&catid=32&id=9999">云溪县人民政府关于推进医疗卫生服务能力提升的实施意见（原文）</a></p>'
            '<p>上一篇：<a href="/index.php?m=content&c=index&a=show&catid=34&id=362">关于《云溪县义务教育均衡发展实施意见》的解读</a></p>'
            '<p>下一篇：<a href="/index.php?m=content&c=index&a=show&catid=34&id=366">一图读懂《云溪县安全生产专项整治实施意见》</a></p>')
    html = ('<html><head><title>' + title + ' - 云溪县人民政府</title></head><body>'
            '<div class="x1"><a href="/">首页</a><span> &gt; </span><a href="/index.php?m=content&c=index&a=lists&catid=34">'
            '政策解读</a> &gt;  正文</div><div class="x2"><div id="x3"><h1>' + title + '</h1>'
            '<div class="x4">发布时间：2026年05月18日　来源：云溪县人民政府</div><div class="x5">' + body + '</div></div></div>'
            + _PINGTAN_FOOT + '</body></html>')
    facts = extract_page(html, "http://s/index.php?m=content&c=index&a=show&catid=34&id=364")
    assert (facts.kind, facts.title, facts.pub_date) == ("document", title, "2026-05-18")


def test_a_dated_block_of_menu_links_stays_no_document() -> None:
    """The same page whose block holds a menu (links no label introduces) under its 发布时间: no article."""
    menu = "".join(f'<p><a href="/index.php?m=content&c=index&a=lists&catid={30 + k}">{name}</a></p>'
                   for k, name in enumerate(("机构职能", "政策文件", "规范性文件", "人事信息", "财政预决算", "行政处罚")))
    html = ('<html><head><title>信息公开 - 云溪县人民政府</title></head><body><div class="x2"><div id="x3"><h1>信息公开</h1>'
            '<div class="x4">更新时间：2026年05月18日</div><div class="x5">' + menu + '</div></div></div>' + _PINGTAN_FOOT + '</body></html>')
    assert extract_page(html, "http://s/index.php?m=content&c=index&a=lists&catid=30").kind != "document"


def test_an_update_time_in_an_article_info_line_dates_the_article_not_data() -> None:
    """动易 PowerEasy SiteWeaver dates its articles 更新时间 beside 作者 (a rendered SiteWeaver 2006 page,
    zz6789.com: `作&nbsp;&nbsp;&nbsp;&nbsp;者：…&#13;&#10;更新时间：2008-9-6 14:30:43`). A short article of a
    few figures (第6期, 8号) without meta tags and class names read as a statistics page whose one item is
    its update: each news article a stale column of its own, a false stale-columns veto (aspx under
    --mutate classes,metas,footers, once the footer's first line `…办公室主办 承办：… 府前路8号`, no 主办：
    label, was left in the main area)."""
    title = "青峪县开展文明城市创建志愿服务安排部署下一阶段重点工作（第6期）"
    html = ('<html><head><meta charset="utf-8"><title>' + title + '_青峪县人民政府</title></head><body>'
            '<table class="x1"><tr><td>您现在的位置：<a href="/">青峪县人民政府</a> &gt;&gt; <a href="/Article/Index.asp">新闻中心</a>'
            ' &gt;&gt; <a href="/Article/ShowClass.asp?ClassID=2">青峪要闻</a> &gt;&gt; 正文</td></tr></table>'
            '<table class="x2"><tr><td class="x3"><b>' + title + '</b></td></tr><tr><td class="x4">作者：融媒体中心&nbsp;&nbsp;'
            '文章来源：青峪县融媒体中心&nbsp;&nbsp;点击数：<span id="hits">12</span>&nbsp;&nbsp;更新时间：2026-8-30&nbsp;&nbsp;</td></tr>'
            '<tr><td class="x5"><p>青峪县开展文明城市创建志愿服务，8个乡镇、36个社区参加。</p><p>下一步将持续推进。</p></td></tr></table>'
            '<table class="x6"><tr><td>青峪县人民政府办公室主办&nbsp;&nbsp;承办：青峪县大数据中心&nbsp;&nbsp;地址：青峪县府前路8号<br>'
            'ICP备案号：黔ICP备06004321号&nbsp;&nbsp;<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=52032702000111">'
            '黔公网安备 52032702000111号</a></td></tr></table></body></html>')
    facts = extract_page(html, "http://s/Article/ShowArticle.asp?ArticleID=106")
    assert (facts.kind, facts.list_state, facts.pub_date) == ("document", "none", "2026-08-30")


def test_a_short_news_article_dated_with_its_time_inside_brackets_before_its_source() -> None:
    """上海 集约化's article heading (tests/sites/shjy.py: `<h2>标题<small>[2026年07月25日 10:50] <span>来源：…</span>
    </small></h2>`), every class name meaningless (seed 29 of all 19 mutations): a two-paragraph news item under that
    heading read as a hub — the bracket closed after the time, where the info line's reading allowed it only before.
    Sixty news articles were lost as documents, their footers unjudged."""
    html = ('<html><head><title>澄浦区开展市容环境综合整治</title></head><body class="x5be21d7c">'
            '<div id="x2ea2289a"><ul class="x0b56a3f0"><li><a href="/index.html">首页</a></li><li><a href="/nw31000/index.html">要闻动态</a></li>'
            '<li><a href="/nw31010/index.html">政务公开</a></li><li><a href="/nw31020/index.html">互动交流</a></li></ul></div>'
            '<div class="x82aab2a8"><ol class="xd1f04f1c"><li><a href="/index.html">首页</a></li><li><a href="/nw31000/index.html">要闻动态</a></li>'
            '<li><a href="/nw31001/index.html">澄浦要闻</a></li></ol></div>'
            '<div class="x64260db8"><h2 class="x5cbfc0cb">澄浦区开展市容环境综合整治\n<small class="x7c2ca7e0">[2026年07月25日 10:50]\n'
            '<span>来源：澄浦区融媒体中心</span></small><div class="xa0df96f4"><span>字号：</span><a href="#">大</a><a href="#">中</a>'
            '<a href="#">小</a></div></h2><div class="x0ed489ce"><p>近日，澄浦区开展市容环境综合整治。区领导出席并讲话，各街道、镇和区各部门主要负责人参加。</p>'
            '<p>会议要求，各街道、镇，区政府各委、办、局要提高站位，压实责任，细化措施，加强督促检查，确保各项任务按时保质完成。</p></div></div>'
            '<div class="xc8370c59"><p>上海市澄浦区人民政府办公室主办</p><p>网站标识码：3101200003 沪ICP备2021018706号-1</p></div></body></html>')
    page = extract_page(html, "http://www.shcp.gov.cn/nw31001/20260725/7627bdcfc6ad38ef26e2a3dcbd782fb6.html")
    assert (page.kind, page.pub_date) == ("document", "2026-07-25")


def test_a_short_article_dated_with_its_time_in_words_before_its_source() -> None:
    """四川 UCAP's article (tests/sites/ucap.py: `<ul><li>2026年10月14日 16时31分</li><li>来源:…</li></ul>` under the
    `<ucaptitle>`), every class name meaningless (seed 29): the time of day in words (16时31分) kept the date from the
    info line's reading, and ninety-seven short news articles read as hubs."""
    html = ('<html><head><title>涪岭县开展防汛减灾演练-涪岭县人民政府</title></head><body><div class="xd1fda42c">您现在的位置：'
            '<a href="/13960/index.shtml">首页</a> &gt; <a href="/13960/13962/13970/list_ft.shtml">涪岭要闻</a></div>'
            '<div id="xfe3ae7e7"><h2><ucaptitle>涪岭县开展防汛减灾演练</ucaptitle></h2><div id="xb311dfce"><ul id="x99486dc4">'
            '<li style="width:180px;">2026年10月14日 16时31分</li><li style="width:300px;">来源: 涪岭县融媒体中心</li></ul></div></div>'
            '<div id="x7459f6c2"><ucapcontent><p>近日，涪岭县开展防汛减灾演练。县委、县政府主要负责同志出席并讲话。</p><p>会议要求，'
            '各乡镇、县级各部门要压紧压实工作责任，细化工作举措，确保各项目标任务按期完成。</p></ucapcontent></div>'
            '<div class="x687a1695">主办：涪岭县人民政府办公室 网站标识码：5101230001</div></body></html>')
    page = extract_page(html, "http://www.fuling.gov.cn/13960/13962/13970/2026/10/14/5b4df018097d5587874ba7a8ec6fc0bf.shtml")
    assert (page.kind, page.pub_date) == ("document", "2026-10-14")


def test_a_short_post_dated_right_above_its_title_with_its_author_below() -> None:
    """Z-BlogPHP's post (tests/sites/zblog.py: `h4.post-date` over `h2.post-title`, the body, `h6.post-footer` with
    作者:/分类:/浏览:), every class name meaningless (seed 29): a two-sentence 预算公开 post read as a hub, its date
    above the title being no info line's. Fifty-one posts were lost as documents."""
    from tests.model.test_zblog_pages import _single
    from tests.sites.mutate import scramble_markup
    body = "<p>根据《中华人民共和国预算法》有关规定，现将本乡预决算情况公开如下。</p><p>请各村、各站所认真对照执行。</p>"
    html = scramble_markup(_single("岚溪乡人民政府2025年预算公开", "2025年06月12日", body).encode()).decode()
    page = extract_page(html, "http://www.lanxi.gov.cn/?id=102")
    assert (page.kind, page.pub_date) == ("document", "2025-06-12")


def test_a_title_shown_above_its_labelled_date_under_a_title_naming_the_column() -> None:
    """重庆 集约化's article (tests/sites/cqjy.py): `<title>` names only the column (公示公告_…), as the trail's leaf does;
    the article's title is a `<p class="tit">` right above `<span>日期：</span><span>2026-10-1</span>`. With the
    ArticleTitle meta stripped and every class name meaningless (seed 29), sixty short articles read as static pages
    named by their trail, then as hubs: documents lost."""
    html = ('<html><head><title>公示公告_峡川县人民政府</title></head><body><div class="xdb2910cb"><ul class="x4264f95a">'
            '<li><a href="/">首页</a></li><li><a href="/zwxx_262/">政务信息</a></li><li><a href="/zwgk_262/">政务公开</a></li>'
            '<li><a href="/hdjl_262/">互动交流</a></li></ul></div><div class="xdb2910cb"><div class="xc3980303">您当前的位置：'
            '<a href="/">首页</a><span>&gt;</span><a href="/zwxx_262/">政务信息</a><span>&gt;</span><span>公示公告</span></div></div>'
            '<div class="x6f5aac55"><div class="xfb8de461"><p class="xbd4ccc6e">关于开展“营商环境体验官”招募的公告'
            '<div class="xd539cc9a"><span class="xbd4ccc6e">日期：</span><span class="x8d729c56">&nbsp;2026-10-1&nbsp;&nbsp;</span>'
            '<span>来源：</span><span>峡川县人民政府办公室</span></div></div><div class="x6f2ac597"><div><p>会议要求，各乡镇（街道）、'
            '县级各部门要提高政治站位，压实工作责任，细化工作措施，加强督促检查，确保各项任务按时保质完成。</p></div></div></div>'
            '<div class="xdb2910cb"><p>网站主办：峡川县人民政府办公室</p><div>渝ICP备05003917号 政府网站标识码 5002380019</div></div>'
            '</body></html>')
    page = extract_page(html, "http://www.xiachuan.gov.cn/zwxx_262/tzgg/202610/t20261001_2603220.html")
    assert (page.kind, page.title, page.pub_date) == ("document", "关于开展“营商环境体验官”招募的公告", "2026-10-01")


_GUIDE = ('<html><head><meta charset="utf-8"><title>上海市澄浦区人民政府信息公开指南___上海市澄浦区人民政府</title></head><body>'
          '<div class="xeee559c0"><ul class="x0b56a3f0"><li><a href="../../index.html">首页</a></li>'
          '<li><a href="/nw31000/index.html">要闻动态</a></li><li><a href="/nw31010/index.html">政务公开</a></li></ul></div>'
          '<div class="xb87313e3"><ol class="xd1f04f1c"><span>您现在所在的位置：</span><li><a href="../../index.html">首页</a></li>'
          '<li class="x3fbf0e89">政务公开</li><li class="x3fbf0e89">政府信息公开目录</li><li class="x3fbf0e89">信息公开指南</li></ol></div>'
          '<div class="x64260db8"><h2 id="x11722823" class="x5cbfc0cb">上海市澄浦区人民政府信息公开指南\n'
          '  <small id="x0c392f8a" class="x7c2ca7e0">( 2026-2-10)</small></h2><div id="x78767660" class="x0ed489ce">'
          '<p><span>为便于公民、法人和其他组织获取上海市澄浦区人民政府的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南并实时更新。</span></p>'
          '<p><span>一、主动公开　二、依申请公开　三、监督和救济</span></p><p><span>本指南自2026年2月10日起施行。</span></p></div></div>'
          '<div class="xc8370c59"><a href="../../nw31030/index.html">网站地图</a> | <a href="/nw31031/index.html">联系我们</a>'
          '<p>上海市澄浦区人民政府办公室主办　承办：澄浦区大数据中心</p><p><span>网站标识码:3101200003</span>ICP备案号：沪ICP备2021018706号-1</p>'
          '</div></body></html>')


def test_a_short_guide_dated_in_brackets_inside_its_title_heading_is_a_document() -> None:
    """上海 集约化's article template (tests/sites/shjy.py) under the harness's mutations (seed 33: classes meaningless, no
    meta tags): `<h2 class="Article-title">…指南<small class="PBtime">( 2026-2-10)</small></h2>` over a guide of three
    short paragraphs. No label opens the date, so the short guide read as a hub: the column's one document lost."""
    facts = extract_page(_GUIDE, "http://s/nw31018/20260210/886b410b8d6a4ef4ad6542d0969c2c69.html")
    assert (facts.kind, facts.title, facts.pub_date) == ("document", "上海市澄浦区人民政府信息公开指南", "2026-02-10")


def test_a_bracketed_date_after_a_linked_title_in_a_heading_stays_no_document() -> None:
    """The same heading whose title links another page (a block's headline row, `<h2><a>…</a>(2026-2-10)</h2>`) is no
    article's date line."""
    html = _GUIDE.replace('class="x5cbfc0cb">上海市澄浦区人民政府信息公开指南',
                          'class="x5cbfc0cb"><a href="/nw31018/20260210/1.html">上海市澄浦区人民政府信息公开指南</a>')
    assert extract_page(html, "http://s/nw31018/20260210/886b410b8d6a4ef4ad6542d0969c2c69.html").kind != "document"


def test_a_short_interpretation_followed_by_its_own_copy_is_a_document() -> None:
    """云南 集约化's interpretation page (tests/sites/ynjy.py: `h3.h3class` title, a `div.datetime` of source and
    unlabelled date, the body in `div.arti > div.view.TRS_UEDITOR`, a 相关文件 box) without its meta tags, with a
    长者模式 copy of its info line and body before the footer (四川's `zzzqcontentwrap2022` > `articlezzzqcontent`, the
    `copies` mutation): the copy, a content area by its name and holding no title or trail, was taken for the body —
    133 characters, too short for prose — and the interpretation read as a hub. Its document then failed
    interpretation-missing: four false fails. The first showing of a text is the body, not its copy."""
    body = ('<p>一、出台背景　为规范本县农村公路养护管理工作，县人民政府制定了《滇阳县农村公路养护管理办法》。</p>'
            '<p>二、主要内容　《办法》共五章二十条，明确了适用范围、职责分工和施行日期。</p><p>三、解读机关　县司法局。</p>')
    info = ('<div class="datetime">\n\t\t来源：县司法局\n\t\t\n\t\t2026-04-07 13:00\n\t\t<span class="zh">【字号：<a href="javascript:;">大</a> '
            '<a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span></div>')
    view = f'<div class="view TRS_UEDITOR trs_paper_default trs_web">{body}</div>'
    page = ('<html><head><meta charset="utf-8"><title>《滇阳县农村公路养护管理办法》政策解读_滇阳县人民政府</title></head><body>'
            '<div class="nav"><ul>' + "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in (
                ("/", "首页"), ("/xwzx/", "新闻中心"), ("/zwgk/", "政务公开"), ("/zwgk/zfxxgkpt/", "政府信息公开平台"))) + '</ul></div>'
            '<div class="dqwz w1200">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            '<a href="/zwgk/zcjd/bmjd/">政策解读</a></div>\n<div class="w1200 detail">\n'
            f'<h3 class="h3class">《滇阳县农村公路养护管理办法》政策解读</h3>\n{info}<div class="arti">{view}</div>\n'
            '<div class="xgwj"><div class="xg-tit">相关文件</div><ul><li><a href="/zwgk/zfxxgkpt/gkptzcwj/xzgfxwj/202604/'
            't20260407_266083.html" target="_blank">滇阳县人民政府关于印发《滇阳县农村公路养护管理办法》的通知</a></li></ul></div>\n</div>\n'
            '<div class="zzzqcontentwrap2022" id="zzzqcontentwrap2022"><div class="content container"><div class="connr">'
            f'<div id="articlezzzqcontent">{info}{view}</div></div></div></div>'
            '<div class="foot"><p>主办单位：滇阳县人民政府办公室　网站标识码：5308270011</p><p>滇ICP备05001287号</p></div></body></html>')
    facts = extract_page(page, "http://s/zwgk/zcjd/bmjd/202604/t20260407_266220.html")
    assert (facts.kind, facts.pub_date) == ("document", "2026-04-07")
    assert "相关文件" in facts.body_text and facts.body_text.count("一、出台背景") == 1


def test_a_short_article_whose_date_is_followed_by_a_bracketed_font_size_control_is_a_document() -> None:
    """The same interpretation with every class meaningless and no copy (mutations `classes`, `metas`): its date stands
    unlabelled after `来源：县司法局`, then its time and the article's font-size control `【字号：大 中 小】`. An info
    label right after the date dates a short article; one opening a bracket of its own was not read as one: a hub."""
    page = ('<html><head><meta charset="utf-8"><title>《滇阳县农村公路养护管理办法》政策解读_滇阳县人民政府</title></head><body>'
            '<div class="x1"><ul>' + "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in (
                ("/", "首页"), ("/xwzx/", "新闻中心"), ("/zwgk/", "政务公开"), ("/zwgk/zfxxgkpt/", "政府信息公开平台"))) + '</ul></div>'
            '<div class="x2">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            '<a href="/zwgk/zcjd/bmjd/">政策解读</a></div>\n<div class="x3">\n'
            '<h3 class="x4">《滇阳县农村公路养护管理办法》政策解读</h3>\n<div class="x5">\n\t\t来源：县司法局\n\t\t\n\t\t2026-04-07 13:00\n\t\t'
            '<span class="x6">【字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span></div>'
            '<div class="x7"><div class="x8"><p>一、出台背景　为规范本县农村公路养护管理工作，县人民政府制定了《滇阳县农村公路养护管理办法》。</p>'
            '<p>二、主要内容　《办法》共五章二十条，明确了适用范围、职责分工和施行日期。</p><p>三、解读机关　县司法局。</p></div></div>\n'
            '<div class="x9"><div class="x10">相关文件</div><ul><li><a href="/zwgk/zfxxgkpt/gkptzcwj/xzgfxwj/202604/'
            't20260407_266083.html" target="_blank">滇阳县人民政府关于印发《滇阳县农村公路养护管理办法》的通知</a></li></ul></div>\n</div>\n'
            '<div class="x11"><p>主办单位：滇阳县人民政府办公室　网站标识码：5308270011</p><p>滇ICP备05001287号</p></div></body></html>')
    facts = extract_page(page, "http://s/zwgk/zcjd/bmjd/202604/t20260407_266220.html")
    assert (facts.kind, facts.pub_date) == ("document", "2026-04-07")
