#include "tables/tables.h"

#include <cmath>

namespace xxgk {

const TableData& Tables::get(TableId id) const {
  switch (id) {
    case TableId::Active: return active;
    case TableId::Requests: return requests;
    case TableId::Review: return review;
  }
  return active;
}

TableData& Tables::get(TableId id) { return const_cast<TableData&>(static_cast<const Tables&>(*this).get(id)); }

const Cell& cell_at(const Tables& t, CellRef ref) { return t.get(ref.table).cells[ref.row][ref.col]; }

std::optional<long long> count_value(const Cell& c) {
  if (!c.value) return std::nullopt;
  double v = *c.value;
  if (v < 0 || v != std::floor(v) || v > 1e15) return std::nullopt;
  return static_cast<long long>(v);
}

}  // namespace xxgk
