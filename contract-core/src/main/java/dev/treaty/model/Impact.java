package dev.treaty.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who reads what: the lineage a platform team asks for.
 *
 * @param readers for each path some consumer reads, the consumers that read it, sorted
 * @param unread the schema's fields that no registered consumer reads (safe to change as far as
 *     consumers are concerned), sorted
 */
public record Impact(Map<FieldPath, List<String>> readers, List<FieldPath> unread) {

  /**
   * The consumers a change at a path affects: those that read the path, a field inside it, or
   * the object that holds it.
   *
   * @param path where a change is
   * @return the consumers, sorted; empty when no registered consumer reads anything there
   */
  public List<String> readersOf(FieldPath path) {
    return readers.entrySet().stream()
        .filter(e -> e.getKey().startsWith(path) || (path.startsWith(e.getKey()) && !e.getKey().isRoot()))
        .flatMap(e -> e.getValue().stream()).distinct().sorted().toList();
  }

  /** Copies and sorts. */
  public Impact {
    Map<FieldPath, List<String>> copy = new TreeMap<>();
    readers.forEach((path, names) -> copy.put(path, names.stream().sorted().distinct().toList()));
    readers = Collections.unmodifiableMap(copy);
    unread = unread.stream().sorted().distinct().toList();
  }
}
