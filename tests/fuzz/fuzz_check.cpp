// Fuzz target: the whole check, as the command line and the page call it: check_to_json.
// Invariants: the result is one line of valid JSON following the contract (spec/output.md):
// schema 1; an error only with a known code (never "internal": an exception escaped the core);
// every RANGE inside the input's UTF-16 length with start <= end; the summary counts the findings.
// Inputs whose length is 1 or 2 mod 3 are also checked with the template forced (2019 / 2021).
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include <xxgk/xxgk.h>
#include "fuzz_common.h"

namespace {

using Json = nlohmann::json;

void check_ranges(const Json& j, uint64_t chars) {
  if (j.is_object()) {
    auto s = j.find("start"), e = j.find("end");
    if (s != j.end() && e != j.end() && s->is_number() && e->is_number() && j.size() == 2) {
      uint64_t start = s->get<uint64_t>(), end = e->get<uint64_t>();
      XXGK_FUZZ_REQUIRE(start <= end, "RANGE with start > end");
      XXGK_FUZZ_REQUIRE(end <= chars, "RANGE past the input's length");
      return;
    }
    for (const auto& [k, v] : j.items()) check_ranges(v, chars);
  } else if (j.is_array()) {
    for (const auto& v : j) check_ranges(v, chars);
  }
}

void check_result(const std::string& out) {
  XXGK_FUZZ_REQUIRE(out.find('\n') == std::string::npos, "result is not one line");
  Json j = Json::parse(out, nullptr, /*allow_exceptions=*/false);
  XXGK_FUZZ_REQUIRE(!j.is_discarded(), "result is not valid JSON");
  XXGK_FUZZ_REQUIRE(j.value("schema", 0) == 1, "schema is not 1");
  if (j.contains("error")) {
    std::string code = j["error"].value("code", "");
    XXGK_FUZZ_REQUIRE(code != "internal", "internal error: an exception escaped the core");
    XXGK_FUZZ_REQUIRE(
        code == "empty" || code == "invalid-utf8" || code == "gbk" || code == "binary" || code == "too-large",
        "unknown error code");
    return;
  }
  uint64_t chars = j["input"]["chars"].get<uint64_t>();
  check_ranges(j, chars);
  int errors = 0, warnings = 0, infos = 0;
  for (const auto& f : j["findings"]) {
    std::string sev = f["severity"].get<std::string>();
    if (sev == "error") ++errors;
    else if (sev == "warning") ++warnings;
    else if (sev == "info") ++infos;
    else XXGK_FUZZ_REQUIRE(false, "unknown severity");
    XXGK_FUZZ_REQUIRE(!f["message"].get<std::string>().empty(), "finding without a message");
  }
  const Json& s = j["summary"];
  XXGK_FUZZ_REQUIRE(s["errors"] == errors && s["warnings"] == warnings && s["infos"] == infos,
                    "summary does not count the findings");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  check_result(xxgk::check_to_json(input));
  if (size % 3 != 0) {
    xxgk::CheckOptions forced;
    forced.template_id = size % 3 == 1 ? "2019" : "2021";
    check_result(xxgk::check_to_json(input, forced));
  }
  return 0;
}
