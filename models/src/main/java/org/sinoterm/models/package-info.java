/**
 * The statistical layer: Apache OpenNLP's English sentence, token and part-of-speech models, resolved from their
 * Maven artifacts on the classpath, behind one thread-safe tagger that never sees Chinese text.
 */
package org.sinoterm.models;
