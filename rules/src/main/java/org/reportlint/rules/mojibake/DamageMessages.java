package org.reportlint.rules.mojibake;

import java.util.Locale;

/** Words a finding's message out of a {@link Damage}, showing invisible characters by their code points. */
final class DamageMessages {
    private DamageMessages() {
    }

    static String of(Damage damage, String damaged) {
        return switch (damage.kind()) {
            case MISREAD -> "Mojibake " + quoted(damaged) + " (UTF-8 read as "
                    + damage.exactMisreading().orElse(Misreading.WINDOWS_1252).displayName()
                    + (damage.rounds() == 2 ? " twice" : damage.rounds() > 2 ? " " + damage.rounds() + " times" : "")
                    + "): " + shouldBe(damage.original());
            case LOST_BYTE -> "Mojibake " + quoted(damaged) + " (UTF-8 read as Windows-1252): a punctuation mark"
                    + " whose last byte was lost, so the original cannot be recovered";
            case STRAY_NO_BREAK_SPACE_LEAD -> "Mojibake " + quoted(damaged) + " before a space (a UTF-8 no-break space"
                    + " read as Windows-1252): should be removed";
            case REPLACEMENT_CHARACTER -> "Replacement character U+FFFD: the original character was lost in a wrong"
                    + " decoding";
        };
    }

    private static String shouldBe(String original) {
        if (original.equals("\uFEFF")) {
            return "a byte order mark, should be removed";
        }
        if (original.equals("\u00A0")) {
            return "should be a no-break space";
        }
        return "should be " + quoted(original);
    }

    /** The text in quotes, with spaces other than the plain space, controls and format characters as U+XXXX. */
    static String quoted(String text) {
        StringBuilder shown = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = (Character.isSpaceChar(cp) && cp != ' ') || type == Character.CONTROL
                    || type == Character.FORMAT;
            if (invisible) {
                // What String.format("<U+%04X>") writes, without parsing a format for every character.
                String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
                shown.append("<U+").append("0".repeat(Math.max(0, 4 - hex.length()))).append(hex).append('>');
            } else {
                shown.appendCodePoint(cp);
            }
        });
        return shown.append('"').toString();
    }
}
