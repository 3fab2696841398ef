package org.reportlint.core.run;

/**
 * A request that cannot run as asked: an unknown rule, a path that does not exist. Nothing was linted; front ends
 * show the one-line message and exit with code 2.
 */
public class UsageException extends Exception {

    public UsageException(String message) {
        super(message, null, false, false);
    }

    /** The message for a rule id nobody registered, with the nearest known id when one is close. */
    public static UsageException unknownRule(String id, java.util.Optional<String> suggestion) {
        return new UsageException("unknown rule \"" + id + "\""
                + suggestion.map(s -> " (did you mean \"" + s + "\"?)").orElse(""));
    }
}
