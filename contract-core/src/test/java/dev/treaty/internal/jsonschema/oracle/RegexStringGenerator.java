package dev.treaty.internal.jsonschema.oracle;

import dev.treaty.internal.jsonschema.oracle.RegexTree.Alternation;
import dev.treaty.internal.jsonschema.oracle.RegexTree.CharSet;
import dev.treaty.internal.jsonschema.oracle.RegexTree.Literal;
import dev.treaty.internal.jsonschema.oracle.RegexTree.Repeat;
import dev.treaty.internal.jsonschema.oracle.RegexTree.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Strings that match a regular expression, for {@code pattern} and {@code patternProperties}. It
 * reads the common constructs (literals, classes and escapes, groups, alternation, quantifiers,
 * anchors) and expands them shortest first, then with longer repetitions and seeded choices. What
 * it cannot read (back references, lookarounds, class intersections) falls back to a fixed pool of
 * candidate strings filtered by the pattern. Every string returned contains a match, as JSON
 * Schema's unanchored {@code pattern} requires.
 */
final class RegexStringGenerator {

  /** Tried when the expression uses a construct the generator does not expand. */
  private static final List<String> FALLBACK_POOL = List.of("", "a", "abc", "ABC", "Abc", "123", "0", "a1",
      "x", "xyz", "S_a", "I_a", "x_a", "foo", "bar", "hello", "Hello World", "hello world", "a-b",
      "a_b", "a.b", "a b", "2024-02-29", "12:34:56", "a@example.com", "https://example.com/",
      "-1", "1.5", "true", "null", "é", "π", "ü", "\t", " ", "aaaaaaaaaa", "AAAAAAAAAA",
      "0123456789", "abcdefghijklmnopqrstuvwxyz", "#", "$", "+", "/", "\\");

  private static final String PREFERRED = "aA0_-. xzZ9é!";

  private RegexStringGenerator() {}

  /**
   * Up to {@code count} distinct strings matching the expression, shortest expansion first.
   *
   * @param regex the expression (ECMA 262 in theory, the JDK's dialect in practice, as networknt)
   * @param count how many strings at most
   * @param seed the seed of the choices beyond the first few expansions
   * @return the strings; empty if the expression does not compile or nothing matched
   */
  static List<String> generate(String regex, int count, long seed) {
    Pattern compiled;
    try {
      compiled = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      return List.of();
    }
    Set<String> found = new LinkedHashSet<>();
    @Nullable RegexTree tree;
    try {
      tree = RegexParser.parse(regex);
    } catch (RegexParser.UnsupportedRegexException e) {
      tree = null;
    }
    if (tree != null) {
      SplittableRandom random = new SplittableRandom(seed);
      for (int bias : new int[] {0, 1, 2, 4, 8, 16}) {
        keepIfMatching(compiled, expand(tree, new Chooser(bias, null)), found);
      }
      for (int i = 0; found.size() < count && i < 3 * count; i++) {
        keepIfMatching(compiled, expand(tree, new Chooser(-1, random)), found);
      }
    }
    for (String candidate : FALLBACK_POOL) {
      keepIfMatching(compiled, candidate, found);
    }
    List<String> result = new ArrayList<>(found);
    return List.copyOf(result.subList(0, Math.min(count, result.size())));
  }

  private static void keepIfMatching(Pattern pattern, String candidate, Set<String> found) {
    if (pattern.matcher(candidate).find()) {
      found.add(candidate);
    }
  }

  private static String expand(RegexTree node, Chooser chooser) {
    StringBuilder out = new StringBuilder();
    expand(node, chooser, out);
    return out.toString();
  }

  private static void expand(RegexTree node, Chooser chooser, StringBuilder out) {
    if (out.length() > 4096) {
      return;
    }
    if (node instanceof Literal literal) {
      out.appendCodePoint(literal.codePoint());
    } else if (node instanceof CharSet set) {
      out.appendCodePoint(chooser.member(set));
    } else if (node instanceof Sequence sequence) {
      for (RegexTree item : sequence.items()) {
        expand(item, chooser, out);
      }
    } else if (node instanceof Alternation alternation) {
      expand(alternation.options().get(chooser.option(alternation.options().size())), chooser, out);
    } else if (node instanceof Repeat repeat) {
      int times = chooser.times(repeat.min(), repeat.max());
      for (int i = 0; i < times; i++) {
        expand(repeat.node(), chooser, out);
      }
    }
  }

  /** How one expansion chooses: a fixed repetition bias, or seeded random choices. */
  private static final class Chooser {
    private final int bias;
    private final @Nullable SplittableRandom random;

    Chooser(int bias, @Nullable SplittableRandom random) {
      this.bias = bias;
      this.random = random;
    }

    int option(int options) {
      return random == null ? Math.min(bias, options - 1) : random.nextInt(options);
    }

    int times(int min, int max) {
      int extra = random == null ? bias : random.nextInt(4);
      int upper = max < 0 ? Integer.MAX_VALUE : max;
      return (int) Math.min((long) min + extra, upper);
    }

    int member(CharSet set) {
      if (random == null || random.nextInt(3) == 0) {
        for (int i = 0; i < PREFERRED.length(); i++) {
          int c = PREFERRED.charAt((i + Math.max(bias, 0)) % PREFERRED.length());
          if (set.contains(c)) {
            return c;
          }
        }
      }
      if (!set.negated() && !set.ranges().isEmpty()) {
        int[] range = set.ranges().get(random == null ? 0 : random.nextInt(set.ranges().size()));
        int span = Math.min(range[1] - range[0], 0xFFFF);
        int c = range[0] + (random == null ? 0 : random.nextInt(span + 1));
        return Character.isSurrogate((char) c) ? range[0] : c;
      }
      for (int c = ' '; c < 0x3000; c++) {
        if (set.contains(c)) {
          return c;
        }
      }
      return 'a';
    }
  }
}
