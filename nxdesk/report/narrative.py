"""The narrative draft ("Dự thảo báo cáo"): Vietnamese paragraphs in the report's own style.

Built from a domain :class:`~nxdesk.domain.summary.Summary` only, so the text always agrees with the
summary table. The sentences imitate the district's published 9-month report, e.g.

    Thu ngân sách 9 tháng ước đạt 1.401,351 tỷ đồng, đạt 188% dự toán tỉnh giao và đạt 182% dự toán
    huyện giao, bằng 193% so với cùng kỳ. Tổng sản lượng lương thực ước đạt 28.300 tấn, đạt 113,2% KH.

Layout of the text (paragraphs separated by a blank line; the same grammar is read back by
:func:`text_sections` for the Word file, so the clerk's edits survive):

- an opening paragraph;
- "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU" (a part: Roman numeral, capitals), then per sector a
  heading "1. Kinh tế" and a paragraph per target ("trong đó" rows as a "Trong đó, …"
  sentence after their parent, targets without figures named at the end); then "6. Đánh giá chung"
  with the counts and the year-end outlook;
- "II. HẠN CHẾ" with the targets behind pace (in-year) or not met (year end);
- "III. NHIỆM VỤ, GIẢI PHÁP …": a marked place ("[…]") for the office's own text.

Wording rules:

- "ước" only for estimates (status ``estimate``); official figures plain; a target whose name starts
  with its verb says it ("kết nạp 165 đảng viên mới", "thành lập mới 36 doanh nghiệp", "trồng 1.388 ha
  rừng sản xuất"); a ``down`` level target (poverty rate) "còn" / "ước còn";
- % of plan: "đạt Y% KH" or, as the office chooses (``report_wording = "vuot"``), "vượt X% kế hoạch"
  beyond 100%; "kế hoạch (KH)" the first time, "KH" afterwards; budget lines say "dự toán" every time;
  with both plans the level's words ("đạt 188% dự toán tỉnh giao và đạt 182% dự toán huyện giao");
- rates and levels in % against a bound (growth rates, "≥ 95", "dưới 8") are told in words against
  the plan ("đạt kế hoạch đề ra (từ 95% trở lên)"), never as a percentage of a percentage;
- same period: "tăng X%" / "giảm X%" when the change is under 50%, else "bằng X%" ("bằng 193% so với
  cùng kỳ"), "bằng cùng kỳ" when equal; targets measured in % compare in percentage points;
- percentages rounded as every paper rounds them (:func:`nxdesk.report.figures.report_pct`);
- numbers in vi-VN format (1.401,351; 12.100,1); the area by level ("toàn xã", "toàn huyện").
"""

from __future__ import annotations

from ..domain.levels import PlanRole, is_budget_target, words
from ..domain.numbers import format_number, format_pct
from ..domain.periods import Period
from ..domain.plans import PlanExpr, PlanOp
from ..domain.summary import Summary, SummaryRow
from ..domain.targets import Assessment, Direction, Kind, Status
from ..store.settings import Settings
from .document import PLACEHOLDER_MARK, Section
from .figures import report_pct

__all__ = ["report_pct"]

CHANGE_WORDING_BELOW = 50.0  # |change| under this: "tăng/giảm X%"; else "bằng X%"
RESULTS_TITLE = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU"
LIMITS_TITLE = "HẠN CHẾ"
OVERALL_TITLE = "Đánh giá chung"
VERBS = (
    "kết nạp",
    "thành lập mới",
    "thành lập",
    "trồng mới",
    "trồng",
    "hoàn thành",
    "phê duyệt, điều chỉnh",
    "phê duyệt",
    "xây dựng",
    "đào tạo",
    "giải quyết việc làm cho",
    "cấp",
    "tuyển",
)
RATE_PREFIXES = ("tốc độ", "tăng trưởng")


def _lower_first(text: str) -> str:
    """ "Thu ngân sách" -> "thu ngân sách"; acronyms ("HĐND…", "MTTQ") stay as they are."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def figure(value: float, unit: str, decimals: int | None = None) -> str:
    """ "1.401,351 tỷ đồng", "70%"."""
    number = format_number(value, max_decimals=decimals if decimals is not None else 3)
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


def _bound_words(plan: PlanExpr, unit: str) -> str:
    """A plan told in words: "từ 95% trở lên", "không quá 15,8%", "dưới 8%", "6,6–6,8%", "70%"."""
    suffix = "%" if unit.strip() == "%" else f" {unit.strip()}" if unit.strip() else ""

    def n(value: float) -> str:
        return format_number(value) + suffix

    typed = plan.text.lower()
    if plan.op is PlanOp.AT_LEAST:
        return (
            f"trên {n(plan.low)}"
            if typed.startswith(("trên", ">")) and ">=" not in typed
            else (f"từ {n(plan.low)} trở lên")
        )
    if plan.op is PlanOp.AT_MOST:
        return (
            f"dưới {n(plan.high)}"
            if typed.startswith(("dưới", "<")) and "<=" not in typed
            else (f"không quá {n(plan.high)}")
        )
    if plan.op is PlanOp.RANGE:
        return f"{format_number(plan.low)}–{n(plan.high)}"
    if plan.op is PlanOp.APPROX:
        return f"khoảng {n(plan.low)}"
    return n(plan.low)


def _verb_phrase(name: str, number: str, unit: str) -> str | None:
    """ "Kết nạp đảng viên mới", 165 -> "kết nạp 165 đảng viên mới"; "Số doanh nghiệp thành lập mới", 36 ->
    "thành lập mới 36 doanh nghiệp"; "Trồng rừng sản xuất", 1.388 ha -> "trồng 1.388 ha rừng sản xuất";
    None where the name has no verb of its own."""
    lower = name[:1].lower() + name[1:]
    unit = unit.strip()
    for verb in VERBS:
        if lower.lower().startswith(verb + " "):
            rest = lower[len(verb) + 1 :]
            if unit == "%":
                return f"{verb} {number}% {rest}"
            if unit and rest.lower().startswith(unit.lower()):
                return f"{verb} {number} {rest}"
            return f"{verb} {number} {unit} {rest}".replace("  ", " ")
    if lower.lower().startswith("số ") and unit and unit != "%":
        body = lower[3:]
        for verb in VERBS:
            marker = f" {verb}"
            at = body.lower().find(marker)
            if at > 0 and body[at + len(marker) :].strip() == "":
                return f"{verb} {number} {body[:at]}"
        return f"có {number} {body}"
    return None


class _Writer:
    """Keeps what the text has said so far ("kế hoạch (KH)" is spelled out once)."""

    def __init__(self, summary: Summary, settings: Settings | None) -> None:
        self.summary = summary
        self.settings = settings or Settings()
        self.words = words(self.settings.level)
        self.kh_spelled = False

    def kh(self) -> str:
        if self.kh_spelled:
            return "KH"
        self.kh_spelled = True
        return "kế hoạch (KH)"

    def _pct_words(self, pct: float, plan_word: str, long_word: str) -> str:
        """ "đạt 103,1% KH", or "vượt 3,1% kế hoạch" when the office words it so."""
        if self.settings.report_wording == "vuot" and pct > 100 and report_pct(pct) != "100":
            return f"vượt {report_pct(pct - 100)}% {long_word}"
        return f"đạt {report_pct(pct)}% {plan_word}"

    def _two_plans(self, row: SummaryRow, upper: str, own: str) -> str:
        first = self._pct_words(row.pct_plan_upper, upper, upper)  # type: ignore[arg-type]
        return f"{first} và {self._pct_words(row.pct_plan_own, own, own)}"  # type: ignore[arg-type]

    # -- one target -------------------------------------------------------------------------------
    def plan_clause(self, row: SummaryRow) -> str:
        i = row.input
        budget = is_budget_target(i.name)
        if _bound_style(row) or row.pct_plan is None:
            plan = row.judged_plan
            if plan is None or i.value is None:
                return ""
            met = plan.satisfied_by(i.value, i.direction)
            exceeded = plan.exceeded_by(i.value, i.direction)
            verdict = "vượt" if exceeded else "đạt" if met else "chưa đạt"
            return f"{verdict} {'dự toán' if budget else 'kế hoạch'} đề ra ({_bound_words(plan, i.unit)})"
        if budget:
            if row.pct_plan_upper is not None and row.pct_plan_own is not None:
                up = self.words.plan_phrase(PlanRole.UPPER, budget=True)
                own = self.words.plan_phrase(PlanRole.OWN, budget=True)
                return self._two_plans(row, up, own)
            return self._pct_words(row.pct_plan, "dự toán", "dự toán")  # type: ignore[arg-type]
        if row.pct_plan_upper is not None and row.pct_plan_own is not None:
            up = self.words.plan_phrase(PlanRole.UPPER)
            own = self.words.plan_phrase(PlanRole.OWN)
            self.kh_spelled = True
            return self._two_plans(row, up, own)
        return self._pct_words(row.pct_plan, self.kh(), "kế hoạch")  # type: ignore[arg-type]

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

    def clause(self, row: SummaryRow, *, subject: str, lead: str = "") -> str:
        """ "<subject> ước đạt 28.300 tấn, đạt 113,2% KH" (no final full stop); with the target's own verb
        "<lead>ước kết nạp 165 đảng viên mới, đạt 103,1% KH"."""
        i = row.input
        estimate = "ước " if i.status is Status.ESTIMATE else ""
        value = i.value  # type: ignore[assignment]
        number = format_number(value, max_decimals=i.decimals if i.decimals is not None else 3)
        phrase = (
            None
            if i.unit.strip() == "%" and not i.name.lower().startswith("hoàn thành")
            else (_verb_phrase(i.name, number, i.unit))
        )
        if phrase is not None:
            parts = [f"{lead}{estimate}{phrase}"]
        else:
            verb = "còn" if i.direction is Direction.DOWN and i.kind is Kind.LEVEL else "đạt"
            parts = [f"{lead}{subject} {estimate}{verb} {figure(value, i.unit, i.decimals)}"]
        plan = self.plan_clause(row)
        if phrase is not None and i.unit.strip() == "%" and plan.startswith("đạt 100%"):
            plan = "đạt kế hoạch"
        parts += [c for c in (plan, self.same_period_clause(row)) if c]
        return ", ".join(parts)

    # -- paragraphs -------------------------------------------------------------------------------
    def sector_paragraphs(self, rows: list[SummaryRow]) -> list[str]:
        """One paragraph per target (with its "trong đó" sentence); targets without figures last."""
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
            has_verb = _verb_phrase(row.input.name, "0", row.input.unit) is not None
            if first and row.input.kind is Kind.FLOW and not has_verb:
                sentence = self.clause(row, subject=f"{row.input.name} {phrase}")
            elif first:
                lead = f"Đến hết {phrase}, " if row.input.kind is Kind.LEVEL else f"Trong {phrase}, "
                sentence = self.clause(row, subject=_lower_first(row.input.name), lead=lead)
            else:
                sentence = self.clause(row, subject=row.input.name)
            first = False
            paragraph = _upper_first(sentence) + "."
            with_data = [s for s in subs if s.input.value is not None]
            missing += [_lower_first(s.input.name) for s in subs if s.input.value is None]
            if with_data:
                parts = [self.clause(s, subject=_lower_first(s.input.name)) for s in with_data]
                paragraph += " Trong đó, " + "; ".join(parts) + "."
            sentences.append(paragraph)
        if missing:
            sentences.append("Chưa có số liệu kỳ này: " + "; ".join(missing) + ".")
        return sentences

    def overall_paragraph(self) -> str:
        s = self.summary
        counts = s.counts
        total, reached = counts.get("total", 0), counts.get("at_least_threshold", 0)
        threshold = format_pct(s.threshold_pct)
        scope = self.words.area
        when = f"Đến hết {period_phrase(s.period.months, s.period.year)}" + (
            "" if s.period.months == 12 else f" năm {s.period.year}"
        )
        if total and reached == total:
            first = f"{when}, {scope} tất cả {total} chỉ tiêu đề ra đều đạt từ {threshold}% kế hoạch trở lên"
        else:
            first = f"{when}, {scope} có {reached}/{total} chỉ tiêu đạt từ {threshold}% kế hoạch trở lên"
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
        if expected is None:
            return f"{first}."  # no basis to say how many will be completed: the office writes its own
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
            value = figure(r.input.value, r.input.unit, r.input.decimals)  # type: ignore[arg-type]
            word = "dự toán" if is_budget_target(r.input.name) else "KH"
            if r.pct_plan is not None and not _bound_style(r):
                reach = "chỉ đạt" if year_end else "đến nay mới đạt"
                items.append(f"{name}, {reach} {value}, bằng {report_pct(r.pct_plan)}% {word}")
            else:
                plan = _bound_words(r.judged_plan, r.input.unit) if r.judged_plan else ""
                items.append(f"{name} {value}, chưa đạt kế hoạch đề ra ({plan})")
        if year_end:
            head = "Tuy nhiên, vẫn còn một số hạn chế, một số chỉ tiêu không hoàn thành kế hoạch năm, như: "
        else:
            head = (
                "Tuy nhiên, quá trình thực hiện nhiệm vụ vẫn còn một số hạn chế, một số chỉ tiêu "
                f"còn chậm so với tiến độ (sau {period_phrase(s.period.months, s.period.year)} cần đạt "
                f"{format_pct(s.pace_pct)}% KH), như: "
            )
        return head + "; ".join(items) + "."

    def opening_paragraph(self) -> str:
        s = self.summary
        period = s.period
        author = _author(self.settings)
        when = period.phrase if period.months == 12 else f"{period.phrase} năm {period.year}"
        term = self.settings.term.strip()
        basis = (
            f"Thực hiện Nghị quyết Đại hội Đảng bộ nhiệm kỳ {term} và " if term else "Thực hiện "
        ) + f"nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh và xây dựng Đảng năm {period.year}"
        return f"{basis}, {author} báo cáo kết quả thực hiện các chỉ tiêu chủ yếu {when} như sau:"


def _bound_style(row: SummaryRow) -> bool:
    """Levels measured in % against a bound, growth rates, and ``down`` levels (poverty rate) are told
    against the plan in words, not as a percentage of a percentage."""
    i = row.input
    if i.direction is Direction.DOWN and i.kind is Kind.LEVEL:
        return True
    if i.name.lower().startswith(RATE_PREFIXES):
        return True
    plan = row.judged_plan
    return i.unit.strip() == "%" and plan is not None and plan.op is not PlanOp.EXACT


def _author(settings: Settings) -> str:
    """Who reports: "Ban Thường vụ Huyện ủy" (Party style), "Ủy ban nhân dân xã" (State style)."""
    state = settings.document_style == "state"
    name = " ".join((settings.state_issuing_body if state else settings.issuing_body).split())
    if state:
        return name or words(settings.level).state_body
    return f"Ban Thường vụ {name}" if name else f"Ban Thường vụ {words(settings.level).party_body}"


def _expected_to_complete(summary: Summary) -> int | None:
    """Top-level targets with a plan that will be completed by the year's end: already beyond an ``up``
    plan, or with a year-end expectation that satisfies it. None when a target has neither, so the
    outlook cannot be counted."""
    count = 0
    for r in summary.rows:
        plan, projected = r.judged_plan, r.projected_year_end
        if r.input.parent is not None or plan is None:
            continue
        if r.assessment is Assessment.EXCEEDED and r.input.direction is Direction.UP:
            count += 1
        elif projected is None:
            return None
        elif plan.satisfied_by(projected, r.input.direction):
            count += 1
    return count


def by_sector(rows: list) -> list[tuple[str, list]]:
    """Rows grouped by sector in the rows' order (the sectors' own order): [(sector, rows)…]."""
    groups: list[tuple[str, list]] = []
    for row in rows:
        if not groups or groups[-1][0] != row.input.sector:
            groups.append((row.input.sector, []))
        groups[-1][1].append(row)
    return groups


def report_sections(summary: Summary, settings: Settings | None = None) -> list[Section]:
    """The report's body as sections of the document model (see the module's layout)."""
    writer = _Writer(summary, settings)
    period = summary.period
    if not summary.rows:
        return [Section(paragraphs=(f"Chưa có chỉ tiêu nào trong năm {period.year}.",))]
    sections = [Section(paragraphs=(writer.opening_paragraph(),))]
    sections.append(Section(title=f"I. {RESULTS_TITLE}", level=1))
    groups = by_sector(summary.rows)
    for number, (sector, rows) in enumerate(groups, start=1):
        sections.append(
            Section(title=f"{number}. {sector}", level=2, paragraphs=tuple(writer.sector_paragraphs(rows)))
        )
    sections.append(
        Section(
            title=f"{len(groups) + 1}. {OVERALL_TITLE}", level=2, paragraphs=(writer.overall_paragraph(),)
        )
    )
    limits = writer.limits_paragraph() or "Các chỉ tiêu đều đạt tiến độ đề ra."
    sections.append(Section(title=f"II. {LIMITS_TITLE}", level=1, paragraphs=(limits,)))
    rest = "NĂM" if period.months == 12 else "NHỮNG THÁNG CUỐI NĂM"
    tasks_year = period.year + 1 if period.months == 12 else period.year
    sections.append(
        Section(
            title=f"III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM {rest} {tasks_year}",
            level=1,
            paragraphs=(f"{PLACEHOLDER_MARK} (Văn phòng bổ sung nhiệm vụ, giải pháp trọng tâm.)",),
            placeholder=True,
        )
    )
    return sections


def sections_text(sections: list[Section]) -> list[str]:
    """The sections as paragraphs of text: each title a paragraph of its own."""
    out: list[str] = []
    for section in sections:
        if section.title:
            out.append(section.title)
        out += [p for p in section.paragraphs if p]
    return out


def narrative_paragraphs(summary: Summary, settings: Settings | None = None) -> list[str]:
    """The draft as a list of paragraphs; part and sector titles are paragraphs of their own."""
    return sections_text(report_sections(summary, settings))


def narrative(summary: Summary, settings: Settings | None = None) -> str:
    """The narrative draft as plain text, paragraphs separated by a blank line (ready to paste into Word)."""
    return "\n\n".join(narrative_paragraphs(summary, settings))


def heading_level(paragraph: str) -> int:
    """1 for a part title ("II. HẠN CHẾ": Roman numeral, capitals), 2 for a numbered title ("1. Kinh tế",
    one short line), 0 for a body paragraph."""
    head, dot, rest = paragraph.partition(". ")
    if not dot or "\n" in paragraph or not rest or len(paragraph) > 100:
        return 0
    if head and set(head) <= set("IVXLCDM") and rest == rest.upper():
        return 1
    if head.isdigit() and len(paragraph) < 80 and not rest.endswith((".", ":", ";")):
        return 2
    return 0


def is_heading(paragraph: str) -> bool:
    """Whether a paragraph of :func:`narrative` is a title ("I. KẾT QUẢ …", "2. Văn hóa - Xã hội")."""
    return heading_level(paragraph) > 0


def text_sections(text: str) -> list[Section]:
    """The (possibly edited) draft text back as sections: titles by :func:`heading_level`, paragraphs
    after them; a paragraph starting with "[…]" is the office's placeholder."""
    sections: list[Section] = []
    title, level, paragraphs = "", 1, []
    placeholder = False

    def flush() -> None:
        if title or paragraphs:
            sections.append(
                Section(title=title, level=level, paragraphs=tuple(paragraphs), placeholder=placeholder)
            )

    for paragraph in (p.strip() for p in text.replace("\r\n", "\n").split("\n\n")):
        if not paragraph:
            continue
        found = heading_level(paragraph)
        if found:
            flush()
            title, level, paragraphs, placeholder = paragraph, found, [], False
            continue
        paragraphs.append(paragraph)
        placeholder = placeholder or paragraph.startswith(PLACEHOLDER_MARK)
    flush()
    return sections


def report_subject(period: Period) -> str:
    """ "kết quả thực hiện các chỉ tiêu chủ yếu 9 tháng năm 2024" (the report's trích yếu)."""
    return f"kết quả thực hiện các chỉ tiêu chủ yếu {period_title(period.months, period.year).lower()}"
