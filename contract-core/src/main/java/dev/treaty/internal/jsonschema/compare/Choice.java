package dev.treaty.internal.jsonschema.compare;

import dev.treaty.internal.jsonschema.read.SchemaNode;

/**
 * Which branch of an {@code anyOf} or {@code oneOf} an alternative took.
 *
 * @param group the schema holding the keyword
 * @param keyword {@code anyOf} or {@code oneOf}
 * @param index the branch's position
 * @param branch the branch
 */
public record Choice(SchemaNode group, String keyword, int index, SchemaNode branch) {

  /**
   * Whether the branch came from a {@code oneOf}.
   *
   * @return {@code true} for {@code oneOf}
   */
  public boolean exclusive() {
    return keyword.equals("oneOf");
  }
}
