/**
 * Text normalization with an offset map back to the caller's string, character classes, and the one class that
 * talks to HanLP.
 */
package org.sinoterm.text;
