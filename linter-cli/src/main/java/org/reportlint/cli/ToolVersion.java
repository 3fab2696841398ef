package org.reportlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The reportlint version: from the jar manifest, else from the build's version resource, else {@code dev}. */
final class ToolVersion {
    private static final String RESOURCE = "version.properties";

    private ToolVersion() {
    }

    static String get() {
        String fromManifest = ToolVersion.class.getPackage().getImplementationVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        try (InputStream in = ToolVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                // An unfiltered resource (run from sources without Maven) still holds the placeholder.
                if (!version.isBlank() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException unreadable) {
            // fall through: a version is nice to have, never a reason to fail
        }
        return "dev";
    }
}
