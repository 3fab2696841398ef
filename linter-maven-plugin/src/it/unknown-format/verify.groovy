// A format nobody registered is a configuration error that lists the registered ones; nothing is linted.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)

assertGoalFailed(log, 'unknown-format', 'reportlint: unknown report format "xml" '
        + '(formats: checkstyle, compact, github, html, json, junit, markdown, sarif, text)', 'MojoExecutionException')
assert !new File(basedir, 'target/reportlint').exists()
true
