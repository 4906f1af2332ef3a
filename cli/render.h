// Turning one file's result into the chosen output format. The result is the core's JSON
// (xxgk/xxgk.h): the command line formats what the page and every other caller get.
#pragma once

#include <string>

namespace xxgk::cli {

struct FileOutcome {
  std::string path;
  std::string previous_path;  // the report of the year before it was checked against, if any
  std::string read_error;     // non-empty when the file could not be read at all
  std::string result;         // the result contract as JSON, also for a file that could not be read
  std::string bytes;          // the input, for line:column
};

// 0 no errors, 1 error findings, 2 unreadable.
int exit_code(const FileOutcome& f);

std::string render_text(const FileOutcome& f);
std::string render_json(const FileOutcome& f, bool with_file);
std::string csv_header();
std::string render_csv(const FileOutcome& f);

}  // namespace xxgk::cli
