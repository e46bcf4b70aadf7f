package dev.treaty.model;

import java.math.BigInteger;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contract version in semantic-versioning form: {@code major[.minor[.patch]][-pre.release][+build]}.
 * Missing minor or patch numbers count as 0; a pre-release sorts before its release; build
 * metadata is kept in the text but ignored in comparisons, as SemVer 2.0 says.
 *
 * @param major the major number
 * @param minor the minor number
 * @param patch the patch number
 * @param preRelease the pre-release label without {@code -}, or the empty string
 * @param text the version exactly as written
 */
public record Version(BigInteger major, BigInteger minor, BigInteger patch, String preRelease, String text)
    implements Comparable<Version> {

  private static final Pattern SEMVER = Pattern.compile(
      "v?(0|[1-9]\\d*)(?:\\.(0|[1-9]\\d*))?(?:\\.(0|[1-9]\\d*))?"
          + "(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");

  /** Validates the version. */
  public Version {
    Objects.requireNonNull(major, "major");
    Objects.requireNonNull(minor, "minor");
    Objects.requireNonNull(patch, "patch");
    Objects.requireNonNull(preRelease, "preRelease");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Parses a version.
   *
   * @param text e.g. {@code 2.1.0}, {@code 2.1}, {@code 3.0.0-rc.1}, {@code v1.4.2}
   * @return the version
   * @throws IllegalArgumentException if the text is not a semantic version
   */
  public static Version parse(String text) {
    Matcher m = SEMVER.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("\"" + text
          + "\" is not a semantic version (expected major[.minor[.patch]][-prerelease], e.g. 2.1.0)");
    }
    return new Version(number(m.group(1)), number(m.group(2)), number(m.group(3)),
        m.group(4) == null ? "" : m.group(4), text.trim());
  }

  /**
   * Whether a text is a version {@link #parse} accepts.
   *
   * @param text the text
   * @return {@code true} if it parses
   */
  public static boolean isValid(String text) {
    return SEMVER.matcher(text.trim()).matches();
  }

  /**
   * Whether this is a pre-release.
   *
   * @return {@code true} if it has a pre-release label
   */
  public boolean isPreRelease() {
    return !preRelease.isEmpty();
  }

  @Override
  public int compareTo(Version other) {
    int c = major.compareTo(other.major);
    if (c == 0) {
      c = minor.compareTo(other.minor);
    }
    if (c == 0) {
      c = patch.compareTo(other.patch);
    }
    if (c == 0) {
      c = comparePreRelease(preRelease, other.preRelease);
    }
    return c;
  }

  /**
   * Whether two versions have the same precedence (build metadata and {@code v} prefix aside).
   *
   * @param other another version
   * @return {@code true} if neither sorts before the other
   */
  public boolean sameAs(Version other) {
    return compareTo(other) == 0;
  }

  @Override
  public String toString() {
    return text;
  }

  private static BigInteger number(String digits) {
    return digits == null ? BigInteger.ZERO : new BigInteger(digits);
  }

  private static int comparePreRelease(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    if (a.isEmpty()) {
      return 1;
    }
    if (b.isEmpty()) {
      return -1;
    }
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      boolean leftNumeric = left[i].chars().allMatch(Character::isDigit);
      boolean rightNumeric = right[i].chars().allMatch(Character::isDigit);
      int c;
      if (leftNumeric && rightNumeric) {
        c = new BigInteger(left[i]).compareTo(new BigInteger(right[i]));
      } else if (leftNumeric != rightNumeric) {
        c = leftNumeric ? -1 : 1;
      } else {
        c = left[i].compareTo(right[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.length, right.length);
  }
}
