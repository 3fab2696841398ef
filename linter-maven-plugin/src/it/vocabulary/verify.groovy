// Vocabularies in a Maven build: the accepted name is not a placeholder, the rejected word is a warning, the build
// passes (only errors fail it).
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def report = jsonReport(basedir)

assertLine(log, '[WARNING] src/reports/suppliers.html:2:41: warning: "leverage" is rejected by the vocabulary '
        + 'styles/reject.txt [vocabulary]')
assertNoLineContains(log, 'Company A')
assert report.files*.findings*.rule.flatten() == ['vocabulary']
assert assertLogListsReport(log, report) == 'reportlint: 1 warning in 1 file'
assertLine(log, '[INFO] BUILD SUCCESS')
true
