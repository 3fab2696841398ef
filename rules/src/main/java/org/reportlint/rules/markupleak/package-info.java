/** The {@code markup-leak} rule: Markdown, HTML tags and entities that a page shows as text instead of rendering. */
package org.reportlint.rules.markupleak;
