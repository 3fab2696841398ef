package org.reportlint.core.format.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The style sheet and the script the HTML report inlines ({@code report.css} and {@code report.js} beside this
 * class), and a Content-Security-Policy that allows exactly these two (by their hashes) and nothing else: even text
 * that escaped escaping could not run, style or load anything.
 *
 * <p>The hashes cover the exact text of the elements, so the page must put {@link #STYLE} and {@link #SCRIPT} right
 * after their start tags, without a line break.
 */
final class HtmlAssets {
    static final String STYLE = resource("report.css");
    static final String SCRIPT = resource("report.js");

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-" + sha256(STYLE)
            + "'; script-src 'sha256-" + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

    private HtmlAssets() {
    }

    private static String resource(String name) {
        try (InputStream in = HtmlAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the reportlint jar lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
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
