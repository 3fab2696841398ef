package org.reportlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateMojoTest {

    @Test
    void eachFolderIsLintedOnceEvenWhenAModuleIsInsideAnother() {
        Path root = Path.of("/build");
        assertEquals(List.of(root.resolve("a/src/reports"), root.resolve("b/src/reports"), root.resolve("src/reports")),
                AggregateMojo.outermost(List.of(root.resolve("src/reports"), root.resolve("b/src/reports"),
                        root.resolve("a/src/reports"), root.resolve("src/reports/inner"), root.resolve("b/src/reports"))));
    }
}
