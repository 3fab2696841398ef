package org.reportlint.core.format.internal;

/** The {@code checkstyle} format: Checkstyle XML by {@link CheckstyleFormatter}. */
public final class CheckstyleFormatProvider extends BuiltInFormat {

    public CheckstyleFormatProvider() {
        super("checkstyle", "Checkstyle XML, for CI dashboards and review bots",
                "checkstyle.xml", context -> new CheckstyleFormatter());
    }
}
