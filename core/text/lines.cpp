#include <xxgk/xxgk.h>

#include <algorithm>

namespace xxgk {

std::vector<uint32_t> line_starts(std::string_view bytes) {
  std::vector<uint32_t> starts{0};
  uint32_t units = 0;
  size_t i = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  for (; i < bytes.size(); ++i) {
    unsigned char b = static_cast<unsigned char>(bytes[i]);
    if ((b & 0xC0) == 0x80) continue;  // a continuation byte adds no code unit
    units += b >= 0xF0 ? 2 : 1;        // four-byte sequences are surrogate pairs in UTF-16
    bool crlf = b == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n';
    if (b == '\n' || (b == '\r' && !crlf)) starts.push_back(units);
  }
  return starts;
}

LineColumn line_column(const std::vector<uint32_t>& starts, uint32_t offset) {
  auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  size_t line = std::max<size_t>(1, static_cast<size_t>(it - starts.begin()));
  return {static_cast<uint32_t>(line), offset - starts[line - 1] + 1};
}

}  // namespace xxgk
