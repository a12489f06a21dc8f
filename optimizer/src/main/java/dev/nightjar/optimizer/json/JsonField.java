package dev.nightjar.optimizer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON value with its path ({@code $.params.fast.step}) and the document's {@link Problems}.
 * Typed getters record a problem and return {@code null} (or the given default) instead of
 * throwing, so a reader finds every problem in one pass.
 */
public final class JsonField {
  private final JsonNode node;
  private final String path;
  private final Problems problems;

  public JsonField(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /** The root of a document. */
  public static JsonField root(JsonNode node, Problems problems) {
    return new JsonField(node, "$", problems);
  }

  public String path() {
    return path;
  }

  public Problems problems() {
    return problems;
  }

  /** Whether the value is absent (or JSON null). */
  public boolean isMissing() {
    return node == null || node.isMissingNode() || node.isNull();
  }

  public boolean isObject() {
    return node != null && node.isObject();
  }

  public boolean isArray() {
    return node != null && node.isArray();
  }

  public boolean isTextual() {
    return node != null && node.isTextual();
  }

  /** The raw node (for hashing or copying). */
  public JsonNode node() {
    return node;
  }

  /** Records {@code problem} at this path. */
  public void problem(String problem) {
    problems.add(path, problem);
  }

  /** Field {@code name} of this object (missing when this is not an object). */
  public JsonField get(String name) {
    JsonNode child = node != null && node.isObject() ? node.get(name) : null;
    return new JsonField(child, path + "." + name, problems);
  }

  /** The elements of this array; a problem (and no elements) when it is not an array. */
  public List<JsonField> elements() {
    List<JsonField> out = new ArrayList<>();
    if (!isArray()) {
      problem("expected an array, got " + describe());
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      out.add(new JsonField(node.get(i), path + "[" + i + "]", problems));
    }
    return out;
  }

  /** The field names of this object, in document order; a problem when it is not an object. */
  public List<String> fieldNames() {
    List<String> out = new ArrayList<>();
    if (!isObject()) {
      problem("expected an object, got " + describe());
      return out;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  /**
   * Requires an object whose fields are all in {@code known}; each other field is a problem naming
   * the known ones.
   *
   * @return whether this is an object (fields can be read)
   */
  public boolean requireObject(Set<String> known) {
    if (!isObject()) {
      problem("expected an object, got " + describe());
      return false;
    }
    for (String name : fieldNames()) {
      if (!known.contains(name)) {
        problems.add(path + "." + name, "unknown field; expected one of " + new TreeSet<>(known));
      }
    }
    return true;
  }

  /** A required string; a problem and {@code null} when absent or not text. */
  public String requireText() {
    if (isMissing()) {
      problem("required");
      return null;
    }
    return text(null);
  }

  /** A string, or {@code fallback} when absent. */
  public String text(String fallback) {
    if (isMissing()) {
      return fallback;
    }
    if (!node.isTextual()) {
      problem("expected a string, got " + describe());
      return fallback;
    }
    return node.textValue();
  }

  /** A required finite number. */
  public Double requireNumber() {
    if (isMissing()) {
      problem("required");
      return null;
    }
    return number(null);
  }

  /** A finite number, or {@code fallback} when absent. */
  public Double number(Double fallback) {
    if (isMissing()) {
      return fallback;
    }
    if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
      problem("expected a number, got " + describe());
      return fallback;
    }
    return node.doubleValue();
  }

  /** A whole number, or {@code fallback} when absent. */
  public Long whole(Long fallback) {
    if (isMissing()) {
      return fallback;
    }
    if (!node.isIntegralNumber()
        && !(node.isNumber() && node.doubleValue() == Math.rint(node.doubleValue()))) {
      problem("expected a whole number, got " + describe());
      return fallback;
    }
    return node.longValue();
  }

  /** A boolean, or {@code fallback} when absent. */
  public Boolean bool(Boolean fallback) {
    if (isMissing()) {
      return fallback;
    }
    if (!node.isBoolean()) {
      problem("expected true or false, got " + describe());
      return fallback;
    }
    return node.booleanValue();
  }

  /** The value as it appears in the document, for messages: {@code "20"} (a string), {@code 0}. */
  public String describe() {
    if (isMissing()) {
      return "nothing";
    }
    String text = node.toString();
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
