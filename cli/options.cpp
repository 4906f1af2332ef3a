#include <cstdio>
#include <cstring>
#include <string>

#include "options.h"

namespace xxgk::cli {

void print_usage(std::FILE* out) {
  std::fputs(
      "用法: xxgk-lint [选项] 文件|目录|- ...\n"
      "检查政府信息公开工作年度报告（UTF-8 文本或 HTML）的统计表与正文。\n\n"
      "  --format text|json|csv   输出格式（默认 text；json 每个文件一行；csv 每个报告一行，带 BOM）\n"
      "  --template 2019|2021     指定模板，不自动识别\n"
      "  --previous 上年报告      与同一单位上一年度的报告对照（结转数、现行有效件数、正文照搬）\n"
      "  --jobs N                 并行检查的文件数（默认：全部 CPU 核）\n"
      "  --rules                  列出全部规则\n"
      "  --version                显示版本\n"
      "  -h, --help               显示本帮助\n\n"
      "目录会递归查找 .txt .html .htm .md 文件；'-' 从标准输入读取。\n"
      "一次检查多个文件时，同一单位相邻年度的报告自动配对，后一年对照前一年检查。\n"
      "退出码：0 无错误；1 报告有错误；2 输入无法读取。\n",
      out);
}

namespace {

bool take_value(int argc, char** argv, int& i, const char* name, std::string& out) {
  std::string arg = argv[i];
  std::string prefix = std::string(name) + "=";
  if (arg.rfind(prefix, 0) == 0) {
    out = arg.substr(prefix.size());
    return true;
  }
  if (arg != name) return false;
  if (i + 1 >= argc) {
    std::fprintf(stderr, "xxgk-lint: %s 需要一个值\n", name);
    out = "\x01";
    return true;
  }
  out = argv[++i];
  return true;
}

}  // namespace

std::optional<Options> parse_options(int argc, char** argv) {
  Options o;
  bool only_paths = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i], value;
    if (only_paths || arg == "-" || arg.empty() || arg[0] != '-') {
      o.paths.push_back(arg);
    } else if (arg == "--") {
      only_paths = true;
    } else if (take_value(argc, argv, i, "--format", value)) {
      if (value == "text") o.format = Format::Text;
      else if (value == "json") o.format = Format::Json;
      else if (value == "csv") o.format = Format::Csv;
      else
        return std::fprintf(stderr, "xxgk-lint: 未知的格式 '%s'（可用 text、json、csv）\n", value.c_str()),
               std::nullopt;
    } else if (take_value(argc, argv, i, "--template", value)) {
      if (value != "2019" && value != "2021")
        return std::fprintf(stderr, "xxgk-lint: 模板只能是 2019 或 2021，而不是 '%s'\n", value.c_str()), std::nullopt;
      o.template_id = value;
    } else if (take_value(argc, argv, i, "--previous", value)) {
      if (value == "\x01") return std::nullopt;
      o.previous = value;
    } else if (take_value(argc, argv, i, "--jobs", value)) {
      char* end = nullptr;
      long n = std::strtol(value.c_str(), &end, 10);
      if (!end || *end || n < 1 || n > 256)
        return std::fprintf(stderr, "xxgk-lint: --jobs 需要 1 到 256 之间的整数\n"), std::nullopt;
      o.jobs = static_cast<unsigned>(n);
    } else if (arg == "--rules") {
      o.show_rules = true;
    } else {
      std::fprintf(stderr, "xxgk-lint: 未知选项 '%s'\n", arg.c_str());
      return std::nullopt;
    }
  }
  return o;
}

}  // namespace xxgk::cli
