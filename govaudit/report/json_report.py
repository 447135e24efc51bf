"""JSON: results.json itself, the canonical output every other format is a view of
(schema: govaudit/schemas/results.schema.json, versioned by its `schema_version`)."""

from govaudit.jsonio import canonical_json
from govaudit.report.base import ReportFormat, ReportInput

RESULTS_FILE = "results.json"


def _render(data: ReportInput) -> str:
    return canonical_json(data.results)


FORMAT = ReportFormat("json", RESULTS_FILE, "the canonical results", _render)
