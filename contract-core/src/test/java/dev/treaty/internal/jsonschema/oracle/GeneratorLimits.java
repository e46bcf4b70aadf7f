package dev.treaty.internal.jsonschema.oracle;

/**
 * How far the generator goes. Counts, not clocks, bound it, so the same schema gives the same
 * instances on any machine.
 *
 * @param maxDepth nesting depth of objects and arrays beyond which only minimal values are built
 * @param maxInstances instances returned for the root schema at most
 * @param maxPerPart candidate values for a property or item at depth 1; deeper parts get fewer
 * @param maxVariants alternatives ({@code anyOf}, {@code oneOf}, {@code if}) explored per subschema
 * @param seed the seed of every random choice
 */
record GeneratorLimits(int maxDepth, int maxInstances, int maxPerPart, int maxVariants, long seed) {

  /** The limits the oracle runs with: enough for the corpus, fast enough for every build. */
  static final GeneratorLimits DEFAULT = new GeneratorLimits(4, 160, 12, 12, 20240229L);

  GeneratorLimits {
    if (maxDepth < 1 || maxInstances < 1 || maxPerPart < 2 || maxVariants < 1) {
      throw new IllegalArgumentException("limits must be positive: " + maxDepth + ", "
          + maxInstances + ", " + maxPerPart + ", " + maxVariants);
    }
  }

  /** The values kept for a part at a depth: fewer the deeper, at least two. */
  int partLimit(int depth) {
    return Math.max(2, maxPerPart / Math.max(1, depth));
  }

  /** Beyond this depth nothing is built: a required recursion has no finite instance here. */
  int hardDepth() {
    return maxDepth + 3;
  }
}
