// A baseline accepts the three findings the report had when it was recorded; the one added since fails the build.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def report = jsonReport(basedir)

assertLine(log, '[ERROR] src/reports/brief.html:11:19: error: Placeholder "XX%" left in text [placeholder]')
assertNoLineContains(log, 'Placeholder "$xxx million"')
assertNoLineContains(log, 'Dummy name "Brand A"')
assert report.summary.errors == 1
assert report.summary.suppressed == 3
def summary = assertLogListsReport(log, report)
assertGoalFailed(log, 'baseline', summary, 'MojoFailureException')
true
