// The document: the input as normalised text plus its cells (tokens), whatever layout it came in.
#pragma once

#include <string>
#include <vector>

#include "readers/token.h"
#include "readers/html_reader.h"
#include "text/decode.h"
#include "text/text.h"

namespace xxgk {

struct Document {
  Text text;                  // normalised; for HTML, the text the HTML reader laid out
  std::vector<Token> tokens;  // in reading order
  bool html = false;
  uint32_t utf16_length = 0;  // length of the input as a JavaScript string

  std::u32string_view token_text(size_t i) const { return text.view(tokens[i].begin, tokens[i].end); }
  Range token_range(size_t i) const { return text.source_range(tokens[i].begin, tokens[i].end); }
  std::string token_utf8(size_t i) const { return to_utf8(token_text(i)); }
  // The cell as the user typed it: full-width digits, "—" and all.
  std::string token_raw(size_t i) const { return to_utf8(text.original_view(tokens[i].begin, tokens[i].end)); }
};

// Builds the document from decoded input (which must carry no error). `grids`, when given,
// receives the HTML reader's grid tables (see readers/html_reader.h).
Document build_document(DecodedInput input, std::vector<HtmlGrid>* grids = nullptr);

}  // namespace xxgk
