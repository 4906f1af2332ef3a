// Reading the core's result (JSON) for the text and CSV formats. Include from .cpp files only: it
// brings in nlohmann::json.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace xxgk::cli {

using Json = nlohmann::ordered_json;

// The result as parsed JSON (an object; a result the core could not have written parses as null).
Json parse_result(const std::string& result);

// The message of a result that has no tables ("error"), or "" for a checked report.
std::string error_message(const Json& result);

// Compact JSON, invalid UTF-8 replaced, as the core prints its results.
std::string dump(const Json& j);

}  // namespace xxgk::cli
