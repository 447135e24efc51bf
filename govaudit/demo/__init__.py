"""The bundled demo: a fictional district government site with planted defects.

白鹭区人民政府 (www.bailu.gov.cn) does not exist: every page, name, number and
document of the sample site is invented for govaudit's demo and tests. The site is
generated deterministically by `sitegen.generate_site` and served on 127.0.0.1 by
`server.serve`. All of its dates are designed against `DEMO_AS_OF`; the planted
defects are listed in `DEFECTS.md` and, machine-readably, in `defects.PLANTED`.
"""

from __future__ import annotations

from datetime import date

DEMO_AS_OF = date(2026, 9, 30)
"""The fixed audit date the sample site's dates are designed against."""

__all__ = ["DEMO_AS_OF"]
