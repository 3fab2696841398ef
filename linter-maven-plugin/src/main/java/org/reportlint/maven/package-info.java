/** The Maven front end: the {@code reportlint:check} goal, which builds a lint request and reports its outcome. */
package org.reportlint.maven;
