package dev.treaty.internal.jsonschema.rules.number;

import dev.treaty.internal.jsonschema.compare.Admission;
import dev.treaty.internal.jsonschema.compare.NumberRange;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.read.Bound;
import org.jspecify.annotations.Nullable;

/**
 * Puts the two sides' bounds on one footing: made whole only when both sides allow integers
 * only (otherwise an integer-only side compares by its bounds as written, and the change of
 * type is {@code IntegerRule}'s to report).
 */
final class Bounds {

  private Bounds() {}

  static @Nullable Bound comparable(Pair pair, boolean older, boolean lower) {
    boolean whole = Admission.integral(pair.older()) && Admission.integral(pair.newer());
    NumberRange range = NumberRange.of(older ? pair.older() : pair.newer());
    NumberRange raw = NumberRange.raw(older ? pair.older() : pair.newer());
    NumberRange used = whole ? range : raw;
    return lower ? used.lower() : used.upper();
  }

  /** Negative if the second lower bound is tighter, positive if looser, 0 if equal. */
  static int compareLower(@Nullable Bound older, @Nullable Bound newer) {
    if (older == null || newer == null) {
      return older == newer ? 0 : older == null ? -1 : 1;
    }
    int c = older.value().compareTo(newer.value());
    if (c != 0) {
      return c;
    }
    return older.exclusive() == newer.exclusive() ? 0 : newer.exclusive() ? -1 : 1;
  }

  /** Negative if the second upper bound is tighter, positive if looser, 0 if equal. */
  static int compareUpper(@Nullable Bound older, @Nullable Bound newer) {
    if (older == null || newer == null) {
      return older == newer ? 0 : older == null ? -1 : 1;
    }
    int c = newer.value().compareTo(older.value());
    if (c != 0) {
      return c;
    }
    return older.exclusive() == newer.exclusive() ? 0 : newer.exclusive() ? -1 : 1;
  }
}
