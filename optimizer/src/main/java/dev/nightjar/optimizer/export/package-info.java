/**
 * Strategy configs: the contract between a sweep and the live runner. {@link
 * dev.nightjar.optimizer.export.ConfigExport} writes the top K rows of a sweep as {@code
 * configs/rank-001-<SYMBOL>-<strategy>.json}; {@link
 * dev.nightjar.optimizer.export.StrategyConfigs#read} reads one back with strict validation (every
 * problem with its JSON path, in one {@link dev.nightjar.data.ConfigException}).
 *
 * <h2>Schema {@code nightjar.strategy-config/1}</h2>
 *
 * <p>Changes to this schema are additive only; anything else bumps the version, and this reader
 * refuses a newer version with "written by a newer nightjar". Unknown fields are rejected at every
 * level.
 *
 * <pre>
 * | field                       | type             | meaning                                                                                   |
 * |-----------------------------|------------------|-------------------------------------------------------------------------------------------|
 * | schema                      | string           | exactly "nightjar.strategy-config/1"                                                       |
 * | strategy                    | string           | strategy family, e.g. "sma-cross" (must exist in this nightjar)                            |
 * | direction                   | string           | "long-short" or "long-only"                                                               |
 * | params                      | object           | every parameter of the strategy by name; integer parameters as JSON integers; inside the strategy's ranges and constraints |
 * | symbol                      | string           | market, e.g. "DEMO-BTC"                                                                    |
 * | timeframe                   | string           | bar length, e.g. "1h"                                                                      |
 * | execution                   | object           | every engine setting, as in a sweep spec's "execution" (fill, fee, spread, slippageBps, sizing, lotSize, minNotional, leverage, maintenanceMargin, fundingRate or fundingSchedule, stopLoss, takeProfit, trailingStop, closeAtEnd, cash) |
 * | metrics                     | object           | metric key (e.g. "sharpe") to value, every metric the sweep computed; non-finite values as "NaN", "Infinity", "-Infinity" |
 * | rank                        | integer &gt;= 1     | position in the sweep's ranking                                                            |
 * | objective.metric            | string           | metric the sweep ranked by                                                                 |
 * | objective.value             | number or string | its value (non-finite as in metrics)                                                       |
 * | provenance.sweepId          | string           | the sweep that produced it                                                                 |
 * | provenance.specHash         | string           | canonical hash of the sweep spec                                                           |
 * | provenance.dataFingerprint  | string           | "crc32c:XXXXXXXX:n=N:FIRST..LAST" of the series tested                                     |
 * | provenance.dataFrom         | integer          | open time of the first bar tested, epoch ms                                                |
 * | provenance.dataTo           | integer          | open time of the last bar tested, epoch ms (&gt;= dataFrom)                                   |
 * | provenance.nightjarVersion  | string           | version that ran the sweep                                                                 |
 * | provenance.createdAt        | integer          | creation time of the sweep, epoch ms                                                       |
 * </pre>
 *
 * <p>All fields are required except individual metrics. The file is UTF-8, two-space indented, with
 * fields in the order above and {@code \n} line ends, so the same sweep writes the same bytes.
 */
package dev.nightjar.optimizer.export;
