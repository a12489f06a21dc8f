/**
 * Strict JSON reading shared by the sweep spec and the strategy config: every value is read through
 * a {@link dev.nightjar.optimizer.json.JsonField} that knows its JSON path, unknown fields and
 * wrong types are problems, and all problems of a document are reported together. Also the one
 * mapping between execution settings in JSON and {@link dev.nightjar.backtest.engine.EngineConfig}.
 */
package dev.nightjar.optimizer.json;
