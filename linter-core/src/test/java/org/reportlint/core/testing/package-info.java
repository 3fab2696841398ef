/** Rules and helpers shared by the core's tests. */
package org.reportlint.core.testing;
