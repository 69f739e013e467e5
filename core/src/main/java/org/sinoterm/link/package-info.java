/**
 * Relations between mentions: acronym definitions found in the text (Schwartz and Hearst's algorithm), and the
 * parenthetical pairs that become ABBREVIATION and TRANSLATION links.
 */
package org.sinoterm.link;
