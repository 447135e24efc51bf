"""Text that XML 1.0 can hold: crawled strings may carry control characters no XML parser accepts,
and bidirectional or zero-width characters that make them read as something else."""

from __future__ import annotations

import re

from govaudit.report.escape import reveal_invisible

# Characters outside XML 1.0's Char production (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: object) -> str:
    """`value` as a string with characters XML 1.0 cannot hold replaced by U+FFFD, invisible
    ones written visibly (escape.reveal_invisible)."""
    return reveal_invisible(_NOT_XML.sub("\ufffd", str(value)))
