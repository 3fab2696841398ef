package org.reportlint.core.format;

/**
 * A report format that front ends offer by its id ({@code --format ID}, the Maven plugin's {@code formats}). Found
 * with {@link java.util.ServiceLoader} like rules: a jar adds a format by listing its provider class in
 * {@code META-INF/services/org.reportlint.core.format.FormatterProvider}. Implementations are stateless and have a
 * public no-argument constructor.
 */
public interface FormatterProvider {

    /** The permanent name users type: lower case letters, digits and hyphens, such as {@code json}. */
    String id();

    /** One line saying what the report is and who reads it, for help texts. */
    String description();

    /**
     * The file name extension of a report written to a folder, without the dot: the Maven plugin writes
     * {@code reportlint.EXTENSION}. Default: the id.
     */
    default String fileExtension() {
        return id();
    }

    /** A formatter for one run, knowing what {@code context} tells it. */
    Formatter create(FormatContext context);
}
