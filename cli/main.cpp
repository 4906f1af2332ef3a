// xxgk-lint: checks 政府信息公开工作年度报告 files, many at once for auditors.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

#include "inputs.h"
#include "options.h"
#include "render.h"
#include "text/decode.h"

using namespace xxgk;
using namespace xxgk::cli;

namespace {

FileOutcome check_file(const InputFile& in, const Options& o) {
  FileOutcome f;
  f.path = in.path;
  size_t size = 0;
  switch (read_input(in, f.bytes, f.read_error, size)) {
    case ReadStatus::Failed: return f;
    case ReadStatus::TooLarge:  // the answer the core gives for such input, without reading it
      f.result.error = input_too_large(size);
      return f;
    case ReadStatus::Ok: break;
  }
  try {
    f.result = check_report(f.bytes, {o.template_id});
  } catch (const std::exception& e) {  // out of memory: the core itself never throws
    f.result = CheckResult{};
    f.result.error = internal_error(e.what());
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
int run_batch(const std::vector<InputFile>& files, const Options& o) {
  std::vector<std::string> outputs(files.size());
  std::vector<int> codes(files.size(), 0);
  std::vector<char> ready(files.size(), 0);
  std::atomic<size_t> next{0};
  std::mutex m;
  std::condition_variable cv;
  bool several = files.size() > 1;
  auto worker = [&] {
    for (size_t i; (i = next++) < files.size();) {
      FileOutcome f = check_file(files[i], o);
      std::string out = render(f, o, several);
      std::lock_guard<std::mutex> lock(m);
      outputs[i] = std::move(out);
      codes[i] = exit_code(f);
      ready[i] = 1;
      cv.notify_one();
    }
  };
  unsigned jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, files.size()));
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
  if (options->format == Format::Csv) std::fputs(csv_header().c_str(), stdout);
  return run_batch(files, *options);
}
