// A report that cannot be read is an execution error naming it and the reason; the readable one is still linted and
// the JSON report still written.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def report = jsonReport(basedir)

assertLine(log, '[ERROR] src/reports/moved-report.html: cannot read: no such file')
assertLine(log, '[ERROR] reportlint: no problems in 2 files; 1 file could not be linted')
assertGoalFailed(log, 'unreadable-file',
        'reportlint: could not lint src/reports/moved-report.html: cannot read: no such file', 'MojoExecutionException')
assert report.files*.path == ['src/reports/market-overview.html', 'src/reports/moved-report.html']
assert report.files[1].errors*.message == ['cannot read: no such file']
true
