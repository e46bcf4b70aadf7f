package dev.treaty.internal.jsonschema.oracle;

import dev.treaty.internal.jsonschema.oracle.RegexTree.Alternation;
import dev.treaty.internal.jsonschema.oracle.RegexTree.CharSet;
import dev.treaty.internal.jsonschema.oracle.RegexTree.Literal;
import dev.treaty.internal.jsonschema.oracle.RegexTree.Repeat;
import dev.treaty.internal.jsonschema.oracle.RegexTree.Sequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a regular expression into a {@link RegexTree}, by recursive descent. Constructs that
 * cannot be expanded into matching strings (back references, lookarounds, inline flags, class
 * intersections, unknown Unicode properties) are refused with {@link UnsupportedRegexException}.
 */
final class RegexParser {

  private static final int[][] DIGITS = {{'0', '9'}};
  private static final int[][] WORD = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
  private static final int[][] SPACE = {{'\t', '\r'}, {' ', ' '}};
  private static final int[][] LETTERS = {{'A', 'Z'}, {'a', 'z'}, {0xC0, 0xD6}, {0xD8, 0xF6}};
  private static final int[][] UPPER = {{'A', 'Z'}};
  private static final int[][] LOWER = {{'a', 'z'}};
  private static final int[][] PUNCT = {{'!', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'}};

  private final String text;
  private int at;

  private RegexParser(String text) {
    this.text = text;
  }

  /**
   * Reads an expression.
   *
   * @param regex the expression
   * @return its tree
   * @throws UnsupportedRegexException if it uses a construct the generator does not expand
   */
  static RegexTree parse(String regex) throws UnsupportedRegexException {
    return new RegexParser(regex).parse();
  }

  /** A construct the generator does not expand; the caller falls back to its pool. */
  static final class UnsupportedRegexException extends Exception {
    private static final long serialVersionUID = 1L;

    UnsupportedRegexException(String construct) {
      super(construct, null, false, false);
    }
  }

  private RegexTree parse() throws UnsupportedRegexException {
    RegexTree node = alternation();
    if (at < text.length()) {
      throw new UnsupportedRegexException("unbalanced )");
    }
    return node;
  }

  private RegexTree alternation() throws UnsupportedRegexException {
    List<RegexTree> options = new ArrayList<>();
    options.add(sequence());
    while (peek('|')) {
      at++;
      options.add(sequence());
    }
    return options.size() == 1 ? options.get(0) : new Alternation(List.copyOf(options));
  }

  private RegexTree sequence() throws UnsupportedRegexException {
    List<RegexTree> items = new ArrayList<>();
    while (at < text.length() && !peek('|') && !peek(')')) {
      RegexTree atom = atom();
      items.add(quantified(atom));
    }
    return new Sequence(List.copyOf(items));
  }

  private RegexTree quantified(RegexTree atom) throws UnsupportedRegexException {
    RegexTree node = atom;
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

  private RegexTree atom() throws UnsupportedRegexException {
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

  private RegexTree group() throws UnsupportedRegexException {
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
    RegexTree inside = alternation();
    if (!peek(')')) {
      throw new UnsupportedRegexException("unclosed group");
    }
    at++;
    return inside;
  }

  private RegexTree charClass() throws UnsupportedRegexException {
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
        RegexTree escaped = escape(true);
        if (escaped instanceof CharSet set) {
          ranges.addAll(set.positiveRanges());
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
          RegexTree escaped = escape(true);
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

  private RegexTree escape(boolean inClass) throws UnsupportedRegexException {
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

  private RegexTree property(boolean negated) throws UnsupportedRegexException {
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
