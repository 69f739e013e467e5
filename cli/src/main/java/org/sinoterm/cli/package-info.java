/**
 * The {@code sinoterm} command line: {@code extract} (JSON Lines or TSV, one record per document), {@code glossary}
 * (the corpus's bilingual glossary: TBX-Basic, CSV, TSV, JSON) and {@code schema} (the JSON Schema of the extract
 * output).
 */
package org.sinoterm.cli;
