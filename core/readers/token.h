// A token is one cell as the paste left it: a line of text, a cell between pipes or tabs, a run
// of a PDF line. Delimited layouts (pipe, tab, bar, markdown, HTML grid) keep empty cells so that
// columns hold their place ("positional"); free layouts (one cell per line, PDF text) lose them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace xxgk {

enum class TokenKind : uint8_t {
  Empty,     // nothing between two delimiters
  Number,    // a count or amount: "25", "1,493", "35270.94", "-3", "１２"
  TooLarge,  // digits of a number too large to be a count or an amount ("99999999999999999999")
  Blank,     // a cell deliberately left without a number: "/", "-", "—", "无"
  Text,      // anything else: labels, headers, narrative
};

struct Token {
  uint32_t begin = 0;  // characters [begin, end) of the document text, trimmed
  uint32_t end = 0;
  uint32_t row = 0;  // physical row (line, or the row a bar line opens)
  uint16_t col = 0;  // place in that row
  bool positional = false;
  // Cut out of page text whose table cells ran together (readers/run_together_line.h): a Number is
  // a digit run holding a whole row's cells, a Text may hold header words before its row label.
  bool run_together = false;
  TokenKind kind = TokenKind::Text;
  double number = 0;  // the value, when kind == Number

  // A value holds a cell's place, whatever is wrong with it.
  bool is_value() const { return kind == TokenKind::Number || kind == TokenKind::TooLarge || kind == TokenKind::Blank; }
};

// A unit a clerk may type after a count or an amount ("16件", "251000元", "39万元"): one character of
// it. A cell's unit is at most two of them.
inline bool is_unit_char(char32_t c) {
  return std::u32string_view(U"件个项条元万次份").find(c) != std::u32string_view::npos;
}
constexpr size_t kMaxUnitChars = 2;

// Reads a cell's characters as a number. Thousands separators, a unit suffix such as "件", a note
// in brackets after the number ("12（其中修订8件）": 12) and, in a delimited cell, spaces inside the
// digits ("1 4" from split <span>s) are tolerated.
// Whole parts are read exactly, as 64-bit integers; beyond kMaxNumber (fifteen digits, still exact
// as a double) a number is too large to be any count or amount of a report.
constexpr uint64_t kMaxNumber = 999'999'999'999'999;

enum class NumberRead { Number, TooLarge, NotNumber };
NumberRead read_number(std::u32string_view cell, double& value);
bool parse_number(std::u32string_view cell, double& value);  // read_number(...) == Number
bool is_blank_marker(std::u32string_view cell);
TokenKind classify_cell(std::u32string_view cell, double& value);

// A count's note wrapped onto a line of its own in a free layout ("3" / "（其中修订1件）") joins
// the count's cell: it is the count's raw text, not a cell of the table.
void attach_wrapped_notes(const std::u32string& text, std::vector<Token>& tokens);

}  // namespace xxgk
