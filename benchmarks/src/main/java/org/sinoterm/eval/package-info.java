/**
 * Accuracy evaluation: the annotated corpus (authored in a light markup, compiled to JSON Lines), and
 * {@code sinoterm-eval}, which scores an extractor against it per entity type and per link type.
 */
package org.sinoterm.eval;
