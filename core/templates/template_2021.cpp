// 国办公开办函〔2021〕30号: report years 2021 onward.
#include "templates/template_common.h"

namespace xxgk {

const Template& template_2021() {
  static const Template t = [] {
    using namespace detail;
    Template t;
    t.id = "2021";
    const std::string item1 = article_item("一"), item5 = article_item("五"), item6 = article_item("六"),
                      item8 = article_item("八");
    const std::vector<ColumnDef> first = {
        {"issued", "本年制发件数"}, {"repealed", "本年废止件数"}, {"in_force", "现行有效件数"}};
    const std::vector<ColumnDef> decisions = {{"decisions", "本年处理决定数量"}};
    t.active.rows = {
        active_row(item1, "rules", "规章", {U"规章"}, first),
        active_row(item1, "normative_docs", "行政规范性文件", {U"行政规范性文件", U"规范性文件"}, first),
        active_row(item5, "licensing", "行政许可", {U"行政许可"}, decisions),
        active_row(item6, "penalty", "行政处罚", {U"行政处罚"}, decisions),
        active_row(item6, "coercion", "行政强制", {U"行政强制"}, decisions),
        active_row(item8, "fees", "行政事业性收费", {U"行政事业性收费"},
                   {{"amount", "本年收费金额(单位:万元)", ValueKind::Amount}}),
    };
    t.requests.rows = requests_rows_before_other();
    const std::string g6 = "(六)其他处理", d6 = g6 + " ";
    t.requests.rows.push_back(request_row("other_overdue_correction",
                                          "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                                          d6 + "1.申请人无正当理由逾期不补正", {U"逾期不补正", U"无正当理由逾期"}));
    t.requests.rows.push_back(request_row("other_unpaid_fee",
                                          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                                          d6 + "2.申请人逾期未按收费通知要求缴纳费用", {U"逾期未按", U"缴纳费用"}));
    t.requests.rows.push_back(request_row("other_misc", "3.其他", d6 + "3.其他", {U"其他"}, MatchMode::Exact, U"3"));
    for (RowDef& r : t.requests.rows)
      if (r.display.compare(0, d6.size(), d6) == 0) r.group = g6;
    for (auto& r : requests_rows_after_other()) t.requests.rows.push_back(std::move(r));
    finish_requests(t);
    return t;
  }();
  return t;
}

}  // namespace xxgk
