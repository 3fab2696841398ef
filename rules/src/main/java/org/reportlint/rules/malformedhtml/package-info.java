/** The {@code malformed-html} rule: markup that a browser silently repairs, found by replaying the HTML tree builder. */
package org.reportlint.rules.malformedhtml;
