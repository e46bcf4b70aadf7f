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

  /** Copies and sorts. */
  public Impact {
    Map<FieldPath, List<String>> copy = new TreeMap<>();
    readers.forEach((path, names) -> copy.put(path, names.stream().sorted().distinct().toList()));
    readers = Collections.unmodifiableMap(copy);
    unread = unread.stream().sorted().distinct().toList();
  }
}
