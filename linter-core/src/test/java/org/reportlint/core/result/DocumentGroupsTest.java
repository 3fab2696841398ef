package org.reportlint.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DocumentGroupsTest {

    @Test
    void sharedFoldersAreTheLeadingFoldersOfEveryPath() {
        assertEquals(1, DocumentGroups.sharedFolders(List.of("reports/a/x.html", "reports/b/y.html")));
        assertEquals(2, DocumentGroups.sharedFolders(List.of("reports/a/x.html", "reports/a/y.html")));
        assertEquals(0, DocumentGroups.sharedFolders(List.of("x.html", "reports/y.html")));
        assertEquals(0, DocumentGroups.sharedFolders(List.of()));
    }

    @Test
    void byFolderAPathBelongsToTheFirstFolderBelowTheSharedOnes() {
        DocumentGroups groups = DocumentGroups.byFolder();
        assertEquals("vendor-a", groups.groupOf("reports/vendor-a/deep/x.html", 1));
        assertEquals(DocumentGroups.TOP, groups.groupOf("reports/x.html", 1));
    }

    @Test
    void aConfiguredGroupWinsOverTheFolder() {
        DocumentGroups groups = DocumentGroups.configured(Map.of("vendor-a", List.of("reports/vendor-a/**")),
                UnaryOperator.identity());
        assertEquals("vendor-a", groups.groupOf("reports/vendor-a/x.html", 1));
        assertEquals(DocumentGroups.OTHER, groups.groupOf("reports/vendor-b/x.html", 1));
    }
}
