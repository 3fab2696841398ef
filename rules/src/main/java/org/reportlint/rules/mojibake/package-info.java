/** The {@code mojibake} rule: UTF-8 text damaged by a Windows-1252 or Latin-1 reader, and lost characters. */
package org.reportlint.rules.mojibake;
