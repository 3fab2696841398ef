/** The engine: rule discovery, linting files in parallel, findings, results and exit policy. */
package org.reportlint.core.engine;
