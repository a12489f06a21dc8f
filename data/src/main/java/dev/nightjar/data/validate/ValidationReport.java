package dev.nightjar.data.validate;

import dev.nightjar.data.Checks;
import dev.nightjar.data.TimeFormat;
import dev.nightjar.data.Timeframe;
import dev.nightjar.data.io.Gap;
import dev.nightjar.data.io.Gaps;
import java.util.List;

/**
 * What {@link Validator} found: a value the caller decides on (the CLI exits 3 when {@link
 * #errorCount()} &gt; 0). Public record components only, no cycles, so Jackson serializes it as is.
 *
 * @param source the file or series id validated
 * @param rows rows read (file) or bars (series), kept or not
 * @param firstTime earliest open time, epoch ms, or {@code null} when there is no readable row
 * @param lastTime latest open time, epoch ms, or {@code null}
 * @param timeframe the timeframe checked against, or {@code null} when it could not be inferred
 * @param timeframeInferred whether the timeframe was inferred from the most common spacing
 * @param gaps the gaps between distinct open times (the first {@link Validator#LISTED} listed)
 * @param findings one per {@link Check}, in the enum's order, including those that found nothing
 */
public record ValidationReport(
    String source,
    long rows,
    Long firstTime,
    Long lastTime,
    Timeframe timeframe,
    boolean timeframeInferred,
    Gaps gaps,
    List<Finding> findings) {
  public ValidationReport {
    Checks.notNull(source, "source");
    Checks.notNull(gaps, "gaps");
    findings = List.copyOf(Checks.notNull(findings, "findings"));
  }

  /** Occurrences of error-level checks. */
  public long errorCount() {
    return count(Severity.ERROR);
  }

  /** Occurrences of warning-level checks, gaps included. */
  public long warningCount() {
    return count(Severity.WARNING) + gaps.count();
  }

  private long count(Severity severity) {
    long n = 0;
    for (Finding f : findings) {
      if (f.severity() == severity) {
        n += f.count();
      }
    }
    return n;
  }

  /** The finding of {@code check}. */
  public Finding finding(Check check) {
    for (Finding f : findings) {
      if (f.check() == check) {
        return f;
      }
    }
    throw new IllegalArgumentException("no finding for " + check);
  }

  /** A multi-line summary for the terminal: errors first, then warnings, with ISO times. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(source).append(": ").append(rows).append(" rows");
    if (firstTime != null) {
      sb.append(", ")
          .append(TimeFormat.iso(firstTime))
          .append(" .. ")
          .append(TimeFormat.iso(lastTime));
    }
    sb.append('\n');
    sb.append("timeframe: ")
        .append(timeframe == null ? "unknown (could not be inferred)" : timeframe.label())
        .append(timeframeInferred ? " (inferred from the most common spacing)" : "")
        .append('\n');
    sb.append(errorCount()).append(" errors, ").append(warningCount()).append(" warnings\n");
    for (Severity severity : Severity.values()) {
      for (Finding f : findings) {
        if (f.severity() == severity && f.count() > 0) {
          sb.append(severity).append(": ").append(f.count()).append(' ').append(f.check().title());
          sb.append('\n');
          for (Occurrence o : f.first()) {
            sb.append("  ");
            if (o.time() != null) {
              sb.append(TimeFormat.iso(o.time())).append(" (").append(o.time()).append(") ");
            }
            if (o.line() > 0) {
              sb.append("line ").append(o.line()).append(": ");
            }
            sb.append(o.detail()).append('\n');
          }
          if (f.count() > f.first().size()) {
            sb.append("  ... and ").append(f.count() - f.first().size()).append(" more\n");
          }
        }
      }
      if (severity == Severity.WARNING && gaps.count() > 0) {
        appendGaps(sb);
      }
    }
    if (errorCount() == 0 && warningCount() == 0) {
      sb.append("no problems found\n");
    }
    return sb.toString();
  }

  private void appendGaps(StringBuilder sb) {
    sb.append("WARNING: ")
        .append(gaps.count())
        .append(" gaps, ")
        .append(gaps.missingBars())
        .append(" missing bars, longest ")
        .append(duration(gaps.longestMillis()))
        .append(" between bars")
        .append('\n');
    for (Gap g : gaps.first()) {
      sb.append("  after ")
          .append(TimeFormat.iso(g.lastBefore()))
          .append(" (")
          .append(g.lastBefore())
          .append(") until ")
          .append(TimeFormat.iso(g.firstAfter()))
          .append(": ")
          .append(g.missingBars())
          .append(" missing\n");
    }
    if (gaps.count() > gaps.first().size()) {
      sb.append("  ... and ").append(gaps.count() - gaps.first().size()).append(" more\n");
    }
  }

  /** e.g. {@code 2d 5h}, {@code 45m}. */
  static String duration(long millis) {
    long minutes = millis / 60_000;
    long days = minutes / 1440;
    long hours = minutes / 60 % 24;
    long mins = minutes % 60;
    StringBuilder sb = new StringBuilder();
    if (days > 0) {
      sb.append(days).append("d ");
    }
    if (hours > 0) {
      sb.append(hours).append("h ");
    }
    if (mins > 0 || sb.length() == 0) {
      sb.append(mins).append("m ");
    }
    return sb.toString().trim();
  }
}
