/** Report formats that exist only for the command-line tests, registered through ServiceLoader like a format jar. */
package org.reportlint.cli.testformats;
