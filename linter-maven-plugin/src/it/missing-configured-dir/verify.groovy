// A configured source folder that does not exist is a configuration error naming the folder.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)

assertGoalFailed(log, 'missing-configured-dir', 'reportlint: no such file or directory: docs/reports',
        'MojoExecutionException')
assert !new File(basedir, 'target/reportlint').exists()
true
