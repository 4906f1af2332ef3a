// Reading the bytes the user gave: UTF-8 (BOM skipped) is decoded and normalised; anything else
// (GBK/GB18030, binary, nothing at all, too much) is refused with a message a clerk understands.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <xxgk/xxgk.h>  // kMaxInputBytes

#include "text/text.h"

namespace xxgk {

struct InputError {
  std::string code;     // "empty", "invalid-utf8", "gbk", "binary", "too-large"
  std::string message;  // Chinese, for the clerk
};

struct DecodedInput {
  Text text;                  // normalised; \r\n folded to \n
  uint32_t utf16_length = 0;  // length of the input as a JavaScript string (BOM excluded)
  bool bom = false;
  std::optional<InputError> error;
};

DecodedInput decode_input(std::string_view bytes);

// The error for input of `bytes` bytes beyond kMaxInputBytes (for callers that refuse a file
// before reading it).
InputError input_too_large(size_t bytes);

// True when invalid UTF-8 reads as GBK/GB18030 double-byte text.
bool looks_like_gbk(std::string_view bytes);

}  // namespace xxgk
