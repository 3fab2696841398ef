package org.reportlint.core.document;

import java.util.Locale;

/** The input formats reportlint understands; {@link #id()} is the name used in reports. */
public enum DocumentFormat {
    HTML("html"),
    MARKDOWN("markdown"),
    TEXT("text");

    private static final int SNIFF_CHARS = 8192;
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile(
            "<(?:!doctype|html|head|body|p|div|span|h[1-6]|ul|ol|li|table|tr|td|th|br|a|b|i|strong|em|img|meta|"
                    + "blockquote|section|article|header|footer|nav|pre|code|dl|dt|dd|hr)(?=[\\s/>])",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private final String id;

    DocumentFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * The format of a file: by extension for HTML and Markdown, otherwise HTML when the start of the text
     * contains HTML markup, else plain text.
     */
    public static DocumentFormat detect(String fileName, CharSequence text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        CharSequence head = text.subSequence(0, Math.min(text.length(), SNIFF_CHARS));
        return MARKUP.matcher(head).find() ? HTML : TEXT;
    }
}
