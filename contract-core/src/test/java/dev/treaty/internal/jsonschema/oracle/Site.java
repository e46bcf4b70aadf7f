package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A subschema at a real place in its document. The generator only ever works on real places, so
 * that every part it builds can be checked by the validator at that place.
 *
 * @param pointer where the subschema is
 * @param node the subschema
 */
record Site(JsonPointer pointer, JsonNode node) {

  /** A child of this site: the subschema under a keyword, or under a keyword's name or index. */
  Site child(String keyword) {
    return new Site(pointer.appendProperty(keyword), node.path(keyword));
  }

  Site child(String keyword, String name) {
    return new Site(pointer.appendProperty(keyword).appendProperty(name), node.path(keyword).path(name));
  }

  Site child(String keyword, int index) {
    return new Site(pointer.appendProperty(keyword).appendIndex(index), node.path(keyword).path(index));
  }

  boolean has(String keyword) {
    return node.has(keyword);
  }

  /** {@code false}, the schema no instance satisfies. */
  boolean isFalse() {
    return node.isBoolean() && !node.booleanValue();
  }

  @Override
  public String toString() {
    return (pointer.matches() ? "#" : "#" + pointer) + " " + node;
  }
}
