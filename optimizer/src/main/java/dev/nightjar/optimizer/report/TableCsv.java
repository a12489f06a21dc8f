package dev.nightjar.optimizer.report;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;
import tech.tablesaw.io.csv.CsvWriter;

/**
 * Writes a CSV of text cells through Tablesaw's {@link CsvWriter} in bounded chunks: rows gather in
 * a {@link Table} of at most {@code chunkRows} rows, which is appended to the stream when full, the
 * header written once with the first chunk. Memory stays at one chunk whatever the number of rows.
 * Lines end with {@code \n}; fields holding a comma, quote or line break are quoted.
 */
final class TableCsv {
  static final int CHUNK_ROWS = 10_000;

  private final Writer out;
  private final List<String> header;
  private final int chunkRows;
  private final List<String[]> pending;
  private boolean headerWritten;

  TableCsv(Writer out, List<String> header, int chunkRows) {
    if (chunkRows < 1) {
      throw new IllegalArgumentException("chunkRows must be >= 1, got " + chunkRows);
    }
    this.out = out;
    this.header = List.copyOf(header);
    this.chunkRows = chunkRows;
    this.pending = new ArrayList<>(Math.min(chunkRows, CHUNK_ROWS));
  }

  TableCsv(Writer out, List<String> header) {
    this(out, header, CHUNK_ROWS);
  }

  /** Adds one row of {@code header.size()} cells. */
  void add(String[] cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "expected " + header.size() + " cells, got " + cells.length);
    }
    pending.add(cells);
    if (pending.size() == chunkRows) {
      flushChunk();
    }
  }

  /** Writes what is pending (and the header, for a CSV without rows); the stream stays open. */
  void finish() {
    if (!pending.isEmpty() || !headerWritten) {
      flushChunk();
    }
  }

  private void flushChunk() {
    Table table = Table.create();
    for (int c = 0; c < header.size(); c++) {
      String[] values = new String[pending.size()];
      for (int r = 0; r < values.length; r++) {
        values[r] = pending.get(r)[c];
      }
      table.addColumns(StringColumn.create(header.get(c), values));
    }
    new CsvWriter()
        .write(
            table,
            CsvWriteOptions.builder(out)
                .header(!headerWritten)
                .lineEnd("\n")
                .ignoreLeadingWhitespaces(false)
                .ignoreTrailingWhitespaces(false)
                .build());
    headerWritten = true;
    pending.clear();
  }
}
