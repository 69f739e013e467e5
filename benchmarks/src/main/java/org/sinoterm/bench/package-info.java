/**
 * JMH benchmarks: Sinoterm side by side with the libraries it is compared with, on the same text in the same
 * run. Run with {@code java -jar benchmarks/target/sinoterm-benchmarks.jar}.
 */
package org.sinoterm.bench;
