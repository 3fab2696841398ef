/** Which rules run on a file, at which severities and with which options: presets, settings and rule sets. */
package org.reportlint.core.config;
