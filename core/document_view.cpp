// The document view (xxgk.h document_to_json): what the HTML reader laid out, as blocks the page
// draws as the document itself. Nothing of the HTML is passed on but its text and table spans.
#include <algorithm>

#include "xxgk/xxgk.h"
#include "document/document.h"
#include "document/sections.h"
#include "text/text_search.h"
#include "result/result_json.h"

namespace xxgk {
namespace {

// After the report's last section heading, this many short lines in a row (menus, 打印/关闭,
// the site's footer) end the report: its own text is sentences and tables.
constexpr size_t kChromeRun = 3;
constexpr size_t kShortLine = 16;
// How far before the first section heading the report's title may stand.
constexpr size_t kTitleLookBack = 12;
constexpr size_t kMaxTitleChars = 60;
// A saved page of megabytes is mostly site: each stretch of it keeps this many blocks, and the
// report this many, the rest being one "omitted" block the page names (its source stays readable
// under 查看源码). Real reports have a few hundred blocks.
constexpr size_t kMaxChromeBlocks = 300;
constexpr size_t kMaxReportBlocks = 20000;

uint32_t utf16_units(char32_t c) { return c >= 0x10000 ? 2 : 1; }

// Characters [b, e) of `t` as runs: within a run the k-th UTF-16 unit of "text" stands at
// start + k in the source, so the page can place any source offset inside it. A run breaks where
// the source jumps (a tag, folded white space) or a character is wider there (an entity).
// The view is written by hand rather than through Json objects: a saved page has hundreds of
// thousands of pieces, and the module stays smaller (strings alone go through dump, for escaping).
void put_string(std::string& out, const std::string& s) { out += json_string(s); }
void put_range(std::string& out, uint32_t start, uint32_t end) {
  out += "{\"start\":" + std::to_string(start) + ",\"end\":" + std::to_string(end) + "}";
}

void put_runs(std::string& out, const Text& t, size_t b, size_t e) {
  out += "[";
  std::u32string piece;
  uint32_t start = 0, end = 0;
  bool exact_before = false, first = true;
  auto flush = [&] {
    if (piece.empty()) return;
    out += first ? "{\"text\":" : ",{\"text\":";
    first = false;
    put_string(out, to_utf8(piece));
    out += ",\"start\":" + std::to_string(start) + ",\"end\":" + std::to_string(end) + "}";
    piece.clear();
  };
  for (size_t k = b; k < e; ++k) {
    char32_t c = t.original[k];
    bool exact = t.ends[k] - t.starts[k] == utf16_units(c);
    if (piece.empty() || !exact || !exact_before || t.starts[k] != end) {
      flush();
      start = t.starts[k];
    }
    piece.push_back(c);
    end = t.ends[k];
    exact_before = exact;
  }
  flush();
  out += "]";
}

struct Block {
  size_t begin = 0, end = 0;       // document text characters of a paragraph
  const HtmlGrid* grid = nullptr;  // or the grid of a table
  Range source;
};

// The grid whose cells hold the character at source offset `at`, if any.
const HtmlGrid* grid_at(const std::vector<const HtmlGrid*>& sorted, uint32_t at) {
  auto it = std::upper_bound(sorted.begin(), sorted.end(), at,
                             [](uint32_t a, const HtmlGrid* g) { return a < g->source.start; });
  if (it == sorted.begin()) return nullptr;
  const HtmlGrid* g = *(it - 1);
  return at < g->source.end ? g : nullptr;
}

// The document text cut into lines: paragraphs, and each grid once, where its first row stands.
std::vector<Block> blocks_of(const Text& text, const std::vector<HtmlGrid>& grids) {
  // Grids never hold grids (a table holding a table is a layout table), so they closed, and were
  // recorded, in the order they stand in the source.
  std::vector<const HtmlGrid*> sorted;
  for (const HtmlGrid& g : grids) sorted.push_back(&g);
  std::vector<Block> blocks;
  const HtmlGrid* last_grid = nullptr;
  for (size_t b = 0; b < text.size();) {
    size_t e = b;
    while (e < text.size() && text.chars[e] != U'\n') ++e;
    size_t first = b;
    while (first < e && text.chars[first] == U' ') ++first;
    if (first < e) {
      const HtmlGrid* g = grid_at(sorted, text.starts[first]);
      if (!g) blocks.push_back(Block{first, e, nullptr, text.source_range(first, e)});
      else if (g != last_grid) blocks.push_back(Block{first, e, g, g->source});
      if (g) last_grid = g;
    }
    b = e + 1;
  }
  return blocks;
}

size_t block_of_char(const std::vector<Block>& blocks, size_t at) {
  for (size_t k = 0; k < blocks.size(); ++k)
    if (blocks[k].end > at) return k;
  return blocks.size();
}

bool is_short_line(const Text& t, const Block& b) {
  if (b.grid) return false;
  std::u32string_view s = t.view(b.begin, b.end);
  return s.size() <= kShortLine && s.find(U'。') == std::u32string_view::npos;
}

// A line that may be the report's title: short, no sentence, naming the annual report.
bool is_title_line(const Text& t, const Block& b) {
  if (b.grid) return false;
  std::u32string_view s = t.view(b.begin, b.end);
  return s.size() <= kMaxTitleChars && s.find(U'。') == std::u32string_view::npos && contains(s, U"年度报告");
}

// The blocks that are the report: from its title (or first section heading) to the end of its
// last section. Without any section heading nothing can be told apart, and all is the report.
std::pair<size_t, size_t> report_extent(const Document& doc, const std::vector<Block>& blocks) {
  Sections sections = find_sections(doc);
  if (sections.found.empty()) return {0, blocks.size()};
  size_t first = block_of_char(blocks, doc.tokens[sections.found.front().token].begin);
  size_t last = block_of_char(blocks, doc.tokens[sections.found.back().token].begin);
  for (size_t k = first; k-- > 0 && first - k <= kTitleLookBack;) {
    if (is_title_line(doc.text, blocks[k])) {
      first = k;
      break;
    }
  }
  size_t end = last + 1, run = 0;
  for (; end < blocks.size(); ++end) {
    run = is_short_line(doc.text, blocks[end]) ? run + 1 : 0;
    if (run == kChromeRun) {
      end -= kChromeRun - 1;
      break;
    }
  }
  return {first, std::min(end, blocks.size())};
}

void put_table(std::string& out, const HtmlGrid& g) {
  out += "[";
  for (size_t r = 0; r < g.rows.size(); ++r) {
    out += r ? ",[" : "[";
    for (size_t k = 0; k < g.rows[r].size(); ++k) {
      const HtmlCell& c = g.rows[r][k];
      Range at = c.text.size() ? c.text.source_range(0, c.text.size()) : Range{c.source, c.source};
      out += (k ? ",{\"rowspan\":" : "{\"rowspan\":") + std::to_string(c.rowspan) +
             ",\"colspan\":" + std::to_string(c.colspan) + ",\"range\":";
      put_range(out, at.start, at.end);
      out += ",\"runs\":";
      put_runs(out, c.text, 0, c.text.size());
      out += "}";
    }
    out += "]";
  }
  out += "]";
}

void put_block_head(std::string& out, bool comma, const char* kind, bool chrome, uint32_t start, uint32_t end) {
  out += comma ? ",{\"kind\":\"" : "{\"kind\":\"";
  out += kind;
  out += chrome ? "\",\"chrome\":true,\"range\":" : "\",\"chrome\":false,\"range\":";
  put_range(out, start, end);
}

}  // namespace

std::string document_to_json(std::string_view input) {
  DecodedInput decoded = decode_input(input);
  if (decoded.error) {
    std::string out = "{\"html\":false,\"blocks\":[],\"error\":{\"code\":";
    put_string(out, decoded.error->code);
    out += ",\"message\":";
    put_string(out, decoded.error->message);
    return out + "}}";
  }
  std::vector<HtmlGrid> grids;
  Document doc = build_document(std::move(decoded), &grids);
  if (!doc.html) return "{\"html\":false,\"blocks\":[]}";
  std::vector<Block> blocks = blocks_of(doc.text, grids);
  auto [first, end] = report_extent(doc, blocks);
  std::string out = "{\"html\":true,\"blocks\":[";
  size_t kept = 0;  // blocks kept of the current stretch (site or report)
  for (size_t k = 0; k < blocks.size(); ++k) {
    bool chrome = k < first || k >= end;
    if (k == 0 || k == first || k == end) kept = 0;
    if (++kept > (chrome ? kMaxChromeBlocks : kMaxReportBlocks)) {
      size_t stop = chrome ? (k < first ? first : blocks.size()) : end;
      put_block_head(out, k > 0, "omitted", chrome, blocks[k].source.start, blocks[stop - 1].source.end);
      out += ",\"count\":" + std::to_string(stop - k) + "}";
      k = stop - 1;
      continue;
    }
    const Block& b = blocks[k];
    put_block_head(out, k > 0, b.grid ? "table" : "p", chrome, b.source.start, b.source.end);
    out += b.grid ? ",\"rows\":" : ",\"runs\":";
    if (b.grid) put_table(out, *b.grid);
    else put_runs(out, doc.text, b.begin, b.end);
    out += "}";
  }
  out += "]}";
  return out;
}

}  // namespace xxgk
