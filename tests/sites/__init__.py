"""Sample sites for the generalisation harness: independently written CMS templates
(Hanweb JCMS style in GBK, a table-layout disclosure platform in UTF-8, a `.shtml` portal with
dated article paths, a gkmlpt/Shenzhen district portal, a JSP/ASP.NET portal with a Lonsun-style platform, a county department's GBK TRS-style site, a county PHPCMS v9 site in UTF-8 with a BOM, a Guangdong county whose gkmlpt catalogue is a script app reading a JSON API, an old IIS county portal of the PowerEasy lineage in GB2312 with iframe-held and postback-paged lists, a county portal on 博达 Visual SiteBuilder with descending later-page numbers and dynamic list.jsp/content.jsp aliases, a district portal on JEECMS with `.jhtml` pages and onclick pagers, a township on 织梦 DedeCMS in GBK with list_<tid>_<n>.html pagers and /plus/list.php, /plus/view.php aliases, a county portal on 新点 Epoint WebBuilder with category-number folders, GUID article pages, a script pager and a legacy ASP.NET subsystem's MoreInfo.aspx/InfoDetail aliases, a county portal on 帝国 EmpireCMS with `index_n.html` pagers counting records under "Total record", a dynamic-only class at /e/action/ListInfo/?classid=N and /e/action/ShowInfo.php aliases, a district portal on the ministry-style `c<id>/common_list.shtml` platform with 开普云-hosted search and 找错, folder articles, 0-based later pages and a script-settings pager, a county portal on PageAdmin with static `N.html` list pages, later pages and aliases at `index.aspx?lanmuid=L&sublanmuid=S`, and 信息公开 articles in one `/article/detail_N.html` folder, a district portal on 万户网络 ezEIP with static `list_page_N.html`/`info_itemid_N.html` columns beside a dynamic 信息公开 section whose columns differ only by `list.aspx?lcid=K`, a district portal on EasySite 网站群 whose pagers carry their addresses only in `tagname` attributes (no href), with articles addressed as folders of their column, rows linking straight to PDFs and `/eportal/ui?pageId=N` aliases, a county portal on 动易 SiteFactory with `/Category_N/Index_n.aspx` lists, `/Item/N.aspx` items and their dynamic `Index.aspx?itemID=N` aliases, and no 2017 meta tags, a district portal on 中网 Cicro WCM with static `index.htm` first pages and `<info_id>.htm` articles, later pages and aliases only at `/info/iList.jsp?cat_id=N&cur_page=K` and `/info/contentView.jsp?info_id=N`, trails and home blocks naming the dynamic lists, and a 政务公开 catalogue listed only at `iList.jsp?node_id=…&tm_id=T`, a district portal on TurboCMS with columns as `/publish/portal0/tab<T>/` tabs, later pages at `module<M>/page<N>.htm` or `/tabid/<T>/<M>pageidx/<N>/Default.aspx`, home blocks whose 更多 links are `MoreModuleID` pages, `info<N>.htm` articles also at `tab<T>/?itemid=N`, and `/` redirecting to `/publish/portal0/`, and a township portal on 米拓 MetInfo with pseudo-static `list-N.html`/`list-N-P.html` lists and `<id>.html` articles beside the dynamic `news.php?lang=cn&class2=N` and `shownews.php?lang=cn&id=N` addresses its menu and home link, lists dated only `MM-DD`, unlabelled article dates, metadata pasted into the body, a footer with only 主办 and ICP, and no 2017 meta tags, and a county portal on a province's TRS 集约化 platform (湖南 style) whose one host carries the 信息公开目录 of the government, its departments and a town under `/xxgk_<n>/<organ>/<column>/`, with `index_<n-1>.html` later pages written only by a quoted `createPageHTML("N","K","index","html")`, `<month>/t<yyyymmdd>_<docid>.html` articles linked relatively, per-organ 年报 lists and a province band and platform line beside the county's footer identifiers), and a county portal on the province-wide 集约化 platform whose columns are `/<site>/<column>/pc/list.html` (the column a code `c10211` or a slug `xfgjzfxxg131`) and whose articles are `<column>/pc/content/content_<snowflake id>.html`, every list only in a JSON island (`"articleList":[…]` records with `pubDate` and a `urls` JSON string naming the article) that a script renders, empty columns as empty arrays, and a department template without 网站标识码, and a county department portal on DTcms (C# ASP.NET, URL rewriting) with lists at `/<channel>/<cid>.aspx`, later pages `/<channel>/<cid>/<n>.aspx` whose pager also names page 1 as `/<cid>/1.aspx`, `/<channel>/show-<id>.aspx` articles dated `yyyy/M/d H:mm:ss` beside dynamic `news_show.aspx?id=N` aliases, list dates in brackets after the link, side boxes of another column's undated titles on every list page and single pages at `/content/<name>.aspx`, and a city portal on the 中国政府网 (www.gov.cn) style template with lists at `/column/<id>/<n>.htm` numbered from 0, `/xinwen/YYYY-MM/DD/content_N.htm` articles dated in `pages-date`, `/zhengce/content/YYYY-MM/DD/content_N.htm` documents under a bordered 索引号/主题分类/发文机关 table with bold labels, gov.cn's own metas (`firstpublishedtime`, `lanmu`) instead of the 2017 ones and inner footers without 网站标识码), and a district portal on 龙讯 Lonsun with static `/<channel>/<column>/index.html` lists whose later pages exist only at `/content/column/<id>?pageIndex=N`, named by an `Ls.pagination` script, and a 信息公开 platform under `/public/` where the government and each 部门 is an organ with its own id and the same catalogue (`/public/column/<organ>?type=4&action=list&nav=3&catId=C`, rows in `ul.xxgk_nav_list`, later pages only behind the `/site/label/8888` loader), `/public/<organ>/<id>.html` records under a desktop and a mobile metadata table whose 文号 a script writes (and completes with 号), and the platform's own footer and metas), and a 广东 district portal on 南方 NFCMS with columns at `/<channel>/<column>/index.html` and `index_2.html` …, `…/content/post_<id>.html` articles whose WAP copies `mpost_<id>.html` only a user-agent script names, the header and footer written by `initPage()` from JS strings into empty anchors, and a district 信息公开 platform under `/rgxxgk/` (规范性文件 with 统一编号 and 有效性, 政策解读 linking 原文, a department's own 年报), and a 街道 office's portal on PbootCMS in its default 兼容模式 addresses (columns `/?list_12/` or `/?tzgg/`, later pages `/?list_12_2/`, articles `/?<column>/<id>.html` beside `/index.php?…` aliases, rows carrying the title twice and a date only `Y-m-d`, `m-d` or none, a stock pager whose edge links are `javascript:;`, 信息公开 articles with a one-line metadata strip, a pasted table or nothing, the theme's floating 在线咨询 block and a message board, a footer with only ICP, and 法定主动公开内容 linking out to the district platform), and a township's portal on FineCMS / 迅睿 XunRuiCMS (万载 style: a shared news module at `news-list-{dir}.html` with later pages `news-list-{dir}-{n}.html` whose pager names page 1 again as `-1.html`, `<div><a>…</a><p>date</p></div>` rows and a `共N条记录 1/K页` pager with a jump menu, single-page columns at list addresses; an independent 信息公开 module at `/xxgk/list/<id>.html`, `/xxgk/list/<id>/<n>.html`, `/xxgk/show/<id>.html` beside `index.php?s=xxgk&c=show&id=N` aliases, XunRuiCMS's stock rows dated `Y-m-d H:i:s` in `javascript:;` links, an empty column as an empty list with no notice, and a footer whose 网站标识码 is only a script attribute), and a 广西 county portal on the province's 政府网站集约化平台 (`/<channel>/<column>/` lists whose later pages `index.shtml?pageIndex=N` only the platform's `pageControl(…)` script writes, `t<id>.shtml` articles each carrying its phone copy and an empty 关联文件 box a page script fills, a 文件 list of table rows with hidden detail cells, 文号 broken over lines and a 有效性 column, a header 今天 date frozen in the template, and 信息公开 pages on an older template), and a 河北 county portal on the
province's 集约化 platform (every column a UUID folder `/columns/<uuid>/index.html`, articles
`/columns/<uuid>/<yyyymm>/<dd>/<uuid>.html`, later pages only at the list block's own address
`…/templates/<t>/blocks/<b>?page=N&fix=0`, served as bare HTML fragments of rows and pager, 规范性文件 rows of `<p>`
cells with 文号 and 效力状态, 信息公开 documents under a `div.wjct` block on a template without article tags or
网站标识码, and a 其他文件 column of the 政府办公室's numbered work notices), and a township's portal on 易优 EyouCMS in its 精简伪静态 addresses (columns `/<dir>/`, later pages `/<dir>/list_<typeid>_<n>/` named by a pager that may show only 首页/上一页/下一页/末页, `/<dir>/<aid>.html` articles beside ThinkPHP `index.php?m=home&c=View&a=index&aid=N` aliases, picture lists whose date is split into a day and a `Y-m` and loaded further only by a 瀑布流 button, an empty column as 「共0页 0条」, a parent column listing its children's articles, and a random 随便看看 box on every article), and a 街道办事处's portal on PublicCMS (statically generated `/<code>/index.html` columns whose first page has no pager but a 查看更多 link to `index_2.html`, later pages with PublicCMS's `category_page.ftl` pager, `/<code>/yyyy/MM-dd/<id>.html` articles dated only by an unlabelled `yyyy-MM-dd HH:mm:ss` in `p.author`, every link protocol-relative, rows of `<dl>` with the date inside the title's heading, parent categories listing their children's content, 编辑推荐 links through `place/redirect.do?id=N` and a tag-filled 相关推荐 box beside every article), and a 贵州 county portal on the province's TRS-built 集约化 platform (the
信息公开目录 at `/zwgk/xxgkml/jcxxgk/<column>/` and `…/zdlyxx/<column>/` on the portal's host, sub-column folders carrying
the platform's channel id `xzfld_5981819`, `<yyyymm>/t<yyyymmdd>_<id>.html` articles linked relatively, later pages
`index_<n>.html` written by `createPageHTML('page_div', countPage, currentPage, …)` from `var` settings, 信息公开
documents whose title and date stand in unnamed divs under an 有效性 table, 规范性文件 as table rows with 文号, a
县政府文件 column of 任免 and 领导小组 notices, and the 信息公开 platform's list and footer templates without column tags
and 网站标识码), and a 四川 county portal on 中软 UCAP 网站群 (`/13960/<channel>/<column>/list_ft.shtml` lists
with `list_ft_N.shtml` later pages named by relative links under `.pagination_index`, rows in `table#dash-table`,
`<column>/yyyy/m/d/<32 hex>.shtml` articles whose title and body stand in `<UCAPTITLE>`/`<UCAPCONTENT>` under a date
`yyyy年mm月dd日 HH时MM分`, a hidden 长者专区 copy, 相关附件/相关链接 tables (empty ones hidden by `HideTable()`,
解读 linked through `xgli` rows), and an older 信息公开 template under `c<N>` folders with a `.box[bgcolor]` metadata
table, only site metas and a footer without 网站标识码), and a 街道办事处's portal on YzmCMS (columns `/<catdir>/`, later pages
`/<catdir>/list_<n>.html` named by a pager whose dead 上一页/下一页 are still links to page 1 or to the page itself and
which an empty list does not print at all, rows dated `Y-m-d H:i:s` before the link, picture lists without dates, a
parent column as a channel page of thumbnail blocks, `/<catdir>/<id>.html` articles dated only by 更新时间 beside
`index.php?m=index&c=index&a=show&catid=C&id=N` aliases, and a tag-driven 相关内容 box on every article), and a 陕西 county portal on the province's 集约化 platform (every column a folder whose pages are
`1.html`, `2.html` … beside its `<19-digit id>.html` articles, the folder itself serving page 1, a `div.m-lst-pg` pager
with a `maxPage = parseInt('K')` jump script, 信息公开 records under a desktop and a mobile `div.table` of `div.table-tr`
rows whose 发文字号 cell shows the word `null` a script empties, 县政府文件 of 表彰 decisions and 批复, and an article
template whose footer drops the 公安备案 line), and a 重庆 county portal on the municipality's 集约化 platform (channel
folders carrying the site's number `/zwxx_262/`, `/zwgk_262/zfxxgkml/…`, columns whose later pages `index_1.html` … only a
`createPage(K, i, "index", "html")` script names, rows whose date span sits inside the link, 行政规范性文件 as
`tr.zcwjk-list-c` rows showing 发文字号 and the 成文日期 (not the publication date), a 废止和失效 archive of rows without
links, 通知公告 rows linking articles in a 专题 folder, news articles titled by their column with the 来源 written by
`document.write`, and 政策文件库 documents under a bracketed `[ 索引号 ]` header on a template whose footer drops the
网站标识码), and a 开发区管委会's portal on Jspxcms (static column
folders `/<number>/` whose later pages exist only at the dynamic `/node/<id>_<n>.jspx`, a `div.pager` whose current
page and dead 首页/末页 are `<a>` without href and which an empty list still prints as 「首页 1 末页」, news rows with a
description and `yyyy-MM-dd HH:mm:ss`, `/<number>/<id>.html` articles beside `/info/<id>.jspx`, each news article
carrying dated 上一条/下一条 and a 相关新闻 box of five similar titles, a parent column as a cover page, and 信息公开
articles under a metadata table with the date unlabelled), and a 福建 county portal on the 远略 ylcms 网站群 (static
`/cms/html/<site>/<column>/index.html` first pages whose later pages exist only at the one dynamic address
`/cms/sitemanage/index.shtml?siteId=<column id>&page=N`, `/cms/html/<site>/<yyyy-mm-dd>/<id>.html` articles in date
folders of the whole site with a PubDate meta written with em dashes, 信息公开 records at
`/cms/infopublic/publicInfo.shtml?id=N&siteId=S` under a `ul.info` field list with a PDF.js viewer iframe and a text
copy, 「无word文件」 placeholders, a tabstrip 政务公开 page, and a record template without site metas and 网站标识码), and a 北京
district portal on the 首都之窗 集约化 platform (columns `/yhq/<column>/<list name>.shtml` whose later pages `<list name>_2.shtml`
… only a `createPageHTML('page_div', K, i, name, 'shtml', N)` script names, `<yyyymm>/<32 hex>.shtml` articles under
`div.Contitle` with `日期：… 来源：…` in one line and a script-hidden 附件 box, a 政策文件 column filed by year at one
address per year linked by year tabs, a parent column's page of its children's blocks, 政策文件 under an `ol.doc-info` header of
bracketed labels with 有效性 written 是 and unset dates `----`, and a 政策文件 template whose footer drops the 公安备案 line), and a 镇人民政府's portal on WordPress with a government child
theme of Twenty Seventeen (numeric permalinks `/archives/<id>` beside `/?p=<id>` shortlinks that answer 301,
categories `/category/<parent>/<child>/` with later pages `…/page/<n>/` whose prev/next are screen-reader text and
arrow icons, news archives printing each post's date as a link to the post and its whole text up to `<!--more-->`, a
parent category listing its children's posts, an empty category as a 200 「未找到」 page with a search form, a hidden
`time.updated` modification date, date-less adjacent-post navigation and 近期文章 widget on every page), and a record template without site metas and 网站标识码), and the portal of
a 国务院部门 (a fictional 国家局 on the ministries' TRS templates: a 政策 library of 局令 (部门规章, …令 第N号) and 规范性文件
(〔2026〕N号, records in year folders `gfxwj2026/` under an 有效性 table), list rows carrying a hidden 相关解读 pop-up, records
linking their 解读 in a `display:none` box a `jdFlag` script shows, later pages `index_<n-1>.html` named only by
`createPageHTML(K, i, "index", "html")`, 司局 columns on a template without column tags, channel pages dating each row
twice, and an annual report due by 1 月 31 日), and a 上海 district portal on the municipal 集约化 platform (etui3
template: columns `/nw<id>/index.html` with later pages `index_2.html`, articles `/nw<id>/<yyyymmdd>/<32 hex>.html` dated
in a `small#ivs_date` inside the title heading, a PubDate written with a ratio sign `10∶08`, 信息公开 records whose metadata
table holds the labels 索取号/发布机构/文件编号 in its first row and the values in the second, a trail of unlinked
`li.active` steps, and ColumnType commented out), and a 镇人民政府's portal on 科汛 KesionCMS (ASP, served dynamically:
columns `/Item/list.asp?id=N` whose later pages `&page=K` a pager names in KesionCMS's own order (下一页 尾页 首页 上一页,
dead ones as bare text), `/Item/Show.asp?m=1&d=N` articles dated `yyyy-M-d H:mm:ss`, home blocks linking the columns
as `/Item/List.asp?ID=N`, rows dated unpadded in brackets after the link, an empty column as 此栏目下没有文章, a tags
page and an announcement under `/plus/`, 信息公开 custom fields labelled with ideographic spaces (文　　号), and a
信息公开 template whose footer drops the 网站标识码), and a 四川 township portal on 风讯 FoosunCMS (ASP, GB2312: static class
folders `/html/<class>/index.html` with later pages `index_<k>.html`, articles `/html/<class>/<yyyy>-<m>/<d>/<yyyymmddhhmmss><id>.html`
or `…/<yyyy>_<mm>_<dd>_…html`, table rows of titles cut by GotTopic without an ellipsis (the whole title only in `title`), red
bold titles, picture and news lists writing two or four items to a `<tr>` (RowNumberStr), a linked `[通知公告]` and a 评论 link in home rows, dates `2026年09月15日` or `10-14`, a Published Date comment
of the generation run on every page, and no 2017 meta tags), and a 河南 county portal on the province's 集约化 platform (TRS:
every article stored at the site's root by date, `/<yyyy>/<mm-dd>/<id>.html`, whatever column lists it, later pages
`index_1.html` … named only by `createPageHTML(K, i, "index", "html")`, 信息公开 rows `div.zfxxgk_zdgkc > ul > li` in a
scrolling box with titles cut short and the date in a `<b>`, records under `<strong>label：</strong><span>value</span>`
fields with a `<publishtime>` element, a 意见征集 table dated twice, a 基层政务公开 column in the 信息公开 menu, and an
article template without ContentSource), and a 甘肃 county portal on the province's 集约化 platform (every page under the
site's folder `/tcx/`, columns as `c<id>/` folders nested under their channel with a named column page (`ywdt.shtml`,
`list.shtml`) and articles in month folders `c<id>/<yyyymm>/<id>.shtml` (信息公开 records in the channel's folder), rows `ul#list > li` with `span.date`, later
pages named only by a relative 加载更多 link `a.jzgd`, records under a two-pairs-a-row label table), and a 福建 乡 portal on Z-BlogPHP's stock `default` theme (articles and 页面 at
`/?id=N`, categories `/?cate=N` with later pages `&page=K` under a pagebar of ‹‹ ‹ N › ›› buttons, each list row's date
inside its `h2.post-title`, an article's `Y年m月d日` alone in an `h4.post-date` above its title, a `<title>` naming the
site first, 最近发表 and 网站分类 boxes in `dl.function` on every page, an empty category showing only ‹‹ › ›› back to
itself, the 主办/标识码/ICP lines in an `h3#BlogCopyRight`, and no 2017 meta tags), and a 湖南 镇 portal on DedeBIZ V6's stock
`dedebiz` theme (Bootstrap rows `article.list-article` with the date behind a calendar icon, unlabelled as on articles,
later pages `list_<tid>_<n>.html` under a `li.page-item` pager whose current number is the stock bug `<a href=''>'.N.'</a>`,
an empty column showing only `0页0条`, a numbered undated 热门头条 box on every page, channel cover pages, and no 2017
meta tags), and a 山东 county portal on the
province's 集约化 platform (Hanweb: `/col/col<N>/index.html` columns whose later pages are the same address with
`?uid=…&pageNum=N`, `/art/<yyyy>/<m>/<d>/art_<N>_<id>.html` articles, rows `a.ellipsis-line-clamp` with `span.pull-right`,
and a 政务公开 platform under `/gongkai/site_<site>/` whose columns `channel_<24 hex>/` list `doc_<24 hex>.html` documents
only in a JSON literal a Vue app renders, beside the unrendered template's `v-if` 暂无数据 box, on templates without
网站标识码 and ContentSource), and a 安徽 镇 portal on CmsEasy 7's stock `default_bootstrap` template (dynamic
`index.php?case=archive&act=list&catid=N` columns with `&page=K` under a Bootstrap `ul.pagination` of « N », single-page
columns at the same address, `act=show&aid=N` articles, rows `div.news-list` whose date is split into the day in a `<span>`
before the `Y-m` in a `<p>`, each row's title and its `[更多]` linking the article twice, an undated 网站公告 and 相关内容 side
box on every list, an empty column showing nothing at all, articles dated in three spans (label, colon, value) and ending in
a dated 相关内容 list of the same rows, a footer with ICP and 公网安备 but no 网站标识码, and no 2017 meta tags), and a 湖北 county portal on the province's 集约化 platform (TRS, `.shtml`: columns whose
later pages `index_1.shtml` … a static `div.black2` pager names, `<yyyymm>/t<yyyymmdd>_<id>.shtml` articles linked
relatively, 规范性文件 filed in a kind folder `gfxwj_GK2020/tz/`, news rows `li.col-md-6` whose date is split into a
day and a `yyyy-mm` in a `div.calendar`, 信息公开 lists `ul.info-list` broken by `li.line` separators, 县政府文件 series
rows dated `yyyy-mm-dd HH:MM` that also list the 规范性文件, and records under `div.metadata_content` cells with spaced
labels `索 引 号：`, `文 号：` and a spaced date `2026 年 10 月 22 日`, on a record template without the 公安备案 line), and a 云南 county portal on the province's 集约化 platform (TRS, `.html`:
columns whose later pages `index_1.html` … a static `ul.ya-pagination` names, `<yyyymm>/t<yyyymmdd>_<id>.html` articles
linked relatively, 政策文件 rows each a `ul.zclist` of three `li` (文号, linked title, date) inside a layout table under
a header `ul`, 解读 rows in `td.thc` cells, records whose fields are `dl.reference` dt/dd pairs in a `div.referencebox`
above an `h3.h3class` title, articles dated by a `div.datetime` text of `来源：…`, an empty line and the date, lower-case
meta names, list pages without ColumnDescription/ColumnKeywords and a record template without the 公安备案 line), and a 内蒙古 镇
portal on ThinkCMF 5's `simpleboot3` theme as a 旗's 三务公开 platform edited it (`/portal/list/index/id/N.html` columns with
`?page=K` under the ThinkPHP paginator nested in the template's own `ul.pagination`, page 1 linked again as `?page=1`,
every list titled `首页 {site}`, rows `ul.lists > li > a` whose title is cut at 20 characters with the date inside the link
as `m-d` only, a plain-text `当前位置: >>` trail, articles `/portal/article/index/id/N/cid/C.html` with a second address
without cid from an undated left box of 通知公告 titles on every article, the title in `div.article_title`,
`发布日期 : Y-m-d H:i`, a `相关附件：` heading whether or not files follow, file links whose href begins with a space, a
footer with only the 公网安备 number, and no 2017 meta tags), and a 宁夏 county portal on the
autonomous region's 集约化 platform (TRS: news channels in a folder carrying the site's number `/zwxx_13702/`, later pages
`index_1.html` … and a file library whose first page is both the folder and `list.html`, later pages `list_1.html` …, all
named only by `createPageHTML(K, i, name, "html")`, file rows `ul.nx-list > li` each carrying a stylesheet-hidden
`div.nx-conmtab` box of seven `span.tt`/`span.value` pairs (成文日期, 发布日期, 有效性, 发文字号 …), news rows linking
articles stored in another column's folder `../tpxw/…`, articles titled in a `div#info_title` with a
`span#info_released_dtime` of `yyyy-mm-dd HH:MM:SS` and the body in `div#ofdneed`, an article template without
ContentSource and a record template whose footer drops the 公安备案 line), and a 县科学技术局's portal on Drupal 7 (zh-hans, a Bartik
sub-theme: `/node/<nid>` articles also answered at `/?q=node/<nid>`, Views pages at aliases `/xwzx/gzdt` whose later
pages are `?page=1`, `?page=2` … counted from 0 under D7's `ul.pager`, each news column also a `/taxonomy/term/<tid>`
page of teasers that every article's 栏目 field links, rows of `views-field` divs, an HTML list or a `views-table`, news
dated only by the submitted line `由 … 于 Y-m-d H:i 提交`, 规范性文件 as label-inline fields `文号:&nbsp;` with absent
fields for missing values, 相关解读/相关文件 entity-reference fields, absolute file links, an empty View printing nothing
and an empty term page's untranslated `There is currently no content classified with this term.`, an undated 热门内容 block on every page, a footer without 网站标识码 and
no 2017 meta tags), and a 县住房和城乡建设局's portal on Zoomla!逐浪CMS (ASP.NET, the V4 Bootstrap templates: routed
addresses `/Class_<id>/Default.aspx` column homes of per-child blocks, `/Class_<id>/NodePage.aspx` lists whose pager
`div#pageDiv[totalPage]` links « the first page as `NodePage_1.aspx` and » the last, `/Item/<id>.aspx` articles dated
`发表于：yyyy-MM-dd` beside a 浏览数 a `GetHits.aspx` script writes, rows `li.list-group-item` with a `span.pull-right` date,
titles cut without an ellipsis, a side 热门文章 box with hit counts, the 信息公开 fields in `td.xxgk_l` cells ending `：`,
single-page nodes at `Default.aspx`, an inner footer without 网站标识码 or 公安备案 that only the home page's own footer
has, no 2017 meta tags), and a 吉林 county portal on the province's 集约化 platform (TRS portal lists `/zw/yw/<column>/`
with later pages `index_<n-1>.html` named only by `createPageHTML(K, i, "index", "html")`, `<yyyymm>/t<yyyymmdd>_<id>.html`
articles linked relatively, and a 政务公开 platform under `/xxgk/gkml/<column>/` whose lists hold no rows in their HTML: a
script asks the platform's JSONP service `govsearch/jsonp/zf_jd_list.jsp?page=N&…&callback=result` and writes
`tr.zly_xxmu_20170104ulbg2` rows and a `#page-body` pager of `data-page` links, empty columns as an empty `data` array,
records under a `table.zly_xxgk_20170802` of label/value cells dated `2026年10月22日` with the body in
`div.zlyxwz_t2a`, and the platform's footer without 网站标识码), each generated
together with its answer key from one defect table, and a loopback server for them.

Score the audit against the keys with `PYTHONPATH=$PWD .venv/bin/python benchmarks/accuracy.py`
(`--template`, `--size`, `--keep DIR`, `-v` lists missed and false findings, `--print-key`)."""

from collections.abc import Callable

from tests.sites import aspx, bjjy, cicro, cmseasy, cqjy, dede, dedebiz, dept, drupal, dtcms, empire, epoint, esite, eyou, ezeip, foosun, gkml, gkmlpt, govcn, gsjy, gxjy, gzjy, hajy, hanweb, hbjy, hubjy, jee, jljy, jsp, jspx, kesion, kpy, lonsun, metinfo, mingov, nfcms, nxjy, pboot, pcjy, pe, pga, phpcms, publiccms, sdjy, shjy, shtml, sscms, sxjy, table, thinkcmf, trsjy, turbo, ucap, vsb, wp, xunrui, ylcms, ynjy, yzm, zblog, zoomla
from tests.sites.model import SampleSite

# name → (generator taking a size, the sizes it offers)
TEMPLATES: dict[str, tuple[Callable[[str], SampleSite], tuple[str, ...]]] = {
    "hanweb": (hanweb.build, hanweb.SIZES),
    "table": (table.build, ("small",)),
    "shtml": (shtml.build, ("small",)),
    "gkml": (gkml.build, ("small",)),
    "jsp": (jsp.build, ("small",)),
    "dept": (dept.build, ("small",)),
    "phpcms": (phpcms.build, ("small",)),
    "gkmlpt": (gkmlpt.build, ("small",)),
    "aspx": (aspx.build, ("small",)),
    "vsb": (vsb.build, ("small",)),
    "jee": (jee.build, ("small",)),
    "dede": (dede.build, ("small",)),
    "sscms": (sscms.build, ("small",)),
    "epoint": (epoint.build, ("small",)),
    "empire": (empire.build, ("small",)),
    "kpy": (kpy.build, ("small",)),
    "ezeip": (ezeip.build, ("small",)),
    "pga": (pga.build, ("small",)),
    "esite": (esite.build, ("small",)),
    "pe": (pe.build, ("small",)),
    "cicro": (cicro.build, ("small",)),
    "turbo": (turbo.build, ("small",)),
    "metinfo": (metinfo.build, ("small",)),
    "trsjy": (trsjy.build, ("small",)),
    "pcjy": (pcjy.build, ("small",)),
    "dtcms": (dtcms.build, ("small",)),
    "govcn": (govcn.build, ("small",)),
    "lonsun": (lonsun.build, ("small",)),
    "nfcms": (nfcms.build, ("small",)),
    "pboot": (pboot.build, ("small",)),
    "xunrui": (xunrui.build, ("small",)),
    "gxjy": (gxjy.build, ("small",)),
    "hbjy": (hbjy.build, ("small",)),
    "eyou": (eyou.build, ("small",)),
    "publiccms": (publiccms.build, ("small",)),
    "gzjy": (gzjy.build, ("small",)),
    "ucap": (ucap.build, ("small",)),
    "yzm": (yzm.build, ("small",)),
    "sxjy": (sxjy.build, ("small",)),
    "cqjy": (cqjy.build, ("small",)),
    "jspx": (jspx.build, ("small",)),
    "ylcms": (ylcms.build, ("small",)),
    "bjjy": (bjjy.build, ("small",)),
    "wp": (wp.build, ("small",)),
    "zblog": (zblog.build, ("small",)),
    "dedebiz": (dedebiz.build, ("small",)),
    "sdjy": (sdjy.build, ("small",)),
    "mingov": (mingov.build, ("small",)),
    "shjy": (shjy.build, ("small",)),
    "kesion": (kesion.build, ("small",)),
    "foosun": (foosun.build, ("small",)),
    "hajy": (hajy.build, ("small",)),
    "gsjy": (gsjy.build, ("small",)),
    "cmseasy": (cmseasy.build, ("small",)),
    "thinkcmf": (thinkcmf.build, ("small",)),
    "nxjy": (nxjy.build, ("small",)),
    "hubjy": (hubjy.build, ("small",)),
    "ynjy": (ynjy.build, ("small",)),
    "drupal": (drupal.build, ("small",)),
    "zoomla": (zoomla.build, ("small",)),
    "jljy": (jljy.build, ("small",)),
}
