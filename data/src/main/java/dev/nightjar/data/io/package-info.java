/**
 * Importing OHLCV files into a {@link dev.nightjar.data.BarSeries}: {@link
 * dev.nightjar.data.io.Importer} (entry point), the {@link dev.nightjar.data.io.Format}s and their
 * detection, one reader per family (CSV dialects through {@code CsvReader} with a {@code CsvLayout}
 * per dialect; {@code JsonArrayReader}, {@code JsonObjectsReader} on Jackson's streaming parser),
 * the row rules ({@link dev.nightjar.data.io.BarCheck}), duplicates, gaps and {@link
 * dev.nightjar.data.io.CsvExport}.
 *
 * <p>The data path holds no object per row: cells are parsed in place from byte buffers ({@link
 * dev.nightjar.data.io.FastDouble}, {@code TimeText}) into the primitive columns of {@link
 * dev.nightjar.data.io.RawRows}, sorted through an index permutation. Bad data raise {@link
 * dev.nightjar.data.DataException} naming file, line, column and value. Data-quality reports belong
 * in {@code validate}, the binary cache in {@code cache}.
 */
package dev.nightjar.data.io;
