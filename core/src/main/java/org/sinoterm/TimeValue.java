package org.sinoterm;

/**
 * The normalized value of a {@link EntityType#DATE} entity, in ISO 8601.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>text</th><th>normalized</th></tr>
 *   <tr><td>December 28, 2021; 2021年12月28日</td><td>value 2021-12-28</td></tr>
 *   <tr><td>January 2022; 2021年12月</td><td>value 2022-01; 2021-12</td></tr>
 *   <tr><td>2025 (in "by 2025"); 2021年</td><td>value 2025; 2021</td></tr>
 *   <tr><td>the first half of 2021; 2021年上半年</td><td>value 2021-H1</td></tr>
 *   <tr><td>Q3 2022; 2022年三季度</td><td>value 2022-Q3</td></tr>
 *   <tr><td>2010-2020; 2021—2025年</td><td>start 2010, end 2020</td></tr>
 *   <tr><td>the next five years</td><td>duration P5Y</td></tr>
 *   <tr><td>Dec. 28 (no year, no document date)</td><td>value --12-28</td></tr>
 * </table>
 *
 * @param value a calendar date, month, year, half ({@code 2021-H1}) or quarter ({@code 2022-Q3}); or a month and
 *     day without a year ({@code --12-28}) when no document date resolves it; null for an interval or duration
 * @param start the first date of an interval, or null
 * @param end the last date of an interval, or null
 * @param duration an ISO 8601 duration such as {@code P5Y}, or null
 * @since 0.1.0
 */
public record TimeValue(String value, String start, String end, String duration) implements Normalized {

  public TimeValue {
    if (value == null && start == null && end == null && duration == null) {
      throw new IllegalArgumentException("a time value needs a value, an interval or a duration");
    }
  }

  /** A single date, month, year, half or quarter. */
  public static TimeValue of(String value) {
    return new TimeValue(value, null, null, null);
  }

  /** An interval from {@code start} to {@code end}, both inclusive; either may be null for an open end. */
  public static TimeValue interval(String start, String end) {
    return new TimeValue(null, start, end, null);
  }

  /** A duration such as P5Y. */
  public static TimeValue duration(String duration) {
    return new TimeValue(null, null, null, duration);
  }
}
