package org.reportlint.cli;

import picocli.CommandLine.IVersionProvider;

/** Answers {@code --version} from the jar manifest (see {@link ToolVersion}). */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"reportlint " + ToolVersion.get()};
    }
}
