"""Block boundaries in a page's walked text (PageIndex.text): OPEN where a block element
starts, SEP where one ends (<br> is a SEP alone). An empty cell is OPEN, SEP; both are
whitespace to str.split(). Kept apart from walk.py so readers of walked text (report tables,
attachment text) do not import lxml: `govaudit check` never parses a page."""

import re

OPEN, SEP = "\x1e", "\x1f"
BLOCK_EDGES = re.compile(f"[{OPEN}{SEP}]+")  # a run of block boundaries: split on it, the blocks' texts
