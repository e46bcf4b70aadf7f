package dev.treaty.internal.jsonschema.oracle;

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
  static final List<String> FALLBACK_POOL = List.of("", "a", "abc", "ABC", "Abc", "123", "0", "a1",
      "x", "xyz", "S_a", "I_a", "x_a", "foo", "bar", "hello", "Hello World", "hello world", "a-b",
      "a_b", "a.b", "a b", "2024-02-29", "12:34:56", "a@example.com", "https://example.com/",
      "-1", "1.5", "true", "null", "é", "π", "ü", "\t", " ", "aaaaaaaaaa", "AAAAAAAAAA",
      "0123456789", "abcdefghijklmnopqrstuvwxyz", "#", "$", "+", "/", "\\");

  private static final int[][] DIGITS = {{'0', '9'}};
  private static final int[][] WORD = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
  private static final int[][] SPACE = {{'\t', '\r'}, {' ', ' '}};
  private static final int[][] LETTERS = {{'A', 'Z'}, {'a', 'z'}, {0xC0, 0xD6}, {0xD8, 0xF6}};
  private static final int[][] UPPER = {{'A', 'Z'}};
  private static final int[][] LOWER = {{'a', 'z'}};
  private static final int[][] PUNCT = {{'!', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'}};
  private static final String PREFERRED = "aA0_-. xzZ9é!";
  private static final int MAX_CODE_POINT = 0x10FFFF;

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
    @Nullable Node tree;
    try {
      tree = new Parser(regex).parse();
    } catch (UnsupportedRegexException e) {
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

  private static String expand(Node node, Chooser chooser) {
    StringBuilder out = new StringBuilder();
    expand(node, chooser, out);
    return out.toString();
  }

  private static void expand(Node node, Chooser chooser, StringBuilder out) {
    if (out.length() > 4096) {
      return;
    }
    if (node instanceof Literal literal) {
      out.appendCodePoint(literal.codePoint());
    } else if (node instanceof CharSet set) {
      out.appendCodePoint(chooser.member(set));
    } else if (node instanceof Sequence sequence) {
      for (Node item : sequence.items()) {
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

  private sealed interface Node permits Literal, CharSet, Sequence, Alternation, Repeat {}

  private record Literal(int codePoint) implements Node {}

  private record CharSet(List<int[]> ranges, boolean negated) implements Node {
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
  }

  private record Sequence(List<Node> items) implements Node {}

  private record Alternation(List<Node> options) implements Node {}

  private record Repeat(Node node, int min, int max) implements Node {}

  /** A construct the generator does not expand; the caller falls back to the pool. */
  private static final class UnsupportedRegexException extends Exception {
    private static final long serialVersionUID = 1L;

    UnsupportedRegexException(String construct) {
      super(construct, null, false, false);
    }
  }

  /** A recursive-descent reader of the expression into the tree above. */
  private static final class Parser {
    private final String text;
    private int at;

    Parser(String text) {
      this.text = text;
    }

    Node parse() throws UnsupportedRegexException {
      Node node = alternation();
      if (at < text.length()) {
        throw new UnsupportedRegexException("unbalanced )");
      }
      return node;
    }

    private Node alternation() throws UnsupportedRegexException {
      List<Node> options = new ArrayList<>();
      options.add(sequence());
      while (peek('|')) {
        at++;
        options.add(sequence());
      }
      return options.size() == 1 ? options.get(0) : new Alternation(List.copyOf(options));
    }

    private Node sequence() throws UnsupportedRegexException {
      List<Node> items = new ArrayList<>();
      while (at < text.length() && !peek('|') && !peek(')')) {
        Node atom = atom();
        items.add(quantified(atom));
      }
      return new Sequence(List.copyOf(items));
    }

    private Node quantified(Node atom) throws UnsupportedRegexException {
      Node node = atom;
      while (at < text.length()) {
        char c = text.charAt(at);
        int min;
        int max;
        if (c == '*') {
          min = 0;
          max = -1;
          at++;
        } else if (c == '+') {
          min = 1;
          max = -1;
          at++;
        } else if (c == '?') {
          min = 0;
          max = 1;
          at++;
        } else if (c == '{' && text.indexOf('}', at) > at
            && text.substring(at + 1, text.indexOf('}', at)).matches("\\d+(,\\d*)?")) {
          String inside = text.substring(at + 1, text.indexOf('}', at));
          at = text.indexOf('}', at) + 1;
          int comma = inside.indexOf(',');
          min = Integer.parseInt(comma < 0 ? inside : inside.substring(0, comma));
          max = comma < 0 ? min
              : comma == inside.length() - 1 ? -1 : Integer.parseInt(inside.substring(comma + 1));
        } else {
          return node;
        }
        if (peek('?') || peek('+')) {
          at++; // lazy and possessive forms match the same strings
        }
        node = new Repeat(node, min, max);
      }
      return node;
    }

    private Node atom() throws UnsupportedRegexException {
      char c = text.charAt(at++);
      switch (c) {
        case '(':
          return group();
        case '[':
          return charClass();
        case '.':
          return new CharSet(List.of(new int[] {'\n', '\n'}, new int[] {'\r', '\r'}), true);
        case '^':
        case '$':
          return new Sequence(List.of());
        case '\\':
          return escape(false);
        default:
          at--;
          int cp = text.codePointAt(at);
          at += Character.charCount(cp);
          return new Literal(cp);
      }
    }

    private Node group() throws UnsupportedRegexException {
      if (peek('?')) {
        at++;
        if (peek(':')) {
          at++;
        } else if (peek('<') && at + 1 < text.length() && text.charAt(at + 1) != '='
            && text.charAt(at + 1) != '!') {
          at = text.indexOf('>', at) + 1;
          if (at == 0) {
            throw new UnsupportedRegexException("group name");
          }
        } else {
          throw new UnsupportedRegexException("lookaround or inline flag");
        }
      }
      Node inside = alternation();
      if (!peek(')')) {
        throw new UnsupportedRegexException("unclosed group");
      }
      at++;
      return inside;
    }

    private Node charClass() throws UnsupportedRegexException {
      boolean negated = peek('^');
      if (negated) {
        at++;
      }
      List<int[]> ranges = new ArrayList<>();
      boolean first = true;
      while (at < text.length() && (first || !peek(']'))) {
        first = false;
        if (peek('[') || text.startsWith("&&", at)) {
          throw new UnsupportedRegexException("nested class");
        }
        int low;
        if (peek('\\')) {
          at++;
          Node escaped = escape(true);
          if (escaped instanceof CharSet set) {
            ranges.addAll(set.negated() ? complement(set.ranges()) : set.ranges());
            continue;
          }
          low = ((Literal) escaped).codePoint();
        } else {
          low = text.codePointAt(at);
          at += Character.charCount(low);
        }
        int high = low;
        if (peek('-') && at + 1 < text.length() && text.charAt(at + 1) != ']') {
          at++;
          if (peek('\\')) {
            at++;
            Node escaped = escape(true);
            if (!(escaped instanceof Literal literal)) {
              throw new UnsupportedRegexException("class range to a class");
            }
            high = literal.codePoint();
          } else {
            high = text.codePointAt(at);
            at += Character.charCount(high);
          }
        }
        ranges.add(new int[] {Math.min(low, high), Math.max(low, high)});
      }
      if (!peek(']')) {
        throw new UnsupportedRegexException("unclosed class");
      }
      at++;
      return new CharSet(List.copyOf(ranges), negated);
    }

    private Node escape(boolean inClass) throws UnsupportedRegexException {
      if (at >= text.length()) {
        throw new UnsupportedRegexException("trailing backslash");
      }
      char c = text.charAt(at++);
      switch (c) {
        case 'd': return set(DIGITS, false);
        case 'D': return set(DIGITS, true);
        case 'w': return set(WORD, false);
        case 'W': return set(WORD, true);
        case 's': return set(SPACE, false);
        case 'S': return set(SPACE, true);
        case 't': return new Literal('\t');
        case 'n': return new Literal('\n');
        case 'r': return new Literal('\r');
        case 'f': return new Literal('\f');
        case 'v': return new Literal(0x0B);
        case '0': return new Literal(0);
        case 'u': return new Literal(hex(4));
        case 'x': return new Literal(hex(2));
        case 'p':
        case 'P':
          return property(c == 'P');
        case 'b':
        case 'B':
        case 'A':
        case 'z':
        case 'Z':
        case 'G':
          if (inClass) {
            throw new UnsupportedRegexException("assertion in class");
          }
          return new Sequence(List.of());
        default:
          if (Character.isDigit(c) || c == 'k' || c == 'Q') {
            throw new UnsupportedRegexException("back reference or quoting");
          }
          return new Literal(c);
      }
    }

    private Node property(boolean negated) throws UnsupportedRegexException {
      String name;
      if (peek('{')) {
        int close = text.indexOf('}', at);
        if (close < 0) {
          throw new UnsupportedRegexException("unclosed property");
        }
        name = text.substring(at + 1, close);
        at = close + 1;
      } else {
        name = String.valueOf(text.charAt(at++));
      }
      int[][] ranges = switch (name.replace("Is", "")) {
        case "L", "Alpha", "Alphabetic", "Letter" -> LETTERS;
        case "Lu", "Upper", "Uppercase" -> UPPER;
        case "Ll", "Lower", "Lowercase" -> LOWER;
        case "N", "Nd", "Digit" -> DIGITS;
        case "Alnum" -> new int[][] {{'0', '9'}, {'A', 'Z'}, {'a', 'z'}};
        case "Punct", "P" -> PUNCT;
        case "Space", "White_Space" -> SPACE;
        default -> throw new UnsupportedRegexException("property " + name);
      };
      return set(ranges, negated);
    }

    private int hex(int digits) throws UnsupportedRegexException {
      if (at + digits > text.length()) {
        throw new UnsupportedRegexException("short hex escape");
      }
      try {
        int value = Integer.parseInt(text.substring(at, at + digits), 16);
        at += digits;
        return value;
      } catch (NumberFormatException e) {
        throw new UnsupportedRegexException("hex escape");
      }
    }

    private static CharSet set(int[][] ranges, boolean negated) {
      return new CharSet(List.of(ranges), negated);
    }

    private boolean peek(char c) {
      return at < text.length() && text.charAt(at) == c;
    }
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
    if (next <= MAX_CODE_POINT) {
      result.add(new int[] {next, MAX_CODE_POINT});
    }
    return result;
  }
}
