// encoding (default ${project.build.sourceEncoding}) is the charset of reports that declare none: the
// windows-1252 report reads cleanly, the UTF-8 one with a byte order mark keeps its own charset; read as UTF-8
// instead, the windows-1252 bytes are invalid.
import groovy.json.JsonSlurper

evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def report = jsonReport(basedir)
def rulesOf = { r -> r.files.collectEntries { [(it.path): it.findings*.rule] } }

assert rulesOf(report) == ['src/reports/bom.txt': ['placeholder'], 'src/reports/brief.txt': ['placeholder']]
def brief = report.files.find { it.path == 'src/reports/brief.txt' }.findings[0]
assert [brief.line, brief.column] == [1, 28]

def utf8 = new JsonSlurper().parse(new File(basedir, 'target/reportlint-utf-8/reportlint.json'), 'UTF-8')
assert rulesOf(utf8)['src/reports/bom.txt'] == ['placeholder']
assert rulesOf(utf8)['src/reports/brief.txt'].contains('encoding')
assertLine(log, '[WARNING] src/reports/brief.txt:1:4: warning: Invalid UTF-8 bytes: the file is not valid in '
        + 'its encoding; bad bytes read as U+FFFD [encoding]')
true
