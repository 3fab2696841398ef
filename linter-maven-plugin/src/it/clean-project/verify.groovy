// A clean report passes, the summary counts the file, and the default formats write the JSON, SARIF and HTML
// reports.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def report = jsonReport(basedir)

assert report.files*.path == ['src/reports/market-overview.html']
assert report.summary.errors == 0 && report.summary.warnings == 0 && report.summary.infos == 0
assertLine(log, '[INFO] reportlint: no problems in 1 file')
assertLine(log, '[INFO] BUILD SUCCESS')
assertSarifAndHtmlReports(basedir, log, report)
true
