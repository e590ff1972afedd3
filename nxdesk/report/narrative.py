"""The narrative draft ("Dự thảo báo cáo"): Vietnamese paragraphs in the report's own style.

Built from a domain :class:`~nxdesk.domain.summary.Summary` only, so the text always agrees with the
summary table. The sentences imitate the district's published 9-month report, e.g.

    Thu ngân sách 9 tháng ước đạt 1.401,351 tỷ đồng, đạt 188% dự toán tỉnh giao và đạt 182% dự toán
    huyện giao, bằng 193% so với cùng kỳ. Tổng sản lượng lương thực ước đạt 28.300 tấn, đạt 113,2% KH.

Layout of the text (paragraphs separated by a blank line):

- per sector, a heading line "I. Kinh tế" and one paragraph with a sentence per target, "trong đó"
  rows as a "Trong đó, …" sentence after their parent, targets without figures named at the end;
- the overall line: "… có 26/27 chỉ tiêu đạt từ 70% kế hoạch trở lên …", with the year-end outlook;
- the targets behind pace (in-year) or not met (year end) as "hạn chế".

Wording rules:

- "ước đạt" only for estimates (status ``estimate``); official figures "đạt"; a ``down`` level target
  (poverty rate) "còn" / "ước còn" and is judged against its bound ("đạt kế hoạch đề ra (dưới 8%)");
- % of plan: "kế hoạch (KH)" the first time, "KH" afterwards; budget targets ("ngân sách") say "dự toán";
  with both plans "đạt X% dự toán tỉnh giao và đạt Y% dự toán huyện giao";
- same period: "tăng X%" / "giảm X%" when the change is under 50%, else "bằng X%" ("bằng 193% so với
  cùng kỳ"), "bằng cùng kỳ" when equal; targets measured in % compare in percentage points;
- percentages are rounded as the report rounds them (see :func:`report_pct`): one decimal below 120%
  (113,2%; 48,7%; a trailing ",0" dropped: 100%), whole numbers from 120% up (188%; 147,5 -> 148%);
- numbers in vi-VN format (1.401,351; 12.100,1).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..domain.numbers import format_number, format_pct
from ..domain.periods import Period, roman
from ..domain.summary import Summary, SummaryRow
from ..domain.targets import Assessment, Direction, Kind, Status
from ..store.settings import Settings

WHOLE_PCT_FROM = 120.0  # from here on a decimal adds nothing ("đạt 188%", not "đạt 188,0%")
CHANGE_WORDING_BELOW = 50.0  # |change| under this: "tăng/giảm X%"; else "bằng X%"
SCOPES = ("thị xã", "thành phố", "thị trấn", "huyện", "tỉnh", "phường", "xã")


def report_pct(value: float) -> str:
    """A percentage as the report writes it, without the sign: 1 decimal below 120 %, whole from 120 % up.

    ``113.2 -> "113,2"``, ``48.72 -> "48,7"``, ``100.0 -> "100"``, ``181.99 -> "182"``, ``147.5 -> "148"``
    (half up, like the reference report's "đạt 148% kế hoạch" for 295 of 200 ha)."""
    if abs(value) >= WHOLE_PCT_FROM:
        whole = Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return format_number(float(whole), max_decimals=0)
    return format_pct(value)


def _lower_first(text: str) -> str:
    """ "Thu ngân sách" -> "thu ngân sách"; acronyms ("HĐND…", "MTTQ") stay as they are."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def figure(value: float, unit: str) -> str:
    """ "1.401,351 tỷ đồng", "70%"."""
    number = format_number(value)
    unit = unit.strip()
    if unit == "%":
        return f"{number}%"
    return f"{number} {unit}" if unit else number


def period_phrase(months: int, year: int) -> str:
    """How the report names the cut-off inside a sentence: "9 tháng", "quý I", "năm 2024"."""
    return Period(year, months).phrase


def period_title(months: int, year: int) -> str:
    """The period in a document title: "9 THÁNG NĂM 2024", and "NĂM 2024" for the whole year."""
    return Period(year, months).title


class _Writer:
    """Keeps what the text has said so far ("kế hoạch (KH)" is spelled out once)."""

    def __init__(self, summary: Summary) -> None:
        self.summary = summary
        self.kh_spelled = False

    def kh(self) -> str:
        if self.kh_spelled:
            return "KH"
        self.kh_spelled = True
        return "kế hoạch (KH)"

    # -- one target -------------------------------------------------------------------------------
    def plan_clause(self, row: SummaryRow) -> str:
        i = row.input
        budget = "ngân sách" in i.name.lower()
        if _bound_style(row) or row.pct_plan is None:
            plan = row.judged_plan
            if plan is None:
                return ""
            bound = plan.text if i.unit.strip() != "%" or plan.text.endswith("%") else f"{plan.text}%"
            met = plan.satisfied_by(i.value, i.direction)  # type: ignore[arg-type]
            return f"{'đạt' if met else 'chưa đạt'} kế hoạch đề ra ({bound})"
        word = "dự toán" if budget else None
        if row.pct_plan_upper is not None and row.pct_plan_own is not None:
            word = word or self.kh()
            return (
                f"đạt {report_pct(row.pct_plan_upper)}% {word} tỉnh giao và đạt "
                f"{report_pct(row.pct_plan_own)}% {word} huyện giao"
            )
        return f"đạt {report_pct(row.pct_plan)}% {word or self.kh()}"  # type: ignore[arg-type]

    @staticmethod
    def same_period_clause(row: SummaryRow) -> str:
        i = row.input
        if i.value is None or i.last_year_value is None:
            return ""
        if i.unit.strip() == "%":
            points = i.value - i.last_year_value
            if abs(points) < 0.05:
                return "bằng cùng kỳ"
            verb = "tăng" if points > 0 else "giảm"
            return f"{verb} {format_pct(abs(points))} điểm phần trăm so với cùng kỳ"
        pct = row.pct_last_year
        if pct is None:
            return ""
        change = pct - 100
        if report_pct(pct) == "100":
            return "bằng cùng kỳ"
        if abs(change) < CHANGE_WORDING_BELOW:
            return f"{'tăng' if change > 0 else 'giảm'} {report_pct(abs(change))}% so với cùng kỳ"
        return f"bằng {report_pct(pct)}% so với cùng kỳ"

    def clause(self, row: SummaryRow, *, subject: str) -> str:
        """ "<subject> ước đạt 28.300 tấn, đạt 113,2% KH" (no final full stop)."""
        i = row.input
        estimate = i.status is Status.ESTIMATE
        verb = "còn" if i.direction is Direction.DOWN and i.kind is Kind.LEVEL else "đạt"
        parts = [f"{subject} {'ước ' if estimate else ''}{verb} {figure(i.value, i.unit)}"]  # type: ignore[arg-type]
        parts += [c for c in (self.plan_clause(row), self.same_period_clause(row)) if c]
        return ", ".join(parts)

    # -- paragraphs -------------------------------------------------------------------------------
    def sector_paragraph(self, rows: list[SummaryRow]) -> str:
        period = self.summary.period
        sentences: list[str] = []
        missing: list[str] = []
        first = True
        index = 0
        while index < len(rows):
            row = rows[index]
            subs = []
            index += 1
            while index < len(rows) and rows[index].input.parent == row.input.code:
                subs.append(rows[index])
                index += 1
            if row.input.value is None:
                missing.append(_lower_first(row.input.name))
                missing += [_lower_first(s.input.name) for s in subs if s.input.value is None]
                continue
            phrase = period_phrase(period.months, period.year)
            if first and row.input.kind is Kind.FLOW:
                sentence = self.clause(row, subject=f"{row.input.name} {phrase}")
            elif first:
                sentence = f"Đến hết {phrase}, " + self.clause(row, subject=_lower_first(row.input.name))
            else:
                sentence = self.clause(row, subject=row.input.name)
            first = False
            sentences.append(_upper_first(sentence) + ".")
            with_data = [s for s in subs if s.input.value is not None]
            missing += [_lower_first(s.input.name) for s in subs if s.input.value is None]
            if with_data:
                parts = [self.clause(s, subject=_lower_first(s.input.name)) for s in with_data]
                sentences.append("Trong đó, " + "; ".join(parts) + ".")
        if missing:
            sentences.append("Chưa có số liệu kỳ này: " + "; ".join(missing) + ".")
        return " ".join(sentences)

    def overall_paragraph(self, settings: Settings | None) -> str:
        s = self.summary
        counts = s.counts
        total, reached = counts.get("total", 0), counts.get("at_least_threshold", 0)
        threshold = format_pct(s.threshold_pct)
        scope = _scope(settings)
        when = f"Đến hết {period_phrase(s.period.months, s.period.year)}" + (
            "" if s.period.months == 12 else f" năm {s.period.year}"
        )
        if total and reached == total:
            first = (
                f"{when}, {scope + ' ' if scope else ''}tất cả {total} chỉ tiêu đề ra đều đạt từ "
                f"{threshold}% kế hoạch trở lên"
            )
        else:
            first = (
                f"{when}, {scope + ' ' if scope else ''}có {reached}/{total} chỉ tiêu đạt từ "
                f"{threshold}% kế hoạch trở lên"
            )
        exceeded = counts.get("exceeded", 0)
        if s.period.months == 12:
            good = exceeded + counts.get("met", 0)
            tail = f"{good}/{total} chỉ tiêu hoàn thành và hoàn thành vượt mức kế hoạch năm"
            if exceeded:
                tail += f" ({exceeded} chỉ tiêu vượt kế hoạch)"
            return f"{first}; {tail}."
        if exceeded:
            first += f", trong đó {exceeded} chỉ tiêu đã vượt kế hoạch năm"
        expected = _expected_to_complete(s)
        if total and expected == total:
            outlook = "dự kiến đến cuối năm tất cả các chỉ tiêu đều hoàn thành và hoàn thành vượt mức"
        else:
            outlook = f"dự kiến đến cuối năm có {expected}/{total} chỉ tiêu hoàn thành và hoàn thành vượt mức"
        return f"{first}; {outlook}."

    def limits_paragraph(self) -> str:
        s = self.summary
        year_end = s.period.months == 12
        bad = Assessment.NOT_MET if year_end else Assessment.BEHIND
        rows = [r for r in s.rows if r.assessment is bad and r.input.value is not None]
        if not rows:
            return ""
        items = []
        for r in rows:
            name = _lower_first(r.input.name)
            if r.pct_plan is not None and not _bound_style(r):
                reach = "chỉ đạt" if year_end else "đến nay mới đạt"
                items.append(
                    f"{name}, {reach} {figure(r.input.value, r.input.unit)}, "  # type: ignore[arg-type]
                    f"bằng {report_pct(r.pct_plan)}% KH"
                )
            else:
                plan = r.judged_plan.text if r.judged_plan else ""
                items.append(
                    f"{name} {figure(r.input.value, r.input.unit)}, "  # type: ignore[arg-type]
                    f"chưa đạt kế hoạch đề ra ({plan})"
                )
        if year_end:
            head = "Tuy nhiên, vẫn còn một số hạn chế, một số chỉ tiêu không hoàn thành kế hoạch năm, như: "
        else:
            head = (
                "Tuy nhiên, quá trình thực hiện nhiệm vụ vẫn còn một số hạn chế, một số chỉ tiêu "
                f"còn chậm so với tiến độ (sau {period_phrase(s.period.months, s.period.year)} cần đạt "
                f"{format_pct(s.pace_pct)}% KH), như: "
            )
        return head + "; ".join(items) + "."


def _bound_style(row: SummaryRow) -> bool:
    """A ``down`` level (poverty rate) is told against its bound, not as a percentage of plan."""
    return row.input.direction is Direction.DOWN and row.input.kind is Kind.LEVEL


def _scope(settings: Settings | None) -> str:
    """ "toàn huyện" from the issuing body ("Huyện ủy Như Xuân", "UBND huyện Như Xuân"), else ""."""
    body = (settings.issuing_body if settings else "").lower()
    for word in SCOPES:
        if word in body:
            return f"toàn {word}"
    return ""


def _expected_to_complete(summary: Summary) -> int:
    """Top-level targets whose year-end projection satisfies the judged plan."""
    count = 0
    for r in summary.rows:
        plan, projected = r.judged_plan, r.projected_year_end
        if (
            r.input.parent is None
            and plan is not None
            and projected is not None
            and plan.satisfied_by(projected, r.input.direction)
        ):
            count += 1
    return count


def _by_sector(summary: Summary) -> list[tuple[str, list[SummaryRow]]]:
    groups: list[tuple[str, list[SummaryRow]]] = []
    for row in summary.rows:
        if not groups or groups[-1][0] != row.input.sector:
            groups.append((row.input.sector, []))
        groups[-1][1].append(row)
    return groups


def narrative_paragraphs(summary: Summary, settings: Settings | None = None) -> list[str]:
    """The draft as a list of paragraphs; sector headings ("I. Kinh tế") are paragraphs of their own."""
    writer = _Writer(summary)
    paragraphs: list[str] = []
    for number, (sector, rows) in enumerate(_by_sector(summary), start=1):
        paragraphs.append(f"{roman(number) if number <= 12 else number}. {sector}")
        paragraphs.append(writer.sector_paragraph(rows))
    if summary.rows:
        paragraphs.append(writer.overall_paragraph(settings))
    limits = writer.limits_paragraph()
    if limits:
        paragraphs.append(limits)
    if not summary.rows:
        paragraphs.append(f"Chưa có chỉ tiêu nào trong năm {summary.period.year}.")
    return [p for p in paragraphs if p]


def narrative(summary: Summary, settings: Settings | None = None) -> str:
    """The narrative draft as plain text, paragraphs separated by a blank line (ready to paste into Word)."""
    return "\n\n".join(narrative_paragraphs(summary, settings))


def is_heading(paragraph: str) -> bool:
    """Whether a paragraph of :func:`narrative` is a sector heading ("II. Văn hóa - Xã hội")."""
    head, dot, rest = paragraph.partition(". ")
    return (
        bool(dot)
        and "\n" not in paragraph
        and len(paragraph) < 80
        and (head.isdigit() or (head != "" and set(head) <= set("IVXLC")))
        and bool(rest)
    )
