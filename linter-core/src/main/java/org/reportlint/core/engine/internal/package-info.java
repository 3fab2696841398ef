/** The engine's machinery, not API: turning rule reports into findings, and running files on worker threads. */
package org.reportlint.core.engine.internal;
