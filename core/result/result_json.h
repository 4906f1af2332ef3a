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

}  // namespace xxgk
