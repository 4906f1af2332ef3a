// The public entry point of the xxgk-lint core: one call from input bytes to the result contract
// (../shared/spec/output.md). The command line, the WebAssembly module and the tests all go through
// here, so the JSON they print is the same byte for byte.
#pragma once

#include <string>
#include <string_view>

namespace xxgk {

struct CheckOptions {
  // "" detects the template from the report; "2019" or "2021" forces it.
  std::string template_id;
  // The same body's report of the year before (UTF-8 text or HTML), for the cross-report rules;
  // empty: none. Its own findings are not reported.
  std::string previous;
};

// Checks one report (UTF-8 text or HTML) and returns the result as compact JSON on one line.
// Never throws: unreadable input (invalid UTF-8, GBK, binary, empty) gives a result with an
// "error" object instead of tables.
std::string check_to_json(std::string_view input, const CheckOptions& options = {});

// The tool version printed in every result ("0.1.0").
std::string_view version();

// Every rule as JSON: [{"id", "severity", "description"}], in registry order.
std::string rules_to_json();

}  // namespace xxgk
