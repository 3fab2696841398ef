/** Applying fixes: choosing non-overlapping fixes, writing files atomically, and showing changes as diffs. */
package org.reportlint.core.fix;
