package dev.nightjar.optimizer.json;

import dev.nightjar.data.ConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one JSON document, each as {@code $.json.path: what is wrong}. Readers
 * collect them all, then {@link #throwIfAny()} reports every one at once.
 */
public final class Problems {
  private final Path file;
  private final List<String> messages = new ArrayList<>();

  public Problems(Path file) {
    this.file = file;
  }

  /** Records a problem at {@code path}. */
  public void add(String path, String problem) {
    messages.add(path + ": " + problem);
  }

  public boolean isEmpty() {
    return messages.isEmpty();
  }

  public List<String> messages() {
    return List.copyOf(messages);
  }

  /**
   * @throws ConfigException listing every problem, one per line, when there is any
   */
  public void throwIfAny() {
    if (!messages.isEmpty()) {
      String joined =
          messages.size() == 1
              ? messages.get(0)
              : messages.size() + " problems:\n  " + String.join("\n  ", messages);
      throw new ConfigException(file, null, joined);
    }
  }
}
