package org.reportlint.core.format.internal;

/** The {@code sarif} format: SARIF 2.1.0 by {@link SarifFormatter}. */
public final class SarifFormatProvider extends BuiltInFormat {

    public SarifFormatProvider() {
        super("sarif", "SARIF 2.1.0, for GitHub code scanning and other SARIF viewers",
                "sarif", context -> new SarifFormatter(context.toolVersion(), context.rules(),
                        context.repositoryPath(), SarifLimits.GITHUB));
    }
}
