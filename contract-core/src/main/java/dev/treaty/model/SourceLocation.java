package dev.treaty.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A place in a source file: the file's name as the user knows it, a 1-based line and column, and
 * optionally a JSON pointer to the element there.
 *
 * @param source the file name or other label of the input, e.g. {@code src/main/contracts/orders.odcs.yaml}
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param pointer a JSON pointer (RFC 6901) to the element in the document, or {@code null}
 */
public record SourceLocation(String source, int line, int column, @Nullable String pointer) {

  /** Validates the location. */
  public SourceLocation {
    Objects.requireNonNull(source, "source");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0, were " + line + ":" + column);
    }
  }

  /**
   * A location that names only the input.
   *
   * @param source the file name or label
   * @return a location with unknown line and column
   */
  public static SourceLocation of(String source) {
    return new SourceLocation(source, 0, 0, null);
  }

  /** Renders {@code source:line:column}, leaving out what is unknown. */
  @Override
  public String toString() {
    if (line == 0) {
      return source;
    }
    return column == 0 ? source + ":" + line : source + ":" + line + ":" + column;
  }
}
