package org.reportlint.cli.testcharsets;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.spi.CharsetProvider;
import java.util.Iterator;
import java.util.List;

/**
 * A charset, {@code x-reportlint-broken}, whose decoder reads ASCII and throws on any other byte: a decoder with a
 * bug, such as a third-party charset on the user's class path may have, for the tests of one file's failure.
 */
public final class BrokenCharsetProvider extends CharsetProvider {
    static final Charset BROKEN = new Broken();

    @Override
    public Iterator<Charset> charsets() {
        return List.of(BROKEN).iterator();
    }

    @Override
    public Charset charsetForName(String name) {
        return BROKEN.name().equalsIgnoreCase(name) ? BROKEN : null;
    }

    private static final class Broken extends Charset {
        Broken() {
            super("x-reportlint-broken", new String[0]);
        }

        @Override
        public boolean contains(Charset other) {
            return false;
        }

        @Override
        public CharsetDecoder newDecoder() {
            return new CharsetDecoder(this, 1, 1) {
                @Override
                protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
                    while (in.hasRemaining()) {
                        if (!out.hasRemaining()) {
                            return CoderResult.OVERFLOW;
                        }
                        byte b = in.get();
                        if (b < 0) {
                            throw new IllegalStateException("decoder bug at byte " + (b & 0xFF));
                        }
                        out.put((char) b);
                    }
                    return CoderResult.UNDERFLOW;
                }
            };
        }

        @Override
        public CharsetEncoder newEncoder() {
            throw new UnsupportedOperationException("decode only");
        }

        @Override
        public boolean canEncode() {
            return false;
        }
    }
}
