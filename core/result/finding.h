// A finding as the result contract defines it (../shared/spec/output.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "templates/template.h"
#include "text/text.h"

namespace xxgk {

enum class Severity { Error, Warning, Info };
const char* severity_name(Severity s);

struct Finding {
  std::string rule;
  Severity severity = Severity::Error;
  std::string message;
  std::optional<TableId> table;
  std::string row;     // row id, empty for null
  std::string column;  // column id, empty for null
  std::optional<double> expected, actual;
  std::optional<Range> range;
  std::vector<Range> related;
  // Cross-report rules: the place in the previous year's report (printed only when set).
  std::optional<Range> previous_range;
};

}  // namespace xxgk
