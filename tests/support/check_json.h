// Runs the whole check and gives the result as JSON, with small accessors for assertions.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include <xxgk/xxgk.h>

namespace xxgk::test {

using Json = nlohmann::ordered_json;

inline Json check(const std::string& input, const std::string& tmpl = "") {
  CheckOptions options;
  options.template_id = tmpl;
  return Json::parse(check_to_json(input, options));
}

inline Json cell(const Json& r, const char* table, const char* row, const char* col) {
  return r["tables"][table]["rows"][row][col];
}

inline std::vector<Json> findings(const Json& r, const std::string& rule) {
  std::vector<Json> out;
  for (const auto& f : r["findings"])
    if (f["rule"] == rule) out.push_back(f);
  return out;
}

inline bool has_rule(const Json& r, const std::string& rule) { return !findings(r, rule).empty(); }

}  // namespace xxgk::test
