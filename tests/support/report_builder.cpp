#include "support/report_builder.h"

#include "templates/template.h"

namespace xxgk::test {
namespace {

std::vector<std::string> zeros(size_t n) { return std::vector<std::string>(n, "0"); }

std::string join(const std::vector<std::string>& cells, Layout layout) {
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) {
    switch (layout) {
      case Layout::Pipe: out += (i ? " | " : "") + cells[i]; break;
      case Layout::Tabs: out += (i ? "\t" : "") + cells[i]; break;
      case Layout::Pdf: out += (i ? "      " : "") + cells[i]; break;
      case Layout::OnePerLine: out += (i ? "\n" : "") + cells[i]; break;
    }
  }
  return out + (layout == Layout::Pipe ? " |\n" : "\n");
}

std::string row(const std::string& label, const std::vector<std::string>& values, Layout layout) {
  std::vector<std::string> cells{label};
  cells.insert(cells.end(), values.begin(), values.end());
  return join(cells, layout);
}

std::string section_title(int n) {
  static const char* kTitles[] = {"",
                                  "一、总体情况",
                                  "二、主动公开政府信息情况",
                                  "三、收到和处理政府信息公开申请情况",
                                  "四、政府信息公开行政复议、行政诉讼情况",
                                  "五、存在的主要问题及改进情况",
                                  "六、其他需要报告的事项"};
  return kTitles[n];
}

std::string active_table(const ReportSpec& s, const Template& t, Layout layout) {
  std::string out;
  for (const RowDef& r : t.active.rows) {
    auto it = s.active.find(r.id);
    if (it == s.active.end()) continue;  // a row left out on purpose
    std::vector<std::string> header{"信息内容"};
    for (const auto& c : r.columns) header.push_back(c.label);
    out += join(header, layout) + row(r.label, it->second, layout);
  }
  return out;
}

std::string requests_table(const ReportSpec& s, const Template& t, Layout layout) {
  std::string out = join({"(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况"}, layout);
  out += join({"自然人", "法人或其他组织", "总计"}, layout);
  out += join({"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"}, layout);
  for (const RowDef& r : t.requests.rows) {
    auto it = s.requests.find(r.id);
    if (it == s.requests.end()) continue;
    out += row(r.label, it->second, layout);
  }
  return out;
}

std::string review_table(const ReportSpec& s, Layout layout) {
  std::string out = join({"行政复议", "行政诉讼"}, layout);
  out += join({"结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"}, layout);
  if (!s.review.empty()) out += join(s.review, layout);
  return out;
}

}  // namespace

ReportSpec clean_spec(const std::string& tmpl) {
  ReportSpec s;
  s.tmpl = tmpl;
  s.year = tmpl == "2021" ? 2023 : 2020;
  const Template& t = tmpl == "2021" ? template_2021() : template_2019();
  for (const RowDef& r : t.requests.rows) s.requests[r.id] = zeros(7);
  s.requests["new"] = {"10", "2", "0", "0", "0", "0", "12"};
  s.requests["carried_over"] = {"1", "0", "0", "0", "0", "0", "1"};
  s.requests["granted"] = {"5", "1", "0", "0", "0", "0", "6"};
  s.requests["partial"] = {"2", "0", "0", "0", "0", "0", "2"};
  s.requests["unavailable_not_held"] = {"3", "1", "0", "0", "0", "0", "4"};
  s.requests["total"] = {"10", "2", "0", "0", "0", "0", "12"};
  s.requests["carry_forward"] = {"1", "0", "0", "0", "0", "0", "1"};
  s.review = {"1", "0", "0", "1", "2", "0", "0", "0", "0", "0", "0", "1", "0", "0", "1"};
  if (tmpl == "2021") {
    s.active = {{"rules", zeros(3)},    {"normative_docs", {"3", "1", "10"}},
                {"licensing", {"120"}}, {"penalty", {"15"}},
                {"coercion", {"2"}},    {"fees", {"12.5"}}};
  } else {
    s.active = {{"rules", zeros(3)},          {"normative_docs", {"3", "3", "10"}}, {"licensing", {"5", "1", "120"}},
                {"other_services", zeros(3)}, {"penalty", {"2", "-1", "15"}},       {"coercion", {"0", "0", "2"}},
                {"fees", {"1", "0"}},         {"procurement", {"3", "12000.5"}}};
  }
  return s;
}

std::string build_report(const ReportSpec& s, Layout layout) {
  const Template& t = s.tmpl == "2021" ? template_2021() : template_2019();
  std::string y = std::to_string(s.year);
  std::string period =
      s.period.empty() ? "本报告所列数据的统计期限为" + y + "年1月1日至" + y + "年12月31日。" : s.period;
  std::string out = s.agency + y + "年政府信息公开工作年度报告\n" + period + "\n";
  for (int n : s.section_order) {
    out += section_title(n) + "\n";
    switch (n) {
      case 1: out += s.overview + "\n"; break;
      case 2: out += active_table(s, t, layout); break;
      case 3: out += requests_table(s, t, layout); break;
      case 4: out += review_table(s, layout); break;
      case 5: out += "工作人员力量不足，下一步将加强培训。\n"; break;
      case 6: out += s.section6 + "\n"; break;
    }
  }
  return out;
}

}  // namespace xxgk::test
