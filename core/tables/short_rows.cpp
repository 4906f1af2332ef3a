#include "tables/short_rows.h"

#include <algorithm>

#include "tables/equations.h"

namespace xxgk {
namespace {

// More lost cells than this in one row: too many ways to place them, and too little to check.
constexpr size_t kMaxLostCells = 2;

std::vector<CellRef> row_cells(const Tables& t, TableId id, int row) {
  std::vector<CellRef> refs;
  const TableData& table = t.get(id);
  if (id == TableId::Review) {  // the review "row" is the whole fifteen-number line
    for (int g = 0; g < static_cast<int>(table.cells.size()); ++g)
      for (int c = 0; c < static_cast<int>(table.cells[g].size()); ++c) refs.push_back({id, g, c});
  } else {
    for (int c = 0; c < static_cast<int>(table.cells[row].size()); ++c) refs.push_back({id, row, c});
  }
  return refs;
}

Cell& cell_ref(Tables& t, CellRef r) { return t.get(r.table).cells[r.row][r.col]; }

void place(Tables& t, const std::vector<CellRef>& refs, const std::vector<Cell>& values, uint32_t mask) {
  size_t next = 0;
  for (size_t p = 0; p < refs.size(); ++p) cell_ref(t, refs[p]) = (mask >> p) & 1 ? values[next++] : Cell{};
}

// Every judged equation through the placed cells holds, and at least one was judged.
bool consistent(const Tables& t, const std::vector<CellRef>& refs) {
  bool judged_any = false;
  for (const Equation& e : equations_for(*t.tmpl)) {
    bool touches = false;
    for (const CellRef& r : refs) touches = touches || e.involves(r);
    if (!touches) continue;
    Evaluation ev = evaluate(e, t);
    if (ev.fails()) return false;
    judged_any = judged_any || ev.judged;
  }
  return judged_any;
}

int popcount(uint32_t x) {
  int n = 0;
  for (; x; x &= x - 1) ++n;
  return n;
}

bool same_cell(const Cell& a, const Cell& b) { return a.state == b.state && a.value == b.value && a.range == b.range; }

// Several placements fit: keep what they all agree on (the other groups of the review line, say),
// and leave the rest without a value.
void keep_agreed(Tables& t, const std::vector<CellRef>& refs, const std::vector<Cell>& values,
                 const std::vector<uint32_t>& fits) {
  std::vector<Cell> agreed(refs.size());
  for (size_t p = 0; p < refs.size(); ++p) {
    place(t, refs, values, fits[0]);
    Cell first = cell_ref(t, refs[p]);
    bool same = true;
    for (size_t k = 1; k < fits.size() && same; ++k) {
      place(t, refs, values, fits[k]);
      same = same_cell(first, cell_ref(t, refs[p]));
    }
    if (same) agreed[p] = first;
  }
  for (size_t p = 0; p < refs.size(); ++p) cell_ref(t, refs[p]) = agreed[p];
}

void try_place(Tables& t, TableId id, ShortRow& row) {
  std::vector<CellRef> refs = row_cells(t, id, row.row);
  size_t n = refs.size(), k = row.values.size();
  if (k == 0 || k >= n || n - k > kMaxLostCells || n > 31) return;
  std::vector<uint32_t> fits;
  for (uint32_t mask = 0; mask < (uint32_t{1} << n); ++mask) {
    if (popcount(mask) != static_cast<int>(k)) continue;
    place(t, refs, row.values, mask);
    if (consistent(t, refs)) fits.push_back(mask);
  }
  if (fits.size() > 1 && row.printed_mask && std::find(fits.begin(), fits.end(), *row.printed_mask) != fits.end()) {
    fits = {*row.printed_mask};  // the print and the equations agree
    row.by_print = true;
  }
  row.resolved = fits.size() == 1;
  if (row.by_print && row.printed.size() == refs.size()) {
    for (size_t p = 0; p < refs.size(); ++p) cell_ref(t, refs[p]) = row.printed[p];
    return;
  }
  if (fits.empty()) place(t, refs, row.values, 0);
  else if (fits.size() == 1) place(t, refs, row.values, fits[0]);
  else keep_agreed(t, refs, row.values, fits);
}

}  // namespace

void place_short_rows(Tables& t) {
  for (TableId id : {TableId::Requests, TableId::Review})
    for (ShortRow& row : t.get(id).short_rows) try_place(t, id, row);
}

}  // namespace xxgk
