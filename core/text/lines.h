// Where lines begin, counted as the core counts them: a line ends at "\n", "\r\n" or a lone "\r"
// (old Mac files and some CMS exports). Offsets are UTF-16 code units of the input as a JavaScript
// string holds it (a UTF-8 BOM is not counted), the unit of every range in the result. The command
// line's "line:column" and the page's "第 N 行" both rest on this one definition.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace xxgk {

// UTF-16 offsets at which each line of `utf8` starts; the first is always 0.
std::vector<uint32_t> line_starts(std::string_view utf8);

struct LineColumn {
  uint32_t line = 1;    // 1-based
  uint32_t column = 1;  // 1-based, in UTF-16 code units
};

LineColumn line_column(const std::vector<uint32_t>& starts, uint32_t offset);

}  // namespace xxgk
