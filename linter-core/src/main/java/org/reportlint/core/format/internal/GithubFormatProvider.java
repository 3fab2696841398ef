package org.reportlint.core.format.internal;

/** The {@code github} format: GitHub workflow commands by {@link GithubFormatter}. */
public final class GithubFormatProvider extends BuiltInFormat {

    public GithubFormatProvider() {
        super("github", "GitHub Actions workflow commands that annotate a pull request",
                "github.txt", context -> new GithubFormatter());
    }
}
