// The WebAssembly face of the core: a few functions, strings in and strings out. It only marshals;
// every rule lives in core/, so the page and the command line print the same JSON byte for byte.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include <xxgk/xxgk.h>

namespace {

using emscripten::val;

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

// No try/catch here: the module is built without exceptions (wasm/CMakeLists.txt), so nothing
// can throw. What could fail (out of memory) aborts the module instead: the call throws in
// JavaScript and the page loads a fresh module rather than go on with a corrupt one.
std::string check(const std::string& input, val options) { return xxgk::check_to_json(input, read_options(options)); }

// check(input) with no options: embind matches overloads by argument count.
std::string check_detect(const std::string& input) { return check(input, val::undefined()); }

std::string version() { return std::string(xxgk::version()); }

// The result a caller shows when check() aborted: the contract's error shape, code "internal".
std::string internal_error(const std::string& what) { return xxgk::internal_error_json(what); }

// The document as the HTML reader laid it out (xxgk.h document_to_json), for the page's view.
std::string document_view(const std::string& input) { return xxgk::document_to_json(input); }

}  // namespace

EMSCRIPTEN_BINDINGS(xxgk_lint) {
  emscripten::function("check", &check);
  emscripten::function("check", &check_detect);
  emscripten::function("version", &version);
  emscripten::function("rules", &xxgk::rules_to_json);
  emscripten::function("templates", &xxgk::templates_to_json);
  emscripten::function("internalError", &internal_error);
  emscripten::function("documentView", &document_view);
}
