// The example rule pack, a plugin dependency, is what .reportlint.json extends: its rules report like built-in ones,
// at the levels the project gives them, and the SARIF log describes them.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def report = jsonReport(basedir)

assertLine(log, "[ERROR] src/reports/outlook.html:2:20: error: Avoid 'guaranteed returns': acme reports promise no "
        + "returns [acme/no-guaranteed]")
assertLine(log, "[WARNING] src/reports/outlook.html:2:43: warning: Use 'use' instead of 'utilise' [acme/use]")
assertNoLineContains(log, '[acme/hype]')
def findings = report.files.collectMany { file -> file.findings.collect { [it.rule, it.severity] } }
assert findings.contains(['acme/disclaimer', 'error'])
assert findings.contains(['acme/headings', 'warning']): 'the project re-levels the pack rule from info'
assert !findings.any { it[0] == 'acme/hype' }: 'the project turns the pack rule off'

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/reportlint/reportlint.sarif'), 'UTF-8')
def rules = sarif.runs[0].tool.driver.rules.collectEntries { [it.id, it] }
def guaranteed = rules['acme/no-guaranteed']
assert guaranteed != null: "SARIF describes the pack's rules: ${rules.keySet()}"
assert guaranteed.shortDescription.text == 'No promises of returns or growth'
assert guaranteed.fullDescription.text.contains('pack:acme/style/terms.json')
assert guaranteed.helpUri == 'https://example.com/acme-style#guaranteed'
assert guaranteed.defaultConfiguration.level == 'error'
assert rules['acme/disclaimer'].shortDescription.text == 'Every acme report states that its figures are estimates'
assertSarifAndHtmlReports(basedir, log, report)

def summary = assertLogListsReport(log, report)
assertRuleLines(log, report)
assertGoalFailed(log, 'rule-pack', summary, 'MojoFailureException')
true
