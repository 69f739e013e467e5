package org.sinoterm.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for option values whose default picocli messages name Java exceptions: each says in words what is
 * wrong ("Invalid value for option '--charset': unknown charset 'UTF9' …"), for every command to share.
 */
final class OptionValues {

  private OptionValues() {
  }

  /** A charset name: UTF-8, GB18030, GBK, Big5, UTF-16, ISO-8859-1, … */
  static final class CharsetName implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new TypeConversionException("unknown charset '" + value + "' (for example UTF-8, GB18030, GBK, Big5, "
            + "UTF-16)");
      }
    }
  }

  /** A calendar date written YYYY-MM-DD. */
  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date written YYYY-MM-DD");
      }
    }
  }
}
