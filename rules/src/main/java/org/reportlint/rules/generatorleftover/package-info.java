/** The {@code generator-leftover} rule: text a chat assistant or a text generator left in a report. */
package org.reportlint.rules.generatorleftover;
