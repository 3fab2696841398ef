// maxWarnings 1 fails a build with two warnings even though failOn is the default, error.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def report = jsonReport(basedir)

assertLine(log, '[WARNING] src/reports/more-notes.txt:3:34: warning: Invalid UTF-8 bytes: the file is not '
        + 'valid in its encoding; bad bytes read as U+FFFD [encoding]')
assertLine(log, '[WARNING] src/reports/notes.txt:3:34: warning: Invalid UTF-8 bytes: the file is not valid in '
        + 'its encoding; bad bytes read as U+FFFD [encoding]')
assert assertLogListsReport(log, report) == 'reportlint: 2 warnings in 2 files'
assertLine(log, '[ERROR] reportlint: 2 warnings where maxWarnings allows 1')
assertGoalFailed(log, 'max-warnings', 'reportlint: 2 warnings in 2 files', 'MojoFailureException')
true
