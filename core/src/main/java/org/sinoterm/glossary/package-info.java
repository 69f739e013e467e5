/**
 * Bilingual glossaries of a corpus: {@link org.sinoterm.glossary.GlossaryBuilder} gathers the extractions of many
 * documents into one {@link org.sinoterm.glossary.Glossary} entry per concept, which {@link
 * org.sinoterm.glossary.GlossaryFormat} writes as TBX-Basic, CSV or TSV. This is the second public API package of
 * sinoterm-core, beside {@link org.sinoterm}; every other package is internal.
 */
package org.sinoterm.glossary;
