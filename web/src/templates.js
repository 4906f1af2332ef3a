// The official layouts of the three tables (../shared/spec/templates.md), as data the renderer
// walks. Ids are the contract's; labels are what the clerk sees printed on the template.

var REQ_COLUMNS = [
  ['natural_person', '自然人'],
  ['commercial', '商业企业'],
  ['research', '科研机构'],
  ['social_org', '社会公益组织'],
  ['legal_service', '法律服务机构'],
  ['other_org', '其他'],
  ['total', '总计']
];

// Result rows under 三、本年度办理结果: [group label or null, row id, label]. A group label
// spans the rows that follow it with the same group.
var REQ_RESULT_COMMON = [
  [null, 'granted', '(一)予以公开'],
  [null, 'partial', '(二)部分公开(区分处理的,只计这一情形,不计其他情形)'],
  ['(三)不予公开', 'denied_state_secret', '1.属于国家秘密'],
  ['(三)不予公开', 'denied_prohibited_by_law', '2.其他法律行政法规禁止公开'],
  ['(三)不予公开', 'denied_three_safety', '3.危及“三安全一稳定”'],
  ['(三)不予公开', 'denied_third_party', '4.保护第三方合法权益'],
  ['(三)不予公开', 'denied_internal_affairs', '5.属于三类内部事务信息'],
  ['(三)不予公开', 'denied_process_info', '6.属于四类过程性信息'],
  ['(三)不予公开', 'denied_enforcement_file', '7.属于行政执法案卷'],
  ['(三)不予公开', 'denied_query_matter', '8.属于行政查询事项'],
  ['(四)无法提供', 'unavailable_not_held', '1.本机关不掌握相关政府信息'],
  ['(四)无法提供', 'unavailable_needs_creation', '2.没有现成信息需要另行制作'],
  ['(四)无法提供', 'unavailable_unclear', '3.补正后申请内容仍不明确'],
  ['(五)不予处理', 'rejected_petition', '1.信访举报投诉类申请'],
  ['(五)不予处理', 'rejected_repeat', '2.重复申请'],
  ['(五)不予处理', 'rejected_publication', '3.要求提供公开出版物'],
  ['(五)不予处理', 'rejected_massive', '4.无正当理由大量反复申请'],
  ['(五)不予处理', 'rejected_confirmation', '5.要求行政机关确认或重新出具已获取信息']
];

var REQ_RESULT_2021 = REQ_RESULT_COMMON.concat([
  ['(六)其他处理', 'other_overdue_correction', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['(六)其他处理', 'other_unpaid_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['(六)其他处理', 'other_misc', '3.其他'],
  [null, 'total', '(七)总计']
]);

var REQ_RESULT_2019 = REQ_RESULT_COMMON.concat([
  [null, 'other', '(六)其他处理'],
  [null, 'total', '(七)总计']
]);

var REVIEW_COLUMNS = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
  ['total', '总计']
];

var REVIEW_ROWS = [
  ['review', '行政复议'],
  ['litigation_direct', '未经复议直接起诉'],
  ['litigation_after_review', '复议后起诉']
];

// active: blocks of [article, columns [[id, header]], rows [[id, label]]].
var ACTIVE_2021 = [
  ['第二十条第(一)项', [['issued', '本年制发件数'], ['repealed', '本年废止件数'], ['in_force', '现行有效件数']],
    [['rules', '规章'], ['normative_docs', '行政规范性文件']]],
  ['第二十条第(五)项', [['decisions', '本年处理决定数量']], [['licensing', '行政许可']]],
  ['第二十条第(六)项', [['decisions', '本年处理决定数量']], [['penalty', '行政处罚'], ['coercion', '行政强制']]],
  ['第二十条第(八)项', [['amount', '本年收费金额(单位:万元)']], [['fees', '行政事业性收费']]]
];

var ACTIVE_2019_COUNTS = [['previous', '上一年项目数量'], ['change', '本年增/减'], ['decisions', '处理决定数量']];
var ACTIVE_2019 = [
  ['第二十条第(一)项', [['made', '本年新制作数量'], ['published', '本年新公开数量'], ['total_published', '对外公开总数量']],
    [['rules', '规章'], ['normative_docs', '规范性文件']]],
  ['第二十条第(五)项', ACTIVE_2019_COUNTS, [['licensing', '行政许可'], ['other_services', '其他对外管理服务事项']]],
  ['第二十条第(六)项', ACTIVE_2019_COUNTS, [['penalty', '行政处罚'], ['coercion', '行政强制']]],
  ['第二十条第(八)项', [['previous', '上一年项目数量'], ['change', '本年增/减']], [['fees', '行政事业性收费']]],
  ['第二十条第(九)项', [['count', '采购项目数量'], ['amount', '采购总金额']], [['procurement', '政府集中采购']]]
];

var TEMPLATES = {
  '2019': { active: ACTIVE_2019, results: REQ_RESULT_2019 },
  '2021': { active: ACTIVE_2021, results: REQ_RESULT_2021 }
};

var TABLE_TITLES = {
  active: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  review: '四、政府信息公开行政复议、行政诉讼情况'
};

// Labels for naming a cell in the findings list ("表三 (七)总计 × 法律服务机构").
function rowLabel(template, table, rowId) {
  var t = TEMPLATES[template] || TEMPLATES['2021'];
  var i;
  if (table === 'requests') {
    if (rowId === 'new') return '一、本年新收政府信息公开申请数量';
    if (rowId === 'carried_over') return '二、上年结转政府信息公开申请数量';
    if (rowId === 'carry_forward') return '四、结转下年度继续办理';
    for (i = 0; i < t.results.length; i++) {
      if (t.results[i][1] === rowId) return (t.results[i][0] ? t.results[i][0] + ' ' : '') + t.results[i][2];
    }
  } else if (table === 'review') {
    for (i = 0; i < REVIEW_ROWS.length; i++) if (REVIEW_ROWS[i][0] === rowId) return REVIEW_ROWS[i][1];
  } else if (table === 'active') {
    for (i = 0; i < t.active.length; i++) {
      var rows = t.active[i][2];
      for (var j = 0; j < rows.length; j++) if (rows[j][0] === rowId) return rows[j][1];
    }
  }
  return rowId;
}

function columnLabel(template, table, rowId, colId) {
  var t = TEMPLATES[template] || TEMPLATES['2021'];
  var list = table === 'requests' ? REQ_COLUMNS : table === 'review' ? REVIEW_COLUMNS : [];
  if (table === 'active') {
    for (var i = 0; i < t.active.length; i++) {
      var b = t.active[i];
      for (var j = 0; j < b[2].length; j++) if (b[2][j][0] === rowId) list = b[1];
    }
  }
  for (var k = 0; k < list.length; k++) if (list[k][0] === colId) return list[k][1];
  return colId;
}
