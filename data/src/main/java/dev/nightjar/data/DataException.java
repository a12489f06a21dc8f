package dev.nightjar.data;

import java.nio.file.Path;

/**
 * Invalid or unreadable market data. Carries where the problem is — file, line (1-based, 0 when not
 * known), column name and offending value (each may be absent) — so the message reads like {@code
 * prices.csv:42: column 'close': expected a finite number > 0, got 'abc'}. The CLI maps it to exit
 * code 3.
 */
public final class DataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;
  private final String column;
  private final String value;
  private final String problem;

  public DataException(Path file, long line, String column, String value, String problem) {
    super(format(file, line, column, value, problem));
    this.file = file;
    this.line = line;
    this.column = column;
    this.value = value;
    this.problem = problem;
  }

  public DataException(Path file, String problem, Throwable cause) {
    super(format(file, 0, null, null, problem), cause);
    this.file = file;
    this.line = 0;
    this.column = null;
    this.value = null;
    this.problem = problem;
  }

  public DataException(Path file, String problem) {
    this(file, 0, null, null, problem);
  }

  public DataException(String problem) {
    this(null, 0, null, null, problem);
  }

  private static String format(Path file, long line, String column, String value, String problem) {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file);
      if (line > 0) {
        sb.append(':').append(line);
      }
      sb.append(": ");
    } else if (line > 0) {
      sb.append("line ").append(line).append(": ");
    }
    if (column != null) {
      sb.append("column '").append(column).append("': ");
    }
    sb.append(problem);
    if (value != null) {
      sb.append(", got '").append(abbreviate(value)).append('\'');
    }
    return sb.toString();
  }

  private static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }

  /** The file, or {@code null}. */
  public Path file() {
    return file;
  }

  /** The 1-based line, or 0 when not known. */
  public long line() {
    return line;
  }

  /** The column name, or {@code null}. */
  public String column() {
    return column;
  }

  /** The offending value as read, or {@code null}. */
  public String value() {
    return value;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
