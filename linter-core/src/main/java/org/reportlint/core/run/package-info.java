/** One lint run as front ends ask for it: the request they build, and the runner that turns it into a result. */
package org.reportlint.core.run;
