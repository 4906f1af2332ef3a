// Fuzz target: the HTML reader. Bytes -> decode_input -> html_to_text (tags, entities, comments,
// skipped elements, <table> grids with rowspan/colspan) -> split_into_tokens; and the document
// view (check.h document_to_json) of the same bytes.
// The input is always read as HTML here, whether or not it looks like HTML.
// Invariants: every output character maps into the input; the output is at most 4x the input
// plus slack (the grid expansion of spans must stay bounded).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "xxgk/xxgk.h"
#include "fuzz_common.h"
#include "readers/html_reader.h"
#include "readers/line_layouts.h"
#include "text/decode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  xxgk::DecodedInput in = xxgk::decode_input(bytes);
  if (in.error) return 0;
  (void)xxgk::looks_like_html(in.text);
  xxgk::Text out = xxgk::html_to_text(in.text);
  XXGK_FUZZ_REQUIRE(out.starts.size() == out.size() && out.ends.size() == out.size(), "text arrays out of step");
  for (size_t i = 0; i < out.size(); ++i) {
    XXGK_FUZZ_REQUIRE(out.starts[i] <= out.ends[i], "character range reversed");
    XXGK_FUZZ_REQUIRE(out.ends[i] <= in.utf16_length, "character range past the input");
  }
  // Real pages lose characters on the way to text (tags, attributes): the fixtures, seeds and the
  // generated corpus all stay at or below 1x. Span expansion may add empty places, but every place
  // costs a token and a character of memory, so more than 4x (plus slack for one small table)
  // means the grid is multiplying the input (e.g. many small 64x64 span blocks).
  XXGK_FUZZ_REQUIRE(out.size() <= 4 * in.text.size() + 8192, "HTML grid expanded far beyond the input");
  std::vector<xxgk::Token> tokens = xxgk::split_into_tokens(out);
  for (const xxgk::Token& k : tokens)
    XXGK_FUZZ_REQUIRE(k.begin <= k.end && k.end <= out.size(), "token outside the text");
  // The document view reads the same HTML again, keeping its grids: it must answer too.
  XXGK_FUZZ_REQUIRE(!xxgk::document_to_json(bytes).empty(), "no document view");
  return 0;
}
