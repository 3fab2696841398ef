/**
 * Runs split across machines: {@link org.reportlint.core.shard.ShardPartition} gives each shard a deterministic,
 * size-balanced part of a run's files, {@link org.reportlint.core.shard.ShardRun} and
 * {@link org.reportlint.core.shard.ShardJsonFormatter} record in a shard's JSON report what a merge needs, and
 * {@link org.reportlint.core.shard.ShardMerge} joins the shards into the result of one run. The layout of the
 * shard section is described in {@code docs/sharding.md}.
 */
package org.reportlint.core.shard;
