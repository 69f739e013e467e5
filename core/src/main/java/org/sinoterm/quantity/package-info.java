/**
 * Numbers in Chinese and English words, and quantities with their units, ranges, bounds and rates, read from
 * English and Chinese text and normalized to exact decimals.
 */
package org.sinoterm.quantity;
