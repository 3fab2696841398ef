// consoleOutput=false (as maven-checkstyle-plugin's): the log has only the count per rule and the summary, no
// finding line, while the report files still list every finding.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def report = jsonReport(basedir)

assert report.summary.errors == 2 && report.summary.warnings == 2: 'the report still has every finding'
report.files.each { file ->
    file.findings.each { f -> assertNoLineContains(log, "${file.path}:${f.line}:${f.column}:".toString()) }
}
def ruleLines = assertRuleLines(log, report)
assert ruleLines.contains('[WARNING] reportlint: encoding: 2 warnings')
assert ruleLines.contains('[ERROR] reportlint: placeholder: 1 error')
def summary = expectedSummary(report)
assertLine(log, "[ERROR] ${summary}".toString())
assertGoalFailed(log, 'console-output-off', summary, 'MojoFailureException')
assertSarifAndHtmlReports(basedir, log, report)
true
