// By default only errors fail the build: a warning is logged, the summary is a warning, and the build passes.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def report = jsonReport(basedir)

assertLine(log, '[WARNING] src/reports/notes.txt:3:34: warning: Invalid UTF-8 bytes: the file is not valid in '
        + 'its encoding; bad bytes read as U+FFFD [encoding]')
assert assertLogListsReport(log, report) == 'reportlint: 1 warning in 1 file'
assertLine(log, '[WARNING] reportlint: 1 warning in 1 file')
assertLine(log, '[INFO] BUILD SUCCESS')
true
