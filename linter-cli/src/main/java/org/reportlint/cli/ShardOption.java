package org.reportlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.format.Formatter;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.FormatterProvider;
import org.reportlint.core.format.FormatterRegistry;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.run.UsageException;
import org.reportlint.core.shard.Shard;
import org.reportlint.core.shard.ShardJsonFormatter;
import org.reportlint.core.shard.ShardRun;

/**
 * {@code check --shard K/N}: which shard this run is, what may not be combined with it, the digest that tells a
 * merge whether shards belong to one run, and the JSON report that carries what the merge needs.
 */
final class ShardOption {
    private static final String JSON = "json";

    private ShardOption() {
    }

    /** The shard this run is, or empty without {@code --shard}. */
    static Optional<ShardRun> of(CheckOptions options, RuleRegistry registry, CliEnvironment environment)
            throws UsageException {
        if (options.shard == null) {
            return Optional.empty();
        }
        Shard shard;
        try {
            shard = Shard.parse(options.shard);
        } catch (IllegalArgumentException invalid) {
            throw new UsageException(invalid.getMessage());
        }
        // Standard input exists on one machine only, so no partition of it is the same everywhere.
        if (options.paths.contains("-")) {
            throw new UsageException("--shard cannot split standard input ('-'): lint it in a run of its own");
        }
        if (options.fix || options.fixDryRun) {
            throw new UsageException("--shard cannot be combined with --fix or --fix-dry-run");
        }
        if (options.baseline != null || options.updateBaseline) {
            throw new UsageException("--shard cannot be combined with --baseline: a merge applies no baseline");
        }
        return Optional.of(new ShardRun(shard, settings(options, shard, registry, environment)));
    }

    /** The formats of the run with {@code json} replaced by the shard's JSON report. */
    static FormatterRegistry withShardJson(FormatterRegistry formats, ShardRun run, RuleRegistry rules) {
        List<FormatterProvider> providers = new ArrayList<>();
        for (FormatterProvider provider : formats.providers()) {
            providers.add(provider.id().equals(JSON) ? new ShardJson(provider, run, rules) : provider);
        }
        return FormatterRegistry.of(providers);
    }

    /**
     * What besides the files decides the results of a run, hashed: the version, the shard count, the rules on the
     * class path, the paths and options given, and the bytes of a {@code --config} file. Discovered
     * {@code .reportlint.json} files are part of the tree every machine checks out, so they are not hashed.
     */
    private static String settings(CheckOptions options, Shard shard, RuleRegistry registry,
                                   CliEnvironment environment) throws UsageException {
        List<String> parts = new ArrayList<>();
        parts.add(ToolVersion.get());
        parts.add(Integer.toString(shard.count()));
        registry.allMetadata().stream().map(RuleMetadata::id).forEach(parts::add);
        parts.add("paths");
        parts.addAll(options.paths);
        parts.add("config=" + options.config);
        options.ruleOverrides().forEach(o -> parts.add((o.disable() ? "disable=" : "rule=") + o.value()));
        parts.add("follow=" + options.followSymlinks);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            if (options.config != null) {
                Path config = environment.workingDirectory().resolve(options.config);
                if (Files.isRegularFile(config)) {
                    digest.update(Files.readAllBytes(config));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException unreadable) {
            throw new UsageException("cannot read " + options.config + ": " + IoReasons.of(unreadable));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java", impossible);
        }
    }

    /** The {@code json} format of a shard: the plain report plus the shard section. */
    private record ShardJson(FormatterProvider plain, ShardRun run, RuleRegistry rules) implements FormatterProvider {
        @Override
        public String id() {
            return plain.id();
        }

        @Override
        public String description() {
            return plain.description();
        }

        @Override
        public String fileExtension() {
            return plain.fileExtension();
        }

        @Override
        public Formatter create(FormatContext context) {
            return new ShardJsonFormatter(plain.create(context), run, context.toolVersion(),
                    rules::findCrossDocument);
        }
    }
}
