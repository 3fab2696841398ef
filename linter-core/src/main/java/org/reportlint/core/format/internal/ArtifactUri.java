package org.reportlint.core.format.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reported path as a SARIF artifact location: a relative path becomes a percent-encoded URI reference against the
 * {@code %SRCROOT%} base (the folder reportlint ran in, the checkout root in CI); an absolute path becomes a
 * {@code file:} URI with no base.
 *
 * @param uri the URI or URI reference, {@code /}-separated, with everything but unreserved characters encoded
 * @param uriBaseId the base a relative reference is resolved against
 */
record ArtifactUri(String uri, Optional<String> uriBaseId) {
    static final String SOURCE_ROOT = "%SRCROOT%";
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:/.*");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static ArtifactUri of(String path) {
        if (path.startsWith("/")) {
            return new ArtifactUri("file://" + encode(path), Optional.empty());
        }
        if (WINDOWS_DRIVE.matcher(path).matches()) {
            return new ArtifactUri("file:///" + path.substring(0, 2) + encode(path.substring(2)),
                    Optional.empty());
        }
        return new ArtifactUri(encode(path), Optional.of(SOURCE_ROOT));
    }

    /** Percent-encodes the UTF-8 bytes of everything but RFC 3986 unreserved characters and {@code /}. */
    static String encode(String path) {
        byte[] bytes = Utf16.withoutLoneSurrogates(path).getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (isUnreserved(c) || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
