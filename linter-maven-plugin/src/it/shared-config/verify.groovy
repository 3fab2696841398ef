// configLocation names a resource of a config jar that is a dependency of the plugin, built in the same reactor;
// the config it names extends base/common.json, found in the same jar. It replaces the module's own
// .reportlint.json (which turns placeholder off): the base's preset "none" and placeholder error, and the
// config's own malformed-html warning and encoding info, are what apply.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def reports = new File(basedir, 'reports')
def report = jsonReport(reports)

assert new File(basedir, 'config/target/shared-report-config-1.0.jar').isFile(): 'the config jar was built'
def findings = report.files.collectMany { file -> file.findings.collect { [file.path, it.rule, it.severity] } }
assert findings == [['src/reports/market-brief.html', 'placeholder', 'error'],
                    ['src/reports/market-brief.html', 'malformed-html', 'warning'],
                    ['src/reports/market-brief.html', 'encoding', 'info']]
assertLine(log, '[ERROR] src/reports/market-brief.html:9:25: error: Placeholder "$xxx million" left in text [placeholder]')
def summary = assertLogListsReport(log, report)
assertRuleLines(log, report)
assertGoalFailed(log, 'reports', summary, 'MojoFailureException')
true
