// -Dreportlint.skip=true skips the goal: the defective report does not fail the build and no report is written.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)

assertLine(log, '[INFO] reportlint: skipped')
assertLine(log, '[INFO] BUILD SUCCESS')
assertNoLineContains(log, '[encoding]')
assert !new File(basedir, 'target/reportlint').exists()
true
