/**
 * What the rules about a market's figures share: weighing statements of one figure against each other to find the
 * value most of them agree with.
 */
package org.reportlint.rules.figures;
