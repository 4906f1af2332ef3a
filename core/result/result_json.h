// The result contract as JSON (../shared/spec/output.md), and the rules and templates as JSON
// (xxgk/xxgk.h). The JSON library stays inside result_json.cpp: callers get strings.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/decode.h"

namespace xxgk {

struct CheckResult;

// The whole result of a check, compact on one line.
std::string result_json(const CheckResult& r);

// The one shape of a result that has no tables: {"schema", "tool", "input", "error": {code, message}}.
// Every caller that reports input it could not check prints it through here.
std::string error_result_json(const InputError& error, bool html = false, uint32_t chars = 0);

// What an exception that escaped the core is reported as (code "internal").
InputError internal_error(std::string_view what);

// A string as a JSON string literal (quoted, escaped, invalid UTF-8 replaced): for output written
// by hand, such as the document view.
std::string json_string(const std::string& s);

}  // namespace xxgk
