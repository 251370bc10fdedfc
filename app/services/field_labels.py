"""What a person calls each field of the records, for the lists of changes that are not
a form (the audit, the person's own record). The forms keep their own labels."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "name": ("Name", "姓名"),
    "gender": ("Gender", "性别"),
    "birth_date": ("Birth date", "出生日期"),
    "id_number": ("ID number", "身份证号码"),
    "phone": ("Phone", "联系电话"),
    "village": ("Village", "村（社区）"),
    "village_group": ("Village group", "村民小组"),
    "address": ("Address", "住址"),
    "risk_level": ("Risk level", "风险等级"),
    "status": ("Status", "状态"),
    "assigned_worker_id": ("Worker in charge", "责任社工"),
    "consent_given": ("Consent signed", "知情同意"),
    "consent_date": ("Consent date", "知情同意日期"),
    "notes": ("Notes", "备注"),
    "void_reason": ("Voided (reason)", "作废（原因）"),
    "stage": ("Stage", "阶段"),
    "presenting_problem": ("Presenting problem", "求助问题"),
    "worker_id": ("Worker", "社工"),
    "opened_on": ("Opened on", "开案日期"),
    "closed_on": ("Closed on", "结案日期"),
    "closure_reason": ("Closure reason", "结案原因"),
    "next_followup": ("Next follow-up", "下次跟进日期"),
    "visit_date": ("Visit date", "走访日期"),
    "duration_min": ("Duration", "时长"),
    "mode": ("Mode", "走访方式"),
    "people_met": ("People met", "接触人员"),
    "observations": ("Observations", "观察记录"),
    "services": ("Services delivered", "提供的服务"),
    "risks": ("Risks noticed", "发现的风险"),
    "material_level": ("Material needs", "物质需求"),
    "emotional_level": ("Emotional needs", "情感需求"),
    "social_level": ("Social needs", "社会交往需求"),
    "agency": ("Agency", "转介单位"),
    "reason": ("Reason", "原因"),
    "outcome": ("Outcome", "结果"),
    "title": ("Title", "标题"),
    "kind": ("Kind", "类别"),
    "relationship": ("Relation", "关系"),
    "is_guardian": ("Guardian", "监护人"),
    "category": ("Category", "类别"),
}


def field_label(field: str, lang: str) -> str:
    en, zh = LABELS.get(field, (field.replace("_", " "), field))
    return zh if lang == "zh" else en
