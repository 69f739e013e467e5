/**
 * Policy titles: the grammar of Chinese titles (issuers, wrappers, 《》 marks, periods, draft labels), English titles
 * after labels, in quotes and in title case, the catalog of well-known policies, and the links between them.
 */
package org.sinoterm.policy;
