/** Turns the paths a user gives into the files to lint: directory walking, include and exclude globs
 * per folder, and git's ignore files from the repository root down. */
package org.reportlint.core.files;
