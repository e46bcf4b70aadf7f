package dev.treaty.internal.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.treaty.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One of Treaty's own document schemas (bundled in the jar, never fetched), with messages that
 * say, in a data engineer's words, where a document is wrong and what was expected.
 */
public final class DocumentSchema {

  private final String resource;
  private final JsonNode schemaNode;
  private final Schema schema;

  private DocumentSchema(String resource, JsonNode schemaNode, Schema schema) {
    this.resource = resource;
    this.schemaNode = schemaNode;
    this.schema = schema;
  }

  /**
   * Loads a bundled schema.
   *
   * @param resource the class-path resource, e.g. {@code /dev/treaty/schemas/expectation-v1.schema.json}
   * @return the compiled schema
   */
  public static DocumentSchema load(String resource) {
    try (InputStream in = DocumentSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Treaty's jar lacks the resource " + resource);
      }
      JsonNode node = new ObjectMapper().readTree(in);
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)));
      return new DocumentSchema(resource, node, registry.getSchema(node));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Treaty's resource " + resource, e);
    }
  }

  /**
   * Validates a document.
   *
   * @param document the document
   * @return the problems, in document order; empty when the document is valid
   */
  public List<Problem> validate(LocatedDocument document) {
    List<Error> errors = schema.validate(document.root());
    Set<Problem> problems = new LinkedHashSet<>();
    for (Error error : errors) {
      if (isNoise(error, errors)) {
        continue;
      }
      String pointer = pointer(error.getInstanceLocation());
      String property = error.getProperty();
      if ("additionalProperties".equals(error.getKeyword())
          || "unevaluatedProperties".equals(error.getKeyword())) {
        String at = pointer + "/" + escape(property == null ? "" : property);
        problems.add(document.problem(at, message(error)));
      } else {
        problems.add(document.problem(pointer, message(error)));
      }
    }
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(null);
    return List.copyOf(sorted);
  }

  @Override
  public String toString() {
    return resource;
  }

  /**
   * Drops the summary errors of {@code oneOf}/{@code anyOf}/{@code if} when a more precise error
   * at the same or a deeper place says what is wrong.
   */
  private static boolean isNoise(Error error, List<Error> all) {
    String keyword = error.getKeyword();
    if (!"oneOf".equals(keyword) && !"anyOf".equals(keyword) && !"allOf".equals(keyword)
        && !"if".equals(keyword) && !"then".equals(keyword)) {
      return false;
    }
    String here = pointer(error.getInstanceLocation());
    return all.stream().anyMatch(other -> other != error
        && !Set.of("oneOf", "anyOf", "allOf", "if", "then").contains(other.getKeyword())
        && pointer(other.getInstanceLocation()).startsWith(here));
  }

  private String message(Error error) {
    String field = fieldName(pointer(error.getInstanceLocation()));
    Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
    JsonNode value = error.getInstanceNode();
    return switch (error.getKeyword()) {
      case "required" -> "Missing required field `" + arg(args, 0) + "`" + in(field) + ".";
      case "additionalProperties", "unevaluatedProperties" ->
          sentence("Unknown field `" + error.getProperty() + "`" + in(field) + suggestion(error));
      case "type" -> "`" + orDocument(field) + "` must be " + article(arg(args, 1)) + ", found "
          + describe(value) + hint(value, arg(args, 1)) + ".";
      case "enum" -> "`" + orDocument(field) + "` must be one of " + enumValues(error) + ", found "
          + describe(value) + ".";
      case "const" -> "`" + orDocument(field) + "` must be " + constValue(error) + ", found "
          + describe(value) + ".";
      case "pattern" -> "`" + orDocument(field) + "` " + describe(value) + " "
          + patternHint(error) + ".";
      case "minLength" -> "`" + orDocument(field) + "` must not be empty.";
      case "minItems" -> "`" + orDocument(field) + "` needs at least " + arg(args, 0) + " entries.";
      case "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum" ->
          "`" + orDocument(field) + "` " + error.getMessage().replaceFirst("^\\S+:?\\s*", "") + ".";
      default -> "`" + orDocument(field) + "`: " + error.getMessage().replaceFirst("^\\S+:?\\s*", "") + ".";
    };
  }

  /** For an unknown field: the known name it is probably a typo of, or the known names. */
  private String suggestion(Error error) {
    String unknown = error.getProperty() == null ? "" : error.getProperty();
    List<String> known = new ArrayList<>();
    if (error.getSchemaLocation() != null) {
      String keywordPointer = pointer(error.getSchemaLocation().getFragment());
      String parentPointer = keywordPointer.substring(0, Math.max(0, keywordPointer.lastIndexOf('/')));
      schemaNode.at(parentPointer + "/properties").fieldNames().forEachRemaining(known::add);
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : known) {
      int distance = editDistance(unknown.toLowerCase(java.util.Locale.ROOT),
          name.toLowerCase(java.util.Locale.ROOT));
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    if (best != null && bestDistance <= Math.max(1, unknown.length() / 3)) {
      return "; did you mean `" + best + "`?";
    }
    if (!known.isEmpty() && known.size() <= 16) {
      return "; expected one of " + known.stream().map(n -> "`" + n + "`")
          .collect(Collectors.joining(", "));
    }
    return "";
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String patternHint(Error error) {
    JsonNode schemaNode = error.getSchemaNode();
    String pattern = schemaNode == null ? "" : schemaNode.asText();
    return "does not match the pattern " + pattern;
  }

  private static String enumValues(Error error) {
    JsonNode values = error.getSchemaNode();
    if (values == null || !values.isArray()) {
      return String.valueOf(Arrays.toString(error.getArguments()));
    }
    List<String> texts = new ArrayList<>();
    values.forEach(v -> texts.add(v.isTextual() ? v.asText() : v.toString()));
    return String.join(", ", texts);
  }

  private static String constValue(Error error) {
    JsonNode value = error.getSchemaNode();
    return value == null ? "a fixed value" : value.isTextual() ? value.asText() : value.toString();
  }

  private static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      String text = value.asText();
      return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
    }
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "a list";
    }
    return value.isNumber() ? "the number " + value : value.toString();
  }

  private static String hint(JsonNode value, String expected) {
    if (value != null && expected.contains("string") && (value.isNumber() || value.isBoolean())) {
      return " (quote it in YAML, e.g. \"" + value.asText() + "\")";
    }
    return "";
  }

  private static String article(String types) {
    String cleaned = types.replaceAll("[\\[\\]]", "");
    String[] parts = cleaned.split(",\\s*");
    List<String> words = new ArrayList<>();
    for (String part : parts) {
      words.add(switch (part.trim()) {
        case "object" -> "an object";
        case "array" -> "a list";
        case "integer" -> "an integer";
        case "number" -> "a number";
        case "boolean" -> "true or false";
        case "string" -> "a string";
        case "null" -> "null";
        default -> part.trim();
      });
    }
    return String.join(" or ", words);
  }

  private static String sentence(String text) {
    return text.endsWith("?") || text.endsWith(".") ? text : text + ".";
  }

  private static String arg(Object[] args, int index) {
    return index < args.length && args[index] != null ? String.valueOf(args[index]) : "";
  }

  private static String in(String field) {
    return field.isEmpty() ? "" : " in `" + field + "`";
  }

  private static String orDocument(String field) {
    return field.isEmpty() ? "(document)" : field;
  }

  /** {@code /schema/0/properties/2/name} reads {@code schema[0].properties[2].name}. */
  static String fieldName(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit) && !name.isEmpty()) {
        out.append('[').append(name).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(name);
      }
    }
    return out.toString();
  }

  static String pointer(NodePath path) {
    if (path == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      out.append('/').append(escape(String.valueOf(element)));
    }
    return out.toString();
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
