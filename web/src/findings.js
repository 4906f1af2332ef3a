// Grouping, ordering and naming of findings, shared by the findings list, the summary and the
// exported report.
import { rowLabel, columnLabel, tableLabel } from './templates.js';
import { lineAt } from './lines.js';

export var GROUPS = [
  ['table', '表格数据/勾稽关系'],
  ['text', '正文与表格一致'],
  ['structure', '结构与格式']
];

var TABLE_RULES = /^(req-|cell-|active-|fees-)/;

function groupOf(rule) {
  if (rule === 'text-table-mismatch') return 'text';
  if (TABLE_RULES.test(rule) || rule === 'review-total' || rule === 'suspect-cell' || rule === 'table-missing') return 'table';
  return 'structure';
}

export var SEVERITY_LABEL = { error: '错误', warning: '提醒', info: '说明' };

// Findings in display order: by group; inside a group errors first, a suspect cell (which names
// the fix) before the equations it explains, then by place in the text. Each keeps its index in
// result.findings so marks and cells can refer back to it.
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };

export function orderedFindings(result) {
  var list = (result && result.findings) || [];
  var out = [];
  GROUPS.forEach(function (g) {
    var items = [];
    list.forEach(function (f, i) {
      if (groupOf(f.rule) === g[0]) items.push({ index: i, group: g[0], finding: f });
    });
    items.sort(function (a, b) {
      var fa = a.finding, fb = b.finding;
      var d = (SEVERITY_RANK[fa.severity] || 0) - (SEVERITY_RANK[fb.severity] || 0);
      if (!d) d = (fb.rule === 'suspect-cell') - (fa.rule === 'suspect-cell');
      if (!d) d = (fa.range ? fa.range.start : 1e15) - (fb.range ? fb.range.start : 1e15);
      return d || a.index - b.index;
    });
    out = out.concat(items);
  });
  return out;
}

// The worst severity among findings[k] for k in idx.
export function worstSeverity(findings, idx) {
  var rank = { error: 3, warning: 2, info: 1 };
  var best = 'info';
  idx.forEach(function (k) {
    var s = findings[k].severity;
    if ((rank[s] || 0) > rank[best]) best = s;
  });
  return best;
}

// "申请情况表 · (七)总计 × 法律服务机构 · 第 312 行". lines: lineStarts() of the checked text,
// or null to leave the line out.
export function locationText(result, f, lines) {
  var parts = [];
  if (f.table) {
    var where = tableLabel(f.table);
    var tpl = result.template;
    if (f.row && f.column) where += ' ' + rowLabel(tpl, f.table, f.row) + ' × ' + columnLabel(tpl, f.table, f.row, f.column);
    else if (f.row) where += ' ' + rowLabel(tpl, f.table, f.row) + ' 行';
    else if (f.column) where += ' ' + columnLabel(tpl, f.table, null, f.column) + ' 列';
    parts.push(where);
  }
  if (f.range && lines) parts.push('第 ' + lineAt(lines, f.range.start) + ' 行');
  return parts.join(' · ');
}

// Whether the suspect cell s explains finding f: the relation the core orders by
// (core/rules/registry.cpp, explained_by): f is not itself a suspect cell, and its range is the
// suspect's range or the suspect's range is among f's related ranges. An explained equation is no
// problem of its own: correcting the suspect cell settles it.
export function explains(s, f) {
  var r = s && s.rule === 'suspect-cell' ? s.range : null;
  if (!r || !f || f === s || f.rule === 'suspect-cell') return false;
  function same(x) { return !!x && x.start === r.start && x.end === r.end; }
  return same(f.range) || (f.related || []).some(same);
}

// The problems, one per cause, in display order: [{head, folded}], head an item of
// orderedFindings() and folded the items it explains (same group and severity: where the core
// puts them right after it). Every finding is the head of one problem or folded under one.
export function problemsOf(result) {
  var ordered = orderedFindings(result);
  var folded = {};
  var byHead = {};
  ordered.forEach(function (s) {
    if (s.finding.rule !== 'suspect-cell') return;
    byHead[s.index] = ordered.filter(function (o) {
      return !folded[o.index] && o.group === s.group && o.finding.severity === s.finding.severity &&
        explains(s.finding, o.finding);
    });
    byHead[s.index].forEach(function (o) { folded[o.index] = true; });
  });
  return ordered.filter(function (o) { return !folded[o.index]; }).map(function (o) {
    return { head: o, folded: byHead[o.index] || [] };
  });
}

// Problems by severity, the equations folded under suspect cells, and the warnings marked
// 已核实 (isChecked(finding), optional): {error, warning, info, equations, checked}.
export function problemCounts(result, isChecked) {
  var count = { error: 0, warning: 0, info: 0, equations: 0, checked: 0 };
  problemsOf(result).forEach(function (p) {
    var f = p.head.finding;
    count[f.severity] = (count[f.severity] || 0) + 1;
    count.equations += p.folded.length;
    if (f.severity === 'warning' && isChecked && isChecked(f)) count.checked++;
  });
  return count;
}

// "错误 1 处（3 个等式不成立） / 提醒 2 处（待核实 1，已核实 1）": problems, not findings.
export function summaryText(result, isChecked) {
  if (!((result && result.findings) || []).length) return '未发现问题';
  var c = problemCounts(result, isChecked);
  var parts = ['错误 ' + c.error + ' 处' + (c.equations ? '（' + c.equations + ' 个等式不成立）' : ''),
    '提醒 ' + c.warning + ' 处' + (c.checked ? '（待核实 ' + (c.warning - c.checked) + '，已核实 ' + c.checked + '）' : '')];
  if (c.info) parts.push('说明 ' + c.info + ' 处');
  return parts.join(' / ');
}
