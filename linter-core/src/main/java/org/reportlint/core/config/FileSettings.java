package org.reportlint.core.config;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.reportlint.core.document.DocumentFormat;

/**
 * How configuration says to lint one file.
 *
 * @param rules the rules that run on it
 * @param format the format to read it as, when the {@code formats} map of a config names one; else it is detected
 * @param fallbackCharset the charset its bytes are read in when no byte order mark, {@code <meta>} declaration or
 *     NUL pattern names one: UTF-8 unless the run says otherwise (the Maven plugin's {@code encoding})
 */
public record FileSettings(RuleSet rules, Optional<DocumentFormat> format, Charset fallbackCharset) {

    public FileSettings {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fallbackCharset, "fallbackCharset");
    }

    /** These rules and format, files without a declared charset read as UTF-8. */
    public FileSettings(RuleSet rules, Optional<DocumentFormat> format) {
        this(rules, format, StandardCharsets.UTF_8);
    }

    /** These rules, and the format detected from the file. */
    public static FileSettings of(RuleSet rules) {
        return new FileSettings(rules, Optional.empty());
    }

    /** The same settings, files without a declared charset read as {@code charset}. */
    public FileSettings withFallbackCharset(Charset charset) {
        return new FileSettings(rules, format, charset);
    }
}
