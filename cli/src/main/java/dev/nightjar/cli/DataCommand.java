package dev.nightjar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code nightjar data}: import, fetch, check, list, export, resample and synthesize market data.
 */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = "Import, fetch, validate, list, export, resample and synthesize OHLCV data.",
    subcommands = {
      DataImportCommand.class,
      DataFetchCommand.class,
      DataValidateCommand.class,
      DataListCommand.class,
      DataExportCommand.class,
      DataResampleCommand.class,
      DataSynthCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = ExitCodes.HELP)
final class DataCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
