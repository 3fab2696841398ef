/**
 * Vocabularies: word lists named in configuration whose accepted terms silence findings inside them and whose
 * rejected terms are reported wherever they appear in prose.
 */
package org.reportlint.core.vocabulary;
