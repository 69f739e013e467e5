/**
 * The {@code sinoterm} command line: {@code extract} (JSON Lines or TSV, one record per document), {@code glossary}
 * (the corpus's bilingual glossary: TBX-Basic, CSV, TSV, JSON), {@code align} (two lists matched one to one, or a
 * glossary checked), {@code report} (an HTML page of the entities) and {@code schema} (the JSON Schema of the extract
 * output).
 */
package org.sinoterm.cli;
