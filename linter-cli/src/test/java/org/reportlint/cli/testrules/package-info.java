/** Rules that exist only for the command-line tests, so exact assertions do not depend on the built-in rules. */
package org.reportlint.cli.testrules;
