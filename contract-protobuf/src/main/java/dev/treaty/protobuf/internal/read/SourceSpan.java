package dev.treaty.protobuf.internal.read;

/**
 * Where an element is in its {@code .proto} file, 1-based and inclusive of the start, as protoc
 * records it in {@code SourceCodeInfo} (whose spans are 0-based) and as buf reports it.
 *
 * @param startLine first line
 * @param startColumn first column
 * @param endLine last line
 * @param endColumn the column after the last character
 */
public record SourceSpan(int startLine, int startColumn, int endLine, int endColumn) {

  /** Renders {@code line:column} of the start. */
  @Override
  public String toString() {
    return startLine + ":" + startColumn;
  }
}
