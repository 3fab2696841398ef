package org.reportlint.benchmarks.generate;

import java.nio.file.Path;

/** The generator's command line: {@code --count N --out DIR [--seed S]}. */
record GeneratorArguments(int count, Path out, long seed) {
    static GeneratorArguments parse(String[] args) {
        Integer count = null;
        Path out = null;
        long seed = ReportGenerator.DEFAULT_SEED;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 == args.length) {
                throw new IllegalArgumentException("missing value after " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--count" -> count = count(value);
                case "--out" -> out = Path.of(value);
                case "--seed" -> seed = number("--seed", value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (count == null || out == null) {
            throw new IllegalArgumentException("--count and --out are required");
        }
        return new GeneratorArguments(count, out, seed);
    }

    private static int count(String value) {
        long parsed = number("--count", value);
        if (parsed < 1 || parsed > 10_000_000) {
            throw new IllegalArgumentException("--count must be from 1 to 10000000: " + value);
        }
        return (int) parsed;
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notNumber) {
            throw new IllegalArgumentException(name + " needs a whole number: " + value, notNumber);
        }
    }
}
