"""Variants of a generated sample site that keep its content and answer key but change markup a
CMS chooses freely, to measure how much the audit leans on markup it was written against:

- `classes`: every class and id value is replaced by a meaningless name (the same value always by
  the same name, so a page's repeated blocks stay alike), but the names national embed codes
  give (`_jiucuo_`, `_ideConac`) and the class a platform's widget script finds its placeholder by (龙讯 Lonsun's
  empty `<div class="dzjg j-jiucuo" data-setting="{sitecode:…}">` is the 找错 entry only while it keeps `j-jiucuo`);
  a number a CMS appends to name one instance of a block
  (PageAdmin's `sublanmu_box_626`, the column's id) is template structure and stays. A site of a CMS nobody here has seen
  names its list, breadcrumb, content and footer areas in words the tool does not know; what it
  cannot read there must come out undecided, never as a wrong finding.
- `layout`: every `<ul>` list whose rows are each one link and one dated element
  (`<li><a>标题</a><span>2026-09-01</span></li>`, or the date first) is written in another row
  structure a real CMS uses, one a list template (chosen from the site's name and the list's tag):
  `<table><tr><td><a>…</a></td><td>date</td></tr>` (circ.gov.cn's `tr[@class='even']/td[1]/a` rows,
  read by a public scraper, a1779717760/circ), `<dl><dd><a>…</a><span>date</span></dd></dl>`
  (chinacdc.cn's `<dd><a …>标题<span>日期</span></a></dd>` and chinatax.gov.cn's `//dl/dd/a` lists,
  quoted by public scrapers), `<div><div><a>…</a><em>date</em></div></div>` (row divs),
  `<li><h4><a>…</a><span>date</span></h4></li>` (www.gov.cn's 最新政策 `div.list li h4 a` rows, read
  by a public scraper), `<li><span>date</span><a>…</a></li>` (the date first, as PHPCMS's
  default list template writes it) or `<li><div class="title"><a>…</a></div><div class="time">date
  </div></li>` (yz.chsi.com.cn's 教育部政策 list, quoted in a public scraper's tests); a Hanweb
  list island's `<record>` row likewise. A list opening tag that also opens a list of other rows
  somewhere (a menu) is left alone everywhere, so a column's empty list keeps its full pages' shape.
  The other way round, every `<table>` list (document rows of one link and a dated cell, header rows
  without a link) becomes `<ul><li><a>…</a><span>文号</span><span>date</span></li></ul>`, its header
  row a `<li>` of `<span>`s (kjt.hebei.gov.cn's `li.xxgk-comm-line` rows of `span`s, read by a public
  scraper, gerry0208/spider_project). Converted tables are not converted back.
- `dates`: every full date shown as text (`2026-09-01`, outside tags, scripts and styles, but inside
  Hanweb's `<script type="text/xml">` list islands) is written in other real formats, chosen from
  the site's name: `2026年09月01日`, `2026/09/01`, `2026.09.01`, `[2026-09-01]` or `2026-9-1`, one
  for list rows and another for dates after a label (`发布时间：`), as a CMS may date its lists one
  way and its articles another; a date right after a metadata label (`成文日期`, `发布日期` …) as
  `2026年9月1日`. A page served at two addresses shows its dates alike at both. Every format keeps
  the year, so nothing a reader concludes
  changes; `MM-DD` dates stay as they are.
- `labels`: the labels of the page's text in words other real sites use for the same thing (the
  variants ../shared/domain.md §7.6 records for the metadata fields, and others cited below), the
  same label always by the same variant: 相关解读/相关文件 boxes as 税务总局's 关联解读/关联文件,
  上一篇/下一篇 as 上一条/下一条 (PowerEasy), 当前位置 as 您现在的位置, a spaced 索 引 号 (TRS gkml).
  Only text between tags changes (scripts too: a list island's rows are text to its reader).
- `names`: the disclosure columns named as other real sites name them, the same name always by the
  same variant: 规范性文件 as 行政规范性文件 (pingtan.gov.cn's `zwgk/zfxxgk/gwhwj/hzgfxwj/` column, in
  ../shared/corpus/pingtan), 政府信息公开年报 as 政府信息公开年度报告 (yichun.gov.cn's `/xxgk/gkndbg/` and
  zwgk.jieyang.gov.cn's menu links, found by the library's code search), 政府信息公开指南 as 信息公开指南
  (jiayu.gov.cn, fszwgk.gov.cn, jxw.mas.gov.cn menus), 通知公告 as 公示公告, and a link or `<title>`
  naming the 政策解读 column as 解读回应 (fjnj.gov.cn's `/cms/html/njxrmzf/jdhy/` column, whose tabs still
  say 政策解读; 福建省财政厅's 【解读回应】 column). A 政策解读 heading that is not a link (a related
  box's, a list's own) keeps its name, as on those sites. Text, `<title>` and the `content`/`title`
  attributes change; URLs do not.
- `metas`: the page tags of the 2017 指引's web design norm (`<meta name="SiteName">`, SiteDomain,
  SiteIDCode, ColumnName, ColumnDescription, ColumnKeywords, ColumnType, ArticleTitle, PubDate,
  ContentSource, Url) are removed from every page, as on the many county sites that never added them
  (the corpus's 太原 杏花岭, 安徽 Lonsun and 陕西 pages carry none): what the tool reads off those tags
  must be read off the page. The meta-tags rule then fails rightly: the key gains that defect.

- `charsets`: every page is served in the other encoding Chinese government sites use: a UTF-8 page
  in GBK, a GBK page in UTF-8, its declarations changed to match, as a site migrated between CMSs
  is. GBK is declared as real sites declare it, one way a site (chosen from its name): the HTTP
  header and the meta both (`text/html; charset=GBK`, Hanweb's servers), only an http-equiv meta
  naming gb2312 while the bytes are GBK (DedeCMS and TRS pages behind an Apache that sends no charset:
  dede.py, dept.py, the corpus's 平潭 pages), or only the header (a `<meta charset>`-less page of an IIS
  site, aspx.py's header). A character GBK lacks is written as a numeric reference, as those CMSs
  write it. Other resources (scripts, JSON list data, attachments) stay as they are, as on those
  sites; nothing a reader concludes changes.

- `pagers`: each list's pager (the innermost block around its pager links, found by following the
  lists' 下一页 links, so every page of a list knows its place) is written in another real convention,
  one a list (chosen from the site's name and the list's first address), linking the addresses the
  site serves for the list's pages: TRS WCM's script-built `createPageHTML(countPage, currentPage,
  "index", "html")`, which document.writes the links (../shared/corpus's shanxi.gov.cn page; only where
  the site serves TRS's `index_1.html` … addresses); a jump menu alone, DedeCMS's and EmpireCMS's
  `<select onchange='location.href=this.options[this.selectedIndex].value;'>` of `第N页` options under
  `共N页`; `共N页 第M页 首页 上一页 下一页 尾页` with only 下一页 and 尾页 linked (TRS and 大汉 list pagers);
  Bootstrap's `<ul class="pagination">` with a `rel="next"` » (the PagedList markup public sites keep,
  found by the library's code search); or `1 2 … 下一页 末页`, the pages around the current one and an
  ellipsis (DedeCMS pagelist, PHPCMS pages()). A page-1 address only the old pager linked
  (DedeCMS's `list_5_1.html`) is then linked by nothing, as on sites whose pager names page 1 by its
  folder. Pagers that link no 下一页 (script and plugin pagers) stay as they are, and so do a list's whose page 1
  shows no pager (PublicCMS's page 1 links page 2 only by `查看更多`).
- `footers`: the footer's identifiers in other real forms, each present one kept and none added, the
  same form on every page of the site: ICP as `ICP备案号：湘ICP备…号` (太原工业学院's footer, found by
  the library), `备案号：…` or with only its number linked, `粤ICP备<a href="https://beian.miit.gov.cn">
  13080605</a>号` (a public footer the library holds); 网站标识码 split across spans (`<span>网站标识码：
  </span><span>4312250001</span>`, as the 网站普查 inspection platforms lay out the field), as 政府网站标识码
  or with a half-width colon; 主办 as 主办单位：, 网站主办：, `…办公室主办` or under a 主管单位 (主管：…县人民政府
  主办：…县人民政府办公室); a 公安备案 link to its beian.gov.cn record with its badge image named by alt
  (`<img alt="粤公网安备">粤公网安备 4403…号`), as the record link's badge alone (the number only in the
  link, as footer.py's 沪公安网备<img> footers), or as `公安备案号：…` (../shared/corpus's pingtan footer);
  the 党政机关 badge as the embed script conac.cn hands out (`document.write(unescape("%3Cspan
  id='_ideConac' …"))`, jee's 青峰区 footer).

- `links`: every `<a>` address outside scripts in another form real sites write, each opening the
  same resource on the sample server, one form an address (chosen from the site's name and the
  address): absolute with the site's own host (`http://HOST/…`, the corpus's shanxi.gov.cn and
  pingtan.gov.cn menus), protocol-relative (`//HOST/…`, as public sites link their own host: kent.ac.uk's
  `<a href="//www.kent.ac.uk/courses/…">`, found by the library), `../`- or `./`-relative to the page's
  folder (TRS pages: the corpus's `<a href="./" title="“十四五”解读">`), with a `#content` fragment, a
  folder's `index.html` for the folder or the folder for it (where the server answers both with the same
  page), with blanks or a line break around it and `&amp;` for `&` (corpus pages write `…?method=show
  &amp;id=…`), or, for an article link, only in a script a click runs: `href="javascript:openUrl('…')"`
  (a public CMS's `<a href="javascript:openURL('somepage.html')">`) or `href="javascript:void(0);"
  onclick="window.open('…')"` (fgw.zj.gov.cn's corpus page opens its boxes so); article links also gain
  `target="_blank"` and, on some sites, `rel="noopener noreferrer"` (the corpus's nfra pages). A site
  may also carry `<base href="http://HOST/folder/">` naming each page's own folder (a base tag as
  vybory.izbirkom.ru's `<base href="http://www.vybory.izbirkom.ru/">`), only on pages whose every
  address still opens what it did (no `?…`/`#…` address, a served folder). A missing page is linked at
  the same missing address in an address form, never in a script. Not written: upper-case `.HTM` or
  `.SHTML`, which an IIS server answers but the sample server (exact paths) would not. The server
  writes the host it answers on in place of `SITE_HOST` (tests/sites/server.py).
- `chrome`: the stock blocks portals put on every page, around the content: after `<body>`, a top
  bar (shanxi.gov.cn's `<div class="topbar">`, the corpus) with today's date as the header shows it
  (`<span id="ga-time-day">今天是2026年11月20日</span><span id="ga-time-week"> 星期五</span>`, the spans a
  public site's time-0001.js fills, or `2026年11月20日 星期五`), the site's as-of day, a weather word,
  the 长者模式/无障碍浏览 links (pingtan.gov.cn's `aged_link` and `barrierFreeBtn`, the corpus) and the
  site's own 网站地图 link when it has one; before the footer block, a side box of the site's newest
  list rows from every column with their dates (a public template's `<div class="paihang"><h2
  class="hometitle">点击排行</h2>`, SiteFactory's 推荐阅读, a portal's 热点信息) and a 友情链接 jump menu
  of other government sites (中山's `<div class="LFriendlink"><h2><span>友情链接</span></h2>…<select
  name="link" onchange="javascript:window.open(this.options[this.selectedIndex].value);">`, found by
  the library; 张家界's template puts it inside its footer); at the end, a floating 微信二维码 box
  (kepu.gov.cn's `qr-code`/`code-float`, the corpus; `扫一扫二维码<br/>关注官方微信`), a 智能问答 button
  and a 返回顶部 link. None is a finding: the key does not change. A redirect stub (a body of one
  script) shows no portal and is left alone.

- `wrappers`: the extra elements real templates put around a list row's parts and an article's parts.
  Each dated `<ul>` list's rows (the `layout` lists; a Hanweb record's row too), one form a list: the
  link in Dreamweaver's `<div align="left"><span class="style1"><font color="#000000">` (ASP and JSP
  pages found by the library: `<div align="left"><span class="style1"><a href="admin_Amount.asp">`,
  `<div align="center"><span class="style1"><font color="red">`), in `<p><strong>` (a public template's
  `<p><strong><a href=…>` rows), in `<span class="tit"><span>`, or in `<div class="tit">` (a news
  template's `<li><div class="tit"><a …></a></div><div class="timer">`), the date in `<span><span
  class="time">`, `<span><em>`, `<span><font color="#999999">` (a PHP portal's notice list: `<span
  class="time"><font color="red">2026-…</font></span>`) or `<div class="time"><i>`; or the rows as
  `<div class="item"><div class="tit"><a>…</a></div><div class="time">…</div></div>` boxes instead of
  `<li>` (a Blade template's `<div class="item">…<div class="tit"><a href="article.php?id=…">`); a
  date-first row stays date first. A table list's (`layout`'s tables) link cell in those Dreamweaver
  wrappers or `<div><span>`, its date cell in `<span class="time"><font color="#999999">` or
  `<span><em>` (`<td><div align="left"><font color="#000000"><a href="emailbody.asp?…">`, an ASP
  mail page the library holds). An article's `<h1>` title (its first `<h1>` that is no link) in
  `<div><div>` or a centred layout table,
  its info line (the innermost `<div>`/`<p>` naming 发布时间, 来源 …) in a layout table or `<div><div>`,
  and the whole body, one way a site, in nothing, one or two centred layout tables (the 2000s
  templates' `<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>`,
  as JSP and PHP templates found by the library write it; WWWangyw/EnterpriseOfficeAutomation's
  news.aspx `<table cellspacing="0" cellpadding="0" width="775" align="center">`) or `<center>`. These
  wrappers put a link's row deeper under its list than the tool was written against.
- `sloppy`: the markup old and hand-edited pages ship, each way on or off for a site (chosen from its
  name): upper-case tags and attribute names (`<TD><A HREF=…>`, FrontPage and Dreamweaver pages),
  unquoted attribute values where libxml2 reads them whole (`<DIV CLASS=x>`), the end tags HTML lets
  a browser imply left out (`</li>` before the next `<li>` or `</ul>`, `</td>`, `</tr>`, `</p>` before a
  block), a second `<html><body>` after the first (a header include that is a page of its own) with a
  stray `</div>` after `<body>` and before `</body>`, CRLF line ends (the corpus's nfra pages); always
  `&nbsp;` and full-width blanks around list titles, `<h1>` titles and shown dates (`发布时间：&nbsp;&nbsp;
  2026-09-01`), and comments
  before and between list rows (`<!--列表开始-->`, as hand-written list templates found by the library
  mark them). Scripts, list islands, styles and comments are left as they are; libxml2 (the tool's
  parser) reads every page to the same text (test_mutate checks it).

- `rows`: each dated `<ul>` list (the `layout` lists) written in another shape real government
  lists use, one shape a list (chosen from the site's name and the list's tag), each row keeping its
  title, link and date: lines of one `<div>` ended by `<br>`, the date after the link in brackets
  (`<a …>…</a>&nbsp;[2026-11-14]<br>`, as the `<a href=…>…</a>&nbsp;[2024-10-29]` lines the library
  holds); one `<p>` a row, this year's dates as `(11-14)` (a Z-Blog 相关文章 box's `<p><a href=…>…</a>
  &nbsp;&nbsp;(2017-9-9 23:0:29)</p>` rows, found by the library); `<dl><dt><a>…</a></dt><dd>date</dd>
  </dl>` a row (fgw.zj.gov.cn's `<dt><a href=…>` blocks, the corpus); a table with a 序号 column and the
  date before the title (pingtan.gov.cn's 规范性文件 list heads its rows 序号/标题/发文字号/发布日期, the
  corpus; a notice admin's `<tr><th>编号</th><th>标题</th><th>发布日期</th>`, found by the library); a
  table under a `<th>标题</th><th>发布日期</th>` header row, the date as `【2026-11-14】`; the date as a
  calendar box, `<span class="day">14</span><span class="month">2026-11</span>` (event cards' `<span
  class="day">${day}</span><span class="month">${month}</span>`, found by the library); numbered rows
  `1. <a>…</a>`; the date only in the link's labelled tooltip, `title="标题：…&#10;发布时间：2026-11-14"`
  (the form listing.tooltip reads); or the date on a line of its own under the title (`<h3><a>…</a></h3>
  <p class="date">发布时间：2026-11-14</p>`). An empty list keeps its shape's frame (a table its header
  row). A row that shows no full date (`10-19` home rows) keeps its date as it is; `(11-14)` is written
  only for the audit year's rows (an older row's month and day alone no reader could date). Hanweb's
  list islands are left as they are.
- `order`: each dated `<ul>`/`<table>` list (three rows or more, one link and one date a row) in an
  order real sites show, one order a list (chosen from the site's name and the list's tag): its oldest
  row (two of six or more) pinned at the top, marked `[置顶]` in red inside the link (a notice list's
  `<a …>标题<label …>&nbsp;[置顶]</label></a><span>发布时间</span>`, found by the library), a 置顶 badge or
  the site's image as a top.gif before the link; the rows oldest first (each page of a paged list);
  a `最新` block of the list's one to three newest rows before the list, on a column's own page (page 1,
  one dated list); or the newest row's title on a column's page 1 naming next year's work (`关于2027年度…
  的通知`), changed on every page that shows it (lists, the article's `<title>` and heading, 上一篇/下一篇);
  titles naming a year, a 解读's, a report's or a guide's are left. The key does not change: a column's
  freshness is its newest publication date, wherever the row sits.
- `copies`: the second copies of a page's content real portals carry in the same HTML, hidden by their
  stylesheet alone (no inline style), one way a site (chosen from its name): each dated `<ul>` list and
  table list again right after itself in a small-screen box (`<div class="mobile-show">`, Bootstrap's
  `visible-xs`, a `wap` box: the corpus's 广州 page carries a `<div class="wap2022">` footer beside its PC
  one, tests/model/realpages); a metadata table (索引号 …) shown twice, the desktop one classed
  `hidden-sm hidden-xs` and the mobile one `hidden-lg hidden-md` (合肥 蜀山区's Lonsun page,
  tests/model/realpages round 4, `table_suoyin`); and an article's title and info line again before the
  footer block, in the small-screen box, or with its metadata table and body as a 长者模式 copy
  (四川省人民政府's `<div class="zzzqcontentwrap2022" id="zzzqcontentwrap2022">…<div id="articlezzzqcontent">`,
  realpages round 4) or as a print copy after a 打印本页 link (`<div class="function"><a href="javascript:
  window.print();">打印本页</a></div>`, which a public scraper of a government site's 政策解读 pages strips;
  `<div id="printArea">` and `<!--startprint-->…<!--endprint-->`, as public templates found by the library
  mark their print area). A copy adds no row, document, date or
  defect: the key does not change, and an empty list's copy is empty too.
- `scripts`: content real templates write by script, where a visitor with a browser sees it: the rows
  of dated `<ul>` lists written by `document.write('<li>…</li>');` lines, one way a page (chosen from the
  site's name and its address): so, or so with a `<noscript>` copy of the rows after the script
  (merriam-webster.com's 2007 menu `<script>… document.write('<li><a href="http://www.britannica.com">…
  </a></li>'); …</script><noscript><li class="last"><a href=…>`, quoted in a thread the library holds;
  Blogger's related-posts widget writes its `<li><a href=…>` rows so), or left static; and an article's
  labelled publication date (`发布时间：2026-09-01 10:00`), one way a site: `document.write("…")` in place,
  a `<span class="pubtime" data-time="…">` a script at the page's end fills (a time kept in a `data-time`
  attribute, as public list templates keep a row's `data-time="'+item.PositionTime+'"`), or a JS variable (`var pubDate = "…"`) a script copies into `<span id="pubDate">` (the way
  time-0001.js fills `ga-time-day`, the library; one id names one date, so a page of several labelled
  dates, a list's rows, takes the `data-time` form). Script pagers with their page count in the call are the
  `pagers` mutation's TRS `createPageHTML(N, K, "index", "html")`. The key does not change: the tool must
  render what it needs or say what it did not observe.
- `dates2`: every full date shown as text (and the time a page shows after it) in further real shapes,
  one triple a site (chosen from its name) for list rows, dates after a label (`发布时间：`) and dates
  after a metadata label (`成文日期：`): rows with the time of day (`2026-11-20 09:03:51`, `2026-11-20
  09:03`, `2026年11月20日 09:03`: 乌鲁木齐 JCMS's `2024-03-03 15:54:07` info line, 云南科技厅's `来源：宣教中心
  2022-11-14 14:59:48`, 石家庄's `发布时间：2024-07-02 08:16`, tests/model/realpages); a labelled date
  with seconds (广州黄埔's `发布时间：2018-03-20 00:55:40`, realpages), with the weekday (`2026年11月20日
  星期五`, the date-line form of public templates: `今天是：2008年5月12日 星期一`, found by the library),
  or on a line of its own under its label (`发布时间：<br />2026-11-20`, where the label and the date share
  a text, not in a table's next cell); a document date (成文日期, 印发日期 …, not the CMS's 发布日期) in a 公文's
  落款 numerals (`二〇二六年十一月二十日`: the corpus's 平潭 annual report signs `二〇一三年一月`; a public
  formatter turns `2026年11月20日` into `二〇二六年十一月二十日`, found by the library), as a timestamp
  (`2026-11-20 00:00:00`) or as `2026年11月20日`. A page's own time is kept; where it shows none, the
  date fixes one, the same on the row and the page. The day never changes: the key does not change.
- `tabs`: a home or channel page's blocks of one dated list under a short heading (`<div><h3>通知公告</h3><a
  class="more">更多</a><ul>…</ul></div>`) gathered two or three at a time (the number and the form chosen from
  the site's name) into tab boxes, as portals show 通知公告 | 政策法规 | 公示栏: the blocks' headings, each with
  its links, as the strip's `<li>` tabs, each list with what followed it as a panel, only the first panel
  shown; the later blocks leave their places. One form a site: 长宁区科技创新服务平台's `<ul class="tabtit"><li
  class="sel">通知公告</li><li>政策法规</li><li>公示栏</li></ul><div class="tab-cont tabcontent"><div>…</div>
  <div class="tabhide">…` (a JSP portal the library holds; the stylesheet hides `tabhide`), the same with
  the later panels hidden by an inline `style="display:none"` (as real government pages hide what a click
  shows: miit.gov.cn's list rows carry `<dl class="tslb-list" style="display:none;"><dt>相关解读</dt>`, 巴中's
  AKCMS home its menus `<div class='nav4-a' style='display:none;'>`, tests/model/realpages), or SuperSlide's
  `<div class="slideTxtBox"><div class="hd"><ul class="tapUl"><li>通知公告</li><li>行业资讯</li></ul></div><div
  class="bd"><ul>…</ul><ul>…</ul></div></div>` (ThinkPHP portal templates the library holds; a script hides
  the later lists). A block whose heading and list do not nest apart (DedeCMS's `<dl><dt>` boxes) stays. The
  hidden panels' rows are the site's rows, a tab click away: the key does not change.

- `sidebox`: a side column box of the site's newest list rows with their dates on every page, headed as county
  portals head it, like a column (最新动态, 最新信息), not like a widget the tool knows by name (`chrome`'s 热点信息):
  right after `<body>` (a left column before the content) or before the footer block, in a classed box (`div.right-box`
  with its `div.right-tit`), a bare `<div><h3>` or an old template's `<td class="lanmu">` table, its rows `<li><a>标题</a>
  <span>2026-09-01</span></li>` as most lists are. On some sites (chosen from the name) the box is frozen as a static CMS
  generates it: each page shows the newest rows up to its own newest date, so no two pages need show the same rows. None
  is a finding: the key does not change.

- `addresses`: the whole site served at the addresses of another real CMS, one scheme a site (chosen from its name),
  its content, links, pagers and key kept: PHPCMS v9's dynamic `/index.php?m=content&c=index&a=lists&catid=12`
  (`&page=2`) and `…&a=show&catid=12&id=345` (the addresses a public controller redirects to, `index.php?m=content&c=
  index&a=show&catid='.$catid.'&id='.$id`, and that public pages link, found by the library; PHPCMS's list templates
  page by `pages($content_total, $page, $pagesize, $urlrule)`, wzlalala/cjrjyxxw caches/caches_template/canlian/
  content/list.php); Hanweb JCMS's `/col/col12/index.html` with later pages `?uid=4012&pageNum=2` and articles
  `/art/2026/9/1/art_12_345.html` (zjj.wenzhou.gov.cn's and iachina.cn's `/art/2023/7/18/art_94_107043.html`, found by
  the library); ASP.NET's `/list.aspx?ClassID=12` (`&page=2`) and `/show.aspx?id=345` (`newslist.aspx?classid=0`,
  `Show.aspx?id={0}` in public WebForms pages the library holds); numeric `/list/12.html`, `/list/12_2.html`,
  `/show/345.html`; opaque column folders `/c/8f3a2b/` (`2.shtml` …) holding articles by day under a 32-hex name
  (jst.sc.gov.cn's `/scjst/c101428/2026/9/11/3fac74d6….shtml`, in a public crawler's list); and 中国政府网's
  `/lanmu/12/home.htm` (`home_1.htm` its page 2) with every article in one `/content/2026-09/01/content_345.htm`
  folder, apart from its column's (membership only by the trail and the list). Every address of a moved page in
  every resource is rewritten (attributes resolved from the page or its `<base>`, which names the page's new folder;
  root-relative addresses in scripts, JSON (slashes escaped or not), list islands and sitemaps), redirects' locations, the
  responses a site class keeps beside its resources (postbacks' answers), and the key: its URLs, `url_pattern`s
  (the new addresses of the pages they matched), traps, post_only and script_only. Kept: `/` (and its copies), files
  other than attachments (styles, scripts, images, JSON data), attachments' extensions (.pdf, .doc … move to
  `/uploadfile/2026/1120/…`), other hosts, and the not-found answer: a missing page is linked at a new missing
  address of the scheme, still missing; a form's missing action and an address the site's own class answers
  (DedeCMS's ShowMsg page for any `aid`) stay. A page no address in any resource names — a later page a pager
  script computes (`createPageHTML`, `pageIndex` scripts), a page named only in a script's `|`-joined string —
  stays where the script finds it, with the pages of its folder and name (its list's first page). A page served
  byte for byte at two addresses (DedeCMS's `list_5_1.html` beside its folder, a static article beside its
  `view.php?aid=N`) is served at one, as a site of the new scheme serves it; the traps at its second address go.
  A kept page's copy of a page that moves (EmpireCMS's `ShowInfo.php?classid=11&id=N`, an address its scripts
  compute, of a static article) is served at both, and the key's entries naming the page match the kept copy too.
  `moved_from` records each new address's old one for `benchmarks/verdict_diff.py`.
- `frames`: the footer not written into the page but pulled in, as many government sites serve it: each page's footer
  block (the innermost block around its identifier lines, its 主办 line before them, widened to an enclosing block only
  while that adds no heading or form and at most a row of links and a short line) is cut out and served once, one form
  a site (chosen from its name): an iframe page, `<iframe src="/inc/footer.html" frameborder="0" scrolling="no"
  width="100%" height="200">` (济南's Hanweb pages end in `<div class="bottom" ergodic="serve"><iframe src="/col/
  col97620/index.html" frameborder="0" scrolling="no" …>`, 石家庄's WebIMS pages in `<iframe frameborder="0" height="200"
  scrolling="no" src="/columns/…/index.html" width="100%">`, 国资委's in `<iframe style="width:100%" height="250"
  frameborder="0" src="../../../../footer_index.html">`: tests/model/realpages), a page of the block alone with
  `<base target="_parent">` and no `<title>`, as such includes are served; or an external script, `<script
  type="text/javascript" src="/js/footer.js">`, writing the block a line a `document.writeln("…");` (科技部's
  `page_footer.js`, 江苏's, 辽阳's and 湘潭's footers drawn by scripts, realpages), served in the page's encoding and
  saying so in its Content-Type. Pages of one footer share one file; a template whose footer differs (one lacking its
  网站标识码) gets a file of its own (`footer_2.html` …), so what each page shows is what it showed; the block's
  relative addresses are written from the site's root, so they open what they opened. A footer block whose inline
  script fills the page's own elements (`getElementById`) stays in its page. Only where the footer is served changes,
  never what it says: **the key does not change**. A visitor sees the framed or written footer on every page, so an
  identifier there is on the page and an identifier a template's footer lacks is still lacking (domain.md's footer
  rules judge what the page shows); a tool that does not read the frame or run the script has not observed the footer
  and must say so (incomplete), never that an identifier is missing.

`classes` changes only HTML attributes, `labels` only label words, `layout` only list markup, `dates` only date
text, `names` only column names, `metas` only those tags, `pagers` only pager blocks, `footers` only the
footer's identifier markup, `charsets` only the bytes' encoding and its declarations, `links` only the
addresses of links (and a base tag), `chrome` and `sidebox` only add blocks, `wrappers` only adds wrapping
elements (and writes a list's `<li>` rows as `<div>`s), `sloppy` only the markup's spelling, `rows` only list rows' markup, `order` only rows' order, pins,
teasers and the renamed titles, `copies` only adds copies, `scripts` only moves rows and dates into scripts, `dates2` only date text, `tabs` only where channel blocks stand and how they show, `addresses` only addresses (and the key's), `frames` only where
the footer is served (adding the file it is served from): scripts elsewhere,
the pages' URLs and the key stay as they are but for `addresses`; but for `charsets`, a GBK page stays GBK.
"""

from __future__ import annotations

import hashlib
import html
import posixpath
import re
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date
from typing import TypeVar
from urllib.parse import urljoin, urlsplit


from tests.sites.model import SITE_HOST, Expected, Resource, SampleSite
from tests.sites.scoring import same_url

_T = TypeVar("_T")
_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([\w-]+)", re.I)

_ATTR = re.compile(rb"""(\s(?:class|id)\s*=\s*)(?:(["'])(.*?)\2|([^\s"'>]+))""", re.I | re.S)


_NUMBERED = re.compile(rb"^(.+?)([_-]\d+)$")


_WIDGET_CLASSES = frozenset((b"j-jiucuo", b"j-gov"))  # Lonsun's script draws the 找错 and 党政机关 badges into these


# The ids a page's own script finds its placeholders by (`document.getElementById('footerAnchor')`, `$("#list")`):
# a CMS's script and markup agree on them, whatever the words. (Classes a script finds elements by, `$(".content_bg_02")`
# or `$('#relfile .about-list')`, are scrambled in its selectors as in the markup: the script still finds what it
# fills, and no content word comes back.)
_SCRIPT_NAMES = re.compile(rb"""getElementById\(\s*['"]([\w-]+)['"]|(?:\$|querySelector|jQuery)\(\s*['"]#([\w-]+)['"]""")
_SELECTOR = re.compile(rb"""((?:\$|jQuery|querySelector(?:All)?)\(\s*)(['"])(.*?)\2""")
_SELECTOR_CLASS = re.compile(rb"(?<![\w-])\.([A-Za-z_][\w-]*)")


def _name(value: bytes, kept: frozenset[bytes] = frozenset()) -> bytes:
    # Names given by national embed codes (`<script id="_jiucuo_">`, `<span id="_ideConac">`) are the
    # same on every site, whatever its CMS: kept; so are the classes a widget script finds its placeholders by,
    # and the names the page's own scripts look up (`kept`).
    if value.startswith(b"_") or value in _WIDGET_CLASSES or value in kept:
        return value
    stem, number = m.groups() if (m := _NUMBERED.match(value)) else (value, b"")
    return b"x" + hashlib.blake2s(stem, digest_size=4).hexdigest().encode() + number


def scramble_markup(body: bytes) -> bytes:
    """`body` with every class and id value replaced by a meaningless name (see the module docstring), but
    the ids its own scripts look placeholders up by."""
    kept = frozenset(a or b for a, b in _SCRIPT_NAMES.findall(body))

    def one(m: re.Match[bytes]) -> bytes:
        quote, value = (m.group(2), m.group(3)) if m.group(2) else (b"", m.group(4))
        return m.group(1) + quote + b" ".join(_name(v, kept) for v in value.split()) + quote

    def selector(m: re.Match[bytes]) -> bytes:
        renamed = _SELECTOR_CLASS.sub(lambda c: b"." + _name(c.group(1), kept), m.group(3))
        return m.group(1) + m.group(2) + renamed + m.group(2)
    return _SELECTOR.sub(selector, _ATTR.sub(one, body))


def scramble_classes(site: SampleSite) -> SampleSite:
    """`site` with every class and id value of its HTML replaced by a meaningless name."""
    resources = {path: replace(r, body=scramble_markup(r.body)) if r.is_html else r for path, r in site.resources.items()}
    return replace(site, resources=resources, not_found=replace(site.not_found, body=scramble_markup(site.not_found.body)))


def _pick(site: SampleSite, choices: tuple[_T, ...]) -> _T:
    """One of `choices`, the same for a site of the same name on every run."""
    return choices[hashlib.blake2s(site.name.encode()).digest()[0] % len(choices)]


def _encoding(resource: Resource) -> str | None:
    """The charset that decodes the page: the HTTP header's, else the page's own; None if neither does."""
    for m in (_CHARSET.search(resource.content_type.encode()), _CHARSET.search(resource.body[:2048]), None):
        name = m.group(1).decode().lower() if m else "utf-8"
        name = "gb18030" if name in ("gb2312", "gbk") else name
        try:
            resource.body.decode(name)
            return name
        except (LookupError, UnicodeDecodeError):
            continue
    return None


def _map_html(site: SampleSite, change: Callable[[bytes, str, str], bytes]) -> SampleSite:
    resources = {path: replace(r, body=change(r.body, enc, path)) if r.is_html and (enc := _encoding(r)) else r
                 for path, r in site.resources.items()}
    return replace(site, resources=resources)


# --- layout --------------------------------------------------------------------------------------
# A list is known by its opening tag and the tag right before it (`<div class="column-list"><ul>`):
# a bare `<ul>` opens menus and lists alike.
_UL = re.compile(rb"((?:<[^<>]*>\s*)?<ul\b[^>]*>)((?:(?!</?ul\b).)*?)</ul>", re.I | re.S)
_LI = re.compile(rb"<li\b([^>]*)>(.*?)</li>", re.I | re.S)


def _split_ul(open_tag: bytes) -> tuple[bytes, bytes]:
    """(what stands before the `<ul`, the rest of its tag) of an `_UL` match's opening, `<UL` too."""
    at = open_tag.lower().rfind(b"<ul")
    return open_tag[:at], open_tag[at + 3:]
# `2026-10-19`, `2026年10月19日` (any encoding), and a home page's `10-19` rows are rows too.
_DATE = rb"(?:\d{4}[^\d<>]{1,3})?\d{1,2}[^\d<>]{1,3}\d{1,2}"
_LINK = rb"(<a\b[^>]*>(?:(?!<a\b).)*?</a>)"
_DATED = (rb"<(?P<tag>span|em|i|font|small)\b[^>]*>((?:(?!</?(?P=tag)\b).)*?" + _DATE
          + rb"(?:(?!</?(?P=tag)\b).)*?)</(?P=tag)>")
_DOT = rb"(?:\xc2\xb7|\xa1\xa4)?"  # `·` in UTF-8 or GBK between a leading date and the link
# One row: one link, then one element holding a date, or the date first (`<span>date</span>·<a>`).
_ROWS = (re.compile(rb"\s*" + _LINK + rb"\s*" + _DATED + rb"\s*", re.I | re.S),
         re.compile(rb"\s*" + _DATED + rb"\s*" + _DOT + rb"\s*" + _LINK + rb"\s*", re.I | re.S))


# Hanweb's script-island lists hold one row a record: `<record><![CDATA[ <li>…</li> ]]></record>`.
_RECORD = re.compile(rb"(<record>\s*<!\[CDATA\[\s*)(<li\b[^>]*>(.*?)</li>)(\s*\]\]>)", re.I | re.S)


def _row(inner: bytes) -> tuple[bytes, bytes] | None:
    """A row's link and the inside of its date element, or None if it is no link-and-date row."""
    for i, pattern in enumerate(_ROWS):
        m = pattern.fullmatch(inner)
        if m:
            return (m.group(1), m.group(3)) if i == 0 else (m.group(3), m.group(2))
    return None


# (container, row) tags of each shape and how a row's link and date are written in it.
_SHAPES: tuple[tuple[bytes, bytes, Callable[[bytes, bytes], bytes], Callable[[bytes], bytes]], ...] = (
    (b"table", b"tr", lambda a, d: b"<td>" + a + b"</td><td>" + d + b"</td>",
     lambda x: b'<td colspan="2">' + x + b"</td>"),
    (b"dl", b"dd", lambda a, d: a + b"<span>" + d + b"</span>", lambda x: x),
    (b"div", b"div", lambda a, d: a + b"<em>" + d + b"</em>", lambda x: x),
    (b"ul", b"li", lambda a, d: b"<h4>" + a + b"<span>" + d + b"</span></h4>", lambda x: x),
    (b"ul", b"li", lambda a, d: b"<span>" + d + b"</span>" + a, lambda x: x),
    (b"ul", b"li", lambda a, d: b'<div class="title">' + a + b'</div><div class="time">' + d + b"</div>", lambda x: x),
)


_TABLE = re.compile(rb"((?:<[^<>]*>\s*)?<table\b[^>]*>)((?:(?!</?table\b).)*?)</table>", re.I | re.S)
_TR = re.compile(rb"<tr\b([^>]*)>(.*?)</tr>", re.I | re.S)
_CELL = re.compile(rb"<t[dh]\b[^>]*>(.*?)</t[dh]>", re.I | re.S)
_FULL_DATE = re.compile(rb"^\s*(?:<[^<>]*>\s*)*\d{4}[^\d<>]{1,3}\d{1,2}[^\d<>]{1,3}\d{1,2}")


def _table_row(inner: bytes) -> bool | None:
    """True for a document row (one link, a cell with a date), False for a header row (no link),
    None for any other row."""
    if b"<a" not in inner.lower():
        return False
    cells = _CELL.findall(inner)
    return True if inner.lower().count(b"<a ") == 1 and any(_FULL_DATE.match(c) for c in cells) else None


def _table_tags(site: SampleSite) -> set[bytes]:
    """Opening tags (with the tag before) of `<table>` lists: document rows and header rows only."""
    dated: set[bytes] = set()
    mixed: set[bytes] = set()
    for r in site.resources.values():
        if not r.is_html:
            continue
        for m in _TABLE.finditer(r.body):
            kinds = [_table_row(inner) for _, inner in _TR.findall(m.group(2))]
            (mixed if None in kinds else dated if True in kinds else set()).add(m.group(1))
    return dated - mixed


def unlayout_tables(body: bytes, tags: set[bytes]) -> bytes:
    """`body` with each `<table>` list opened by one of `tags` written as `<ul><li>` rows, a cell a
    `<span>` (the link cell as its bare link), the header row a row of spans too."""
    def one_row(m: re.Match[bytes]) -> bytes:
        cells = _CELL.findall(m.group(2))
        inner = b"".join(c.strip() if b"<a " in c.lower() else b"<span>" + c.strip() + b"</span>" for c in cells)
        return b"<li" + m.group(1) + b">" + inner + b"</li>"

    def one_table(m: re.Match[bytes]) -> bytes:
        if m.group(1) not in tags:
            return m.group(0)
        before, table = m.group(1).rsplit(b"<table", 1)
        names = b"".join(a.group(0) for a in _ATTR.finditer(table))  # class and id; width etc. are table words
        return before + b"<ul" + names + b">" + b"".join(one_row(r) for r in _TR.finditer(m.group(2))) + b"</ul>"
    return _TABLE.sub(one_table, body)


def _list_tags(site: SampleSite) -> set[bytes]:
    """Opening tags (with the tag before) of `<ul>` lists of dated rows that never open a list of
    other linked rows."""
    dated: set[bytes] = set()
    mixed: set[bytes] = set()
    for r in site.resources.values():
        if not r.is_html:
            continue
        for m in _UL.finditer(r.body):
            rows = [inner for _, inner in _LI.findall(m.group(2))]
            if any(b"<a" in x.lower() and not _row(x) for x in rows):
                mixed.add(m.group(1))
            elif any(_row(x) for x in rows):
                dated.add(m.group(1))
    return dated - mixed


def relayout_lists(body: bytes, shapes: dict[bytes, int], record_shape: int = 0) -> bytes:
    """`body` with each `<ul>` list opened by a tag of `shapes` written in that tag's shape (an index
    of `_SHAPES`), and Hanweb record rows in shape `record_shape`."""
    def one_row(m: re.Match[bytes], shape: int) -> bytes:
        _, row, dated, other = _SHAPES[shape]
        attrs, inner = m.group(1), m.group(2)
        r = _row(inner)
        return b"<" + row + attrs + b">" + (dated(*r) if r else other(inner)) + b"</" + row + b">"

    def one_record(m: re.Match[bytes]) -> bytes:
        _, row, dated, _ = _SHAPES[record_shape]
        r = _row(m.group(3))
        return m.group(1) + (b"<" + row + b">" + dated(*r) + b"</" + row + b">" if r else m.group(2)) + m.group(4)

    def one_list(m: re.Match[bytes]) -> bytes:
        shape = shapes.get(m.group(1))
        if shape is None:
            return m.group(0)
        box = _SHAPES[shape][0]
        before, ul = _split_ul(m.group(1))
        rows = _LI.sub(lambda r: one_row(r, shape), m.group(2))
        return before + b"<" + box + ul + rows + b"</" + box + b">"
    return _RECORD.sub(one_record, _UL.sub(one_list, body))


def _shape(site: SampleSite, key: bytes) -> int:
    """The shape of `_SHAPES` the list opened by `key` takes: the same on every run, and the same for lists
    whose tags differ only in a number (one template writes a list's year panels, `<div class="year-box"
    data-year="2026"><ul>` and `data-year="2025"`, alike: `_same_panels`)."""
    return hashlib.blake2s(site.name.encode() + b" " + _same_panels(key)).digest()[0] % len(_SHAPES)


_DIGITS = re.compile(rb"\d+")


def _same_panels(tag: bytes) -> bytes:
    """A list's opening tag with its numbers made one: the key the `layout`, `rows` and `wrappers` mutations
    choose a list's shape by, so that a list's panels numbered by year or tab take one shape, as one template writes them."""
    return _DIGITS.sub(b"0", tag)


def relayout(site: SampleSite) -> SampleSite:
    """`site` with its dated `<ul>` lists written in other row markup and its table lists as `<ul>`
    rows (see the module docstring)."""
    shapes = {tag: _shape(site, tag) for tag in _list_tags(site)}
    tables, records = _table_tags(site), _shape(site, b"<record>")
    return _map_html(site, lambda body, _enc, _path: relayout_lists(unlayout_tables(body, tables), shapes, records))


# --- dates ---------------------------------------------------------------------------------------
_XML_ISLAND = re.compile(rb"(<script\b[^>]*type=[\"']?text/xml[^>]*>)(.*?)(</script\s*>)", re.I | re.S)
_TEXT_SKIP = re.compile(rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)
_ISO = re.compile(rb"(\[?)(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d])(\]?)")
_LABEL = re.compile("(?:成文|发布|印发|发文|公开|生效|施行|废止)日期\\s*[：:]?\\s*$")
_FORMATS = ("{y}年{m:02d}月{d:02d}日", "{y}/{m:02d}/{d:02d}", "{y}.{m:02d}.{d:02d}", "[{y}-{m:02d}-{d:02d}]",
            "{y}-{m}-{d}")
_METADATA_FORMAT = "{y}年{m}月{d}日"
_COLON = re.compile("[：:]\\s*$")  # `发布时间：`, `日期:` right before the date


def _map_text_dates(body: bytes, encoding: str, pattern: re.Pattern[bytes],
                    render: Callable[[re.Match[bytes], str], bytes]) -> bytes:
    """`body` with each match of `pattern` in its text (Hanweb's `<script type="text/xml">` list islands
    included) replaced by `render(match, the text before it back to the last date)`; tags, scripts,
    styles and comments are kept byte for byte."""
    out: list[bytes] = []
    label = ""  # the text before the current date, up to the last date (labels may sit in the cell before)
    pos = 0
    for tag in _TEXT_SKIP.finditer(body):
        text = body[pos:tag.start()]
        island = _XML_ISLAND.fullmatch(tag.group(0))
        if text.strip():
            out.append(pattern.sub(lambda m, before=label: render(m, before + m.string[:m.start()].decode(
                encoding, "replace")), text))
            label = "" if pattern.search(text) else text.decode(encoding, "replace").strip()
        else:
            out.append(text)
        # Hanweb's `<script type="text/xml">` list islands are shown as the page's rows: their text too.
        out.append(island.group(1) + _map_text_dates(island.group(2), encoding, pattern, render) + island.group(3)
                   if island else tag.group(0))
        pos = tag.end()
    out.append(pattern.sub(lambda m: render(m, label + m.string[:m.start()].decode(encoding, "replace")), body[pos:]))
    return b"".join(out)


def redate_text(body: bytes, encoding: str, fmt: str, header_fmt: str | None = None) -> bytes:
    """`body` with each full date of its text written in `fmt`: `header_fmt` (default `fmt`) after a
    label (`发布时间：`), `_METADATA_FORMAT` after a metadata label (`成文日期：`, maybe in the cell
    before); tags, scripts, styles and comments are kept byte for byte."""
    def one(m: re.Match[bytes], prefix: str) -> bytes:
        y, mo, d = int(m.group(2)), int(m.group(3)), int(m.group(4))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return m.group(0)
        kind = _METADATA_FORMAT if _LABEL.search(prefix) else (header_fmt or fmt) if _COLON.search(prefix) else fmt
        text = kind.format(y=y, m=mo, d=d)
        return (m.group(1) + text.encode(encoding) + m.group(5)) if not text.startswith("[") else text.encode(encoding)
    return _map_text_dates(body, encoding, _ISO, one)


def redate(site: SampleSite) -> SampleSite:
    """`site` with the full dates of its pages' text in other real formats (see the module docstring)."""
    rows, header = _pick(site, _FORMATS), _pick(replace(site, name=site.name + " header"), _FORMATS)
    return _map_html(site, lambda body, encoding, _path: redate_text(body, encoding, rows, header))


# --- dates2 --------------------------------------------------------------------------------------
# A full date with the time a page may already show after it (`发布时间：2026-09-01 10:00`).
_TIME_AFTER_BRACKET = re.compile(rb"[\])]\s*\d{1,2}:\d{2}")  # `dates` brackets a date, its time left after it
_ISO_TIME = re.compile(rb"(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?!\d)((?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)")
_CN_DIGITS = "〇一二三四五六七八九"
# (list rows, after a label, after a metadata label) — one triple a site
_FORMATS2 = (
    ("{y}-{m:02d}-{d:02d} {time}", "{y}年{m:02d}月{d:02d}日 星期{w}", "{cy}年{cm}月{cd}日"),
    ("{y}-{m:02d}-{d:02d} {hm}", "<br />{y}-{m:02d}-{d:02d}", "{y}-{m:02d}-{d:02d} 00:00:00"),
    ("{y}年{m:02d}月{d:02d}日 {hm}", "{y}-{m:02d}-{d:02d} {time}", "{cy}年{cm}月{cd}日"),
    ("{y}-{m:02d}-{d:02d} {time}", "<br />{y}年{m}月{d}日 星期{w}", "{y}年{m}月{d}日"),
)


# The document's own dates (成文日期 …), which a 公文's 落款 writes; a publication date (发布日期) is the CMS's.
_WRITTEN_LABEL = re.compile("(?:成文|印发|发文|生效|施行|废止)日期\\s*[：:]?\\s*$")


def _cn_number(n: int) -> str:
    """1–31 as a 公文's 落款 writes it: 十一, 二十, 二十一, 三十一."""
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else "十" if tens == 1 else _CN_DIGITS[tens] + "十") + (_CN_DIGITS[ones] if ones else "")


def date_fields(y: int, mo: int, d: int, shown_time: str) -> dict[str, object]:
    """The fields `_FORMATS2` writes a date with: weekday, the year, month and day in Chinese numerals
    (`二〇二六年十一月二十日`) and a time of day — the page's own if it shows one, else one the date
    fixes (a CMS stamps each document once, so its list row and its page show the same time)."""
    own = shown_time.strip()
    hour, minute, second = (8 + (mo * 31 + d) % 10, (y + mo * 7 + d * 3) % 60, (mo + d * 11) % 60)
    time = own if own.count(":") == 2 else f"{own}:00" if own else f"{hour:02d}:{minute:02d}:{second:02d}"
    return {"y": y, "m": mo, "d": d, "w": "一二三四五六日"[date(y, mo, d).weekday()],
            "cy": "".join(_CN_DIGITS[int(c)] for c in str(y)), "cm": _cn_number(mo), "cd": _cn_number(d),
            "time": time, "hm": own[:5] if own else time[:5]}


def redate2_text(body: bytes, encoding: str, formats: tuple[str, str, str]) -> bytes:
    """`body` with each full date of its text (and the time after it) in `formats`: (list rows and other
    text, after a label such as `发布时间：` or `发布日期：`, after a document-date label such as `成文日期：`)."""
    rows, header, metadata = formats

    def one(m: re.Match[bytes], prefix: str) -> bytes:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _TIME_AFTER_BRACKET.match(m.string, m.end()):
            return m.group(0)  # `[2026-09-15] 12:34:54` (dates then dates2): its time is there already
        try:
            fields = date_fields(y, mo, d, m.group(4).decode())
        except ValueError:
            return m.group(0)
        written = _WRITTEN_LABEL.search(prefix)
        kind = metadata if written else header if _LABEL.search(prefix) or _COLON.search(prefix) else rows
        if kind.startswith("<br />") and not _COLON.search(m.string[:m.start()].decode(encoding, "replace")):
            kind = kind[len("<br />"):]  # a line of its own only under a label in the same text, not a cell's
        return kind.format(**fields).encode(encoding)
    return _map_text_dates(body, encoding, _ISO_TIME, one)


def redate2(site: SampleSite) -> SampleSite:
    """`site` with the full dates of its pages' text in further real shapes (see the module docstring)."""
    formats = _pick(replace(site, name=site.name + " dates2"), _FORMATS2)
    return _map_html(site, lambda body, encoding, _path: redate2_text(body, encoding, formats))


# --- labels --------------------------------------------------------------------------------------
# label -> the variant another real site shows (domain.md §7.6 for the metadata fields)
LABELS = {
    "发文机关": "发布机构", "发文字号": "文件编号", "成文日期": "生成日期", "主题分类": "组配分类", "主题词": "关键词",
    "有效性": "效力状态", "索引号": "索 引 号", "相关解读": "关联解读", "相关文件": "关联文件", "上一篇": "上一条",
    "下一篇": "下一条", "当前位置": "您现在的位置",
    "信息有效性": "效力状态",  # Cicro's whole label, not 信息 + a replaced 有效性 (信息效力状态 no site shows)
}
_LABEL_WORD = re.compile("|".join(map(re.escape, sorted(LABELS, key=len, reverse=True))))
_TAG = re.compile(r"(<[^>]*>)")


def relabel_markup(body: bytes, charset: str) -> bytes:
    """`body` (encoded in `charset`) with the LABELS in its text between tags replaced."""
    parts = _TAG.split(body.decode(charset))
    parts[::2] = [_LABEL_WORD.sub(lambda m: LABELS[m.group()], part) for part in parts[::2]]
    return "".join(parts).encode(charset)


def relabel(site: SampleSite) -> SampleSite:
    """`site` with the labels of its HTML text in other real sites' words (see LABELS)."""
    return _map_html(site, lambda body, encoding, path: relabel_markup(body, encoding))


# --- names ---------------------------------------------------------------------------------------
# Column names in other real sites' words (see the module docstring); 规范性文件 not already 行政's.
_NAMES = {"规范性文件": "行政规范性文件", "政府信息公开年报": "政府信息公开年度报告", "政府信息公开指南": "信息公开指南",
          "通知公告": "公示公告"}
_NAME_WORD = re.compile("(?<!行政)(?:" + "|".join(map(re.escape, _NAMES)) + ")")
_INTERP, _INTERP_AS = "政策解读", "解读回应"
_TITLE_SEGMENT = re.compile(r"(^|[_\-|－—\s])政策解读(?=$|[_\-|－—\s])")
_NAMED_ATTR = re.compile(r"""(\s(?:content|title)\s*=\s*)(["'])([^"'<>]*)\2""")


def rename_markup(body: bytes, charset: str) -> bytes:
    """`body` (encoded in `charset`) with its column names in other real sites' words (see the
    module docstring)."""
    parts = _TAG.split(body.decode(charset))
    for i in range(0, len(parts), 2):
        text = _NAME_WORD.sub(lambda m: _NAMES[m.group()], parts[i])
        before = parts[i - 1].lower() if i else ""
        if before.startswith("<a ") or before == "<a>":
            text = text.replace(_INTERP, _INTERP_AS) if text.strip() == _INTERP else text
        elif before.startswith("<title"):
            text = _TITLE_SEGMENT.sub(lambda m: m.group(1) + _INTERP_AS, text)
        parts[i] = text
    for i in range(1, len(parts), 2):
        parts[i] = _NAMED_ATTR.sub(lambda m: m.group(1) + m.group(2) + _renamed_value(m.group(3)) + m.group(2), parts[i])
    return "".join(parts).encode(charset)


def _renamed_value(value: str) -> str:
    value = _NAME_WORD.sub(lambda m: _NAMES[m.group()], value)
    return _TITLE_SEGMENT.sub(lambda m: m.group(1) + _INTERP_AS, value)


def rename(site: SampleSite) -> SampleSite:
    """`site` with its disclosure columns named in other real sites' words (see the module docstring)."""
    return _map_html(site, lambda body, encoding, path: rename_markup(body, encoding))


# --- metas ---------------------------------------------------------------------------------------
_PAGE_TAG = re.compile(rb"""<meta\s+name\s*=\s*["']?(?:SiteName|SiteDomain|SiteIDCode|ColumnName|ColumnDescription|"""
                       rb"""ColumnKeywords|ColumnType|ArticleTitle|PubDate|ContentSource|Url)["'\s][^>]*>\s*""", re.I)


# What the key then says: every page lacks them (as the pe template, which never had them, plants it).
_NO_PAGE_TAGS = Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签（SiteName、SiteIDCode、ColumnName、ArticleTitle、PubDate…）",
                         probe="no-meta-tags", url_pattern=r"^/")


def strip_page_tags(site: SampleSite) -> SampleSite:
    """`site` without the 2017 指引's page tags (see the module docstring); bytes, so a page in any
    encoding (one that declares another, too) loses them. A meta-tags defect the key held (turbo's news
    articles' PubDate format) becomes part of that absence: the tags it was about are gone."""
    key = [*(e for e in site.key if e.family != "meta-tags"), _NO_PAGE_TAGS]
    return replace(site, resources={path: replace(r, body=_PAGE_TAG.sub(b"", r.body)) if r.is_html else r
                                    for path, r in site.resources.items()}, key=key)



# --- charsets ------------------------------------------------------------------------------------
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?[\w-]+["']?[^>]*>""", re.I)
_HEAD = re.compile(rb"<head\b[^>]*>", re.I)
_DECLARED = re.compile(rb"""(charset\s*=\s*["']?)[\w-]+""", re.I)
# How a GBK site declares it: (Content-Type header, the charset its meta names or None for no meta).
_GBK_FORMS = (("text/html; charset=GBK", b"GBK"), ("text/html", b"gb2312"), ("text/html; charset=gbk", None))


def recode_page(body: bytes, encoding: str, meta: bytes | None, target: str) -> bytes:
    """`body` (in `encoding`) in `target`, its meta charset declarations naming `meta` (one added
    after `<head>` when it has none; all removed when `meta` is None); characters `target` lacks as
    numeric references."""
    raw = body.decode(encoding).encode(target, "xmlcharrefreplace")
    if meta is None:
        return _META_CHARSET.sub(b"", raw)
    raw, declared = _META_CHARSET.subn(lambda m: _DECLARED.sub(lambda d: d.group(1) + meta, m.group(0)), raw)
    if not declared:
        tag = b'<meta http-equiv="Content-Type" content="text/html; charset=' + meta + b'">'
        raw, added = _HEAD.subn(lambda m: m.group(0) + tag, raw, count=1)
        raw = raw if added else tag + raw
    return raw


def recharset(site: SampleSite) -> SampleSite:
    """`site` with every HTML page in the other encoding (see the module docstring)."""
    header, meta = _pick(site, _GBK_FORMS)

    def flip(resource: Resource) -> Resource:
        encoding = _encoding(resource) if resource.is_html else None
        if encoding is None or not resource.body:
            return resource
        if encoding == "utf-8":
            return replace(resource, body=recode_page(resource.body, encoding, meta, "gbk"), content_type=header)
        return replace(resource, body=recode_page(resource.body, encoding, b"utf-8", "utf-8"),
                       content_type="text/html; charset=utf-8")

    return replace(site, resources={path: flip(r) for path, r in site.resources.items()}, not_found=flip(site.not_found))




# --- pagers --------------------------------------------------------------------------------------
# A pager link: its text (tags inside it aside) a pager word or a page number (`2`, `[2]`).
_A = re.compile(r"""<a\b([^>]*)>((?:(?!</a\b).)*?)</a\s*>""", re.I | re.S)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_NEXT_WORDS = ("下一页", "下页", "下一頁")
_PREV_WORDS = ("上一页", "上页", "上一頁")
_PAGER_WORDS = (*_NEXT_WORDS, *_PREV_WORDS, "首页", "尾页", "末页", "最后一页")
_PAGER_TEXT = re.compile(r"\[?\s*(?:\d{1,3}|" + "|".join(_PAGER_WORDS) + r")\s*\]?")
_TAG_TEXT = re.compile(r"<[^>]*>|&nbsp;|\s")
_BLOCKS = ("div", "td", "p", "nav")


def _link_text(inner: str) -> str:
    return _TAG_TEXT.sub("", inner)


def _href_of(attrs: str) -> str | None:
    m = _HREF.search(attrs)
    return html.unescape(next(g for g in m.groups() if g is not None)) if m else None


def _site_path(page: str, href: str) -> str | None:
    """The site path (`/a/b.html?x=1`) `href` on `page` opens, or None (a script, another host). An address
    written with the site's own host (`http://__SITE_HOST__/a/`, as the `links` mutation writes some) is the site's;
    white space around it (the `sloppy` mutation's) is no part of it, as browsers read it; nor is a backslash before
    the query other than a slash to them (XunRuiCMS's trail writes `<a href="\\">网站首页</a>`, the site's root)."""
    href = href.strip()
    if href.lower().startswith(("javascript:", "#", "mailto:")):
        return None
    cut = min((i for i in (href.find("?"), href.find("#")) if i >= 0), default=len(href))
    href = href[:cut].replace("\\", "/") + href[cut:]
    parts = urlsplit(urljoin("http://site.invalid" + page, href))
    if parts.netloc.lower() not in ("site.invalid", SITE_HOST.lower()):
        return None
    return parts.path + ("?" + parts.query if parts.query else "")


def _enclosing(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the innermost div/td/p/nav element around offset `at`, or None."""
    best: tuple[int, int] | None = None
    for tag in _BLOCKS:
        marks = [(m.start(), m.end(), m.group(1) is None) for m in re.finditer(rf"<(/)?{tag}\b[^>]*>", text, re.I)]
        stack: list[int] = []
        for start, end, opening in marks:
            if opening:
                stack.append(start)
            elif stack:
                begin = stack.pop()
                if begin < at < start and (best is None or begin > best[0]):
                    best = (begin, end)
    return best


def _pager(text: str, page: str, pages: set[str]) -> tuple[int, int] | None:
    """(start, end) of the pager block of `page`: the innermost block around a pager link (to a page
    of `pages`, its list, to another address of its page 1 such as DedeCMS's `list_11_1.html`, or a
    script: `javascript:gotoPage(1)`) whose links are all pager links or scripts (a top menu's 首页 is
    in no such block). None without one."""
    for m in _A.finditer(text):
        href = _href_of(m.group(1))
        if href is None or not _PAGER_TEXT.fullmatch(_link_text(m.group(2))):
            continue
        target = _site_path(page, href)
        if target not in pages and not (href.lower().startswith("javascript:") or target and target.split("?")[0]
                                        .rsplit("/", 1)[0] == page.split("?")[0].rsplit("/", 1)[0]):
            continue
        box = _enclosing(text, m.start())
        if box is None:
            continue
        # Pager links, scripts (`javascript:gotoPage(3)`) and anchors without an address (PHPCMS's `<a class="a1">24条</a>`).
        links = [a for a in _A.finditer(text, box[0], box[1]) if (h := _href_of(a.group(1))) is not None
                 and not h.lower().startswith("javascript:")]
        if all(_PAGER_TEXT.fullmatch(_link_text(a.group(2))) for a in links):
            return box
    return None


_SELECT = re.compile(r"<select\b[^>]*>(.*?)</select\s*>", re.I | re.S)
_OPTION = re.compile(r"<option\b([^>]*)>", re.I)
_VALUE = re.compile(r"""\bvalue\s*=\s*["']?([^"'\s>]+)""", re.I)


def _next_of(site: SampleSite, page: str, text: str) -> str | None:
    """The page the page's pager names next: its 下一页 link, or the option after the selected one of a
    jump menu (`<select onchange='location.href=…'><option value=/xwzx/gsgg.htm selected>第1页`, the
    `pagers` mutation's and 博达 VSB's), so a later page is never taken for a list's first."""
    hrefs = [h for m in _A.finditer(text) if _link_text(m.group(2)).strip("[]") in _NEXT_WORDS and (h := _href_of(m.group(1)))]
    for select in _SELECT.finditer(text):
        options = [(attrs, m.group(1) if (m := _VALUE.search(attrs)) else None) for attrs in _OPTION.findall(select.group(1))]
        at = next((k for k, (attrs, _) in enumerate(options) if "selected" in attrs.lower()), None)
        if at is not None and at + 1 < len(options) and options[at + 1][1] and "第" in select.group(1):
            hrefs.append(options[at + 1][1])
    for href in hrefs:
        target = _site_path(page, href)
        if target != page and target in site.resources and site.resources[target].is_html:
            return target
    return None


def _prev_of(site: SampleSite, page: str, text: str) -> str | None:
    """The page the page's pager names before it by 上一页: a list whose page 1 links page 2 by no pager word
    (PublicCMS's `查看更多`) is still one list from page 1 on."""
    for m in _A.finditer(text):
        if _link_text(m.group(2)).strip("[]") in _PREV_WORDS and (href := _href_of(m.group(1))):
            target = _site_path(page, href)
            if target != page and target in site.resources and site.resources[target].is_html:
                return target
    return None


def _chains(site: SampleSite) -> dict[str, list[str]]:
    """For each page of a list of two pages or more that its pager links by 下一页 or 上一页: the list's
    pages in order (page 1 first), as the site serves them."""
    texts = {path: r.body.decode(enc, "replace") for path, r in site.resources.items() if r.is_html and (enc := _encoding(r))}
    nexts = {path: n for path, text in texts.items() if (n := _next_of(site, path, text))}
    before: dict[str, str] = {}
    for path, n in nexts.items():
        before.setdefault(n, path)
    for path, text in texts.items():
        if (prev := _prev_of(site, path, text)) is not None:  # 下一页 links decide where the two disagree
            before.setdefault(path, prev)
            nexts.setdefault(prev, path)
    out: dict[str, list[str]] = {}
    for path in set(nexts) | set(nexts.values()):
        back = [path]
        while back[0] in before and before[back[0]] not in back:
            back.insert(0, before[back[0]])
        forward = back[:]
        while forward[-1] in nexts and nexts[forward[-1]] not in forward:
            forward.append(nexts[forward[-1]])
        out[path] = forward
    return out


def _a(url: str, text: str) -> str:
    return f'<a href="{html.escape(url)}">{text}</a>'


def _numbers(pages: list[str], at: int) -> str:
    """`1 2 … 下一页 末页`: the pages around the current one, an ellipsis for the others (DedeCMS's
    pagelist, PHPCMS's pages())."""
    shown = [k for k in range(len(pages)) if abs(k - at) <= 1 or k == 0]
    out, last = [], -1
    for k in shown:
        if k > last + 1:
            out.append("<span>…</span>")
        out.append(f"<span>{k + 1}</span>" if k == at else _a(pages[k], str(k + 1)))
        last = k
    if last < len(pages) - 1:
        out.append("<span>…</span>")
    if at < len(pages) - 1:
        out += [_a(pages[at + 1], "下一页"), _a(pages[-1], "末页")]
    return '<div class="pages">' + " ".join(out) + "</div>"


def _count(pages: list[str], at: int) -> str:
    """`共3页 第1页 首页 上一页 下一页 尾页` with only the pages ahead linked (TRS and 大汉 list pagers)."""
    ahead = f"{_a(pages[at + 1], '下一页')} {_a(pages[-1], '尾页')}" if at < len(pages) - 1 else "下一页 尾页"
    return f'<div class="pages">共{len(pages)}页 第{at + 1}页 首页 上一页 {ahead}</div>'


def _bootstrap(pages: list[str], at: int) -> str:
    """Bootstrap's `<ul class="pagination">` (PagedList, will_paginate's Bootstrap renderer)."""
    items = [f'<li class="active"><a>{k + 1}</a></li>' if k == at else f"<li>{_a(url, str(k + 1))}</li>"
             for k, url in enumerate(pages)]
    if at < len(pages) - 1:
        items.append(f'<li class="PagedList-skipToNext"><a href="{html.escape(pages[at + 1])}" rel="next">»</a></li>')
    return '<nav><ul class="pagination">' + "".join(items) + "</ul></nav>"


def _select(pages: list[str], at: int) -> str:
    """A jump menu alone: DedeCMS's `<select name='sldd' onchange='location.href=this.options[this.
    selectedIndex].value;'>` of page addresses, under 共N页."""
    options = "".join(f"<option value='{html.escape(url)}'{' selected' if k == at else ''}>第{k + 1}页</option>"
                      for k, url in enumerate(pages))
    return (f'<div class="pages">共{len(pages)}页 转到：<select name="sldd" '
            f"onchange='location.href=this.options[this.selectedIndex].value;'>{options}</select></div>")


_TRS_PAGE = re.compile(r"^(.*/)([\w-]+)\.(s?html?)$")


def _trs_fits(pages: list[str]) -> tuple[str, str] | None:
    """(name, extension) when the pages are TRS's `index.html`, `index_1.html` … (page n is `_{n-1}`)."""
    m = _TRS_PAGE.match(pages[0])
    if not m or any(url != f"{m.group(1)}{m.group(2)}_{k}.{m.group(3)}" for k, url in enumerate(pages) if k):
        return None
    return m.group(2), m.group(3)


def _trs(pages: list[str], at: int) -> str:
    """TRS WCM's script-built pager (the shanxi.gov.cn corpus page's `createPageHTML(_nPageCount,
    _nCurrIndex, _sPageName, _sPageExt)`, which document.writes the links): no link in the HTML."""
    name, ext = _trs_fits(pages) or ("index", "html")
    return ('<div class="pages"><script>var currentPage = %d;//所在页从0开始\nvar countPage = %d//共多少页\n'
            'function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){\n'
            '\tif(_nPageCount == null || _nPageCount <= 1){ return; }\n'
            '\tfor(var i = 0; i < _nPageCount; i++){\n'
            '\t\tvar sPageName = (i == 0 ? _sPageName : (_sPageName + "_" + i)) + "." + _sPageExt;\n'
            "\t\tif(_nCurrIndex == i){ document.write(\"<span class='current'>\" + (i+1) + \"</span>&nbsp;\"); }\n"
            "\t\telse{ document.write(\"<a href='\" + sPageName + \"'>\" + (i+1) + \"</a>&nbsp;\"); }\n"
            "\t}\n}\n"
            'createPageHTML(%d, %d, "%s", "%s");</script></div>') % (at, len(pages), len(pages), at, name, ext)


_PAGERS: tuple[Callable[[list[str], int], str], ...] = (_trs, _select, _count, _bootstrap, _numbers)


def _convention(site: SampleSite, pages: list[str]) -> Callable[[list[str], int], str]:
    """The pager convention of the list of `pages`, the same on every run; TRS's only where the
    site serves TRS's addresses."""
    pick = hashlib.blake2s((site.name + " " + pages[0]).encode()).digest()[0] % len(_PAGERS)
    if _PAGERS[pick] is _trs and _trs_fits(pages) is None:
        pick += 1
    return _PAGERS[pick]


def repage(site: SampleSite) -> SampleSite:
    """`site` with each list's pager written in another real convention (see the module docstring)."""
    chains = _chains(site)
    # A list whose page 1 shows no pager (PublicCMS's page 1: only `查看更多`) keeps its pagers: written on
    # the later pages alone, a convention would number page 2 as the list's first.
    kept = {pages[0] for pages in chains.values() if (r := site.resources[pages[0]]) and (enc := _encoding(r))
            and _pager(r.body.decode(enc, "replace"), pages[0], set(pages)) is None}

    def change(body: bytes, encoding: str, path: str) -> bytes:
        pages = chains.get(path)
        if not pages or pages[0] in kept:
            return body
        text = body.decode(encoding)
        box = _pager(text, path, set(pages))
        if box is None:
            return body
        new = _convention(site, pages)(pages, pages.index(path))
        return (text[: box[0]] + new + text[box[1]:]).encode(encoding)
    return _map_html(site, change)


# --- footers -------------------------------------------------------------------------------------
# The footer: from the first identifier among the page's last characters (its 主办 line just before
# it included) to the end. An article may name an event's 主办单位, never an ICP or a 网站标识码.
_FOOT_LABEL = re.compile(r"ICP\s*备|公网安备|网站标识码|recordcode=")
_FOOT_SPAN = 4000  # characters before </body> a footer identifier may start at
_SPONSOR_BEFORE_ID = 800  # characters the 主办 line may stand before the first identifier
_ICP_LINKED = re.compile(r"<a\b[^>]*>\s*([\u4e00-\u9fa5])ICP备(\d+)号(-\d+)?\s*</a>")
_ICP_TEXT = re.compile(r"([\u4e00-\u9fa5])ICP备(\d+)号(-\d+)?")
_SITE_ID = re.compile(r"网站标识码\s*[：:]\s*(\d{10}|bm\d{8})")
_SPONSOR = re.compile(r"主办(?:单位)?\s*[：:]\s*([\u4e00-\u9fa5（）]{4,30}?)(?=&nbsp;|&emsp;|\s|　|<|$)")
_SPONSOR_BEFORE = re.compile(r"(?<![\u4e00-\u9fa5])([\u4e00-\u9fa5（）]{4,30}?)主办(?![\u4e00-\u9fa5])")
_PSB_LINK = re.compile(r"""(<img\b[^>]*>\s*)?<a\b[^>]*recordcode=(\d{12,14})[^>]*>((?:(?!</a\b).)*?)</a>""", re.S)
_PSB_SHOWN = re.compile(r"([\u4e00-\u9fa5])?(?:公网安备|公安备案号?)\s*(\d{12,14})号?")
_CONAC = re.compile(r"""<span\s+id=["']_ideConac["']\s*>\s*<a\b[^>]*conac\.cn[^>]*>.*?</a>\s*</span>|"""
                    r"""<a\b[^>]*bszs\.conac\.cn[^>]*>.*?</a>|<span\s+id=["']_ideConac["']\s*>\s*</span>\s*"""
                    r"""<script\b[^>]*conac\.cn[^>]*>\s*</script>""", re.S)

# (ICP, 网站标识码, 主办, 公安备案) forms; each keeps the identifier's value (see the module docstring).
_ICP_FORMS: tuple[Callable[[str, str, str], str], ...] = (
    lambda p, n, s: f"ICP备案号：{p}ICP备{n}号{s}",
    lambda p, n, s: f'{p}ICP备<a href="https://beian.miit.gov.cn" target="_blank">{n}</a>号{s}',
    lambda p, n, s: f"备案号：{p}ICP备{n}号{s}")
_SITE_ID_FORMS: tuple[Callable[[str], str], ...] = (
    lambda c: f"<span>网站标识码：</span><span>{c}</span>", lambda c: f"政府网站标识码：{c}", lambda c: f"网站标识码:{c}")
_SPONSOR_FORMS: tuple[Callable[[str], str], ...] = (
    lambda n: f"主办单位：{n}", lambda n: f"{n}主办", lambda n: f"网站主办：{n}",
    lambda n: (f"主管单位：{n.removesuffix('办公室')}　" if n.endswith("人民政府办公室") else "") + f"主办单位：{n}")


def _psb_forms(province: str, number: str, image: str | None) -> tuple[str, ...]:
    link = f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={number}" target="_blank">'
    badge = f'<img src="{image}" alt="{province}公网安备">' if image else ""
    return tuple(f for f in (
        f"{link}{badge}{province}公网安备 {number}号</a>",  # the badge's alt names it too
        f'{link}<img src="{image}" alt="公安备案"></a>' if image else "",  # the record link alone
        f"{link}公安备案号：{number}</a>") if f)


def _conac_script(site: SampleSite) -> str:
    """The 党政机关 badge as the embed code conac.cn hands out (jee's template, 青峰区's real footer)."""
    digits = str(int.from_bytes(hashlib.blake2s(site.name.encode()).digest()[:4], "big")).rjust(10, "0")
    src = f"https://dcs.conac.cn/js/33/000/0000/{digits[:8]}/CA33000000{digits}0001.js"
    return ("<script type=\"text/javascript\">document.write(unescape(\"%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript "
            f"src='{src}' type='text/javascript'%3E%3C/script%3E\"));</script>")


def refoot_text(text: str, choice: tuple[int, int, int, int], conac: str, image: str | None) -> str:
    """`text` (a decoded page) with its footer's identifiers in the forms `choice` picks from the
    form lists (ICP, 网站标识码, 主办, 公安备案), its 党政机关 badge as `conac`; values kept."""
    end = text.lower().rfind("</body>")
    end = len(text) if end < 0 else end
    first = next((m for m in _FOOT_LABEL.finditer(text, max(0, end - _FOOT_SPAN), end)), None)
    if first is None:
        return text
    sponsor = text.rfind("主办", max(0, first.start() - _SPONSOR_BEFORE_ID), first.start())
    start = text.rfind("<", 0, sponsor if sponsor >= 0 else first.start())
    head, foot = text[:start], text[start:]

    def psb(m: re.Match[str]) -> str:
        shown = _PSB_SHOWN.search(_TAG.sub("", m.group(3)))
        forms = _psb_forms(shown.group(1) or "" if shown else "", m.group(2), image)
        return forms[choice[3] % len(forms)]
    foot = _PSB_LINK.sub(psb, foot)
    foot = _CONAC.sub(lambda m: conac.replace("</", "<\\/") if _in_script(head + foot[: m.start()]) else conac, foot)
    icp = _ICP_FORMS[choice[0]]
    foot = _ICP_LINKED.sub(lambda m: icp(m.group(1), m.group(2), m.group(3) or ""), foot)
    parts = _TAG.split(foot)
    for i in range(0, len(parts), 2):
        part = parts[i]
        # an ICP the linked pass wrote already stands after its label
        part = _ICP_TEXT.sub(lambda m: m.group(0) if m.string[: m.start()].endswith("备案号：")
                             else icp(m.group(1), m.group(2), m.group(3) or ""), part)
        part = _SITE_ID.sub(lambda m: _SITE_ID_FORMS[choice[1]](m.group(1)), part)
        part = _SPONSOR.sub(lambda m: _SPONSOR_FORMS[choice[2]](m.group(1)), part) if _SPONSOR.search(part) else \
            _SPONSOR_BEFORE.sub(lambda m: _SPONSOR_FORMS[choice[2]](m.group(1)), part)
        parts[i] = part
    return head + "".join(parts)


def _in_script(before: str) -> bool:
    """True when the text after `before` stands inside a script element: a footer a script writes from its strings (NFCMS's
    `var pcFooterStr = '…'+`), where a literal `</script>` would end the script, as real pages avoid (`<\\/script>`)."""
    lowered = before.lower()
    return lowered.rfind("<script") > lowered.rfind("</script")


def refoot(site: SampleSite) -> SampleSite:
    """`site` with its footers' identifiers in other real forms (see the module docstring)."""
    digest = hashlib.blake2s((site.name + " footer").encode()).digest()
    choice = (digest[0] % len(_ICP_FORMS), digest[1] % len(_SITE_ID_FORMS), digest[2] % len(_SPONSOR_FORMS), digest[3])
    image = next((path for path, r in site.resources.items() if r.content_type.startswith("image/") and r.status == 200), None)
    conac = _conac_script(site)
    return _map_html(site, lambda body, encoding, _path: refoot_text(body.decode(encoding), choice, conac, image)
                     .encode(encoding))



# --- links ---------------------------------------------------------------------------------------
# Where links are rewritten: markup outside scripts and comments (a Hanweb `text/xml` list island's
# rows are markup to its reader); a script's strings are the script's.
_OPAQUE = re.compile(r"<script\b(?![^>]*text/xml)[^>]*>.*?</script\s*>|<!--.*?-->", re.I | re.S)
_A_TAG = re.compile(r"<a\b([^>]*)>", re.I)
_A_HREF = re.compile(r"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.I)
_A_TEXT = re.compile(r"\s*((?:(?!</?a\b).)*?)</a\s*>", re.I | re.S)
_HEAD_TAG = re.compile(r"<head\b[^>]*>", re.I)
_QUERY_ONLY = re.compile(r"""\s(?:href|src|action)\s*=\s*["']?[?#]""", re.I)
# Address forms (see the module docstring); the address keeps opening the same resource in each.
_LINK_FORMS = ("absolute", "protocol", "relative", "fragment", "index", "spaced", "script")
_ADDRESS_FORMS = ("absolute", "protocol", "relative", "fragment", "spaced")  # for a missing resource too
_FRAGMENTS = ("#content", "#main", "#zoom")
_ARTICLE_TEXT = 6  # characters of link text from which a link names an article, not a menu entry


def _digest(*parts: str) -> bytes:
    return hashlib.blake2s(" ".join(parts).encode()).digest()


def _folder(page: str) -> str:
    return page.split("?")[0].rsplit("/", 1)[0] + "/"


def _relative(page: str, target: str) -> str:
    """`target` (a site path and query) written relative to `page`'s folder: `../a/1.html`, `./2.html`."""
    path, sep, query = target.partition("?")
    rel = posixpath.relpath(path, _folder(page))
    if rel == "." and not path.endswith("/"):
        # an extensionless address naming the page's own folder without its slash (Drupal's `/xxgk` above `/xxgk/czxx`):
        # `./` would be the folder `/xxgk/`, another address the server may not answer
        rel = "../" + posixpath.basename(path)
    rel = "" if rel == "." else rel + ("/" if path.endswith("/") else "")
    return (rel if rel.startswith("../") else "./" + rel) + sep + query


def _other_index(site: SampleSite, target: str) -> str | None:
    """The other address the server answers `target` at with the same page: a folder's `index.html`
    (or .shtml, .jhtml) for the folder, the folder for its index page; None without one."""
    if "?" in target:
        return None
    served = site.lookup(target, "")
    if target.endswith("/"):
        return next((target + name for name in ("index.html", "index.shtml", "index.jhtml")
                     if site.resources.get(target + name) is served), None)
    folder, _, name = target.rpartition("/")
    if name in ("index.html", "index.shtml", "index.jhtml") and site.lookup(folder + "/", "") is served:
        return folder + "/"
    return None


def _article(site: SampleSite, page: str, target: str, text: str) -> bool:
    """Whether a link to `target` reads as an article link a portal may open by script: a long title
    to another served page of the site, not a folder."""
    served = site.lookup(*target.partition("?")[::2])
    return (len(_link_text(text)) >= _ARTICLE_TEXT and not _PAGER_TEXT.fullmatch(_link_text(text))
            and served.is_html and served.status == 200 and served is not site.not_found
            and not target.split("?")[0].endswith("/") and target != page)


def _rewritten(site: SampleSite, page: str, attrs: str, text: str) -> str:
    """An `<a>` tag's attributes with its address in one of `_LINK_FORMS` (see the module docstring)."""
    m = _A_HREF.search(attrs)
    if not m:
        return attrs
    href = html.unescape(next(g for g in m.groups() if g is not None)).strip()
    target = _site_path(page, href)
    if target is None:
        return attrs
    fragment = href[href.index("#"):] if "#" in href else ""
    served = site.lookup(*target.partition("?")[::2])
    whole = served is not site.not_found and served.status == 200
    article = whole and _article(site, page, target, text) and "onclick" not in attrs.lower()
    forms = _LINK_FORMS if whole else _ADDRESS_FORMS
    form = forms[_digest(site.name, "link", target)[0] % len(forms)]
    if form == "script" and not article or form == "index" and _other_index(site, target) is None:
        form = "relative"
    new_attrs = None
    if form == "absolute":
        address = f"http://{SITE_HOST}{target}{fragment}"
    elif form == "protocol":
        address = f"//{SITE_HOST}{target}{fragment}"
    elif form == "relative":
        address = _relative(page, target) + fragment
    elif form == "fragment":
        address = target + (fragment or _FRAGMENTS[_digest(site.name, target)[1] % len(_FRAGMENTS)])
    elif form == "index":
        address = (_other_index(site, target) or target) + fragment
    elif form == "spaced":
        address = ("\r\n\t\t" if _digest(site.name, "space", target)[0] % 2 else " ") + target + fragment + " "
    else:  # script: the address only in a script a click runs
        address = "javascript:void(0);"
        opener = (f"window.open('{target}')" if _digest(site.name, "opener")[0] % 2
                  else f"openUrl('{target}')")
        if opener.startswith("openUrl"):
            address, opener = f"javascript:{opener}", None
        new_attrs = f' onclick="{opener}"' if opener else ""
    written = html.escape(address, quote=False).replace('"', "&quot;")
    out = attrs[: m.start()] + f' href="{written}"' + (new_attrs or "") + attrs[m.end():]
    if article and form != "script" and _digest(site.name, "blank")[0] % 3 and "target=" not in out.lower():
        out += ' target="_blank"' + (' rel="noopener noreferrer"' if _digest(site.name, "blank")[0] % 3 == 2 else "")
    return out


def _base_fits(site: SampleSite, page: str, text: str) -> bool:
    """Whether `<base href>` naming `page`'s folder leaves every address of `text` opening what it
    did: no `?…`/`#…` address (those would name the folder), a served folder, no base already."""
    folder = site.lookup(_folder(page), "")
    return (not _QUERY_ONLY.search(text) and "<base" not in text.lower() and folder.status == 200
            and folder is not site.not_found and bool(_HEAD_TAG.search(text)))


def relink_text(site: SampleSite, page: str, text: str, base: bool) -> str:
    """`text` (the page at `page`) with each `<a>`'s address outside scripts rewritten (see the module
    docstring); with `base`, a `<base href>` naming the page's own folder where it fits."""
    out, pos = [], 0
    for block in [*_OPAQUE.finditer(text), None]:
        end = block.start() if block else len(text)
        chunk, last = text[pos:end], 0
        for a in _A_TAG.finditer(chunk):
            inner = _A_TEXT.match(chunk, a.end())
            out.append(chunk[last:a.start()] + "<a" + _rewritten(site, page, a.group(1), inner.group(1) if inner else "") + ">")
            last = a.end()
        out.append(chunk[last:] + (block.group(0) if block else ""))
        pos = block.end() if block else len(text)
    new = "".join(out)
    if base and _base_fits(site, page, text):
        new = _HEAD_TAG.sub(lambda h: h.group(0) + f'<base href="http://{SITE_HOST}{_folder(page)}">', new, count=1)
    return new


def relink(site: SampleSite) -> SampleSite:
    """`site` with its links' addresses in other real forms (see the module docstring)."""
    base = _digest(site.name, "base")[0] % 2 == 1
    return _map_html(site, lambda body, encoding, path: relink_text(site, path, body.decode(encoding), base)
                     .encode(encoding, "xmlcharrefreplace"))



# --- chrome --------------------------------------------------------------------------------------
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.I)
_BODY_CLOSE = re.compile(r"</body\s*>", re.I)
_ISO_DATE = re.compile(r"(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})")
_WEEKDAYS = "一二三四五六日"
_HOT_HEADINGS = ("热点信息", "推荐阅读", "点击排行", "热门文章")
_HOT_BOXES = (("paihang", "hometitle"), ("hot-news", "hot-title"), ("tjyd", "tjyd-tit"))
_FRIEND_SITES = (("http://www.gov.cn", "中华人民共和国中央人民政府门户网站"), ("http://www.gd.gov.cn", "广东省人民政府网"),
                 ("http://www.zs.gov.cn", "中山市人民政府"), ("http://www.hebei.gov.cn", "河北省人民政府"),
                 ("http://www.sjz.gov.cn", "石家庄市人民政府"))
_HOT_ROWS = 6


def _recent_articles(site: SampleSite, rows: int | None = _HOT_ROWS) -> list[tuple[str, str, str]]:
    """(address, title, date) of the site's most recent list rows that open a served page (`rows` of them, or all):
    what a portal's 热点/推荐/排行 box lists, from every column."""
    found: dict[str, tuple[str, str, str]] = {}
    for path, r in site.resources.items():
        if not r.is_html or not (encoding := _encoding(r)):
            continue
        for m in _LI.finditer(r.body):
            row = _row(m.group(2))
            a = _A.search(row[0].decode(encoding, "replace")) if row else None
            day = _ISO_DATE.search(_TAG.sub("", row[1].decode(encoding, "replace"))) if row else None
            href = _href_of(a.group(1)) if a else None
            target = _site_path(path, href) if href else None
            if not (a and day and target) or target in found:
                continue
            served = site.lookup(*target.partition("?")[::2])
            if served.is_html and served.status == 200 and served is not site.not_found:
                iso = "%s-%02d-%02d" % (day.group(1), int(day.group(2)), int(day.group(3)))
                found[target] = (target, _link_text(a.group(2)) or target, iso)
    return sorted(found.values(), key=lambda t: (t[2], t[0]), reverse=True)[:rows]


def _top_chrome(site: SampleSite, sitemap: str | None) -> str:
    """The header line and toolbar (see the module docstring)."""
    day = site.as_of
    week = "星期" + _WEEKDAYS[day.weekday()]
    date_line = (f'<span id="ga-time-day">今天是{day.year}年{day.month:02d}月{day.day:02d}日</span>'
                 f'<span id="ga-time-week"> {week}</span>' if _digest(site.name, "date")[0] % 2
                 else f'<span class="top-date">{day.year}年{day.month}月{day.day}日 {week}</span>')
    return ('<div class="topbar"><div class="topbar-inner">' + date_line + ' <span class="weather">多云 15℃~24℃</span>'
            '<div class="aged_link"><a href="javascript:void(0);" class="aged_link_01">长者模式</a>'
            '<a href="javascript:void(0);" class="aged_link_02" id="barrierFreeBtn"><font id="WzaStatus">无障碍浏览</font></a>'
            + (f'<a href="{html.escape(sitemap)}">网站地图</a>' if sitemap else "") + "</div></div></div>")


def _hot_box(site: SampleSite, rows: list[tuple[str, str, str]]) -> str:
    """A 热点/推荐/排行 side box of the site's recent articles with their dates."""
    if not rows:
        return ""
    box, title = _pick(replace(site, name=site.name + " hot box"), _HOT_BOXES)
    heading = _pick(replace(site, name=site.name + " hot"), _HOT_HEADINGS)
    items = "".join(f'<li><a href="{html.escape(url)}" target="_blank" title="{html.escape(text)}">{html.escape(text)}</a>'
                    f"<span>{day}</span></li>" for url, text, day in rows)
    return f'<div class="{box}"><h2 class="{title}">{heading}</h2><ul>{items}</ul></div>'


def _friend_links() -> str:
    """A 友情链接 jump menu of other government sites (中山's `LFriendlink` box)."""
    options = "".join(f'<option value="{url}">{name}</option>' for url, name in _FRIEND_SITES)
    return ('<div class="LFriendlink"><h2><span>友情链接</span></h2><ul><li><select name="link" '
            'onchange="javascript:window.open(this.options[this.selectedIndex].value);">'
            f'<option value="" selected="selected">政府网站</option>{options}</select></li></ul></div>')


def _floating(image: str | None) -> str:
    """The floating 二维码/微信 box, 返回顶部 and a 智能问答 button, at the page's end."""
    code = f'<img src="{image}" alt="微信二维码">' if image else ""
    return ('<div class="qr-code hidden-xs"><div id="code-m" class="code-float"><div class="code-m">' + code +
            '</div><div class="top-code">微信二维码</div></div><div class="top-code">扫一扫二维码<br/>关注官方微信</div></div>'
            '<div class="znwd"><a href="javascript:void(0);" class="znwd-btn" title="智能问答">智能问答</a></div>'
            '<div class="gotoTop" title="返回顶部"><a href="javascript:scroll(0,0);">返回顶部</a></div>')


def _footer_start(text: str) -> int | None:
    """Where the footer's first identifier line (its 主办 line before it included) opens, as `refoot`
    finds it; None without one."""
    end = text.lower().rfind("</body>")
    end = len(text) if end < 0 else end
    first = next((m for m in _FOOT_LABEL.finditer(text, max(0, end - _FOOT_SPAN), end)), None)
    if first is None:
        return None
    sponsor = text.rfind("主办", max(0, first.start() - _SPONSOR_BEFORE_ID), first.start())
    return text.rfind("<", 0, sponsor if sponsor >= 0 else first.start())


_BLOCK_TAG = re.compile(r"<(/?)(div|table|tbody|tr|td|section|footer|center|ul|li|dl|dd)\b[^>]*>", re.I)
_FOOT_PREAMBLE = 200  # visible characters a footer block may hold before its identifier lines (its links)


def _footer_block(text: str, start: int, line: int) -> int:
    """Where the footer block around the identifier line at `line` opens: the outermost block after
    `start` holding it whose text before it is short (a footer's link row); `line` without one."""
    masked = _OPAQUE.sub(lambda m: " " * len(m.group(0)), text[:line])
    stack: list[tuple[str, int]] = []
    for m in _BLOCK_TAG.finditer(masked, start):
        name = m.group(2).lower()
        if not m.group(1):
            stack.append((name, m.start()))
        elif any(n == name for n, _ in stack):
            while stack and stack.pop()[0] != name:
                pass
    for _, at in stack:  # outermost first
        if len(_link_text(_TAG.sub("", masked[at:line]))) <= _FOOT_PREAMBLE:
            return at
    return line


def chrome_text(text: str, top: str, hot: str, image: str | None) -> str:
    """`text` with the portal's stock blocks added: `top` after `<body>`, the `hot` box and the 友情链接
    menu before the footer block (or `</body>`), the floating boxes before `</body>`."""
    body = _BODY_OPEN.search(text)
    if body is None or not _TAG.sub("", _OPAQUE.sub("", text[body.end():])).strip():
        return text  # a redirect stub (`<body><script>location.href=…</script></body>`) shows no portal
    close = _BODY_CLOSE.search(text, body.end())
    at = close.start() if close else len(text)
    line = _footer_start(text)
    foot = _footer_block(text, body.end(), line) if line is not None and line > body.end() else at
    return (text[:body.end()] + top + text[body.end():foot] + hot + _friend_links() + text[foot:at] + _floating(image)
            + text[at:])


def _sitemap(site: SampleSite) -> str | None:
    """The address the home page links its own 网站地图 at, or None: a toolbar links no page the site lacks."""
    home = site.lookup("/", "")
    encoding = _encoding(home) if home.is_html else None
    for m in _A.finditer(home.body.decode(encoding)) if encoding else ():
        if _link_text(m.group(2)) == "网站地图" and (href := _href_of(m.group(1))):
            return _site_path("/", href)
    return None


def rechrome(site: SampleSite) -> SampleSite:
    """`site` with the stock blocks real portals put on every page (see the module docstring)."""
    top, hot = _top_chrome(site, _sitemap(site)), _hot_box(site, _recent_articles(site))
    image = next((path for path, r in site.resources.items() if r.content_type.startswith("image/") and r.status == 200), None)
    return _map_html(site, lambda body, encoding, _path: chrome_text(body.decode(encoding), top, hot, image)
                     .encode(encoding, "xmlcharrefreplace"))



# --- sidebox -------------------------------------------------------------------------------------
# A county portal's side column box of the site's newest rows, headed as a column is (最新动态), not as a widget.
_SIDE_HEADINGS = ("最新动态", "最新信息")
_SIDE_BOXES = (('<div class="right-box"><div class="right-tit"><h3>{}</h3></div>', "</div>"),
               ("<div><h3>{}</h3>", "</div>"),
               ('<table width="260" border="0" cellspacing="0" cellpadding="0"><tr><td class="lanmu">{}</td></tr><tr><td>',
                "</td></tr></table>"))
_SIDE_ROWS = 5


def _page_day(text: str) -> str | None:
    """The newest whole date a page's text shows (ISO), outside its scripts and tags: the day it was last generated."""
    days = []
    for m in _ISO_DATE.finditer(_TAG.sub(" ", _OPAQUE.sub(" ", text))):
        y, mo, d = (int(g) for g in m.groups())
        if 1990 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
            days.append("%d-%02d-%02d" % (y, mo, d))
    return max(days, default=None)


def sidebox_text(text: str, frame: tuple[str, str], heading: str, rows: list[tuple[str, str, str]], first: bool,
                 frozen: bool) -> str:
    """`text` with a side box of `rows` (the newest; with `frozen`, the newest up to the page's own newest date, as a
    static CMS wrote the box when it generated the page) after `<body>` (`first`) or before the footer block."""
    body = _BODY_OPEN.search(text)
    if body is None or not _TAG.sub("", _OPAQUE.sub("", text[body.end():])).strip():
        return text  # a redirect stub
    if frozen and (day := _page_day(text)):
        rows = [r for r in rows if r[2] <= day]
    rows = rows[:_SIDE_ROWS]
    if not rows:
        return text
    items = "".join(f'<li><a href="{html.escape(url)}" target="_blank">{html.escape(title)}</a><span>{day}</span></li>'
                    for url, title, day in rows)
    box = frame[0].format(heading) + f"<ul>{items}</ul>" + frame[1]
    if first:
        return text[:body.end()] + box + text[body.end():]
    close = _BODY_CLOSE.search(text, body.end())
    at = close.start() if close else len(text)
    line = _footer_start(text)
    foot = _footer_block(text, body.end(), line) if line is not None and line > body.end() else at
    return text[:foot] + box + text[foot:]


def sidebox(site: SampleSite) -> SampleSite:
    """`site` with a side box of its newest rows on every page (see the module docstring)."""
    rows = _recent_articles(site, None)
    frame = _pick(replace(site, name=site.name + " side box"), _SIDE_BOXES)
    heading = _pick(replace(site, name=site.name + " side"), _SIDE_HEADINGS)
    first, frozen = _pick(replace(site, name=site.name + " side place"), ((True, False), (True, True), (False, False), (False, True)))
    return _map_html(site, lambda body, encoding, _path: sidebox_text(body.decode(encoding), frame, heading, rows, first, frozen)
                     .encode(encoding, "xmlcharrefreplace"))


# --- wrappers ------------------------------------------------------------------------------------
# Dreamweaver's and FrontPage's cell and row markup: `<div align="left"><span class="style1"><font color=…>`.
_DREAMWEAVER = b'<div align="left"><span class="style1"><font color="#000000">%s</font></span></div>'
# A table list's link cell and date cell, one form a list: Dreamweaver's wrappers, or a lighter `<div><span>`.
_CELL_WRAPS = ((_DREAMWEAVER, b'<span class="time"><font color="#999999">%s</font></span>'),
               (b"<div><span>%s</span></div>", b"<span><em>%s</em></span>"))
_CELL_ONE = re.compile(rb"(<t[dh]\b[^>]*>)(.*?)(</t[dh]>)", re.I | re.S)
# A dated list row's link and date in the extra elements real templates put around them (see the
# module docstring); the last form writes the rows as `<div class="item">` boxes instead of `<li>`.
_ROW_WRAPS: tuple[tuple[Callable[[bytes], bytes], Callable[[bytes], bytes]], ...] = (
    (lambda a: _DREAMWEAVER % a, lambda d: b"<span><span class=\"time\">" + d + b"</span></span>"),
    (lambda a: b"<p><strong>" + a + b"</strong></p>", lambda d: b"<span><em>" + d + b"</em></span>"),
    (lambda a: b"<span class=\"tit\"><span>" + a + b"</span></span>", lambda d: b"<span><font color=\"#999999\">" + d + b"</font></span>"),
    (lambda a: b"<div class=\"tit\">" + a + b"</div>", lambda d: b"<div class=\"time\"><i>" + d + b"</i></div>"),
)
_ITEM_FORM = len(_ROW_WRAPS)  # `<div class="item"><div class="tit"><a>…</a></div><div class="time">…</div></div>`
# An article's title: an `<h1>` that is no link (a list's `<h1><a>` rows are rows, not the page's title).
_H1 = re.compile(r"<h1\b[^>]*>(?:(?!</?h1\b|<a\b).)*</h1\s*>", re.I | re.S)
# An article's info line: the innermost `<div>`/`<p>` naming its publication date or source.
# Its labels take a colon: a list's header row (标题 文号 发布日期) is no info line.
_INFO_LINE = re.compile(r"<(div|p)\b[^>]*>(?:(?!</?(?:div|p)\b).)*?(?:发布(?:时间|日期)|信息来源|来源|发文日期)\s*[：:]"
                        r"(?:(?!</?(?:div|p)\b).)*?</\1\s*>", re.I | re.S)
_TITLE_WRAPS = ("<div><div>{}</div></div>",
                '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center">{}</td></tr></table>')
_INFO_WRAPS = ('<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>{}</td></tr></table>',
               "<div><div>{}</div></div>")
# The whole body in old templates' layout: none, one or two centred tables, or `<center>`.
_MAIN_WRAPS = (("", ""),
               ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>', "</td></tr></table>"),
               ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">'
                '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>', "</td></tr></table></td></tr></table>"),
               ("<center>", "</center>"))


def rewrap_rows(body: bytes, forms: dict[bytes, int], record_form: int = 0) -> bytes:
    """`body` with each row of the `<ul>` lists opened by a tag of `forms` wrapped in that tag's form
    (an index of `_ROW_WRAPS`, or `_ITEM_FORM`), and Hanweb record rows in `record_form`."""
    def one_row(m: re.Match[bytes], form: int) -> bytes:
        row = _row(m.group(2))
        if row is None:
            return m.group(0)
        first = _ROWS[1].fullmatch(m.group(2))  # the date first, as the row showed it, `·` kept
        dot = m.group(2)[:first.start(3)].rsplit(b">", 1)[-1].strip() if first else b""
        if form == _ITEM_FORM:
            link, date = b'<div class="tit">' + row[0] + b"</div>", b'<div class="time">' + row[1] + dot + b"</div>"
            return b'<div class="item"' + m.group(1) + b">" + (date + link if first else link + date) + b"</div>"
        wrap_link, wrap_date = _ROW_WRAPS[form]
        parts = (wrap_date(row[1] + dot), wrap_link(row[0])) if first else (wrap_link(row[0]), wrap_date(row[1]))
        return b"<li" + m.group(1) + b">" + b"".join(parts) + b"</li>"

    def one_list(m: re.Match[bytes]) -> bytes:
        form = forms.get(m.group(1))
        if form is None:
            return m.group(0)
        rows = _LI.sub(lambda r: one_row(r, form), m.group(2))
        if form != _ITEM_FORM:
            return m.group(1) + rows + b"</ul>"
        before, ul = _split_ul(m.group(1))
        return before + b"<div" + ul + rows + b"</div>"

    def one_record(m: re.Match[bytes]) -> bytes:
        return m.group(1) + one_row(_LI.fullmatch(m.group(2)), record_form) + m.group(4)  # type: ignore[arg-type]
    return _RECORD.sub(one_record, _UL.sub(one_list, body))


def rewrap_tables(body: bytes, forms: dict[bytes, int]) -> bytes:
    """`body` with each document row of the `<table>` lists opened by a tag of `forms` (see
    `_table_tags`) wrapped in that tag's `_CELL_WRAPS` form: its link cell's content and its date cell's."""
    def one_cell(m: re.Match[bytes], form: int) -> bytes:
        inner = m.group(2).strip()
        if b"<a " in inner.lower():
            return m.group(1) + _CELL_WRAPS[form][0] % inner + m.group(3)
        return m.group(1) + (_CELL_WRAPS[form][1] % inner if _FULL_DATE.match(inner) else m.group(2)) + m.group(3)

    def one_row(m: re.Match[bytes], form: int) -> bytes:
        if not _table_row(m.group(2)):
            return m.group(0)
        return b"<tr" + m.group(1) + b">" + _CELL_ONE.sub(lambda c: one_cell(c, form), m.group(2)) + b"</tr>"

    def one_table(m: re.Match[bytes]) -> bytes:
        form = forms.get(m.group(1))
        if form is None:
            return m.group(0)
        return m.group(1) + _TR.sub(lambda r: one_row(r, form), m.group(2)) + b"</table>"
    return _TABLE.sub(one_table, body)


def rewrap_page(text: str, title: int, info: int, main: int) -> str:
    """`text` with its `<h1>` title in `_TITLE_WRAPS[title]`, its info line in `_INFO_WRAPS[info]` and
    its whole body in `_MAIN_WRAPS[main]`; a redirect stub is left alone."""
    body = _BODY_OPEN.search(text)
    if body is None or not _TAG.sub("", _OPAQUE.sub("", text[body.end():])).strip():
        return text
    text = _H1.sub(lambda m: _TITLE_WRAPS[title].format(m.group(0)), text, count=1)
    text = _INFO_LINE.sub(lambda m: _INFO_WRAPS[info].format(m.group(0)), text, count=1)
    body = _BODY_OPEN.search(text)
    close = _BODY_CLOSE.search(text, body.end()) if body else None
    if body is None or close is None:
        return text
    before, after = _MAIN_WRAPS[main]
    return text[:body.end()] + before + text[body.end():close.start()] + after + text[close.start():]


def rewrap(site: SampleSite) -> SampleSite:
    """`site` with the extra wrapping elements real templates put around list rows, article titles,
    info lines and the whole main area (see the module docstring)."""
    forms = {tag: _digest(site.name, "wrap", _same_panels(tag).decode("latin-1"))[0] % (_ITEM_FORM + 1) for tag in _list_tags(site)}
    tables = {tag: _digest(site.name, "wrap", _same_panels(tag).decode("latin-1"))[0] % len(_CELL_WRAPS) for tag in _table_tags(site)}
    record = _digest(site.name, "wrap record")[0] % _ITEM_FORM
    choice = _digest(site.name, "wrap page")
    title, info, main = choice[0] % len(_TITLE_WRAPS), choice[1] % len(_INFO_WRAPS), choice[2] % len(_MAIN_WRAPS)
    return _map_html(site, lambda body, encoding, _path: rewrap_page(
        rewrap_tables(rewrap_rows(body, forms, record), tables).decode(encoding), title, info, main).encode(encoding, "xmlcharrefreplace"))


# --- sloppy --------------------------------------------------------------------------------------
# Markup left alone: scripts (a list island's too), styles, comments, the doctype.
_RAW = re.compile(r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<![^>]*>|<textarea\b.*?</textarea\s*>",
                  re.I | re.S)
_ANY_TAG = re.compile(r"""<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")
_ATTRIBUTE = re.compile(r"""(\s+)([A-Za-z_:][-\w:.]*)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_BARE_VALUE = re.compile(r"/?[\w.:#%;,-]+(?:/[\w.:#%;,-]+)*")  # an unquoted value libxml2 reads whole
# An end tag a browser implies from what follows (the HTML spec's optional end tags).
_GAP = r"(?=\s*(?:<!--(?:(?!-->).)*-->\s*)*"  # blanks and comments, then …
_OPTIONAL_END = re.compile(r"</li>" + _GAP + r"(?:<li\b|</[uo]l\b))|</td>" + _GAP + r"(?:<t[dh]\b|</tr\b))|</tr>" + _GAP
                           + r"(?:<tr\b|</t(?:able|body)\b))|</p>" + _GAP
                           + r"(?:<(?:p|div|ul|ol|table|dl|h[1-6])\b|</(?:div|td|body)\b))", re.I | re.S)
# A date after its label's colon in text (`发布时间：2026-09-01`): hand-edited info lines pad it.
_LABELLED_DATE = re.compile(r"([：:])(\d{4}[-年/.]\d)")
_TEXT_RUN = re.compile(r">[^<>]+<")
_SHOWN_DATE = re.compile(r">(\s*)(\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(\s*)<")
_ROW_LINK = re.compile(r"(<li\b[^>]*>\s*<a\b[^>]*>)([^<]{6,})(</a>)", re.I)
_ROWS_GAP = re.compile(r"(</li>)(\s*<li\b)", re.I)
_LIST_OPEN = re.compile(r"(<ul\b[^>]*>)(\s*<li\b)", re.I)
_HEADING = re.compile(r"(<h1\b[^>]*>)([^<]+)(</h1)", re.I)


def _sloppy_tag(m: re.Match[str], upper: bool, unquote: bool) -> str:
    slash, name, attrs = m.groups()
    end = "/" if attrs.rstrip().endswith("/") else ""
    attrs = attrs.rstrip()[:-1] if end else attrs

    def one(a: re.Match[str]) -> str:
        space, key, eq, dq, sq, bare = a.groups()
        key = key.upper() if upper else key
        if eq is None:
            return space + key
        value = next(v for v in (dq, sq, bare) if v is not None)
        quote = "" if unquote and not end and _BARE_VALUE.fullmatch(value) else ('"' if dq is not None or bare is not None else "'")
        return space + key + "=" + quote + value + quote
    return "<" + slash + (name.upper() if upper else name) + _ATTRIBUTE.sub(one, attrs) + end + ">"


def sloppy_text(text: str, flags: int) -> str:
    """`text` written as old, hand-edited pages ship it (see the module docstring), each way a bit of
    `flags` turns on: 1 upper-case tags and attribute names, 2 unquoted values, 4 optional end tags
    left out, 8 a second `<html><body>` and stray `</div>`s, 16 CRLF line ends. Always: `&nbsp;` and
    full-width blanks around list titles, headings, shown and labelled dates, comments before and between
    list rows."""
    out, pos = [], 0
    for raw in [*_RAW.finditer(text), None]:
        end = raw.start() if raw else len(text)
        chunk = text[pos:end]
        chunk = _SHOWN_DATE.sub(lambda m: ">" + m.group(1) + "&nbsp;" + m.group(2) + "&nbsp;&nbsp;" + m.group(3) + "<", chunk)
        chunk = _ROW_LINK.sub(lambda m: m.group(1) + "&nbsp;" + m.group(2) + "　" + m.group(3), chunk)
        chunk = _HEADING.sub(lambda m: m.group(1) + "&nbsp;&nbsp;" + m.group(2) + "&nbsp;" + m.group(3), chunk)
        chunk = _ROWS_GAP.sub(lambda m: m.group(1) + "\n<!--列表项-->" + m.group(2), chunk)
        chunk = _LIST_OPEN.sub(lambda m: m.group(1) + "\n<!--列表开始-->" + m.group(2), chunk)
        chunk = _TEXT_RUN.sub(lambda m: _LABELLED_DATE.sub(lambda d: d.group(1) + "&nbsp;&nbsp;" + d.group(2), m.group(0)), chunk)
        if flags & 4:
            chunk = _OPTIONAL_END.sub("", chunk)
        chunk = _ANY_TAG.sub(lambda m: _sloppy_tag(m, bool(flags & 1), bool(flags & 2)), chunk)
        out.append(chunk + (raw.group(0) if raw else ""))
        pos = raw.end() if raw else len(text)
    new = "".join(out)
    body = _BODY_OPEN.search(new)
    if flags & 8 and body:
        close = _BODY_CLOSE.search(new, body.end())
        stray = new[body.end():close.start()] + "</div>\n" if close else new[body.end():]
        new = new[:body.end()] + "\n</div>\n<html><body>\n<!--页面头部开始-->\n" + stray + new[close.start():] if close else new
    return re.sub(r"\r?\n", "\r\n", new) if flags & 16 else new


def sloppify(site: SampleSite) -> SampleSite:
    """`site` as old and hand-edited government pages ship their markup (see the module docstring)."""
    flags = _digest(site.name, "sloppy")[0]
    return _map_html(site, lambda body, encoding, _path: sloppy_text(body.decode(encoding), flags)
                     .encode(encoding, "xmlcharrefreplace"))





# --- rows ----------------------------------------------------------------------------------------
# A row's date as numbers: `2026-11-20`, `2026年11月20日`, `2026/11/20` (any encoding between them).
_YMD = re.compile(rb"(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})")
_ROW_SHAPES = ("br", "p", "dl", "seq", "head", "calendar", "numbered", "title", "under")
_ROW_TAGS = re.compile(rb"<[^>]*>|&nbsp;")
_MONTH_DAY = re.compile(rb"(?<![\d.-])(\d{1,2})-(\d{1,2})(?![\d-])")


def _ymd(shown: bytes) -> tuple[int, int, int] | None:
    """(year, month, day) a row's date shows, or None (an `MM-DD` date, no date)."""
    m = _YMD.search(_ROW_TAGS.sub(b"", shown))
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _shown_date(date: bytes) -> bytes:
    """The date alone out of a row's date element (`<small>日期：</small>2026-10-16` → `2026-10-16`)."""
    text = _ROW_TAGS.sub(b"", date).strip()
    m = _YMD.search(text) or _MONTH_DAY.search(text)
    if m is None:
        return text
    rest = text[m.end():]
    return text[m.start():] if len(rest) <= 3 and not re.search(rb"\d", rest) else m.group(0)  # `2026年11月14日`'s 日


def _link_title(link: bytes) -> bytes:
    """The visible text of a row's `<a>…</a>`, tags and blanks aside."""
    return _ROW_TAGS.sub(b"", re.split(rb"</a", link.split(b">", 1)[1], flags=re.I)[0]).strip()


def _reshaped(shape: str, open_tag: bytes, rows: list[tuple[bytes, bytes, bytes]], year: int, enc: str) -> bytes:
    """The list opened by `open_tag` (`<ul class=…>`) written in `shape` (see the module docstring),
    Chinese words in the page's encoding `enc`; `rows` are (the `<li>`'s attributes, its link, the
    inside of its date element), or (attributes, b"", the row's inside) for a row of another kind,
    kept as a row of the new shape."""
    def word(text: str) -> bytes:
        return text.encode(enc)
    names = b"".join(a.group(0) for a in _ATTR.finditer(open_tag))
    out: list[bytes] = []
    for k, (attrs, link, date) in enumerate(rows, 1):
        ymd = _ymd(date) if link else None
        if not link:
            out.append({"br": date + b"<br>", "p": b"<p>" + date + b"</p>", "dl": b"<dl><dd>" + date + b"</dd></dl>",
                        "seq": b'<tr><td colspan="3">' + date + b"</td></tr>",
                        "head": b'<tr><td colspan="2">' + date + b"</td></tr>"}.get(shape, b"<li" + attrs + b">" + date + b"</li>"))
        elif shape == "br":  # rows only separated by <br> in one block, the date in brackets
            out.append(link + b"&nbsp;[" + _shown_date(date) + b"]<br>\n")
        elif shape == "p":  # `(11-20)` for this year's rows, as list pages show them; the full date otherwise
            short = b"%02d-%02d" % ymd[1:] if ymd and ymd[0] == year else _shown_date(date)
            out.append(b"<p" + attrs + b">" + link + b" (" + short + b")</p>")
        elif shape == "dl":
            out.append(b"<dl><dt>" + link + b"</dt><dd>" + date + b"</dd></dl>")
        elif shape == "seq":  # 序号, then the date before the title
            out.append(b"<tr><td>%d</td><td>" % k + date + b"</td><td>" + link + b"</td></tr>")
        elif shape == "head":
            out.append(b"<tr><td>" + link + b"</td><td>" + word("【") + _shown_date(date) + word("】") + b"</td></tr>")
        elif shape == "calendar" and ymd:
            out.append(b"<li" + attrs + b'><div class="date"><span class="day">%02d</span><span class="month">%d-%02d'
                       b"</span></div>" % (ymd[2], ymd[0], ymd[1]) + link + b"</li>")
        elif shape == "numbered":
            out.append(b"<li" + attrs + b">%d. " % k + link + b"<span>" + date + b"</span></li>")
        elif shape == "title" and ymd:  # the date only in the link's title attribute
            # The tooltip names the title as the link's own title attribute does, whole where its text is cut
            # (`令2...`, 国资委), and takes its place.
            # (A title attribute that is already a tooltip of labelled lines, 庆阳's `标题：…\n点击数：…`, is no title:
            # the link's text is.)
            own = _TITLE_ATTR.search(link.split(b">", 1)[0])
            shown = own.group(1) if own and not re.search(rb"[\r\n]|&#10;", own.group(1)) else _link_title(link)
            title = word("标题：") + shown.replace(b'"', b"") + b"&#10;" + word("发布时间：") + _shown_date(date)
            bare = _TITLE_ATTR.sub(b"", link, count=1) if own else link
            # any case: `sloppy` may have written the link `<A HREF=…>` first
            titled = re.sub(rb"<a\s", lambda m: m.group(0) + b'title="' + title + b'" ', bare, count=1, flags=re.I)
            out.append(b"<li" + attrs + b">" + titled + b"</li>")
        elif shape == "under":  # the date on a line of its own under the title
            out.append(b"<li" + attrs + b"><h3>" + link + b'</h3><p class="date">' + word("发布时间：") + _shown_date(date) + b"</p></li>")
        else:  # calendar and title need a full date: a row without one keeps the plain form
            out.append(b"<li" + attrs + b">" + link + b"<span>" + date + b"</span></li>")
    body = b"".join(out)
    if shape in ("br", "p", "dl"):
        return b"<div" + names + b">" + body + b"</div>"
    if shape == "seq":
        return b"<table" + names + b' width="100%"><tr><th>' + word("序号</th><th>发布日期</th><th>标题") + b"</th></tr>" + body + b"</table>"
    if shape == "head":
        return b"<table" + names + b' width="100%"><tr><th>' + word("标题</th><th>发布日期") + b"</th></tr>" + body + b"</table>"
    return b"<ul" + names + b">" + body + b"</ul>"


def reshape_rows(body: bytes, shapes: dict[bytes, str], year: int, enc: str) -> bytes:
    """`body` with each `<ul>` list opened by a tag of `shapes` written in that shape of `_ROW_SHAPES`."""
    def one_list(m: re.Match[bytes]) -> bytes:
        shape = shapes.get(m.group(1))
        if shape is None:
            return m.group(0)
        before = _split_ul(m.group(1))[0]
        found = list(_LI.finditer(m.group(2)))
        if len(found) != len(re.findall(rb"<li\b", m.group(2), re.I)):
            return m.group(0)  # rows whose `</li>` `sloppy` left to the browser: not read, left as they are
        if not found and m.group(2).strip():
            return m.group(0)  # no <li> but other markup (广西 集约化's `<ul class="more-list"><table>` rows): not its rows
        rows = []
        for li in found:
            row = _row(li.group(2))
            rows.append((li.group(1), *row) if row else (li.group(1), b"", li.group(2)))
        return before + _reshaped(shape, m.group(1)[len(before):], rows, year, enc)
    return _UL.sub(one_list, body)


def rerow(site: SampleSite) -> SampleSite:
    """`site` with its dated `<ul>` lists' rows in other shapes real government lists use (see the
    module docstring), one shape a list."""
    shapes = {tag: _ROW_SHAPES[_digest(site.name, "rows", _same_panels(tag).decode("latin-1"))[0] % len(_ROW_SHAPES)]
              for tag in _list_tags(site)}
    return _map_html(site, lambda body, enc, _path: reshape_rows(body, shapes, site.as_of.year, enc))


# --- order ---------------------------------------------------------------------------------------
_ORDERS = ("pin", "oldest", "teaser", "future")
_ONE_A = re.compile(rb"<a\b[^>]*>.*?</a\s*>", re.I | re.S)
_TITLE_ATTR = re.compile(rb"""\btitle\s*=\s*["']([^"']*)["']""", re.I)
_CALENDAR = re.compile(rb"(\d{1,2})\s+(\d{4})-(\d{1,2})(?!\d)")
_TEASER_WORDS = ("最新", "最新发布", "最新信息")


def _order_date(row: bytes) -> tuple[int | None, int, int] | None:
    """The date a list row shows as a reader reads it, or None: a full date outside its link, a
    calendar box (`20` over `2026-11`), `MM-DD` (year None: `_dated_rows` gives it), or a full date in
    its link's title."""
    link = _ONE_A.search(row)
    outside = (row[:link.start()] + b" " + row[link.end():]) if link else row
    text = _ROW_TAGS.sub(b" ", outside)
    if m := _YMD.search(text):
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    if m := _CALENDAR.search(text):
        return int(m.group(2)), int(m.group(3)), int(m.group(1))
    if m := _MONTH_DAY.search(text):
        return None, int(m.group(1)), int(m.group(2))
    if link and (t := _TITLE_ATTR.search(link.group(0).split(b">", 1)[0])) and (m := _YMD.search(t.group(1))):
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    return None


def _dated_rows(rows: list[bytes], today: date) -> list[tuple[int, int, int] | None] | None:
    """Each row's date (None for a row without a link: a header), or None unless the list is one of
    three dated rows or more, each of one link. `MM-DD` rows run back from `today` in reading order,
    newest first: `[03-02]` then `[12-16]` in October is this March, then last December."""
    dates: list[tuple[int, int, int] | None] = []
    year, last = today.year, (today.month, today.day)
    for row in rows:
        links = len(_ONE_A.findall(row))
        if links == 0:
            dates.append(None)
            continue
        if links != 1 or (day := _order_date(row)) is None:
            return None
        if day[0] is None:
            year -= day[1:] > last
            last = day[1:]
            day = (year, *day[1:])
        dates.append(day)
    return dates if sum(d is not None for d in dates) >= 3 else None


def _pinned(row: bytes, form: int, image: str | None, enc: str) -> bytes:
    """`row` marked as pinned: `[置顶]` in red inside its link (a notice list's `<label>&nbsp;[置顶]</label>`
    after the title), a 置顶 badge before the link, or a top.gif-like image before it."""
    if form == 0:
        at = row.lower().find(b"</a")
        return row[:at] + '&nbsp;<font color="red">[置顶]</font>'.encode(enc) + row[at:]
    at = row.lower().find(b"<a")
    badge = (f'<img src="{image}" alt="置顶" border="0">' if form == 2 and image else '<span class="zd">置顶</span>')
    return row[:at] + badge.encode(enc) + row[at:]


def reorder_list(rows: list[bytes], order: str, today: date, pin_form: int, image: str | None, enc: str) -> list[bytes] | None:
    """`rows` (a list's row elements) pinned (its oldest one or two rows marked 置顶 at the top) or
    sorted oldest first; None when the list is not one of dated rows."""
    dates = _dated_rows(rows, today)
    if dates is None:
        return None
    head = [r for r, d in zip(rows, dates) if d is None]
    dated = [(d, k, r) for k, (r, d) in enumerate(zip(rows, dates)) if d is not None]
    if order == "oldest":
        return head + [r for _, _, r in sorted(dated)]
    if order == "pin":
        count = 2 if len(dated) >= 6 else 1
        oldest = {k for _, k, _ in sorted(dated)[:count]}
        return (head + [_pinned(r, pin_form, image, enc) for _, k, r in dated if k in oldest]
                + [r for _, k, r in dated if k not in oldest])
    return rows


def _teaser(rows: list[bytes], today: date, count: int, word: str, enc: str) -> bytes:
    """A 最新 block of the list's `count` newest rows, each its link and its date as the row shows it: a
    row showing `10-15` only is `10-15` there too (its year, guessed from today, may be last year's: a
    stale column's newest row given this year's date would be a fresh date the site never showed)."""
    dates = _dated_rows(rows, today) or []
    newest = sorted(((d, -k, r) for k, (r, d) in enumerate(zip(rows, dates)) if d), reverse=True)[:count]
    items = b"".join(b"<li>" + _ONE_A.search(r).group(0)
                     + (b"<span>%d-%02d-%02d</span></li>" % d if (_order_date(r) or (None,))[0] else b"<span>%02d-%02d</span></li>" % d[1:])
                     for d, _, r in newest)
    return f'<div class="zxxx"><div class="zxxx-tit">{word}</div><ul class="zxxx-list">'.encode(enc) + items + b"</ul></div>"


def reorder_page(body: bytes, site: SampleSite, first_page: bool, image: str | None, enc: str,
                 titles: dict[str, str] | None = None) -> bytes:
    """`body` with each dated `<ul>`/`<table>` list (one link and one date a row) in the order its
    list's `_ORDERS` choice gives; with `titles`, the newest row's title of each `future` list is
    recorded there instead (the page is returned unchanged)."""
    today = site.as_of

    def one(m: re.Match[bytes], row_re: re.Pattern[bytes], close: bytes) -> bytes:
        rows = [r.group(0) for r in row_re.finditer(m.group(2))]
        digest = _digest(site.name, "order", m.group(1).decode("latin-1"))
        order = _ORDERS[digest[0] % len(_ORDERS)]
        dates = _dated_rows(rows, today)
        if dates is None:
            return m.group(0)
        if order == "future":
            if titles is not None:
                newest = max((d, -k) for k, d in enumerate(dates) if d)
                title = _link_title(_ONE_A.search(rows[-newest[1]]).group(0)).decode(enc, "replace").strip()
                # a title naming a year, a 解读's (it names its document), a report's or a guide's is left
                if first_page and len(title) >= 8 and not re.search(r"\d{4}|解读|报告|指南", title):
                    titles[title] = (title.replace("关于", f"关于{today.year + 1}年度", 1) if "关于" in title
                                     else f"关于{today.year + 1}年度{title}的通知")
            return m.group(0)
        if titles is not None:
            return m.group(0)
        if order == "teaser":  # on a column's own page: one dated list, its page 1
            if not first_page or lists > 1:
                return m.group(0)
            before = m.group(1).rsplit(b"<", 1)[0]
            block = _teaser(rows, today, 1 + digest[1] % 3, _TEASER_WORDS[digest[2] % len(_TEASER_WORDS)], enc)
            return before + block + m.group(0)[len(before):]
        new = reorder_list(rows, order, today, digest[1] % 3, image, enc)
        if new is None:
            return m.group(0)
        inner, pos, out = m.group(2), 0, []
        for r, row in zip(row_re.finditer(inner), new):
            out.append(inner[pos:r.start()] + row)
            pos = r.end()
        return m.group(1) + b"".join(out) + inner[pos:] + close

    lists = sum(_dated_rows([r.group(0) for r in row_re.finditer(m.group(2))], today) is not None
                for box, row_re in ((_UL, _LI), (_TABLE, _TR)) for m in box.finditer(body))
    body = _UL.sub(lambda m: one(m, _LI, b"</ul>"), body)
    return _TABLE.sub(lambda m: one(m, _TR, b"</table>"), body)


def reorder(site: SampleSite) -> SampleSite:
    """`site` with its lists in the orders real sites show: old rows pinned at the top, oldest first,
    a 最新 teaser of the column's newest rows before its list, and newest rows titled after next
    year's work (see the module docstring); the key is kept."""
    chains = _chains(site)
    image = next((path for path, r in site.resources.items() if r.content_type.startswith("image/") and r.status == 200), None)
    titles: dict[str, str] = {}
    def first(path: str) -> bool:
        return path != "/" and (path not in chains or chains[path][0] == path)
    for path, r in site.resources.items():
        if r.is_html and (enc := _encoding(r)):
            reorder_page(r.body, site, first(path), image, enc, titles)

    def change(body: bytes, enc: str, path: str) -> bytes:
        body = reorder_page(body, site, first(path), image, enc)
        if not titles:
            return body
        text = body.decode(enc)
        for old in sorted(titles, key=len, reverse=True):
            text = text.replace(old, titles[old])
        return text.encode(enc, "xmlcharrefreplace")
    return _map_html(site, change)
# --- copies --------------------------------------------------------------------------------------
_UL_TEXT = re.compile(_UL.pattern.decode(), re.I | re.S)
_TABLE_TEXT = re.compile(_TABLE.pattern.decode(), re.I | re.S)
_LI_TEXT = re.compile(_LI.pattern.decode(), re.I | re.S)
# The classes a template's second, small-screen copy of a block carries (hidden by its stylesheet).
_MOBILE_BOXES = ("mobile-show", "visible-xs", "wap")
_MOBILE, _ELDER, _PRINT = 0, 1, 2  # how a site copies its article: a mobile box, a 长者模式 copy, a print copy
# A metadata table: its 索引号 (spaced as TRS and Lonsun space it).
_INDEX_NO = re.compile(r"索(?:\s|&nbsp;|<[^>]*>)*引(?:\s|&nbsp;|<[^>]*>)*号")
_OPEN_TAG = re.compile(r"<(table|ul)\b([^>]*)>", re.I)
_ARTICLE_LABEL = re.compile(r"(?:来源|发布(?:时间|日期))\s*[：:]")


def _with_class(tag: str, names: str) -> str:
    """The opening `tag` with `names` added to its class attribute (one is added if it has none)."""
    m = re.search(r"""\sclass\s*=\s*(["'])""", tag, re.I)
    if m:
        return tag[:m.end()] + names + " " + tag[m.end():]
    return re.sub(r"\s*/?>$", "", tag, count=1) + f' class="{names}">'


_DIV_TAG = re.compile(r"<(/?)div\b[^>]*>", re.I)
_PARAGRAPH = re.compile(r"<p\b[^>]*>([^<]*)", re.I)


def _body_copy(text: str) -> str:
    """The article's body block as the page writes it: the innermost `<div>` holding the most paragraph
    text, not the footer's; '' without one. (Copied from the source, not re-serialised: a serialiser
    would rewrite the block's link addresses.)"""
    masked = _OPAQUE.sub(lambda m: " " * len(m.group(0)), text)
    stack: list[int] = []
    best: tuple[int, int, int, int] | None = None  # (paragraph text, -length, start, end)
    for m in _DIV_TAG.finditer(masked):
        if not m.group(1):
            stack.append(m.start())
            continue
        if not stack:
            continue  # a stray `</div>`
        at = stack.pop()
        block = masked[at:m.end()]
        weight = sum(len(p.strip()) for p in _PARAGRAPH.findall(block))
        if weight and not _FOOT_LABEL.search(block) and (best is None or (weight, at - m.end()) > best[:2]):
            best = (weight, at - m.end(), at, m.end())
    return text[best[2]:best[3]] if best else ""


def copies_text(text: str, lists: set[str], tables: set[str], article: int, box: str) -> str:
    """`text` with the second copies real portals carry (see the module docstring): each `<ul>` list
    opened by a tag of `lists` and each table list opened by a tag of `tables` again after itself in a `box` div; a metadata table
    shown twice (desktop and mobile classes); an article's title, info line (and for `_ELDER` and
    `_PRINT` its metadata table and body) again before the footer block, one way of `article`."""
    body = _BODY_OPEN.search(text)
    if body is None or not _TAG.sub("", _OPAQUE.sub("", text[body.end():])).strip():
        return text  # a redirect stub
    title, info = _H1.search(text), _INFO_LINE.search(text)
    table = next((m for m in _TABLE_TEXT.finditer(text) if _INDEX_NO.search(m.group(2))), None)
    # An article: an info line, a metadata table, or a title and a 来源/发布时间 label (in the title's own
    # `<span>` on PHPCMS pages).
    is_article = bool(info or table or (title and _ARTICLE_LABEL.search(_TAG.sub("", text[title.start():]))))
    body_copy = _body_copy(text) if article != _MOBILE and is_article else ""
    if table and article == _MOBILE:  # 合肥 Lonsun: `table_suoyin hidden-sm hidden-xs`, then `hidden-lg hidden-md`
        whole = table.group(0)
        at = whole.lower().rfind("<table")
        opening = _OPEN_TAG.match(whole, at)
        assert opening is not None
        desktop = whole[:at] + _with_class(opening.group(0), "hidden-sm hidden-xs") + whole[opening.end():]
        mobile = _with_class(opening.group(0), "hidden-lg hidden-md") + whole[opening.end():]
        text = text[:table.start()] + desktop + mobile + text[table.end():]

    def one_list(m: re.Match[str]) -> str:
        if m.group(1) not in lists:
            return m.group(0)
        ul = m.group(0)[m.group(0).lower().rfind("<ul"):]
        return m.group(0) + f'<div class="{box}">' + ul + "</div>"
    def one_table(m: re.Match[str]) -> str:
        if m.group(1) not in tables:
            return m.group(0)
        return m.group(0) + f'<div class="{box}">' + m.group(0)[m.group(0).lower().rfind("<table"):] + "</div>"
    text = _TABLE_TEXT.sub(one_table, _UL_TEXT.sub(one_list, text))
    if not is_article:
        return text
    parts = [title.group(0) if title else "", info.group(0) if info else ""]
    if article == _MOBILE:
        copy = f'<div class="{box}">' + "".join(parts) + "</div>"
    else:
        parts += [table.group(0)[table.group(0).lower().rfind("<table"):] if table else "", body_copy]
        copy = ('<div class="zzzqcontentwrap2022" id="zzzqcontentwrap2022"><div class="content container">'
                '<div class="connr"><div id="articlezzzqcontent">' + "".join(parts) + "</div></div></div></div>"
                if article == _ELDER else
                '<div class="print-btn"><a href="javascript:window.print();">打印本页</a></div>'
                '<!--startprint--><div id="printArea" class="print-only">' + "".join(parts) + "</div><!--endprint-->")
    close = _BODY_CLOSE.search(text, body.end())
    at = close.start() if close else len(text)
    line = _footer_start(text)
    foot = _footer_block(text, body.end(), line) if line is not None and line > body.end() else at
    return text[:foot] + copy + text[foot:]


def copy_blocks(site: SampleSite) -> SampleSite:
    """`site` with the second copies of its content real portals carry in the same page: mobile
    copies of lists, articles and metadata tables, 长者模式 and print copies of articles (see the
    module docstring)."""
    lists = {tag.decode("utf-8", "replace") for tag in _list_tags(site)}
    tables = {tag.decode("utf-8", "replace") for tag in _table_tags(site)}
    choice = _digest(site.name, "copies")
    article, box = choice[0] % 3, _MOBILE_BOXES[choice[1] % len(_MOBILE_BOXES)]
    return _map_html(site, lambda body, encoding, _path: copies_text(body.decode(encoding), lists, tables, article, box)
                     .encode(encoding, "xmlcharrefreplace"))


# --- scripts -------------------------------------------------------------------------------------
_WRITTEN, _WRITTEN_NOSCRIPT, _STATIC = 0, 1, 2  # how a page's list rows are shown
# A shown publication date after its label: `发布时间：2026-09-01 10:00`.
_PUB_DATE = re.compile(r"(发布(?:时间|日期)\s*[：:]\s*(?:&nbsp;|\s)*)(\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)")
_DATE_FILL = ('<script type="text/javascript">var spans = document.getElementsByTagName("span");'
              'for (var i = 0; i < spans.length; i++) { var t = spans[i].getAttribute("data-time");'
              ' if (t) { spans[i].innerHTML = t; } }</script>')


def _js_string(markup: str) -> str:
    return "'" + markup.replace("\\", "\\\\").replace("'", "\\'").replace("\r", "").replace("\n", "\\n") + "'"


def _written_date(date: str, form: int) -> str:
    """A shown date as a script writes it, one way of `form` (see the module docstring)."""
    if form == 0:
        return f'<script type="text/javascript">document.write("{date}");</script>'
    if form == 1:
        return f'<span class="pubtime" data-time="{date}"></span>'
    return (f'<script type="text/javascript">var pubDate = "{date}";</script><span id="pubDate"></span>'
            '<script type="text/javascript">document.getElementById("pubDate").innerHTML = pubDate;</script>')


def scripts_text(text: str, lists: set[str], rows: int, date_form: int) -> str:
    """`text` with content a script writes (see the module docstring): the rows of each `<ul>` list
    opened by a tag of `lists` written by `document.write` lines (`rows`: `_WRITTEN`, the same with a
    `<noscript>` copy, or `_STATIC`), and each labelled publication date written by a script, one way of
    `date_form`."""
    def one_list(m: re.Match[str]) -> str:
        if rows == _STATIC or m.group(1) not in lists or not _LI_TEXT.search(m.group(2)):
            return m.group(0)
        items = [r.group(0) for r in _LI_TEXT.finditer(m.group(2))]
        script = ('<script type="text/javascript">\n' + "".join(f"document.write({_js_string(i)});\n" for i in items)
                  + "</script>")
        return m.group(1) + script + ("<noscript>" + "".join(items) + "</noscript>" if rows == _WRITTEN_NOSCRIPT else "") + "</ul>"
    text = _UL_TEXT.sub(one_list, text)
    if date_form == 2 and len(_PUB_DATE.findall(text)) > 1:
        date_form = 1  # an element id names one date: a list's rows each keep theirs in an attribute
    out, pos, dated = [], 0, False
    for raw in [*_RAW.finditer(text), None]:
        end = raw.start() if raw else len(text)
        chunk = text[pos:end]
        new = _PUB_DATE.sub(lambda d: d.group(1) + _written_date(d.group(2), date_form), chunk)
        dated = dated or new != chunk
        out.append(new + (raw.group(0) if raw else ""))
        pos = raw.end() if raw else len(text)
    text = "".join(out)
    if dated and date_form == 1 and (close := _BODY_CLOSE.search(text)):
        text = text[:close.start()] + _DATE_FILL + text[close.start():]
    return text


def script_writes(site: SampleSite) -> SampleSite:
    """`site` with list rows and article dates written by scripts, as real templates write them (see the
    module docstring)."""
    lists = {tag.decode("utf-8", "replace") for tag in _list_tags(site)}
    date_form = _digest(site.name, "scripts")[0] % 3
    return _map_html(site, lambda body, encoding, path: scripts_text(
        body.decode(encoding), lists, _digest(site.name, "scripts", path)[0] % 3, date_form).encode(encoding, "xmlcharrefreplace"))


# --- tabs ----------------------------------------------------------------------------------------
_TAB_FORMS = ("inline", "inline", "class", "slide")
_DIV_MARK = re.compile(r"<(/?)div\b[^>]*>", re.I)
_VISIBLE = re.compile(r"<[^>]*>|&nbsp;|\s")
_ISO_TEXT = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_TAB_HEAD = 16  # visible characters a block's heading part (its title and 更多) may hold


def _div_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end of the opening tag, end) of every balanced `<div>` element of `text`."""
    spans, stack = [], []
    for m in _DIV_MARK.finditer(text):
        if not m.group(1):
            stack.append((m.start(), m.end()))
        elif stack:
            start, inner = stack.pop()
            spans.append((start, inner, m.end()))
    return spans


_ELEMENT_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*?(/?)>")
_VOID = frozenset(("br", "img", "input", "meta", "hr", "link", "wbr", "col", "area", "base", "source"))


def _balanced(fragment: str) -> bool:
    """True when every element `fragment` opens it also closes, in order (a part that can move whole)."""
    stack: list[str] = []
    for m in _ELEMENT_TAG.finditer(fragment):
        name = m.group(2).lower()
        if name in _VOID or m.group(3):
            continue
        if not m.group(1):
            stack.append(name)
        elif not stack or stack.pop() != name:
            return False
    return not stack


def _tab_blocks(text: str, lists: set[str]) -> list[tuple[int, int, int, int, int]]:
    """The page's channel blocks, in order, each a `<div>` holding one dated list under a short heading
    part (`<h2><a href=…>通知公告</a></h2>`, a 更多 link) and nothing else but links after it:
    (block start, end of its opening tag, list start, list end, block end)."""
    found = [m for m in _UL_TEXT.finditer(text) if m.group(1) in lists]
    spans = _div_spans(text)
    blocks = []
    for m in found:
        ul = m.start() + len(m.group(1)) - len(re.search(r"<ul\b[^>]*>$", m.group(1), re.I).group(0))
        for start, inner, end in sorted((s for s in spans if s[0] < ul and s[2] >= m.end()), key=lambda s: -s[0]):
            head, tail = text[inner:ul], text[m.end():end - len("</div>")]
            if any(o.start() != m.start() and start <= o.start() < end for o in found) or "<ul" in tail.lower() \
                    or "<table" in (head + tail).lower():
                break
            shown = _VISIBLE.sub("", head)
            if 2 <= len(shown) <= _TAB_HEAD and not _ISO_TEXT.search(shown) and "<ul" not in head.lower() \
                    and not _VISIBLE.sub("", _A.sub("", tail)) and _balanced(head) and _balanced(tail):
                blocks.append((start, inner, ul, m.end(), end))
                break
    return blocks


def tabs_text(text: str, lists: set[str], size: int, form: str) -> str:
    """`text` with its channel blocks (`_tab_blocks`) gathered `size` at a time into tab boxes: the blocks'
    headings as the strip's `<li>` tabs, each list with what followed it as a panel, only the first shown;
    the later blocks leave their places. `form`: "inline" (`style="display:none"` on hidden panels),
    "class" (a `tabhide` class the stylesheet hides) or "slide" (SuperSlide's `hd`/`bd`, a script hides)."""
    blocks = _tab_blocks(text, lists)
    out, pos = [], 0
    for g in range(0, len(blocks) - size + 1, size):
        group = blocks[g:g + size]
        heads = [text[inner:ul] for _, inner, ul, _, _ in group]
        panels = [text[ul:end - len("</div>")] for _, _, ul, _, end in group]
        if form == "slide":
            tabs = "".join(("<li class=\"on\">" if k == 0 else "<li>") + h + "</li>" for k, h in enumerate(heads))
            box = (f'<div class="slideTxtBox"><div class="hd"><ul class="tapUl">{tabs}</ul></div>'
                   f'<div class="bd">{"".join(panels)}</div></div>')
        else:
            hide = ' style="display:none"' if form == "inline" else ' class="tabhide"'
            tabs = "".join(("<li class=\"sel\">" if k == 0 else "<li>") + h + "</li>" for k, h in enumerate(heads))
            box = (f'<ul class="tabtit">{tabs}</ul><div class="tab-cont tabcontent">'
                   + "".join(f'<div{"" if k == 0 else hide}>{p}</div>' for k, p in enumerate(panels)) + "</div>")
        first = group[0]
        out.append(text[pos:first[1]] + box + "</div>")
        pos = first[4]
        for start, _, _, _, end in group[1:]:
            out.append(text[pos:start])
            pos = end
    out.append(text[pos:])
    return "".join(out)


def tab_blocks(site: SampleSite) -> SampleSite:
    """`site` with its pages' channel blocks gathered into tab boxes (see the module docstring)."""
    lists = {tag.decode("utf-8", "replace") for tag in _list_tags(site)}
    size = 2 + _digest(site.name, "tabs")[0] % 2
    form = _pick(replace(site, name=site.name + " tabs"), _TAB_FORMS)
    return _map_html(site, lambda body, encoding, _path: tabs_text(
        body.decode(encoding), lists, size, form).encode(encoding, "xmlcharrefreplace"))


# --- addresses -----------------------------------------------------------------------------------
# A list page's new address (column number, page number) and an article's (column, id, day), one pair a scheme.
_Scheme = tuple[Callable[[int, int], str], Callable[[int, int, date], str]]


def _hex(*parts: object, size: int = 6) -> str:
    return hashlib.blake2s(" ".join(map(str, parts)).encode(), digest_size=16).hexdigest()[:size]


_SCHEMES: dict[str, _Scheme] = {
    "phpcms": (lambda c, n: f"/index.php?m=content&c=index&a=lists&catid={c}" + (f"&page={n}" if n > 1 else ""),
               lambda c, i, d: f"/index.php?m=content&c=index&a=show&catid={c}&id={i}"),
    "hanweb": (lambda c, n: f"/col/col{c}/index.html" + (f"?uid={4000 + c}&pageNum={n}" if n > 1 else ""),
               lambda c, i, d: f"/art/{d.year}/{d.month}/{d.day}/art_{c}_{i}.html"),
    "aspnet": (lambda c, n: f"/list.aspx?ClassID={c}" + (f"&page={n}" if n > 1 else ""),
               lambda c, i, d: f"/show.aspx?id={i}"),
    "numeric": (lambda c, n: f"/list/{c}.html" if n == 1 else f"/list/{c}_{n}.html",
                lambda c, i, d: f"/show/{i}.html"),
    "opaque": (lambda c, n: f"/c/{_hex('c', c)}/" + (f"{n}.shtml" if n > 1 else ""),
               lambda c, i, d: f"/c/{_hex('c', c)}/{d.year}/{d.month}/{d.day}/{_hex('a', c, i, size=32)}.shtml"),
    "govcn": (lambda c, n: f"/lanmu/{c}/home.htm" if n == 1 else f"/lanmu/{c}/home_{n - 1}.htm",
              lambda c, i, d: f"/content/{d.year}-{d.month:02d}/{d.day:02d}/content_{i}.htm"),
}
_MENU_LISTS = 3  # lists linking an article when the links are a menu's (the 信息公开 side menu), not its column's
_MOVED_FILE = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|pptx?|txt|csv)$", re.I)
_PAGE_NAME = re.compile(r"(?:\.(?:s?html?|jhtml|jspx?|aspx?|asp|php|do|action))?$", re.I)
_LIST_NAME = re.compile(r"(?i)^(?:index|list|default|home|more|column|node|lanmu|category|channel|page|col)|list")
_SHOW_QUERY = re.compile(r"(?i)(?:^|&)(?:id|aid|itemid|info_id|articleid|newsid|p|docid|contentid)=|show|view|detail|\.s?html?$")
_PAGE_PARAM = re.compile(r"(?i)^(?:page\w*|pagenum|pageindex|cur_page|pageno|paging|p|uid)$")
_PAGE_LINK = re.compile(r"\[?(?:第|页)?(\d{1,3})页?\]?")  # a pager's number link (WordPress's `<span>页 </span>2`)
_PAGE_NUMBER = re.compile(r"(?<!\d)[_-]?\d{1,3}(?=\.\w+$)")  # a page number, not an id (陕西 集约化's 19-digit articles beside 1.html, 2.html)
_TAG_SPAN = re.compile(r"<[a-zA-Z][^<>]*>")
_ADDRESS_ATTR = re.compile(r"""(\s([\w:.-]+)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))""")
_NO_ADDRESS = frozenset(("class", "id", "style", "alt", "title", "name", "width", "height", "type", "lang", "charset",
                         "rel", "target", "align", "border", "color", "bgcolor", "cellpadding", "cellspacing",
                         "colspan", "rowspan", "valign", "http-equiv", "method", "enctype", "language"))
_LINKING = frozenset(("href", "src"))  # a form's missing action (a comment post) is no page: it stays
_NOT_ADDRESS = ("javascript:", "#", "mailto:", "tel:", "data:", "{", "$", "<", "about:")
_BASE_TAG = re.compile(r"<base\b", re.I)
_WHOLE_PAGE = re.compile(rb"<html|<body|<!doctype", re.I)
_YEAR_IN_NAME = re.compile(r"(?<=[a-z_])(?:19|20)\d\d(?=\.\w+$)")
_SAME_AS = re.compile(r"与\s*(/[^\s，,）)]+?)\s*(?:静态地址)?是同一(?:栏目|文件)")
_SCRIPTS_AND_STYLES = re.compile(r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->", re.I | re.S)
_PATHS_AND_TAGS = re.compile(r"<[^>]*>|(?:https?:)?/[^\s\"'<>()]*")
_NEAR_TWIN_TEXT = 80  # characters a page's text needs before its copies can be told apart from other pages
_SEARCH_MODULE = re.compile(r"(?i)[/?&=](?:search|tags?)(?:[/&=.]|$)")
_TWINS = 3  # addresses a page may be served at (static, dynamic, its folder) and still be one page; more are an error page
_SHOWN_DAY = re.compile(r"(20\d\d)[-年/.](\d{1,2})[-月/.](\d{1,2})")


def _served_key(site: SampleSite, target: str) -> str | None:
    """The resource key `target` (a site path and query) is served from, as `SampleSite.lookup` finds it; None if
    only the not-found answer (or a subclass's own dynamic answer) serves it."""
    path, _, query = target.partition("?")
    served = site.lookup(path, query)
    directory = path.endswith("/")
    for candidate in (target if query else None, path, path + "index.html" if directory else None,
                      path + "index.shtml" if directory else None, path + "index.jhtml" if directory else None):
        if candidate and site.resources.get(candidate) is served:
            return candidate
    return None


def _listish(address: str) -> bool:
    """Whether an address reads as a list page's (a folder, `index_2.html`, `list.php?tid=5`), not an article's."""
    path, _, query = address.partition("?")
    name = path.rsplit("/", 1)[1]
    if query:
        return not _SHOW_QUERY.search(query)
    return not name or bool(_LIST_NAME.search(_PAGE_NAME.sub("", name)))


def _visible(text: str) -> str:
    """A page's text as a reader sees it, without its addresses (two copies of a page at two addresses compare equal)."""
    return " ".join(_PATHS_AND_TAGS.sub(" ", _SCRIPTS_AND_STYLES.sub(" ", text)).split())


def _text_of(resource: Resource) -> tuple[str, str] | None:
    """A text resource's text and encoding (HTML, scripts, JSON, XML, CSS); None for binary files."""
    kind = resource.content_type.split(";")[0].strip().lower()
    if not (kind.startswith("text/") or kind.endswith(("json", "javascript", "xml"))):
        return None
    for encoding in filter(None, (_encoding(resource), "utf-8", "gb18030")):  # an undeclared GBK page, as browsers guess it
        try:
            return resource.body.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return None


class _Addresses:
    """The old site's references to its own resources, and the new address of each moved resource."""

    def __init__(self, site: SampleSite, scheme: _Scheme) -> None:
        self.site, self.scheme = site, scheme
        self.texts = {key: t for key, r in site.resources.items() if (t := _text_of(r))}
        self.extras = self._extras(site)
        refs: dict[str, set[str]] = {}
        for key, (text, _) in self.texts.items():
            refs[key] = {t for t, _ in self._found(text, key if site.resources[key].is_html else None)}
        for key, resource in self.extras:
            if t := _text_of(resource):
                refs.setdefault(key or "", set()).update(t for t, _ in self._found(t[0], key))
        for key, r in site.resources.items():
            if r.location and (t := _site_path(key, r.location)):
                refs.setdefault(key, set()).add(_served_key(site, t) or t)
        referenced = set().union(*refs.values()) if refs else set()
        self.new: dict[str, str] = {}
        home = site.lookup("/", "")  # served as `/` or as the root folder's index page: it and its copies stay
        # An HTML fragment a page's script loads (河北 集约化's list block `…/blocks/<b>?page=2&fix=0`) is data, no page.
        pages = sorted(k for k, r in site.resources.items() if (r.is_html or 300 <= r.status < 400) and r is not home
                       and r.body != home.body and not _MOVED_FILE.search(k.split("?")[0])
                       and (r.status != 200 or _WHOLE_PAGE.search(r.body[:4096])))
        # A page no address in any resource names (a later page a pager script computes from a pattern, a page
        # only a script's string of `|`-joined names lists): it and the pages of its folder and name stay where
        # the script finds them.
        computed = [k for k in pages if k not in referenced and site.resources[k].status == 200]
        kept = {k for k in pages if any(self._kin(k, c) for c in computed)}
        # A search module's pages (YzmCMS's tag results `index.php?m=search&c=index&a=tag&id=1`) are no content
        # column: their addresses are the module's, whatever scheme serves the content.
        kept |= {k for k in pages if _SEARCH_MODULE.search(k)}
        # A column filed by year at one address a year (北京's `zcwj2025.shtml`, linked by year tabs): only its address
        # names the year, a scheme of numbered columns would not; its pages stay.
        years: dict[str, list[str]] = {}
        for k in pages:
            years.setdefault(_YEAR_IN_NAME.sub("####", k), []).append(k)
        kept |= {k for group in years.values() if len(group) > 1 for k in group if _YEAR_IN_NAME.search(k)}
        # Data a page's script fetches at an address it computes from its own (gkmlpt's app at `/gkmlpt/index` reads
        # `/gkmlpt/api/all/{id}?page=1&sid=…`): the pages of the folders above the data stay.
        data = [k for k, r in site.resources.items() if k not in referenced and "json" in r.content_type]
        kept |= {k for k in pages if any(d.startswith(k.split("?")[0].rsplit("/", 1)[0] + "/") for d in data)
                 and k.split("?")[0].rsplit("/", 1)[0]}
        # A kept page's copy at another address (宁夏 集约化's file library: the folder serving its `list.html`, whose
        # script computes `list_1.html` from the address it is read at): it stays with them, or its script names none.
        kept_bodies = {site.resources[k].body for k in kept if site.resources[k].status == 200}
        kept |= {k for k in pages if site.resources[k].status == 200 and site.resources[k].body in kept_bodies}
        # A page served byte for byte at two addresses (DedeCMS's `list_5_1.html` beside its folder, a static
        # article beside its `view.php?aid=N`): the new scheme serves it at one, the static and shorter one's.
        bodies: dict[bytes, list[str]] = {}
        for k in pages:
            if k not in kept and site.resources[k].status == 200:
                bodies.setdefault(site.resources[k].body, []).append(k)
        self.twins = {k: min(g, key=lambda u: ("?" in u, len(u), u)) for g in bodies.values()
                      if 1 < len(g) <= _TWINS and not self._soft_missing(g) for k in g}
        self.twins = {k: t for k, t in self.twins.items() if k != t}
        # A dynamic copy of a static page (博达's `content.jsp?…&wbnewsid=4089` of `/info/1041/4089.htm`: the same text,
        # another template's addresses): a scheme of one address a page serves it at the static one's. Static copies
        # alone (Zoomla's `NodePage_1.aspx` beside `NodePage.aspx`, which earlier mutations left differing in a link's
        # attributes only) are served at the shorter one's, as byte-identical ones are.
        texts: dict[str, list[str]] = {}
        for k in pages:
            if k not in kept and k not in self.twins and site.resources[k].status == 200 and len(shown := _visible(
                    self.texts.get(k, ("", ""))[0])) >= _NEAR_TWIN_TEXT:
                texts.setdefault(shown, []).append(k)
        for group in texts.values():
            static = [k for k in group if "?" not in k]
            if 1 < len(group) <= _TWINS and static and (len(static) == 1 or len(static) == len(group)):
                target = min(static, key=lambda u: (len(u), u))
                self.twins.update({k: target for k in group if k != target})
        # A kept page's copy that moves (EmpireCMS's `ShowInfo.php?classid=11&id=N`, kept where its script computes it, of
        # the static `/xxgk/gfxwj/…/N.html`): the page is then served at two addresses, both the same page to a reader.
        kept_texts: dict[str, list[str]] = {}
        for k in sorted(kept):
            if site.resources[k].status == 200 and len(shown := _visible(self.texts.get(k, ("", ""))[0])) >= _NEAR_TWIN_TEXT:
                kept_texts.setdefault(shown, []).append(k)
        self.kept_aliases: dict[str, list[str]] = {}  # a moving page -> its kept copies
        for shown, group in texts.items():
            if len(group) == 1 and group[0] not in self.twins and 0 < len(kept_texts.get(shown, ())) < _TWINS:
                self.kept_aliases[group[0]] = kept_texts[shown]
        # The key's word for it: a trap naming a page another address of one column or file (`通知公告的动态地址（list.jsp），
        # 与 /xwzx/tzgg.htm 是同一栏目`): a scheme of one address a page serves it at that one.
        for trap in site.traps:
            if (m := _SAME_AS.search(trap.note)) and trap.url.startswith("/"):
                alias, twin = _served_key(site, trap.url.split("#")[0]), _served_key(site, m.group(1))
                if alias and twin and alias != twin and {alias, twin} <= set(pages) - kept and twin not in self.twins:
                    self.twins[alias] = twin
        moving = [k for k in pages if k not in kept and k not in self.twins]
        lists = self._lists(moving)
        # A page showing no date (机构职能, 公开指南) is a single-page column, as PHPCMS and Hanweb serve it: no dated
        # article address (`/art/2026/11/15/…`) a date it does not show would be read off.
        lists |= {k: (k, 1) for k in moving if k not in lists and site.resources[k].status == 200 and self._day(k) is None}
        heads = sorted({head for head, _ in lists.values()})
        column = {head: 10 + n for n, head in enumerate(heads)}
        taken = set(site.resources) - set(moving)
        for key in moving:
            if key in lists:
                head, n = lists[key]
                self._put(key, scheme[0](column[head], n), taken)
        # A page no list links, or every list's menu does (a dated guide SiteServer's menu links straight to, 依申请公开),
        # is the one article of a column of its own, not of the first list that happens to link it.
        own = 10 + len(heads)
        for i, key in enumerate(k for k in moving if k not in lists):
            linking = {column[h] for p, (h, _) in lists.items() if key in refs.get(p, ())}
            if linking and len(linking) < _MENU_LISTS:
                home = min(linking)
            else:
                home, own = own, own + 1
            self._put(key, scheme[1](home, 1000 + i, self._day(key) or site.as_of), taken)
        for key, twin in self.twins.items():
            self.new[key] = self.new[twin]
        files = sorted(k for k, r in site.resources.items() if _MOVED_FILE.search(k.split("?")[0]))
        for i, key in enumerate(files):
            ext = _MOVED_FILE.search(key.split("?")[0]).group(0)
            self._put(key, f"/uploadfile/{site.as_of:%Y/%m%d}/{site.as_of:%Y%m%d}{1000 + i}{ext}", taken)
        self.taken = taken
        self.missing: dict[str, str] = {}
        self.literal = self._literal_pattern()

    @staticmethod
    def _extras(site: SampleSite) -> list[tuple[str | None, Resource]]:
        """The responses a subclass keeps beside `resources` (postbacks' answers, error pages): (address, response)."""
        base = {f.name for f in fields(SampleSite)}
        out: list[tuple[str | None, Resource]] = []
        for f in fields(site):
            value = getattr(site, f.name)
            if f.name in base:
                continue
            if isinstance(value, Resource):
                out.append((None, value))
            elif isinstance(value, dict):
                for k, v in value.items():
                    if isinstance(v, Resource):
                        out.append((k[0] if isinstance(k, tuple) else k if isinstance(k, str) else None, v))
        return out

    def _put(self, key: str, address: str, taken: set[str]) -> None:
        while address in taken:  # never an address another resource is served at
            address = address.replace(".", "_.", 1) if "." in address.rsplit("/", 1)[-1] else address + "_/"
        taken.add(address)
        self.new[key] = address

    def _day(self, key: str) -> date | None:
        """The first full date the page shows: the day folder of a dated article address; None if it shows none."""
        text = self.texts.get(key, ("", ""))[0]
        body = text[text.lower().find("<body"):] if "<body" in text.lower() else text
        for m in _SHOWN_DAY.finditer(body):
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
        return None

    @staticmethod
    def _kin(key: str, computed: str) -> bool:
        """Whether `key` is `computed`'s own address with other parameters, or a page of its folder whose name
        differs from it only in numbers (`index.html` beside `index_3.html`)."""
        if key.split("?")[0] == computed.split("?")[0]:
            return True
        folder, _, name = key.split("?")[0].rpartition("/")
        cfolder, _, cname = computed.split("?")[0].rpartition("/")
        return folder == cfolder and (not name or re.sub(r"[_-]?\d+", "", name) == re.sub(r"[_-]?\d+", "", cname))

    def _lists(self, moving: list[str]) -> dict[str, tuple[str, int]]:
        """Each moving list page's list (its page 1) and page number: the lists its pager chains by 下一页, then
        pages of a name or query that differ from a page 1 beside them only in a page number."""
        out: dict[str, tuple[str, int]] = {}
        keys = set(moving)
        for chain in _chains(self.site).values():
            served = list(dict.fromkeys(k for p in chain if (k := self._twin(_served_key(self.site, p))) in keys))
            for n, key in enumerate(served, 1):
                out.setdefault(key, (served[0], n))
        stems: dict[str, list[tuple[int, str]]] = {}
        for key in moving:
            if key in out:
                continue
            path, _, query = key.partition("?")
            params = [p.split("=", 1) for p in query.split("&") if p]
            numbered = [v[0] for k, *v in params if _PAGE_PARAM.match(k) and v and v[0].isdigit() and len(v[0]) <= 4]
            if numbered:
                rest = "&".join("=".join([k, *v]) for k, *v in params if not _PAGE_PARAM.match(k))
                stems.setdefault(path + ("?" + rest if rest else ""), []).append((int(numbered[-1]), key))
            elif m := _PAGE_NUMBER.search(path):
                stems.setdefault(path[:m.start()] + path[m.end():], []).append((int(m.group(0).lstrip("_-")) or 0, key))
        for stem, members in stems.items():
            first = _served_key(self.site, stem)
            members = sorted(m for m in members if m[1] not in out)
            if (first is None or first not in keys) and len(members) > 1 and members[0][0] <= 1:
                (_, first), members = members[0], members[1:]  # a first page numbered itself (`&Paging=1`)
            if first in keys and first not in out:
                out[first] = (first, 1)
                for n, (_, key) in enumerate(members, 2):
                    out[key] = (first, n)
        self._numbered(moving, out)
        for key in moving:
            if key not in out and _listish(key):
                out[key] = (key, 1)
        return out

    def _numbered(self, moving: list[str], out: dict[str, tuple[str, int]]) -> None:
        """Add to `out` the later pages a pager of numbers alone links (the `pagers` mutation's `1 2 3`, no
        下一页, at addresses that number nothing): page n of the list whose page 1 its pages link as `1`."""
        keys = set(moving)
        links: dict[str, dict[int, str]] = {}
        for key in moving:
            shown: dict[int, str] = {}
            for m in _A.finditer(self.texts.get(key, ("", ""))[0]):
                if (n := _PAGE_LINK.fullmatch(_link_text(m.group(2)))) and (href := _href_of(m.group(1))):
                    target = self._twin(_served_key(self.site, _site_path(key, href) or ""))
                    if target in keys and target != key:
                        shown.setdefault(int(n.group(1)), target)
            links[key] = shown
        for key in moving:
            first = links[key].get(1)
            if key in out or first is None or first in (k for k, (h, n) in out.items() if n > 1):
                continue
            numbers = sorted(n for other, shown in links.items() if shown.get(1, other) == first
                             for n, target in shown.items() if target == key and n > 1)
            if numbers:
                # The list a page its pager numbers alike is already of (another address of that page 1 chained
                # by 下一页, as 政府网站集约化's `page1.htm` beside its folder), else the page its pagers link as `1`.
                heads = sorted(out[other][0] for other, shown in links.items()
                               if shown.get(1) == first and other in out and out[other][1] > 1)
                out.setdefault(first, (first, 1))
                out[key] = (heads[0] if heads else out[first][0], numbers[0])

    def _soft_missing(self, group: list[str]) -> bool:
        """Whether the pages are the answer the site gives an address it does not serve (a status-200 error page)."""
        body = self.site.resources[group[0]].body
        return body == self.site.not_found.body or any(
            self.site.lookup(k.split("?")[0].rsplit("/", 1)[0] + "/no-such-page-0.html", "").body == body for k in group)

    def _twin(self, key: str | None) -> str | None:
        return self.twins.get(key, key) if key else key

    def _literal_pattern(self) -> re.Pattern[str] | None:
        """Every moved resource's root-relative address as scripts, JSON and sitemaps write it (`\\/` in JSON),
        a folder's index page by its folder too, and with the site's own host before it."""
        forms: dict[str, str] = {}
        for key in self.new:
            forms[key] = key
            folder, _, name = key.rpartition("/")
            if name in ("index.html", "index.shtml", "index.jhtml") and _served_key(self.site, folder + "/") == key:
                forms[folder + "/"] = key
            if "&" in key:  # escaped inside an attribute a script reads (`href="javascript:openUrl('…?a=1&amp;b=2')"`)
                forms[key.replace("&", "&amp;")] = key
        if not forms:
            return None
        self.forms = forms
        alternatives = "|".join(re.escape(f).replace("/", r"\\?/") for f in sorted(forms, key=len, reverse=True))
        return re.compile(r"(?<![\w./%-])((?:https?:)?\\?/\\?/" + re.escape(SITE_HOST) + r")?(" + alternatives
                          + r")(?![\w./?=%-])")

    def _found(self, text: str, page: str | None) -> list[tuple[str, tuple[int, int, str]]]:
        """The site addresses `text` names in its tags' attributes (resolved from `page`, a base tag's folder or
        the root) and, elsewhere, root-relative: (resource key or missing address, (start, end, attribute))."""
        out: list[tuple[str, tuple[int, int, str]]] = []
        base = page or "/"
        if page and (m := re.search(r"""<base\b[^>]*\bhref\s*=\s*["']?([^"'\s>]+)""", text, re.I)):
            base = _site_path(page, html.unescape(m.group(1))) or base
        spans: list[tuple[int, int]] = []
        for tag in _TAG_SPAN.finditer(text):
            for a in _ADDRESS_ATTR.finditer(tag.group(0)):
                name = a.group(2).lower()
                g = 3 if a.group(3) is not None else 4 if a.group(4) is not None else 5
                value = html.unescape(a.group(g)).strip()
                if name in _NO_ADDRESS or name.startswith("on") or not value or value.lower().startswith(_NOT_ADDRESS) \
                        or re.search(r"[\\\s'\"]", value):  # a script's string pieces (`'/' + a.url + '`), no address
                    continue
                parts = urlsplit(urljoin("http://site.invalid" + base, value.replace(SITE_HOST, "site.invalid")))
                if parts.netloc != "site.invalid":
                    continue
                target = parts.path + ("?" + parts.query if parts.query else "")
                key = _served_key(self.site, target)
                if key is None and (name not in _LINKING or not parts.path or tag.group(0)[1:5].lower() == "base"):
                    continue
                start, end = tag.start() + a.start(g), tag.start() + a.end(g)
                out.append((key or target, (start, end, name)))
                spans.append((start, end))
        if getattr(self, "literal", None):
            for m in self.literal.finditer(text):
                if not any(s < m.end() and m.start() < e for s, e in spans):
                    out.append((self.forms[m.group(2).replace("\\/", "/")], (m.start(), m.end(), "")))
        elif not hasattr(self, "literal"):  # first reading: every served root-relative address counts
            for m in re.finditer(r"""(?<![\w./%-])(?:https?:)?(?://""" + re.escape(SITE_HOST) + r""")?(/[^\s"'<>()\\]*)""", text):
                if not any(s < m.end() and m.start() < e for s, e in spans) and (k := _served_key(self.site, m.group(1))):
                    out.append((k, (m.start(), m.end(), "")))
        return out

    def address(self, old: str) -> str:
        """The new address of an old one: a moved resource's, a missing page's own new missing address (a file keeps
        its extension), else the old address itself (a kept page, an address the site's CMS answers dynamically)."""
        if not old.startswith("/") or old.startswith("//"):
            return old
        if "#" in old:  # a hash route (gkmlpt's `index#2583`) or an anchor stays after the new address
            return self.address(old.split("#")[0]) + old[old.index("#"):]
        key = _served_key(self.site, old.replace("&amp;", "&"))
        if key is not None:
            return self.new.get(key, key)
        target = same_url(old)
        if self.site.lookup(*target.partition("?")[::2]) is not self.site.not_found:
            return old  # a subclass's own answer (DedeCMS's ShowMsg page for any aid): its CMS's address stays
        if target in self.missing:
            return self.missing[target]
        path = target.split("?")[0]
        n = 900 + len(self.missing)
        if m := _MOVED_FILE.search(target):  # a file, or a download script naming one (`downfile.jsp?…&filename=2004.pdf`)
            ext = m.group(0)
            address = f"/uploadfile/{self.site.as_of:%Y/%m%d}/{self.site.as_of:%Y%m%d}{n}{ext}"
        elif not _PAGE_NAME.search(path.rsplit("/", 1)[1]).group(0) and "." in path.rsplit("/", 1)[1]:
            ext = path[path.rindex("."):]
            address = f"/uploadfile/{self.site.as_of:%Y/%m%d}/{self.site.as_of:%Y%m%d}{n}{ext}"
        else:
            address = self.scheme[0](n, 1) if _listish(target) else self.scheme[1](10, 90000 + n, self.site.as_of)
        self._put_missing(target, address)
        return self.missing[target]

    def _put_missing(self, target: str, address: str) -> None:
        while address in self.taken:
            address = address.replace(".", "_.", 1) if "." in address.rsplit("/", 1)[-1] else address + "_/"
        self.taken.add(address)
        self.missing[target] = address

    def rewrite(self, body: bytes, encoding: str, page: str | None, is_html: bool) -> bytes:
        """`body` with every address of a moved or missing resource in its new form (the site's host, if written,
        kept before it; an attribute's address made root-relative where its page moved)."""
        text = body.decode(encoding)
        moved_page = page is not None and page in self.new
        out, pos = [], 0
        for old, (start, end, attribute) in sorted(self._found(text, page if is_html else None), key=lambda f: f[1][0]):
            written = text[start:end]
            if attribute:
                value = html.unescape(written).strip()
                if self._is_base(text, start):
                    if not moved_page:
                        continue
                    new = self._folder(self.new[page])
                elif old in self.new or old not in self.site.resources or moved_page and not value.startswith(("/", "http")):
                    new = self.address(old) + (value[value.index("#"):] if "#" in value else "")
                else:
                    continue
                host = value.startswith(("http:", "https:", "//"))
                new = (f"http://{SITE_HOST}" if value.startswith("http") else f"//{SITE_HOST}" if host else "") + new
                new = html.escape(new, quote=False).replace('"', "&quot;").replace("'", "&#39;")
            else:
                m = self.literal.match(text, start)
                new = (m.group(1) or "") + self.new[old]
                if "\\/" in m.group(2):
                    new = new.replace("/", "\\/")
                if "&amp;" in m.group(2):
                    new = new.replace("&", "&amp;")
            out.append(text[pos:start] + new)
            pos = end
        out.append(text[pos:])
        return "".join(out).encode(encoding, "xmlcharrefreplace")

    @staticmethod
    def _is_base(text: str, at: int) -> bool:
        return bool(_BASE_TAG.match(text, text.rfind("<", 0, at)))

    @staticmethod
    def _folder(address: str) -> str:
        return address.split("?")[0].rsplit("/", 1)[0] + "/"  # the host is written below as the old base wrote it


def _mapped_pattern(pattern: str, addresses: _Addresses, olds: list[str]) -> str:
    """A key's url_pattern for the new addresses: as it is where it matches the same pages' new addresses and
    no other; else the new addresses of the old ones it matched."""
    hits = [o for o in olds if re.match(pattern, same_url(o))]
    news = {same_url(addresses.address(o)) for o in hits}
    everything = {same_url(addresses.address(o)) for o in olds}
    if {n for n in everything if re.match(pattern, n)} == news or not news:
        return pattern
    return "^(?:" + "|".join(re.escape(n) for n in sorted(news)) + ")$"


def _with_aliases(entry: Expected, old: Expected, addresses: _Addresses, olds: list[str]) -> Expected:
    """`entry` (the key's `old` entry at the new addresses) also matched at the kept copies of the pages it names: a
    finding there names the same page."""
    covered = {_served_key(addresses.site, old.url.split("#")[0]) or old.url}
    if old.url_pattern:
        covered |= {o for o in olds if re.match(old.url_pattern, same_url(o))}
    aliases = sorted({a for o in covered for a in addresses.kept_aliases.get(o, ())})
    if not aliases:
        return entry
    shown = entry.url_pattern or "^" + re.escape(same_url(entry.url)) + "$"
    return replace(entry, url_pattern=f"(?:{shown})|^(?:" + "|".join(re.escape(same_url(a)) for a in aliases) + ")$")


def address_scheme(site: SampleSite) -> str:
    """The CMS whose addresses `readdress` serves `site` at (one of `_SCHEMES`, chosen from its name)."""
    return _pick(replace(site, name=site.name + " addresses"), tuple(_SCHEMES))


def readdress(site: SampleSite) -> SampleSite:
    """`site` served at the addresses of another real CMS (see the module docstring)."""
    moves = _Addresses(site, _SCHEMES[address_scheme(site)])
    resources: dict[str, Resource] = {}
    for key, r in site.resources.items():
        if key in moves.twins:
            continue  # served at its twin's new address
        body = r.body
        if key in moves.texts:
            body = moves.rewrite(r.body, moves.texts[key][1], key, r.is_html)
        location = moves.address(_site_path(key, r.location) or r.location) if r.location and _site_path(key, r.location) else r.location
        resources[moves.new.get(key, key)] = replace(r, body=body, location=location)
    extras = {}
    base = {f.name for f in fields(SampleSite)}
    for f in fields(site):
        value = getattr(site, f.name)
        if f.name in base:
            continue
        if isinstance(value, Resource) and (t := _text_of(value)):
            extras[f.name] = replace(value, body=moves.rewrite(value.body, t[1], None, value.is_html))
        elif isinstance(value, dict) and any(isinstance(v, Resource) for v in value.values()):
            new_dict = {}
            for k, v in value.items():
                page = k[0] if isinstance(k, tuple) else k if isinstance(k, str) else None
                if isinstance(v, Resource) and (t := _text_of(v)):
                    v = replace(v, body=moves.rewrite(v.body, t[1], page if page in site.resources else None, v.is_html))
                if isinstance(k, tuple) and k and isinstance(k[0], str) and k[0] in moves.new:
                    k = (moves.new[k[0]], *k[1:])
                elif isinstance(k, str) and k in moves.new:
                    k = moves.new[k]
                new_dict[k] = v
            extras[f.name] = new_dict
    olds = sorted(set(site.resources) | {e.url for e in site.key} | {t.url for t in site.traps})
    key = [_with_aliases(replace(e, url=moves.address(e.url),
                                 url_pattern=_mapped_pattern(e.url_pattern, moves, olds) if e.url_pattern else ""),
                         e, moves, olds) for e in site.key]
    # A trap at a page's second address is gone with that address (the page is served at one).
    traps = [replace(t, url=moves.address(t.url)) for t in site.traps
             if not t.url.startswith("/") or _served_key(site, t.url.split("#")[0]) not in moves.twins]
    moved_from = {new: old for old, new in moves.new.items() if old not in moves.twins} | {
        new: old for old, new in moves.missing.items()}
    not_found = site.not_found
    if t := _text_of(not_found):
        not_found = replace(not_found, body=moves.rewrite(not_found.body, t[1], None, not_found.is_html))
    return replace(site, resources=resources, key=key, traps=traps, not_found=not_found, **extras,
                   post_only=frozenset(moves.address(u) for u in site.post_only),
                   script_only=frozenset(moves.address(u) for u in site.script_only),
                   moved_from={**site.moved_from, **moved_from})


# --- frames --------------------------------------------------------------------------------------
# The footer pulled into every page from one file the site serves (see the module docstring).
_FRAME_FORMS = ("iframe", "script")
_FRAME_PAGE = "/inc/footer{}.html"
_FRAME_SCRIPT = "/js/footer{}.js"
_FRAME_LINK = re.compile(r"""(\s(?:href|src|action)\s*=\s*)(?:"([^"]*)"|'([^']*)')""", re.I)
_FRAME_KEEP = re.compile(r"^(?:[a-z][\w+.-]*:|//|#|/)", re.I)  # another scheme, host, fragment or root: no folder to resolve
_FRAME_FILLS = re.compile(r"getElementById|querySelector|\$\(|jQuery\(")  # an inline script that fills the page's elements
_FRAME_NOT_FOOT = re.compile(r"<(?:h[1-6]|input|form|select|iframe)\b", re.I)  # a heading or a form: a header, a content block
_FRAME_FORM = re.compile(r"<(?:h1|input|form|iframe)\b", re.I)  # a page's title, a search box, a frame: no footer's own
_FRAME_ARTICLE = 12  # characters of a link's text from which it names an article (a list row), not a footer's link
_FRAME_OTHER_TEXT = 10  # visible characters outside links a footer's enclosing block may add (separators, a label)
_FRAME_OTHER_LINKS = 8  # links it may add (a footer's 网站地图 | 联系我们 … row, not a menu or a list's rows)
_FRAME_OTHER_SHOWN = 80  # visible characters, links' included, it may add (that row, not a mobile page's whole body)
_BASE_HREF = re.compile(r"""<base\b[^>]*\bhref\s*=\s*["']([^"']+)["']""", re.I)


def _close_of(text: str, start: int) -> int | None:
    """The end of the block element opening at `start` (its matching end tag), None if it never closes."""
    name = _BLOCK_TAG.match(text, start).group(2).lower()
    depth = 0
    for m in re.finditer(rf"<(/?){name}\b[^>]*>", text[start:], re.I):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return start + m.end()
    return None


def footer_region(text: str) -> tuple[int, int] | None:
    """(start, end) of the footer block holding all of a page's identifier lines (its 主办 line before them):
    the innermost block around them, widened to an enclosing block only while that adds no heading or form and at most a
    row of links and a few characters of text; None without such a block (the innermost one holding more before the
    lines: a mobile page's whole body), or when an inline script in it fills the page's own elements (it would find
    nothing in another document)."""
    body = _BODY_OPEN.search(text)
    line = _footer_start(text)
    if body is None or line is None or line <= body.end():
        return None
    masked = _OPAQUE.sub(lambda m: " " * len(m.group(0)), text)
    close = _BODY_CLOSE.search(masked, body.end())
    end = close.start() if close else len(text)
    last = max((m.end() for m in _FOOT_LABEL.finditer(masked, line, end)), default=line)
    stack: list[int] = []
    for m in _BLOCK_TAG.finditer(masked, body.end(), line):
        if not m.group(1):
            stack.append(m.start())
        elif any(_BLOCK_TAG.match(masked, at).group(2).lower() == (name := m.group(2).lower()) for at in stack):
            while _BLOCK_TAG.match(masked, stack.pop()).group(2).lower() != name:
                pass
    if (opens := _BLOCK_TAG.match(masked, line)) and not opens.group(1):
        stack.append(line)  # the identifier lines' own block (`<div class="m-foot">主办单位：…`)
    region = core = None
    for at in reversed(stack):  # innermost first
        stop = _close_of(masked, at)
        if stop is None or stop > end:
            break
        if stop < last:
            continue
        if core is None:  # the innermost block: its footer's own titles and link rows, never an article or its list
            before = masked[at:line]
            if _FRAME_FORM.search(before) or len(_link_text(_TAG.sub("", before))) > _FOOT_PREAMBLE or any(
                    len(_link_text(_TAG.sub("", m.group(2)))) >= _FRAME_ARTICLE for m in _A.finditer(before)):
                break
            region = core = (at, stop)
            continue
        other = masked[at:core[0]] + masked[core[1]:stop]  # what a wider block adds around it
        shown = _link_text(_TAG.sub("", other))
        unlinked = _link_text(_TAG.sub("", _A.sub("", other)))
        if _FRAME_NOT_FOOT.search(other) or len(shown) > _FRAME_OTHER_SHOWN or len(unlinked) > _FRAME_OTHER_TEXT \
                or len(_A.findall(other)) > _FRAME_OTHER_LINKS:
            break
        region = (at, stop)
    if region is None:
        return None
    inline = re.findall(r"<script\b(?![^>]*\bsrc=)[^>]*>(.*?)</script\s*>", text[region[0]:region[1]], re.I | re.S)
    return None if any(_FRAME_FILLS.search(s) for s in inline) else region


def _rooted(block: str, base: str) -> str:
    """`block` with each relative address resolved against `base` (the page's address or its `<base href>`), so it
    opens the same resource from another file."""
    def one(m: re.Match[str]) -> str:
        value = m.group(2) if m.group(2) is not None else m.group(3)
        if not value.strip() or _FRAME_KEEP.match(value.strip()):
            return m.group(0)
        quote = '"' if m.group(2) is not None else "'"
        return f"{m.group(1)}{quote}{urlsplit(urljoin(base, value.strip()))._replace(scheme='', netloc='').geturl()}{quote}"
    return _FRAME_LINK.sub(one, block)


def _frame_page(block: str, charset: str) -> str:
    """The page an iframe shows: the footer block alone, its links opening in the framing page (`<base target>`)."""
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<base target="_parent">\n</head>\n<body style="margin:0">\n{block}\n</body>\n</html>\n')


def _frame_script(block: str) -> str:
    """A script writing `block`, a line a call, as the HTML-to-JS converters Chinese templates use write it."""
    lines = (line.replace("\\", "\\\\").replace('"', '\\"') for line in block.replace("\r", "").split("\n"))
    return "".join(f'document.writeln("{line}");\n' for line in lines)


def frame_footers(site: SampleSite) -> SampleSite:
    """`site` with every page's footer block served once and pulled into each page (see the module docstring)."""
    form = _pick(replace(site, name=site.name + " frames"), _FRAME_FORMS)
    resources = dict(site.resources)
    files: dict[tuple[str, str], str] = {}  # (footer block, charset) -> its file's address
    for path, r in site.resources.items():
        encoding = _encoding(r) if r.is_html and r.status == 200 else None
        if encoding is None:
            continue
        text = r.body.decode(encoding)
        if (region := footer_region(text)) is None:
            continue
        base = m.group(1).replace(f"http://{SITE_HOST}", "") if (m := _BASE_HREF.search(text)) else path
        block = _rooted(text[region[0]:region[1]], urljoin(path, base))
        charset = "gbk" if encoding.lower() in ("gbk", "gb2312", "gb18030") else encoding
        if (block, charset) not in files:
            suffix = f"_{len(files) + 1}" if files else ""
            if form == "iframe":
                address = _FRAME_PAGE.format(suffix)
                resources[address] = Resource(_frame_page(block, charset).encode(encoding, "xmlcharrefreplace"),
                                              f"text/html; charset={charset}")
            else:
                address = _FRAME_SCRIPT.format(suffix)
                resources[address] = Resource(_frame_script(block).encode(encoding, "xmlcharrefreplace"),
                                              f"application/javascript; charset={charset}")
            files[block, charset] = address
        address = files[block, charset]
        pulled = (f'<iframe src="{address}" frameborder="0" scrolling="no" width="100%" height="200"'
                  ' marginheight="0" marginwidth="0"></iframe>' if form == "iframe"
                  else f'<script type="text/javascript" src="{address}"></script>')
        resources[path] = replace(r, body=(text[:region[0]] + pulled + text[region[1]:]).encode(encoding, "xmlcharrefreplace"))
    return replace(site, resources=resources)


MUTATIONS: dict[str, Callable[[SampleSite], SampleSite]] = {
    "classes": scramble_classes, "labels": relabel, "layout": relayout, "dates": redate, "names": rename,
    "metas": strip_page_tags, "pagers": repage, "footers": refoot, "charsets": recharset,
    "links": relink, "chrome": rechrome, "wrappers": rewrap, "sloppy": sloppify,
    "rows": rerow, "order": reorder, "copies": copy_blocks, "scripts": script_writes,
    "dates2": redate2, "tabs": tab_blocks, "sidebox": sidebox, "addresses": readdress, "frames": frame_footers}
