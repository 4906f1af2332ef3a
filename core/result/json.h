// nlohmann::json for the .cpp files that write JSON. Include it from .cpp files only, never from a
// header: the library costs every translation unit that sees it 20-30 s to compile.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace xxgk {

// ordered_json, so keys keep the contract's order and the output is the same byte for byte on
// every platform: golden files depend on it.
using Json = nlohmann::ordered_json;

// Compact one-line JSON, invalid UTF-8 replaced: the form every result is printed in.
inline std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace xxgk
