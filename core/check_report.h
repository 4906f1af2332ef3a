// The pipeline, for callers that want the structured result (the command line's text output)
// rather than JSON: input -> document -> tables -> rules -> findings.
#pragma once

#include "check.h"
#include "result/result_json.h"

namespace xxgk {

CheckResult check_report(std::string_view input, const CheckOptions& options = {});

}  // namespace xxgk
