// A clean reactor passes the aggregate run; in each module, which inherits the root's execution, the goal only says
// that it runs at the execution root.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def report = jsonReport(basedir)

assert report.files*.path == ['clean-module/src/reports/market-overview.html', 'other-module/src/reports/summary.html']
assertLine(log, '[INFO] reportlint: no problems in 2 files')
assert log.count { it == '[INFO] reportlint: aggregate runs at the execution root only' } == 2
assert log.any { it ==~ /\[INFO\] BUILD SUCCESS/ }
true
