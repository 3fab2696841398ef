package org.reportlint.core.custom;

/**
 * A configured message: each {@code %s} in turn is replaced by the next argument (the matched text first), and
 * {@code %%} is a percent sign; any other {@code %} is kept as written, so a message about "50% CAGR" needs no
 * escaping. Arguments beyond the placeholders are ignored; placeholders beyond the arguments stay empty.
 */
record MessageTemplate(String text) {

    String format(String... arguments) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) == 's') {
                out.append(next < arguments.length ? arguments[next] : "");
                next++;
                i++;
            } else if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) == '%') {
                out.append('%');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
