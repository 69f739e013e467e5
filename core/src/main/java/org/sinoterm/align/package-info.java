/**
 * Bilingual word alignment of Chinese and English: the policy vocabulary, the CC-CEDICT lexicon, English keys, and
 * the scorer behind {@link org.sinoterm.Aligner}.
 */
package org.sinoterm.align;
