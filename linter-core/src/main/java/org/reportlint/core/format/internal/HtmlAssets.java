package org.reportlint.core.format.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The style sheet and the filter script the HTML report inlines, and a Content-Security-Policy that allows this
 * script (by its hash) and nothing else: even text that escaped escaping could not run or load anything.
 *
 * <p>The hash covers the exact text of the script element, so the page must put {@link #SCRIPT} right after
 * {@code <script>}, without a line break.
 */
final class HtmlAssets {
    static final String STYLE = """
            body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 1.5rem;color:#1f2328}
            h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
            table{border-collapse:collapse;margin-bottom:1rem}th,td{border:1px solid #d0d7de;padding:.2rem .6rem}
            td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f6f8fa;text-align:left}
            form fieldset{display:inline-block;border:1px solid #d0d7de;margin:0 .5rem .5rem 0}
            form label{margin-right:.8rem;white-space:nowrap}
            .file{border-top:1px solid #d0d7de}.file h2{font-family:ui-monospace,monospace;word-break:break-all}
            ol.findings{list-style:none;padding:0}li.finding{margin:0 0 1rem}
            .severity{display:inline-block;min-width:4.5rem;font-weight:600}.error{color:#cf222e}
            .warning{color:#9a6700}.info{color:#0969da}.position,.rule{color:#59636e;font-family:ui-monospace,monospace}
            .fixable{color:#1a7f37}.notice{color:#59636e}
            pre.frame{background:#f6f8fa;padding:.4rem .6rem;overflow-x:auto;margin:.3rem 0;tab-size:4}
            pre.frame .gutter{color:#8c959f;user-select:none}
            pre.frame mark{background:#ffebe9;text-decoration:underline wavy #cf222e;text-underline-offset:3px}
            ul.related{margin:.2rem 0;padding-left:1.5rem;color:#59636e}
            [hidden]{display:none!important}
            """;

    static final String SCRIPT = """
            (function () {
              var form = document.getElementById('filters');
              function update() {
                var shown = {};
                form.querySelectorAll('input:checked').forEach(function (box) {
                  shown[box.name + ':' + box.value] = true;
                });
                document.querySelectorAll('li.finding').forEach(function (finding) {
                  finding.hidden = !(shown['rule:' + finding.dataset.rule]
                      && shown['severity:' + finding.dataset.severity]);
                });
                document.querySelectorAll('section.file').forEach(function (file) {
                  var findings = file.querySelectorAll('li.finding');
                  file.hidden = findings.length > 0
                      && file.querySelectorAll('li.finding:not([hidden])').length === 0
                      && file.querySelector('.problem') === null;
                });
              }
              form.hidden = false;
              form.addEventListener('change', update);
              update();
            })();
            """;

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'sha256-" + sha256(SCRIPT) + "'";

    private HtmlAssets() {
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
