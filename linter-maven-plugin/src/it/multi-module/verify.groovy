// In a multi-module build the clean module passes and the defective one fails the build with its findings; paths
// are relative to each module.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def report = jsonReport(new File(basedir, 'defective-module'))

assertLine(log, '[INFO] reportlint: nothing to lint (src/reports does not exist)')
assertLine(log, '[INFO] reportlint: no problems in 1 file')
assertLine(log, '[WARNING] src/reports/market-brief.html:11:7: warning: Invalid UTF-8 bytes: the file is not '
        + 'valid in its encoding; bad bytes read as U+FFFD [encoding]')
def summary = assertLogListsReport(log, report)
assertGoalFailed(log, 'defective-module', summary, 'MojoFailureException')
assert log.any { it ==~ /\[INFO\] clean-module \.+ SUCCESS .*/ }
assert log.any { it ==~ /\[INFO\] defective-module \.+ FAILURE .*/ }
assert jsonReport(new File(basedir, 'clean-module')).summary.files == 1
true
