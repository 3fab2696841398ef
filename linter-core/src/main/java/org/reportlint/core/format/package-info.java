/** Report formatters: pure functions from a run's result to the text a user or a tool reads. */
package org.reportlint.core.format;
