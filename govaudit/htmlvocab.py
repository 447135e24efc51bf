"""The HTML vocabulary crawl and model share: words and attributes real government CMS
templates use for list areas, pagers, related boxes and script-filled parts.

One place, so that the crawl's "does this page need a browser?" and the model's "what did
this page show?" read a page the same way (issue 8, item 14).
"""

from __future__ import annotations

import re

# Texts a CMS shows in a list area that holds no item (暂无信息 …). A page that shows one in
# place of its list is an observed empty list.
EMPTY_MARKERS = (
    "暂无信息", "暂无数据", "暂无内容", "暂无记录", "暂无相关信息", "暂无相关数据", "暂无相关内容", "暂无文章",
    "暂无公开信息", "暂无相关记录", "没有记录", "没有相关信息", "没有找到相关信息", "没有找到相关内容",
    "没有相关记录", "没有找到记录", "没有数据", "无记录", "无相关信息", "信息正在更新", "信息正在更新中",
    "内容正在更新", "内容正在更新中", "正在更新中", "数据正在更新",
    "没有任何文章", "没有任何信息", "没有任何内容", "没有任何记录",  # PowerEasy: 此栏目下还没有任何文章
    "暂无资料",  # 动易 SiteFactory: <li class="noData">暂无资料</li>
    # KesionCMS (Kesion.StaticCls.asp): a class with no item prints `<p>此栏目下没有` + the model's item name
    # (文章, 图片 …, KS.C_S(ChannelID,3)) + `</p>` in place of its list and pager.
    "没有文章", "没有图片", "没有信息",
    "未查询到任何数据",  # PbootCMS (core/view/Paging.php, template comm/page.html): 未查询到任何数据！
    # WordPress themes' content-none part (Twenty Seventeen's template-parts/post/content-none.php: `<section
    # class="no-results not-found"><header class="page-header"><h1 class="page-title">Nothing Found</h1>`, zh_CN
    # 未找到, over a search form) in place of an existing empty category's posts (served 200, WP::handle_404).
    "未找到",
    # Drupal 7's taxonomy_term_page for a term no node is classified with: `<p>There is currently no content classified
    # with this term.</p>` in place of the teasers and pager (modules/taxonomy/taxonomy.pages.inc), left in English
    # where the site's translation does not carry it.
    "There is currently no content classified with this term",
)

# What a metadata block's 文号 cell shows for a document issued without one (邯郸 信息公开 `<strong>文号</strong>：无`):
# no 发文字号, not a 文号 "无". (Only the 文号: an 有效期 of 无 may mean "no expiry", a reading not made here.)
NO_WENHAO_TEXTS = frozenset(("无", "暂无", "无文号", "空", "/", "／", "-", "－", "—", "——"))

# A validity cell answering its label's question (有效性: is it in force?) with yes or no: the 首都之窗 policy header
# `<li>[有效性]<span>是</span></li>` (北京市医疗保障局's 京医保发〔2026〕3号 as a crawler's docstring quotes it, id 58763180810)
# states 有效, 否 失效 — the marks the validity rule knows.
VALIDITY_ANSWERS = {"是": "有效", "否": "失效"}

# Headings of a side widget's box (动易 SiteFactory's 推荐阅读 on every page; a portal's 点击排行/热点信息 box
# of its newest articles of every column, with their dates; a 友情链接 box of other sites' jump menus):
# a 暂无 marker right under one says the widget is empty, and the rows under one are the widget's, not
# the page's list (model/extract/walk.py).
# DTcms list templates (潍坊工会网) put two such boxes beside every list, `最新公告` and `热点新闻`, each with its
# 更多>> link inside the title bar. A page whose <title> carries the heading is that column's own page, and
# its box is no widget (walk.py).
# 易优 EyouCMS's stock article template shows `随便看看`, ten random titles of the whole site (weng-xianhu/eyoucms
# template/pc/view_article.htm `{eyou:arclist row='10' orderby='rand'}`): no relation of the page's.
# PublicCMS's stock list and article templates show `编辑推荐` (the site's recommended places, linked through
# place/redirect.do) and `热门排行` (the most clicked content) beside every list (sanluan/PublicCMS
# template/site_1/category/list.html); 动易 PowerEasy's side box says 热门排行 too (江西 吉安县's 政务要闻 list).
# YzmCMS's stock search/tag result page shows `最近更新`, the site's ten newest titles dated `m-d`, beside the undated
# result rows (yzmcms/yzmcms application/index/view/default/search.html `{m:lists … modelid="1" limit="10"}`).
# Jspxcms's stock list, cover and article templates show `热度排行`, the site's ten most viewed titles, ranked and undated
# (xrogzu/jspxcms6 template/1/default/inc_news_right.html `[@InfoList sort='views desc' limit='10']`), and its news
# article `相关新闻`, the five articles whose titles a full-text search finds most like the page's, each dated
# (info_news.html `[@InfoFulltextList q=info.title excludeId=info.id limit=5]`): news beside news, no document's 解读
# (kepu.gov.cn's article template shows the heading over an empty box).
# WordPress's stock sidebar widgets, zh_CN: `近期文章` (WP_Widget_Recent_Posts, the blog's five newest titles, undated
# by default), `近期评论` and `文章归档` (the months) — beside every page of a Twenty Seventeen-style theme
# (`<section class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2>`, served zh_CN pages in the library).
# Drupal 7's statistics block `热门内容` ("Popular content": 今日：/总计： lists of undated titles, `#block-statistics-popular`)
# and `最新内容` (the node module's "Recent content" block).
WIDGET_HEADINGS = frozenset(("推荐阅读", "热门文章", "热点文章", "最新文章", "阅读排行", "点击排行", "热门推荐", "精彩推荐",
                             "热点信息", "热点新闻", "最新公告", "友情链接", "随便看看", "编辑推荐", "热门排行", "最近更新",
                             "热度排行", "相关新闻", "近期文章", "近期评论", "文章归档", "最近发表", "热门内容", "最新内容"))

# A portal header's line of today's date (`今天是2026年11月20日 星期五`, drawn by the page's clock script or
# written by the server; 天气 beside it): the day the page was shown, no text of the page's own.
TODAY_LINE = re.compile(r"(?:今天是|今日[：:]?|今天[：:]?)?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|礼拜|周)[一二三四五六日天]")
# The rest of such a header bar: the weather beside the date (`多云 15℃~24℃`: its form as the sample sites' chrome
# writes it, no real header in the library shows one) and the 长者模式/无障碍浏览 switches (pingtan.gov.cn's
# `aged_link` with 退出长者模式 and `barrierFreeBtn`; 关怀版, 长者版 on other corpus pages): no text of the page's own.
_VIEW_SWITCHES = ("长者模式", "长者版", "关怀版", "无障碍浏览", "无障碍阅读")
HEADER_TOOLBAR = re.compile(r"(?:晴|多云|阴|小雨|中雨|大雨|阵雨|雷阵雨|小雪|中雪|大雪|雨夹雪|雾|霾)(?:转\S{1,3})?\s*-?\d{1,2}\s*℃"
                            r"(?:\s*[~～\-－至]\s*-?\d{1,2}\s*℃)?|(?:退出)?" + "|".join(_VIEW_SWITCHES))
# The links of such a bar, and the site's other tools beside them (网站地图, 设为首页, 加入收藏): the site's, on every
# page, wherever its template puts them; never a link of a page's own content.
SITE_TOOL_LINKS = frozenset((*_VIEW_SWITCHES, "退出长者模式", "网站地图", "设为首页", "加入收藏", "收藏本站"))
# The same line labelled, with or without its weekday (广西 集约化's `今天：<span class="site-date">2024年2月22日 星期四</span>`
# before the 自治区人民政府网 link, 防城港): a date so labelled is today's, never a row's or a page's.
TODAY_LABELLED = re.compile(r"(?:今天是|今日|今天)[：:]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|礼拜|周)[一二三四五六日天])?")

# A publication-date label followed, past tags only, by a script or by an empty element whose
# `data-time` a script copies in: `发布时间：<script>document.write("2026-11-17")</script>`,
# `发布时间：<span data-time="2026-11-17"></span>`, `<script>var pubDate=…</script><span id="pubDate"></span>`:
# the page shows a date once its scripts run (the crawl renders it: crawl/render_need.py; the model reads it as an
# article's date not observed until then: model/extract/page.py, model/rendering.py).
SCRIPT_DATE_LABEL = re.compile(r"""(?:发布|更新|成文|公开)(?:时间|日期)\s*[：:](?:\s|&nbsp;)*(?:<(?!/?script\b)[^>]*>(?:\s|&nbsp;)*)*"""
                               r"""(?:<script\b|<\w+\b[^>]*\bdata-time\s*=\s*["'][^"']+["'][^>]*>\s*</)""", re.I)

# Words a login page's <title> carries (统一身份认证平台, 用户登录, 登录页): with a password field,
# the page is a login form in place of the page linked.
LOGIN_TITLE_WORDS = ("登录", "登陆", "身份认证", "统一认证", "login", "sign in")

# class/id names (searched in "class id" of an element) -----------------------------------
# Navigation, header, footer, breadcrumb, share and pager areas: the page's chrome.
CHROME = re.compile(r"nav|menu|footer|foot|header|head|position|crumb|location|share|pager|page-?bar|dqwz", re.I)
# Class tokens that name a list though they hold a chrome word: MetInfo's list a script pager appends its
# pages to (`<ul class="ulstyle met-pager-ajax imagesize">`, `<ul class="met-page-ajax met-pager-ajax">` hold the
# rows; its pager is `met_pager`, its load-more button `met-pager-ajax-link`), 龙讯 Lonsun's 信息公开 lists named
# after the catalogue's navigation (`<ul class="clearfix xxgk_nav_list t4">` rows of `<a title>` and `span.date`,
# scrapers of mpa/slt/yjt.ah.gov.cn; `<div class="xxgk_navli">` rows, www.ah.gov.cn). 易优 EyouCMS's stock themes
# copy MetInfo's under their own prefix (`<ul class="ulstyle ey-pager-ajax imagesize">`, weng-xianhu/eyoucms
# template/pc/lists_article_text.htm): any `<prefix>-pager-ajax` / `<prefix>-page-ajax` token is such a list.
LIST_TOKEN = re.compile(r"[a-z0-9]+-pager?-ajax|xxgk_nav_list|xxgk_navli")  # matched against a whole token
# A class token naming an article's own head or foot (its title and info line), not the site's header or
# footer: MetInfo's `<div class="met-shownews-header"><h1>…</h1><div class="info"><span>2018-03-23</span>…`;
# XunRuiCMS's stock (Metronic) theme's info line under an item's title `<div class="search-post-foot
# fc-content-tool">` of author, date and hits (dayrui/xunruicms template/pc/default/home/article/show.html);
# WordPress themes' `<header class="entry-header">` over a post's `h1.entry-title` and its date (Twenty Seventeen's
# template-parts/post/content.php, WordPress/wordpress-develop).
ARTICLE_PART = re.compile(r"(?:^|[-_])(?:(?:shownews|showarticle|article|detail)s?[-_]?head(?:er)?|(?:post|entry)[-_]?(?:head|foot)(?:er)?)$",
                          re.I)
# Of those, navigation menus (a side menu of sibling columns inside a page's content area).
MENU = re.compile(r"nav|menu", re.I)
BREADCRUMB = re.compile(r"position|crumb|location|dqwz|curpos", re.I)
# The aria-label that names a trail when its class does not (the 适老化/无障碍 retrofit names the
# page's regions: 龙讯 Lonsun's `<div class="wz_top wza-region_nav" role="navigation" aria-label="栏目路径">`,
# 广东省政府 NFCMS's `<div class="pos" aria-label="您已进入页面访问路径导航区">`).
TRAIL_ARIA_LABEL = re.compile(r"栏目路径|访问路径|当前位置|面包屑")
# An unlabelled, unclassed trail opens with a home link (HOME_STEPS) (PHPCMS v9's default templates:
# `<a href="{siteurl($siteid)}">首页</a><span> > </span>{catpos($catid)} 列表`), and the separators that
# draw it: pointing ones only, as a top menu's `首页 | 新闻中心` is no trail.
TRAIL_ARROW = re.compile(r"\s*[>›»＞→]\s*")
# Content areas (the element holding a page's main text), by class/id: words found anywhere in
# a name (article_content, TRS_Editor and TRS's newer TRS_UEditor, zoomcon, pages_content,
# wzcon; `contener`, a Guangdong county template's spelling) ...
CONTENT_AREA_WORDS = re.compile(r"content|article|TRS_Editor|TRS_UEditor|zoom|detail|main|pages_con|txt|wzcon|contener", re.I)
# ... and words that name one only as a whole class/id word or as its last part after `_`/`-`
# (<div class="text"> of Guangdong static and guide pages, news_text): inside other names they
# are layout and widgets (text-center, text_align_left, textbox, context).
CONTENT_AREA_TAILS = ("text",)
CONTENT_AREA = re.compile(rf"{CONTENT_AREA_WORDS.pattern}|(?:^|[\s_-])(?:{'|'.join(CONTENT_AREA_TAILS)})(?=\s|$)", re.I)
# Boxes of related documents (xgjd 相关解读, zcjd 政策解读, xgwj 相关文件 …; relfile: the 广西 集约化 platform's
# `<div id="relfile"><p>关联文件：</p><ul class="about-list"></ul></div>`, which its api_func.js fills).
RELATED = re.compile(r"related|xgjd|reldoc|relnews|relfile|jiedu|zcjd|xgwj|xgwz", re.I)
# Of those, the names interpretation columns also bear (zcjd: 政策解读), and the others.
RELATED_CLASS_AMBIGUOUS = re.compile(r"jiedu|zcjd", re.I)
RELATED_CLASS_STRONG = re.compile(r"related|xgjd|reldoc|relnews|relfile|xgwj|xgwz", re.I)
# The list area of a column page (empty: an empty column, when the page is a column), and
# names of decorations that contain those words but are never a list (news_line, list-tit).
LIST_AREA = re.compile(r"list|lb|news|item|wjlb|gkml|xxgk|doc|article_?box", re.I)
LIST_DECOR = re.compile(r"line|bar|bg|clear|more|tit|head|btn|icon|arrow|img|pic|page|num|count|search|date|time", re.I)
# Slots a script fills with a list or related links (crawl: an empty one asks for a browser).
SCRIPT_SLOT = re.compile(r"list|news|item|data|result|wj|jd|xxgk|gk|rel", re.I)
# A highlighted menu item (the left menu's current column): a class word of its own.
CURRENT = re.compile(r"(?:^|\s)(?:on|active|cur|curr|current|selected|select|hover|this|now|cur_?li|dq)(?:\s|$)", re.I)

# Headings of a box of documents related to the article beside it (a document page's
# 相关解读 sidebar). 政策解读 is also the name of interpretation columns: on a column page it
# heads the page's own list, see RELATED_AMBIGUOUS.
RELATED_HEADINGS = frozenset((
    "相关解读", "政策解读", "文字解读", "图片解读", "图解", "视频解读", "解读材料", "相关文件", "相关政策",
    "相关链接", "相关稿件", "相关阅读", "相关文档",
    "相关政策与解读",  # 国家发展改革委's records (`<div class="xgwz"><div class="mt"><span>相关政策与解读</span>`)
    "相关文章",  # 国务院国资委's records (`<div class="related"><ul><div class="xg">相关文章</div><li><a>`)
    "关联解读", "关联文件",  # 税务总局's 法规库 (its queryManuscriptAssociation boxes)
    "相关内容",  # YzmCMS's stock article template (show_article.html `{m:relation …}`), see RELATED_SERVER_FILLED
    "关联稿件",  # 江西 集约化 platform's records (万载: `<div class="article-reldocuments"><h3><span>关联稿件：</span></h3>`)
))
# Related headings of boxes the server fills from the article's tags while it writes the page (YzmCMS's 相关内容:
# yzm_tag::relation() returns nothing for an untagged article, and the box is served empty): an empty one is
# empty, no slot a script fills (crawl/render_need.py does not start a browser for it).
RELATED_SERVER_FILLED = frozenset(("相关内容",))
# Inline labels (【相关解读】, 相关解读：) that make the block after them a related box. Only
# interpretation labels: 相关文件： in an interpretation's body names its original document,
# a link of the body.
RELATED_LABELS = frozenset(h for h in RELATED_HEADINGS if "解读" in h)
# A related box headed so lists the article's files (UCAP's `<h3>相关附件>> </h3>`), never a page such as its 解读.
FILE_BOX_HEADING = re.compile(r"^[\s【\[]*(?:相关)?附件")
# Related headings that are also common column names: a box headed so is a related box only
# on a page whose own name is different (a 政策解读 column's list heading is not a sidebar).
RELATED_AMBIGUOUS = frozenset(("政策解读", "文字解读", "图片解读", "图解", "视频解读", "相关文件", "关联文件", "相关政策"))

# A rule's legal history noted in brackets under its name in a law library's list (证监会 规章库: `<a><span class="til">
# 证券交易所管理办法</span><span class="sub-til">（1997年11月30日国务院批准 … 2021年10月30日证监会令第192号第三次修订）
# </span></a>`): the words that make a dated bracketed note such a history, no part of the title nor the row's date.
# 发布 is not among them: `（2024年5月20日发布）` closing a link is the row's own date.
HISTORY_NOTE = re.compile(r"公布|施行|修订|修正|批准|通过|废止")

# Titles of interpretations (解读, 一图读懂 …): of a policy, and of an annual report, which is then no report itself.
INTERPRETATION_TITLE = re.compile(r"解读|一图读懂|图解|答记者问|问答")
# A notice that arranges work and issues no document of its own (no 《…》, no 印发/转发/发布/公布): 关于做好2022年元旦春节
# 期间有关工作的通知, 国务院关于开展第一次全国地理国情普查的通知 — a work notice whatever its series, not a policy document
# that owes an interpretation (model/classify.py).
WORK_NOTICE_TITLE = re.compile(r"关于(?:切实|进一步|认真)?(?:做好|开展|组织开展|举办|召开)(?:(?!印发|转发|发布|公布)[^《》])*的通知$")
# A notice that only appoints or removes people (关于李勇等同志职务任免的通知, 长政干任〔2025〕5号) or sets up or changes a
# coordinating body (国务院办公厅关于成立第29届奥组委领导小组的通知, 关于调整…指挥部成员的通知) and issues no document: an
# organisational notice, not a policy document that owes an interpretation (model/classify.py).
ORGANISATION_NOTICE_TITLE = re.compile(
    r"关于[^《》]*?(?:职务任免|任免|任职|免职)的通知$"
    r"|关于(?:成立|调整|撤销|充实调整|调整充实)(?:(?!印发|转发|发布|公布)[^《》])*?"
    r"(?:领导小组|指挥部|委员会|工作专班|工作组|协调小组)(?:成员|组成人员)?的通知$")
# A decision that commends or names (海南省人民政府关于表彰海南省劳动模范和先进工作者的决定, 关于命名第六批…文明村镇的决定) and a
# reply to one requester (郑州市金水区人民政府关于同意调整1个社区管辖范围及新设立3个社区的批复): addressed to the people honoured or
# the body that asked, setting no rule for the public — not a policy document that owes an interpretation (model/classify.py).
HONOUR_OR_REPLY_TITLE = re.compile(
    r"关于(?:表彰|命名|授予|通报表扬|表扬)(?:(?!印发|转发|发布|公布)[^《》])*的决定$|的批复$")

# An article's links to its column neighbours (DedeCMS {dede:prenext}: 上一篇：<a>…</a>; TRS and
# Hanweb 上一条/下一条; Zoomla!逐浪CMS's 上一篇文章：/下一篇文章：): navigation, never a link to what the article relates to.
PRENEXT_LABEL = r"(?:上|下)一(?:篇|条|则)(?:文章)?"
# Labels only a site's footer writes (a body may name an event's 主办 too, not these): where the model
# finds the footer (model/extract/footer.py), and how the crawl tells a home page whose footer a script
# draws (crawl/render_need.py).
# (The lookahead of their first characters fails most positions of a page before any alternative is tried.)
FOOTER_SITE_LABEL = r"(?=[IiCc公网版])(?:ICP\s*备|公网安备|公安网备|网站标识码|网站识别码|网站标识号|网站识别号|版权所有|Copyright\s*©?)"

# Attributes that hold an <a>'s address when it has no href (or only a script one): EasySite 网站群's
# pagers are `<a tagname="/customs/…/8d25503a-2.html" title="下一页">下一页</a>` with no href, a page
# script opening the tagname on click, and `tagname="[NEXTPAGE]"` where there is no such page
# (customs.gov.cn, szgm.gov.cn, zjt.ln.gov.cn, bjpg.gov.cn as public scrapers read them).
ANCHOR_ADDRESS_ATTRS = ("tagname",)
# Texts of a pager's links (not list items): the next page, the last page, and all of them. 加载更多 is the
# next page where a list links only that (the 甘肃 集约化 platform's `<a class="jzgd" href="ywdt_2.shtml">`).
NEXT_PAGE_TEXTS = frozenset(("下一页", "下页", "下一頁", "下 页", "后一页", "下一页>", "下一页>>", ">", ">>", "›", "»", "加载更多"))
LAST_PAGE_TEXTS = frozenset(("尾页", "末页", "最后一页", "尾 页", "末 页"))
PREV_PAGE_TEXTS = frozenset(("上一页", "上页", "上一頁", "前一页", "<", "<<", "‹", "«"))
FIRST_PAGE_TEXTS = frozenset(("首页", "首 页", "第一页"))  # also a site menu's link home
# A trail step that is the site's home page: it opens an unlabelled trail (regions) and names no column
# (a trail 首页 > 正文 drawn as 首页 alone).
HOME_STEPS = frozenset(("首页", "首 页", "网站首页", "主页", "门户首页", "返回首页", "home", "Home", "HOME"))
# Doubled angle quotes, a pager's end buttons whose side the site's language file decides: Z-BlogPHP's stock pagebar
# (zblogcn/zblogphp zb_system/function/lib/pagebar.php) prints ‹‹ (first) ‹ … › ›› (last), while themes ported from
# it print 首页 ‹‹ 1 2 ›› 尾页 with ‹‹/›› as previous/next: pager words either way, neither side assumed.
_END_PAGE_GLYPHS = frozenset(("‹‹", "››"))
PAGER_TEXTS = NEXT_PAGE_TEXTS | LAST_PAGE_TEXTS | PREV_PAGE_TEXTS | FIRST_PAGE_TEXTS | _END_PAGE_GLYPHS
# A page number as a pager writes it: `2`, SiteServer's default `[2]` (stl:pageItem type=PageNavigation
# wraps each number in lStr/rStr, `[` and `]` unless the template says otherwise), or a jump menu's
# option `第2页` (EmpireCMS's and PowerEasy's `<select …><option value='…'>第2页</option>`), or WordPress's number behind
# its screen-reader word (core paginate_links with the themes' `before_page_number`, twentyseventeen's
# `<span class="meta-nav screen-reader-text">页 </span>2`, "Page" untranslated).
_PAGE_NUMBER = re.compile(r"(\d{1,6})|\[\s*(\d{1,6})\s*\]|第\s*(\d{1,6})\s*页|(?:页|Page)\s*(\d{1,6})")


def page_number(text: str) -> int | None:
    """The page number a pager link's (stripped) text shows, or None."""
    m = _PAGE_NUMBER.fullmatch(text)
    return int(m.group(1) or m.group(2) or m.group(3) or m.group(4)) if m else None

# A later list page's number opening its <title> (XunRuiCMS's default SEO rule `list_title`
# `[第{page}页{join}]{catpname}{join}{SITE_NAME}`: `第2页_规范性文件_栗源镇人民政府`): no part of the page's name.
TITLE_PAGE_PART = re.compile(r"第\s*\d{1,6}\s*页")

# Column names a list's header row shows above its rows (`<tr><th>标题</th><th>文号</th>…`, or a first
# `<li><span>标题</span><span>日期</span></li>` as in www.pds.gov.cn's `div.public-list1`): a list
# showing only these has no row.
LIST_HEADER_WORDS = frozenset(("序号", "标题", "名称", "文件名称", "信息名称", "文章标题", "主题", "文号", "发文字号", "索引号",
                               "发布机构", "发文机关", "日期", "时间", "发布日期", "发布时间", "成文日期", "更新时间", "浏览次数"))

# Texts of a row's "read more" link: a button, not the item's title. PublicCMS's stock list writes no pager on
# page 1, only `<div class="page"><a href="…index_2.html">查看更多</a></div>` (category/list.html).
MORE_TEXTS = frozenset(("详情", "详细", "查看", "查看详情", "查看更多", "详细信息", "阅读全文", "全文", "更多", "更多>>", ">>更多", "了解更多", "more",
                        "More", "MORE", "more+", "More+", "MORE+"))  # PageAdmin's block heads say more+


def more_text(text: str) -> bool:
    """True when a link's text (whitespace collapsed) is a "read more" button: MORE_TEXTS, or 更多 and an arrow,
    bracketed or not (YzmCMS's stock picture list closes each row's excerpt with `<a>[详细]</a>`)."""
    if text[:1] in _MORE_BRACKETS and text[-1:] in _MORE_BRACKETS.values():
        text = text[1:-1].strip()
    return text in MORE_TEXTS or text.startswith("更多")


_MORE_BRACKETS = {"[": "]", "【": "】", "(": ")", "（": "）"}


# Attributes of client-side templates (Avalon, Vue, Angular) whose rows script fills in.
REPEAT_ATTRS = ("ms-repeat", "ms-for", "ms-each", "v-for", "ng-repeat")
TEMPLATE_ATTRS = REPEAT_ATTRS + ("ms-attr-href", "ng-href")
# A template's link bound to script data.
BOUND_HREF = re.compile(r"""(?:ms-attr-href|ms-href|v-bind:href|\s:href|ng-href)\s*=|href\s*=\s*["']\{\{""")

# Record counts a list script or pager declares (not page counts), in any letter case:
# run on str.lower()'d text, only the digits are kept. A query parameter of a link is no
# declaration: EmpireCMS's dynamic pager links page 2 as `index.php?page=1&amp;classid=15&amp;totalnum=8`,
# whose records are on the pages it links, not missing from this one.
DECLARED_COUNT = re.compile(r"(?<![?&])(?<!&amp;)(?:recordcount|totalrecord|totalcount|recordtotal|totalnum|记录总数)\s*[=:：]\s*['\"]?(\d+)")
# Record counts a visible pager states (共18条记录, 共 18 条, 共18条 第1/2页; DedeCMS's pageinfo
# states the pages first: 共 5页98条, 共 0页0条记录, 共 1 页/8 条记录; 动易 PowerEasy counts its
# items by their kind: 共2397篇文章/共120页).
# Without 记录/信息/数据 the count must be followed by pager words or end its element, so that
# prose such as 共18条措施 is no count; 篇 counts only as 篇文章 or 篇信息.
VISIBLE_COUNT = re.compile(r"共\s*(?:\d+\s*页\s*/?\s*)?(\d+)\s*(?:篇(?=文章|信息)|条(?:记录|信息|数据|(?=\s*[,，]?\s*(?:第|每页|当前|页次|分\s*\d|共\s*\d|[\x1e\x1f]|$))))")
# DedeBIZ (the DedeCMS fork) drops the 共 from the same pageinfo item: `<li class='page-item d-none d-sm-block disabled'><span
# class='page-link'>3页30条</span></li>` (listview.class.php GetPageListST), an empty list `0页0条`: counted only as the
# whole text of its element (pages, then records).
BARE_PAGE_RECORDS = re.compile(r"(?:^|[\x1e\x1f])\s*\d+\s*页\s*(\d+)\s*条\s*(?=[\x1e\x1f]|$)")
# The record count of 帝国 EmpireCMS's default list pager (e/config listpagetemp `页次：[!--thispage--]/
# [!--pagenum--]&nbsp;每页[!--lencord--]&nbsp;总数[!--num--]`): 页次：1/2 每页8 总数12; and the rows a
# jQuery pagination plugin's table pager counts (太原 杏花岭 jhtml lists: 每页20行 共29行 共2页).
VISIBLE_TOTAL = re.compile(r"每页\s*\d+\s*(?:条?\s*[,，]?\s*总数\s*[:：]?\s*(\d+)|行\s*[,，]?\s*共\s*(\d+)\s*行)")
# Page counts of a TRS/JS pager (TRS `createPageHTML(…)`, 重庆 集约化's `createPage(…)`).
# 广西 集约化's `pageControl(3, 1, "index", "shtml", 9, "pages")` (its api_func.js) states the page total first.
PAGE_COUNT = re.compile(r"(?:createPageHTML\(\s*(?:['\"][\w\-]+['\"]\s*,\s*)?|(?:pageControl|createPage)\(\s*(?=['\"]?\d+['\"]?\s*,\s*['\"]?\d+['\"]?\s*,\s*['\"]))"
                        r"['\"]?(\d+)|(?:countPage|pageCount|totalPage)\s*[=:]\s*['\"]?(\d+)")
PAGE_COUNT_WORDS = ("createPage", "pageControl", "countPage", "pageCount", "totalPage")  # literal pre-check for PAGE_COUNT
# Page totals a pager shows as text: 第1/2页, 1/2页, 页次：1/2, 共2页 (当前第1页 共2页).
VISIBLE_PAGE_TOTAL = re.compile(r"第\s*\d+\s*/\s*(\d+)\s*页|页次[:：]?\s*\d+\s*/\s*(\d+)|\d+\s*/\s*(\d+)\s*页|共\s*(\d+)\s*页")
# The page a list's pager says it shows, where it states it beside the total (a jump menu's `第2页` options do not):
# TRS's and 大汉's `共3页 第2页`, `第2/3页`, `页次：2/3`, EasySite's `分2页 当前 第2页`.
CURRENT_PAGE = re.compile(r"共\s*\d+\s*页\s*第\s*(\d+)\s*页|第\s*(\d+)\s*/\s*\d+\s*页|页次[:：]?\s*(\d+)\s*/\s*\d+|当前\s*第\s*(\d+)\s*页")

# The labels an article's info line sets right after its date (PHPCMS v9's default show template:
# `{$inputtime}&nbsp;&nbsp;&nbsp;来源：{$copyfrom}&nbsp;&nbsp;&nbsp;评论：… 点击：`): a date so followed
# dates the article, as a 发布时间 label before it would; the date's time of day may stand between, and the
# date may be bracketed (YzmCMS's stock info line `更新时间：Y-m-d H:i:s 编辑：… 浏览：…` written `[2026-10-29] 10:05:15`),
# its time inside the brackets too (上海 集约化's heading `<small>[2026年07月25日 10:50] <span>来源：…</span></small>`);
# the label may open a bracket of its own (云南 集约化's `来源：… 2026-04-07 13:00 【字号：大 中 小】`).
ARTICLE_INFO_LABEL = re.compile(r"(?:(?:信息|文章|稿件)?来源|作者|发布者|编辑|浏览(?:次数)?|点击(?:数|量|次数)?|阅读(?:数|量|次数)?|字号)\s*[：:]")
# A document's fields a list row shows inside its link after the title (重庆 集约化's 政策文件库 rows
# `<a><p class="tit">…</p><p class="info">(发文字号：… 成文日期 ：…)</p></a>`): no part of the title.
ROW_FIELD_LABEL = re.compile(r"\s*[（(【\[]?\s*(?:发文字号|文\s*号|成文日期|发布日期|发布时间|索\s*引\s*号)\s*[：:]")
# A time of day after a date, as clocks (08:12:33) or in words (四川 UCAP's `2026年10月14日 16时31分`).
TIME_OF_DAY = re.compile(r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\s*时\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?)")
ARTICLE_INFO_AFTER_DATE = re.compile(r"[\]】）)]?(?:" + TIME_OF_DAY.pattern + r")?\s*[\]】）)]?\s*[\[【（(]?\s*" + ARTICLE_INFO_LABEL.pattern)
# A CMS's byline after its date: the time of day, then the posting verb (Drupal 7's zh-hans `由 admin 于 2026-11-18 09:30
# 提交`, "Submitted by !username on !datetime"): the line states when the page was posted.
BYLINE_AFTER_DATE = re.compile(r"[\]】）)]?" + TIME_OF_DAY.pattern + r"\s*[\]】）)]?\s*(?:提交|发布|发表)")
# Labels of the update date of a statistics/data page (数据更新日期：2026-05-06, 数据截至2026年5月6日).
UPDATE_LABELS = ("更新时间", "更新日期", "数据更新日期", "数据更新时间", "最后更新", "统计截止", "数据截至", "数据截止", "截至日期")

# Scripts that load data into the page (fetch/XHR/jQuery/axios, TRS and Hanweb list loaders, JSONP: a script element
# whose address names the callback its answer calls, 吉林 政务公开's `s.src = "…/zf_jd_list.jsp?page=" + … + "&callback=result"`):
# a page with one may fill an empty-looking list area after loading. A script added without a callback (an analytics tag's
# `hm.src = "…/hm.js?…"`) loads no data.
SCRIPT_LOAD = re.compile(r"\bfetch\s*\(|XMLHttpRequest|\$\.(?:ajax|get|post|getJSON|getScript)\s*\(|axios\.|listModel\s*\(|"
                         r"\.trsapi|\.load\s*\(\s*['\"]/|\.src\s*=[^;]{0,300}?[?&'\"](?:json)?callback=", re.I)
# A request that only fetches a counter (PublicCMS's stock article: `$.getJSON('…api/contentClick?id=N&callback=?',
# function(data){$('article .author em').text(data.clicks);})` fills its info line's 阅读 count): it loads no list.
# The counter's word is in the address's path, not its query (a list's `?count=10` is a list).
_COUNTER_LOAD = re.compile(r"""\$\.(?:ajax|get|post|getJSON)\s*\(\s*['"][^'"?]*(?:click|visit|hits|counter)[^'"?]*(?:\?[^'"]*)?['"]""", re.I)


def loads_data(scripts: str) -> bool:
    """Whether `scripts` (a page's script text, or the page) load data into the page (SCRIPT_LOAD), a counter's
    request aside (_COUNTER_LOAD)."""
    found = SCRIPT_LOAD.search(scripts)
    if found is None or not _COUNTER_LOAD.search(scripts):
        return found is not None
    return SCRIPT_LOAD.search(_COUNTER_LOAD.sub(" ", scripts)) is not None

# The element a single-page app mounts into (Vue CLI `#app`, create-react-app `#root`, Nuxt,
# Next, Angular): empty, or holding only a <noscript> notice, until the bundle runs.
APP_MOUNT_IDS = frozenset(("app", "root", "__nuxt", "__next", "main-app", "vue-app", "react-root", "appRoot", "gkml-app"))
APP_MOUNT_ATTRS = ("ng-app", "data-v-app")
LOADING_TEXTS = ("加载中", "正在加载", "数据加载中", "loading")  # a mount's placeholder until the bundle runs

# Words of an explanatory note a column page shows instead of a list (情况说明: the office has
# no such information): the column is answered, not empty.
NOTE_WORDS = ("情况说明", "特此说明", "有关说明", "无此类信息", "未产生", "不涉及", "暂未产生", "未发生")

# Inline styles that hide an element: what is hidden is not shown to a visitor.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# A site-search box: words of a search form's action/id/class/name, or of a text input's
# name/id/class/placeholder/title (Hanweb /jrobot/search.do, TRS `searchword`, 请输入关键字, sousuo/jiansuo
# in pinyin). 查询 is left out: 信件查询 and 办件查询 forms look up one record, not the site.
SEARCH_WORDS = re.compile(r"search|sousuo|jiansuo|keyword|搜索|检索|关键字|关键词", re.I)
# Names of a search box's text input that carry no search word (Hanweb q, Baidu wd, kw, key).
SEARCH_INPUT_NAMES = frozenset(("q", "wd", "kw", "key", "keys", "keyword", "keywords", "searchword", "query", "sw"))

# Hosts of the badges, widgets and counters government pages load from elsewhere (党政机关 dcs.conac.cn, the
# 找错 widget on zfwzgl.www.gov.cn or pucha.kaipuyun.cn, 百度统计, CNZZ, 51.la, Google's): a render that
# refuses their scripts (out of the crawl's scope) misses none of the page's content. A jQuery on a CDN
# or a province's shared static host is another matter (crawl/render.py).
WIDGET_SCRIPT_HOSTS = ("conac.cn", "www.gov.cn", "kaipuyun.cn", "baidu.com", "cnzz.com", "51.la",
                       "google-analytics.com", "googletagmanager.com")


def widget_host(host: str) -> bool:
    """Whether `host` (lower case) serves only badges, widgets or counters (WIDGET_SCRIPT_HOSTS)."""
    return any(host == h or host.endswith("." + h) for h in WIDGET_SCRIPT_HOSTS)


# The `<title>` of a site's mobile edition (`青枫街道办事处手机版`, `XX市人民政府门户网站-移动版`): pages of
# another template family, whose footer (a 电脑版 link and a short copyright line) the desktop
# templates' footer rules do not judge.
MOBILE_EDITION_TITLE = re.compile(r"(?:手机|移动|触屏|触摸|WAP|wap)(?:版|门户|端)(?:首页|网站)?\s*$")

# The link by which a splash page (迎宾页, 欢迎页, 引导页) at a site's address enters the portal:
# the whole text of the link, or its picture's alt or title (an ENTER button). Links beside it
# (简体/繁体/English/无障碍/长者版, a badge) are no entry.
ENTRY_LINK = re.compile(r"(?:[>»›]+|点击)?\s*进入(?:网站|首页|主站|主页|门户|门户网站|政府网站|本站|网站首页)?\s*[>»›]*|enter(?:\s+site)?", re.I)

# The class TRS's <TRS_CurrentPosition> gives every link of the trail it draws (鄂尔多斯, 生态环境部,
# 邯郸): such links make a trail even where no 当前位置 label or crumb-named container does.
TRS_TRAIL_CLASS = "CurrChnlCls"
