/** The engine: lints files in parallel, one parse and one pass of every enabled rule per file, and the exit policy. */
package org.reportlint.core.engine;
