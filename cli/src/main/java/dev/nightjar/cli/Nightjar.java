package dev.nightjar.cli;

import dev.nightjar.data.SeriesId;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.Timeframe;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nightjar}: the entry point. {@code System.exit} happens here and nowhere else. */
@Command(
    name = "nightjar",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Overnight strategy research for crypto markets.",
    subcommands = {
      DemoCommand.class,
      DataCommand.class,
      IndicatorsCommand.class,
      StrategiesCommand.class,
      BacktestCommand.class,
      SweepCommand.class,
      ReportCommand.class,
      ExportCommand.class,
      LiveCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nGetting started:%n",
    footer = {
      "  nightjar demo                      generate the demo data set and show it",
      "  nightjar data import FILE --symbol BTCUSDT --timeframe 1h",
      "  nightjar data list",
      ExitCodes.HELP
    })
public final class Nightjar implements Runnable {
  @Mixin GlobalOptions global = new GlobalOptions();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs one command line with the given writers; returns the exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine().setOut(out).setErr(err).execute(args);
  }

  /** The configured command tree: converters, error mapping, help sections. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Nightjar());
    cl.registerConverter(Symbol.class, Symbol::of);
    cl.registerConverter(Timeframe.class, Timeframe::parse);
    cl.registerConverter(SeriesId.class, SeriesId::parse);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setExecutionStrategy(
        parsed -> {
          Integer help = CommandLine.executeHelpRequest(parsed);
          if (help != null) {
            return help;
          }
          GlobalOptions global = cl.<Nightjar>getCommand().global;
          Logging.configure(global.home(), global.verbose);
          return new CommandLine.RunLast().execute(parsed);
        });
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setAbbreviatedOptionsAllowed(false);
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
