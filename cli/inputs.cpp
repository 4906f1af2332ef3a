#include "inputs.h"

#include <xxgk/xxgk.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;

namespace xxgk::cli {
namespace {

bool is_report_file(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".md";
}

void add_directory(const fs::path& dir, std::vector<InputFile>& out) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code fe;
    if (it->is_regular_file(fe) && is_report_file(it->path())) found.push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  for (auto& f : found) out.push_back({f, false});
}

}  // namespace

std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths) {
  std::vector<InputFile> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (p == "-") out.push_back({"-", true});
    else if (fs::is_directory(p, ec)) add_directory(p, out);
    else out.push_back({p, false});
  }
  return out;
}

ReadStatus read_input(const InputFile& file, std::string& bytes, std::string& error, size_t& size) {
  if (file.from_stdin) {  // read in chunks, and stop past the limit: a pipe may never end
    char chunk[1 << 16];
    while (std::cin.read(chunk, sizeof chunk) || std::cin.gcount() > 0) {
      bytes.append(chunk, static_cast<size_t>(std::cin.gcount()));
      if (bytes.size() > kMaxInputBytes + 3) {
        size = bytes.size();
        std::string().swap(bytes);
        return ReadStatus::TooLarge;
      }
    }
    return ReadStatus::Ok;
  }
  std::error_code ec;
  if (!fs::exists(file.path, ec)) return error = "文件不存在", ReadStatus::Failed;
  if (fs::is_directory(file.path, ec)) return error = "是目录", ReadStatus::Failed;
  size = static_cast<size_t>(fs::file_size(file.path, ec));
  if (!ec && size > kMaxInputBytes + 3) return ReadStatus::TooLarge;  // +3: a BOM is not counted
  std::ifstream in(file.path, std::ios::binary);
  if (!in) return error = "无法打开（没有读取权限？）", ReadStatus::Failed;
  bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return ReadStatus::Ok;
}

std::vector<int> pair_batch(const std::vector<InputFile>& files, unsigned jobs) {
  std::vector<ReportIdentity> identities(files.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next++) < files.size();) {
      std::string bytes, error;
      size_t size = 0;
      if (files[i].from_stdin || read_input(files[i], bytes, error, size) != ReadStatus::Ok) continue;
      if (auto id = identify_report(bytes)) identities[i] = std::move(*id);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned k = 0; k < std::max(1u, jobs); ++k) pool.emplace_back(worker);
  for (auto& t : pool) t.join();
  return pair_consecutive(identities);
}

}  // namespace xxgk::cli
