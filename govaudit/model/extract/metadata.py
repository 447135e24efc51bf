"""The disclosure metadata block (索引号, 发文字号, 有效性 …) in its table, list and div forms.

Read from the page text with block boundaries (walk.OPEN/SEP): a label starts a cell and
its value is the rest of that cell or the next cell (which may be empty). This covers `<th>索引号</th><td>…</td>`,
`<li>索 引 号：<font>…</font></li>`, `<dt>…</dt><dd>…</dd>` and `<span>发文字号：…</span>`
alike, without walking the tree again. Hidden blocks are not in that text. A table laid out in
columns (a row of labels over a row of values) is read from the tree (column_metadata).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.etree

from govaudit.cnnum import arabic_dates
from govaudit.htmlvocab import NO_WENHAO_TEXTS, VALIDITY_ANSWERS
from govaudit.model.extract.dates import first_date
from govaudit.model.extract.text import clean, is_placeholder
from govaudit.model.extract.wenhao import normalize_wenhao

# Canonical field -> labels seen on real sites (domain.md §5).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "索引号": ("索引号", "信息索引号", "信息索引", "索取号"),  # 信息索引: 教育部 moe-policy-table
    "标题": ("标题", "名称", "信息名称", "文件名称", "公文名称"),
    "发文机关": ("发文机关", "发文机构", "发布机构", "发文单位", "发布机关", "办文部门"),
    "发文字号": ("发文字号", "文号", "发布文号", "文件编号"),
    # 签发日期: GB/T 9704 dates a document on the day its head signs it (中网 Cicro's 政务公开 form labels
    # its generate_dtime 签发日期, its pages 生成日期).
    "成文日期": ("成文日期", "生成日期", "签发日期"),
    "发布日期": ("发布日期", "发文日期", "上载日期"),
    # 信息分类: 龙讯 Lonsun's 信息公开 table (`<th>信息分类：</th><td class="pmingcheng">专项工作</td>`, 合肥蜀山区).
    "主题分类": ("主题分类", "分类", "组配分类", "公开目录", "信息分类"),
    "主题词": ("主题词", "关键词"),
    "有效性": ("有效性", "信息有效性", "时效性", "时效", "效力状态", "时效状态"),  # 信息有效性: Cicro's gk_validity
    "公开方式": ("公开方式",),
}
_LABEL_TO_FIELD = {label: field for field, labels in FIELD_ALIASES.items() for label in labels}
# Labels of a table laid out in columns only (column_metadata): 上海's 信息公开 table heads its 发布日期 发布时间 (索取号 |
# 发布时间 | 发布机构 | 文件编号, wsjkw.sh.gov.cn). Inline, `发布时间：` labels a list row's date as often (a related box's
# `<li><a>…</a><p>发布时间：2023-07-12</p></li>`), which would date the record by its 解读.
_COLUMN_LABELS = {**_LABEL_TO_FIELD, "发布时间": "发布日期"}
_DATE_FIELDS = ("成文日期", "发布日期")
_SPACED = "|".join(r"\s*".join(label) for label in sorted(_LABEL_TO_FIELD, key=len, reverse=True))
_WS = r"[ \t\r\n\u3000\xa0]*"
# A label at the start of a cell, with its colon or alone in the cell; or, inside a cell,
# a label with its colon (kept when it does not continue a Chinese word, see _inline_ok). At a cell's start
# the label may stand in brackets, the closing one for its colon: `<td>[ 索引号 ]</td>` (the national policy
# library's `[ 发文字号 ]`, a Java parser of www.gov.cn policy pages, id 5482985016), `【发文字号】 …` (law-library
# pages, ids 28624171312, 21454613114).
_FIRST = "[" + "".join(sorted({label[0] for label in _LABEL_TO_FIELD})) + "]"  # fails most positions fast
_OPEN_BRACKET = "[【"
_LABEL = re.compile(
    rf"(?:^|[\x1e\x1f])[\s\u3000]*(?:[{re.escape(_OPEN_BRACKET)}][\s\u3000]*)?({_SPACED}){_WS}(?:([：:\]】])|(?=[\x1e\x1f]))"
    rf"|(?={_FIRST})({_SPACED}){_WS}([：:])"
)
# Any label anywhere: every alternative starts with a literal, so `re` skips ahead by
# first character instead of trying _LABEL's boundary branch at every position.
_ANY_LABEL = re.compile(_SPACED)
_CJK = re.compile(r"[\u4e00-\u9fa5]")
_NUMERAL = re.compile(r"[0-9０-９〇零一二三四五六七八九十]")  # a 文号 holds a number (its year, its sequence)
_BOUNDARY = re.compile(r"[\x1e\x1f]")
_SKIP_CLOSE = re.compile(r"[\x1f \t\r\n\u3000\xa0]*")
_SKIP_OPEN = re.compile(r"[\x1e \t\r\n\u3000\xa0]*")
_NEXT_LABEL = re.compile(rf"(?={_FIRST})(?:{_SPACED}){_WS}[：:]")
# Signals that the block is a metadata block rather than a stray "标题：" in prose.
# A cell opening with a label of its own, one no metadata field has (`文件下载：`, `附件：`): the next item of the
# list, not the value of an empty field before it (远略 ylcms's `ul.info`: `<li><span>发文字号：</span></li><li
# id="wjxz"><span>文件下载：</span><span id="pdfattachments"><a>….pdf</a></span>…`, 漳州住建局's crawler).
_OTHER_LABEL = re.compile(r"[\s\u3000]*[\u4e00-\u9fa5]{2,6}[\s\u3000]*[：:]")
_CORE_FIELDS = {"索引号", "发文字号", "有效性", "发文机关", "成文日期"}
# A literal every core label holds (索 also covers a spaced 索 引 号): a page without any of them
# has no metadata block. 文号 alone missed a block of 发文字号 and 成文日期 without a 索引号
# (天津 JD_table_key02: 报送单位, 主题分类, 发文字号, 成文日期, 标题).
_CORE_WORDS = ("索", "文号", "字号", "有效", "时效", "效力", "发文", "发布机", "办文", "成文", "生成日期")
_CELL_LIMIT = 300


# Two label-only cells side by side: the head of a table laid out in columns (see column_metadata).
_LABEL_PAIR = re.compile(rf"\x1e[\s\u3000]*(?:{_SPACED})[\s\u3000]*\x1f[\x1e\x1f\s\u3000]*?(?:{_SPACED})[\s\u3000]*\x1f")
# A table's own rows (wherever they sit in it), not a nested table's: one XPath, not a Python walk.
_TABLE_ROWS = lxml.etree.XPath(".//tr[count(ancestor::table) = $depth]")


def normalize_value(field: str, value: str) -> str:
    """Normalised value: dates as YYYY-MM-DD, 文号 as 某府规〔2026〕3号, a yes/no 有效性 as the mark it states
    (是 → 有效), whitespace collapsed; "" for a template placeholder (${wenhao}, 请输入…), which is an unfilled field."""
    value = clean(value)
    if is_placeholder(value):
        return ""
    if field in _DATE_FIELDS:
        parsed = first_date(value) or first_date(arabic_dates(value))  # 二〇二六年十一月二十日 too
        return parsed.isoformat() if parsed else value
    if field == "发文字号":
        # A cell showing no number at all is no 文号: 龙讯 Lonsun's script writes 号 into the empty cell
        # (`if(fileNum.indexOf("号") == -1){document.write('号');}`), so a rendered page shows 文号：号.
        return "" if value in NO_WENHAO_TEXTS or not _NUMERAL.search(value) else normalize_wenhao(value)
    if field == "有效性":
        return VALIDITY_ANSWERS.get(value, value)
    return value


def _field(label: str) -> str:
    return _LABEL_TO_FIELD[re.sub(r"\s", "", label)]


def _inline_ok(text: str, at: int, inline_starts: frozenset[int]) -> bool:
    """A label inside a cell counts when it does not continue a Chinese word (`…00012发文
    字号：`) or when an inline element (a span in a row of spans) starts with it."""
    k = at
    while k > 0 and text[k - 1] in " \t\r\n\u3000\xa0":
        k -= 1
    return k < at or k == 0 or not _CJK.match(text[k - 1]) or k in inline_starts


def _cell_at(text: str, pos: int) -> tuple[int, int]:
    """Where the text from `pos` to the next boundary ends (start, end)."""
    m = _BOUNDARY.search(text, pos)
    return pos, min(m.start() if m else len(text), pos + _CELL_LIMIT)


def _cells_after(text: str, pos: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The rest of the cell at `pos`, and the next cell: after the closing boundaries,
    inside the next opening ones. `<td></td>` gives an empty next cell."""
    rest = _cell_at(text, pos)
    j = _SKIP_CLOSE.match(text, rest[1]).end()
    j = _SKIP_OPEN.match(text, j).end()
    return rest, _cell_at(text, j)


def _empty_slot(rest: tuple[int, int], inline_starts: frozenset[int]) -> bool:
    """True when an (empty) inline element opens in the rest of the label's cell: the template's slot
    for the value, unfilled (`<span>文  号：<span class="…-content"></span></span>`, nfra.gov.cn), so
    the next block's text (the document's red header) is no value of it."""
    return any(at in inline_starts for at in range(rest[0], rest[1] + 1))


def _is_label(cell: str) -> bool:
    return bool(_LABEL.match(f"\x1f{cell}\x1f"))


def _value(text: str, cell: tuple[int, int], inline_starts: frozenset[int]) -> str:
    """The cell's text up to the next label in it."""
    start, end = cell
    for m in _NEXT_LABEL.finditer(text, start, end):
        if _inline_ok(text, m.start(), inline_starts):
            return text[start : m.start()]
    return text[start:end]


def _label_matches(text: str) -> Iterator[re.Match[str]]:
    """_LABEL.finditer(text), ~30x faster. A match holds a label after nothing but blanks,
    so it can only start at the label itself, at a boundary in the run of blanks before it,
    or at the text's start; _LABEL is tried only there, leftmost first."""
    pos = 0
    while (hit := _ANY_LABEL.search(text, pos)) is not None:
        at = hit.start()
        before = text[pos:at].rstrip()  # rstrip() strips what `re`'s \s matches
        if before and before[-1] in _OPEN_BRACKET:  # a bracketed label: its cell starts before the bracket
            before = before[:-1].rstrip()
        blanks = pos + len(before)
        starts = [0] if blanks == 0 else []
        starts += [b.start() for b in _BOUNDARY.finditer(text, blanks, at)]
        for start in [*starts, at]:
            if (m := _LABEL.match(text, start)) is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = at + 1


def is_metadata(fields: set[str] | dict[str, str]) -> bool:
    """Whether fields read together make a metadata block: at least two core fields (索引号, 发文字号,
    有效性, 发文机关, 成文日期), not a stray 标题： or 日期： in prose."""
    return len(_CORE_FIELDS & set(fields)) >= 2


def label_fields(text: str, inline_starts: frozenset[int] = frozenset()) -> list[tuple[int, str]]:
    """(offset, canonical field) of every metadata label in `text` (PageIndex.text) that
    extract_metadata would read, in text order; [] on a page without a core label word."""
    if not any(word in text for word in _CORE_WORDS):
        return []
    out = []
    for m in _label_matches(text):
        if m.group(3) and not _inline_ok(text, m.start(3), inline_starts):
            continue
        out.append((m.start(), _field(m.group(1) or m.group(3))))
    return out


def extract_metadata(text: str, inline_starts: frozenset[int] = frozenset(),
                     linked: tuple[tuple[int, int], ...] = (), headings: tuple[tuple[int, int], ...] = ()) -> dict[str, str]:
    """Canonical field -> normalised value for every labelled field found (first wins).

    `text` is PageIndex.text, `inline_starts` PageIndex.inline_starts, `linked` the (start, end) of the
    links to other pages: a label inside one is a field of the page it links, as a list row shows it
    (重庆 集约化's 政策文件库 rows `<a><p class="tit">…</p><p class="info">(发文字号：… 成文日期 ：…)</p></a>`),
    never this page's. `headings` are the (start, end) of the page's headings (h1/h2): a heading is no
    field's value, so an empty last cell before the title (`<div><strong>有 效 性：</strong></div></div><h1>…`,
    湖北 集约化) reads empty. A field whose label
    is present with an empty value maps to "" — evaluators treat an empty 文号 cell like a
    missing one, but the difference is kept for evidence. A value that reads as a sentence
    (the guide's "索引号：政府公开信息的唯一识别代码…。") is prose, not a field. Returns {}
    unless at least two core fields (索引号, 发文字号, 有效性, 发文机关, 成文日期) are present.
    """
    if not any(word in text for word in _CORE_WORDS):
        return {}
    found: dict[str, str] = {}
    previous_label_end = -2
    for m in _label_matches(text):
        if m.group(3) and not _inline_ok(text, m.start(3), inline_starts):
            continue
        if linked and any(start <= m.end() <= end for start, end in linked):
            continue
        field = _field(m.group(1) or m.group(3))
        rest, nxt = _cells_after(text, m.end())
        if m.group(2) or m.group(4):  # "标签：value" or "标签：" + value in the next cell
            if text[rest[0] : rest[1]].strip():
                value = _value(text, rest, inline_starts)
            elif _is_label(text[nxt[0] : nxt[1]]) or _OTHER_LABEL.match(text, *nxt) or _empty_slot(rest, inline_starts) \
                    or any(start <= nxt[0] < end for start, end in headings):
                value = ""
            else:
                value = _value(text, nxt, inline_starts)
        else:  # a label alone in its cell: a header row when a neighbour is a label too
            header = previous_label_end == m.start() or _is_label(text[nxt[0] : nxt[1]])
            previous_label_end = m.end()
            if header:
                continue
            value = _value(text, nxt, inline_starts)
        previous_label_end = -2
        if field not in found and "。" not in value:
            found[field] = normalize_value(field, value)
    return found if is_metadata(found) else {}


def column_metadata(tree: lxml.etree._Element, text: str) -> dict[str, str]:
    """The metadata of a table laid out in columns: a row of labels over one row of values, the
    table's last two rows (上海市卫生健康委员会's 信息公开目录: 索取号 | 发布时间 | 发布机构 | 文件编号 | 备注
    over the document's own values). extract_metadata skips such a head, as a list's table has one
    too; a list's head stands over many rows, or over rows that link their documents: {} then.
    `text` is PageIndex.text (a quick test that two label cells stand side by side); at least two
    core fields, as for extract_metadata."""
    paired: bool | None = None  # whether two label cells stand side by side: asked once a table qualifies
    for table in tree.iter("table"):
        rows = _TABLE_ROWS(table, depth=sum(1 for _ in table.iterancestors("table")) + 1)
        if not 2 <= len(rows) <= 3:
            continue
        head, values = ([c for c in row if c.tag in ("td", "th")] for row in rows[-2:])
        if len(head) != len(values) or rows[-1].find(".//a[@href]") is not None:
            continue
        fields = [_COLUMN_LABELS.get(re.sub(r"[\s\u3000：:]", "", "".join(c.itertext()))) for c in head]
        if not is_metadata({field for field in fields if field}):
            continue
        if paired is None:
            paired = _LABEL_PAIR.search(text) is not None
        if not paired:
            return {}
        found: dict[str, str] = {}
        for field, cell in zip(fields, values):
            if field and field not in found:
                found[field] = normalize_value(field, "".join(cell.itertext()))
        return found
    return {}
