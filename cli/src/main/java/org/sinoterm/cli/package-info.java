/**
 * The {@code sinoterm} command line: {@code extract} (JSON Lines or TSV, one record per document) and
 * {@code schema} (the JSON Schema of the extract output).
 */
package org.sinoterm.cli;
