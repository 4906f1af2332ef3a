#pragma once

#include <string_view>

namespace xxgk {

// The character a named entity ("nbsp", "ldquo") stands for, or 0 when it is not known.
char32_t named_entity(std::u32string_view name);

}  // namespace xxgk
