// A rule: a stable id, a default severity, a one-line description, and a check that reports
// through a callback. The engine fills in the id and the severity (markdownlint's shape).
#pragma once

#include <functional>

#include "document/document.h"
#include "document/metadata.h"
#include "document/sections.h"
#include "result/finding.h"
#include "tables/tables.h"
#include "text/decode.h"

namespace xxgk {

struct RuleContext {
  const Document& doc;
  const Sections& sections;
  const Metadata& meta;
  const Tables& tables;
  const Template& tmpl;
  bool template_forced = false;  // --template said which; nothing to judge about the choice
  // The report given as the year before (CheckOptions::previous), read like this one, for the
  // cross-report rules; null when none was given or it could not be read (previous_error).
  const RuleContext* previous = nullptr;
  const InputError* previous_error = nullptr;
};

// What a rule says; the engine turns it into a Finding.
using Report = std::function<void(Finding)>;

struct Rule {
  const char* id;
  Severity severity;
  const char* description;
  void (*check)(const RuleContext&, const Report&);
};

// Every rule, in the order the engine runs them. Adding a rule: its file (with its Rule), a line in
// all_rules.h and in registry.cpp, fixtures.
const std::vector<Rule>& rule_registry();
// The rules that compare a report with last year's: the last ones of the registry.
const std::vector<Rule>& cross_report_rules();
bool is_cross_report_rule(const std::string& id);

std::vector<Finding> run_rules(const RuleContext& ctx);

// Errors first, then reading order, a suspect cell before the equations it explains.
void sort_for_reading(std::vector<Finding>& findings);

}  // namespace xxgk
