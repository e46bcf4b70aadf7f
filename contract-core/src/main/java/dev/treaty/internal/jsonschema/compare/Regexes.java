package dev.treaty.internal.jsonschema.compare;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Regular expressions as JSON Schema uses them (ECMA-262, unanchored), run with a step budget so
 * that a pathological pattern cannot hang a comparison, and the few facts about them Treaty can
 * prove: a pattern that matches every string, and two patterns whose fixed prefixes differ.
 */
public final class Regexes {

  /** Character reads a single match may make before it counts as "cannot tell". */
  static final int MAX_STEPS = 200_000;

  private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();
  private static final Object INVALID = new Object();

  private Regexes() {}

  /**
   * Whether a pattern matches somewhere in a text, as JSON Schema's {@code pattern} tests.
   *
   * @param regex the pattern
   * @param text the text
   * @return TRUE or FALSE, UNKNOWN if the pattern does not compile in Java or runs too long
   */
  public static Truth find(String regex, String text) {
    Pattern pattern = compile(regex);
    if (pattern == null) {
      return Truth.UNKNOWN;
    }
    try {
      return Truth.of(pattern.matcher(new Budget(text)).find());
    } catch (BudgetExceeded e) {
      return Truth.UNKNOWN;
    }
  }

  /**
   * Whether a pattern provably matches every string: it matches the empty string and has no
   * anchor, boundary, lookaround or back-reference, so its empty match fits at the start of any
   * text. {@code [a-z]*} is such a pattern; JSON Schema patterns are not anchored.
   *
   * @param regex the pattern
   * @return {@code true} if proven
   */
  public static boolean matchesEverything(String regex) {
    if (compile(regex) == null) {
      return false;
    }
    String outsideClasses = regex.replaceAll("\\[(\\\\.|[^\\]\\\\])*]", "x");
    if (outsideClasses.contains("^") || outsideClasses.contains("$")
        || outsideClasses.contains("(?") || outsideClasses.matches("(?s).*\\\\[bBAzZG1-9k].*")) {
      return false;
    }
    return find(regex, "") == Truth.TRUE;
  }

  /**
   * Whether two patterns provably match no common string because both are anchored at the start
   * and their fixed prefixes differ, as {@code ^S_} and {@code ^I_} do.
   *
   * @param a a pattern
   * @param b another pattern
   * @return {@code true} if proven disjoint
   */
  public static boolean disjoint(String a, String b) {
    String pa = fixedPrefix(a);
    String pb = fixedPrefix(b);
    if (pa == null || pb == null) {
      return false;
    }
    int shared = Math.min(pa.length(), pb.length());
    return !pa.substring(0, shared).equals(pb.substring(0, shared));
  }

  /** The literal text an anchored pattern starts with, or {@code null} if not anchored. */
  private static @Nullable String fixedPrefix(String regex) {
    if (!regex.startsWith("^") || regex.contains("|")) {
      return null;
    }
    StringBuilder prefix = new StringBuilder();
    for (int i = 1; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if ("*+?{".indexOf(c) >= 0) {
        if (prefix.length() > 0) {
          prefix.setLength(prefix.length() - 1);
        }
        break;
      }
      if (".[]()\\^$|".indexOf(c) >= 0) {
        break;
      }
      prefix.append(c);
    }
    return prefix.toString();
  }

  private static @Nullable Pattern compile(String regex) {
    if (CACHE.size() > 10_000) {
      CACHE.clear();
    }
    Object compiled = CACHE.computeIfAbsent(regex, r -> {
      try {
        return Pattern.compile(r);
      } catch (PatternSyntaxException e) {
        return INVALID;
      }
    });
    return compiled instanceof Pattern pattern ? pattern : null;
  }

  /** A text that stops the regex engine after too many reads. */
  private static final class Budget implements CharSequence {
    private final String text;
    private int steps;

    Budget(String text) {
      this.text = text;
    }

    @Override
    public char charAt(int index) {
      if (++steps > MAX_STEPS) {
        throw new BudgetExceeded();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.substring(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Thrown inside a match that ran out of budget; never leaves this class. */
  private static final class BudgetExceeded extends RuntimeException {
    BudgetExceeded() {
      super(null, null, false, false);
    }
  }
}
