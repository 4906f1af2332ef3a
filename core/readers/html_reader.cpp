#include "readers/html_reader.h"

#include <algorithm>

#include "readers/token.h"
#include "readers/html_entities.h"
#include "text/normalize.h"

namespace xxgk {
namespace {

// Spans and widths beyond these are damage or hostility, never a real report's table (the widest,
// the review table, has 16 columns).
constexpr int kMaxSpan = 64;
constexpr size_t kMaxGridColumns = 64;

char32_t lower(char32_t c) { return (c >= U'A' && c <= U'Z') ? c + 32 : c; }
bool is_name_char(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || is_digit(c) || c == U':' || c == U'-' || c == U'_';
}

bool is_block_tag(const std::u32string& n) {
  static const std::u32string_view kBlocks[] = {
      U"p",       U"div",    U"br",   U"h1",      U"h2",         U"h3",         U"h4",     U"h5",      U"h6",
      U"li",      U"ul",     U"ol",   U"section", U"article",    U"header",     U"footer", U"hr",      U"dd",
      U"dt",      U"dl",     U"nav",  U"form",    U"blockquote", U"pre",        U"title",  U"main",    U"aside",
      U"address", U"center", U"body", U"html",    U"figure",     U"figcaption", U"option", U"summary", U"details"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), n) != std::end(kBlocks);
}

// Elements whose content is never report text.
bool is_skipped_tag(const std::u32string& n) {
  static const std::u32string_view kSkipped[] = {U"script", U"style",  U"xml", U"template", U"noscript",
                                                 U"iframe", U"object", U"svg", U"math",     U"select"};
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

// One <table> being read. A table whose cells hold other tables is a layout table (CMS pages
// wrap whole articles in one): its cells are laid out as paragraphs, and only the innermost
// tables become grids.
struct TableState {
  std::vector<RowBuffer> rows;
  bool in_row = false;
  bool in_cell = false;
  bool layout = false;
};

class HtmlScanner {
 public:
  HtmlScanner(const Text& src, std::vector<HtmlGrid>* grids) : src_(src), grids_(grids) {}

  Text run() {
    while (i_ < src_.size()) {
      char32_t c = src_.chars[i_];
      if (c == U'<' && starts_markup()) {
        markup();
      } else if (c == U'&') {
        entity();
      } else {
        append(c, src_.original[i_], src_.starts[i_], src_.ends[i_]);
        ++i_;
      }
    }
    while (!tables_.empty()) close_table();
    return std::move(out_);
  }

 private:
  // Deeper nesting than this is read as plain text: no report nests tables so deep, and copying
  // each level's text into its parent must stay linear.
  static constexpr size_t kMaxTableDepth = 16;

  const Text& src_;
  std::vector<HtmlGrid>* grids_;  // where grids are recorded, or null
  size_t i_ = 0;
  Text out_;
  std::vector<TableState> tables_;
  size_t ignored_tables_ = 0;  // open tables beyond kMaxTableDepth

  TableState* table() { return tables_.empty() ? nullptr : &tables_.back(); }
  bool in_cell() const { return !tables_.empty() && tables_.back().in_cell; }
  uint32_t here() const { return i_ < src_.size() ? src_.starts[i_] : (src_.size() ? src_.ends.back() : 0); }

  bool starts_markup() const {
    if (i_ + 1 >= src_.size()) return false;
    char32_t n = src_.chars[i_ + 1];
    return n == U'/' || n == U'!' || n == U'?' || (lower(n) >= U'a' && lower(n) <= U'z');
  }

  Text& target() { return in_cell() ? tables_.back().rows.back().back().text : out_; }

  // Appends a visible character, folding HTML white space to single spaces.
  void append(char32_t c, uint32_t start, uint32_t end) { append(c, c, start, end); }
  void append(char32_t c, char32_t orig, uint32_t start, uint32_t end) {
    if (!tables_.empty() && !in_cell()) return;  // stray text between cells
    Text& t = target();
    if (is_space(c)) {
      if (t.chars.empty() || t.chars.back() == U' ' || t.chars.back() == U'\n') return;
      c = orig = U' ';
    }
    t.push(c, orig, start, end);
  }

  // Paragraph breaks are kept inside cells too: a grid turns them into spaces, a layout table
  // keeps its cells' paragraphs as lines.
  void line_break() {
    if (!tables_.empty() && !in_cell()) return;
    Text& t = target();
    while (!t.chars.empty() && t.chars.back() == U' ') {
      t.chars.pop_back();
      t.original.pop_back();
      t.starts.pop_back();
      t.ends.pop_back();
    }
    if (!t.chars.empty() && t.chars.back() != U'\n') t.push(U'\n', here(), here());
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
      while (i_ < src_.size() && src_.chars[i_] != U'>' && !is_space(src_.chars[i_])) value.push_back(src_.chars[i_++]);
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
    if (n != 0) append(n, c, src_.starts[i_], src_.ends[j]);
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
    if (n == U"table") return tag.closing ? close_table_tag() : open_table();
    if (table() && ignored_tables_ == 0) {
      if (n == U"tr") return tag.closing ? close_row() : open_row();
      if (n == U"td" || n == U"th") return tag.closing ? close_cell() : open_cell(tag);
      if (n == U"caption") return tag.closing ? close_row() : open_caption();
    }
    if (is_block_tag(n) || n == U"tr" || n == U"td" || n == U"th") line_break();
  }

  void open_table() {
    if (table() && !in_cell()) close_table();  // a table opened between cells: the last one ended
    if (tables_.size() >= kMaxTableDepth || ignored_tables_ > 0) {
      ++ignored_tables_;
      line_break();
      return;
    }
    if (table()) table()->layout = true;
    line_break();
    tables_.emplace_back();
  }

  void close_table_tag() {
    if (ignored_tables_ > 0) {
      --ignored_tables_;
      line_break();
      return;
    }
    if (table()) close_table();
  }

  void open_row() {
    close_cell();
    table()->rows.emplace_back();
    table()->in_row = true;
  }
  void close_row() {
    close_cell();
    table()->in_row = false;
  }
  void open_caption() {
    open_row();
    open_cell(Tag{});
  }

  void open_cell(const Tag& tag) {
    close_cell();
    if (!table()->in_row) open_row();
    CellBuffer cell;
    cell.rowspan = tag.rowspan;
    cell.colspan = tag.colspan;
    cell.source = here();
    table()->rows.back().push_back(std::move(cell));
    table()->in_row = true;
    table()->in_cell = true;
  }
  void close_cell() {
    if (table()) table()->in_cell = false;
  }

  // Where a finished table's lines go: the enclosing cell, or the output.
  Text& block_target() {
    if (tables_.empty()) return out_;
    TableState& parent = tables_.back();
    if (!parent.in_cell) open_cell(Tag{});
    return parent.rows.back().back().text;
  }

  static void copy_trimmed(const Text& from, Text& to, bool keep_layout) {
    size_t b = 0, e = from.size();
    while (b < e && is_space(from.chars[b])) ++b;
    while (e > b && is_space(from.chars[e - 1])) --e;
    for (size_t k = b; k < e; ++k) {
      char32_t c = from.chars[k];
      char32_t orig = from.original[k];
      if (!keep_layout && (c == U'\t' || c == U'\n')) c = orig = U' ';
      to.push(c, orig, from.starts[k], from.ends[k]);
    }
  }

  static void end_line(Text& t, uint32_t at) {
    if (!t.chars.empty() && t.chars.back() != U'\n') t.push(U'\n', at, at);
  }

  void close_table() {
    TableState done = std::move(tables_.back());
    tables_.pop_back();
    uint32_t at = here();
    if (tables_.empty()) line_break();
    Text& to = block_target();
    end_line(to, at);
    if (done.layout) {
      emit_layout(done, to, at);
    } else {
      emit_grid(done, to);
      record_grid(done, at);
    }
  }

  void record_grid(const TableState& t, uint32_t at) const {
    if (!grids_ || t.rows.empty()) return;
    HtmlGrid grid;
    grid.source = Range{at, at};
    for (const RowBuffer& row : t.rows) {
      auto& cells = grid.rows.emplace_back();
      for (const CellBuffer& c : row) {
        HtmlCell cell{Text{}, c.rowspan, c.colspan, c.source};
        copy_trimmed(c.text, cell.text, false);
        grid.source.start = std::min(grid.source.start, c.source);
        cells.push_back(std::move(cell));
      }
    }
    grids_->push_back(std::move(grid));
  }

  // A layout table's cells are paragraphs, in reading order, with the grids inside them kept.
  static void emit_layout(const TableState& t, Text& to, uint32_t at) {
    for (const RowBuffer& row : t.rows)
      for (const CellBuffer& cell : row) {
        copy_trimmed(cell.text, to, true);
        end_line(to, at);
      }
  }

  // One place of the grid: a cell, or a place a span from elsewhere covers (cell null).
  struct Place {
    const CellBuffer* cell = nullptr;
    size_t col = 0;
    TokenKind kind = TokenKind::Empty;
    bool label_span = false;  // covered by the colspan of a label to its left
  };
  using GridLine = std::vector<Place>;

  // Lays the rows on a grid: a position covered by a rowspan or colspan from another cell is an
  // empty place, so every value keeps its column. Spans are honoured within kMaxGridColumns and
  // while the empty places stay within a budget proportional to the table's cells: hostile spans
  // ("rowspan=64 colspan=64" on every cell) must not turn a small input into a huge grid.
  static std::vector<GridLine> lay_out(const TableState& t) {
    size_t cells = 0;
    for (const RowBuffer& row : t.rows) cells += row.size();
    size_t budget = 2 * cells + 64;  // empty places we may still emit (real tables: under 1 per cell)
    std::vector<int> carry;
    std::vector<GridLine> lines;
    for (const RowBuffer& row : t.rows) {
      GridLine& line = lines.emplace_back();
      size_t col = 0;
      auto place_empty = [&](bool label_span) {
        line.push_back(Place{nullptr, col, TokenKind::Empty, label_span});
        budget = budget > 0 ? budget - 1 : 0;
      };
      for (const CellBuffer& cell : row) {
        while (col < carry.size() && carry[col] > 0) --carry[col], place_empty(false), ++col;
        bool spans = budget > 0 && col < kMaxGridColumns;
        int width = spans ? std::min<int>(cell.colspan, static_cast<int>(kMaxGridColumns - col)) : 1;
        double value = 0;
        TokenKind kind = classify_cell(cell.text.chars, value);
        for (int k = 0; k < width; ++k, ++col) {
          if (col < kMaxGridColumns) {
            if (carry.size() <= col) carry.resize(col + 1, 0);
            carry[col] = spans ? cell.rowspan - 1 : 0;
          }
          if (k == 0) line.push_back(Place{&cell, col, kind, false});
          else place_empty(kind == TokenKind::Text);
        }
      }
      for (; col < carry.size(); ++col)
        if (carry[col] > 0) --carry[col];
      if (budget == 0) std::fill(carry.begin(), carry.end(), 0);
    }
    return lines;
  }

  // Columns that hold row labels ("1.属于国家秘密" with numbers after it) and never a number: the
  // labels' room, two columns wide under "三、本年度办理结果".
  static std::vector<bool> label_columns(const std::vector<GridLine>& lines) {
    std::vector<bool> label(kMaxGridColumns, false), number(kMaxGridColumns, false);
    for (const GridLine& line : lines) {
      bool value_after = false;
      for (size_t k = line.size(); k-- > 0;) {
        const Place& p = line[k];
        if (p.col >= kMaxGridColumns) continue;
        if (p.kind == TokenKind::Number || p.kind == TokenKind::TooLarge) number[p.col] = value_after = true;
        else if (p.kind == TokenKind::Text && value_after) label[p.col] = true;
      }
    }
    for (size_t c = 0; c < kMaxGridColumns; ++c) label[c] = label[c] && !number[c];
    return label;
  }

  // A row label may fill the labels' room by a colspan ("(一)予以公开" over both label columns)
  // or beside an empty cell: either way the room after it is no cell. Kept as an empty cell, it
  // would look like a blank first value ("&nbsp;") and move the row's numbers one column right.
  static void emit_grid(const TableState& t, Text& to) {
    std::vector<GridLine> lines = lay_out(t);
    std::vector<bool> label = label_columns(lines);
    for (size_t r = 0; r < lines.size(); ++r) {
      std::vector<const CellBuffer*> cells;
      bool in_room = false;  // past a label, before the row's first value
      for (const Place& p : lines[r]) {
        bool room = p.label_span || (p.col < kMaxGridColumns && label[p.col]);
        if (p.kind == TokenKind::Text) in_room = true;
        else if (p.kind != TokenKind::Empty) in_room = false;
        else if (in_room && room) continue;
        cells.push_back(p.cell);
      }
      const RowBuffer& row = t.rows[r];
      emit_row(cells, row.empty() ? 0 : row.front().source, to);
    }
  }

  static void emit_row(const std::vector<const CellBuffer*>& line, uint32_t at, Text& to) {
    if (line.empty()) return;
    for (size_t k = 0; k < line.size(); ++k) {
      uint32_t pos = line[k] ? line[k]->source : at;
      if (k > 0) to.push(U'\t', pos, pos);
      if (line[k]) copy_trimmed(line[k]->text, to, false);
    }
    to.push(U'\n', at, at);
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

Text html_to_text(const Text& html, std::vector<HtmlGrid>* grids) { return HtmlScanner(html, grids).run(); }

}  // namespace xxgk
