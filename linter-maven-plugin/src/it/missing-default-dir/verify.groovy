// A project without src/reports has nothing to lint: that is not an error.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)

assertLine(log, '[INFO] reportlint: nothing to lint (src/reports does not exist)')
assertLine(log, '[INFO] BUILD SUCCESS')
assert !new File(basedir, 'target/reportlint').exists()
true
