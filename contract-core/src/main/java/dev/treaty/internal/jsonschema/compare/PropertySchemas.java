package dev.treaty.internal.jsonschema.compare;

import dev.treaty.internal.jsonschema.read.SchemaNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schemas that apply to one property name in an alternative, member by member: the
 * member's {@code properties} entry; else the {@code patternProperties} entries whose pattern
 * matches the name; else its {@code additionalProperties}; and a member's
 * {@code unevaluatedProperties} when no member declares, matches or otherwise evaluates the name.
 */
public final class PropertySchemas {

  private PropertySchemas() {}

  /**
   * The schemas that apply to a property.
   *
   * @param alternative the object's alternative
   * @param name the property name
   * @return the schemas; empty when nothing constrains the property
   */
  public static List<SchemaNode> of(Conjunction alternative, String name) {
    List<SchemaNode> schemas = new ArrayList<>();
    for (SchemaNode member : alternative.members()) {
      Map<String, SchemaNode> properties = member.subschemaMap("properties");
      if (properties.containsKey(name)) {
        schemas.add(properties.get(name));
        continue;
      }
      boolean matched = false;
      for (Map.Entry<String, SchemaNode> pattern : member.subschemaMap("patternProperties")
          .entrySet()) {
        // a pattern Java cannot run is taken not to match (see docs/formats/json-schema.md)
        if (Regexes.find(pattern.getKey(), name) == Truth.TRUE) {
          schemas.add(pattern.getValue());
          matched = true;
        }
      }
      SchemaNode additional = member.subschema("additionalProperties");
      if (!matched && additional != null) {
        schemas.add(additional);
      }
    }
    for (SchemaNode member : alternative.members()) {
      SchemaNode unevaluated = member.subschema("unevaluatedProperties");
      if (unevaluated != null && !Evaluation.of(alternative, member).evaluates(name)) {
        schemas.add(unevaluated);
      }
    }
    return schemas;
  }

  /**
   * Whether some member declares the property in {@code properties}.
   *
   * @param alternative the alternative
   * @param name the property name
   * @return {@code true} if declared
   */
  public static boolean declares(Conjunction alternative, String name) {
    for (SchemaNode member : alternative.members()) {
      if (member.subschemaMap("properties").containsKey(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The declared property names of an alternative, in schema order.
   *
   * @param alternative the alternative
   * @return the names
   */
  public static Set<String> declared(Conjunction alternative) {
    Set<String> names = new LinkedHashSet<>();
    for (SchemaNode member : alternative.members()) {
      names.addAll(member.subschemaMap("properties").keySet());
    }
    return names;
  }

  /**
   * The names the alternative requires.
   *
   * @param alternative the alternative
   * @return the names, in schema order
   */
  public static Set<String> required(Conjunction alternative) {
    Set<String> names = new LinkedHashSet<>();
    for (SchemaNode member : alternative.members()) {
      names.addAll(member.required());
    }
    return names;
  }

  /**
   * The schemas for properties that no member declares or matches by a pattern: the members'
   * {@code additionalProperties}, and the {@code unevaluatedProperties} of members whose reach
   * does not evaluate every property.
   *
   * @param alternative the alternative
   * @return the schemas; empty when such properties are unconstrained
   */
  public static List<SchemaNode> others(Conjunction alternative) {
    List<SchemaNode> schemas = new ArrayList<>();
    for (SchemaNode member : alternative.members()) {
      SchemaNode additional = member.subschema("additionalProperties");
      if (additional != null) {
        schemas.add(additional);
      }
    }
    for (SchemaNode member : alternative.members()) {
      SchemaNode unevaluated = member.subschema("unevaluatedProperties");
      if (unevaluated != null && !Evaluation.of(alternative, member).allProperties()) {
        schemas.add(unevaluated);
      }
    }
    return schemas;
  }

  /**
   * Whether some member's {@code unevaluatedProperties} or {@code unevaluatedItems} sits next to
   * branches that may evaluate more for some values (see {@link Evaluation#certain()}).
   *
   * @param alternative the alternative
   * @param keyword {@code unevaluatedProperties} or {@code unevaluatedItems}
   * @return {@code true} if so
   */
  public static boolean uncertain(Conjunction alternative, String keyword) {
    for (SchemaNode member : alternative.members()) {
      if (member.has(keyword) && !Evaluation.of(alternative, member).certain()) {
        return true;
      }
    }
    return false;
  }
}
