#include <doctest/doctest.h>

#include "support/check_json.h"
#include "text/decode.h"
#include <xxgk/xxgk.h>
#include "text/normalize.h"

using namespace xxgk;

TEST_CASE("a UTF-8 byte order mark is skipped and not counted in offsets") {
  DecodedInput d = decode_input(
      "\xEF\xBB\xBF"
      "规章");
  CHECK(d.bom);
  CHECK_FALSE(d.error);
  CHECK(d.utf16_length == 2);
  CHECK(d.text.chars == U"规章");
  CHECK(d.text.starts[1] == 1);
}

TEST_CASE("characters beyond the BMP count two UTF-16 units, like JavaScript strings") {
  DecodedInput d = decode_input(
      "\xF0\x9F\x98\x80"
      "a");  // U+1F600 then 'a'
  CHECK(d.utf16_length == 3);
  CHECK(d.text.starts[1] == 2);
  CHECK(d.text.ends[0] == 2);
}

TEST_CASE("GBK input is refused with a message naming the encoding") {
  // "规章制度" in GBK
  DecodedInput d = decode_input("\xB9\xE6\xD5\xC2\xD6\xC6\xB6\xC8\xB9\xE6\xD5\xC2");
  REQUIRE(d.error);
  CHECK(d.error->code == "gbk");
  CHECK(d.error->message.find("GBK") != std::string::npos);
}

TEST_CASE("invalid UTF-8 that is not GBK is refused and the offset is given") {
  DecodedInput d = decode_input("abc\xFF\xFE\xFF");
  REQUIRE(d.error);
  CHECK(d.error->code == "invalid-utf8");
  CHECK(d.error->message.find("第 4 字节") != std::string::npos);
}

TEST_CASE("empty, blank, binary and oversized inputs each get their own error") {
  CHECK(decode_input("").error->code == "empty");
  CHECK(decode_input(" \n\t\r\n").error->code == "empty");
  CHECK(decode_input(std::string("PK\x03\x04\0\0binary", 12)).error->code == "binary");
  CHECK(decode_input(std::string(kMaxInputBytes + 1, 'a')).error->code == "too-large");
}

TEST_CASE("CRLF folds to one line break that keeps the LF's offset") {
  DecodedInput d = decode_input("a\r\nb\rc");
  CHECK(d.text.chars == U"a\nb\nc");
  CHECK(d.text.starts[1] == 2);  // the '\n' of "\r\n"
  CHECK(d.text.starts[2] == 3);
}

TEST_CASE("normalisation maps full-width forms, odd spaces, quotes and dashes") {
  CHECK(normalize_char(U'１') == U'1');
  CHECK(normalize_char(U'（') == U'(');
  CHECK(normalize_char(U'，') == U',');
  CHECK(normalize_char(0x3000) == U' ');
  CHECK(normalize_char(0x00A0) == U' ');
  CHECK(normalize_char(U'“') == U'"');
  CHECK(normalize_char(U'—') == U'-');
  CHECK(normalize_char(0x200B) == 0);
  CHECK(normalize_char(U'规') == U'规');
}

TEST_CASE("unreadable input gives a JSON result with an error object and no tables") {
  auto r = xxgk::test::check("\xB9\xE6\xD5\xC2\xD6\xC6\xB6\xC8");
  CHECK(r["error"]["code"] == "gbk");
  CHECK_FALSE(r.contains("tables"));
  CHECK(r["schema"] == 1);
}

TEST_CASE("lines end at LF, CRLF or a lone CR, counted in UTF-16 units without the BOM") {
  using xxgk::line_starts;
  CHECK(line_starts("a\nb\r\nc\rd") == std::vector<uint32_t>{0, 2, 5, 7});
  CHECK(line_starts("\xEF\xBB\xBF"
                    "a\nb") == std::vector<uint32_t>{0, 2});
  CHECK(line_starts("\xF0\x9F\x98\x80\nx") == std::vector<uint32_t>{0, 3});  // a surrogate pair is two units
  auto starts = line_starts("ab\ncd\r\nef");
  CHECK(xxgk::line_column(starts, 0).line == 1);
  CHECK(xxgk::line_column(starts, 4).line == 2);
  CHECK(xxgk::line_column(starts, 4).column == 2);
  CHECK(xxgk::line_column(starts, 7).line == 3);
}

TEST_CASE("an internal error result has the same fields as an unreadable input's") {
  auto unreadable = xxgk::test::check("");
  auto internal = xxgk::test::Json::parse(xxgk::internal_error_json("bad_alloc"));
  std::vector<std::string> a, b;
  for (auto& [k, v] : unreadable.items()) a.push_back(k);
  for (auto& [k, v] : internal.items()) b.push_back(k);
  CHECK(a == std::vector<std::string>{"schema", "tool", "input", "error"});
  CHECK(a == b);
  CHECK(internal["tool"] == unreadable["tool"]);
  CHECK(internal["error"]["code"] == "internal");
  CHECK(internal["error"]["message"].get<std::string>().find("bad_alloc") != std::string::npos);
}

TEST_CASE("templates_to_json names every row of both templates with its printed heading") {
  auto all = xxgk::test::Json::parse(xxgk::templates_to_json());
  REQUIRE(all.size() == 2);
  for (const auto& t : all) {
    CAPTURE(t["id"].get<std::string>());
    CHECK(t["tables"].size() == 3);
    for (const auto& table : t["tables"]) {
      CAPTURE(table["id"].get<std::string>());
      CHECK_FALSE(table["title"].get<std::string>().empty());
      for (const auto& row : table["rows"]) CHECK_FALSE(row["label"].get<std::string>().empty());
    }
  }
  auto requests = all[0]["tables"][1];
  CHECK(requests["rows"][4]["id"] == "denied_state_secret");
  CHECK(requests["rows"][4]["group"] == "(三)不予公开");
  CHECK(requests["rows"][4]["display"] == "(三)不予公开 1.属于国家秘密");
  CHECK(all[1]["tables"][0]["rows"][0]["group"] == "第二十条第(一)项");
  CHECK(all[1]["tables"][2]["rows"][2]["group"] == "行政诉讼");
}
