package dev.treaty.internal.jsonschema.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.model.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One subschema of a {@link SchemaGraph}: where it is, and its keywords read the way its draft
 * defines them. Every accessor hides a difference between drafts: {@link #prefixItems()} reads
 * tuple {@code items} arrays and {@code prefixItems}, {@link #lowerBounds()} reads boolean and
 * numeric {@code exclusiveMinimum}, {@link #dependentRequired()} reads {@code dependencies}.
 * Nodes are interned by their graph, so identity means "same place".
 */
public final class SchemaNode {

  /** Keywords that only combine or point to other schemas, or hold definitions. */
  private static final Set<String> STRUCTURAL = Set.of("$ref", "$dynamicRef", "$recursiveRef",
      "$defs", "definitions", "allOf", "anyOf", "oneOf");

  private final SchemaGraph graph;
  private final SchemaDocument document;
  private final String pointer;
  private final JsonNode json;
  private final long id;
  /** Subschema lists and maps, computed once: a graph is immutable once loaded. */
  private final Map<String, Object> cache = new java.util.concurrent.ConcurrentHashMap<>();

  SchemaNode(SchemaGraph graph, SchemaDocument document, String pointer, JsonNode json, long id) {
    this.graph = graph;
    this.document = document;
    this.pointer = pointer;
    this.json = json;
    this.id = id;
  }

  /**
   * A number unique to this node among all nodes of all graphs of this process.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * The graph the node belongs to.
   *
   * @return the graph
   */
  public SchemaGraph graph() {
    return graph;
  }

  /**
   * The file the node is in.
   *
   * @return the document
   */
  public SchemaDocument document() {
    return document;
  }

  /**
   * The node's JSON pointer within its file.
   *
   * @return e.g. {@code /properties/amount}
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The node's JSON.
   *
   * @return the schema value, an object or a boolean
   */
  public JsonNode json() {
    return json;
  }

  /**
   * How findings name this node, or one of its keywords.
   *
   * @param keyword a keyword of this node, or {@code null} for the node itself
   * @return e.g. {@code /properties/amount/type}
   */
  public String label(@Nullable String keyword) {
    return document.label(keyword == null ? pointer : pointer + "/" + escape(keyword));
  }

  /**
   * Where the node is in its file.
   *
   * @return file, line and column
   */
  public SourceLocation location() {
    return document.locate(pointer);
  }

  /**
   * The draft the node is read as.
   *
   * @return the draft of its file
   */
  public Draft draft() {
    return document.draft();
  }

  /**
   * Whether the node is the schema {@code false}, which nothing satisfies.
   *
   * @return {@code true} for {@code false}
   */
  public boolean isFalse() {
    return json.isBoolean() && !json.booleanValue();
  }

  /**
   * Whether the node is a boolean schema.
   *
   * @return {@code true} for {@code true} and {@code false}
   */
  public boolean isBoolean() {
    return json.isBoolean();
  }

  /**
   * Whether the node has the keyword and its draft gives it a meaning.
   *
   * @param keyword the keyword
   * @return {@code true} if validators act on it here
   */
  public boolean has(String keyword) {
    return json.isObject() && json.has(keyword) && defines(keyword);
  }

  private boolean defines(String keyword) {
    return document.tolerant() || document.draft().defines(keyword);
  }

  /**
   * The value of a keyword that has a meaning here.
   *
   * @param keyword the keyword
   * @return its value, or {@code null}
   */
  public @Nullable JsonNode value(String keyword) {
    return has(keyword) ? json.get(keyword) : null;
  }

  /**
   * Whether {@code $ref} replaces the node's other keywords, as in drafts 4 to 7.
   *
   * @return {@code true} if the node has {@code $ref} and is read as draft 7 or earlier
   */
  public boolean refReplacesSiblings() {
    return has("$ref") && !document.tolerant() && !document.draft().isAtLeast(Draft.DRAFT_2019_09);
  }

  /**
   * The schemas this node refers to with {@code $ref}, {@code $dynamicRef} or
   * {@code $recursiveRef}, resolved when the graph was loaded.
   *
   * @return the targets, in keyword order
   */
  public List<SchemaNode> references() {
    return graph.referencesOf(this);
  }

  /**
   * The subschema under a keyword.
   *
   * @param keyword e.g. {@code not}
   * @return the subschema, or {@code null} if the keyword is absent or has no schema value
   */
  public @Nullable SchemaNode subschema(String keyword) {
    JsonNode value = value(keyword);
    return isSchema(value) ? child(escape(keyword)) : null;
  }

  /**
   * The subschemas in an array keyword.
   *
   * @param keyword e.g. {@code anyOf}
   * @return the subschemas, in order; empty if absent
   */
  @SuppressWarnings("unchecked")
  public List<SchemaNode> subschemaList(String keyword) {
    return (List<SchemaNode>) cache.computeIfAbsent("list:" + keyword, k -> listOf(keyword));
  }

  private List<SchemaNode> listOf(String keyword) {
    JsonNode value = value(keyword);
    List<SchemaNode> list = new ArrayList<>();
    if (value != null && value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        if (isSchema(value.get(i))) {
          list.add(child(escape(keyword) + "/" + i));
        }
      }
    }
    return List.copyOf(list);
  }

  /**
   * The subschemas in a map keyword.
   *
   * @param keyword e.g. {@code properties}
   * @return the subschemas by name, in file order; empty if absent
   */
  @SuppressWarnings("unchecked")
  public Map<String, SchemaNode> subschemaMap(String keyword) {
    return (Map<String, SchemaNode>) cache.computeIfAbsent("map:" + keyword, k -> mapOf(keyword));
  }

  private Map<String, SchemaNode> mapOf(String keyword) {
    JsonNode value = value(keyword);
    Map<String, SchemaNode> map = new LinkedHashMap<>();
    if (value != null && value.isObject()) {
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        if (isSchema(entry.getValue())) {
          map.put(entry.getKey(), child(escape(keyword) + "/" + escape(entry.getKey())));
        }
      }
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  private SchemaNode child(String relative) {
    return graph.node(document, pointer + "/" + relative);
  }

  /**
   * The JSON types the node allows by its {@code type} keyword.
   *
   * @return the type names, or {@code null} when the node has no {@code type}
   */
  public @Nullable Set<String> types() {
    JsonNode value = value("type");
    if (value == null) {
      return null;
    }
    Set<String> names = new LinkedHashSet<>();
    if (value.isTextual()) {
      names.add(value.textValue());
    } else {
      value.forEach(item -> names.add(item.asText()));
    }
    return names;
  }

  /**
   * Whether the node says {@code nullable: true}, OpenAPI's spelling of "also null".
   *
   * @return {@code true} if so
   */
  public boolean openApiNullable() {
    JsonNode value = value("nullable");
    return value != null && value.isBoolean() && value.booleanValue();
  }

  /**
   * The only values the node allows, from {@code enum} and {@code const}.
   *
   * @return the values (both keywords: the values in both), or {@code null} when neither is set
   */
  public @Nullable List<JsonNode> allowedValues() {
    JsonNode enumValue = value("enum");
    JsonNode constValue = value("const");
    if (enumValue == null && constValue == null) {
      return null;
    }
    List<JsonNode> values = new ArrayList<>();
    if (enumValue != null && enumValue.isArray()) {
      enumValue.forEach(values::add);
    }
    if (constValue != null) {
      if (enumValue == null) {
        values.add(constValue);
      } else {
        String wanted = CanonicalJson.of(constValue);
        values.removeIf(v -> !CanonicalJson.of(v).equals(wanted));
      }
    }
    return values;
  }

  /**
   * The node's lower bounds on numbers, in every spelling of its draft.
   *
   * @return the bounds; empty when there are none
   */
  public List<Bound> lowerBounds() {
    return bounds("minimum", "exclusiveMinimum");
  }

  /**
   * The node's upper bounds on numbers, in every spelling of its draft.
   *
   * @return the bounds; empty when there are none
   */
  public List<Bound> upperBounds() {
    return bounds("maximum", "exclusiveMaximum");
  }

  private List<Bound> bounds(String inclusiveName, String exclusiveName) {
    List<Bound> bounds = new ArrayList<>();
    JsonNode inclusive = value(inclusiveName);
    JsonNode exclusive = value(exclusiveName);
    boolean flag = exclusive != null && exclusive.isBoolean() && exclusive.booleanValue();
    if (inclusive != null && inclusive.isNumber()) {
      bounds.add(new Bound(inclusive.decimalValue(), flag));
    }
    if (exclusive != null && exclusive.isNumber()) {
      bounds.add(new Bound(exclusive.decimalValue(), true));
    }
    return bounds;
  }

  /**
   * A non-negative integer keyword such as {@code maxLength}.
   *
   * @param keyword the keyword
   * @return its value, or {@code null}
   */
  public @Nullable Long count(String keyword) {
    JsonNode value = value(keyword);
    if (value == null || !value.isNumber()) {
      return null;
    }
    return value.decimalValue().setScale(0, java.math.RoundingMode.FLOOR).longValue();
  }

  /**
   * A number keyword such as {@code multipleOf}.
   *
   * @param keyword the keyword
   * @return its value, or {@code null}
   */
  public @Nullable BigDecimal decimal(String keyword) {
    JsonNode value = value(keyword);
    return value != null && value.isNumber() ? value.decimalValue() : null;
  }

  /**
   * A string keyword such as {@code format}.
   *
   * @param keyword the keyword
   * @return its value, or {@code null}
   */
  public @Nullable String text(String keyword) {
    JsonNode value = value(keyword);
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  /**
   * Whether a boolean keyword such as {@code uniqueItems} is {@code true}.
   *
   * @param keyword the keyword
   * @return {@code true} if set to {@code true}
   */
  public boolean flag(String keyword) {
    JsonNode value = value(keyword);
    return value != null && value.isBoolean() && value.booleanValue();
  }

  /**
   * The names in {@code required}.
   *
   * @return the names, in order; empty if absent
   */
  @SuppressWarnings("unchecked")
  public List<String> required() {
    return (List<String>) cache.computeIfAbsent("required", k -> requiredNames());
  }

  private List<String> requiredNames() {
    JsonNode value = value("required");
    List<String> names = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(item -> names.add(item.asText()));
    }
    return List.copyOf(names);
  }

  /**
   * Whether the node has keywords of its own beyond references, {@code allOf}/{@code anyOf}/
   * {@code oneOf}, definitions and annotations: a bare {@code {"$ref": ...}} has none, so it
   * adds nothing to the schemas it joins.
   *
   * @return {@code true} if some keyword of the node constrains values by itself
   */
  public boolean hasOwnKeywords() {
    return (Boolean) cache.computeIfAbsent("own", k -> {
      if (!json.isObject()) {
        return false;
      }
      for (java.util.Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!STRUCTURAL.contains(name) && !CanonicalJson.ANNOTATIONS.contains(name)) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * The schemas of leading array positions: {@code prefixItems}, or a tuple {@code items} array
   * in drafts that have one.
   *
   * @return the schemas by position; empty if there are none
   */
  public List<SchemaNode> prefixItems() {
    if (has("prefixItems")) {
      return subschemaList("prefixItems");
    }
    JsonNode items = value("items");
    if (items != null && items.isArray()) {
      return subschemaList("items");
    }
    return List.of();
  }

  /**
   * The schema of the array positions after {@link #prefixItems()}.
   *
   * @return {@code items} or {@code additionalItems}, whichever applies; {@code null} if none
   */
  public @Nullable SchemaNode restItems() {
    JsonNode items = value("items");
    if (items != null && items.isArray()) {
      return has("prefixItems") ? null : subschema("additionalItems");
    }
    return subschema("items");
  }

  /**
   * Which properties each property requires when present: {@code dependentRequired}, or the
   * array form of {@code dependencies}.
   *
   * @return required names by triggering property; empty if none
   */
  public Map<String, List<String>> dependentRequired() {
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (String keyword : List.of("dependencies", "dependentRequired")) {
      JsonNode value = value(keyword);
      if (value == null || !value.isObject()) {
        continue;
      }
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        if (entry.getValue().isArray()) {
          List<String> names = result.computeIfAbsent(entry.getKey(), k -> new ArrayList<>());
          entry.getValue().forEach(item -> names.add(item.asText()));
        }
      }
    }
    return result;
  }

  /**
   * Which schema applies when a property is present: {@code dependentSchemas}, or the schema
   * form of {@code dependencies}.
   *
   * @return schemas by triggering property; empty if none
   */
  public Map<String, SchemaNode> dependentSchemas() {
    Map<String, SchemaNode> result = new LinkedHashMap<>();
    result.putAll(subschemaMap("dependencies"));
    result.putAll(subschemaMap("dependentSchemas"));
    return result;
  }

  /**
   * The node's title, if any.
   *
   * @return the title, or {@code null}
   */
  public @Nullable String title() {
    JsonNode value = json.isObject() ? json.get("title") : null;
    return value != null && value.isTextual() && !value.textValue().isBlank()
        ? value.textValue() : null;
  }

  /**
   * The name under which the node is defined, when it is a definition.
   *
   * @return {@code X} for {@code /$defs/X} or {@code /definitions/X}, else {@code null}
   */
  public @Nullable String definitionName() {
    int slash = pointer.lastIndexOf('/');
    if (slash <= 0) {
      return null;
    }
    String parent = pointer.substring(0, slash);
    if (parent.endsWith("/$defs") || parent.endsWith("/definitions")
        || parent.equals("/$defs") || parent.equals("/definitions")) {
      return unescape(pointer.substring(slash + 1));
    }
    return null;
  }

  private static boolean isSchema(@Nullable JsonNode value) {
    return value != null && (value.isObject() || value.isBoolean());
  }

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  @Override
  public String toString() {
    return label(null);
  }
}
