package dev.treaty.internal.jsonschema.compare;

import dev.treaty.internal.jsonschema.read.CanonicalJson;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A schema's canonical text with every {@code $ref} replaced by what it points to (a recursive
 * reference by a marker): equal for two schemas, of any two files, that validate the same way
 * by their text. Unlike the text alone, a changed definition behind an unchanged {@code $ref}
 * makes the contents differ.
 */
public final class DeepContent {

  private static final Set<String> SINGLE = Set.of("additionalProperties", "additionalItems",
      "unevaluatedProperties", "unevaluatedItems", "contains", "propertyNames", "not", "if",
      "then", "else", "contentSchema");
  private static final Set<String> LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
  private static final Set<String> MAPS = Set.of("properties", "patternProperties",
      "dependentSchemas");
  private static final Set<String> SKIPPED = Set.of("$defs", "definitions", "$ref",
      "$dynamicRef", "$recursiveRef");
  /** Texts longer than this are cut: two huge schemas then compare as different. */
  private static final int MAX_LENGTH = 1 << 18;
  /** Deeper schemas are cut the same way, so no chain of references exhausts the stack. */
  private static final int MAX_DEPTH = 64;

  private DeepContent() {}

  /**
   * The deep content of a schema.
   *
   * @param node the schema
   * @return its text with references expanded
   */
  public static String of(SchemaNode node) {
    StringBuilder out = new StringBuilder();
    if (!write(node, out, new HashSet<>(), 0)) {
      // too long or too deep to compare by text: unique, so it never counts as the same
      return "(cut " + node.id() + ")";
    }
    return out.toString();
  }

  /** Writes the content; {@code false} as soon as the text grows too long or too deep. */
  private static boolean write(SchemaNode node, StringBuilder out, Set<SchemaNode> onPath,
      int depth) {
    if (out.length() > MAX_LENGTH || depth > MAX_DEPTH) {
      return false;
    }
    if (node.isBoolean()) {
      out.append(node.json().booleanValue());
      return true;
    }
    if (!onPath.add(node)) {
      out.append("(recursive ").append(node.pointer()).append(')');
      return true;
    }
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.json().fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!CanonicalJson.ANNOTATIONS.contains(name) && !SKIPPED.contains(name)) {
        names.add(name);
      }
    }
    names.sort(null);
    out.append('{');
    if (!node.refReplacesSiblings()) {
      for (String name : names) {
        out.append(name).append(':');
        if (SINGLE.contains(name) || (name.equals("items") && !node.json().get(name).isArray())) {
          SchemaNode child = node.subschema(name);
          if (child == null) {
            out.append(CanonicalJson.of(node.json().get(name)));
          } else if (!write(child, out, onPath, depth + 1)) {
            return false;
          }
        } else if (LISTS.contains(name) || name.equals("items")) {
          out.append('[');
          for (SchemaNode child : node.subschemaList(name)) {
            if (!write(child, out, onPath, depth + 1)) {
              return false;
            }
            out.append(',');
          }
          out.append(']');
        } else if (MAPS.contains(name) || name.equals("dependencies")) {
          out.append('{');
          for (java.util.Map.Entry<String, SchemaNode> entry : node.subschemaMap(name).entrySet()) {
            out.append(CanonicalJson.of(
                com.fasterxml.jackson.databind.node.TextNode.valueOf(entry.getKey()))).append(':');
            if (!write(entry.getValue(), out, onPath, depth + 1)) {
              return false;
            }
            out.append(',');
          }
          if (name.equals("dependencies")) {
            out.append(CanonicalJson.of(node.json().get(name)));
          }
          out.append('}');
        } else {
          out.append(CanonicalJson.of(node.json().get(name)));
        }
        out.append(',');
      }
    }
    for (SchemaNode target : node.references()) {
      out.append("$ref:");
      if (!write(target, out, onPath, depth + 1)) {
        return false;
      }
      out.append(',');
    }
    out.append('}');
    onPath.remove(node);
    return true;
  }
}
