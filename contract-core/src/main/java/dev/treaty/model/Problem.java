package dev.treaty.model;

import java.util.Objects;

/**
 * One thing wrong with an input, and where it is.
 *
 * @param location where the problem is
 * @param message what is wrong and what was expected, in one sentence
 */
public record Problem(SourceLocation location, String message) implements Comparable<Problem> {

  /** Validates the problem. */
  public Problem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public int compareTo(Problem other) {
    int bySource = location.source().compareTo(other.location.source());
    if (bySource != 0) {
      return bySource;
    }
    int byLine = Integer.compare(location.line(), other.location.line());
    if (byLine != 0) {
      return byLine;
    }
    int byColumn = Integer.compare(location.column(), other.location.column());
    return byColumn != 0 ? byColumn : message.compareTo(other.message);
  }

  /** Renders {@code file:line:column: message}. */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
