package org.reportlint.core.format.internal;

/** The {@code junit} format: JUnit XML by {@link JunitFormatter}. */
public final class JunitFormatProvider extends BuiltInFormat {

    public JunitFormatProvider() {
        super("junit", "JUnit XML with a test case per finding, for CI dashboards",
                "junit.xml", context -> new JunitFormatter());
    }
}
