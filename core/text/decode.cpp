#include "text/decode.h"

#include <utf8cpp/utf8/core.h>  // not utf8.h: its checked API throws, and the browser build has no exceptions
#include <utf8cpp/utf8/unchecked.h>

#include <cstdio>

#include "text/normalize.h"

namespace xxgk {
namespace {

bool is_blank_input(std::string_view bytes) {
  for (unsigned char b : bytes)
    if (b != ' ' && b != '\t' && b != '\n' && b != '\r') return false;
  return true;
}

// NUL bytes or many control bytes in the first 64 KiB: an image, an archive, a .doc file.
bool looks_binary(std::string_view bytes) {
  size_t n = std::min<size_t>(bytes.size(), 65536), controls = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char b = static_cast<unsigned char>(bytes[i]);
    if (b == 0) return true;
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) ++controls;
  }
  return n > 0 && controls * 20 > n;
}

InputError make_error(const char* code, std::string message) { return {code, std::move(message)}; }

void decode_valid_utf8(std::string_view bytes, DecodedInput& out) {
  out.text.chars.reserve(bytes.size());
  out.text.original.reserve(bytes.size());
  out.text.starts.reserve(bytes.size());
  out.text.ends.reserve(bytes.size());
  uint32_t pos = 0;
  auto it = bytes.begin();
  while (it != bytes.end()) {
    char32_t c = static_cast<char32_t>(utf8::unchecked::next(it));
    uint32_t width = c >= 0x10000 ? 2 : 1;
    uint32_t start = pos;
    pos += width;
    if (c == U'\r') {
      if (it != bytes.end() && *it == '\n') continue;  // \r\n: the \n carries the line break
      c = U'\n';
    }
    char32_t n = normalize_char(c);
    if (n != 0) out.text.push(n, c, start, pos);
  }
  out.utf16_length = pos;
}

}  // namespace

InputError input_too_large(size_t bytes) {
  char mb[32];
  std::snprintf(mb, sizeof mb, "%.1f", static_cast<double>(bytes) / (1024 * 1024));
  return make_error("too-large", std::string("输入过大（") + mb + " MB），超过 16 MB 上限：请只粘贴年度报告本身");
}

bool looks_like_gbk(std::string_view bytes) {
  size_t pairs = 0, bad = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) continue;
    unsigned char t = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : 0;
    if (b >= 0x81 && b <= 0xFE && t >= 0x40 && t <= 0xFE && t != 0x7F) {
      ++pairs;
      ++i;
    } else {
      ++bad;
    }
  }
  return pairs > 0 && bad * 20 <= pairs;
}

DecodedInput decode_input(std::string_view bytes) {
  DecodedInput out;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    out.bom = true;
    bytes.remove_prefix(3);
  }
  if (bytes.size() > kMaxInputBytes) {
    out.error = input_too_large(bytes.size());
    return out;
  }
  if (is_blank_input(bytes)) {
    out.error = make_error("empty", "输入为空：请粘贴或打开一份政府信息公开工作年度报告");
    return out;
  }
  if (looks_binary(bytes)) {
    out.error = make_error("binary",
                           "输入不是文本（含有二进制内容），可能是 Word、PDF 或图片文件："
                           "请复制报告的文字后粘贴，或另存为 .txt / .html");
    return out;
  }
  auto invalid = utf8::find_invalid(bytes.begin(), bytes.end());
  if (invalid != bytes.end()) {
    size_t offset = static_cast<size_t>(invalid - bytes.begin());
    if (looks_like_gbk(bytes))
      out.error = make_error("gbk",
                             "文件是 GBK/GB18030 编码，不是 UTF-8：请用记事本或 WPS "
                             "“另存为”UTF-8 编码后再检查");
    else
      out.error = make_error("invalid-utf8", "输入不是有效的 UTF-8 文本（第 " + std::to_string(offset + 1) +
                                                 " 字节起无法解码）：请另存为 UTF-8 编码后再检查");
    return out;
  }
  decode_valid_utf8(bytes, out);
  return out;
}

}  // namespace xxgk
