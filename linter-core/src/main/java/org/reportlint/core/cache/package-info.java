/**
 * The result cache of {@code --cache}: an earlier run's results replayed for files whose bytes, effective settings,
 * rule implementations and tool version are all unchanged, kept in one versioned file written atomically.
 */
package org.reportlint.core.cache;
