package org.sinoterm.cli;

/** The exit codes of {@code sinoterm}, documented in the README. */
final class ExitCode {

  /** Every input was processed. */
  static final int OK = 0;
  /** At least one input could not be read, or was skipped (binary); the others were processed. */
  static final int INPUT_FAILED = 1;
  /** The command line is wrong: an unknown option, a bad value. */
  static final int USAGE = 2;
  /** A dictionary or other configuration file is malformed. */
  static final int CONFIGURATION = 3;
  /** The output could not be written (no output file is left behind). */
  static final int OUTPUT_FAILED = 4;
  /** Standard output was closed before all output was written, as when a reader such as {@code head} stops. */
  static final int OUTPUT_CLOSED = 5;
  /** {@code sinoterm align --check} flagged glossary rows that look wrong (the report was written). */
  static final int FLAGGED = 6;

  private ExitCode() {
  }
}
