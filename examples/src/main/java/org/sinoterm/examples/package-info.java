/**
 * Small runnable programs, one per use of the API. Run one with
 * {@code mvn -q -pl examples -am exec:java -Dexec.mainClass=org.sinoterm.examples.ListAgencies}.
 */
package org.sinoterm.examples;
