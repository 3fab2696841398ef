// -Dreportlint.failOn=warning makes the same warning that passes by default fail the build.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def report = jsonReport(basedir)

assertLine(log, '[WARNING] src/reports/notes.txt:3:34: warning: Invalid UTF-8 bytes: the file is not valid in '
        + 'its encoding; bad bytes read as U+FFFD [encoding]')
assert assertLogListsReport(log, report) == 'reportlint: 1 warning in 1 file'
assertLine(log, '[ERROR] reportlint: 1 warning in 1 file')
assertLine(log, '[ERROR] reportlint: failOn is warning and findings at that level or above were reported')
assertGoalFailed(log, 'fail-on-warning', 'reportlint: 1 warning in 1 file', 'MojoFailureException')
true
