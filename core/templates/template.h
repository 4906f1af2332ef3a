// The two national templates (国办公开办函〔2019〕60号 and〔2021〕30号) as data: tables, rows,
// columns, the ids of the result contract, the labels as printed, and the keys that recognise a
// row label however the paste mangled its punctuation and numbering.
#pragma once

#include <string>
#include <vector>

namespace xxgk {

enum class TableId { Active, Requests, Review };
const char* table_name(TableId id);   // "active", "requests", "review"
const char* table_title(TableId id);  // "二、主动公开政府信息情况" ...

enum class ValueKind {
  Count,        // a non-negative integer
  SignedCount,  // 本年增/减: may be negative
  Amount,       // money: may be a decimal
};

struct ColumnDef {
  std::string id;
  std::string label;  // as printed
  ValueKind kind = ValueKind::Count;
};

enum class MatchMode {
  Contains,  // the label's key contains one of the keys (long, distinctive labels)
  Exact,     // the key is exactly one of the keys (short labels: 规章, 总计, 3.其他)
};

struct RowDef {
  std::string id;
  std::string label;                 // as printed, e.g. "3.要求提供公开出版物"
  std::string display;               // how a message names it, e.g. "(五)不予处理 3.要求提供公开出版物"
  std::string group;                 // the printed heading spanning this row's label: "(五)不予处理",
                                     // "第二十条第(一)项", "行政诉讼"; empty when none
  std::vector<std::u32string> keys;  // normalised (see label_key)
  std::u32string full_key;           // the whole printed label, normalised: PDF text wraps long
                                     // labels, and the first line may hold none of the keys
  MatchMode mode = MatchMode::Contains;
  std::u32string numbering;  // required numbering ("3" for 3.其他), empty when any will do
  std::vector<ColumnDef> columns;
};

struct TableDef {
  TableId id = TableId::Active;
  std::vector<RowDef> rows;
  int row_index(const std::string& id) const;
};

struct Template {
  std::string id;  // "2019" or "2021"
  TableDef active, requests, review;
  int first_result_row = 0;  // requests rows counted in (七)总计: granted ... last (六) row
  int last_result_row = 0;
  int total_row = 0;
  const TableDef& table(TableId id) const;
};

const Template& template_2019();
const Template& template_2021();
const Template* template_by_id(const std::string& id);

// Display name of a requests/review column for messages ("法律服务机构").
std::string column_display(TableId table, const ColumnDef& column);

}  // namespace xxgk
