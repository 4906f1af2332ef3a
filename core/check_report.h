// The pipeline, for the core and its tests: input -> document -> tables -> rules -> findings, as
// structures (result_json.h turns them into the result contract).
#pragma once

#include <xxgk/xxgk.h>

#include <optional>
#include <vector>

#include "document/metadata.h"
#include "document/sections.h"
#include "result/finding.h"
#include "tables/tables.h"
#include "text/decode.h"

namespace xxgk {

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

CheckResult check_report(std::string_view input, const CheckOptions& options = {});

}  // namespace xxgk
