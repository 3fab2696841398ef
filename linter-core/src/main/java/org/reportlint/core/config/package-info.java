/**
 * Which rules run on a file, at which severities and with which options: the registry of known rules, presets,
 * settings, {@code .reportlint.json} files and the rule sets they resolve to.
 */
package org.reportlint.core.config;
