package dev.treaty.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of one file (a contract, a schema, an expectation) and the name it is known by.
 * Names are relative paths with forward slashes (e.g. {@code src/main/json/order.schema.json}),
 * so a contract and the files it references can be stored and resolved again elsewhere — in a
 * registry, say — exactly as they were.
 */
public final class SourceFile {

  private final String location;
  private final byte[] content;

  private SourceFile(String location, byte[] content) {
    this.location = Objects.requireNonNull(location, "location");
    this.content = content.clone();
  }

  /**
   * Creates a source from bytes.
   *
   * @param location the file's name, a relative path with forward slashes
   * @param content the file's bytes (copied)
   * @return the source
   */
  public static SourceFile of(String location, byte[] content) {
    return new SourceFile(location, content);
  }

  /**
   * Creates a source from text, encoded as UTF-8.
   *
   * @param location the file's name
   * @param text the file's text
   * @return the source
   */
  public static SourceFile ofText(String location, String text) {
    return new SourceFile(location, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The file's name.
   *
   * @return a relative path with forward slashes
   */
  public String location() {
    return location;
  }

  /**
   * The file's bytes.
   *
   * @return a copy of the content
   */
  public byte[] bytes() {
    return content.clone();
  }

  /**
   * The file's text, decoded as UTF-8.
   *
   * @return the text
   */
  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  /**
   * The size of the file.
   *
   * @return the number of bytes
   */
  public int size() {
    return content.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceFile other && location.equals(other.location)
        && Arrays.equals(content, other.content);
  }

  @Override
  public int hashCode() {
    return 31 * location.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return location + " (" + content.length + " bytes)";
  }
}
