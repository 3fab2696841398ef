/** The {@code foreign-market-name} rule: a boilerplate paragraph copied from another market's report with its name. */
package org.reportlint.rules.foreignmarketname;
