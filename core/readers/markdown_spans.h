// Pandoc's markdown keeps the styles of Word and CMS pages as bracketed spans:
// "[二、主动公开政府信息情况]{style="font-family: 黑体;"}". The brackets and the attributes are
// markup, not text: dropped here so that headings and labels read as printed. Every character
// kept keeps its place in the input.
#pragma once

#include "text/text.h"

namespace xxgk {

// The text without the markup of bracketed spans ("[text]{attributes}" on one line, the
// attributes opening with a key=, a .class or an #id); unchanged when it holds none.
Text without_bracketed_spans(Text text);

}  // namespace xxgk
