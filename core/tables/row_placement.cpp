#include "tables/row_placement.h"

#include <algorithm>

#include "tables/equations.h"

namespace xxgk {
namespace {

bool placed_by_order(const TableData& t, CellRef ref) {
  return ref.table == t.id &&
         std::find(t.rows_by_order.begin(), t.rows_by_order.end(), ref.row) != t.rows_by_order.end();
}

bool any_equation_fails(const Tables& tables, const TableData& t) {
  for (const Equation& e : equations_for(*tables.tmpl)) {
    bool touches = false;
    for (const auto* side : {&e.lhs, &e.rhs})
      for (const CellRef& ref : *side) touches = touches || placed_by_order(t, ref);
    if (touches && evaluate(e, tables).fails()) return true;
  }
  return false;
}

}  // namespace

void confirm_rows_by_order(Tables& tables) {
  TableData& t = tables.requests;
  if (t.rows_by_order.empty() || !any_equation_fails(tables, t)) return;
  for (int row : t.rows_by_order) std::fill(t.cells[row].begin(), t.cells[row].end(), Cell{});
  t.rows_unconfirmed = static_cast<int>(t.rows_by_order.size());
  t.rows_by_order.clear();
}

}  // namespace xxgk
