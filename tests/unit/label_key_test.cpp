#include <doctest/doctest.h>

#include "templates/label_key.h"

using xxgk::label_key;
using xxgk::resembles_label;

TEST_CASE("a row label with words dropped or mistyped still resembles the template's label") {
  const std::u32string full = label_key(U"2.其他法律行政法规禁止公开").key;
  CHECK(resembles_label(label_key(U"2.其他法律行政止公开").key, full));        // 法规禁 dropped
  CHECK(resembles_label(label_key(U"2.其他法律行政法规禁上公开").key, full));  // 止 mistyped
}

TEST_CASE("a label of other words, or too short to tell, does not resemble a template label") {
  const std::u32string full = label_key(U"2.其他法律行政法规禁止公开").key;
  CHECK_FALSE(resembles_label(label_key(U"2.没有现成信息需要另行制作").key, full));
  CHECK_FALSE(resembles_label(label_key(U"2.其他").key, full));
  CHECK_FALSE(resembles_label(label_key(U"2.重复申请").key, label_key(U"2.重复申请并投诉举报").key));
}

TEST_CASE("numbering 1、 is read like 1.") {
  CHECK(label_key(U"1、申请人无正当理由逾期不补正").numbering == U"1");
  CHECK(label_key(U"1、申请人无正当理由逾期不补正").key == label_key(U"1.申请人无正当理由逾期不补正").key);
}
