// Command-line options:
// xxgk-lint [--format text|json|csv] [--template 2019|2021] [--previous FILE] [--jobs N] FILE|DIR|- ...
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace xxgk::cli {

enum class Format { Text, Json, Csv };

struct Options {
  Format format = Format::Text;
  std::string template_id;
  std::string previous;  // --previous: last year's report, checked against by every FILE
  unsigned jobs = 0;     // 0: all cores
  bool show_rules = false;
  std::vector<std::string> paths;
};

// Parses argv; on a usage error returns nullopt after printing the reason to stderr.
std::optional<Options> parse_options(int argc, char** argv);
void print_usage(std::FILE* out);

}  // namespace xxgk::cli
