/** The {@code share-sum} rule: percentage shares of the parts of one whole that add up to more than 100%. */
package org.reportlint.rules.sharesum;
