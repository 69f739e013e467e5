/**
 * Sinoterm inside a Stanford CoreNLP pipeline: the {@code sinoterm} annotator and the annotation keys it fills.
 * GPL-3.0-or-later, like CoreNLP; the rest of Sinoterm does not depend on this package.
 */
package org.sinoterm.corenlp;
