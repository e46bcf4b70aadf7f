package dev.treaty.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The contract versions an expectation applies to. The syntax is npm's, which most engineers know:
 *
 * <ul>
 *   <li>{@code *} — every version (the default);
 *   <li>{@code 2}, {@code 2.x}, {@code 2.1.x} — a major or minor line;
 *   <li>{@code ^2.1.0} — compatible with 2.1.0: at least 2.1.0, below 3.0.0 (below 0.3.0 for {@code ^0.2});
 *   <li>{@code ~2.1.0} — at least 2.1.0, below 2.2.0;
 *   <li>{@code >=2.0.0 <3.0.0} — comparators ({@code >}, {@code >=}, {@code <}, {@code <=},
 *       {@code =}) that must all hold;
 *   <li>{@code 1.x || >=2.3.0} — any of several ranges.
 * </ul>
 *
 * <p>Pre-release versions are in a range only when the range's bounds admit them by order.
 */
public final class VersionRange {

  /** Every version. */
  public static final VersionRange ANY = new VersionRange("*", List.of(List.of()));

  private final String text;
  private final List<List<Comparator>> alternatives;

  private VersionRange(String text, List<List<Comparator>> alternatives) {
    this.text = text;
    this.alternatives = alternatives;
  }

  private record Comparator(String op, Version version) {
    boolean test(Version candidate) {
      int c = candidate.compareTo(version);
      return switch (op) {
        case ">" -> c > 0;
        case ">=" -> c >= 0;
        case "<" -> c < 0;
        case "<=" -> c <= 0;
        default -> c == 0;
      };
    }
  }

  /**
   * Parses a range.
   *
   * @param text the range, e.g. {@code ^2.1.0} or {@code >=2.0.0 <3.0.0}
   * @return the range
   * @throws IllegalArgumentException saying what was expected, if the text is not a range
   */
  public static VersionRange parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.trim();
    if (trimmed.isEmpty() || trimmed.equals("*") || trimmed.equalsIgnoreCase("x")) {
      return trimmed.isEmpty() ? ANY : new VersionRange(trimmed, ANY.alternatives);
    }
    List<List<Comparator>> alternatives = new ArrayList<>();
    for (String alternative : trimmed.split("\\|\\|", -1)) {
      List<Comparator> all = new ArrayList<>();
      String[] tokens = alternative.trim().split("\\s+");
      if (tokens.length == 1 && tokens[0].isEmpty()) {
        throw new IllegalArgumentException("Empty alternative in version range \"" + text + "\".");
      }
      for (String token : tokens) {
        all.addAll(term(token, text));
      }
      alternatives.add(List.copyOf(all));
    }
    return new VersionRange(trimmed, List.copyOf(alternatives));
  }

  /**
   * Whether a version is in this range.
   *
   * @param version the version
   * @return {@code true} if every comparator of some alternative holds
   */
  public boolean contains(Version version) {
    for (List<Comparator> all : alternatives) {
      if (all.stream().allMatch(c -> c.test(version))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a version, given as text, is in this range.
   *
   * @param version the version text
   * @return {@code true} if it parses and is in the range
   */
  public boolean contains(String version) {
    return Version.isValid(version) && contains(Version.parse(version));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VersionRange other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The range as written. */
  @Override
  public String toString() {
    return text;
  }

  private static List<Comparator> term(String token, String whole) {
    String op = "";
    for (String candidate : new String[] {">=", "<=", ">", "<", "=", "^", "~"}) {
      if (token.startsWith(candidate)) {
        op = candidate;
        break;
      }
    }
    String rest = token.substring(op.length());
    String[] parts = rest.split("\\+")[0].split("-")[0].split("\\.");
    int fixed = 0;
    for (String part : parts) {
      if (part.equals("x") || part.equals("X") || part.equals("*")) {
        break;
      }
      fixed++;
    }
    String numbers = String.join(".", java.util.Arrays.asList(parts).subList(0, fixed));
    Version base;
    try {
      base = fixed == 0 ? Version.parse("0.0.0") : Version.parse(fixed == parts.length ? rest : numbers);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"" + token + "\" in version range \"" + whole
          + "\" is not a version or comparator (expected e.g. 2.x, ^2.1.0, >=2.0.0 <3.0.0).", e);
    }
    if (fixed == 0) {
      return List.of();
    }
    switch (op) {
      case "^" -> {
        Version upper;
        if (base.major().signum() > 0 || fixed == 1) {
          upper = next(base.major(), null, null);
        } else if (base.minor().signum() > 0 || fixed == 2) {
          upper = next(base.major(), base.minor(), null);
        } else {
          upper = next(base.major(), base.minor(), base.patch());
        }
        return List.of(new Comparator(">=", base), new Comparator("<", upper));
      }
      case "~" -> {
        Version upper = fixed == 1 ? next(base.major(), null, null) : next(base.major(), base.minor(), null);
        return List.of(new Comparator(">=", base), new Comparator("<", upper));
      }
      case "", "=" -> {
        if (fixed < 3) {
          Version upper = fixed == 1 ? next(base.major(), null, null) : next(base.major(), base.minor(), null);
          return List.of(new Comparator(">=", base), new Comparator("<", upper));
        }
        return List.of(new Comparator("=", base));
      }
      default -> {
        return List.of(new Comparator(op, base));
      }
    }
  }

  /** The lowest version above a prefix: 3.0.0-0 for major 2, below which every 2.x.y lies. */
  private static Version next(BigInteger major, BigInteger minor, BigInteger patch) {
    BigInteger one = BigInteger.ONE;
    if (minor == null) {
      return new Version(major.add(one), BigInteger.ZERO, BigInteger.ZERO, "0", major.add(one) + ".0.0-0");
    }
    if (patch == null) {
      return new Version(major, minor.add(one), BigInteger.ZERO, "0", major + "." + minor.add(one) + ".0-0");
    }
    return new Version(major, minor, patch.add(one), "0", major + "." + minor + "." + patch.add(one) + "-0");
  }
}
