"""Article pages: the body, the title, and the publication date with its source."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate
from urllib.parse import urlsplit

import lxml.etree

from govaudit.cnnum import arabic_dates
from govaudit.model.extract.blocks import BLOCK_EDGES, OPEN, SEP
from govaudit.model.extract.dates import find_dates, url_date
from govaudit.model.extract.text import clean, is_placeholder, title_name
from govaudit.model.extract.walk import MIN_PROSE, PageIndex, Span
from govaudit.urls import resolve, resolved_kind

_MAX_LINK_SHARE = 0.35  # a list is mostly link text; an article is not
_MIN_REPEAT = 60  # characters of a block repeating another's before it is read as a copy
# Labels of the visible publication date, strongest first; a bare 时间/日期 must not be the
# tail of another date's label in a metadata block: the drafting date (成文日期, 生成日期, 印发日期),
# a validity date (施行日期, 生效日期, 失效日期, 废止日期), or an event's own time (开始时间, 结束时间,
# 截止日期, 会议/展会时间, 活动时间, 比赛时间, 考试时间, 报名时间: 首都之窗's 城市活动 pages show
# `开始时间：2024-05-08` and `展会时间：2024年5月8日` two months after their publication).
_OTHER_TAILS = "成生印办文行效止始束会动赛试名"  # the last character of such a label before 时间/日期
_VISIBLE_DATE = (
    # 发表于： Zoomla!逐浪CMS's stock article templates (`<span id="CreateTime">发表于：{ZL:FormatDate(…)}</span>`)
    re.compile(r"(?:发布时间|发布日期|发文日期|发文时间|发表时间|发稿时间|发表于)\s*[：:]\s*"),
    re.compile(rf"(?<![{_OTHER_TAILS}])(?:时间|日期)\s*[：:]\s*"),
)
# WordPress's zh_CN "Posted on" (Twenty Seventeen's `<span class="screen-reader-text">发布于</span> <a rel="bookmark"><time
# class="entry-date published">2026年11月18日</time><time class="updated">…`, before the title): a label without a
# colon, so only a date right after it, and only when no labelled date or date after the title dates the page.
_POSTED_ON = re.compile(r"发布于\s*[：:]?\s*(?=\d)")
# A date standing alone right above the title (Z-BlogPHP's stock article template, zblogcn/zblogphp
# zb_users/theme/default/template/post-single.php: `<h4 class="post-date">2026年11月18日</h4><h2 class="post-title">…`):
# the page's own date, read only when no labelled date or date after the title dates the page. The page's text
# parts its elements with blanks; a date inside a sentence has none around it.
_DATE_BEFORE = re.compile(r"(?:^|\s)(\S{6,12})\s+$")
_BEFORE_TITLE = 24  # characters before the title such a date may take
# The same dates' labels right before a date after the title (`区域：大兴区 开始时间：2024-05-08`): that
# date is the label's, not the page's.
_OTHER_DATE = re.compile(rf"[{_OTHER_TAILS}](?:时间|日期)\s*[：:]\s*[\[【（(〔]?\s*$")
_META_DATES = ("pubdate", "firstpublishedtime", "publishdate", "article:published_time")
_BOUNDARY_CHARS = OPEN + SEP
_SHOWN = re.compile(f"[^{_BOUNDARY_CHARS} \n\t\r\xa0]")  # a character other than boundaries and blanks
_SHOWN_TITLE = 10  # characters of a <title> long enough to name one page, not a column
# What an info line after a title opens with: a date, a whole date in brackets (上海's `<h2>标题<small>( 2024-05-11)</small>`,
# the date in a CMS's own brackets inside them: `( [2024-05-11 10:08])`;
# a bracket before a year alone may open the title's own note, （2024年修订）), or a label of the line (来源：, 发布时间：, 作者：).
_INFO_LINE = re.compile(r"\s*(?:\d{4}\s*[-年/.]\s*\d{1,2}|(?:[(（\[【]\s*){1,2}\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}"
                        r"|(?:来源|信息来源|发布时间|发布日期|发表于|时间|日期|作者|浏览次数|点击数)\s*[：:])")
_AFTER_TITLE = 60  # an unlabelled header date sits right after the title
_INFO_REACH = 120  # characters after the date under the title an info line's labelled date may still be
# A labelled date written in Chinese numerals right after its label (`发文日期：二〇二三年四月十八日`, as a 公文's 落款 is).
_SPELLED_DATE = re.compile(r"\s*[〇零一二三四五六七八九]{4}\s*年\s*[〇零一二三四五六七八九十]{1,3}\s*月\s*[〇零一二三四五六七八九十]{1,3}\s*日")
_LABEL_BEFORE_LINK = 8  # characters of a label right before a link (相关文件：, 上一篇：)


@dataclass(frozen=True)
class Article:
    span: Span
    length: int  # characters of text, whitespace collapsed
    link_share: float


@dataclass(frozen=True)
class PubDate:
    value: str | None
    source: str | None  # visible | metadata | meta | url
    text: str | None  # the text the date was read from
    meta: str | None  # meta PubDate as a date, whatever was chosen
    url: str | None  # the URL's date, whatever was chosen


def _in_link(span: Span) -> bool:
    el = span.el
    return el.tag == "a" or next(el.iterancestors("a"), None) is not None


def find_article(index: PageIndex) -> Article | None:
    """The page's body: among content areas (htmlvocab.CONTENT_AREA: class/id content, article,
    TRS_Editor, text …) the innermost one that holds at least half of the largest one's text (its span and
    its characters other than blanks, of the areas that size).
    A link's text (<a><span class="text">…</span></a> in a list row) is no body, nor the footer its
    labels tell (footer.footer_start; PageAdmin's `bottom_content`). None without one."""
    bodies = [b for b in index.bodies if not _in_link(b)]
    if bodies and (foot := index.footer_at) is not None:
        bodies = [b for b in bodies if _SHOWN.search(index.text, b.start, foot)]  # some text before the footer
    # A content area showing again, word for word, what the page showed before it (a 长者模式 copy of the info line
    # and body before the footer, 四川's `zzzqcontentwrap2022` > `articlezzzqcontent`) is no body: the first showing
    # is, named or not. Weighed with it, the copy — the title and trail left out — was taken for a short article's
    # body, too short for prose: the article read as a hub.
    bodies = [b for b in bodies if not _shown_before(index, b)]
    if not bodies:
        return None
    if len(bodies) == 1:
        body = bodies[0]
    else:
        # Half of the text, blanks aside too: measured by span alone, an area holding a side menu's indented
        # markup and a few words (北京西城's Core3 portal names every module `coreContent`: the 社会服务 menu
        # beside a short article) outweighed half of the article and, being smaller, was taken for its body.
        def shown(b: Span) -> int:
            return len("".join(index.text[b.start : b.end].split()))  # the boundary marks are blanks too
        largest = max(b.end - b.start for b in bodies)
        sized = [b for b in bodies if (b.end - b.start) * 2 >= largest]
        most = max(map(shown, sized))
        body = min((b for b in sized if shown(b) * 2 >= most), key=lambda b: b.end - b.start)
    length = len(index.text_of(body))
    linked = sum(len(index.text_of(ls.span)) for ls in index.links
                 if body.start <= ls.span.start < body.end and ls.link.tag == "a")
    return Article(body, length, linked / length if length else 1.0)


def _shown_before(index: PageIndex, span: Span) -> bool:
    """True when the span's text (blanks aside, at least _MIN_REPEAT characters) stands word for word earlier on the page."""
    shown = "".join(index.text[span.start : span.end].split())
    return len(shown) >= _MIN_REPEAT and shown in "".join(index.text[: span.start].split())


def _labelled(index: PageIndex) -> list[bool]:
    """For each link of the page: whether a short label ending in a colon stands right before it in
    its line (上一篇：<a>, 相关文件：<a>, 原文链接：<a>): a field of an article, not navigation."""
    out, last = [], 0
    for ls in index.links:
        before = index.text[max(last, ls.span.start - _LABEL_BEFORE_LINK) : ls.span.start]
        before = BLOCK_EDGES.split(before)[-1].strip()
        out.append(bool(before) and before[-1] in "：:" and len(before) <= _LABEL_BEFORE_LINK)
        last = ls.span.end
    return out


def _repeats(index: PageIndex) -> list[tuple[int, int]]:
    """The spans of blocks that repeat an earlier block's text word for word (a print copy of the
    article before the footer: `<!--startprint--><div id="printArea">` holding its body again): a
    copy adds no text, or the page-wide cell holding both copies outweighs each and is read as the body."""
    seen: dict[str, int] = {}  # a block's text -> where the first block showing it ends
    out = []
    for _, start, end in index.boxes:
        shown = "".join(index.text[start:end].split())
        if len(shown) < _MIN_REPEAT:
            continue
        first = seen.setdefault(shown, end)
        if first <= start:
            out.append((start, end))
    return out


_Block = tuple[int, int, int, int, lxml.etree._Element]  # (own text, link text, size, start, block)


def _blocks(index: PageIndex, fields: bool) -> list[_Block]:
    """The shown div/td/section/article blocks before the footer, each with the visible characters of
    its text outside links and inside them (see unnamed_article)."""
    text = index.text
    for start, end in [*index.widget_spans, *_repeats(index), *index.field_boxes]:
        text = text[:start] + " " * (end - start) + text[end:]
    foot = len(text) if index.footer_at is None else index.footer_at
    boxes = [(el, start, end) for el, start, end in index.boxes if start < foot]
    if not boxes:
        return []
    # blanks before each offset, counted in C (the boundary marks are blanks to str.isspace too): the
    # visible characters of [a, b) are (b - a) - (blank[b] - blank[a])
    blank = [0, *accumulate(map(str.isspace, text))]
    starts = [ls.span.start for ls in index.links]
    kept = _labelled(index) if fields else [False] * len(index.links)
    linked = [0, *accumulate(0 if field else ls.span.end - ls.span.start - blank[ls.span.end] + blank[ls.span.start]
                             for ls, field in zip(index.links, kept))]
    out: list[_Block] = []
    for el, start, end in boxes:
        cut = min(end, foot)
        inside = linked[bisect_left(starts, cut)] - linked[bisect_left(starts, start)]
        out.append((cut - start - blank[cut] + blank[start] - inside, inside, end - start, start, el))
    return out


def _article_of(index: PageIndex, block: _Block) -> Article:
    own, inside, size, start, el = block
    span = Span(el, start, False, -1, False)
    span.end = start + size
    return Article(span, len(index.text_of(span)), inside / (own + inside) if own + inside else 1.0)


def unnamed_article(index: PageIndex, min_text: int = MIN_PROSE, fields: bool = False) -> Article | None:
    """The body of a page whose markup names none (a CMS whose class/id words the model does not
    know): of the shown div/td/section/article blocks outside chrome, the innermost that holds at
    least half of the most text outside links any of them holds. The footer its labels tell
    (footer.footer_start: 主办, ICP备, 网站标识码 …) is no body and its text counts for none: a short
    article's (a 图解's two lines) is less than the footer's. With `fields`, a link a label introduces
    (上一篇：, 相关文件：, see _labelled) counts as text, not as a link: a short article's related
    document and neighbours outweigh its caption, never a menu's. None when no block holds `min_text`
    characters of such text (by default an article's worth). A side widget's rows (热门文章 beside a
    short article: the site's newest titles and dates) and a metadata block (PageIndex.field_boxes)
    are no block's text."""
    blocks = _blocks(index, fields)
    if not blocks or (most := max(b[0] for b in blocks)) < min_text:
        return None
    return _article_of(index, min((b for b in blocks if b[0] * 2 >= most), key=lambda b: (b[2], b[3])))


def unlinked_block(index: PageIndex, min_text: int, max_link_share: float) -> Article | None:
    """Of the blocks that hold no menu (no block inside them, nor they, has `max_link_share` or more
    of its text in links; a link a label introduces counts as text), the one holding the most text
    outside links, at least `min_text` characters; the innermost of equals. For a short article whose
    unnamed_article is a page-wide block of menus: a top bar's date and weather, a side menu's heading
    and a phone copy of the title outweigh a 图解's caption, so no block but the page-wide one holds
    half the most text."""
    blocks = _blocks(index, True)
    menus = sorted(b[3] for b in blocks if b[1] and b[1] >= max_link_share * (b[0] + b[1]))  # where linky blocks start
    free = [b for b in blocks if b[0] >= min_text and not _holds(menus, b[3], b[3] + b[2])]
    if not free:
        return None
    return _article_of(index, min(free, key=lambda b: (-b[0], b[2], b[3])))


def _holds(starts: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted block `starts` lies in [start, end): a block there sits inside that
    span (blocks nest), or is the block spanning it."""
    at = bisect_left(starts, start)
    return at < len(starts) and starts[at] < end


def is_prose(article: Article | None) -> bool:
    """True when the body is an article (enough text, little of it link text), not a list."""
    return article is not None and article.length >= MIN_PROSE and article.link_share < _MAX_LINK_SHARE


_SUMMARY_ROWS = 3  # rows of one shape, each linking a page of its own
_SUMMARY_SHARE = 0.8  # ... holding most of the block's text: a list of summaries, no prose


def summary_list(article: Article | None, url: str) -> bool:
    """True when the body's block is mostly a list of summaries: three or more sibling rows of one shape (tag and
    class), each linking one page of its own — thumbnail, title, 详细 — beside an excerpt of it, holding most of the
    block's text. YzmCMS's stock picture list (yzmcms/yzmcms list_article_img.html: `<div class="img_text_list"><a>
    <img></a><span>[栏目]</span><strong><a>title</a></strong><p>description<a>[详细]</a></p></div>`, no date) reads as
    prose by its excerpts' sentences; it is a column's undated list, not an article (nor is its search page, whose rows
    link their tags' result pages — the page itself — too). An article's paragraphs link no page each (a row without a
    link, or linking two other pages or only files, ends the test)."""
    if article is None:
        return False
    for parent in article.span.el.iter():
        kids = [k for k in parent if isinstance(k.tag, str)]
        if len(kids) < _SUMMARY_ROWS:
            continue
        shape, count = Counter((k.tag, k.get("class") or "") for k in kids).most_common(1)[0]
        if count < _SUMMARY_ROWS:
            continue
        rows = [k for k in kids if (k.tag, k.get("class") or "") == shape]
        targets = []
        for row in rows:
            pages = {r for a in row.iter("a") if (r := resolve(a.get("href") or "", url)) and resolved_kind(r) == "page"} - {url}
            if len(pages) != 1:
                break
            targets.append(pages.pop())
        else:
            shown = sum(len("".join("".join(row.itertext()).split())) for row in rows)
            if len(set(targets)) == len(rows) and shown >= _SUMMARY_SHARE * article.length:
                return True
    return False


def _home_logo(index: PageIndex, span: Span, text: str) -> bool:
    """True when a heading is wholly one link to the site's root: a header's logo (湖北省公共资源交易中心's
    `<h1><a href="http://jycg.hubei.gov.cn/" class="nt">湖北省人民政府</a></h1>`), not the page's title."""
    for ls in index.links:
        if ls.span.start >= span.end:
            return False
        if ls.span.start >= span.start and ls.link.tag == "a":
            return urlsplit(ls.link.url).path in ("", "/") and index.text_of(ls.span) == text
    return False


def _title_cells(index: PageIndex) -> list[str]:
    cells = []
    for span in index.headings:
        text = index.text_of(span)
        if len(text) >= 4 and not is_placeholder(text) and not _home_logo(index, span, text):
            cells.append(text)
    return cells


def title_of(index: PageIndex, metas: dict[str, str], metadata: dict[str, str], head_title: str, *, is_home: bool = False) -> str:
    """ArticleTitle meta, the metadata block's 标题, an h1/h2 outside the chrome (the one the
    <title> names, if several), else the <title> before its `_站点名` suffix (or the longer page
    heading that contains it).
    On the homepage the whole <title> (the site's name) wins: an h1/h2 there is the
    headline of a news block, not the page's title. Placeholders are skipped throughout
    (meta_tags and page_title already drop theirs)."""
    if is_home and head_title:
        return head_title
    if metas.get("articletitle"):
        return metas["articletitle"]
    if metadata.get("标题"):
        return metadata["标题"]
    if is_home:
        return metas.get("sitename", "")
    headings = _title_cells(index)
    short = title_name(head_title) or head_title
    if headings and short:
        # A side menu's or footer's heading (信息公开目录, 友情链接) that the markup does not call
        # chrome can come first: the heading the <title> names is the page's, and a long <title>
        # shown on the page as a block of its own beats headings it does not name.
        # compared folded as the <title> is (its （1） reads (1))
        named = next((h for h in headings if clean(h) == short), None)
        if named is not None:
            return named
        # A title heading that also holds the article's info line (`<h1>标题<br /><span>2026年11月07日 09:04:39
        # 来源：…</span></h1>`): the <title>'s name is the heading's title, the date after it the page's — before a
        # heading merely near the <title>'s length, which a short info line (`( 2024-05-11)`) leaves it.
        if len(short) >= _SHOWN_TITLE and any((c := clean(h)).startswith(short) and _INFO_LINE.match(c, len(short))
                                              for h in headings):
            return short
        named = next(
            (h for h in headings if (short in (c := clean(h)) or c in short) and min(len(c), len(short)) * 5 >= max(len(c), len(short)) * 3),
            None)
        if named is not None:
            return named
        if len(short) >= _SHOWN_TITLE and short in index.text and any(
                " ".join(block.split()) == short for block in BLOCK_EDGES.split(index.text)):
            return short
    if headings:
        return headings[0]
    # A class a page repeats on several title-named cells (`<li><div class="title"><a>…` rows) names a
    # list's title column, not the page's title.
    shapes = Counter((span.el.tag, span.el.get("class"), span.el.get("id")) for span in index.titles)
    for span in index.titles:
        if shapes[span.el.tag, span.el.get("class"), span.el.get("id")] > 1:
            continue
        cell = clean(next((c for c in BLOCK_EDGES.split(index.text[span.start : span.end]) if c.strip()), ""))
        if short in cell and len(cell) <= 80 and not is_placeholder(cell):
            return cell
    return short


def _window(flat: str, start: int, size: int) -> str:
    """`size` characters of `flat` from `start`, running on to the end of a number the cut would split:
    a date cut at the window's end (`2026-01-2|0`) would read as another day."""
    end = start + size
    while end < len(flat) and flat[end].isdigit() and flat[end - 1].isdigit():
        end += 1
    return flat[start:end]


def _label_date(flat: str, label: re.Pattern[str], before: tuple[str, int] | None = None) -> tuple[str, str] | None:
    """The first date `label` labels in `flat`; with `before` (a text and a place in it: `flat` itself or its NFKC
    form), only a label that ends before that place."""
    for m in label.finditer(flat):
        if before and (m.end() if before[0] is flat else len(unicodedata.normalize("NFKC", flat[: m.end()]))) > before[1]:
            break
        window = _window(flat, m.end(), 24)
        if dates := find_dates(window):
            # The text as shown, label to date: what stands between them (`发布时间：[2026-10-01]`) is kept, so the
            # text is found on the page again (a date the page shows only in a box beside its body is the box's).
            return dates[0][0].isoformat(), flat[m.start() : m.end() + window.find(dates[0][1]) + len(dates[0][1])]
        if (spelled := _SPELLED_DATE.match(flat, m.end())) and (dates := find_dates(arabic_dates(spelled.group()))):
            return dates[0][0].isoformat(), flat[m.start() : spelled.end()]
    return None


def _after_title(flat: str, title: str) -> tuple[str, str, str, int] | None:
    """The date shown right after the page's title: its value, its text, the text searched (`flat` or its NFKC form)
    and where the date is in it."""
    if len(title) < 6:
        return None
    at = flat.find(title)
    if at < 0 and not unicodedata.is_normalized("NFKC", flat):
        # The title is NFKC-normalised (clean: full-width （专业） becomes (专业)); the page text
        # keeps the site's characters, so it is searched normalised alike.
        flat = unicodedata.normalize("NFKC", flat)
        at = flat.find(title)
    for _ in range(5):
        if at < 0:
            break
        window = _window(flat, at + len(title), _AFTER_TITLE)
        dates = find_dates(window)
        if dates and not _OTHER_DATE.search(window, 0, window.find(dates[0][1])):
            return dates[0][0].isoformat(), dates[0][1], flat, at + len(title) + window.find(dates[0][1])
        at = flat.find(title, at + 1)
    return None


def _visible(flat: str, title: str) -> tuple[str, str] | None:
    strong, bare = _VISIBLE_DATE
    if found := _label_date(flat, strong):
        return found
    after = _after_title(flat, title)
    if after:
        # A bare 时间/日期 label well below the date shown under the title is another date of the text, not the page's
        # (中国政府采购网's 成交公告: 2021年06月10日 under the title, then `本项目招标公告日期：2021年05月26日` in the notice);
        # one within an info line's reach still dates it (a speech's subtitle date, then `日期：` of its publication).
        return _label_date(flat, bare, (after[2], after[3] + _INFO_REACH)) or (after[0], after[1])
    if found := _label_date(flat, bare):
        return found
    for m in _POSTED_ON.finditer(flat):
        dates = find_dates(_window(flat, m.end(), 24))
        if dates and _window(flat, m.end(), 24).startswith(dates[0][1]):
            return dates[0][0].isoformat(), flat[m.start() : m.end()] + dates[0][1]
    return None


def _before_title(flat: str, title: str) -> tuple[str, str] | None:
    """A date standing alone (blanks around it) right before the page's title."""
    if len(title) < 6:
        return None
    at = flat.find(title)
    if at < 0 and not unicodedata.is_normalized("NFKC", flat):  # the title is NFKC-normalised (as in _after_title)
        flat = unicodedata.normalize("NFKC", flat)
        at = flat.find(title)
    for _ in range(5):
        if at < 0:
            break
        start = max(0, at - _BEFORE_TITLE)
        m = _DATE_BEFORE.search(flat, start, at)
        if m and (m.start(1) > start or start == 0):  # the date starts inside the window, not cut by it
            dates = find_dates(m.group(1))
            if dates and dates[0][1] == m.group(1):
                return dates[0][0].isoformat(), m.group(1)
        at = flat.find(title, at + 1)
    return None


def pub_date(flat: str, metas: dict[str, str], metadata: dict[str, str], url: str, title: str,
             row_dates: frozenset[str] = frozenset()) -> PubDate:
    """Publication date: visible 发布时间 (or a date right after the title, or one standing alone right above it) >
    metadata 发布日期 > meta PubDate > URL date. `row_dates`: dates shown by the rows of a list beside the body, which a
    date above the title is not (the box's last row's, standing there)."""
    meta = next((d[0][0].isoformat() for name in _META_DATES if (d := find_dates(metas.get(name, "")))), None)
    meta_text = next((metas[name] for name in _META_DATES if metas.get(name)), None)
    from_url = url_date(url)
    url_value = from_url.isoformat() if from_url else None
    visible = _visible(flat, clean(title))
    if not visible and (above := _before_title(flat, clean(title))) and above[1] not in row_dates:
        visible = above  # the last the page shows: a date block above the title, never a side box's last row there
    if visible:
        return PubDate(visible[0], "visible", visible[1], meta, url_value)
    if metadata.get("发布日期", "").count("-") == 2:
        return PubDate(metadata["发布日期"], "metadata", metadata["发布日期"], meta, url_value)
    if meta:
        return PubDate(meta, "meta", meta_text, meta, url_value)
    if url_value:
        return PubDate(url_value, "url", url, meta, url_value)
    return PubDate(None, None, None, meta, url_value)
