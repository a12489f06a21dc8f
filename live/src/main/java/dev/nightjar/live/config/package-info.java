/**
 * What the live runner checks before it connects: the user's {@link
 * dev.nightjar.live.config.RiskLimits} (the limits file, read strictly by {@link
 * dev.nightjar.live.config.RiskLimitsFile}) and {@link dev.nightjar.live.config.LiveConfigCheck},
 * which holds an exported strategy config to them and to the exchange's rules. Reading the config
 * itself is the optimizer's strict reader ({@code StrategyConfigs.read}); nothing here trades.
 */
package dev.nightjar.live.config;
