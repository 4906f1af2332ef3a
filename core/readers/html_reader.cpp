#include "readers/html_reader.h"

#include <algorithm>

#include "readers/html_entities.h"
#include "text/normalize.h"

namespace xxgk {
namespace {

// Spans beyond these are damage or hostility, never a real report's table.
constexpr int kMaxSpan = 64;

char32_t lower(char32_t c) { return (c >= U'A' && c <= U'Z') ? c + 32 : c; }
bool is_name_char(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || is_digit(c) || c == U':' ||
         c == U'-' || c == U'_';
}

bool is_block_tag(const std::u32string& n) {
  static const std::u32string_view kBlocks[] = {
      U"p",  U"div", U"br",     U"h1",      U"h2",     U"h3",     U"h4",      U"h5",
      U"h6", U"li",  U"ul",     U"ol",      U"section", U"article", U"header", U"footer",
      U"hr", U"dd",  U"dt",     U"dl",      U"nav",    U"form",   U"blockquote", U"pre",
      U"title", U"main", U"aside", U"address", U"center", U"body", U"html", U"figure",
      U"figcaption", U"option", U"summary", U"details"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), n) != std::end(kBlocks);
}

// Elements whose content is never report text.
bool is_skipped_tag(const std::u32string& n) {
  static const std::u32string_view kSkipped[] = {U"script", U"style",  U"xml",    U"template",
                                                 U"noscript", U"iframe", U"object", U"svg",
                                                 U"math",   U"select", U"head-style"};
  return std::find(std::begin(kSkipped), std::end(kSkipped), n) != std::end(kSkipped);
}

struct Tag {
  std::u32string name;  // lower case
  bool closing = false;
  int rowspan = 1;
  int colspan = 1;
};

struct CellBuffer {
  Text text;
  int rowspan = 1;
  int colspan = 1;
  uint32_t source = 0;
};

using RowBuffer = std::vector<CellBuffer>;

class HtmlScanner {
 public:
  explicit HtmlScanner(const Text& src) : src_(src) {}

  Text run() {
    while (i_ < src_.size()) {
      char32_t c = src_.chars[i_];
      if (c == U'<' && starts_markup()) {
        markup();
      } else if (c == U'&') {
        entity();
      } else {
        append(c, src_.starts[i_], src_.ends[i_]);
        ++i_;
      }
    }
    if (in_table()) flush_table();
    return std::move(out_);
  }

 private:
  const Text& src_;
  size_t i_ = 0;
  Text out_;
  int table_depth_ = 0;
  std::vector<RowBuffer> rows_;
  bool in_row_ = false;
  bool in_cell_ = false;

  bool in_table() const { return table_depth_ > 0; }
  uint32_t here() const { return i_ < src_.size() ? src_.starts[i_] : (src_.size() ? src_.ends.back() : 0); }

  bool starts_markup() const {
    if (i_ + 1 >= src_.size()) return false;
    char32_t n = src_.chars[i_ + 1];
    return n == U'/' || n == U'!' || n == U'?' || (lower(n) >= U'a' && lower(n) <= U'z');
  }

  Text& target() { return in_cell_ ? rows_.back().back().text : out_; }

  // Appends a visible character, folding HTML white space to single spaces.
  void append(char32_t c, uint32_t start, uint32_t end) {
    Text& t = target();
    if (is_space(c)) {
      if (t.chars.empty() || t.chars.back() == U' ' || t.chars.back() == U'\n') return;
      c = U' ';
    }
    if (in_table() && !in_cell_) return;  // stray text between cells
    t.push(c, start, end);
  }

  void line_break() {
    if (in_cell_) {
      append(U' ', here(), here());
      return;
    }
    while (!out_.chars.empty() && out_.chars.back() == U' ') {
      out_.chars.pop_back();
      out_.starts.pop_back();
      out_.ends.pop_back();
    }
    if (!out_.chars.empty() && out_.chars.back() != U'\n') out_.push(U'\n', here(), here());
  }

  bool match_at(size_t pos, std::u32string_view word) const {
    if (pos + word.size() > src_.size()) return false;
    for (size_t k = 0; k < word.size(); ++k)
      if (lower(src_.chars[pos + k]) != word[k]) return false;
    return true;
  }

  // Moves past the first occurrence of `end` (or to the end of the input).
  void skip_past(std::u32string_view end) {
    while (i_ < src_.size() && !match_at(i_, end)) ++i_;
    i_ = std::min(src_.size(), i_ + end.size());
  }

  void markup() {
    if (match_at(i_, U"<!--")) return skip_past(U"-->");
    if (src_.chars[i_ + 1] == U'!' || src_.chars[i_ + 1] == U'?') return skip_past(U">");
    Tag tag = read_tag();
    if (!tag.closing && is_skipped_tag(tag.name)) {
      skip_past(U"</" + tag.name);
      skip_past(U">");
      return;
    }
    handle(tag);
  }

  Tag read_tag() {
    Tag tag;
    ++i_;  // '<'
    if (i_ < src_.size() && src_.chars[i_] == U'/') {
      tag.closing = true;
      ++i_;
    }
    while (i_ < src_.size() && is_name_char(src_.chars[i_])) tag.name.push_back(lower(src_.chars[i_++]));
    read_attributes(tag);
    return tag;
  }

  void read_attributes(Tag& tag) {
    while (i_ < src_.size() && src_.chars[i_] != U'>') {
      if (is_name_char(src_.chars[i_])) {
        std::u32string name;
        while (i_ < src_.size() && is_name_char(src_.chars[i_])) name.push_back(lower(src_.chars[i_++]));
        std::u32string value = read_attribute_value();
        if (name == U"rowspan") tag.rowspan = span_value(value);
        if (name == U"colspan") tag.colspan = span_value(value);
      } else if (src_.chars[i_] == U'"' || src_.chars[i_] == U'\'') {
        char32_t q = src_.chars[i_++];
        while (i_ < src_.size() && src_.chars[i_] != q) ++i_;
        if (i_ < src_.size()) ++i_;
      } else {
        ++i_;
      }
    }
    if (i_ < src_.size()) ++i_;  // '>'
  }

  std::u32string read_attribute_value() {
    std::u32string value;
    while (i_ < src_.size() && src_.chars[i_] == U' ') ++i_;
    if (i_ >= src_.size() || src_.chars[i_] != U'=') return value;
    ++i_;
    while (i_ < src_.size() && src_.chars[i_] == U' ') ++i_;
    if (i_ < src_.size() && (src_.chars[i_] == U'"' || src_.chars[i_] == U'\'')) {
      char32_t q = src_.chars[i_++];
      while (i_ < src_.size() && src_.chars[i_] != q) value.push_back(src_.chars[i_++]);
      if (i_ < src_.size()) ++i_;
    } else {
      while (i_ < src_.size() && src_.chars[i_] != U'>' && !is_space(src_.chars[i_]))
        value.push_back(src_.chars[i_++]);
    }
    return value;
  }

  static int span_value(const std::u32string& v) {
    int n = 0;
    for (char32_t c : v) {
      if (!is_digit(c)) break;
      n = std::min(kMaxSpan, n * 10 + static_cast<int>(c - U'0'));
    }
    return std::max(1, n);
  }

  void entity() {
    size_t j = i_ + 1;
    std::u32string name;
    while (j < src_.size() && j - i_ <= 10 && src_.chars[j] != U';' &&
           (is_name_char(src_.chars[j]) || src_.chars[j] == U'#'))
      name.push_back(src_.chars[j++]);
    char32_t c = 0;
    if (j < src_.size() && src_.chars[j] == U';') c = decode_entity(name);
    if (c == 0) {  // not an entity: a literal '&'
      append(U'&', src_.starts[i_], src_.ends[i_]);
      ++i_;
      return;
    }
    char32_t n = normalize_char(c);
    if (n != 0) append(n, src_.starts[i_], src_.ends[j]);
    i_ = j + 1;
  }

  static char32_t decode_entity(const std::u32string& name) {
    if (name.size() < 2 || name[0] != U'#') return named_entity(name);
    bool hex = name[1] == U'x' || name[1] == U'X';
    uint32_t v = 0;
    for (size_t k = hex ? 2 : 1; k < name.size(); ++k) {
      char32_t d = lower(name[k]);
      uint32_t digit = is_digit(d) ? d - U'0' : (hex && d >= U'a' && d <= U'f') ? d - U'a' + 10 : 99;
      if (digit == 99 || v > 0x10FFFF) return 0;
      v = v * (hex ? 16 : 10) + digit;
    }
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    return static_cast<char32_t>(v);
  }

  void handle(const Tag& tag) {
    const std::u32string& n = tag.name;
    if (n == U"table") return tag.closing ? close_table() : open_table();
    if (in_table() && table_depth_ == 1) {
      if (n == U"tr") return tag.closing ? close_row() : open_row();
      if (n == U"td" || n == U"th") return tag.closing ? close_cell() : open_cell(tag);
      if (n == U"caption") return tag.closing ? close_row() : open_caption();
    }
    if (is_block_tag(n) || n == U"tr" || n == U"td" || n == U"th") line_break();
  }

  void open_table() {
    if (in_table() && in_cell_) {
      ++table_depth_;  // a table inside a cell is flattened into that cell's text
      return;
    }
    if (in_table()) flush_table();
    line_break();
    table_depth_ = 1;
  }

  void close_table() {
    if (table_depth_ > 1) {
      --table_depth_;
      append(U' ', here(), here());
      return;
    }
    if (in_table()) flush_table();
  }

  void open_row() {
    close_cell();
    rows_.emplace_back();
    in_row_ = true;
  }
  void close_row() {
    close_cell();
    in_row_ = false;
  }
  void open_caption() {
    open_row();
    open_cell(Tag{});
  }

  void open_cell(const Tag& tag) {
    close_cell();
    if (!in_row_) open_row();
    CellBuffer cell;
    cell.rowspan = tag.rowspan;
    cell.colspan = tag.colspan;
    cell.source = here();
    rows_.back().push_back(std::move(cell));
    in_cell_ = true;
  }
  void close_cell() { in_cell_ = false; }

  void emit_cell(const CellBuffer* cell, uint32_t at) {
    if (!cell) return;
    size_t b = 0, e = cell->text.size();
    while (b < e && cell->text.chars[b] == U' ') ++b;
    while (e > b && cell->text.chars[e - 1] == U' ') --e;
    for (size_t k = b; k < e; ++k) {
      char32_t c = cell->text.chars[k];
      out_.push(c == U'\t' || c == U'\n' ? U' ' : c, cell->text.starts[k], cell->text.ends[k]);
    }
    (void)at;
  }

  // Lays the buffered rows on a grid: a position covered by a rowspan or colspan from another
  // cell is an empty cell, so every value keeps its column.
  void flush_table() {
    std::vector<int> carry;
    for (const RowBuffer& row : rows_) {
      std::vector<const CellBuffer*> line;
      size_t col = 0;
      auto skip_carried = [&] {
        while (col < carry.size() && carry[col] > 0) {
          --carry[col++];
          line.push_back(nullptr);
        }
      };
      for (const CellBuffer& cell : row) {
        skip_carried();
        for (int k = 0; k < cell.colspan; ++k, ++col) {
          if (carry.size() <= col) carry.resize(col + 1, 0);
          carry[col] = cell.rowspan - 1;
          line.push_back(k == 0 ? &cell : nullptr);
        }
      }
      for (; col < carry.size(); ++col)
        if (carry[col] > 0) --carry[col];
      emit_row(line, row.empty() ? here() : row.front().source);
    }
    rows_.clear();
    in_row_ = in_cell_ = false;
    table_depth_ = 0;
  }

  void emit_row(const std::vector<const CellBuffer*>& line, uint32_t at) {
    if (line.empty()) return;
    line_break();
    for (size_t k = 0; k < line.size(); ++k) {
      uint32_t pos = line[k] ? line[k]->source : at;
      if (k > 0) out_.push(U'\t', pos, pos);
      emit_cell(line[k], pos);
    }
    out_.push(U'\n', here(), here());
  }
};

}  // namespace

bool looks_like_html(const Text& text) {
  size_t i = 0;
  while (i < text.size() && is_space(text.chars[i])) ++i;
  if (i < text.size() && text.chars[i] == U'<') return true;
  static const std::u32string_view kTable = U"<table";
  for (size_t k = 0; k + kTable.size() <= text.size(); ++k) {
    if (text.chars[k] != U'<') continue;
    size_t m = 0;
    while (m < kTable.size() && lower(text.chars[k + m]) == kTable[m]) ++m;
    if (m == kTable.size()) return true;
  }
  return false;
}

Text html_to_text(const Text& html) { return HtmlScanner(html).run(); }

}  // namespace xxgk
