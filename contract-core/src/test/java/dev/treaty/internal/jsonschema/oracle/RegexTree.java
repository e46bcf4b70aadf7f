package dev.treaty.internal.jsonschema.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * A regular expression read into the few constructs the {@link RegexStringGenerator} expands:
 * literals, character sets, sequences, alternatives and repetitions. Anchors and word boundaries
 * read as empty sequences: the strings built match them anyway, or the final check drops them.
 */
sealed interface RegexTree permits RegexTree.Literal, RegexTree.CharSet, RegexTree.Sequence,
    RegexTree.Alternation, RegexTree.Repeat {

  /** One code point. */
  record Literal(int codePoint) implements RegexTree {}

  /**
   * A character class: inclusive code point ranges, or everything outside them.
   *
   * @param ranges {@code {low, high}} pairs
   * @param negated whether the set is everything but the ranges
   */
  record CharSet(List<int[]> ranges, boolean negated) implements RegexTree {
    boolean contains(int c) {
      boolean in = false;
      for (int[] range : ranges) {
        if (c >= range[0] && c <= range[1]) {
          in = true;
          break;
        }
      }
      return in != negated;
    }

    /** The same set written as ranges without negation. */
    List<int[]> positiveRanges() {
      return negated ? complement(ranges) : ranges;
    }

    private static List<int[]> complement(List<int[]> ranges) {
      List<int[]> sorted = new ArrayList<>(ranges);
      sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
      List<int[]> result = new ArrayList<>();
      int next = 0;
      for (int[] range : sorted) {
        if (range[0] > next) {
          result.add(new int[] {next, range[0] - 1});
        }
        next = Math.max(next, range[1] + 1);
      }
      if (next <= Character.MAX_CODE_POINT) {
        result.add(new int[] {next, Character.MAX_CODE_POINT});
      }
      return result;
    }
  }

  /** Items one after another. */
  record Sequence(List<RegexTree> items) implements RegexTree {}

  /** One of several options. */
  record Alternation(List<RegexTree> options) implements RegexTree {}

  /**
   * A repetition.
   *
   * @param max the most repetitions, or -1 for no limit
   */
  record Repeat(RegexTree node, int min, int max) implements RegexTree {}
}
