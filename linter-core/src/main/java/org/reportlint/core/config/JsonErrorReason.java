package org.reportlint.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Jackson parse error into a short sentence for people who edit {@code .reportlint.json} by hand. Jackson's own
 * messages name its classes, quote character codes and sometimes a source description, none of which helps a user;
 * it has no error codes, so its message wording is matched, and anything unrecognised gets a generic reason (the
 * location is still exact).
 */
final class JsonErrorReason {
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('.*?' \\(code (\\d+)\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '([^']*)'");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)'");
    private static final String A_VALUE = "expected a value (a string, number, true, false, null, array or object)";

    private JsonErrorReason() {
    }

    static String of(JsonProcessingException error) {
        String message = error.getOriginalMessage() == null ? "" : error.getOriginalMessage();
        if (error instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return endOfInput(message);
        }
        Matcher character = CHARACTER.matcher(message);
        if (character.find()) {
            return unexpectedCharacter(message, shown(Integer.parseInt(character.group(1))));
        }
        Matcher token = TOKEN.matcher(message);
        if (token.find()) {
            return "unexpected word \"" + token.group(1) + "\": " + A_VALUE;
        }
        Matcher close = CLOSE.matcher(message);
        if (close.find()) {
            return "unexpected '" + close.group(1) + "' with nothing open to close";
        }
        if (message.startsWith("Invalid numeric value")) {
            return "invalid number";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a control character (such as a tab or line break) inside a string must be escaped";
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "invalid escape sequence in a string";
        }
        return "not valid JSON";
    }

    private static String endOfInput(String message) {
        if (message.contains("closing quote")) {
            return "the file ends inside a string (missing closing '\"')";
        }
        if (message.contains("comment")) {
            return "the file ends inside a comment";
        }
        return "the file ends before the JSON is complete (missing '}' or ']'?)";
    }

    private static String unexpectedCharacter(String message, String character) {
        if (message.contains("comma to separate Object entries")) {
            return "expected a ',' or '}' after a value";
        }
        if (message.contains("comma to separate Array entries")) {
            return "expected a ',' or ']' after a value";
        }
        if (message.contains("colon to separate field name and value")) {
            return "expected a ':' after the key";
        }
        if (message.contains("double-quote to start field name")) {
            return "unexpected " + character + ": expected a key in double quotes";
        }
        if (message.contains("in numeric value")) {
            return "invalid number";
        }
        if (message.contains("expected a valid value")) {
            return "unexpected " + character + ": " + A_VALUE;
        }
        return "unexpected " + character;
    }

    /** The character as the user typed it, or its code point when it would not print. */
    private static String shown(int code) {
        return Character.isISOControl(code) ? String.format("character U+%04X", code) : "'" + Character.toString(code) + "'";
    }
}
