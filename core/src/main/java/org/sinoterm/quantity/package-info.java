/**
 * Numbers written in Chinese and English words, and (to come) quantities with units and bounds.
 */
package org.sinoterm.quantity;
