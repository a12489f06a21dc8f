/**
 * Importers, one class per external format (generic CSV, Binance kline CSV, JSON array of arrays,
 * CryptoDataDownload CSV), format detection, and the import rules: sorting, duplicate handling, gap
 * filling and row validation with errors naming file, line, column and value.
 */
package dev.nightjar.data.io;
