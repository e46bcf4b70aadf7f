package dev.treaty.internal.jsonschema.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.model.Classification;
import java.util.ArrayList;
import java.util.List;

/**
 * Settles a pair's changes exactly when one side lists its values ({@code enum}, {@code const},
 * or the two booleans): if every listed old value satisfies the new alternative, nothing old
 * breaks backward, whatever the rules suspected from the keywords alone (a shorter
 * {@code maxLength} does not matter when no listed value is that long). The same holds forward
 * with the new values.
 */
final class ListedValues {

  /** Longer lists are not checked value by value. */
  static final int MAX_VALUES = 256;

  private ListedValues() {}

  static List<Change> settle(Pair pair, List<Change> changes) {
    if (changes.isEmpty()) {
      return changes;
    }
    boolean backward = allAccepted(pair.older(), pair.newer(), pair.kind());
    boolean forward = allAccepted(pair.newer(), pair.older(), pair.kind());
    if (!backward && !forward) {
      return changes;
    }
    List<Change> settled = new ArrayList<>(changes.size());
    for (Change change : changes) {
      settled.add(change.classified(backward ? Classification.COMPATIBLE : change.backward(),
          forward ? Classification.COMPATIBLE : change.forward()));
    }
    return settled;
  }

  private static boolean allAccepted(Conjunction writer, Conjunction reader, Kind kind) {
    List<JsonNode> values = Admission.values(writer, kind);
    if (values == null || values.size() > MAX_VALUES) {
      return false;
    }
    for (JsonNode value : values) {
      if (InstanceCheck.accepts(reader.members(), value) != Truth.TRUE) {
        return false;
      }
    }
    return true;
  }
}
