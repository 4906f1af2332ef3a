// 国办公开办函〔2019〕60号 (试行): report years 2019 and 2020.
#include "templates/template_common.h"

namespace xxgk {

const Template& template_2019() {
  static const Template t = [] {
    using namespace detail;
    Template t;
    t.id = "2019";
    const std::string item1 = article_item("一"), item5 = article_item("五"), item6 = article_item("六"),
                      item8 = article_item("八"), item9 = article_item("九");
    const std::vector<ColumnDef> first = {
        {"made", "本年新制作数量"}, {"published", "本年新公开数量"}, {"total_published", "对外公开总数量"}};
    const std::vector<ColumnDef> items = {
        {"previous", "上一年项目数量"}, {"change", "本年增/减", ValueKind::SignedCount}, {"decisions", "处理决定数量"}};
    const std::vector<ColumnDef> fees = {{"previous", "上一年项目数量"},
                                         {"change", "本年增/减", ValueKind::SignedCount}};
    const std::vector<ColumnDef> procurement = {{"count", "采购项目数量"}, {"amount", "采购总金额", ValueKind::Amount}};
    t.active.rows = {
        active_row(item1, "rules", "规章", {U"规章"}, first),
        active_row(item1, "normative_docs", "规范性文件", {U"规范性文件", U"行政规范性文件"}, first),
        active_row(item5, "licensing", "行政许可", {U"行政许可"}, items),
        active_row(item5, "other_services", "其他对外管理服务事项", {U"其他对外管理服务事项"}, items),
        active_row(item6, "penalty", "行政处罚", {U"行政处罚"}, items),
        active_row(item6, "coercion", "行政强制", {U"行政强制"}, items),
        active_row(item8, "fees", "行政事业性收费", {U"行政事业性收费"}, fees),
        active_row(item9, "procurement", "政府集中采购", {U"政府集中采购"}, procurement),
    };
    t.requests.rows = requests_rows_before_other();
    t.requests.rows.push_back(request_row("other", "(六)其他处理", "(六)其他处理", {U"其他处理"}, MatchMode::Exact));
    for (auto& r : requests_rows_after_other()) t.requests.rows.push_back(std::move(r));
    finish_requests(t);
    return t;
  }();
  return t;
}

}  // namespace xxgk
