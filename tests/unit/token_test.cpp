#include <doctest/doctest.h>

#include "readers/token.h"
#include "templates/label_key.h"

using namespace xxgk;

namespace {
TokenKind kind(std::u32string_view s) {
  double v = 0;
  return classify_cell(s, v);
}
double value(std::u32string_view s) {
  double v = -999;
  classify_cell(s, v);
  return v;
}
}  // namespace

TEST_CASE("numbers are read with separators, decimals, signs and stray spaces") {
  CHECK(value(U"1,493") == 1493);
  CHECK(value(U" 0 ") == 0);
  CHECK(value(U"35270.94") == doctest::Approx(35270.94));
  CHECK(value(U"-3") == -3);
  CHECK(value(U"12件") == 12);
  CHECK(value(U"1 4") == 14);  // digits split across <span>s in one cell
  CHECK(kind(U"1,49") == TokenKind::Text);
  CHECK(kind(U"12.") == TokenKind::Text);
  CHECK(kind(U"2019年") == TokenKind::Text);
}

TEST_CASE("a count with a note in brackets after it is the count it states") {
  CHECK(value(U"12(其中修订8件)") == 12);
  CHECK(value(U"27(含部门联合发文)") == 27);
  CHECK(value(U"22 (其中修订 16 件)") == 22);
  CHECK(value(U"12件(其中修订8件)") == 12);
  CHECK(value(U"251000元") == 251000);
  CHECK(value(U"1,493(含续办)") == 1493);
  CHECK(value(U"-3(减少)") == -3);
  CHECK(value(U"35.5(万元)") == doctest::Approx(35.5));
}

TEST_CASE("years, item numbers, ranges and labels in brackets are not counts with notes") {
  CHECK(kind(U"2021年") == TokenKind::Text);
  CHECK(kind(U"第3项") == TokenKind::Text);
  CHECK(kind(U"1-3(其中2件)") == TokenKind::Text);
  CHECK(kind(U"(七)总计") == TokenKind::Text);
  CHECK(kind(U"(三)") == TokenKind::Text);
  CHECK(kind(U"12(3)") == TokenKind::Text);       // no words in the brackets: not a note
  CHECK(kind(U"12(其中8件") == TokenKind::Text);  // the note does not close the cell
  CHECK(kind(U"2.其他(含转办)") == TokenKind::Text);
}

TEST_CASE("blank markers are kept apart from zero and from empty cells") {
  for (auto s : {U"/", U"-", U"--", U"无", U"\\"}) {
    CAPTURE(std::u32string(s).size());
    CHECK(kind(s) == TokenKind::Blank);
  }
  CHECK(kind(U"") == TokenKind::Empty);
  CHECK(kind(U"  ") == TokenKind::Empty);
  CHECK(kind(U"0") == TokenKind::Number);
}

TEST_CASE("label keys drop numbering, punctuation, quotes and spaces") {
  LabelKey k = label_key(U"(七)总计");
  CHECK(k.numbering == U"七");
  CHECK(k.key == U"总计");
  k = label_key(U"3.危及\"三安全一稳定\"");
  CHECK(k.numbering == U"3");
  CHECK(k.key == U"危及三安全一稳定");
  k = label_key(U"(三)不予 公开");
  CHECK(k.key == U"不予公开");
  k = label_key(U"2、重复申请");
  CHECK(k.numbering == U"2");
  CHECK(label_key(U"第二十条第(一)项").numbering.empty());
}

TEST_CASE("counts are read exactly, and digits beyond any count or amount are too large") {
  CHECK(kind(U"999999999999999") == TokenKind::Number);
  CHECK(value(U"999999999999999") == 999999999999999.0);
  CHECK(value(U"123,456,789,012,345") == 123456789012345.0);
  CHECK(kind(U"1000000000000000") == TokenKind::TooLarge);
  CHECK(kind(U"99999999999999999999") == TokenKind::TooLarge);  // past 64 bits
  CHECK(kind(U"99999999999999999999.5") == TokenKind::TooLarge);
  CHECK(kind(U"-1000000000000000") == TokenKind::TooLarge);
  CHECK(value(U"35270.94") == doctest::Approx(35270.94));
  CHECK(kind(U"1000000000000000年") == TokenKind::Text);  // not a count at all
}
