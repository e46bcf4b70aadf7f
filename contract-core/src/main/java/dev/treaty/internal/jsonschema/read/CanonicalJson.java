package dev.treaty.internal.jsonschema.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Canonical JSON text: object keys sorted, numbers in their shortest exact form (so {@code 1} and
 * {@code 1.0} are the same value, as JSON Schema's equality says). Two values are equal in JSON
 * Schema's sense exactly when their canonical texts are equal.
 */
public final class CanonicalJson {

  /** Keywords that never affect validation, left out when schemas are compared by content. */
  public static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment",
      "examples", "default", "readOnly", "writeOnly", "deprecated", "$schema", "$id", "id",
      "$anchor", "$dynamicAnchor", "$recursiveAnchor", "$vocabulary");

  private CanonicalJson() {}

  /**
   * The canonical text of a value.
   *
   * @param node a JSON value
   * @return its canonical text
   */
  public static String of(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out, false);
    return out.toString();
  }

  /**
   * The canonical text of a schema without its annotations, at every level: schemas that
   * validate the same way by their text compare equal.
   *
   * @param schema a schema
   * @return its canonical text without annotation keywords
   */
  public static String ofSchema(JsonNode schema) {
    StringBuilder out = new StringBuilder();
    write(schema, out, true);
    return out.toString();
  }

  /**
   * A number in its shortest exact form, e.g. {@code 10} for {@code 10.0}.
   *
   * @param value the number
   * @return its text
   */
  public static String number(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
  }

  /** How to read an object: as data, as a schema, or as a map from names to schemas. */
  private enum Mode { DATA, SCHEMA, SCHEMA_MAP }

  private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties",
      "$defs", "definitions", "dependentSchemas", "dependencies");
  private static final Set<String> SUBSCHEMAS = Set.of("items", "prefixItems", "additionalItems",
      "additionalProperties", "unevaluatedItems", "unevaluatedProperties", "contains",
      "propertyNames", "not", "if", "then", "else", "allOf", "anyOf", "oneOf", "contentSchema");

  private static void write(JsonNode node, StringBuilder out, boolean stripAnnotations) {
    write(node, out, stripAnnotations ? Mode.SCHEMA : Mode.DATA);
  }

  private static void write(JsonNode node, StringBuilder out, Mode mode) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (mode != Mode.SCHEMA || !ANNOTATIONS.contains(name)) {
          names.add(name);
        }
      }
      Collections.sort(names);
      out.append('{');
      for (int i = 0; i < names.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        String name = names.get(i);
        quote(name, out);
        out.append(':');
        write(node.get(name), out, childMode(mode, name));
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(node.get(i), out, mode == Mode.SCHEMA_MAP ? Mode.DATA : mode);
      }
      out.append(']');
    } else if (node.isNumber()) {
      out.append(number(node.decimalValue()));
    } else if (node.isTextual()) {
      quote(node.textValue(), out);
    } else {
      out.append(node.toString());
    }
  }

  private static Mode childMode(Mode mode, String name) {
    return switch (mode) {
      case DATA -> Mode.DATA;
      case SCHEMA_MAP -> Mode.SCHEMA;
      case SCHEMA -> SCHEMA_MAPS.contains(name) ? Mode.SCHEMA_MAP
          : SUBSCHEMAS.contains(name) ? Mode.SCHEMA : Mode.DATA;
    };
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
