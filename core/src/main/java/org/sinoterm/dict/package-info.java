/**
 * Dictionary files (UTF-8 TSV with {@code #format}, {@code #version}, {@code #source}, {@code #license} headers)
 * and the Aho–Corasick automaton that finds their surfaces in normalized text.
 */
package org.sinoterm.dict;
