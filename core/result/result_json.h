// The result contract as JSON (nlohmann::ordered_json, so keys keep the contract's order and
// the output is the same byte for byte on every platform: golden files depend on it).
#pragma once

#include <nlohmann/json.hpp>

#include "document/metadata.h"
#include "document/sections.h"
#include "result/finding.h"
#include "tables/tables.h"
#include "text/decode.h"

namespace xxgk {

using Json = nlohmann::ordered_json;

void to_json(Json& j, const Range& r);
void to_json(Json& j, const Cell& c);
void to_json(Json& j, const Finding& f);

struct CheckResult {
  bool html = false;
  uint32_t chars = 0;
  std::optional<InputError> error;
  const Template* tmpl = nullptr;  // the template the tables were read with
  bool template_found = false;     // false when no table of either template was found
  Metadata meta;
  Sections sections;
  Tables tables;
  std::vector<Finding> findings;
};

Json result_to_json(const CheckResult& r);

// The one shape of a result that has no tables: {"schema", "tool", "input", "error": {code, message}}.
// Every caller that reports input it could not check prints it through here.
Json error_result_json(const InputError& error, bool html = false, uint32_t chars = 0);

// What an exception that escaped the core is reported as (code "internal").
InputError internal_error(std::string_view what);

// Compact one-line JSON, invalid UTF-8 replaced: the form every result is printed in.
std::string dump(const Json& j);

}  // namespace xxgk
