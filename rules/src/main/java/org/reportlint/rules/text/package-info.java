/** Character classes shared by the rules that read every character of a report's prose. */
package org.reportlint.rules.text;
