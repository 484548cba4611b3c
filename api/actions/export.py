"""The action plan as a file (XLSX or CSV), for a review or the whole partnership.

The rows are the list's: the same scoped statement (``repository.actions_statement`` or
``plan_statement``), the same filters (``rag`` by the same SQL rule, ``rag.rag_sql``), the same
``service.present`` (so a viewer's file has no lead), read in keyset batches so memory stays
bounded however long the plan. The file is written to a temporary file (XlsxWriter in
``constant_memory`` mode, or CSV) and streamed by ``transfer.send_built``. Text is always
written as text: XLSX cells as strings (never formulas), CSV cells that a spreadsheet would
run as a formula get a leading apostrophe.
"""

from __future__ import annotations

import csv
import enum
import os
import tempfile
from collections.abc import Iterator
from datetime import date
from typing import Any

import xlsxwriter
from sqlalchemy import and_, or_
from sqlalchemy.orm import Session

from api.actions import repository, service
from api.actions.models import Action, Recommendation
from api.actions.rag import Rag, rag_sql
from api.clock import clock
from api.files.transfer import Built, built
from api.partnerships.models import Agency
from api.reviews.models import Review
from api.security.principal import Principal

BATCH = 500


class ExportFormat(enum.StrEnum):
    xlsx = "xlsx"
    csv = "csv"


MEDIA_TYPES = {
    ExportFormat.xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ExportFormat.csv: "text/csv; charset=utf-8",
}
HEADER = (
    "Review",
    "Recommendation",
    "Action",
    "Owner agency",
    "Lead",
    "Due date",
    "Status",
    "RAG",
    "Last update",
    "Evidence submitted",
    "Evidence accepted",
    "Evidence returned",
    "Closed on",
)
WIDTHS = (16, 14, 50, 30, 24, 12, 13, 8, 12, 10, 10, 10, 12)
# A CSV cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | date | None


def rows(
    session: Session, principal: Principal, statement: Any, rag: Rag | None
) -> Iterator[tuple[Cell, ...]]:
    """The file's rows, oldest action first, from ``statement`` (a scoped ``select(Action)``
    with the list's filters), read ``BATCH`` at a time by keyset."""
    statement = (
        statement.add_columns(Review.reference, Recommendation.label, Agency.name)
        .join(Review, Review.id == Action.review_id)
        .join(Recommendation, Recommendation.id == Action.recommendation_id)
        .join(Agency, Agency.id == Action.agency_id)
        .order_by(*repository.KEYS)
        .limit(BATCH)
    )
    if rag is not None:
        # The lists' rule, in the statement: a batch holds only the rows the file keeps.
        derived = rag_sql(Action.status, Action.due_on, Action.last_update_on, clock.today())
        statement = statement.where(derived == rag.value)
    after: tuple[Any, Any] | None = None
    while True:
        page = statement
        if after is not None:
            page = page.where(
                or_(
                    Action.created_at > after[0],
                    and_(Action.created_at == after[0], Action.id > after[1]),
                )
            )
        found = session.execute(page).all()
        if not found:
            return
        shown = service.present(session, principal, [r[0] for r in found])
        for (action, reference, label, agency_name), out in zip(found, shown, strict=True):
            yield (
                reference,
                label,
                out.title,
                agency_name,
                out.lead_name,
                out.due_on,
                out.status.value,
                out.rag.value,
                out.last_update_on,
                out.evidence.submitted,
                out.evidence.accepted,
                out.evidence.returned,
                out.closed_on,
            )
            session.expunge(action)
        if len(found) < BATCH:
            return
        last = found[-1][0]
        after = (last.created_at, last.id)


def csv_text(value: Cell) -> str:
    """A cell as CSV text: dates ISO 8601, and text a spreadsheet would run as a formula
    made inert with a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _write_csv(path: str, lines: Iterator[tuple[Cell, ...]]) -> int:
    count = 0
    # UTF-8 with a byte order mark, so Excel reads the text as UTF-8.
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for line in lines:
            writer.writerow([csv_text(v) for v in line])
            count += 1
    return count


def _write_xlsx(path: str, lines: Iterator[tuple[Cell, ...]], title: str) -> int:
    workbook = xlsxwriter.Workbook(
        path,
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    sheet = workbook.add_worksheet("Action plan")
    bold = workbook.add_format({"bold": True})
    day = workbook.add_format({"num_format": "yyyy-mm-dd"})
    for column, width in enumerate(WIDTHS):
        sheet.set_column(column, column, width)
    for column, name in enumerate(HEADER):
        sheet.write_string(0, column, name, bold)
    sheet.freeze_panes(1, 0)
    row = 0
    for row, line in enumerate(lines, start=1):
        for column, value in enumerate(line):
            if isinstance(value, date):
                sheet.write_datetime(row, column, value, day)
            elif isinstance(value, int):
                sheet.write_number(row, column, value)
            elif value is not None:
                sheet.write_string(row, column, value)
    sheet.autofilter(0, 0, row, len(HEADER) - 1)
    workbook.set_properties({"title": title})
    workbook.close()
    return row


def write(
    fmt: ExportFormat, lines: Iterator[tuple[Cell, ...]], file_name: str, title: str
) -> tuple[Built, int]:
    """Write ``lines`` to a temporary file in ``fmt``: the file, open and unlinked, and how
    many actions it holds."""
    descriptor, path = tempfile.mkstemp(prefix="cspr-export-", suffix="." + fmt.value)
    os.close(descriptor)
    try:
        count = (
            _write_xlsx(path, lines, title) if fmt == ExportFormat.xlsx else _write_csv(path, lines)
        )
        return built(path, MEDIA_TYPES[fmt], file_name), count
    except BaseException:
        if os.path.exists(path):
            os.unlink(path)
        raise
