// mvn site with reportlint:report as a report: target/site/reportlint.html is a page of the site that lists the
// findings (a report never fails the build) and links to the self-contained HTML report written beside it.
evaluate(new File(itSources, 'lib/checks.groovy'))
def log = buildLog(basedir)

def page = new File(basedir, 'target/site/reportlint.html')
assert page.isFile(): "missing ${page}"
def html = page.getText('UTF-8')
assert html.contains('src/reports/market-brief.html')
assert html.contains('placeholder') && html.contains('malformed-html') && html.contains('encoding')
assert html.contains('Placeholder &quot;$xxx million&quot; left in text') ||
        html.contains('Placeholder "$xxx million" left in text')
assert html.contains('2 errors, 1 warning in 1 file')
assert html.contains('href="reportlint/report.html"')

def full = new File(basedir, 'target/site/reportlint/report.html')
assert full.isFile(): "missing ${full}"
def fullHtml = full.getText('UTF-8')
assert fullHtml.startsWith('<!DOCTYPE html>') && fullHtml.contains('src/reports/market-brief.html')

// The site's index lists the page among the project reports.
def index = new File(basedir, 'target/site/index.html')
assert !index.isFile() || index.getText('UTF-8').contains('reportlint') || new File(basedir, 'target/site/project-reports.html').getText('UTF-8').contains('reportlint.html')
assert log.any { it ==~ /\[INFO\] BUILD SUCCESS/ }
true
