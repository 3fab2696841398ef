// Checks shared by the verify.groovy scripts of the integration tests. A script runs
//   evaluate(new File(itSources, 'lib/checks.groovy'))
// which puts these closures into its binding. The JSON report is the oracle for which findings exist, so the
// checks hold whichever rules are on the class path; each case also asserts the lines it can know exactly.
import groovy.json.JsonSlurper

LEVELS = [error: 'ERROR', warning: 'WARNING', info: 'INFO']

plural = { int n, String one, String many -> "${n} ${n == 1 ? one : many}".toString() }

/** The lines of a project's build.log. */
buildLog = { File project ->
    def file = new File(project, 'build.log')
    assert file.isFile(): "missing ${file}"
    file.readLines('UTF-8')
}

/** Fails unless the log has exactly this line. */
assertLine = { List<String> log, String line ->
    assert log.contains(line): "build.log lacks the line\n${line}"
}

/** Fails if any line of the log contains this text. */
assertNoLineContains = { List<String> log, String text ->
    def found = log.find { it.contains(text) }
    assert found == null: "build.log has the line\n${found}"
}

/** The parsed target/reportlint/reportlint.json of a project. */
jsonReport = { File project ->
    def file = new File(project, 'target/reportlint/reportlint.json')
    assert file.isFile(): "missing ${file}"
    new JsonSlurper().parse(file, 'UTF-8')
}

/**
 * Fails unless the default formats besides JSON were written too: a SARIF log with a result per finding of the JSON
 * report, and an HTML page naming every file; and no format was skipped.
 */
/** Where {@code dir} is from the root of its git repository ("a/b/"), or "" outside one. */
repositoryPath = { File dir ->
    def start = dir.canonicalFile
    for (def folder = start; folder != null; folder = folder.parentFile) {
        if (new File(folder, '.git').exists()) {
            def relative = folder.toPath().relativize(start.toPath()).toString().replace('\\', '/')
            return relative.isEmpty() ? '' : relative + '/'
        }
    }
    return ''
}

assertSarifAndHtmlReports = { File project, List<String> log, report ->
    def sarifFile = new File(project, 'target/reportlint/reportlint.sarif')
    assert sarifFile.isFile(): "missing ${sarifFile}"
    def sarif = new JsonSlurper().parse(sarifFile, 'UTF-8')
    assert sarif.version == '2.1.0'
    def run = sarif.runs[0]
    assert run.tool.driver.name == 'reportlint'
    // SARIF paths are relative to the git repository the project is in, as code scanning resolves them.
    def inRepository = repositoryPath(project)
    def findings = report.files.collectMany { file ->
        file.findings.collect { [inRepository + file.path, it.rule, it.line, it.column] }
    }
    assert run.results.collect {
        def location = it.locations[0].physicalLocation
        [URLDecoder.decode(location.artifactLocation.uri, 'UTF-8'), it.ruleId, location.region.startLine,
         location.region.startColumn]
    } == findings
    assert run.results.every { run.tool.driver.rules[it.ruleIndex].id == it.ruleId }
    def htmlFile = new File(project, 'target/reportlint/reportlint.html')
    assert htmlFile.isFile(): "missing ${htmlFile}"
    def html = htmlFile.getText('UTF-8')
    assert html.startsWith('<!DOCTYPE html>')
    report.files.each { assert html.contains(it.path) }
    assertNoLineContains(log, 'not available')
}

/** The summary line the goal prints for a report without unreadable files. */
expectedSummary = { report ->
    def s = report.summary
    if (s.errors + s.warnings + s.infos == 0) {
        return "reportlint: no problems in ${plural(s.files, 'file', 'files')}".toString()
    }
    def counts = []
    if (s.errors > 0) counts << plural(s.errors, 'error', 'errors')
    if (s.warnings > 0) counts << plural(s.warnings, 'warning', 'warnings')
    if (s.infos > 0) counts << plural(s.infos, 'info', 'infos')
    int withFindings = report.files.count { !it.findings.isEmpty() }
    "reportlint: ${counts.join(', ')} in ${plural(withFindings, 'file', 'files')}".toString()
}

/**
 * Fails unless every finding of the report is in the log as [LEVEL] path:line:col: severity: message [rule], in
 * report order, followed by the summary line; returns the summary line.
 */
assertLogListsReport = { List<String> log, report ->
    int previous = -1
    report.files.each { file ->
        file.findings.each { f ->
            def line = "[${LEVELS[f.severity]}] ${file.path}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.rule}]"
                    .toString()
            int at = log.indexOf(line)
            assert at >= 0: "build.log lacks the finding\n${line}"
            assert at > previous: "finding out of order\n${line}"
            previous = at
        }
    }
    def summary = expectedSummary(report)
    int at = log.findIndexOf { it ==~ /\[(INFO|WARNING|ERROR)\] / + java.util.regex.Pattern.quote(summary) }
    assert at > previous: "build.log lacks the summary after the findings\n${summary}"
    summary
}

/**
 * The per-rule lines the goal prints before the summary, as the JSON report counts them:
 * [LEVEL] reportlint: RULE: N errors, N warnings, N infos (the worst level; rules with errors first, then by count).
 */
expectedRuleLines = { report ->
    def byRule = [:]
    report.files.each { file ->
        file.findings.each { f ->
            def counts = byRule.computeIfAbsent(f.rule) { [error: 0, warning: 0, info: 0] }
            counts[f.severity] += 1
        }
    }
    def rank = { counts -> counts.error > 0 ? 0 : counts.warning > 0 ? 1 : 2 }
    def total = { counts -> counts.error + counts.warning + counts.info }
    byRule.entrySet().sort { a, b ->
        rank(a.value) <=> rank(b.value) ?: total(b.value) <=> total(a.value) ?: a.key <=> b.key
    }.collect { entry ->
        def c = entry.value
        def parts = []
        if (c.error > 0) parts << plural(c.error, 'error', 'errors')
        if (c.warning > 0) parts << plural(c.warning, 'warning', 'warnings')
        if (c.info > 0) parts << plural(c.info, 'info', 'infos')
        def level = c.error > 0 ? 'ERROR' : c.warning > 0 ? 'WARNING' : 'INFO'
        "[${level}] reportlint: ${entry.key}: ${parts.join(', ')}".toString()
    }
}

/** Fails unless the per-rule lines are in the log, in order, right before the summary line. */
assertRuleLines = { List<String> log, report ->
    def expected = expectedRuleLines(report)
    def summary = expectedSummary(report)
    int at = log.findIndexOf { it ==~ /\[(INFO|WARNING|ERROR)\] / + java.util.regex.Pattern.quote(summary) }
    assert at >= expected.size(): "build.log lacks the summary\n${summary}"
    assert log.subList(at - expected.size(), at) == expected
    expected
}

/** Fails unless the build of this project failed with this message and a Mojo exception of this kind. */
assertGoalFailed = { List<String> log, String project, String message, String exception ->
    def failed = log.find {
        it.startsWith('[ERROR] Failed to execute goal org.reportlint:reportlint-maven-plugin:') &&
                it.endsWith(" on project ${project}: ${message} -> [Help 1]")
    }
    assert failed != null: "build.log lacks the goal failure of ${project}\n${message}"
    assertLine(log, "[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/${exception}".toString())
}
