"""Every controlled vocabulary: stable English codes in the data, zh_CN and English labels.

Codes never change once shipped (bundles from old laptops carry them); labels may.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    zh: str
    en: str

    def label(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Vocab:
    """An ordered set of terms; `in` tests codes."""

    def __init__(self, name: str, zh: str, en: str, *terms: tuple[str, str, str]) -> None:
        self.name = name
        self.zh = zh
        self.en = en
        self.terms = tuple(Term(*t) for t in terms)
        self._by_code = {t.code: t for t in self.terms}

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def codes(self) -> tuple[str, ...]:
        return tuple(self._by_code)

    def term(self, code: str) -> Term:
        return self._by_code[code]

    def label(self, code: str | None, lang: str) -> str:
        if code is None:
            return ""
        term = self._by_code.get(code)
        return term.label(lang) if term else code


CLIENT_CATEGORY = Vocab(
    "client_category", "服务对象类别", "Client category",
    ("minimum_allowance", "低保对象", "Minimum living allowance recipient"),
    ("extreme_poverty", "特困人员", "Person in extreme poverty"),
    ("temporary_assistance", "临时救助对象", "Temporary assistance recipient"),
    ("orphan", "孤儿", "Orphan"),
    ("unsupported_child", "事实无人抚养儿童", "De-facto unsupported child"),
    ("left_behind_child", "农村留守儿童", "Left-behind child"),
    ("left_behind_woman", "农村留守妇女", "Left-behind woman"),
    ("left_behind_elderly", "农村留守老年人", "Left-behind elderly person"),
    ("elderly_in_difficulty", "特殊困难老年人", "Elderly person in special difficulty"),
    ("disabled", "残疾人", "Person with disabilities"),
    ("homeless", "生活无着的流浪乞讨人员", "Homeless person with no means of living"),
    # Chosen on purpose when no category fits yet; the report counts it like the others.
    ("to_be_assessed", "其他（待评估）", "Other / to be assessed"),
)
# Categories whose clients are children: only under 18.
CHILD_CATEGORIES = frozenset({"orphan", "unsupported_child", "left_behind_child"})

GENDER = Vocab(
    "gender", "性别", "Gender",
    ("male", "男", "Male"),
    ("female", "女", "Female"),
)

RISK_LEVEL = Vocab(
    "risk_level", "风险等级", "Risk level",
    ("low", "低", "Low"),
    ("medium", "中", "Medium"),
    ("high", "高", "High"),
)

CLIENT_STATUS = Vocab(
    "client_status", "状态", "Status",
    ("active", "在册服务中", "Receiving services"),
    ("inactive", "暂停服务", "Services paused"),
    ("moved_away", "已迁出", "Moved away"),
    ("deceased", "已故", "Deceased"),
)

DISABILITY_TYPE = Vocab(
    "disability_type", "残疾类别", "Disability type",
    ("visual", "视力残疾", "Visual"),
    ("hearing", "听力残疾", "Hearing"),
    ("speech", "言语残疾", "Speech"),
    ("physical", "肢体残疾", "Physical"),
    ("intellectual", "智力残疾", "Intellectual"),
    ("mental", "精神残疾", "Mental"),
    ("multiple", "多重残疾", "Multiple"),
)

DISABILITY_GRADE = Vocab(
    "disability_grade", "残疾等级", "Disability grade",
    ("1", "一级", "Grade 1"),
    ("2", "二级", "Grade 2"),
    ("3", "三级", "Grade 3"),
    ("4", "四级", "Grade 4"),
)

RELATIONSHIP = Vocab(
    "relationship", "与服务对象关系", "Relationship",
    ("spouse", "配偶", "Spouse"),
    ("child", "子女", "Child"),
    ("parent", "父母", "Parent"),
    ("grandparent", "祖父母/外祖父母", "Grandparent"),
    ("grandchild", "孙子女/外孙子女", "Grandchild"),
    ("sibling", "兄弟姐妹", "Sibling"),
    ("uncle_aunt", "叔伯姑舅姨", "Uncle or aunt"),
    ("other", "其他", "Other"),
)

CASE_STAGE = Vocab(
    "case_stage", "个案阶段", "Case stage",
    ("intake", "接案", "Intake"),
    ("assessment", "预估", "Assessment"),
    ("plan", "计划", "Plan"),
    ("intervention", "介入", "Intervention"),
    ("evaluation", "评估", "Evaluation"),
    ("closed", "结案", "Closed"),
)
CASE_STAGE_ORDER = CASE_STAGE.codes()

CLOSURE_REASON = Vocab(
    "closure_reason", "结案原因", "Closure reason",
    ("goals_met", "服务目标达成", "Goals met"),
    ("referred", "已转介", "Referred elsewhere"),
    ("moved_away", "服务对象迁出", "Client moved away"),
    ("declined", "服务对象拒绝服务", "Client declined services"),
    ("deceased", "服务对象去世", "Client died"),
    ("no_longer_eligible", "不再符合服务条件", "No longer eligible"),
    ("other", "其他", "Other"),
)

GOAL_STATUS = Vocab(
    "goal_status", "目标状态", "Goal status",
    ("open", "进行中", "In progress"),
    ("met", "已达成", "Met"),
    ("partly_met", "部分达成", "Partly met"),
    ("dropped", "已放弃", "Dropped"),
)

VISIT_MODE = Vocab(
    "visit_mode", "走访方式", "Visit mode",
    ("home", "入户走访", "Home visit"),
    ("phone", "电话回访", "Phone call"),
    ("station", "站内面谈", "At the station"),
    ("elsewhere", "其他地点", "Elsewhere"),
)

NEED_LEVEL = Vocab(
    "need_level", "需求程度", "Need level",
    ("none", "无", "None"),
    ("low", "低", "Low"),
    ("medium", "中", "Medium"),
    ("high", "高", "High"),
)
# The three need dimensions of the field method (seed README): material, emotional, social.
NEED_DIMENSIONS = (
    Term("material", "物质需求", "Material needs"),
    Term("emotional", "精神需求", "Emotional needs"),
    Term("social", "社会需求", "Social needs"),
)

SERVICE_TYPE = Vocab(
    "service_type", "服务内容", "Service delivered",
    ("policy_advice", "政策咨询", "Policy advice"),
    ("emotional_support", "情绪疏导", "Emotional support"),
    ("material_help", "物资帮扶", "Material help"),
    ("resource_linking", "资源链接", "Resource linking"),
    ("referral", "转介服务", "Referral"),
    ("daily_care", "生活照料", "Daily living help"),
    ("health_support", "健康支持", "Health support"),
    ("education_support", "学业辅导", "Education support"),
    ("family_mediation", "家庭关系调适", "Family mediation"),
    ("benefit_application", "协助申请救助", "Help applying for benefits"),
    ("safety_check", "安全检查", "Safety check"),
)

REFERRAL_AGENCY = Vocab(
    "referral_agency", "转介机构", "Referral agency",
    ("civil_affairs", "民政部门", "Civil affairs"),
    ("education", "教育部门", "Education"),
    ("health", "卫生健康部门", "Health"),
    ("disabled_federation", "残疾人联合会", "Disabled persons' federation"),
    ("police", "公安机关", "Police"),
    ("human_resources", "人力资源和社会保障部门", "Human resources and social security"),
    ("womens_federation", "妇女联合会", "Women's federation"),
    ("judicial", "司法部门", "Judicial"),
    ("village_committee", "村（居）委会", "Village committee"),
    ("other", "其他", "Other"),
)

# People who help the station without being its staff.
HELPER_KIND = Vocab(
    "helper_kind", "类别", "Kind",
    ("volunteer", "志愿者", "Volunteer"),
    ("village_cadre", "村（社区）干部", "Village cadre"),
)

# What an attached file shows (附件类别).
ATTACHMENT_KIND = Vocab(
    "attachment_kind", "附件类别", "Kind",
    ("photo", "照片", "Photo"),
    ("consent_form", "知情同意书", "Consent form"),
    ("id_card", "身份证复印件", "ID card copy"),
    ("household_register", "户口簿页", "Household register page"),
    ("other", "其他文件", "Other document"),
)

# The file formats an attachment may be in (after downscaling, photos are JPEG or PNG).
MEDIA_TYPE = Vocab(
    "media_type", "文件格式", "Format",
    ("jpeg", "JPEG 图片", "JPEG image"),
    ("png", "PNG 图片", "PNG image"),
    ("pdf", "PDF 文件", "PDF document"),
)

# What a request asks the head or the supervisor to approve.
REQUEST_KIND = Vocab(
    "request_kind", "审批事项", "Request",
    ("closure", "结案", "Closing the case"),
    ("plan", "服务计划", "The service plan"),
)

# The answer to a request to close a case (结案审批).
APPROVAL_DECISION = Vocab(
    "approval_decision", "审批结果", "Decision",
    ("approved", "同意", "Approved"),
    ("returned", "退回", "Returned"),
)

REFERRAL_STATUS = Vocab(
    "referral_status", "转介状态", "Referral status",
    ("pending", "待处理", "Pending"),
    ("accepted", "已受理", "Accepted"),
    ("completed", "已完成", "Completed"),
    ("declined", "未受理", "Declined"),
)

CERTIFICATION = Vocab(
    "certification", "职业资格", "Certification",
    ("none", "无", "None"),
    ("assistant", "助理社会工作师", "Assistant social worker"),
    ("social_worker", "社会工作师", "Social worker"),
    ("senior", "高级社会工作师", "Senior social worker"),
)

ROLE = Vocab(
    "role", "角色", "Role",
    ("worker", "社工", "Social worker"),
    ("head", "站长", "Station head"),
    ("supervisor", "督导", "Supervisor"),
    ("county", "县民政局", "County office"),
)

ACTIVITY_KIND = Vocab(
    "activity_kind", "活动类型", "Activity type",
    ("group", "小组活动", "Group work"),
    ("community", "社区活动", "Community activity"),
)

SERVICE_DOMAIN = Vocab(
    "service_domain", "服务领域", "Service domain",
    ("social_assistance", "社会救助", "Social assistance"),
    ("elderly_care", "养老服务", "Elderly care"),
    ("child_care", "儿童关爱", "Child care and protection"),
    ("community_governance", "社区治理", "Community governance"),
)

DELIVERY_MODE = Vocab(
    "delivery_mode", "形式", "Form",
    ("offline", "线下", "On site"),
    ("online", "线上", "Online"),
)

ALL_VOCABS: dict[str, Vocab] = {
    v.name: v
    for v in (
        CLIENT_CATEGORY, GENDER, RISK_LEVEL, CLIENT_STATUS, DISABILITY_TYPE, DISABILITY_GRADE,
        RELATIONSHIP, CASE_STAGE, CLOSURE_REASON, GOAL_STATUS, VISIT_MODE, NEED_LEVEL,
        SERVICE_TYPE, REFERRAL_AGENCY, REFERRAL_STATUS, CERTIFICATION, ROLE, ACTIVITY_KIND,
        SERVICE_DOMAIN, DELIVERY_MODE, APPROVAL_DECISION, HELPER_KIND, REQUEST_KIND,
        ATTACHMENT_KIND, MEDIA_TYPE,
    )
}
