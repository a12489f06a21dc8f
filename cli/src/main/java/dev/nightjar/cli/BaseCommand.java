package dev.nightjar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every nightjar command shares: output through picocli's writers (so tests capture it), the
 * inherited {@link GlobalOptions}, progress bars and JSON output. Commands return an exit code from
 * {@link ExitCodes}; exceptions are mapped to codes in one place, {@link ErrorHandler}.
 */
abstract class BaseCommand implements Callable<Integer> {
  /**
   * Pretty JSON for {@code --json}; records are written by their components, and ids, symbols,
   * timeframes and paths as the text users type ({@code BTCUSDT:1h}, {@code 1h}).
   */
  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .registerModule(
              new SimpleModule("nightjar-text")
                  .addSerializer(SeriesId.class, ToStringSerializer.instance)
                  .addSerializer(Symbol.class, ToStringSerializer.instance)
                  .addSerializer(Timeframe.class, ToStringSerializer.instance)
                  .addSerializer(Path.class, ToStringSerializer.instance));

  @Spec CommandSpec spec;

  /** Standard output: results. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Standard error: progress, notes and errors. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  GlobalOptions global() {
    return ((Nightjar) spec.root().userObject()).global;
  }

  /** An informational line on stderr, unless {@code --quiet}. */
  void note(String format, Object... args) {
    if (!global().quiet) {
      err().printf(format + "%n", args);
      err().flush();
    }
  }

  ProgressBars progressBars() {
    return ProgressBars.forTerminal(global().quiet);
  }

  /** Writes {@code value} as indented JSON on stdout. */
  void printJson(Object value) {
    try {
      out().println(JSON.writeValueAsString(value));
      out().flush();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
