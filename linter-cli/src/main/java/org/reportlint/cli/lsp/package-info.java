/**
 * {@code reportlint lsp}: a Language Server Protocol server over standard input and output. It lints the text an
 * editor holds exactly as {@code reportlint check --stdin-filename PATH -} would, and turns the results into
 * diagnostics, quick fixes and hovers.
 */
package org.reportlint.cli.lsp;
