package dev.treaty.internal.jsonschema.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.internal.jsonschema.read.Bound;
import dev.treaty.internal.jsonschema.read.CanonicalJson;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates one value against schemas, three-valued: for the listed values of an {@code enum}
 * and for candidate witnesses. It follows the validation keywords of every draft; what it cannot
 * judge (an unknown {@code format}, {@code unevaluated*}, a regular expression Java does not
 * compile) makes the answer UNKNOWN rather than a guess.
 */
public final class InstanceCheck {

  private static final int MAX_DEPTH = 64;

  private InstanceCheck() {}

  /**
   * Whether a value satisfies all of the schemas.
   *
   * @param schemas schemas that all apply to the value
   * @param value the value
   * @return TRUE, FALSE or UNKNOWN
   */
  public static Truth accepts(List<SchemaNode> schemas, JsonNode value) {
    Truth result = Truth.TRUE;
    for (SchemaNode schema : schemas) {
      result = result.and(check(schema, value, 0));
      if (result == Truth.FALSE) {
        return result;
      }
    }
    return result;
  }

  private static Truth check(SchemaNode schema, JsonNode value, int depth) {
    if (schema.isBoolean()) {
      return Truth.of(!schema.isFalse());
    }
    if (depth > MAX_DEPTH) {
      return Truth.UNKNOWN;
    }
    Truth result = Truth.TRUE;
    for (SchemaNode target : schema.references()) {
      result = result.and(check(target, value, depth + 1));
    }
    if (schema.refReplacesSiblings() || result == Truth.FALSE) {
      return result;
    }
    result = result.and(type(schema, value));
    result = result.and(listed(schema, value));
    if (result == Truth.FALSE) {
      return result;
    }
    result = result.and(switch (Kind.of(value)) {
      case NUMBER -> number(schema, value.decimalValue());
      case STRING -> string(schema, value.textValue());
      case ARRAY -> array(schema, value, depth);
      case OBJECT -> object(schema, value, depth);
      default -> Truth.TRUE;
    });
    if (result == Truth.FALSE) {
      return result;
    }
    return result.and(applicators(schema, value, depth));
  }

  private static Truth type(SchemaNode schema, JsonNode value) {
    Set<String> types = schema.types();
    if (types == null || (value.isNull() && schema.openApiNullable())) {
      return Truth.TRUE;
    }
    Kind kind = Kind.of(value);
    for (String name : types) {
      if (Kind.ofTypeName(name) == kind
          && (!name.equals("integer") || Kind.isIntegral(value))) {
        return Truth.TRUE;
      }
    }
    return Truth.FALSE;
  }

  private static Truth listed(SchemaNode schema, JsonNode value) {
    List<JsonNode> allowed = schema.allowedValues();
    if (allowed == null) {
      return Truth.TRUE;
    }
    String text = CanonicalJson.of(value);
    return Truth.of(allowed.stream().anyMatch(v -> CanonicalJson.of(v).equals(text)));
  }

  private static Truth number(SchemaNode schema, BigDecimal value) {
    for (Bound bound : schema.lowerBounds()) {
      int c = value.compareTo(bound.value());
      if (c < 0 || (c == 0 && bound.exclusive())) {
        return Truth.FALSE;
      }
    }
    for (Bound bound : schema.upperBounds()) {
      int c = value.compareTo(bound.value());
      if (c > 0 || (c == 0 && bound.exclusive())) {
        return Truth.FALSE;
      }
    }
    BigDecimal step = schema.decimal("multipleOf");
    if (step != null && step.signum() > 0
        && value.remainder(step).compareTo(BigDecimal.ZERO) != 0) {
      return Truth.FALSE;
    }
    String format = schema.text("format");
    if (format != null && (format.equals("int32") || format.equals("int64"))) {
      return Truth.of(value.stripTrailingZeros().scale() <= 0);
    }
    return Truth.TRUE;
  }

  private static Truth string(SchemaNode schema, String text) {
    long length = text.codePointCount(0, text.length());
    Long min = schema.count("minLength");
    Long max = schema.count("maxLength");
    if ((min != null && length < min) || (max != null && length > max)) {
      return Truth.FALSE;
    }
    Truth result = Truth.TRUE;
    String pattern = schema.text("pattern");
    if (pattern != null) {
      result = result.and(Regexes.find(pattern, text));
    }
    String format = schema.text("format");
    if (format != null) {
      result = result.and(Formats.check(format, text));
    }
    if (schema.has("contentEncoding") || schema.has("contentMediaType")
        || schema.has("contentSchema")) {
      result = result.and(Truth.UNKNOWN);
    }
    return result;
  }

  private static Truth array(SchemaNode schema, JsonNode value, int depth) {
    Long min = schema.count("minItems");
    Long max = schema.count("maxItems");
    if ((min != null && value.size() < min) || (max != null && value.size() > max)) {
      return Truth.FALSE;
    }
    if (schema.flag("uniqueItems")) {
      Set<String> seen = new HashSet<>();
      for (JsonNode item : value) {
        if (!seen.add(CanonicalJson.of(item))) {
          return Truth.FALSE;
        }
      }
    }
    Truth result = Truth.TRUE;
    List<SchemaNode> prefix = schema.prefixItems();
    SchemaNode rest = schema.restItems();
    for (int i = 0; i < value.size() && result != Truth.FALSE; i++) {
      SchemaNode itemSchema = i < prefix.size() ? prefix.get(i) : rest;
      if (itemSchema != null) {
        result = result.and(check(itemSchema, value.get(i), depth + 1));
      }
    }
    SchemaNode contains = schema.subschema("contains");
    if (contains != null && result != Truth.FALSE) {
      result = result.and(contains(schema, contains, value, depth));
    }
    if (schema.has("unevaluatedItems")) {
      result = result.and(Truth.UNKNOWN);
    }
    return result;
  }

  private static Truth contains(SchemaNode schema, SchemaNode contains, JsonNode value,
      int depth) {
    int matches = 0;
    boolean unknown = false;
    for (JsonNode item : value) {
      Truth match = check(contains, item, depth + 1);
      matches += match == Truth.TRUE ? 1 : 0;
      unknown |= match == Truth.UNKNOWN;
    }
    Long min = schema.count("minContains");
    Long max = schema.count("maxContains");
    long least = min == null ? 1 : min;
    if (unknown) {
      return Truth.UNKNOWN;
    }
    return Truth.of(matches >= least && (max == null || matches <= max));
  }

  private static Truth object(SchemaNode schema, JsonNode value, int depth) {
    Long min = schema.count("minProperties");
    Long max = schema.count("maxProperties");
    if ((min != null && value.size() < min) || (max != null && value.size() > max)) {
      return Truth.FALSE;
    }
    for (String name : schema.required()) {
      if (!value.has(name)) {
        return Truth.FALSE;
      }
    }
    Truth result = Truth.TRUE;
    Map<String, SchemaNode> properties = schema.subschemaMap("properties");
    Map<String, SchemaNode> patterns = schema.subschemaMap("patternProperties");
    SchemaNode additional = schema.subschema("additionalProperties");
    SchemaNode names = schema.subschema("propertyNames");
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      if (result == Truth.FALSE) {
        break;
      }
      String name = entry.getKey();
      List<SchemaNode> applicable = new ArrayList<>();
      if (properties.containsKey(name)) {
        applicable.add(properties.get(name));
      }
      boolean matched = false;
      for (Map.Entry<String, SchemaNode> pattern : patterns.entrySet()) {
        Truth match = Regexes.find(pattern.getKey(), name);
        if (match == Truth.UNKNOWN) {
          return Truth.UNKNOWN;
        }
        if (match == Truth.TRUE) {
          applicable.add(pattern.getValue());
          matched = true;
        }
      }
      if (!properties.containsKey(name) && !matched && additional != null) {
        applicable.add(additional);
      }
      for (SchemaNode applies : applicable) {
        result = result.and(check(applies, entry.getValue(), depth + 1));
      }
      if (names != null) {
        result = result.and(check(names, TextNode.valueOf(name), depth + 1));
      }
    }
    for (Map.Entry<String, List<String>> dependency : schema.dependentRequired().entrySet()) {
      if (value.has(dependency.getKey())
          && dependency.getValue().stream().anyMatch(n -> !value.has(n))) {
        return Truth.FALSE;
      }
    }
    for (Map.Entry<String, SchemaNode> dependency : schema.dependentSchemas().entrySet()) {
      if (value.has(dependency.getKey())) {
        result = result.and(check(dependency.getValue(), value, depth + 1));
      }
    }
    if (schema.has("unevaluatedProperties")) {
      result = result.and(Truth.UNKNOWN);
    }
    return result;
  }

  private static Truth applicators(SchemaNode schema, JsonNode value, int depth) {
    Truth result = Truth.TRUE;
    for (SchemaNode branch : schema.subschemaList("allOf")) {
      result = result.and(check(branch, value, depth + 1));
    }
    if (schema.has("anyOf")) {
      Truth any = Truth.FALSE;
      for (SchemaNode branch : schema.subschemaList("anyOf")) {
        any = any.or(check(branch, value, depth + 1));
      }
      result = result.and(any);
    }
    if (schema.has("oneOf")) {
      int matches = 0;
      boolean unknown = false;
      for (SchemaNode branch : schema.subschemaList("oneOf")) {
        Truth match = check(branch, value, depth + 1);
        matches += match == Truth.TRUE ? 1 : 0;
        unknown |= match == Truth.UNKNOWN;
      }
      result = result.and(matches > 1 ? Truth.FALSE : unknown ? Truth.UNKNOWN
          : Truth.of(matches == 1));
    }
    SchemaNode negated = schema.subschema("not");
    if (negated != null) {
      result = result.and(check(negated, value, depth + 1).not());
    }
    SchemaNode condition = schema.subschema("if");
    if (condition != null) {
      SchemaNode then = schema.subschema("then");
      SchemaNode otherwise = schema.subschema("else");
      Truth holds = check(condition, value, depth + 1);
      Truth whenTrue = then == null ? Truth.TRUE : check(then, value, depth + 1);
      Truth whenFalse = otherwise == null ? Truth.TRUE : check(otherwise, value, depth + 1);
      result = result.and(holds == Truth.TRUE ? whenTrue : holds == Truth.FALSE ? whenFalse
          : whenTrue.and(whenFalse));
    }
    return result;
  }
}
