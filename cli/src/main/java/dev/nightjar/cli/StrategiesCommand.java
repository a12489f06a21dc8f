package dev.nightjar.cli;

import dev.nightjar.backtest.strategy.Constraint;
import dev.nightjar.backtest.strategy.ParamSpec;
import dev.nightjar.backtest.strategy.Strategies;
import dev.nightjar.backtest.strategy.Strategy;
import picocli.CommandLine.Command;

/** {@code nightjar strategies}: every strategy with its parameters, ranges and rules. */
@Command(
    name = "strategies",
    mixinStandardHelpOptions = true,
    description = "List the strategies (built-in and plug-ins) with their parameters.",
    footerHeading = "%nExample:%n",
    footer = {"  nightjar strategies", ExitCodes.HELP})
final class StrategiesCommand extends BaseCommand {
  @Override
  public Integer call() {
    for (Strategy s : Strategies.all().values()) {
      out().printf("%s — %s%n", s.name(), s.description());
      TextTable table =
          new TextTable("  parameter", "type", "min", "max", "default", "step", "meaning");
      for (ParamSpec p : s.parameters().specs()) {
        table.row(
            "  " + p.name(),
            p.integer() ? "int" : "real",
            ParamSpec.format(p.min()),
            ParamSpec.format(p.max()),
            ParamSpec.format(p.defaultValue()),
            ParamSpec.format(p.step()),
            p.description());
      }
      table.print(out());
      for (Constraint c : s.parameters().constraints()) {
        out().println("  constraint: " + c.text());
      }
      out().println();
    }
    out().flush();
    return ExitCodes.OK;
  }
}
