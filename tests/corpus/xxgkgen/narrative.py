"""The narrative: intro, section titles and bodies, with table numbers stated consistently.

Every sentence that states a table number goes through `Facts.n()` so that a text-mismatch defect
can replace exactly one unambiguous claim and nothing else.
"""

CN_NUM = "零一二三四五六七八九十"

# claim id -> (table, row, column) for the unambiguous sentences (rules.md "Narrative against tables")
CLAIM_CELLS = {
    "req_new": ("requests", "new", "total"),
    "req_carried": ("requests", "carried_over", "total"),
    "req_cf": ("requests", "carry_forward", "total"),
    "req_done": ("requests", "total", "total"),
    "review_total": ("review", "review", "total"),
    "docs_issued": ("active", "normative_docs", None),   # issued (2021) / made (2019)
}

# A report of seven parts puts a section of its own between 一 and the template's 二.
EXTRA_SECTION_TEXT = "围绕年度政务公开工作要点，逐项分解任务，明确责任分工和完成时限，按季度调度推进落实情况。"

SECTION_TITLES = {
    1: ["一、总体情况"],
    2: ["二、主动公开政府信息情况", "二、主动公开政府信息情况", "二、行政机关主动公开政府信息情况"],
    3: ["三、收到和处理政府信息公开申请情况", "三、收到和处理政府信息公开申请情况",
        "三、行政机关收到和处理政府信息公开申请情况"],
    4: ["四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况",
        "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"],
    5: ["五、存在的主要问题及改进情况", "五、存在的主要问题及改进情况",
        "五、政府信息公开工作存在的主要问题及改进情况"],
    6: ["六、其他需要报告的事项"],
}


class Facts:
    """Correct table values plus the one claim a defect falsifies."""

    def __init__(self, rng, values, template, year, agency, forced=None):
        self.rng, self.values, self.template, self.year, self.agency = rng, values, template, year, agency
        self.forced = forced            # (claim id, shown number) or None
        self.used_forced = False

    def cell(self, t, r, c):
        return self.values[t][r][c]

    def claim(self, claim_id, correct):
        """Number printed for an unambiguous claim (the defect's shown value if it is the forced one)."""
        if self.forced and self.forced[0] == claim_id:
            self.used_forced = True
            return self.forced[1]
        return correct

    def wants(self, claim_id):
        return bool(self.forced) and self.forced[0] == claim_id

    def num(self, n):
        """A consistent number, occasionally in Chinese numerals ("两件")."""
        if 0 < n <= 10 and self.rng.random() < 0.08:
            return "两" if n == 2 else CN_NUM[n]
        return f"{n:,}" if n >= 1000 and self.rng.random() < 0.3 else str(n)

    @property
    def S(self):
        return self.agency.selfref


def docs_col(template):
    return "issued" if template == "2021" else "made"


# ---- title, chrome, intro ------------------------------------------------------------------------

def title(rng, agency, year):
    return rng.choice([f"{agency.name}{year}年政府信息公开工作年度报告"] * 6 +
                      [f"{agency.name}{year}年度政府信息公开工作年度报告",
                       f"{agency.name}{year}年政府信息公开工作报告"])


def chrome_before(rng, agency, year):
    d = f"{year + 1}-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d}"
    t = f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    return rng.choice([
        [f"发布时间：{d} {t} 字号：[ 大 中 小 ]"],
        [f"发布时间:{d} {t} 字号:"],
        [f"日期:{d} {t}:{rng.randint(0, 59):02d} 字号:"],
        [f"来源：{agency.name}  发布时间：{d}  浏览次数：{rng.randint(30, 9000)}", "【字体：大 中 小】 【打印】 【关闭】"],
        [f"索引号：{rng.randint(10000000, 99999999)}/{year + 1}-{rng.randint(1000, 9999)}", f"发文机关：{agency.name}",
         f"成文日期：{d}", f"发布日期：{d}"],
    ])


def chrome_top(rng):
    return rng.choice([["首页 > 政务公开 > 政府信息公开年报"], ["当前位置：首页 > 信息公开 > 年度报告"],
                       ["您当前的位置：首页>政府信息公开>政府信息公开年报"]])


def chrome_after(rng, agency, year):
    code = rng.randint(1000000000, 9999999999)
    icp = rng.choice(["闽", "甘", "蒙", "苏", "浙", "粤", "川", "豫", "鲁", "鄂", "滇", "湘"])
    options = [
        ["打印本页 关闭窗口"],
        [f"主办：{agency.name}", f"网站标识码 {code} {icp}ICP备{rng.randint(10000000, 99999999)}号-{rng.randint(1, 9)}",
         f"联系电话：{agency.phone_area}-{rng.randint(2000000, 8999999)}"],
        ["账号+密码登录", "手机+密码登录", "还没有账号?", "立即注册"],
        [f"上一篇：{agency.name}{year - 1}年政府信息公开工作年度报告", "下一篇：关于公布政务服务事项清单的通知"],
        ["扫一扫在手机打开当前页", "【打印本页】【关闭窗口】"],
        ["重要", "通知"],
        [f"网站标识码：{code}", f"{icp}公网安备 {rng.randint(10000000000000, 99999999999999)}号",
         "网站地图 | 联系我们 | 登录"],
    ]
    picked = rng.sample(options, rng.randint(1, 3))
    return [line for group in picked for line in group]


def intro(rng, agency, year, template):
    basis = _basis(rng, agency, year, template)
    parts = [basis]
    if rng.random() < 0.8:
        parts.append(rng.choice([
            "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
            "存在的主要问题及改进情况、其他需要报告的事项。",
            "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
            "存在的主要问题及改进情况、其他需要报告的事项等六部分组成。",
            "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
            "存在的主要问题及改进情况、其他需要报告的事项六个部分。",
        ]))
    period = _period(rng, year)
    if period:
        parts.append(period)
    if rng.random() < 0.6:
        parts.append(f"本报告电子版可在{agency.name}门户网站（http://{agency.site}）“政府信息公开”专栏查阅或下载。")
    if rng.random() < 0.7:
        parts.append(_contact(rng, agency))
    if rng.random() < 0.25:
        # contact on separate lines, as siming-2019 does
        return [" ".join(parts[:-1]) if len(parts) > 1 else parts[0]] + _contact_lines(rng, agency)
    return ["".join(parts)]


def _basis(rng, agency, year, template):
    tiao = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）"
    if year >= 2021 and template == "2021" and rng.random() < 0.7:
        doc = ("和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》"
               "（国办公开办函〔2021〕30号）要求")
    elif template == "2019" and year <= 2020 and rng.random() < 0.4:
        doc = ("和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式（试行）〉"
               "的通知》（国办公开办函〔2019〕60号）要求")
    elif template == "2019" and year >= 2021 and rng.random() < 0.5:
        doc = "和《国务院办公厅政府信息与政务公开办公室关于印发〈…年度报告格式（试行）〉的通知》（国办公开办函〔2019〕60号）要求"
    elif rng.random() < 0.4:
        doc = f"和《{agency.short}人民政府办公室关于做好{year}年政府信息公开工作年度报告编制和发布工作的通知》要求"
    else:
        doc = "规定"
    tail = rng.choice([f"，现向社会公布{agency.name}{year}年政府信息公开工作年度报告。",
                       f"，编制本报告。", f"，{agency.name}编制了{year}年度政府信息公开工作年度报告。",
                       "，特向社会公布本年度政府信息公开工作年度报告。"])
    return tiao + doc + tail


def _period(rng, year):
    forms = [
        f"本报告所列数据的统计期限为{year}年1月1日至{year}年12月31日。",
        f"所列数据的统计期限为{year}年1月1日至{year}年12月31日。",
        f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。",
        f"本报告所列数据统计期限为{year}年1月1日至12月31日。",
        f"本报告所列数据期限截止时间为{year}年12月31日，统计数据为{year}年1月1日以来制作、获取并以一定形式记录和保存的政府信息数据。",
        f"报告中所列数据的统计期限为{year}年1月1日—{year}年12月31日。",
        f"本报告中使用数据统计期限为{year}年1月1日到12月31日。",
    ]
    if rng.random() < 0.12:
        return None
    return rng.choice(forms)


def _contact(rng, agency):
    tel = f"{agency.phone_area}-{rng.randint(2000000, 8999999)}"
    return rng.choice([
        f"如对本报告有疑问，请与{agency.name}联系（地址：{agency.short}{rng.choice(['人民路', '解放路', '府前街', '中山路'])}"
        f"{rng.randint(1, 300)}号；邮编：{rng.randint(100000, 850000)}；电话：{tel}）。",
        f"如对本年度报告有疑问，请与{agency.name}办公室联系，电话：{tel}。",
        f"若对本报告有疑问或意见建议，可直接与{agency.name}联系，联系电话：{tel}，电子邮箱：gk{rng.randint(10, 99)}@163.com。",
    ])


def _contact_lines(rng, agency):
    return ["联系方式：", f"地址：{agency.short}{rng.choice(['民族路', '新华路', '政府大院'])}{rng.randint(1, 99)}号  "
            f"邮编：{rng.randint(100000, 850000)}", f"电话：{agency.phone_area}-{rng.randint(2000000, 8999999)}"]


# ---- section 一 ----------------------------------------------------------------------------------

def overview(f):
    r = f.rng
    y = f.year
    lead = r.choice([
        f"{y}年，{f.agency.name}坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实《条例》，"
        f"以公开为常态、不公开为例外，扎实做好政府信息公开各项工作。",
        f"{y}年，{f.S}认真贯彻落实上级关于政务公开工作的部署要求，紧紧围绕中心工作，依法依规做好政府信息公开工作，"
        f"不断提升政务公开质量和实效。",
        f"{y}年，在上级主管部门的指导下，{f.S}严格落实《条例》要求，持续深化政务公开，推进决策、执行、管理、服务、"
        f"结果公开，切实保障人民群众的知情权、参与权、表达权和监督权。",
    ])
    return [("para", lead)]


def active_para(f):
    r, y = f.rng, f.year
    A = f.values["active"]
    bits = [r.choice([f"{y}年，{f.S}通过门户网站主动公开政府信息{r.randint(20, 3000)}条",
                      f"全年累计主动公开政府信息{r.randint(20, 3000)}条，其中政策文件{r.randint(1, 80)}条、工作动态{r.randint(10, 900)}条",
                      f"本年度在政府网站发布各类信息{r.randint(20, 3000)}条，更新政务公开目录{r.randint(1, 40)}次"])]
    col = docs_col(f.template)
    docs = A["normative_docs"]
    if docs[col] is not None and (f.wants("docs_issued") or r.random() < 0.55):
        n = f.claim("docs_issued", docs[col])
        word = "制发行政规范性文件" if f.template == "2021" else r.choice(["出台规范性文件", "新制作规范性文件"])
        if n == 0 and not f.wants("docs_issued") and r.random() < 0.5:
            bits.append("全年未制发行政规范性文件" if f.template == "2021" else "全年未出台规范性文件")
        else:
            bits.append(f"本年度{word}{n}件")
            if f.template == "2021" and docs["repealed"] and r.random() < 0.5:
                bits.append(f"废止{f.num(docs['repealed'])}件")
    if A["rules"].get("issued") and r.random() < 0.6:
        bits.append(f"制定政府规章{f.num(A['rules']['issued'])}件")
    if r.random() < 0.25:
        bits.append(f"清理规范性文件{r.randint(10, 90)}件，其中继续有效{r.randint(5, 60)}件")
    if r.random() < 0.3:
        bits.append(f"主动公开{y - 1}年政府信息公开工作年度报告、{y}年度部门预算等应公开事项")
    if r.random() < 0.3:
        bits.append(f"发布政策解读{r.randint(1, 40)}篇，回应社会关切{r.randint(1, 60)}次")
    head = r.choice(["（一）主动公开情况", "（一）主动公开", "（一）落实主动公开任务，提升信息公开水平"])
    return _sub(r, head, "，".join(bits) + "。")


def request_para(f):
    r = f.rng
    R = f.values["requests"]
    new, car = R["new"]["total"], R["carried_over"]["total"]
    done, cf = R["total"]["total"], R["carry_forward"]["total"]
    forced = f.forced[0] if f.forced else None
    head = r.choice(["（二）依申请公开情况", "（二）依申请公开", "（二）规范依申请公开，依法保障群众知情权"])
    if getattr(f, "sum_sentence", False) and car and forced not in ("req_new", "req_carried", "req_cf", "req_done"):
        text = _request_sum(f, new, car, done, cf)
    elif forced in ("req_new", "req_carried", "req_cf", "req_done") or (new and r.random() < 0.45):
        text = _request_explicit(f, new, car, done, cf)
    elif new == 0 and car == 0 and r.random() < 0.7:
        text = r.choice([f"本年度未收到政府信息公开申请，无上年结转申请。", f"{f.year}年度{f.S}未收到政府信息公开申请。",
                         "本年度未收到公开事项申请，无依申请公开情况。"])
    elif new + car and r.random() < 0.6:
        text = _request_ambiguous(f, new, car, done, cf)
    else:
        text = "严格按照《条例》要求，规范依申请公开受理、审核、答复等环节，做到依法、规范、按时答复。"
    return _sub(r, head, text)


def _request_explicit(f, new, car, done, cf):
    r = f.rng
    R = f.values["requests"]
    n_new = f.claim("req_new", new)
    s = r.choice([f"本年度共收到政府信息公开申请{n_new}件", f"{f.year}年共收到政府信息公开申请{n_new}件",
                  f"{f.year}年度，{f.S}共收到政府信息公开申请{n_new}件", f"全年新收政府信息公开申请{n_new}件"])
    if car or f.wants("req_carried"):
        s += f"，上年结转政府信息公开申请{f.claim('req_carried', car)}件"
    s += "。"
    if r.random() < 0.5 and done:
        res = _result_groups(R, f.template)
        s += "其中，" + "，".join(f"{k}{v}件" for k, v in res if v) + "。"
    if f.wants("req_done") or r.random() < 0.3:
        s += f"本年度办结政府信息公开申请{f.claim('req_done', done)}件"
        s += "，" if (cf or f.wants("req_cf")) else "。"
        if cf or f.wants("req_cf"):
            s += f"结转下年度继续办理{f.claim('req_cf', cf)}件。"
    elif cf or f.wants("req_cf"):
        s += f"结转下年度继续办理{f.claim('req_cf', cf)}件。"
    else:
        s += "所有申请均在法定期限内答复。"
    return s


def _request_sum(f, new, car, done, cf):
    """新收 plus 上年结转 stated as one sum ("共需办理M件"): M is neither 办结 nor 新收, and is right."""
    r = f.rng
    s = r.choice([f"本年度新收政府信息公开申请{f.num(new)}件，加上年结转共需办理{f.num(new + car)}件",
                  f"本年度新收申请{f.num(new)}件，加上上年结转{f.num(car)}件，共需办理{f.num(new + car)}件",
                  f"{f.year}年新收政府信息公开申请{f.num(new)}件，连同上年结转申请，合计需办理{f.num(new + car)}件"])
    if cf and r.random() < 0.6:
        s += f"，已办结{f.num(done)}件，结转下年度继续办理{f.num(cf)}件。"
    else:
        s += "，均已在法定期限内办结。" if not cf else "。"
    return s


def _result_groups(R, template):
    def tot(prefix):
        return sum(R[k]["total"] for k in R if k.startswith(prefix))
    other = tot("other")
    return [("予以公开", R["granted"]["total"]), ("部分公开", R["partial"]["total"]), ("不予公开", tot("denied_")),
            ("无法提供", tot("unavailable_")), ("不予处理", tot("rejected_")), ("其他处理", other)]


def _request_ambiguous(f, new, car, done, cf):
    """Sentences whose numbers are sums (受理 = 新收 + 上年结转) — consistent under some reading."""
    r = f.rng
    R = f.values["requests"]
    s = r.choice([f"{f.year}年度{f.S}共受理政府信息公开申请{f.num(new + car)}件",
                  f"全年共受理依申请公开{f.num(new + car)}件"])
    if car and r.random() < 0.6:
        s += f"（含上年结转{f.num(car)}件）"
    if r.random() < 0.6:
        use_carried = r.random() < 0.5
        np_ = R["new"]["natural_person"] + (R["carried_over"]["natural_person"] if use_carried else 0)
        lp = (R["new"]["total"] + (R["carried_over"]["total"] if use_carried else 0)) - np_
        s += f"，其中自然人申请{f.num(np_)}件"
        if lp:
            s += f"，法人或其他组织申请{f.num(lp)}件"
    s += "，均已按时答复办结。" if cf == 0 else f"，已办结{f.num(done)}件。"
    return s


def management_para(f):
    r = f.rng
    head = r.choice(["（三）政府信息管理", "（三）政府信息管理情况", "（三）加强信息管理，严把发布审核关"])
    text = r.choice([
        "严格落实政府信息公开保密审查机制，坚持“先审查、后公开”和“一事一审”原则，信息发布实行“三审三校”，全年未发生泄密事件。",
        f"动态调整政府信息公开目录，全面梳理现行有效的行政规范性文件，按要求做好规范性文件集中公开和动态更新，"
        f"全年组织业务培训{r.randint(1, 6)}次，参训人员{r.randint(10, 200)}人次。",
        "持续规范政府信息公开审核审批流程，严格履行保密责任制，凡公开前均需填写《网站信息发布审批表》，经三审三校后方可发布。",
    ])
    return _sub(r, head, text)


def platform_para(f):
    r = f.rng
    head = r.choice(["（四）政府信息公开平台建设", "（四）平台建设情况", "（四）政府信息平台建设情况"])
    text = r.choice([
        f"充分发挥政府门户网站第一平台作用，优化政府信息公开专栏设置，全年网站访问量{r.randint(10000, 900000)}人次；"
        f"政务微信公众号发布信息{r.randint(50, 2000)}条。",
        f"持续加强政务新媒体管理，“{f.agency.short}发布”微信公众号全年推送信息{r.randint(50, 1500)}条，关注人数超过{r.randint(1, 30)}万人。",
        "按照集约化要求完善政府网站功能，及时更新政务公开栏目内容，确保信息发布准确、及时、规范。",
    ])
    return _sub(r, head, text)


def oversight_para(f):
    r = f.rng
    head = r.choice(["（五）监督保障", "（五）监督保障情况", "（五）强化监督保障，压实工作责任"])
    text = r.choice([
        "将政务公开工作纳入年度绩效考核，明确分管领导和专人负责，定期开展自查整改，确保各项工作落到实处。",
        f"召开政务公开工作专题会议{r.randint(1, 5)}次，对照年度工作要点逐项抓好落实，及时整改发现的问题。",
    ])
    if f.agency.is_government and r.random() < 0.7:
        text += "全年未发生因政务公开工作引起的责任追究情况，社会评议总体良好。"
    V = f.values["review"]
    if f.wants("review_total") or (V["review"]["total"] and r.random() < 0.5):
        n = f.claim("review_total", V["review"]["total"])
        text += f"全年因政府信息公开工作被申请行政复议{n}件。"
    elif all(v["total"] == 0 for v in V.values()) and r.random() < 0.4:
        text += f"{f.year}年未发生因政府信息公开引起的行政复议、行政诉讼情况。"
    elif r.random() < 0.3:
        lit = V["litigation_direct"]["total"] + V["litigation_after_review"]["total"]
        text += f"本年度涉及政府信息公开的行政诉讼{f.num(lit)}件。" if lit else ""
    return _sub(r, head, text)


def _sub(r, head, text):
    if r.random() < 0.5:
        return [("subhead", head), ("para", text)]
    return [("para", head + "。" + text if not head.endswith("。") else head + text)]


# ---- sections 五 and 六 ----------------------------------------------------------------------------

def problems(f):
    r = f.rng
    p1 = r.choice([
        "（一）存在的主要问题。一是政务公开人员力量与工作要求存在差距，专业化水平不够，人员流动频繁。二是政策解读形式较为单一。",
        "（一）存在问题：政策解读方式还不够丰富，政民互动相对较少。",
        f"{f.year}年政府信息公开工作虽然取得了一定成效，但还存在一些问题和不足：主动公开的深度和广度有待进一步拓展，信息更新及时性有待提高。",
    ])
    p2 = r.choice([
        "（二）改进措施。一是加强业务培训，提高工作人员业务水平。二是丰富解读形式，运用图表图解、音频视频等多种方式开展解读。",
        "（二）改进情况：继续探索创新多渠道、全方位政策解读工作方式，优化页面设计，提升互动体验。",
        f"下一步，{f.S}将进一步健全工作机制，加大主动公开力度，提升依申请公开办理质量。",
    ])
    return [("para", p1), ("para", p2)]


def other_matters(f, fee_missing):
    r = f.rng
    paras = []
    if f.year >= 2021 and not fee_missing:
        paras.append(_fee_statement(f))
    extras = [
        f"本年度{f.S}办理人大代表建议{r.randint(0, 30)}件、政协委员提案{r.randint(0, 30)}件，均已按期办结。",
        f"{f.year}年度{f.S}认真落实{f.year}年政务公开工作要点，各项任务均已完成。",
        f"{f.year - 1}年度政府信息公开工作年度报告发现问题的整改工作已全部完成。",
        f"{f.year}年1月初取得{f.year - 1}年涉及政府信息公开行政判决书1份，结果维持。",
    ]
    if r.random() < 0.45:
        paras.append(r.choice(extras))
    if not paras:
        paras.append(r.choice(["无。", "无", "本年度无其他需要报告的事项。", "无其他需要报告的事项。"]))
    if len(paras) > 1 and r.random() < 0.5:
        paras = [f"{i + 1}.{p}" for i, p in enumerate(paras)]
    return [("para", p) for p in paras]


def _fee_statement(f):
    r, y = f.rng, f.year
    amount = r.choice([0, 0, 0, 0, 100, 300, 50])
    if amount:
        return r.choice([f"本年度{f.S}依据《政府信息公开信息处理费管理办法》收取信息处理费{amount}元。",
                         f"{y}年度共收取政府信息公开信息处理费{amount}元。"])
    return r.choice([
        "本年度未收取信息处理费。", f"{y}年度，{f.S}未收取政府信息公开信息处理费。",
        f"{y}年{f.S}无收取信息处理费情况。", f"{y}年度单位没有产生信息公开处理费。",
        "依据《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定的按件、"
        "按量收费标准，本年度没有产生信息公开处理费。",
        "本年度未收取政府信息公开信息处理费。",
    ])


def table_lead(rng, section):
    if rng.random() > 0.15:
        return []
    return [("para", {2: "本年度主动公开政府信息情况如下：", 3: "本年度收到和处理政府信息公开申请情况如下：",
                      4: "本年度政府信息公开行政复议、行政诉讼情况如下："}[section])]
