package dev.nightjar.optimizer.run.log;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.nightjar.data.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sweep's {@code manifest.json}: what runs (spec, data, code version, chunking) and how far it
 * got. Rewritten atomically ({@link AtomicFile}) whenever progress is checkpointed; on {@code
 * --resume} it is read strictly and compared with the manifest of the new start ({@link
 * #incompatibilities}).
 *
 * @param schema always {@link #SCHEMA}
 * @param sweepId set once at the first start, e.g. the spec name and creation time
 * @param specFile the spec path as the user gave it
 * @param createdAt epoch ms of the first start, kept on resume
 * @param symbols the sweep's sorted {@code SYM:TF} list (result rows index into it)
 * @param dataFingerprints {@code SYM:TF} → {@code Fingerprint.of(series)}, one per symbol
 * @param combinations parameter combinations per symbol
 * @param combinationsPerTask chunk size of a task
 * @param tasks task count
 * @param completedTasks tasks in the results log at the last checkpoint
 * @param updatedAt epoch ms of the last checkpoint
 */
@JsonPropertyOrder({
  "schema",
  "sweepId",
  "specName",
  "specHash",
  "specFile",
  "nightjarVersion",
  "createdAt",
  "symbols",
  "dataFingerprints",
  "combinations",
  "combinationsPerTask",
  "tasks",
  "completedTasks",
  "status",
  "updatedAt"
})
public record Manifest(
    String schema,
    String sweepId,
    String specName,
    String specHash,
    String specFile,
    String nightjarVersion,
    long createdAt,
    List<String> symbols,
    Map<String, String> dataFingerprints,
    int combinations,
    int combinationsPerTask,
    int tasks,
    int completedTasks,
    Status status,
    long updatedAt) {
  public static final String SCHEMA = "nightjar.sweep-manifest/1";
  public static final String FILE_NAME = "manifest.json";

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  /** Where the sweep stands. */
  public enum Status {
    RUNNING,
    INTERRUPTED,
    FAILED,
    COMPLETE;

    /** The JSON name: {@code running}, … */
    @JsonValue
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Manifest {
    if (!SCHEMA.equals(schema)) {
      throw new IllegalArgumentException("schema must be " + SCHEMA + ", got " + schema);
    }
    Objects.requireNonNull(sweepId, "sweepId");
    Objects.requireNonNull(specName, "specName");
    Objects.requireNonNull(specHash, "specHash");
    Objects.requireNonNull(specFile, "specFile");
    Objects.requireNonNull(nightjarVersion, "nightjarVersion");
    Objects.requireNonNull(status, "status");
    symbols = List.copyOf(symbols);
    if (new HashSet<>(symbols).size() != symbols.size()) {
      throw new IllegalArgumentException("symbols must be distinct, got " + symbols);
    }
    dataFingerprints = Collections.unmodifiableMap(new TreeMap<>(dataFingerprints));
    if (!dataFingerprints.keySet().equals(new TreeSet<>(symbols))) {
      throw new IllegalArgumentException(
          "dataFingerprints must have one entry per symbol "
              + symbols
              + ", got "
              + dataFingerprints.keySet());
    }
    nonNegative("combinations", combinations);
    nonNegative("combinationsPerTask", combinationsPerTask);
    nonNegative("tasks", tasks);
    if (completedTasks < 0 || completedTasks > tasks) {
      throw new IllegalArgumentException(
          "completedTasks must be in 0.." + tasks + ", got " + completedTasks);
    }
  }

  private static void nonNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
  }

  /** The manifest of a first start: status {@code running}, nothing completed, updated now. */
  public static Manifest start(
      String sweepId,
      String specName,
      String specHash,
      String specFile,
      String nightjarVersion,
      long createdAt,
      List<String> symbols,
      Map<String, String> dataFingerprints,
      int combinations,
      int combinationsPerTask,
      int tasks) {
    return new Manifest(
        SCHEMA,
        sweepId,
        specName,
        specHash,
        specFile,
        nightjarVersion,
        createdAt,
        symbols,
        dataFingerprints,
        combinations,
        combinationsPerTask,
        tasks,
        0,
        Status.RUNNING,
        createdAt);
  }

  /** This manifest with new progress; everything that identifies the sweep stays. */
  public Manifest withProgress(int completedTasks, Status status, long updatedAt) {
    return new Manifest(
        schema,
        sweepId,
        specName,
        specHash,
        specFile,
        nightjarVersion,
        createdAt,
        symbols,
        dataFingerprints,
        combinations,
        combinationsPerTask,
        tasks,
        completedTasks,
        status,
        updatedAt);
  }

  /**
   * The identity of {@code resumedFrom} (sweep id, creation time) with this manifest's spec file
   * and progress: what a resumed run writes.
   */
  public Manifest resuming(Manifest resumedFrom) {
    return new Manifest(
        schema,
        resumedFrom.sweepId,
        specName,
        specHash,
        specFile,
        nightjarVersion,
        resumedFrom.createdAt,
        symbols,
        dataFingerprints,
        combinations,
        combinationsPerTask,
        tasks,
        completedTasks,
        status,
        updatedAt);
  }

  /**
   * Why a sweep checkpointed as {@code resumedFrom} cannot be resumed by this run (this manifest
   * describes the new start), one reason per line, old → new; empty when it can. The spec file
   * path, progress and times may differ.
   */
  public List<String> incompatibilities(Manifest resumedFrom) {
    List<String> reasons = new ArrayList<>();
    Manifest old = resumedFrom;
    if (!old.specHash.equals(specHash)) {
      reasons.add("the spec changed (hash " + change(old.specHash, specHash) + ")");
    }
    List<String> added = new ArrayList<>(symbols);
    added.removeAll(old.symbols);
    List<String> removed = new ArrayList<>(old.symbols);
    removed.removeAll(symbols);
    if (!added.isEmpty() || !removed.isEmpty()) {
      List<String> parts = new ArrayList<>();
      if (!added.isEmpty()) {
        parts.add("added " + String.join(", ", added));
      }
      if (!removed.isEmpty()) {
        parts.add("removed " + String.join(", ", removed));
      }
      reasons.add("symbols changed: " + String.join("; ", parts));
    } else if (!old.symbols.equals(symbols)) {
      reasons.add("symbols changed: same symbols in another order");
    }
    for (Map.Entry<String, String> e : dataFingerprints.entrySet()) {
      String before = old.dataFingerprints.get(e.getKey());
      if (before != null && !before.equals(e.getValue())) {
        reasons.add("data " + e.getKey() + " changed (" + before + " → " + e.getValue() + ")");
      }
    }
    if (!old.nightjarVersion.equals(nightjarVersion)) {
      reasons.add(
          "nightjar version changed (" + old.nightjarVersion + " → " + nightjarVersion + ")");
    }
    if (old.combinations != combinations
        || old.combinationsPerTask != combinationsPerTask
        || old.tasks != tasks) {
      reasons.add("chunking changed (" + chunking(old) + " → " + chunking(this) + ")");
    }
    return reasons;
  }

  private static String chunking(Manifest m) {
    return m.combinations
        + " combinations in "
        + m.tasks
        + " tasks of "
        + m.combinationsPerTask
        + " per symbol";
  }

  /** Long hashes cut to 12 characters, unless that hides the difference. */
  private static String change(String before, String after) {
    String a = abbreviate(before);
    String b = abbreviate(after);
    return a.equals(b) ? before + " → " + after : a + " → " + b;
  }

  private static String abbreviate(String hash) {
    return hash.length() <= 12 ? hash : hash.substring(0, 12) + "…";
  }

  /** Writes {@code dir/manifest.json} atomically and durably. */
  public void write(Path dir) {
    byte[] json;
    try {
      json = JSON.writeValueAsBytes(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a manifest as JSON", e);
    }
    AtomicFile.writeUnchecked(
        dir.resolve(FILE_NAME),
        out -> {
          out.write(json);
          out.write('\n');
        });
  }

  /**
   * Reads {@code dir/manifest.json}.
   *
   * @throws CheckpointException when it is missing, not JSON, has unknown, missing, null or
   *     mistyped fields, or invalid values; the message names the file and the field ({@code
   *     runs/x/manifest.json: $.specHash: missing})
   */
  public static Manifest read(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    JsonNode tree;
    try (InputStream in = Files.newInputStream(file)) {
      tree = JSON.readTree(in);
    } catch (NoSuchFileException e) {
      throw new CheckpointException(file, "no manifest here", e);
    } catch (JsonProcessingException e) {
      throw new CheckpointException(file, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new CheckpointException(file, "expected a JSON object");
    }
    List<String> problems = new ArrayList<>();
    Set<String> fields = new LinkedHashSet<>();
    for (RecordComponent c : Manifest.class.getRecordComponents()) {
      fields.add(c.getName());
    }
    tree.fieldNames()
        .forEachRemaining(
            name -> {
              if (!fields.contains(name)) {
                problems.add("$." + name + ": unknown field");
              }
            });
    for (String name : fields) {
      if (!tree.has(name)) {
        problems.add("$." + name + ": missing");
      } else if (tree.get(name).isNull()) {
        problems.add("$." + name + ": must not be null");
      }
    }
    if (!problems.isEmpty()) {
      throw new CheckpointException(file, String.join("; ", problems));
    }
    try {
      return JSON.treeToValue(tree, Manifest.class);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new CheckpointException(file, cause.getMessage(), e);
    } catch (MismatchedInputException e) {
      throw new CheckpointException(file, where(e) + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new CheckpointException(file, e.getOriginalMessage(), e);
    }
  }

  private static String where(MismatchedInputException e) {
    StringBuilder sb = new StringBuilder("$");
    for (var ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
