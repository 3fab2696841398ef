package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --fix on files it must not damage: the notices a user sees, the exit codes, and the bytes left on disk. */
class FixSafetyCliTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A name split in two list entries: ASCII text with an ASCII fix, so only the charset can stop the fix. */
    private static final String SPLIT_NAME = "<ul><li>Acme Technology Co.</li><li>Ltd.</li></ul>\n";

    @TempDir
    Path dir;

    private static String page(String charset, String body) {
        return "<html><head><meta charset=\"" + charset + "\"><title>t</title></head><body>\n" + body
                + "</body></html>\n";
    }

    private byte[] bytes(String name) throws Exception {
        return Files.readAllBytes(dir.resolve(name));
    }

    @Test
    void mojibakeRepairToCjkInWindows1252IsSkippedNotWrittenAsQuestionMarks() throws Exception {
        // The UTF-8 bytes of 中文 read as windows-1252: the mojibake rule repairs them to CJK text.
        String mojibake = new String("中文".getBytes(StandardCharsets.UTF_8), WINDOWS_1252);
        byte[] original = page("windows-1252", "<p>The " + mojibake + " market</p>\n" + SPLIT_NAME)
                .getBytes(WINDOWS_1252);
        CliRun cli = CliRun.in(dir).file("a.html", original);
        CliRun.Result result = cli.run("--fix", "a.html");
        assertArrayEquals(page("windows-1252", "<p>The " + mojibake + " market</p>\n"
                + "<ul><li>Acme Technology Co., Ltd.</li></ul>\n").getBytes(WINDOWS_1252), bytes("a.html"),
                "the split name is fixed, the mojibake left as it was");
        assertTrue(result.err().contains(
                "reportlint: fix skipped: windows-1252 cannot hold the text of the mojibake fix: a.html\n"),
                result.err());
        assertTrue(result.err().endsWith("reportlint: fixed 1 problem in 1 file\n"), result.err());
        assertEquals(1, result.exitCode(), "the mojibake is still reported");
    }

    /**
     * A page of ASCII bytes whose meta names EBCDIC or UTF-16 is read as those bytes say, not as the meta says (the
     * gate), so its fix is written in the same bytes and "$xxx million" keeps every byte.
     */
    @Test
    void fileDeclaredInACharsetThatIsNotAsciiCompatibleIsFixedInItsOwnBytes() throws Exception {
        String text = "<p>The market is worth $xxx million.</p>\n";
        String fixed = "<ul><li>Acme Technology Co., Ltd.</li></ul>\n";
        CliRun cli = CliRun.in(dir)
                .file("ebcdic.html", page("IBM037", text + SPLIT_NAME).getBytes(StandardCharsets.US_ASCII))
                .file("utf16.html", page("utf-16", text + SPLIT_NAME).getBytes(StandardCharsets.US_ASCII))
                .file("fine.html", SPLIT_NAME);
        CliRun.Result result = cli.run("--fix", "ebcdic.html", "utf16.html", "fine.html");
        assertArrayEquals(page("IBM037", text + fixed).getBytes(StandardCharsets.US_ASCII), bytes("ebcdic.html"));
        assertArrayEquals(page("utf-16", text + fixed).getBytes(StandardCharsets.US_ASCII), bytes("utf16.html"));
        assertEquals(fixed, Files.readString(dir.resolve("fine.html")));
        assertTrue(result.err().endsWith("reportlint: fixed 3 problems in 3 files\n"), result.err());
    }

    @Test
    void charsetThatCannotEncodeIsThatFilesNoticeAndTheRunGoesOn() throws Exception {
        CliRun cli = CliRun.in(dir)
                .file("a.html", SPLIT_NAME)
                .file("jis.html", page("x-JISAutoDetect", SPLIT_NAME))
                .file("cn.html", page("ISO-2022-CN", SPLIT_NAME))
                .file("z.html", SPLIT_NAME);
        CliRun.Result result = cli.run("--fix", "a.html", "jis.html", "cn.html", "z.html");
        String fixed = "<ul><li>Acme Technology Co., Ltd.</li></ul>\n";
        assertEquals(fixed, Files.readString(dir.resolve("a.html")));
        assertEquals(fixed, Files.readString(dir.resolve("z.html")));
        assertEquals(page("x-JISAutoDetect", SPLIT_NAME), Files.readString(dir.resolve("jis.html")));
        assertEquals(page("ISO-2022-CN", SPLIT_NAME), Files.readString(dir.resolve("cn.html")));
        assertEquals(List.of(
                "reportlint: not fixed: charset ISO-2022-CN can be read but not written: cn.html",
                "reportlint: not fixed: charset x-JISAutoDetect can be read but not written: jis.html",
                "reportlint: fixed 2 problems in 2 files"), result.err().lines().toList());
        assertEquals(1, result.exitCode(), "the unfixed split names remain; no internal error");
    }

    @Test
    void symbolicLinkIsFixedThroughToItsTarget() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly().file("real/target.html", "<p>oops</p>\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), Path.of("real/target.html"));
        CliRun.Result result = cli.run("--fix", "link.html");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("<p>okay</p>\n", Files.readString(dir.resolve("real/target.html")));
    }

    @Test
    void hardLinkedFileKeepsItsLinks() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly().file("a.html", "<p>oops</p>\n");
        Files.createLink(dir.resolve("other-name.txt"), dir.resolve("a.html"));
        CliRun.Result result = cli.run("--fix", "a.html");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("<p>okay</p>\n", Files.readString(dir.resolve("other-name.txt")));
        assertTrue(Files.isSameFile(dir.resolve("a.html"), dir.resolve("other-name.txt")));
    }

    @Test
    void fileChangedOnDiskWhileItWasLintedIsNotOverwritten() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly().file("a.html", "<p>meanwhile</p>\n").file("b.html", "<p>oops</p>\n");
        Path file = dir.resolve("a.html").toAbsolutePath();
        CliRun.Result result = cli.run("--fix", file.toString(), "b.html");
        assertEquals("<p>meanwhile</p>\n<p>saved by the editor</p>\n", Files.readString(file),
                "the editor's save is kept and the fix is not written");
        assertEquals("<p>okay</p>\n", Files.readString(dir.resolve("b.html")));
        assertTrue(result.err().contains(": cannot write fixes: the file changed on disk after it was read\n"),
                result.err());
        assertTrue(result.err().endsWith("reportlint: fixed 1 problem in 1 file\n"), result.err());
        assertEquals(3, result.exitCode());
    }

    @Test
    void fileWithA250ByteNameIsFixed() throws Exception {
        String name = "r".repeat(245) + ".html";
        CliRun cli = CliRun.in(dir).testRulesOnly().file(name, "<p>oops</p>\n");
        CliRun.Result result = cli.run("--fix", name);
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("<p>okay</p>\n", Files.readString(dir.resolve(name)));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }
    }
}
