package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * Single-keyword edits of our own design, applied at every subschema location of a base schema
 * to make schema pairs for the oracle (Apitomy's bases, upstream's catalogue being Java code we do
 * not have). Each line of {@link #EDITS} is one edit; most have an obvious direction that breaks
 * (tightening breaks BACKWARD, loosening FORWARD), some change nothing the data can see.
 */
final class EditCatalogue {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Keywords an edit may simply remove; removing definitions would only break references. */
  private static final Set<String> REMOVABLE = Set.of("type", "enum", "const", "minimum", "maximum",
      "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern",
      "format", "properties", "required", "additionalProperties", "patternProperties",
      "propertyNames", "minProperties", "maxProperties", "dependencies", "dependentRequired",
      "dependentSchemas", "unevaluatedProperties", "items", "prefixItems", "additionalItems",
      "unevaluatedItems", "contains", "minItems", "maxItems", "uniqueItems", "allOf", "anyOf",
      "oneOf", "not", "if", "then", "else", "$ref");

  private static final Map<String, String> OTHER_TYPE = Map.of("string", "integer", "integer",
      "string", "number", "string", "boolean", "string", "object", "array", "array", "object",
      "null", "string");

  static final List<SchemaEdit> EDITS = List.of(
      // types
      one("change type", (s, d) -> s.path("type").isTextual(),
          (s, d) -> s.put("type", OTHER_TYPE.getOrDefault(s.get("type").asText(), "string"))),
      one("widen integer to number", (s, d) -> s.path("type").asText().equals("integer"),
          (s, d) -> s.put("type", "number")),
      one("narrow number to integer", (s, d) -> s.path("type").asText().equals("number"),
          (s, d) -> s.put("type", "integer")),
      one("add null to type", (s, d) -> s.has("type") && !types(s).contains("null"),
          (s, d) -> s.set("type", withNull(s.get("type")))),
      one("remove null from type", (s, d) -> s.path("type").isArray() && types(s).contains("null")
          && types(s).size() > 1, (s, d) -> s.set("type", withoutNull(s.get("type")))),
      new SchemaEdit("wrap in nullable anyOf", EditCatalogue::wrapNullable),
      // numbers
      one("add minimum", (s, d) -> numeric(s) && !s.has("minimum") && !s.has("exclusiveMinimum"),
          (s, d) -> s.put("minimum", s.has("maximum") ? s.get("maximum").decimalValue().subtract(BigDecimal.TEN) : BigDecimal.ZERO)),
      one("raise minimum", (s, d) -> s.path("minimum").isNumber(), (s, d) -> shift(s, "minimum", 1)),
      one("lower minimum", (s, d) -> s.path("minimum").isNumber(), (s, d) -> shift(s, "minimum", -1)),
      one("add maximum", (s, d) -> numeric(s) && !s.has("maximum") && !s.has("exclusiveMaximum"),
          (s, d) -> s.put("maximum", s.has("minimum") ? s.get("minimum").decimalValue().add(BigDecimal.TEN) : BigDecimal.valueOf(100))),
      one("lower maximum", (s, d) -> s.path("maximum").isNumber(), (s, d) -> shift(s, "maximum", -1)),
      one("raise maximum", (s, d) -> s.path("maximum").isNumber(), (s, d) -> shift(s, "maximum", 1)),
      one("make minimum exclusive", (s, d) -> s.path("minimum").isNumber() && !s.path("exclusiveMinimum").asBoolean(false),
          (s, d) -> exclusive(s, d, "minimum", "exclusiveMinimum")),
      one("make maximum exclusive", (s, d) -> s.path("maximum").isNumber() && !s.path("exclusiveMaximum").asBoolean(false),
          (s, d) -> exclusive(s, d, "maximum", "exclusiveMaximum")),
      one("make exclusive minimum inclusive", (s, d) -> s.has("exclusiveMinimum"),
          (s, d) -> inclusive(s, "minimum", "exclusiveMinimum")),
      one("add multipleOf", (s, d) -> numeric(s) && !s.has("multipleOf"),
          (s, d) -> s.put("multipleOf", types(s).contains("integer") ? 2 : 0.5)),
      // strings
      one("add minLength", (s, d) -> stringy(s) && !s.has("minLength"), (s, d) -> s.put("minLength", 2)),
      one("raise minLength", (s, d) -> s.path("minLength").isInt(), (s, d) -> shift(s, "minLength", 1)),
      one("lower minLength", (s, d) -> s.path("minLength").asInt(0) > 0, (s, d) -> shift(s, "minLength", -1)),
      one("add maxLength", (s, d) -> stringy(s) && !s.has("maxLength"), (s, d) -> s.put("maxLength", 3)),
      one("lower maxLength", (s, d) -> s.path("maxLength").asInt(0) > 0, (s, d) -> shift(s, "maxLength", -1)),
      one("raise maxLength", (s, d) -> s.path("maxLength").isInt(), (s, d) -> shift(s, "maxLength", 1)),
      one("add pattern", (s, d) -> stringy(s) && !s.has("pattern"), (s, d) -> s.put("pattern", "^[a-z]*$")),
      one("add format", (s, d) -> stringy(s) && !s.has("format"), (s, d) -> s.put("format", "date")),
      // literals
      one("add enum value", (s, d) -> s.path("enum").isArray(), (s, d) -> ((ArrayNode) s.get("enum")).add(otherLiteral(s.get("enum")))),
      one("remove enum value", (s, d) -> s.path("enum").size() > 1, (s, d) -> ((ArrayNode) s.get("enum")).remove(s.get("enum").size() - 1)),
      one("add enum", (s, d) -> stringy(s) && !s.has("enum") && !s.has("const"),
          (s, d) -> s.set("enum", JSON.arrayNode().add("a").add("b"))),
      one("change const", (s, d) -> s.has("const") && d.hasBooleanSchemas(), (s, d) -> s.set("const", otherLiteral(JSON.arrayNode().add(s.get("const"))))),
      one("const to enum", (s, d) -> s.has("const"), (s, d) -> s.set("enum", JSON.arrayNode().add(s.remove("const")))),
      // objects
      one("add optional property", (s, d) -> objecty(s), (s, d) -> s.withObjectProperty("properties").set("added", JSON.objectNode().put("type", "string"))),
      new SchemaEdit("remove property", EditCatalogue::removeProperty),
      new SchemaEdit("add required", EditCatalogue::addRequired),
      new SchemaEdit("remove required", EditCatalogue::removeRequired),
      one("close object", (s, d) -> objecty(s) && !s.path("additionalProperties").isBoolean(),
          (s, d) -> s.put("additionalProperties", false)),
      one("open object", (s, d) -> s.path("additionalProperties").isBoolean() && !s.get("additionalProperties").asBoolean(),
          (s, d) -> s.put("additionalProperties", true)),
      one("additionalProperties to string", (s, d) -> objecty(s) && !s.path("additionalProperties").isObject(),
          (s, d) -> s.set("additionalProperties", JSON.objectNode().put("type", "string"))),
      one("add minProperties", (s, d) -> objecty(s) && !s.has("minProperties"), (s, d) -> s.put("minProperties", 1)),
      one("raise minProperties", (s, d) -> s.path("minProperties").isInt(), (s, d) -> shift(s, "minProperties", 1)),
      one("add maxProperties", (s, d) -> objecty(s) && !s.has("maxProperties"), (s, d) -> s.put("maxProperties", 1)),
      one("lower maxProperties", (s, d) -> s.path("maxProperties").asInt(0) > 0, (s, d) -> shift(s, "maxProperties", -1)),
      one("raise maxProperties", (s, d) -> s.path("maxProperties").isInt(), (s, d) -> shift(s, "maxProperties", 1)),
      one("add patternProperties", (s, d) -> objecty(s), (s, d) -> s.withObjectProperty("patternProperties").set("^y", JSON.objectNode().put("type", "string"))),
      one("set unevaluatedProperties false", (s, d) -> objecty(s) && d.compareTo(Draft.DRAFT_2019_09) >= 0 && !s.has("unevaluatedProperties"),
          (s, d) -> s.put("unevaluatedProperties", false)),
      // arrays
      one("add minItems", (s, d) -> arrayish(s) && !s.has("minItems"), (s, d) -> s.put("minItems", 1)),
      one("add maxItems", (s, d) -> arrayish(s) && !s.has("maxItems"), (s, d) -> s.put("maxItems", 2)),
      one("lower maxItems", (s, d) -> s.path("maxItems").asInt(0) > 0, (s, d) -> shift(s, "maxItems", -1)),
      one("raise maxItems", (s, d) -> s.path("maxItems").isInt(), (s, d) -> shift(s, "maxItems", 1)),
      one("add uniqueItems", (s, d) -> arrayish(s) && !s.path("uniqueItems").asBoolean(false), (s, d) -> s.put("uniqueItems", true)),
      one("add tuple item", (s, d) -> tuple(s, d) != null, (s, d) -> ((ArrayNode) s.get(tuple(s, d))).add(JSON.objectNode().put("type", "boolean"))),
      one("remove last tuple item", (s, d) -> tuple(s, d) != null && s.get(tuple(s, d)).size() > 1,
          (s, d) -> ((ArrayNode) s.get(tuple(s, d))).remove(s.get(tuple(s, d)).size() - 1)),
      one("close tuple", (s, d) -> tuple(s, d) != null && !s.path(afterTuple(d)).isBoolean(), (s, d) -> s.put(afterTuple(d), false)),
      // composition
      one("add anyOf branch", (s, d) -> s.path("anyOf").isArray(), (s, d) -> ((ArrayNode) s.get("anyOf")).add(JSON.objectNode().put("type", "null"))),
      one("add oneOf branch", (s, d) -> s.path("oneOf").isArray(), (s, d) -> ((ArrayNode) s.get("oneOf")).add(JSON.objectNode().put("type", "null"))),
      one("remove last anyOf branch", (s, d) -> s.path("anyOf").size() > 1, (s, d) -> ((ArrayNode) s.get("anyOf")).remove(s.get("anyOf").size() - 1)),
      one("remove last oneOf branch", (s, d) -> s.path("oneOf").size() > 1, (s, d) -> ((ArrayNode) s.get("oneOf")).remove(s.get("oneOf").size() - 1)),
      one("anyOf to oneOf", (s, d) -> s.has("anyOf") && !s.has("oneOf"), (s, d) -> s.set("oneOf", s.remove("anyOf"))),
      one("oneOf to anyOf", (s, d) -> s.has("oneOf") && !s.has("anyOf"), (s, d) -> s.set("anyOf", s.remove("oneOf"))),
      one("remove last allOf branch", (s, d) -> s.path("allOf").size() > 1, (s, d) -> ((ArrayNode) s.get("allOf")).remove(s.get("allOf").size() - 1)),
      one("add not null", (s, d) -> !s.has("not"), (s, d) -> s.set("not", JSON.objectNode().put("type", "null"))),
      new SchemaEdit("remove", EditCatalogue::removeKeyword),
      new SchemaEdit("replace with true", (s, d) -> List.of(new SchemaEdit.Edited("",
          d.hasBooleanSchemas() ? BooleanNode.TRUE : JSON.objectNode()))),
      new SchemaEdit("replace with false", (s, d) -> List.of(new SchemaEdit.Edited("",
          d.hasBooleanSchemas() ? BooleanNode.FALSE : JSON.objectNode().set("not", JSON.objectNode())))));

  private EditCatalogue() {}

  /**
   * Every edit of a base schema at every subschema location, as pairs (base, edited).
   *
   * @param baseId the base's name, for the pair ids
   * @param draft the draft to render the base in ({@code $schema} is added)
   * @param base the base schema, without {@code $schema}
   * @return the pairs, ids like {@code object @draft-07 /properties/a raise minimum}
   */
  static List<SchemaPair> pairs(String baseId, String draftLabel, JsonNode base) {
    Draft draft = Draft.ofLabel(draftLabel);
    ObjectNode rendered = JSON.objectNode().put("$schema", draft.uri());
    rendered.setAll((ObjectNode) base);
    List<SchemaPair> pairs = new ArrayList<>();
    for (SchemaKeywords.Located location : SchemaKeywords.walk(rendered)) {
      String where = location.pointer().matches() ? "/" : location.pointer().toString();
      for (SchemaEdit edit : EDITS) {
        for (SchemaEdit.Edited edited : edit.applyTo(location.schema(), draft)) {
          if (edited.schema().equals(location.schema())) {
            continue; // "replace with false" where it already is false
          }
          JsonNode changed = replaced(rendered, location.pointer(), edited.schema(), draft);
          String id = baseId + " @" + draftLabel + " " + where + " " + edit.name()
              + (edited.detail().isEmpty() ? "" : " " + edited.detail());
          pairs.add(new SchemaPair(id, rendered, changed));
        }
      }
    }
    return pairs;
  }

  /** The document with one subschema replaced; at the root the {@code $schema} is kept. */
  private static JsonNode replaced(ObjectNode document, JsonPointer at, JsonNode replacement, Draft draft) {
    if (at.matches()) {
      if (!replacement.isObject()) {
        return replacement;
      }
      ObjectNode root = ((ObjectNode) replacement).deepCopy();
      if (!root.has("$schema")) {
        ObjectNode withSchema = JSON.objectNode().put("$schema", draft.uri());
        withSchema.setAll(root);
        return withSchema;
      }
      return root;
    }
    ObjectNode copy = document.deepCopy();
    JsonNode parent = copy.at(at.head());
    if (parent.isObject()) {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), replacement);
    } else {
      ((ArrayNode) parent).set(at.last().getMatchingIndex(), replacement);
    }
    return copy;
  }

  /** An edit that applies one way to object schemas that pass the test. */
  private static SchemaEdit one(String name, BiPredicate<ObjectNode, Draft> applies,
      BiConsumer<ObjectNode, Draft> change) {
    return new SchemaEdit(name, (schema, draft) -> {
      if (!schema.isObject() || !applies.test((ObjectNode) schema, draft)) {
        return List.of();
      }
      ObjectNode copy = ((ObjectNode) schema).deepCopy();
      change.accept(copy, draft);
      return List.of(new SchemaEdit.Edited("", copy));
    });
  }

  private static List<SchemaEdit.Edited> removeProperty(JsonNode schema, Draft draft) {
    List<SchemaEdit.Edited> edits = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(name -> {
      ObjectNode copy = schema.deepCopy();
      ((ObjectNode) copy.get("properties")).remove(name);
      edits.add(new SchemaEdit.Edited(name, copy));
    });
    return edits;
  }

  private static List<SchemaEdit.Edited> addRequired(JsonNode schema, Draft draft) {
    List<SchemaEdit.Edited> edits = new ArrayList<>();
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(n -> required.add(n.asText()));
    schema.path("properties").fieldNames().forEachRemaining(name -> {
      if (!required.contains(name)) {
        ObjectNode copy = schema.deepCopy();
        copy.withArrayProperty("required").add(name);
        edits.add(new SchemaEdit.Edited(name, copy));
      }
    });
    return edits;
  }

  private static List<SchemaEdit.Edited> removeRequired(JsonNode schema, Draft draft) {
    List<SchemaEdit.Edited> edits = new ArrayList<>();
    for (int i = 0; i < schema.path("required").size(); i++) {
      ObjectNode copy = schema.deepCopy();
      ArrayNode required = (ArrayNode) copy.get("required");
      String name = required.remove(i).asText();
      if (required.isEmpty() && draft == Draft.DRAFT_4) {
        copy.remove("required"); // draft 4 wants at least one name
      }
      edits.add(new SchemaEdit.Edited(name, copy));
    }
    return edits;
  }

  private static List<SchemaEdit.Edited> removeKeyword(JsonNode schema, Draft draft) {
    List<SchemaEdit.Edited> edits = new ArrayList<>();
    schema.fieldNames().forEachRemaining(keyword -> {
      if (REMOVABLE.contains(keyword)) {
        ObjectNode copy = schema.deepCopy();
        copy.remove(keyword);
        edits.add(new SchemaEdit.Edited(keyword, copy));
      }
    });
    return edits;
  }

  /** {"anyOf": [schema, {"type": "null"}]}; definitions and identity stay where refs find them. */
  private static List<SchemaEdit.Edited> wrapNullable(JsonNode schema, Draft draft) {
    if (!schema.isObject()) {
      return List.of();
    }
    ObjectNode inner = schema.deepCopy();
    ObjectNode wrapper = JSON.objectNode();
    for (String kept : new String[] {"$schema", "$id", "id", "definitions", "$defs"}) {
      if (inner.has(kept)) {
        wrapper.set(kept, inner.remove(kept));
      }
    }
    wrapper.set("anyOf", JSON.arrayNode().add(inner).add(JSON.objectNode().put("type", "null")));
    return List.of(new SchemaEdit.Edited("", wrapper));
  }

  private static void shift(ObjectNode schema, String keyword, int by) {
    schema.put(keyword, schema.get(keyword).decimalValue().add(BigDecimal.valueOf(by)));
    if (schema.get(keyword).decimalValue().scale() <= 0 && schema.get(keyword).canConvertToInt()) {
      schema.put(keyword, schema.get(keyword).intValue());
    }
  }

  private static void exclusive(ObjectNode schema, Draft draft, String inclusive, String exclusive) {
    if (draft == Draft.DRAFT_4) {
      schema.put(exclusive, true);
    } else {
      schema.set(exclusive, schema.remove(inclusive));
    }
  }

  private static void inclusive(ObjectNode schema, String inclusive, String exclusive) {
    JsonNode bound = schema.remove(exclusive);
    if (bound.isNumber()) {
      schema.set(inclusive, bound);
    }
  }

  private static JsonNode otherLiteral(JsonNode values) {
    BigDecimal largest = null;
    for (JsonNode value : values) {
      if (value.isNumber() && (largest == null || value.decimalValue().compareTo(largest) > 0)) {
        largest = value.decimalValue();
      }
    }
    if (largest != null) {
      return NumberCandidates.toNode(largest.add(BigDecimal.ONE));
    }
    return TextNode.valueOf("added" + values.size());
  }

  private static Set<String> types(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isTextual()) {
      return Set.of(type.asText());
    }
    List<String> names = new ArrayList<>();
    type.forEach(t -> names.add(t.asText()));
    return Set.copyOf(names);
  }

  private static JsonNode withNull(JsonNode type) {
    ArrayNode types = type.isArray() ? type.deepCopy() : JSON.arrayNode().add(type.asText());
    return types.add("null");
  }

  private static JsonNode withoutNull(JsonNode type) {
    ArrayNode types = JSON.arrayNode();
    type.forEach(t -> {
      if (!t.asText().equals("null")) {
        types.add(t);
      }
    });
    return types.size() == 1 ? types.get(0) : types;
  }

  private static boolean numeric(JsonNode s) {
    return types(s).contains("number") || types(s).contains("integer")
        || s.has("minimum") || s.has("maximum") || s.has("multipleOf");
  }

  private static boolean stringy(JsonNode s) {
    return types(s).contains("string") || s.has("minLength") || s.has("maxLength") || s.has("pattern");
  }

  private static boolean objecty(JsonNode s) {
    return types(s).contains("object") || s.has("properties") || s.has("patternProperties");
  }

  private static boolean arrayish(JsonNode s) {
    return types(s).contains("array") || s.has("items") || s.has("prefixItems");
  }

  /** The keyword holding a tuple's items in this draft, if the schema is a tuple. */
  private static @org.jspecify.annotations.Nullable String tuple(JsonNode s, Draft draft) {
    String keyword = draft == Draft.DRAFT_2020_12 ? "prefixItems" : "items";
    return s.path(keyword).isArray() ? keyword : null;
  }

  private static String afterTuple(Draft draft) {
    return draft == Draft.DRAFT_2020_12 ? "items" : "additionalItems";
  }
}
