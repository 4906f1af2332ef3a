// Builds whole reports from cell values, so a rule test can start from a clean report and
// change exactly one thing.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace xxgk::test {

enum class Layout { Pipe, OnePerLine, Tabs, Pdf };

struct ReportSpec {
  std::string tmpl = "2021";
  int year = 2023;
  std::string agency = "某某市人民政府办公室";
  std::map<std::string, std::vector<std::string>> active;     // row id -> cells as typed
  std::map<std::string, std::vector<std::string>> requests;   // row id -> 7 cells
  std::vector<std::string> review;                            // 15 cells
  std::string overview = "本年度依法做好政府信息公开工作。";  // narrative in section 一
  std::string period;  // the statistics-period sentence; default: the report year
  std::string section6 = "本年度未收取信息处理费。";
  std::vector<int> section_order = {1, 2, 3, 4, 5, 6};
};

// A report whose every equation holds: 新收 12, 上年结转 1, 办结 12, 结转 1.
ReportSpec clean_spec(const std::string& tmpl = "2021");

std::string build_report(const ReportSpec& spec, Layout layout = Layout::Pipe);

}  // namespace xxgk::test
