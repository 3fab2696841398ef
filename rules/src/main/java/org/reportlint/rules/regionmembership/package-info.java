/** The {@code region-membership} rule: countries listed under a region they are not in, and countries run together. */
package org.reportlint.rules.regionmembership;
