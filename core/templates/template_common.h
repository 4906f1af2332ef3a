// Pieces both templates share: the requests columns and rows up to (五)不予处理, the review table.
#pragma once

#include "templates/template.h"

namespace xxgk::detail {

std::vector<ColumnDef> request_columns();
std::vector<ColumnDef> review_columns();
RowDef request_row(std::string id, std::string label, std::string display, std::vector<std::u32string> keys,
                   MatchMode mode = MatchMode::Contains, std::u32string numbering = U"");
std::vector<RowDef> requests_rows_before_other();  // new ... rejected_confirmation
std::vector<RowDef> requests_rows_after_other();   // total, carry_forward
TableDef review_table();
// The item of Article 20 of the regulation a block of the active table reports on, as printed
// over it: article_item("一") is "第二十条第(一)项".
std::string article_item(const std::string& numeral);
RowDef active_row(std::string article, std::string id, std::string label, std::vector<std::u32string> keys,
                  std::vector<ColumnDef> columns);
void finish_requests(Template& t);

}  // namespace xxgk::detail
