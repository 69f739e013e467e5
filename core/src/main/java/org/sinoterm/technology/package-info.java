/**
 * Technologies: the technology dictionary and its surface variants, the recognizer of dictionary, defined and
 * glossed technologies in English and Chinese, and the head nouns that make a noun phrase a technology.
 */
package org.sinoterm.technology;
