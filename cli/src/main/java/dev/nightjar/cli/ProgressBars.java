package dev.nightjar.cli;

import dev.nightjar.data.ProgressListener;
import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars with rate and ETA on stderr (the progressbar library), shown only when the user can
 * see them: not with {@code --quiet}, and not when the process has no terminal (a pipe, a file,
 * CI), where a bar would only litter the log.
 */
final class ProgressBars {
  private final boolean enabled;
  private final PrintStream stream;

  ProgressBars(boolean enabled, PrintStream stream) {
    this.enabled = enabled;
    this.stream = stream;
  }

  /** Enabled for an interactive terminal unless quiet. */
  static ProgressBars forTerminal(boolean quiet) {
    return new ProgressBars(!quiet && System.console() != null, System.err);
  }

  /**
   * Starts a bar; close the returned handle when the task ends (try-with-resources). Disabled bars
   * cost nothing.
   */
  Handle start(String task, long total, String unit) {
    if (!enabled) {
      return new Handle(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setUnit(" " + unit, 1)
            .showSpeed()
            .setUpdateIntervalMillis(250)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(stream))
            .setSpeedUnit(ChronoUnit.SECONDS)
            .build();
    return new Handle(bar);
  }

  /** One running bar; also a {@link ProgressListener} for library code. */
  static final class Handle implements ProgressListener, AutoCloseable {
    private final ProgressBar bar;

    private Handle(ProgressBar bar) {
      this.bar = bar;
    }

    @Override
    public void progress(long done, long total) {
      if (bar != null) {
        synchronized (bar) {
          bar.maxHint(total);
          bar.stepTo(done);
        }
      }
    }

    /** A short text after the bar, e.g. a second rate. */
    void message(String text) {
      if (bar != null) {
        bar.setExtraMessage(text);
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
