package org.reportlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.files.FileCollector;

/** The parameter defaults must be a literal in the annotation; these tests keep them equal to the core's. */
class CheckMojoDefaultsTest {

    @Test
    void defaultIncludesAreTheCores() {
        assertEquals(FileCollector.DEFAULT_INCLUDES, List.of(CheckMojo.DEFAULT_INCLUDES.split(",")));
    }

    @Test
    void defaultExcludesAreTheCores() {
        assertEquals(FileCollector.DEFAULT_EXCLUDES, List.of(CheckMojo.DEFAULT_EXCLUDES.split(",")));
    }
}
