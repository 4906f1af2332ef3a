"""Row and column ids of the two templates (../../shared/spec/templates.md) and their printed labels.

Labels are written with ASCII punctuation and placeholders; `style.py` turns them into the
punctuation a given report uses:  ( ) , : are varied, `N.` marks an enumerator ("1." / "1．" / "1、"),
and  <Q>...</Q>  marks the quotes around 三安全一稳定.
"""

REQ_COLS = ["natural_person", "commercial", "research", "social_org", "legal_service", "other_org", "total"]
APPLICANT_COLS = REQ_COLS[:-1]

REQ_COL_HEADERS = {
    "natural_person": "自然人", "commercial": "商业企业", "research": "科研机构",
    "social_org": "社会公益组织", "legal_service": "法律服务机构", "other_org": "其他", "total": "总计",
}

# (row id, parent label or None, label) in printed order, for the 办理结果 block.
_RESULTS_COMMON_HEAD = [
    ("granted", None, "(一)予以公开"),
    ("partial", None, "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"),
    ("denied_state_secret", "(三)不予公开", "1.属于国家秘密"),
    ("denied_prohibited_by_law", "(三)不予公开", "2.其他法律行政法规禁止公开"),
    ("denied_three_safety", "(三)不予公开", "3.危及<Q>三安全一稳定</Q>"),
    ("denied_third_party", "(三)不予公开", "4.保护第三方合法权益"),
    ("denied_internal_affairs", "(三)不予公开", "5.属于三类内部事务信息"),
    ("denied_process_info", "(三)不予公开", "6.属于四类过程性信息"),
    ("denied_enforcement_file", "(三)不予公开", "7.属于行政执法案卷"),
    ("denied_query_matter", "(三)不予公开", "8.属于行政查询事项"),
    ("unavailable_not_held", "(四)无法提供", "1.本机关不掌握相关政府信息"),
    ("unavailable_needs_creation", "(四)无法提供", "2.没有现成信息需要另行制作"),
    ("unavailable_unclear", "(四)无法提供", "3.补正后申请内容仍不明确"),
    ("rejected_petition", "(五)不予处理", "1.信访举报投诉类申请"),
    ("rejected_repeat", "(五)不予处理", "2.重复申请"),
    ("rejected_publication", "(五)不予处理", "3.要求提供公开出版物"),
    ("rejected_massive", "(五)不予处理", "4.无正当理由大量反复申请"),
    ("rejected_confirmation", "(五)不予处理", "5.要求行政机关确认或重新出具已获取信息"),
]
_RESULTS_OTHER = {
    "2021": [
        ("other_overdue_correction", "(六)其他处理",
         "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("other_unpaid_fee", "(六)其他处理",
         "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("other_misc", "(六)其他处理", "3.其他"),
    ],
    "2019": [("other", None, "(六)其他处理")],
}
_RESULT_TOTAL = ("total", None, "(七)总计")

REQ_NEW_LABEL = "一、本年新收政府信息公开申请数量"
REQ_CARRIED_LABEL = "二、上年结转政府信息公开申请数量"
REQ_RESULTS_LABEL = "三、本年度办理结果"
REQ_CF_LABEL = "四、结转下年度继续办理"
REQ_NOTE = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)"


def result_rows(template):
    """The 办理结果 rows (granted … (七)总计) as (id, parent, label)."""
    return _RESULTS_COMMON_HEAD + _RESULTS_OTHER[template] + [_RESULT_TOTAL]


def result_item_ids(template):
    """Rows whose sum is the (七)总计 row."""
    return [r[0] for r in result_rows(template) if r[0] != "total"]


def request_row_ids(template):
    return ["new", "carried_over"] + [r[0] for r in result_rows(template)] + ["carry_forward"]


REVIEW_ROWS = ["review", "litigation_direct", "litigation_after_review"]
REVIEW_COLS = ["upheld", "corrected", "other", "pending", "total"]
REVIEW_COL_HEADERS = {"upheld": "结果维持", "corrected": "结果纠正", "other": "其他结果",
                      "pending": "尚未审结", "total": "总计"}

# Active table: blocks of (block header, column headers, [(row id, label)], [(col id, colspan)]).
ACTIVE_BLOCKS = {
    "2021": [
        ("第二十条第(一)项", ["本年制发件数", "本年废止件数", "现行有效件数"],
         [("rules", "规章"), ("normative_docs", "行政规范性文件")],
         [("issued", 1), ("repealed", 1), ("in_force", 1)]),
        ("第二十条第(五)项", ["本年处理决定数量"], [("licensing", "行政许可")], [("decisions", 3)]),
        ("第二十条第(六)项", ["本年处理决定数量"], [("penalty", "行政处罚"), ("coercion", "行政强制")],
         [("decisions", 3)]),
        ("第二十条第(八)项", ["本年收费金额(单位:万元)"], [("fees", "行政事业性收费")], [("amount", 3)]),
    ],
    "2019": [
        ("第二十条第(一)项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
         [("rules", "规章"), ("normative_docs", "规范性文件")],
         [("made", 1), ("published", 1), ("total_published", 1)]),
        ("第二十条第(五)项", ["上一年项目数量", "本年增/减", "处理决定数量"],
         [("licensing", "行政许可"), ("other_services", "其他对外管理服务事项")],
         [("previous", 1), ("change", 1), ("decisions", 1)]),
        ("第二十条第(六)项", ["上一年项目数量", "本年增/减", "处理决定数量"],
         [("penalty", "行政处罚"), ("coercion", "行政强制")],
         [("previous", 1), ("change", 1), ("decisions", 1)]),
        ("第二十条第(八)项", ["上一年项目数量", "本年增/减"], [("fees", "行政事业性收费")],
         [("previous", 1), ("change", 2)]),
        ("第二十条第(九)项", ["采购项目数量", "采购总金额"], [("procurement", "政府集中采购")],
         [("count", 1), ("amount", 2)]),
    ],
}

ACTIVE_LABELS = {t: {rid: lab for b in blocks for rid, lab in b[2]} for t, blocks in ACTIVE_BLOCKS.items()}


def active_layout(template):
    """{row id: [col ids]} of the active table."""
    out = {}
    for _hdr, _cols, rows, cols in ACTIVE_BLOCKS[template]:
        for rid, _label in rows:
            out[rid] = [c for c, _span in cols]
    return out


def table_shape(template):
    """{table: {row: [cols]}} — every cell of the template."""
    return {
        "active": active_layout(template),
        "requests": {r: list(REQ_COLS) for r in request_row_ids(template)},
        "review": {r: list(REVIEW_COLS) for r in REVIEW_ROWS},
    }


# Header cells that Word/CMS often break over two lines, and where.
HEADER_SPLITS = {
    "本年新制作数量": ("本年新", "制作数量"), "本年新公开数量": ("本年新", "公开数量"),
    "对外公开总数量": ("对外公开", "总数量"), "上一年项目数量": ("上一年", "项目数量"),
    "处理决定数量": ("处理决定", "数量"), "本年制发件数": ("本年制发", "件数"),
    "本年废止件数": ("本年废止", "件数"), "现行有效件数": ("现行有效", "件数"),
    "本年处理决定数量": ("本年处理决定", "数量"),
    "商业企业": ("商业", "企业"), "科研机构": ("科研", "机构"), "社会公益组织": ("社会公益", "组织"),
    "法律服务机构": ("法律服务", "机构"),
    "结果维持": ("结果", "维持"), "结果纠正": ("结果", "纠正"), "其他结果": ("其他", "结果"),
    "尚未审结": ("尚未", "审结"),
}
