// xxgk-lint: checks 政府信息公开工作年度报告 files, many at once for auditors.
#include <unistd.h>
#include <xxgk/xxgk.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>

#include "inputs.h"
#include "options.h"
#include "render.h"

using namespace xxgk;
using namespace xxgk::cli;

namespace {

// Last year's report for the core, when there is one that can be read (a --previous that cannot
// was refused before the batch started).
std::string previous_bytes(const InputFile* previous) {
  std::string bytes, error;
  size_t size = 0;
  if (!previous || read_input(*previous, bytes, error, size) != ReadStatus::Ok) return "";
  return bytes;
}

FileOutcome check_file(const InputFile& in, const Options& o, const InputFile* previous) {
  FileOutcome f;
  f.path = in.path;
  if (previous) f.previous_path = previous->path;
  size_t size = 0;
  switch (read_input(in, f.bytes, f.read_error, size)) {
    case ReadStatus::Failed: f.result = unreadable_json("无法读取：" + f.read_error); return f;
    case ReadStatus::TooLarge:  // the answer the core gives for such input, without reading it
      f.result = input_too_large_json(size);
      return f;
    case ReadStatus::Ok: break;
  }
  try {
    CheckOptions options;
    options.template_id = o.template_id;
    options.previous = previous_bytes(previous);
    f.result = check_to_json(f.bytes, options);
  } catch (const std::exception& e) {  // out of memory: the core itself never throws
    f.result = internal_error_json(e.what());
  }
  return f;
}

std::string render(const FileOutcome& f, const Options& o, bool several) {
  switch (o.format) {
    case Format::Json: return render_json(f, several);
    case Format::Csv: return render_csv(f);
    case Format::Text: break;
  }
  return render_text(f);
}

// Shows "检查中 12/64" on standard error while a batch runs, when a person is watching.
class Progress {
 public:
  Progress(size_t total) : total_(total), on_(total > 1 && isatty(STDERR_FILENO)) {}
  void update(size_t done) {
    if (!on_) return;
    const int width = 30;
    int filled = static_cast<int>(width * done / total_);
    std::fprintf(stderr, "\r检查中 %zu/%zu [%s%s]", done, total_, std::string(filled, '#').c_str(),
                 std::string(width - filled, ' ').c_str());
    if (done == total_) std::fputs("\n", stderr);
  }

 private:
  size_t total_;
  bool on_;
};

// Checks files on `jobs` threads; prints each result in input order as soon as it and all
// before it are ready, so output is stable whatever the scheduling.
int run_batch(const std::vector<InputFile>& files, const std::vector<const InputFile*>& previous, const Options& o,
              unsigned jobs) {
  std::vector<std::string> outputs(files.size());
  std::vector<int> codes(files.size(), 0);
  std::vector<char> ready(files.size(), 0);
  std::atomic<size_t> next{0};
  std::mutex m;
  std::condition_variable cv;
  bool several = files.size() > 1;
  auto worker = [&] {
    for (size_t i; (i = next++) < files.size();) {
      FileOutcome f = check_file(files[i], o, previous[i]);
      std::string out = render(f, o, several);
      std::lock_guard<std::mutex> lock(m);
      outputs[i] = std::move(out);
      codes[i] = exit_code(f);
      ready[i] = 1;
      cv.notify_one();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned k = 0; k < jobs; ++k) pool.emplace_back(worker);
  Progress progress(files.size());
  int status = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    std::unique_lock<std::mutex> lock(m);
    cv.wait(lock, [&] { return ready[i] != 0; });
    std::fwrite(outputs[i].data(), 1, outputs[i].size(), stdout);
    std::string().swap(outputs[i]);
    status = std::max(status, codes[i]);
    progress.update(i + 1);
  }
  for (auto& t : pool) t.join();
  return status;
}

// Which report each file is checked against: --previous for all, else in a batch the same body's
// report of the year before, found among the files.
std::vector<const InputFile*> previous_reports(const std::vector<InputFile>& files, const InputFile* given,
                                               unsigned jobs) {
  std::vector<const InputFile*> previous(files.size(), given);
  if (given || files.size() < 2) return previous;
  std::vector<int> paired = pair_batch(files, jobs);
  for (size_t i = 0; i < files.size(); ++i)
    if (paired[i] >= 0) previous[i] = &files[static_cast<size_t>(paired[i])];
  return previous;
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-h" || a == "--help") return print_usage(stdout), 0;
    if (a == "--version") return std::printf("xxgk-lint %s\n", std::string(version()).c_str()), 0;
  }
  auto options = parse_options(argc, argv);
  if (!options) return print_usage(stderr), 2;
  if (options->show_rules) return std::printf("%s\n", rules_to_json().c_str()), 0;
  if (options->paths.empty()) {
    std::fputs("xxgk-lint: 请给出要检查的文件、目录，或用 '-' 读取标准输入\n", stderr);
    return print_usage(stderr), 2;
  }
  std::vector<InputFile> files = expand_inputs(options->paths);
  if (files.empty()) {
    std::fputs("xxgk-lint: 目录中没有 .txt/.html/.htm/.md 文件\n", stderr);
    return 2;
  }
  std::optional<InputFile> given;
  if (!options->previous.empty()) {
    given = InputFile{options->previous, false};
    std::string bytes, error;
    size_t size = 0;
    if (read_input(*given, bytes, error, size) != ReadStatus::Ok) {
      if (error.empty()) error = "文件过大";
      std::fprintf(stderr, "xxgk-lint: 上年报告 %s 无法读取：%s\n", options->previous.c_str(), error.c_str());
      return 2;
    }
  }
  unsigned jobs = options->jobs ? options->jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, files.size()));
  std::vector<const InputFile*> previous = previous_reports(files, given ? &*given : nullptr, jobs);
  if (options->format == Format::Csv) std::fputs(csv_header().c_str(), stdout);
  return run_batch(files, previous, *options, jobs);
}
