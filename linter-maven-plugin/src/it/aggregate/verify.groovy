// reportlint:aggregate lints every module's reports in one run from the root: one log listing and one set of
// report files at the root, paths relative to the root, and one failure for the whole build.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def report = jsonReport(basedir)

assert report.files*.path == ['clean-module/src/reports/market-overview.html',
                              'defective-module/src/reports/market-brief.html']
assertLine(log, '[WARNING] defective-module/src/reports/market-brief.html:11:7: warning: Invalid UTF-8 bytes: '
        + 'the file is not valid in its encoding; bad bytes read as U+FFFD [encoding]')
def summary = assertLogListsReport(log, report)
assertRuleLines(log, report)
assertGoalFailed(log, 'aggregate', summary, 'MojoFailureException')
assert log.count { it.startsWith('[ERROR] Failed to execute goal org.reportlint:') } == 1: 'the build fails once'
assert !new File(basedir, 'clean-module/target/reportlint').exists(): 'no module has reports of its own'
assert !new File(basedir, 'defective-module/target/reportlint').exists()
assertSarifAndHtmlReports(basedir, log, report)
true
