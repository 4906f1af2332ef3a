// What the checker's summary says for a result, written out independently of web/src (issue 10:
// it counts problems, not findings). A suspect cell explains a finding of its own severity and
// display group that is no suspect cell itself when that finding's range is the suspect's range
// or lists it among its related ranges; explained findings fold under it and are no problems of
// their own.

// The display group the brief prescribes.
export function expectedGroup(rule) {
  if (rule === 'text-table-mismatch') return '正文与表格一致';
  if (/^(req-|cell-|active-|fees-)/.test(rule) || ['review-total', 'suspect-cell', 'table-missing'].includes(rule)) return '表格数据/勾稽关系';
  return '结构与格式';
}

const sameRange = (a, b) => !!a && !!b && a.start === b.start && a.end === b.end;

// Indices of the findings folded under a suspect cell, each under the first that explains it.
export function explainedIndices(r) {
  const folded = new Set();
  r.findings.forEach((s) => {
    if (s.rule !== 'suspect-cell' || !s.range) return;
    r.findings.forEach((f, i) => {
      if (f === s || f.rule === 'suspect-cell' || f.severity !== s.severity || expectedGroup(f.rule) !== expectedGroup(s.rule)) return;
      if (sameRange(f.range, s.range) || (f.related || []).some((x) => sameRange(x, s.range))) folded.add(i);
    });
  });
  return folded;
}

// The problems (findings not folded under a suspect cell).
export function expectedProblems(r) {
  const folded = explainedIndices(r);
  return r.findings.filter((f, i) => !folded.has(i));
}

// checked: how many warnings are marked 已核实.
export function expectedSummary(r, checked = 0) {
  if (!r.findings.length) return '未发现问题';
  const problems = expectedProblems(r);
  const n = (sev) => problems.filter((f) => f.severity === sev).length;
  const equations = r.findings.length - problems.length;
  let s = `错误 ${n('error')} 处` + (equations ? `（${equations} 个等式不成立）` : '');
  s += ` / 提醒 ${n('warning')} 处` + (checked ? `（待核实 ${n('warning') - checked}，已核实 ${checked}）` : '');
  if (n('info')) s += ` / 说明 ${n('info')} 处`;
  return s;
}
