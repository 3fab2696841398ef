package org.reportlint.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;

/**
 * The whole-process floor a linter of these files is compared with: read each file, decode it as UTF-8 (bad bytes
 * replaced), parse it with jsoup tracking positions, a new parser per file, on a fixed number of threads; nothing
 * else. Prints files, bytes, elements and milliseconds.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.reportlint.benchmarks.BareParse DIR [THREADS]</pre>
 */
public final class BareParse {
    private BareParse() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BareParse DIR [THREADS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int threads = args.length == 2 ? Integer.parseInt(args[1]) : 2;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException unreadable) {
            System.err.println("bare-parse: " + dir + ": cannot list: " + unreadable.getMessage());
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        AtomicLong bytes = new AtomicLong();
        AtomicLong elements = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> parses = files.stream().<Future<?>>map(file -> pool.submit(() -> {
                byte[] content = read(file);
                bytes.addAndGet(content.length);
                elements.addAndGet(Parser.htmlParser().setTrackPosition(true)
                        .parseInput(decode(content), "").getAllElements().size());
            })).toList();
            for (Future<?> parse : parses) {
                parse.get();
            }
        } catch (java.util.concurrent.ExecutionException failed) {
            System.err.println("bare-parse: " + failed.getCause().getMessage());
            System.exit(1);
        } finally {
            pool.shutdown();
        }
        System.out.printf("bare-parse: %d files, %d bytes, %d elements, %d ms on %d threads%n", files.size(),
                bytes.get(), elements.get(), (System.nanoTime() - start) / 1_000_000, threads);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(file + ": cannot read: " + unreadable.getMessage(), unreadable);
        }
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException cannotHappen) {
            throw new IllegalStateException("a replacing decoder does not throw", cannotHappen);
        }
    }
}
