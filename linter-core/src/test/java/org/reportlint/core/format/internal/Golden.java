package org.reportlint.core.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whole expected reports kept as files under {@code src/test/resources/golden/} when they are too long to read
 * inline. After a deliberate change, {@code mvn test -Dgolden.update=true} rewrites them; review the diff.
 */
final class Golden {

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        if (Boolean.getBoolean("golden.update")) {
            write(name, actual);
            return;
        }
        assertEquals(read(name), actual, "report differs from src/test/resources/golden/" + name);
    }

    private static String read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            assertNotNull(in, "missing golden file " + name + " (run with -Dgolden.update=true to create it)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void write(String name, String actual) {
        try {
            Path file = Path.of("src/test/resources/golden", name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
