// A configured configFile that does not exist is a configuration error naming the file; nothing is linted.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)

assertGoalFailed(log, 'missing-config-file', 'reportlint: configFile config/reportlint.json does not exist',
        'MojoExecutionException')
assert !new File(basedir, 'target/reportlint').exists()
true
