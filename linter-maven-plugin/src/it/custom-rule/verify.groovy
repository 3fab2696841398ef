// The example rule jar, added as a plugin dependency, is found and configured like a built-in rule.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)

assertLine(log, '[ERROR] src/reports/outlook.html:2:23: error: "guaranteed returns" promises what a report cannot '
        + '[example-guaranteed-claim]')
assertGoalFailed(log, 'custom-rule', 'reportlint: 1 error in 1 file', 'MojoFailureException')
true
