// minScore 90 fails a build whose only finding is a warning (failOn is the default, error): one warning in a
// document of under 500 words scores 86 (docs/scoring.md), and the log names the document.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def report = jsonReport(basedir)

assertLine(log, '[WARNING] src/reports/notes.txt:3:34: warning: Invalid UTF-8 bytes: the file is not valid in '
        + 'its encoding; bad bytes read as U+FFFD [encoding]')
assert assertLogListsReport(log, report) == 'reportlint: 1 warning in 1 file'
assertLine(log, '[ERROR] reportlint: src/reports/notes.txt: score 86 is below the minimum 90 (minScore)')
assert report.files[0].score == 86
assertGoalFailed(log, 'min-score', 'reportlint: 1 warning in 1 file', 'MojoFailureException')
true
