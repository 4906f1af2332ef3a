// The three tables rebuilt by the template: every row and column of the template has a cell,
// found or not. A value is never invented: blank, "/", lost or unreadable is no value.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "readers/token.h"
#include "templates/template.h"
#include "text/text.h"

namespace xxgk {

enum class CellState : uint8_t {
  Absent,    // no place in the paste held it (row or cell lost)
  Empty,     // an empty cell of a delimited layout
  Blank,     // "/", "—", "无": deliberately no number
  Number,    // a number
  Invalid,   // text where a number belongs
  TooLarge,  // digits too many for any count or amount (kMaxNumber)
};

struct Cell {
  CellState state = CellState::Absent;
  std::optional<double> value;  // only for Number
  std::string raw;              // the cell's text as pasted (normalised)
  std::optional<Range> range;   // where it stands in the input

  bool has_value() const { return value.has_value(); }
};

// A row read with fewer numbers than columns, in a layout that cannot say which cell was lost.
struct ShortRow {
  int row = 0;
  std::vector<Cell> values;  // in reading order
  std::optional<Range> label_range;
  // Delimited layouts: which columns the numbers stand in as printed (bit per column). When the
  // equations allow several placements and this is one of them, the print decides.
  std::optional<uint32_t> printed_mask;
  std::vector<Cell> printed;  // the row's cells as printed, empty places included
  bool resolved = false;      // the gap was placed: by the equations alone, or with the print
  bool by_print = false;      // ... where the print decided: the cell is simply blank in place
};

// A row whose cells ran together into one digit run (tables/run_together.h).
struct RunTogetherRow {
  int row = 0;                // the review table: 0, standing for its whole fifteen-number line
  size_t token = 0;           // the digit run
  bool resolved = false;      // split into its cells
  bool none_adds_up = false;  // no split satisfies the row's own equation
};

struct TableData {
  TableId id = TableId::Active;
  bool found = false;
  std::optional<Range> range;
  std::vector<std::vector<Cell>> cells;          // [row][column], as the template defines them
  std::vector<std::optional<Range>> row_labels;  // where each row's label stands
  std::vector<ShortRow> short_rows;
  // A 2021 requests table printed with the 2019 template's single "(六)其他处理" row in place of
  // its three sub-rows: where that label stands. The sub-rows stay without values.
  std::optional<Range> single_other_row;
  // Rows whose label was lost, placed by the template's row order among the labelled ones.
  std::vector<int> rows_by_order;
  // Rows read that way whose placement an equation contradicted: left unplaced (row_placement).
  int rows_unconfirmed = 0;
  std::vector<RunTogetherRow> run_together;
};

struct Tables {
  const Template* tmpl = nullptr;
  TableData active, requests, review;

  const TableData& get(TableId id) const;
  TableData& get(TableId id);
};

struct CellRef {
  TableId table = TableId::Requests;
  int row = 0;
  int col = 0;
  bool operator==(const CellRef& o) const { return table == o.table && row == o.row && col == o.col; }
};

const Cell& cell_at(const Tables& t, CellRef ref);

// A count as the equations use it: a value that is a non-negative integer, else nothing.
std::optional<long long> count_value(const Cell& c);

}  // namespace xxgk
