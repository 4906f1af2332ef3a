#include "templates/template_common.h"

#include "templates/label_key.h"
#include "text/text.h"

namespace xxgk::detail {

std::vector<ColumnDef> request_columns() {
  return {{"natural_person", "自然人"},
          {"commercial", "商业企业"},
          {"research", "科研机构"},
          {"social_org", "社会公益组织"},
          {"legal_service", "法律服务机构"},
          {"other_org", "其他"},
          {"total", "总计"}};
}

std::vector<ColumnDef> review_columns() {
  return {{"upheld", "结果维持"},
          {"corrected", "结果纠正"},
          {"other", "其他结果"},
          {"pending", "尚未审结"},
          {"total", "总计"}};
}

RowDef request_row(std::string id, std::string label, std::string display, std::vector<std::u32string> keys,
                   MatchMode mode, std::u32string numbering) {
  RowDef r;
  r.id = std::move(id);
  r.label = std::move(label);
  r.display = std::move(display);
  r.keys = std::move(keys);
  r.mode = mode;
  r.numbering = std::move(numbering);
  r.full_key = label_key(to_u32(r.label)).key;
  r.columns = request_columns();
  return r;
}

std::vector<RowDef> requests_rows_before_other() {
  // A row under a printed heading: messages name it with the heading ("(三)不予公开 1.属于国家秘密").
  // `shown` is how the message spells the label where it differs (curly quotes).
  auto under = [](const std::string& group, std::string id, const std::string& label, std::vector<std::u32string> keys,
                  const std::string& shown = "") {
    RowDef r = request_row(std::move(id), label, group + " " + (shown.empty() ? label : shown), std::move(keys));
    r.group = group;
    return r;
  };
  const std::string g3 = "(三)不予公开", g4 = "(四)无法提供", g5 = "(五)不予处理";
  return {
      request_row("new", "一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量", {U"本年新收"}),
      request_row("carried_over", "二、上年结转政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                  {U"上年结转"}),
      request_row("granted", "(一)予以公开", "(一)予以公开", {U"予以公开"}),
      request_row("partial", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "(二)部分公开", {U"部分公开"}),
      under(g3, "denied_state_secret", "1.属于国家秘密", {U"国家秘密"}),
      under(g3, "denied_prohibited_by_law", "2.其他法律行政法规禁止公开", {U"法规禁止", U"禁止公开"}),
      under(g3, "denied_three_safety", "3.危及\"三安全一稳定\"", {U"危及三安全", U"三安全一稳定"},
            "3.危及“三安全一稳定”"),
      under(g3, "denied_third_party", "4.保护第三方合法权益", {U"保护第三方", U"第三方合法权益"}),
      under(g3, "denied_internal_affairs", "5.属于三类内部事务信息", {U"三类内部事务", U"内部事务信息"}),
      under(g3, "denied_process_info", "6.属于四类过程性信息", {U"四类过程性", U"过程性信息"}),
      under(g3, "denied_enforcement_file", "7.属于行政执法案卷", {U"行政执法案卷"}),
      under(g3, "denied_query_matter", "8.属于行政查询事项", {U"行政查询事项"}),
      under(g4, "unavailable_not_held", "1.本机关不掌握相关政府信息", {U"不掌握"}),
      under(g4, "unavailable_needs_creation", "2.没有现成信息需要另行制作", {U"没有现成信息", U"另行制作"}),
      under(g4, "unavailable_unclear", "3.补正后申请内容仍不明确", {U"补正后申请", U"仍不明确"}),
      under(g5, "rejected_petition", "1.信访举报投诉类申请", {U"信访举报", U"举报投诉"}),
      under(g5, "rejected_repeat", "2.重复申请", {U"重复申请"}),
      under(g5, "rejected_publication", "3.要求提供公开出版物", {U"公开出版物"}),
      under(g5, "rejected_massive", "4.无正当理由大量反复申请", {U"无正当理由大量", U"大量反复"}),
      under(g5, "rejected_confirmation", "5.要求行政机关确认或重新出具已获取信息",
            {U"确认或重新出具", U"要求行政机关确认"}),
  };
}

std::vector<RowDef> requests_rows_after_other() {
  return {
      request_row("total", "(七)总计", "(七)总计", {U"总计", U"合计"}, MatchMode::Exact),
      request_row("carry_forward", "四、结转下年度继续办理", "四、结转下年度继续办理",
                  {U"结转下年度", U"结转下一年度"}),
  };
}

TableDef review_table() {
  TableDef t;
  t.id = TableId::Review;
  auto row = [](std::string id, std::string group, std::string label) {
    RowDef r;
    r.id = std::move(id);
    r.display = group.empty() ? label : group + "·" + label;
    r.label = std::move(label);
    r.group = std::move(group);
    r.columns = review_columns();
    return r;
  };
  t.rows = {row("review", "", "行政复议"), row("litigation_direct", "行政诉讼", "未经复议直接起诉"),
            row("litigation_after_review", "行政诉讼", "复议后起诉")};
  return t;
}

std::string article_item(const std::string& numeral) { return "第二十条第(" + numeral + ")项"; }

RowDef active_row(std::string article, std::string id, std::string label, std::vector<std::u32string> keys,
                  std::vector<ColumnDef> columns) {
  RowDef r;
  r.id = std::move(id);
  r.group = std::move(article);
  r.display = label;
  r.label = std::move(label);
  r.keys = std::move(keys);
  r.mode = MatchMode::Exact;
  r.columns = std::move(columns);
  return r;
}

void finish_requests(Template& t) {
  t.requests.id = TableId::Requests;
  t.active.id = TableId::Active;
  t.review = review_table();
  t.first_result_row = t.requests.row_index("granted");
  t.total_row = t.requests.row_index("total");
  t.last_result_row = t.total_row - 1;
}

}  // namespace xxgk::detail
