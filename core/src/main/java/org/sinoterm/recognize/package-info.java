/**
 * What every recognizer implements, and the per-document set of mentions (candidate entities and links, in
 * normalized offsets) that recognizers fill and the extractor resolves into entities.
 */
package org.sinoterm.recognize;
