/**
 * Dates in English and Chinese, normalized to ISO 8601: calendar dates, months, years, halves, quarters,
 * intervals and durations, with year-less dates resolved against the document date.
 */
package org.sinoterm.time;
