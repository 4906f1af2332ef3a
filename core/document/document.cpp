#include "document/document.h"

#include "readers/line_layouts.h"
#include "readers/markdown_spans.h"

namespace xxgk {

Document build_document(DecodedInput input, std::vector<HtmlGrid>* grids) {
  Document doc;
  doc.utf16_length = input.utf16_length;
  doc.html = looks_like_html(input.text);
  doc.text = without_bracketed_spans(doc.html ? html_to_text(input.text, grids) : std::move(input.text));
  doc.tokens = split_into_tokens(doc.text);
  attach_wrapped_notes(doc.text.chars, doc.tokens);
  return doc;
}

}  // namespace xxgk
