package org.reportlint.rules.mojibake;

/**
 * One character whose UTF-8 bytes a single-byte reader showed as several characters, such as {@code ’} shown as
 * {@code â€™}: the text range {@code [start, end)} of those characters and the code point they stand for.
 */
record MisreadCharacter(int start, int end, int codePoint) {

    /**
     * The misread character at {@code index}, if the characters there are the single-byte reading of one strict
     * UTF-8 sequence for a character real text would contain, or for a C1 control that a deeper layer of damage
     * may explain; {@code null} otherwise.
     */
    static MisreadCharacter at(CharSequence text, int index) {
        int lead = Windows1252.byteOf(text.charAt(index));
        int length = lead < 0 ? 0 : Utf8Sequence.length(lead);
        if (length == 0 || index + length > text.length()) {
            return null;
        }
        int[] bytes = new int[length];
        bytes[0] = lead;
        for (int k = 1; k < length; k++) {
            int b = Windows1252.byteOf(text.charAt(index + k));
            boolean valid = k == 1 ? Utf8Sequence.validSecond(lead, b) : Utf8Sequence.isContinuation(b);
            if (b < 0 || !valid) {
                return null;
            }
            bytes[k] = b;
        }
        int codePoint = Utf8Sequence.codePoint(bytes);
        boolean c1Control = codePoint >= 0x80 && codePoint <= 0x9F;
        return c1Control || isTextCharacter(codePoint) ? new MisreadCharacter(index, index + length, codePoint) : null;
    }

    /** Whether every character of a repair is one real text would contain. */
    static boolean isText(String text) {
        return text.codePoints().allMatch(MisreadCharacter::isTextCharacter);
    }

    /** Decoding that lands on a control, a private-use or unassigned code point is a coincidence, not a repair. */
    private static boolean isTextCharacter(int codePoint) {
        int type = Character.getType(codePoint);
        boolean nonCharacter = (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
        return type != Character.UNASSIGNED && type != Character.PRIVATE_USE && type != Character.SURROGATE
                && type != Character.CONTROL && !nonCharacter;
    }

    int length() {
        return end - start;
    }
}
