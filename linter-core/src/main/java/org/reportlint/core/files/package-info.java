/** Turns the paths a user gives into the files to lint: directory walking, include and exclude globs, .gitignore. */
package org.reportlint.core.files;
