package org.reportlint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * What the fuzz properties feed the linter: HTML-like text built from the tokens that broke it before, random
 * bytes, and the rule fixtures with random edits.
 */
final class FuzzedInputs {
    /** Markup, directives, entities, surrogates and defects every rule looks for, mixed at random. */
    private static final List<String> TOKENS = List.of("<p>", "</p>", "<ul>", "</ul>", "<li>", "</li>", "<ol>",
            "<table>", "</table>", "<tr>", "<td>", "</td>", "<th>", "<tbody>", "<br>", "<div>", "</div>", "<h1>",
            "</h1>", "<h3>", "<b>", "</i>", "<code>", "</code>", "<pre>", "<textarea>", "<plaintext>", "<title>",
            "<svg><![CDATA[", "]]>", "<math>", "<script>", "</script>", "<!--", "-->", "<!DOCTYPE html>",
            "<a href=\"${url}\">", "<img alt=\"$xxx\">", "<td colspan=\"3\">", "<td rowspan=2>",
            "<!-- reportlint-disable placeholder -->", "<!-- reportlint-enable -->",
            "<!-- reportlint-disable-next-line -->", "<!-- reportlint-disable-file mojibake -- why -->",
            "&amp;", "&#xD800;", "&#xDFFF;", "&#x1F600;", "&nbsp;", "&bogus;", "&#0;", "\uD83D\uDE00", "\uD83D",
            "\uDE00", "\u00E9", "\u4E2D\u6587", "\u202E", "\u0000", "\t", "\u00A0", "\uFFFD", "$xxx million", "XX%",
            "TBD", "TODO", "lorem ipsum", "Company A", "{{ name }}", "[Insert company]", "caf\u00C3\u00A9",
            "\u00E2\u20AC\u2122", "Acme", "Holdings", "Inc.", "Ltd", "Costa", "Rica", "2020-2030", "2019 to 2027",
            "CAGR of 5.2%", "USD 4.1 billion", "40%", "70%", "\n", "\n", "\r\n", "\r", " ", " ", "# ", "## ", "* ",
            "- ", "1. ", "**", "`", "```\n", "| a | b |\n", "---\n", "> ", "[x](y)", "As an AI language model,");

    private FuzzedInputs() {
    }

    /** Text that looks like a report in HTML, Markdown or plain text, with some noise. */
    static Arbitrary<String> htmlLikeText() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of(TOKENS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(8)));
        return token.list().ofMaxSize(120).map(tokens -> String.join("", tokens));
    }

    /** A file name with one of the extensions that choose the document format. */
    static Arbitrary<String> fileName() {
        return Arbitraries.of("report.html", "report.htm", "report.md", "report.txt");
    }

    static Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    }

    /** A rule fixture with a few random deletions, duplications and insertions of tokens. */
    static Arbitrary<Seed> mutatedFixture() {
        return mutated(Arbitraries.of(fixtures()));
    }

    private static Arbitrary<Seed> mutated(Arbitrary<Seed> fixtures) {
        return Combinators.combine(fixtures, edits()).as((fixture, edits) -> {
            String text = fixture.text();
            for (Edit edit : edits) {
                text = edit.applyTo(text);
            }
            return new Seed(fixture.name(), text);
        });
    }

    /** A fixture of a rule whose findings have fixes, with a few random edits: for the fix round trip. */
    static Arbitrary<Seed> mutatedFixableFixture() {
        List<Seed> fixable = fixtures().stream().filter(seed -> seed.name().startsWith("mojibake/")
                || seed.name().startsWith("markup-leak/") || seed.name().startsWith("split-name/")).toList();
        return mutated(Arbitraries.of(fixable));
    }

    private static Arbitrary<List<Edit>> edits() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 2), at, at,
                Arbitraries.of(TOKENS)).as(Edit::new);
        return edit.list().ofMaxSize(6);
    }

    static List<Seed> fixtures() {
        Path root = Path.of("..", "rules", "src", "test", "resources", "fixtures");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().map(file -> new Seed(
                    root.relativize(file).toString().replace('\\', '/'), read(file))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A named document text; the name's extension chooses the format. */
    record Seed(String name, String text) {
        String fileName() {
            return "report" + name.substring(name.lastIndexOf('.'));
        }

        @Override
        public String toString() {
            return name + ": " + text.length() + " chars";
        }
    }

    /** Deletes a span, duplicates a span or inserts a token, at places given as fractions of the text. */
    private record Edit(int kind, double from, double to, String token) {
        String applyTo(String text) {
            int a = (int) (Math.min(from, to) * text.length());
            int b = (int) (Math.max(from, to) * text.length());
            b = Math.min(b, a + 200);
            return switch (kind) {
                case 0 -> text.substring(0, a) + text.substring(b);
                case 1 -> text.substring(0, b) + text.substring(a, b) + text.substring(b);
                default -> text.substring(0, a) + token + text.substring(a);
            };
        }
    }
}
