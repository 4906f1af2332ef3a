// Label normalisation for matching: "（三）不予 公开", "(三)不予公开" and "三、不予公开" all
// give numbering "三" and key "不予公开"; "3．危及“三安全一稳定”" gives "3" and "危及三安全一稳定".
#pragma once

#include <string>
#include <string_view>

namespace xxgk {

struct LabelKey {
  std::u32string numbering;  // "三", "3", or empty
  std::u32string key;        // the words, without spaces, quotes or punctuation
};

LabelKey label_key(std::u32string_view label);

// A printed label with a typo ("其他法律行政止公开" for "其他法律行政法规禁止公开"): all of
// its words but at most one stand in the template's label in order, and they are most of it.
// Too short a key (under kMinTypoKey characters) resembles too much to tell anything.
constexpr size_t kMinTypoKey = 6;
bool resembles_label(std::u32string_view key, std::u32string_view full_key);

}  // namespace xxgk
