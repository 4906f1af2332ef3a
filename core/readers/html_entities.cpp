#include "readers/html_entities.h"

#include <utility>

namespace xxgk {

char32_t named_entity(std::u32string_view name) {
  static const std::pair<std::u32string_view, char32_t> kEntities[] = {
      {U"amp", U'&'},      {U"lt", U'<'},      {U"gt", U'>'},      {U"quot", U'"'},     {U"apos", U'\''},
      {U"nbsp", 0xA0},     {U"ensp", 0x2002},  {U"emsp", 0x2003},  {U"thinsp", 0x2009}, {U"ldquo", 0x201C},
      {U"rdquo", 0x201D},  {U"lsquo", 0x2018}, {U"rsquo", 0x2019}, {U"mdash", 0x2014},  {U"ndash", 0x2013},
      {U"hellip", 0x2026}, {U"middot", 0xB7},  {U"times", 0xD7},   {U"divide", 0xF7},   {U"yen", 0xA5},
      {U"copy", 0xA9},     {U"reg", 0xAE},     {U"laquo", 0xAB},   {U"raquo", 0xBB},    {U"deg", 0xB0},
      {U"plusmn", 0xB1},   {U"bull", 0x2022},  {U"shy", 0xAD},     {U"zwsp", 0x200B},   {U"minus", 0x2212},
      {U"permil", 0x2030}, {U"sect", 0xA7},
  };
  for (const auto& [entity, c] : kEntities)
    if (entity == name) return c;
  return 0;
}

}  // namespace xxgk
