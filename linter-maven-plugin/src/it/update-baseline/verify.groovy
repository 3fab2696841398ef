// Updating a baseline records every current finding and passes; the file is sorted JSON that diffs well.
import groovy.json.JsonSlurper
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)

assertLine(log, '[INFO] reportlint: wrote baseline reportlint-baseline.json')
def baseline = new JsonSlurper().parse(new File(basedir, 'reportlint-baseline.json'), 'UTF-8')
assert baseline.schemaVersion == 1
assert baseline.entries.size() == 4
assert baseline.entries*.path.unique() == ['src/reports/brief.html']
assert baseline.entries*.rule.unique() == ['placeholder']
assert jsonReport(basedir).summary.errors == 0
assertLine(log, '[INFO] BUILD SUCCESS')
true
