// The core's result (JSON, xxgk/xxgk.h) read into what the text and CSV formats print. The JSON
// library stays inside result_view.cpp: each translation unit that sees it costs seconds to build.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace xxgk::cli {

struct FindingView {
  std::string rule, severity, message;
  std::optional<uint32_t> start;  // where the finding's range starts, when it has one
  std::vector<uint32_t> related;  // where its related ranges start
  bool cross_report = false;      // a rule that compares with last year's report
};

struct ResultView {
  std::string error;                // the message of a result that has no tables; "" for a checked report
  std::string agency, template_id;  // "" when not found
  std::optional<int> year;
  std::vector<FindingView> findings;
  // Every cell that has a place in the input, by where it starts: named as printed, with its value
  // (「(七)总计」行「法律服务机构」列 25).
  std::map<uint32_t, std::string> cells;
};

ResultView read_result(const std::string& result_json);

// `s` as a JSON string (quoted, escaped, invalid UTF-8 replaced), as the core writes strings.
std::string json_string(const std::string& s);

}  // namespace xxgk::cli
