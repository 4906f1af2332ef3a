#include "text/normalize.h"

namespace xxgk {

char32_t normalize_char(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;  // full-width ASCII: ０１２（），：．
  switch (c) {
    case 0x3000:
    case 0x00A0:
    case 0x2002:
    case 0x2003:
    case 0x2009:
    case 0x202F:
    case 0x0B:
    case 0x0C: return U' ';
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0xFEFF:
    case 0x00AD: return 0;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x300C:
    case 0x300D:
    case 0x300E:
    case 0x300F: return U'"';
    case 0x2018:
    case 0x2019: return U'\'';
    case 0x2014:
    case 0x2013:
    case 0x2015:
    case 0x2012:
    case 0x2212:
    case 0x2500:
    case 0x30FC: return U'-';
    case 0xFF5C:
    case 0x2502:
    case 0xFFE8: return U'|';
    case 0x3002:  // 。 stays: sentence end
    default: break;
  }
  if (c < 0x20 && c != U'\n' && c != U'\t') return U' ';  // other control characters
  return c;
}

}  // namespace xxgk
