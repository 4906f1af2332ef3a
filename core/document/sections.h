// The six sections of the template, found by their number and key words (titles vary in the
// wild: "行政机关主动公开政府信息情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况").
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "document/document.h"

namespace xxgk {

struct SectionHeading {
  int number = 0;     // 1..6
  size_t token = 0;   // index of the heading's token
  std::string title;  // as printed
  Range range;
};

struct Sections {
  std::vector<SectionHeading> found;  // in document order, at most one per number
  const SectionHeading* get(int number) const;
  // Token index where section `number` starts, or nullopt.
  std::optional<size_t> start(int number) const;
};

Sections find_sections(const Document& doc);

// Section number (1..6) a heading token announces, or 0.
int heading_number(std::u32string_view token_text);

}  // namespace xxgk
