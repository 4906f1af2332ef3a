// The WebAssembly face of the core: three functions, strings in and strings out. It only marshals;
// every rule lives in core/, so the page and the command line print the same JSON byte for byte.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <exception>
#include <string>

#include "check.h"

namespace {

using emscripten::val;

// A C++ exception that reached JS would leave the module in an undefined state, so every entry
// point turns one into a result the caller already knows how to read.
std::string internal_error_json(const char* what) {
  std::string message = "检查程序内部错误";
  std::string detail = what ? what : "";
  // Keep the message valid JSON without pulling a JSON library into the shim: drop anything that
  // would need escaping.
  std::string safe;
  for (char c : detail) {
    if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) continue;
    safe.push_back(c);
  }
  if (!safe.empty()) message += "：" + safe;
  return "{\"schema\":1,\"error\":{\"code\":\"internal\",\"message\":\"" + message + "\"}}";
}

// options is either the template id as a string or an object {template: "2019"|"2021"|"",
// previous: last year's report as text or HTML}.
// Anything else (undefined, null, a number) means "detect".
xxgk::CheckOptions read_options(const val& options) {
  xxgk::CheckOptions out;
  if (options.isString()) {
    out.template_id = options.as<std::string>();
  } else if (!options.isUndefined() && !options.isNull() && options.typeOf().as<std::string>() == "object") {
    val t = options["template"];
    if (t.isString()) out.template_id = t.as<std::string>();
    val previous = options["previous"];
    if (previous.isString()) out.previous = previous.as<std::string>();
  }
  return out;
}

std::string check(const std::string& input, val options) {
  try {
    return xxgk::check_to_json(input, read_options(options));
  } catch (const std::exception& e) {
    return internal_error_json(e.what());
  } catch (...) {
    return internal_error_json(nullptr);
  }
}

// check(input) with no options: embind matches overloads by argument count.
std::string check_detect(const std::string& input) { return check(input, val::undefined()); }

std::string version() {
  try {
    return std::string(xxgk::version());
  } catch (...) {
    return "";
  }
}

std::string rules() {
  try {
    return xxgk::rules_to_json();
  } catch (...) {
    return "[]";
  }
}

}  // namespace

EMSCRIPTEN_BINDINGS(xxgk_lint) {
  emscripten::function("check", &check);
  emscripten::function("check", &check_detect);
  emscripten::function("version", &version);
  emscripten::function("rules", &rules);
}
