package dev.treaty.internal.jsonschema.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.internal.jsonschema.read.CanonicalJson;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Proves that two alternatives share no value of a kind, by the common cases: listed values
 * that differ, number ranges or string lengths that do not meet, and objects whose required
 * discriminator property has disjoint values ({@code "type": {"const": "card"}} against
 * {@code "bank"}). Not proven means "may overlap".
 */
final class Disjointness {

  private static final int MAX_DEPTH = 4;

  private Disjointness() {}

  static boolean provable(Conjunction a, Conjunction b, Kind kind) {
    return provable(a, b, kind, 0);
  }

  private static boolean provable(Conjunction a, Conjunction b, Kind kind, int depth) {
    if (!Admission.admits(a, kind) || !Admission.admits(b, kind)) {
      return true;
    }
    if (listedApart(a, b, kind) || listedApart(b, a, kind)) {
      return true;
    }
    return switch (kind) {
      case NUMBER -> NumberRange.of(a).disjoint(NumberRange.of(b));
      case STRING -> apart(a, b, "minLength", "maxLength");
      case ARRAY -> apart(a, b, "minItems", "maxItems");
      case OBJECT -> depth < MAX_DEPTH && discriminated(a, b, depth);
      default -> false;
    };
  }

  private static boolean listedApart(Conjunction a, Conjunction b, Kind kind) {
    List<JsonNode> values = Admission.values(a, kind);
    if (values == null) {
      return false;
    }
    List<JsonNode> others = Admission.values(b, kind);
    if (others != null) {
      Set<String> texts = new HashSet<>();
      values.forEach(v -> texts.add(CanonicalJson.of(v)));
      return others.stream().noneMatch(v -> texts.contains(CanonicalJson.of(v)));
    }
    return values.stream()
        .allMatch(v -> InstanceCheck.accepts(b.members(), v) == Truth.FALSE);
  }

  private static boolean apart(Conjunction a, Conjunction b, String minKeyword,
      String maxKeyword) {
    long aMin = least(a, minKeyword);
    long bMin = least(b, minKeyword);
    long aMax = most(a, maxKeyword);
    long bMax = most(b, maxKeyword);
    return aMin > bMax || bMin > aMax;
  }

  private static boolean discriminated(Conjunction a, Conjunction b, int depth) {
    Set<String> both = new HashSet<>(PropertySchemas.required(a));
    both.retainAll(PropertySchemas.required(b));
    for (String name : both) {
      List<SchemaNode> left = PropertySchemas.of(a, name);
      List<SchemaNode> right = PropertySchemas.of(b, name);
      if (left.isEmpty() || right.isEmpty()) {
        continue;
      }
      if (allApart(Alternatives.of(left), Alternatives.of(right), depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allApart(Alternatives left, Alternatives right, int depth) {
    if (left.overflow() || right.overflow()) {
      return false;
    }
    for (Conjunction x : left.list()) {
      for (Conjunction y : right.list()) {
        for (Kind kind : Kind.values()) {
          if (!provable(x, y, kind, depth)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  static long least(Conjunction alternative, String keyword) {
    long least = 0;
    for (SchemaNode member : alternative.members()) {
      Long value = member.count(keyword);
      if (value != null) {
        least = Math.max(least, value);
      }
    }
    return least;
  }

  static long most(Conjunction alternative, String keyword) {
    long most = Long.MAX_VALUE;
    for (SchemaNode member : alternative.members()) {
      Long value = member.count(keyword);
      if (value != null) {
        most = Math.min(most, value);
      }
    }
    return most;
  }
}
