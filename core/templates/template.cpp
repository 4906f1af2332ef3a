#include "templates/template.h"

namespace xxgk {

const char* table_name(TableId id) {
  switch (id) {
    case TableId::Active: return "active";
    case TableId::Requests: return "requests";
    case TableId::Review: return "review";
  }
  return "";
}

const char* table_title(TableId id) {
  switch (id) {
    case TableId::Active: return "二、主动公开政府信息情况";
    case TableId::Requests: return "三、收到和处理政府信息公开申请情况";
    case TableId::Review: return "四、政府信息公开行政复议、行政诉讼情况";
  }
  return "";
}

int TableDef::row_index(const std::string& row_id) const {
  for (size_t i = 0; i < rows.size(); ++i)
    if (rows[i].id == row_id) return static_cast<int>(i);
  return -1;
}

const TableDef& Template::table(TableId which) const {
  switch (which) {
    case TableId::Active: return active;
    case TableId::Requests: return requests;
    case TableId::Review: return review;
  }
  return active;
}

const Template* template_by_id(const std::string& id) {
  if (id == "2019") return &template_2019();
  if (id == "2021") return &template_2021();
  return nullptr;
}

std::string column_display(TableId table, const ColumnDef& column) {
  if (table == TableId::Requests && column.id == "other_org") return "法人或其他组织·其他";
  return column.label;
}

}  // namespace xxgk
