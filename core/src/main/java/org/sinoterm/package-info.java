/**
 * The public API of Sinoterm: {@link org.sinoterm.Sinoterm} builds {@link org.sinoterm.Extractor}s, whose
 * {@link org.sinoterm.Extraction}s hold {@link org.sinoterm.Entity entities} with {@link org.sinoterm.Normalized
 * normalized values} and {@link org.sinoterm.Link links}. Every other package of sinoterm-core is internal.
 */
package org.sinoterm;
