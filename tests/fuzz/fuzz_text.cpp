// Fuzz target: the text reader. Bytes -> decode_input (UTF-8 check, BOM, GBK/binary detection,
// normalisation) -> split_into_tokens (tab, pipe, bar, markdown, free and PDF-like lines).
// Invariants: every character maps into the input's UTF-16 length; every token lies inside the
// text, in order of rows.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.h"
#include "readers/line_layouts.h"
#include "text/decode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  xxgk::DecodedInput in = xxgk::decode_input(bytes);
  if (in.error) {
    XXGK_FUZZ_REQUIRE(!in.error->code.empty() && !in.error->message.empty(), "error without code/message");
    return 0;
  }
  const xxgk::Text& t = in.text;
  XXGK_FUZZ_REQUIRE(t.starts.size() == t.size() && t.ends.size() == t.size(), "text arrays out of step");
  for (size_t i = 0; i < t.size(); ++i) {
    XXGK_FUZZ_REQUIRE(t.starts[i] <= t.ends[i], "character range reversed");
    XXGK_FUZZ_REQUIRE(t.ends[i] <= in.utf16_length, "character range past the input");
    XXGK_FUZZ_REQUIRE(t.chars[i] != 0 && t.chars[i] != U'\r', "NUL or CR survived decoding");
  }
  std::vector<xxgk::Token> tokens = xxgk::split_into_tokens(t);
  uint32_t last_row = 0;
  for (const xxgk::Token& k : tokens) {
    XXGK_FUZZ_REQUIRE(k.begin <= k.end && k.end <= t.size(), "token outside the text");
    XXGK_FUZZ_REQUIRE(k.row >= last_row, "token rows out of order");
    last_row = k.row;
    (void)t.source_range(k.begin, k.end);
  }
  return 0;
}
