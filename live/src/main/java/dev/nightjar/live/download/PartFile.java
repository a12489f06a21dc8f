package dev.nightjar.live.download;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.SeriesId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages a fetch has received but not yet committed to the cache, so an interrupted fetch
 * resumes where it stopped. JSON lines, append-only: a header {@code
 * {"schema":"nightjar.fetch-part/1","series":"BTCUSDT:1h","source":"..."}}, then one line per page
 * {@code {"from":ms,"to":ms,"t":[...],"o":[...],"h":[...],"l":[...],"c":[...],"v":[...]}}, each
 * forced to disk before the next request. A crash can only tear the last line; opening the file
 * drops a torn or unreadable tail (truncating it) and keeps every whole page before it. A part file
 * of another source (another base URL or exchange symbol) is discarded rather than mixed in.
 */
final class PartFile implements AutoCloseable {
  static final String SCHEMA = "nightjar.fetch-part/1";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One received page: the range asked for and the bars that came back (possibly none). */
  record Page(TimeRange range, BarSeries bars) {}

  private final Path file;
  private final SeriesId id;
  private final List<Page> pages;
  private final boolean discardedOther;
  private FileChannel channel;

  private PartFile(Path file, SeriesId id, List<Page> pages, boolean discardedOther) {
    this.file = file;
    this.id = id;
    this.pages = pages;
    this.discardedOther = discardedOther;
  }

  /**
   * Opens (creating if needed) the part file of {@code id} fetched from {@code source}, keeping the
   * whole pages it holds from that source.
   */
  static PartFile open(Path file, SeriesId id, String source) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      String header = header(id, source);
      List<Page> pages = new ArrayList<>();
      boolean discarded = false;
      if (Files.exists(file)) {
        byte[] bytes = Files.readAllBytes(file);
        long good = readPages(bytes, header, id, pages);
        if (good < 0) {
          discarded = bytes.length > 0;
          Files.delete(file);
        } else if (good < bytes.length) {
          try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(good);
            ch.force(true);
          }
        }
      }
      PartFile part = new PartFile(file, id, pages, discarded);
      part.channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      if (part.channel.size() == 0) {
        part.write(header);
      }
      return part;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot open the part file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses the header and whole page lines into {@code pages}; returns the byte length of the
   * readable prefix, or -1 when the header is missing, torn or of another series or source.
   */
  private static long readPages(byte[] bytes, String header, SeriesId id, List<Page> pages) {
    int start = 0;
    boolean first = true;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      if (end == bytes.length) {
        break; // no newline: a torn last line
      }
      String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      if (first) {
        if (!line.equals(header)) {
          return -1;
        }
        first = false;
      } else {
        Page page = parse(line, id);
        if (page == null) {
          break;
        }
        pages.add(page);
      }
      start = end + 1;
    }
    return first ? -1 : start;
  }

  private static Page parse(String line, SeriesId id) {
    try {
      JsonNode n = JSON.readTree(line);
      TimeRange range = new TimeRange(n.get("from").asLong(), n.get("to").asLong());
      JsonNode t = n.get("t");
      int size = t.size();
      long[] time = new long[size];
      for (int i = 0; i < size; i++) {
        time[i] = t.get(i).asLong();
      }
      return new Page(
          range,
          BarSeries.of(
              id,
              time,
              column(n, "o", size),
              column(n, "h", size),
              column(n, "l", size),
              column(n, "c", size),
              column(n, "v", size)));
    } catch (IOException | RuntimeException e) {
      return null; // unreadable: treated as the torn tail
    }
  }

  private static double[] column(JsonNode n, String name, int size) {
    JsonNode a = n.get(name);
    if (a.size() != size) {
      throw new IllegalArgumentException(name + " has " + a.size() + " values, t has " + size);
    }
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      out[i] = a.get(i).doubleValue();
    }
    return out;
  }

  private static String header(SeriesId id, String source) {
    ObjectNode h = JSON.createObjectNode();
    h.put("schema", SCHEMA).put("series", id.toString()).put("source", source);
    return h.toString();
  }

  /** The pages held, in the order they were received. */
  List<Page> pages() {
    return List.copyOf(pages);
  }

  /** Whether opening found a part file of another source and deleted it. */
  boolean discardedOther() {
    return discardedOther;
  }

  /** Appends a page and forces it to disk. */
  void append(TimeRange range, BarSeries bars) {
    ObjectNode n = JSON.createObjectNode();
    n.put("from", range.from()).put("to", range.to());
    ArrayNode t = n.putArray("t");
    ArrayNode o = n.putArray("o");
    ArrayNode h = n.putArray("h");
    ArrayNode l = n.putArray("l");
    ArrayNode c = n.putArray("c");
    ArrayNode v = n.putArray("v");
    for (int i = 0; i < bars.size(); i++) {
      t.add(bars.time(i));
      o.add(bars.open(i));
      h.add(bars.high(i));
      l.add(bars.low(i));
      c.add(bars.close(i));
      v.add(bars.volume(i));
    }
    try {
      write(n.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
    }
    pages.add(new Page(range, bars));
  }

  private void write(String line) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    while (buf.hasRemaining()) {
      channel.write(buf);
    }
    channel.force(false);
  }

  /** Closes and removes the file: its pages are in the cache now. */
  void delete() {
    close();
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}
