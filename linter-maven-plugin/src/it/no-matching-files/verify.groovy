// A source folder in which no file matches the includes is an error, with a hint in the goal's own terms (the
// core's message names no command-line flag).
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)

assertGoalFailed(log, 'no-matching-files', 'reportlint: nothing to lint in "src/reports": no file there matches the'
        + ' include globs (**/*.html, **/*.htm, **/*.xhtml, **/*.md, **/*.markdown, **/*.txt); check the plugin\'s'
        + ' <sourceDirectories> and <includes>, or the "include" globs of .reportlint.json', 'MojoExecutionException')
assert !log.contains('--no-error-on-unmatched-pattern')
true
