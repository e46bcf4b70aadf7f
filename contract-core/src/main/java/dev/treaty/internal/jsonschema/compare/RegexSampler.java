package dev.treaty.internal.jsonschema.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a few strings that a simple regular expression probably matches: literals, classes,
 * groups, alternation and quantifiers; lookaround and back-references give up. The samples are
 * only candidates: whoever uses them checks them against the real pattern.
 */
final class RegexSampler {

  private static final int MAX_LENGTH = 64;

  private final String regex;
  private final boolean more;
  private final boolean lastAlternative;
  private int at;

  private RegexSampler(String regex, boolean more, boolean lastAlternative) {
    this.regex = regex;
    this.more = more;
    this.lastAlternative = lastAlternative;
  }

  /**
   * Candidate strings for a pattern.
   *
   * @param regex the pattern
   * @return up to three candidates; empty if the pattern uses what the sampler does not write
   */
  static List<String> samples(String regex) {
    Set<String> samples = new LinkedHashSet<>();
    for (boolean more : new boolean[] {false, true}) {
      for (boolean last : new boolean[] {false, true}) {
        try {
          RegexSampler sampler = new RegexSampler(regex, more, last);
          String sample = sampler.alternation();
          if (sampler.at == regex.length() && sample.length() <= MAX_LENGTH) {
            samples.add(sample);
          }
        } catch (IllegalStateException e) {
          return List.of();
        }
      }
    }
    return new ArrayList<>(samples);
  }

  private String alternation() {
    List<String> options = new ArrayList<>();
    options.add(sequence());
    while (at < regex.length() && regex.charAt(at) == '|') {
      at++;
      options.add(sequence());
    }
    return lastAlternative ? options.get(options.size() - 1) : options.get(0);
  }

  private String sequence() {
    StringBuilder out = new StringBuilder();
    while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
      String atom = atom();
      int[] range = quantifier();
      int count = more ? Math.max(range[0] + 1, Math.min(range[1], range[0] + 2)) : range[0];
      count = Math.min(count, range[1]);
      for (int i = 0; i < count && out.length() <= MAX_LENGTH; i++) {
        out.append(atom);
      }
    }
    return out.toString();
  }

  private String atom() {
    char c = regex.charAt(at++);
    switch (c) {
      case '^', '$' -> {
        return "";
      }
      case '.' -> {
        return "a";
      }
      case '(' -> {
        if (regex.startsWith("?:", at)) {
          at += 2;
        } else if (at < regex.length() && regex.charAt(at) == '?') {
          throw new IllegalStateException("lookaround");
        }
        String inner = alternation();
        expect(')');
        return inner;
      }
      case '[' -> {
        return charClass();
      }
      case '\\' -> {
        return escape();
      }
      default -> {
        return String.valueOf(c);
      }
    }
  }

  private String escape() {
    char e = regex.charAt(at++);
    return switch (e) {
      case 'd' -> "0";
      case 'w', 'D', 'S' -> "a";
      case 's' -> " ";
      case 'W' -> "-";
      case 'n' -> "\n";
      case 't' -> "\t";
      case 'b', 'B' -> "";
      case 'u' -> {
        String hex = regex.substring(at, at + 4);
        at += 4;
        yield String.valueOf((char) Integer.parseInt(hex, 16));
      }
      default -> {
        if (Character.isDigit(e) || e == 'k' || e == 'p' || e == 'P') {
          throw new IllegalStateException("back-reference or property");
        }
        yield String.valueOf(e);
      }
    };
  }

  private String charClass() {
    boolean negated = at < regex.length() && regex.charAt(at) == '^';
    if (negated) {
      at++;
    }
    StringBuilder members = new StringBuilder();
    boolean first = true;
    while (at < regex.length() && (regex.charAt(at) != ']' || first)) {
      first = false;
      char c = regex.charAt(at++);
      if (c == '\\') {
        members.append(escape());
      } else if (at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
        char end = regex.charAt(at + 1);
        at += 2;
        for (char x = c; x <= end && members.length() < 200; x++) {
          members.append(x);
        }
      } else {
        members.append(c);
      }
    }
    expect(']');
    if (!negated) {
      if (members.length() == 0) {
        throw new IllegalStateException("empty class");
      }
      return String.valueOf(more ? members.charAt(members.length() - 1) : members.charAt(0));
    }
    for (char candidate : "aA0_- .zZ9".toCharArray()) {
      if (members.indexOf(String.valueOf(candidate)) < 0) {
        return String.valueOf(candidate);
      }
    }
    throw new IllegalStateException("class excludes every candidate");
  }

  private int[] quantifier() {
    if (at >= regex.length()) {
      return new int[] {1, 1};
    }
    char c = regex.charAt(at);
    int[] range;
    switch (c) {
      case '*' -> range = new int[] {0, 3};
      case '+' -> range = new int[] {1, 3};
      case '?' -> range = new int[] {0, 1};
      case '{' -> {
        int close = regex.indexOf('}', at);
        if (close < 0) {
          return new int[] {1, 1};
        }
        String[] parts = regex.substring(at + 1, close).split(",", -1);
        try {
          int min = Integer.parseInt(parts[0].trim());
          int max = parts.length == 1 ? min
              : parts[1].isBlank() ? min + 2 : Integer.parseInt(parts[1].trim());
          range = new int[] {min, max};
        } catch (NumberFormatException e) {
          return new int[] {1, 1};
        }
        at = close;
      }
      default -> {
        return new int[] {1, 1};
      }
    }
    at++;
    if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
      at++;
    }
    return range;
  }

  private void expect(char c) {
    if (at >= regex.length() || regex.charAt(at) != c) {
      throw new IllegalStateException("expected " + c);
    }
    at++;
  }
}
