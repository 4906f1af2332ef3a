// The files a run checks: files as named, directories searched recursively for reports, '-' for
// standard input. Reading never stops the batch: a file that cannot be read is an entry with an
// error message.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace xxgk::cli {

struct InputFile {
  std::string path;  // as shown to the user; "-" for standard input
  bool from_stdin = false;
};

// Expands directories (sorted, .txt .html .htm .md); unknown paths stay, to be reported.
std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths);

enum class ReadStatus { Ok, Failed, TooLarge };

// The file's bytes, or an error message (Chinese) when it cannot be read. A file beyond the
// core's input limit is not read at all.
ReadStatus read_input(const InputFile& file, std::string& bytes, std::string& error, size_t& size);

// For each file of a batch, the index of the same body's report of the year before, or -1 (the
// core decides what pairs: pair_consecutive). Reads and identifies the files on `jobs` threads.
std::vector<int> pair_batch(const std::vector<InputFile>& files, unsigned jobs);

}  // namespace xxgk::cli
