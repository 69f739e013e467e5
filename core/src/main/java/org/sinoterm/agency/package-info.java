/**
 * Chinese government bodies: the agency dictionary, the place names that mark local bodies, and the recognizer
 * that finds acronyms, English and Chinese names, offices, collective issuers and issuer lists.
 */
package org.sinoterm.agency;
