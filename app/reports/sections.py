"""The monthly report as titled sections of lines, in one language: what every output
(the xlsx summary sheet, the pdf, the Reports screen's preview) lays out, so the three
show the same numbers under the same names.

Each line has a stable key (the json name of the figure, with ".code" for a vocabulary
term or ".<worker id>" for a worker), a label, a unit, and the value for the month, the
month before and the year to date. Labels are kept here in both languages, the way
app.models.vocab keeps the vocabularies, because the reports also run without Qt (CLI).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.models.vocab import (
    ACTIVITY_KIND,
    CASE_STAGE,
    CLIENT_CATEGORY,
    CLOSURE_REASON,
    NEED_DIMENSIONS,
    REFERRAL_AGENCY,
    REFERRAL_STATUS,
    SERVICE_DOMAIN,
    SERVICE_TYPE,
    VISIT_MODE,
    Vocab,
)
from app.reports.figures import UNKNOWN, Figures, MonthlyReport, WorkerCount

Number = int | float

# (English, Chinese) of every fixed text of the report.
TEXT: dict[str, tuple[str, str]] = {
    "title": ("Monthly social-work service report", "社会工作服务月报表"),
    "station": ("Station", "社工站"),
    "county": ("County", "县（市、区）"),
    "township": ("Township", "乡镇（街道）"),
    "month": ("Month", "报表月份"),
    "generated": ("Generated", "生成时间"),
    "item": ("Item", "项目"),
    "unit": ("Unit", "单位"),
    "current": ("This month", "本月"),
    "previous": ("Last month", "上月"),
    "year_to_date": ("Year to date", "本年累计"),
    "head_signature": ("Station head (signature)", "站长（签字）"),
    "date_signed": ("Date", "日期"),
    "filled_by": ("Filled in by", "填报人"),
    "unknown": ("Not recorded", "未填写"),
    "people": ("people", "人"),
    "person_times": ("person-times", "人次"),
    "times": ("times", "次"),
    "cases": ("cases", "个"),
    "activities": ("activities", "场"),
    "hours": ("hours", "小时"),
    "referrals": ("referrals", "件"),
    "sessions": ("sessions", "次"),
    "visits_per_week": ("Visits per week", "每周走访次数"),
    "clients_by_category": ("Clients served by category", "各类服务对象服务人数"),
    # sections
    "s_clients": ("Clients served", "服务对象"),
    "s_visits": ("Home visits", "走访服务"),
    "s_needs": ("Needs found (visits finding high needs)", "需求评估（发现高需求的走访）"),
    "s_services": ("Services delivered", "提供服务"),
    "s_cases": ("Cases", "个案服务"),
    "s_activities": ("Group and community activities", "小组及社区活动"),
    "s_referrals": ("Referrals", "转介服务"),
    "s_staff": ("Supervision and training", "督导与培训"),
    # lines
    "people_served": ("People served (each person once)", "服务总人数（每人只计一次）"),
    "new_clients": ("New clients registered", "新登记服务对象"),
    "visits": ("Visits, total", "走访总次数"),
    "by_worker": ("Visits by %s", "走访社工：%s"),
    "cases_opened": ("Cases opened", "新开个案"),
    "cases_closed": ("Cases closed, total", "结案总数"),
    "closed_by": ("Closed: %s", "结案：%s"),
    "cases_open_at_end": ("Open at the end of the period, total", "期末在办个案"),
    "open_in": ("Open, in %s", "在办：%s"),
    "activities_total": ("Activities, total", "活动总场次"),
    "activity_participants": ("Participants (each person once)", "参与人数（每人只计一次）"),
    "activity_participations": ("Participations (with people not registered)",
                                "参与人次（含未登记人员）"),
    "volunteer_hours": ("Volunteer hours", "志愿服务时长"),
    "referrals_total": ("Referrals, total", "转介总件数"),
    "status": ("Status: %s", "状态：%s"),
    "supervision_sessions": ("Supervision sessions", "督导次数"),
    "supervision_hours": ("Supervision hours", "督导时长"),
    "training_hours": ("Training hours, all workers", "培训总学时"),
    "training_of": ("Training hours of %s", "培训学时：%s"),
}


def in_lang(pair: tuple[str, str], lang: str) -> str:
    """One of an (English, Chinese) pair: every fixed text of the reports is kept so."""
    en, zh = pair
    return zh if lang == "zh" else en


def text(key: str, lang: str) -> str:
    return in_lang(TEXT[key], lang)


@dataclass(frozen=True)
class Line:
    key: str  # the figure's json name, ".code" for a term, ".<id>" for a worker
    label: str
    unit: str
    current: Number
    previous: Number
    year_to_date: Number
    total: bool = False  # a totals line: shown bold, counted once
    level: int = 0  # 1 for the lines that break a total down

    @property
    def in_hours(self) -> bool:
        """Hours are floats in the figures, counts ints: a line with any float is hours."""
        return any(isinstance(v, float) for v in (self.current, self.previous,
                                                   self.year_to_date))


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    lines: tuple[Line, ...]


def month_label(month: str, lang: str) -> str:
    """"2026-10" as 2026年10月 in Chinese; as is in English."""
    year, number = month.split("-")
    return f"{year}年{int(number)}月" if lang == "zh" else month


def labelled(key: str, value: str, lang: str) -> str:
    """A fixed text and its value: 社工站：那龙镇社工站 / Station: ..."""
    return f"{text(key, lang)}{'：' if lang == 'zh' else ': '}{value}"


def title(report: MonthlyReport, lang: str) -> str:
    if lang == "zh":
        return f"{report.station_name} {month_label(report.month, lang)}{text('title', lang)}"
    return f"{report.station_name} — {text('title', lang)}, {report.month}"


def report_sections(report: MonthlyReport, lang: str) -> list[Section]:
    """Every figure of the report, in the order the county reads them."""
    periods = (report.current, report.previous, report.year_to_date)
    b = _Builder(periods, lang)
    return [
        b.section("s_clients", [
            b.line("people_served", "people", lambda f: f.people_served, total=True),
            *b.vocab("clients_served_by_category", CLIENT_CATEGORY, "people",
                     lambda f: f.clients_served_by_category),
            b.line("new_clients", "people", lambda f: f.new_clients)]),
        b.section("s_visits", [
            b.line("visits", "times", lambda f: f.visits, total=True),
            *b.vocab("visits_by_mode", VISIT_MODE, "times", lambda f: f.visits_by_mode),
            *b.workers("visits_by_worker", "by_worker", "times", lambda f: f.visits_by_worker)]),
        b.section("s_needs", [
            b.line(f"needs_high.{d.code}", "times", _needs_high(d.code),
                   label=d.label(lang)) for d in NEED_DIMENSIONS]),
        b.section("s_services", b.vocab("services_by_type", SERVICE_TYPE, "times",
                                        lambda f: f.services_by_type, level=0)),
        b.section("s_cases", [
            b.line("cases_opened", "cases", lambda f: f.cases_opened),
            b.line("cases_closed", "cases", lambda f: f.cases_closed, total=True),
            *b.vocab("cases_closed_by_reason", CLOSURE_REASON, "cases",
                     lambda f: f.cases_closed_by_reason, template="closed_by"),
            b.line("cases_open_at_end", "cases", lambda f: f.cases_open_at_end, total=True),
            *b.vocab("cases_open_by_stage", CASE_STAGE, "cases",
                     lambda f: f.cases_open_by_stage, template="open_in")]),
        b.section("s_activities", [
            b.line("activities", "activities", lambda f: f.activities, total=True,
                   label=text("activities_total", lang)),
            *b.vocab("activities_by_kind", ACTIVITY_KIND, "activities",
                     lambda f: f.activities_by_kind),
            *b.vocab("activities_by_domain", SERVICE_DOMAIN, "activities",
                     lambda f: f.activities_by_domain),
            b.line("activity_participants", "people", lambda f: f.activity_participants),
            b.line("activity_participations", "person_times",
                   lambda f: f.activity_participations),
            b.line("volunteer_hours", "hours", lambda f: f.volunteer_hours)]),
        b.section("s_referrals", [
            b.line("referrals", "referrals", lambda f: f.referrals, total=True,
                   label=text("referrals_total", lang)),
            *b.vocab("referrals_by_agency", REFERRAL_AGENCY, "referrals",
                     lambda f: f.referrals_by_agency),
            *b.vocab("referrals_by_status", REFERRAL_STATUS, "referrals",
                     lambda f: f.referrals_by_status, template="status")]),
        b.section("s_staff", [
            b.line("supervision_sessions", "sessions", lambda f: f.supervision_sessions),
            b.line("supervision_hours", "hours", lambda f: f.supervision_hours),
            b.line("training_hours", "hours", lambda f: f.training_hours, total=True),
            *b.workers("training_by_worker", "training_of", "hours",
                       lambda f: f.training_by_worker)]),
    ]


class _Builder:
    """Makes lines from one accessor applied to the three periods."""

    def __init__(self, periods: tuple[Figures, Figures, Figures], lang: str) -> None:
        self.periods = periods
        self.lang = lang

    def section(self, key: str, lines: Iterable[Line]) -> Section:
        return Section(key, text(key, self.lang), tuple(lines))

    def line(self, key: str, unit: str, get: Callable[[Figures], Number], *,
             label: str | None = None, total: bool = False, level: int = 0) -> Line:
        cur, prev, ytd = (get(f) for f in self.periods)
        return Line(key, label if label is not None else text(key, self.lang),
                    text(unit, self.lang), cur, prev, ytd, total, level)

    def vocab(self, key: str, vocab: Vocab, unit: str,
              get: Callable[[Figures], dict[str, int]], *, template: str | None = None,
              level: int = 1) -> list[Line]:
        """One line per term (an unknown code only when some period has it)."""
        codes = list(get(self.periods[0]))
        for f in self.periods[1:]:
            codes += [c for c in get(f) if c not in codes]
        lines = []
        for code in codes:
            if code == UNKNOWN and not any(get(f).get(code) for f in self.periods):
                continue
            name = text("unknown", self.lang) if code == UNKNOWN else vocab.label(code,
                                                                                  self.lang)
            label = text(template, self.lang) % name if template else name
            lines.append(self.line(f"{key}.{code}", unit,
                                   _count_of(get, code), label=label,
                                   level=level))
        return lines

    def workers(self, key: str, template: str, unit: str,
                get: Callable[[Figures], tuple[WorkerCount, ...]]) -> list[Line]:
        """One line per worker seen in any period, by name."""
        names: dict[str, str] = {}
        for f in self.periods:
            for w in get(f):
                names.setdefault(w.worker_id, w.name)
        lines = []
        for wid, name in sorted(names.items(), key=lambda item: (item[1], item[0])):
            shown = name or text("unknown", self.lang)
            lines.append(self.line(
                f"{key}.{wid or UNKNOWN}", unit,
                _worker_value(get, wid),
                label=text(template, self.lang) % shown, level=1))
        return lines


__all__ = ["Line", "Section", "in_lang", "labelled", "month_label", "report_sections", "text",
           "title"]


# Named getters instead of lambdas with default arguments: one closure per code or worker.
def _needs_high(code: str) -> Callable[[Figures], Number]:
    return lambda f: f.needs_high[code]


def _count_of(get: Callable[[Figures], dict[str, int]], code: str) -> Callable[[Figures], Number]:
    return lambda f: get(f).get(code, 0)


def _worker_value(get: Callable[[Figures], tuple[WorkerCount, ...]],
                  worker_id: str) -> Callable[[Figures], Number]:
    return lambda f: next((x.value for x in get(f) if x.worker_id == worker_id), 0)
