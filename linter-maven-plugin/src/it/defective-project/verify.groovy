// A project with defective reports fails: every finding is in the log as path:line:col: severity: message [rule],
// before the summary, and the JSON report lists them.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def report = jsonReport(basedir)

// What the engine finds whatever rules are installed: the invalid bytes of two of the three reports.
assertLine(log, '[WARNING] src/reports/market-brief.html:11:7: warning: Invalid UTF-8 bytes: the file is not '
        + 'valid in its encoding; bad bytes read as U+FFFD [encoding]')
assertLine(log, '[WARNING] src/reports/regions/notes.md:5:6: warning: Invalid UTF-8 bytes: the file is not '
        + 'valid in its encoding; bad bytes read as U+FFFD [encoding]')
assert report.files*.path == ['src/reports/market-brief.html', 'src/reports/market-overview.html',
                              'src/reports/regions/notes.md']
def encoding = report.files.collectMany { file -> file.findings.findAll { it.rule == 'encoding' }.collect {
    [file.path, it.line, it.column, it.severity] } }
assert encoding == [['src/reports/market-brief.html', 11, 7, 'warning'], ['src/reports/regions/notes.md', 5, 6, 'warning']]

// What the built-in rules find: a placeholder and a mismatched end tag.
assertLine(log, '[ERROR] src/reports/market-brief.html:9:25: error: Placeholder "$xxx million" left in text [placeholder]')
assertLine(log, '[ERROR] src/reports/market-brief.html:10:17: error: End tag </h1> does not match the open <h2> '
        + '[malformed-html]')

// Every finding of the report, built-in rules' included, is in the log in report order, then the summary.
def summary = assertLogListsReport(log, report)
assertLine(log, '[ERROR] reportlint: 2 errors, 2 warnings in 2 files')
// Then the count per rule, right before the summary, as maven-checkstyle-plugin counts violations per check.
assert assertRuleLines(log, report).contains('[WARNING] reportlint: encoding: 2 warnings')
assertLine(log, '[ERROR] reportlint: failOn is error and findings at that level or above were reported')
assertGoalFailed(log, 'defective-project', summary, 'MojoFailureException')
assertSarifAndHtmlReports(basedir, log, report)
true
