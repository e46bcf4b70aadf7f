package dev.treaty.avro.internal.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where each named type (record, error, enum, fixed) is defined: its document and JSON pointer.
 * Avro's {@code Schema} keeps no place, so findings and model defaults are traced back through
 * this index by full name, computed with Avro's namespace rules (a dotted name is full; otherwise
 * the {@code namespace} attribute, else the enclosing type's namespace).
 */
public final class Definitions {

  private static final Set<String> NAMED = Set.of("record", "error", "enum", "fixed");

  /**
   * One definition.
   *
   * @param document the file that defines the type
   * @param pointer the JSON pointer of the defining object
   */
  public record Definition(JsonDocument document, String pointer) {

    /**
     * The defining object.
     *
     * @return the JSON object
     */
    public JsonNode node() {
      JsonNode node = document.at(pointer);
      if (node == null) {
        throw new IllegalStateException("no definition at " + pointer);
      }
      return node;
    }
  }

  private final Map<String, Definition> byName = new HashMap<>();

  /**
   * Indexes the named types of several documents.
   *
   * @param documents the files, in any order
   * @return the index
   */
  public static Definitions of(List<JsonDocument> documents) {
    Definitions definitions = new Definitions();
    for (JsonDocument document : documents) {
      definitions.visit(document, document.root(), "", null, 0);
    }
    return definitions;
  }

  /**
   * How many named types are defined.
   *
   * @return the count
   */
  public int size() {
    return byName.size();
  }

  /**
   * The definition of a named type.
   *
   * @param fullName e.g. {@code com.acme.Order}
   * @return the definition, or {@code null}
   */
  public @Nullable Definition get(String fullName) {
    return byName.get(fullName);
  }

  private void visit(JsonDocument document, JsonNode node, String pointer,
      @Nullable String namespace, int depth) {
    if (depth > JsonDocument.MAX_DEPTH) {
      return; // the reader refused deeper documents already
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        visit(document, node.get(i), pointer + "/" + i, namespace, depth + 1);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode type = node.get("type");
    if (type == null) {
      return;
    }
    if (!type.isTextual()) {
      visit(document, type, pointer + "/type", namespace, depth + 1);
      return;
    }
    String kind = type.asText();
    String inner = namespace;
    if (NAMED.contains(kind) && node.path("name").isTextual()) {
      String name = node.get("name").asText();
      String space = namespace;
      if (name.contains(".")) {
        space = name.substring(0, name.lastIndexOf('.'));
      } else if (node.has("namespace")) {
        space = node.get("namespace").isTextual() ? node.get("namespace").asText() : namespace;
      }
      String fullName = space == null || space.isEmpty() || name.contains(".") ? name
          : space + "." + name;
      byName.putIfAbsent(fullName, new Definition(document, pointer));
      inner = space == null || space.isEmpty() ? null : space;
    }
    JsonNode fields = node.get("fields");
    if (fields != null && fields.isArray()) {
      for (int i = 0; i < fields.size(); i++) {
        JsonNode fieldType = fields.get(i).get("type");
        if (fieldType != null) {
          visit(document, fieldType, pointer + "/fields/" + i + "/type", inner, depth + 2);
        }
      }
    }
    JsonNode items = node.get("items");
    if (items != null) {
      visit(document, items, pointer + "/items", inner, depth + 1);
    }
    JsonNode values = node.get("values");
    if (values != null) {
      visit(document, values, pointer + "/values", inner, depth + 1);
    }
  }
}
