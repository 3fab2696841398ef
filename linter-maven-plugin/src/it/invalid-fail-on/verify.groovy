// An invalid failOn is a configuration error that says what is allowed; nothing is linted.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)

assertGoalFailed(log, 'invalid-fail-on',
        'reportlint: invalid failOn "sometimes" (expected error, warning, info or never)', 'MojoExecutionException')
assert !new File(basedir, 'target/reportlint').exists()
true
