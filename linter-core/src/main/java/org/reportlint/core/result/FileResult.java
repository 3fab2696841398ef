package org.reportlint.core.result;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What linting one file produced.
 *
 * @param path the path as given or found, {@code /}-separated
 * @param format the detected format id ({@code html}, {@code markdown}, {@code text}); empty when the file was not parsed
 * @param findings the findings in report order
 * @param errors why the file could not be read or fully linted, one line each
 * @param notices things worth saying that are not failures, such as a skipped binary file
 * @param suppressed how many findings inline directives or a baseline hid
 * @param words how many words the document's text has (markup, tags and front-matter keys not counted), counted
 *        when it was parsed; what its {@link QualityScore} is normalised by. 0 for a file that was not parsed
 */
public record FileResult(String path, Optional<String> format, List<Finding> findings, List<String> errors,
                         List<String> notices, int suppressed, int words) {

    public FileResult {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        findings = findings.stream().sorted(Finding.ORDER).toList();
        errors = List.copyOf(errors);
        notices = List.copyOf(notices);
        if (words < 0) {
            throw new IllegalArgumentException("a word count cannot be negative: " + words);
        }
    }

    /** A result whose document had no words counted (tests, results built by hand). */
    public FileResult(String path, Optional<String> format, List<Finding> findings, List<String> errors,
                      List<String> notices, int suppressed) {
        this(path, format, findings, errors, notices, suppressed, 0);
    }

    public static FileResult unreadable(String path, String reason) {
        return new FileResult(path, Optional.empty(), List.of(), List.of(reason), List.of(), 0);
    }

    public static FileResult skipped(String path, String notice) {
        return new FileResult(path, Optional.empty(), List.of(), List.of(), List.of(notice), 0);
    }

    /** The same file with other findings, errors, notices and suppressed count; its path, format and words stay. */
    public FileResult with(List<Finding> findings, List<String> errors, List<String> notices, int suppressed) {
        return new FileResult(path, format, findings, errors, notices, suppressed, words);
    }

    /** The file's quality score, or empty when it was not parsed (unreadable or skipped). */
    public java.util.OptionalInt score() {
        return QualityScore.of(this);
    }

    /** Whether the file was left out on purpose, with a notice saying why, rather than linted or unreadable. */
    public boolean isSkipped() {
        return format.isEmpty() && errors.isEmpty() && !notices.isEmpty();
    }

    /** Whether the file could not be read, or a rule failed on it. */
    public boolean hasErrors() {
        return !errors.isEmpty() || findings.stream().anyMatch(f -> f.rule().equals(EngineRules.INTERNAL_ERROR));
    }
}
