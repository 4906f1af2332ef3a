// Rows whose cells ran together into one digit run ("640020470" for 64/0/0/2/0/4/70; see
// readers/run_together_line.h). The cells can only be told apart by the table's own equations:
// each requests row's total is the sum of its six columns, each review group's total the sum of
// its four results, and the requests columns add up across rows. A row is split when exactly one
// way of cutting it (no leading zeros, the template's cell count, a cut at every stray space)
// satisfies every equation of its table; otherwise it stays without values and cell-missing says
// once that its cells ran together. The search is bounded: cells have a maximum length, an
// equation's total is read off the digits instead of searched, and a budget caps the work, so a
// hostile line of digits costs no more than its length.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "tables/tables.h"
#include "templates/template.h"

namespace xxgk {

// Cells [first, total): cell `total` holds the sum of the cells before it in the group.
struct SumGroup {
  int first = 0;
  int total = 0;
};

struct CellSpan {
  uint32_t begin = 0, end = 0;  // characters of the run
};

struct SplitSearch {
  std::vector<std::vector<CellSpan>> splits;  // every split found, cells in order
  bool overflow = false;                      // more splits than asked for, or the budget ran out: not unique
};

// The ways to cut `run` into `cells` cells so that every group adds up; at most `max_splits` are
// kept. The run holds digits, single spaces that separate cells, a decimal point inside an Amount
// cell and a minus sign opening a SignedCount cell (`kinds`, per cell; Count where not given).
SplitSearch split_digit_run(std::u32string_view run, int cells, const std::vector<SumGroup>& groups,
                            const std::vector<ValueKind>& kinds, size_t max_splits);

// Splits the run-together rows the table reader found (TableData::run_together) into cells.
void split_run_together_rows(const Document& doc, Tables& tables);

}  // namespace xxgk
