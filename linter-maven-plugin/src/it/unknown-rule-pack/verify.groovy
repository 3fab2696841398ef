// A pack name that no plugin dependency provides stops the build at the "extends", naming the packs that are there.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)
def expected = '.reportlint.json:3:14: "extends": "pack:acm": no rule pack "acm" on the class path (no ' +
        'reportlint-pack/acm/reportlint.json) (did you mean "acme"?); packs found: acme'
def failure = log.find { it.startsWith('[ERROR] Failed to execute goal') }
assert failure != null && failure.contains(expected): "no goal failure naming ${expected}"
assert log.any { it.contains('MojoExecutionException') }
assert !new File(basedir, 'target/reportlint/reportlint.json').exists(): 'nothing is linted with a broken config'
true
