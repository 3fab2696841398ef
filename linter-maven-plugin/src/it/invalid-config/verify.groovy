// A misspelled rule id in .reportlint.json stops the build with the file, line, column and a suggestion.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def expected = '.reportlint.json:4:5: unknown rule "placeholders" (did you mean "placeholder"?)'
def failure = log.find { it.startsWith('[ERROR] Failed to execute goal') }
assert failure != null && failure.contains(expected): "no goal failure naming ${expected}"
assert log.any { it.contains('MojoExecutionException') }
assert !new File(basedir, 'target/reportlint/reportlint.json').exists(): 'nothing is linted with a broken config'
true
