// cell-missing: a template cell that is blank or was lost. Equations through it are not judged,
// and this says so once per row (once per table when most of it is blank). Rows whose cells ran
// together and could not be split (tables/run_together.h) are named together, once per report.
#include "rules/all_rules.h"
#include "rules/describe.h"

namespace xxgk::rules {
namespace {

// More rows than this with gaps, and one finding speaks for the whole table.
constexpr int kRowsBeforeSummary = 5;

bool counts_as_missing(TableId id, const Cell& c) {
  switch (c.state) {
    case CellState::Absent:
    case CellState::Empty: return true;
    case CellState::Blank:  // "/" in the active table means "not applicable", and is fine there
      return id != TableId::Active;
    default: return false;
  }
}

const ShortRow* short_row(const TableData& t, int row) {
  for (const ShortRow& s : t.short_rows)
    if (s.row == row) return &s;
  return nullptr;
}

std::string short_row_message(const RuleContext& ctx, TableId id, const ShortRow& s, int columns,
                              const std::vector<int>& missing) {
  std::string where = id == TableId::Review ? "复议诉讼表" : table_label(id) + row_name(ctx.tmpl, id, s.row);
  std::string msg =
      where + "只读到 " + std::to_string(s.values.size()) + " 个数字（应有 " + std::to_string(columns) + " 个）";
  if (!s.resolved) return msg + "，无法确定缺的是哪一格，该行不参与核算";
  msg += "，按勾稽关系判断缺的是";
  for (size_t k = 0; k < missing.size(); ++k) msg += (k ? "、" : "") + column_name(ctx.tmpl, id, s.row, missing[k]);
  return msg + "，请补填";
}

struct RowGap {
  int row;
  std::vector<int> columns;
};

// template-outdated speaks for the sub-rows a single (六)其他处理 row stands in for.
bool replaced_by_single_other_row(const RuleContext& ctx, const TableData& t, int row) {
  if (t.id != TableId::Requests || !t.single_other_row) return false;
  const std::string& id = ctx.tmpl.requests.rows[row].id;
  return id.rfind("other_", 0) == 0;
}

// The review table's run stands for all its rows; its groups all splits agree on are placed.
bool unsplit_run(const TableData& t, int row) {
  for (const RunTogetherRow& r : t.run_together)
    if (!r.resolved && (r.row == row || t.id == TableId::Review)) return true;
  return false;
}

std::vector<RowGap> gaps_of(const RuleContext& ctx, const TableData& t) {
  std::vector<RowGap> gaps;
  for (int r = 0; r < static_cast<int>(t.cells.size()); ++r) {
    if (replaced_by_single_other_row(ctx, t, r)) continue;
    if (unsplit_run(t, r)) continue;  // said once for all such rows
    RowGap g{r, {}};
    for (int c = 0; c < static_cast<int>(t.cells[r].size()); ++c)
      if (counts_as_missing(t.id, t.cells[r][c])) g.columns.push_back(c);
    if (!g.columns.empty()) gaps.push_back(std::move(g));
  }
  return gaps;
}

std::string review_short_message(const RuleContext& ctx, const TableData& t, const RowGap& g);

std::string gap_message(const RuleContext& ctx, const TableData& t, const RowGap& g) {
  TableId id = t.id;
  bool lost_row = !t.row_labels[g.row] && id != TableId::Review;
  int columns = static_cast<int>(t.cells[g.row].size());
  if (lost_row) return table_label(id) + "中未找到" + row_name(ctx.tmpl, id, g.row) + "，该行不参与核算";
  if (id == TableId::Review && !t.short_rows.empty()) return review_short_message(ctx, t, g);
  const ShortRow* s = short_row(t, g.row);
  if (s && !s->by_print) return short_row_message(ctx, id, *s, columns, g.columns);
  std::string msg = table_label(id) + row_name(ctx.tmpl, id, g.row);
  const Cell& first = t.cells[g.row][g.columns[0]];
  if (static_cast<int>(g.columns.size()) == columns && columns > 1 && first.state != CellState::Absent)
    return msg + (id == TableId::Requests ? "各列" : "一行") + "都未填数字（" + cell_value_text(first) + "）" +
           (id == TableId::Active ? "：如确无此项，请填写 0" : "，不参与核算");
  for (size_t k = 0; k < g.columns.size(); ++k) msg += (k ? "、" : "") + column_name(ctx.tmpl, id, g.row, g.columns[k]);
  return msg + (first.state == CellState::Absent ? "缺失" : "未填数字（" + cell_value_text(first) + "）") +
         (id == TableId::Active ? "" : "，不参与核算");
}

void report_gap(const RuleContext& ctx, const Report& report, const TableData& t, const RowGap& g) {
  Finding f = finding_at(ctx.tables, {t.id, g.row, g.columns[0]});
  bool nothing_to_point_at = !f.range || f.range->start == f.range->end;
  if (nothing_to_point_at && t.row_labels[g.row]) f.range = t.row_labels[g.row];
  if (g.columns.size() > 1) f.column.clear();
  f.message = gap_message(ctx, t, g);
  report(std::move(f));
}

std::string review_short_message(const RuleContext& ctx, const TableData& t, const RowGap& g) {
  const ShortRow& s = t.short_rows.front();
  std::string msg = "复议诉讼表只读到 " + std::to_string(s.values.size()) + " 个数字（应有 15 个）：";
  if (!s.resolved) return msg + row_name(ctx.tmpl, TableId::Review, g.row) + "无法确定缺的是哪一格，不参与核算";
  msg += "按各组合计判断缺的是" + row_name(ctx.tmpl, TableId::Review, g.row) + "的";
  for (size_t k = 0; k < g.columns.size(); ++k)
    msg += (k ? "、" : "") + column_name(ctx.tmpl, TableId::Review, g.row, g.columns[k]);
  return msg + "，请补填";
}

// Numbers standing apart, but fewer than the row's cells ("26 26" for seven columns: its blank
// cells left nothing in the page text): not run together, the columns are simply unknown.
bool fewer_numbers_than_cells(std::string_view raw, size_t cells) {
  size_t numbers = 0;
  bool in_number = false;
  for (char c : raw) {
    bool digit = c >= '0' && c <= '9';
    numbers += digit && !in_number;
    in_number = digit || (in_number && c == '.');
  }
  return raw.find(' ') != std::string_view::npos && numbers < cells;
}

// The cells a run-together row stands for: the review table runs all its rows into one line.
size_t cells_of_row(const RuleContext& ctx, TableId id, int row) {
  const TableDef& def = ctx.tmpl.table(id);
  if (id != TableId::Review) return def.rows[row].columns.size();
  size_t cells = 0;
  for (const RowDef& r : def.rows) cells += r.columns.size();
  return cells;
}

// "行政规范性文件6233440": the digits allow several splits and no equation tells them apart.
void report_unsplit_runs(const RuleContext& ctx, const Report& report) {
  Finding f;
  std::string rows, first_digits;
  std::optional<TableId> only_table;
  int count = 0;
  bool none_adds_up = false;  // of the only row
  bool all_fewer = true;      // every row holds fewer numbers than cells, standing apart
  for (TableId id : {TableId::Active, TableId::Requests, TableId::Review}) {
    const TableData& t = ctx.tables.get(id);
    bool named = false;  // the table's name is said once, before its rows
    for (const RunTogetherRow& r : t.run_together) {
      if (r.resolved) continue;
      Range range = ctx.doc.token_range(r.token);
      all_fewer = all_fewer && fewer_numbers_than_cells(ctx.doc.token_raw(r.token), cells_of_row(ctx, id, r.row));
      if (count++ == 0) {
        none_adds_up = r.none_adds_up;
        f.range = range;
        first_digits = ctx.doc.token_raw(r.token);
        only_table = id;
        if (id != TableId::Review) f.row = ctx.tmpl.table(id).rows[r.row].id;
      } else {
        f.related.push_back(range);
        if (only_table != id) only_table.reset();
        f.row.clear();
      }
      if (!named) rows += (rows.empty() ? "" : "；") + table_label(id);
      if (id != TableId::Review) rows += (named ? "、" : "") + row_name(ctx.tmpl, id, r.row);
      named = true;
    }
  }
  if (count == 0) return;
  f.table = only_table;
  if (all_fewer) {
    f.message = count == 1 ? rows + "的数字（“" + first_digits +
                                 "”）少于应有的格数，空白格没有留下位置，无法确定各数字所在的列，未参与核算"
                           : "表格有 " + std::to_string(count) + " 行的数字少于应有的格数（如“" + first_digits +
                                 "”），空白格没有留下位置，无法确定各数字所在的列，未参与核算：" + rows;
    report(std::move(f));
    return;
  }
  f.message = count == 1 ? rows + "各格的数字连在了一起（“" + first_digits + "”），" +
                               (none_adds_up ? "没有一种拆法能使合计成立" : "无法唯一拆分到各列") + "，未参与核算"
                         : "表格各格的数字连在了一起（如“" + first_digits + "”），以下 " + std::to_string(count) +
                               " 行无法唯一拆分到各列，未参与核算：" + rows;
  report(std::move(f));
}

}  // namespace

void cell_missing(const RuleContext& ctx, const Report& report) {
  report_unsplit_runs(ctx, report);
  for (TableId id : {TableId::Active, TableId::Requests, TableId::Review}) {
    const TableData& t = ctx.tables.get(id);
    if (!t.found) continue;  // table-missing speaks for it
    std::vector<RowGap> gaps = gaps_of(ctx, t);
    // The active table has no equations: one word for all its blanks is enough.
    int summary_after = id == TableId::Active ? 1 : kRowsBeforeSummary;
    if (static_cast<int>(gaps.size()) > summary_after) {
      Finding f;
      f.table = id;
      f.range = t.range;
      f.message = table_label(id) + "有 " + std::to_string(gaps.size()) + " 行存在空白或缺失的格（如" +
                  row_name(ctx.tmpl, id, gaps[0].row) + "），这些格不参与核算";
      report(std::move(f));
      continue;
    }
    for (const RowGap& g : gaps) report_gap(ctx, report, t, g);
  }
}

const Rule cell_missing_rule{"cell-missing", Severity::Warning, "模板的每一格都应填写；空格不参与核算", cell_missing};

}  // namespace xxgk::rules
