// suspect-cell: when the failing equations all pass through one cell, and one value of that cell
// makes every one of them hold without breaking one that holds, that cell is named with that
// value. Failing equations that share no cell are looked at separately, so two independent
// slips each get their own suspect.
#include <set>

#include "rules/all_rules.h"
#include "rules/describe.h"

namespace xxgk::rules {
namespace {

std::vector<CellRef> cells_of(const Equation& e) {
  std::vector<CellRef> out = e.lhs;
  out.insert(out.end(), e.rhs.begin(), e.rhs.end());
  return out;
}

bool share_cell(const Equation& a, const Equation& b) {
  for (const CellRef& c : cells_of(a))
    if (b.involves(c)) return true;
  return false;
}

// Groups failing equations that are connected through shared cells.
std::vector<std::vector<const Equation*>> components(const std::vector<const Equation*>& failing) {
  std::vector<int> group(failing.size(), -1);
  int groups = 0;
  for (size_t i = 0; i < failing.size(); ++i) {
    if (group[i] >= 0) continue;
    std::vector<size_t> stack{i};
    group[i] = groups;
    while (!stack.empty()) {
      size_t k = stack.back();
      stack.pop_back();
      for (size_t j = 0; j < failing.size(); ++j)
        if (group[j] < 0 && share_cell(*failing[k], *failing[j])) group[j] = groups, stack.push_back(j);
    }
    ++groups;
  }
  std::vector<std::vector<const Equation*>> out(groups);
  for (size_t i = 0; i < failing.size(); ++i) out[group[i]].push_back(failing[i]);
  return out;
}

std::optional<long long> mending_value(const RuleContext& ctx, CellRef cell,
                                       const std::vector<const Equation*>& group) {
  std::optional<long long> value;
  for (const Equation* e : group) {
    auto v = solve_for(*e, ctx.tables, cell);
    if (!v || *v < 0 || (value && *value != *v)) return std::nullopt;
    value = v;
  }
  return value;
}

const char* what_holds(EquationKind k) {
  switch (k) {
    case EquationKind::RequestRow: return "本行合计";
    case EquationKind::RequestResult: return "本列办理结果合计";
    case EquationKind::RequestBalance: return "本列勾稽关系";
    case EquationKind::ReviewGroup: return "本组合计";
  }
  return "";
}

void report_suspect(const RuleContext& ctx, const Report& report, CellRef cell, long long value,
                    const std::vector<const Equation*>& group) {
  const Cell& c = cell_at(ctx.tables, cell);
  std::string mended;
  std::set<EquationKind> kinds;
  for (const Equation* e : group) {
    if (!kinds.insert(e->kind).second) continue;
    mended += (mended.empty() ? "" : "、") + std::string(what_holds(e->kind));
  }
  Finding f = finding_at(ctx.tables, cell);
  f.message = cell_name(ctx.tmpl, cell) + "填写 " + cell_value_text(c) + "，应为 " + format_number(value) + "：改为 " +
              format_number(value) + " 后" + mended + "都能成立";
  f.expected = static_cast<double>(value);
  f.actual = c.value;
  std::vector<CellRef> others;
  for (const Equation* e : group)
    for (const CellRef& r : cells_of(*e)) others.push_back(r);
  f.related = ranges_of(ctx.tables, others, cell);
  report(std::move(f));
}

}  // namespace

void suspect_cell(const RuleContext& ctx, const Report& report) {
  // Holding equations, and those that cannot be judged (a blank or invalid cell): changing a
  // cell on either could break it, or not, and that cannot be known, so such a cell is never named.
  std::vector<const Equation*> failing, holding;
  for (const Equation& e : equations_for(ctx.tmpl)) {
    Evaluation ev = evaluate(e, ctx.tables);
    if (ev.fails()) failing.push_back(&e);
    else holding.push_back(&e);
  }
  for (const auto& group : components(failing)) {
    std::vector<std::pair<CellRef, long long>> viable;
    for (const CellRef& cell : cells_of(*group.front())) {
      bool everywhere = true, breaks_other = false;
      for (const Equation* e : group) everywhere = everywhere && e->involves(cell);
      for (const Equation* e : holding) breaks_other = breaks_other || e->involves(cell);
      if (!everywhere || breaks_other) continue;
      if (auto v = mending_value(ctx, cell, group)) viable.push_back({cell, *v});
    }
    if (viable.size() == 1) report_suspect(ctx, report, viable[0].first, viable[0].second, group);
  }
}

const Rule suspect_cell_rule{"suspect-cell", Severity::Error, "找出改动后能使所有不成立的等式都成立的那一格",
                             suspect_cell};

}  // namespace xxgk::rules
