package dev.treaty.avro.internal.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.model.SourceLocation;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the place of an error Avro's parser reported. Avro's exceptions carry a message but no
 * location; each known message names the offending element (a field, a name, a symbol), which is
 * looked up in the located document. An unknown message still names the file.
 */
final class ParseFailures {

  private static final Set<String> TYPE_KEYS = Set.of("type", "items", "values");

  /** A message shape Avro uses, and how to find its element. */
  private enum Shape {
    UNDEFINED("Undefined (?:schema|name): (.+)"),
    INVALID_DEFAULT("Invalid default for field ([^:]+): .*"),
    DUPLICATE_FIELD("Duplicate field (\\S+) in record .*"),
    DUPLICATE_SYMBOL("Duplicate enum symbol: (.+)"),
    ENUM_DEFAULT("The Enum Default: (.+) is not in the enum symbol set: .*"),
    ILLEGAL_NAME("Illegal (?:initial )?character(?: in)?: (.*)"),
    EMPTY_NAME("Empty name"),
    DUPLICATE_UNION("Duplicate in union: ?(.+)"),
    NESTED_UNION("Nested union: .*"),
    REDEFINED("Can't redefine: (.+)"),
    NO_FIELDS("Record has no fields: .*"),
    NO_TYPE("No type: .*"),
    NO_NAME("No name in schema: .*"),
    NO_SYMBOLS("Enum has no symbols: .*"),
    NO_SIZE("Invalid or no size: .*"),
    NO_ITEMS("Array has no items type: .*"),
    NO_VALUES("Map has no values type: .*"),
    FIELD_NO_NAME("No field name: .*"),
    FIELD_NO_TYPE("No field type: .*");

    private final Pattern pattern;

    Shape(String regex) {
      this.pattern = Pattern.compile(regex, Pattern.DOTALL);
    }
  }

  private ParseFailures() {}

  /**
   * Where in a document the element an Avro message names is.
   *
   * @param document the file Avro was reading
   * @param message Avro's message
   * @return the location, the file alone when no element is found
   */
  static SourceLocation locate(JsonDocument document, String message) {
    String pointer = null;
    for (Shape shape : Shape.values()) {
      Matcher matcher = shape.pattern.matcher(message.trim());
      if (matcher.matches()) {
        String subject = matcher.groupCount() > 0 ? matcher.group(1).trim() : "";
        pointer = find(document, shape, subject);
        break;
      }
    }
    return pointer == null ? SourceLocation.of(document.file().location())
        : document.locate(pointer);
  }

  /**
   * Where a type name is used as a type (not defined): a string at {@code type}, {@code items},
   * {@code values} or in a union.
   *
   * @param document the file
   * @param fullName the name Avro could not resolve, e.g. {@code com.acme.Money}
   * @return the pointer of the first use, or {@code null}
   */
  static @Nullable String typeUse(JsonDocument document, String fullName) {
    String simple = fullName.substring(fullName.lastIndexOf('.') + 1);
    String exact = document.find((node, pointer) -> isTypeUse(document, node, pointer)
        && node.asText().equals(fullName));
    return exact != null ? exact : document.find((node, pointer) ->
        isTypeUse(document, node, pointer) && node.asText().equals(simple));
  }

  private static boolean isTypeUse(JsonDocument document, JsonNode node, String pointer) {
    if (!node.isTextual()) {
      return false;
    }
    if (pointer.isEmpty()) {
      return true;
    }
    String key = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (TYPE_KEYS.contains(key)) {
      return true;
    }
    JsonNode parent = document.at(pointer.substring(0, pointer.lastIndexOf('/')));
    return parent != null && parent.isArray() && !pointer.contains("/symbols/")
        && !pointer.contains("/aliases/");
  }

  private static @Nullable String find(JsonDocument document, Shape shape, String subject) {
    return switch (shape) {
      case UNDEFINED -> typeUse(document, subject);
      case INVALID_DEFAULT -> {
        String field = fieldNamed(document, subject, 0);
        yield field == null ? null : field + "/default";
      }
      case DUPLICATE_FIELD -> fieldNamed(document, subject, 1);
      case DUPLICATE_SYMBOL -> second(document.findAll((node, pointer) -> node.isTextual()
          && node.asText().equals(subject) && pointer.matches(".*/symbols/\\d+")));
      case ENUM_DEFAULT -> document.find((node, pointer) -> pointer.endsWith("/default")
          && node.isTextual() && node.asText().equals(subject)
          && document.at(pointer.substring(0, pointer.lastIndexOf('/')) + "/symbols") != null);
      case ILLEGAL_NAME -> document.find((node, pointer) -> node.isTextual()
          && node.asText().equals(subject) && isNameLike(pointer));
      case EMPTY_NAME -> document.find((node, pointer) -> node.isTextual()
          && node.asText().isEmpty() && isNameLike(pointer));
      case DUPLICATE_UNION -> duplicateInUnion(document, subject);
      case NESTED_UNION -> document.find((node, pointer) -> node.isArray() && !pointer.isEmpty()
          && isUnionMember(document, pointer));
      case REDEFINED -> second(document.findAll((node, pointer) -> pointer.endsWith("/name")
          && node.isTextual() && definedName(node.asText(), subject)));
      case NO_FIELDS -> objectOfType(document, "record", "fields");
      case NO_SYMBOLS -> objectOfType(document, "enum", "symbols");
      case NO_SIZE -> objectOfType(document, "fixed", "size");
      case NO_ITEMS -> objectOfType(document, "array", "items");
      case NO_VALUES -> objectOfType(document, "map", "values");
      case NO_TYPE -> document.find((node, pointer) -> node.isObject() && !node.has("type")
          && !pointer.matches(".*/fields/\\d+"));
      case NO_NAME -> document.find((node, pointer) -> node.isObject()
          && node.path("type").isTextual()
          && Set.of("record", "error", "enum", "fixed").contains(node.get("type").asText())
          && !node.has("name"));
      case FIELD_NO_NAME -> document.find((node, pointer) -> node.isObject()
          && pointer.matches(".*/fields/\\d+") && !node.has("name"));
      case FIELD_NO_TYPE -> document.find((node, pointer) -> node.isObject()
          && pointer.matches(".*/fields/\\d+") && !node.has("type"));
    };
  }

  private static @Nullable String fieldNamed(JsonDocument document, String name, int skip) {
    List<String> fields = document.findAll((node, pointer) -> node.isObject()
        && pointer.matches(".*/fields/\\d+") && node.path("name").asText("").equals(name));
    if (fields.isEmpty()) {
      return null;
    }
    return fields.get(Math.min(skip, fields.size() - 1));
  }

  /** A duplicate is reported where it occurs the second time. */
  private static @Nullable String second(List<String> pointers) {
    if (pointers.isEmpty()) {
      return null;
    }
    return pointers.get(Math.min(1, pointers.size() - 1));
  }

  private static boolean definedName(String written, String fullName) {
    return written.equals(fullName) || fullName.endsWith("." + written);
  }

  private static boolean isNameLike(String pointer) {
    return pointer.endsWith("/name") || pointer.endsWith("/namespace")
        || pointer.matches(".*/(symbols|aliases)/\\d+");
  }

  private static boolean isUnionMember(JsonDocument document, String pointer) {
    JsonNode parent = document.at(pointer.substring(0, pointer.lastIndexOf('/')));
    return parent != null && parent.isArray();
  }

  private static @Nullable String duplicateInUnion(JsonDocument document, String subject) {
    List<String> unions = document.findAll((node, pointer) -> node.isArray()
        && !pointer.endsWith("/symbols") && !pointer.endsWith("/aliases")
        && !pointer.endsWith("/fields"));
    for (String union : unions) {
      JsonNode node = document.at(union);
      int seen = 0;
      for (int i = 0; node != null && i < node.size(); i++) {
        JsonNode branch = node.get(i);
        String label = branch.isTextual() ? branch.asText()
            : branch.path("type").isTextual() ? branch.get("type").asText() : "";
        if (label.equals(subject) || branch.path("name").asText("").equals(subject)) {
          if (++seen == 2) {
            return union + "/" + i;
          }
        }
      }
    }
    return null;
  }

  private static @Nullable String objectOfType(JsonDocument document, String type,
      String missing) {
    return document.find((node, pointer) -> node.isObject()
        && node.path("type").asText("").equals(type)
        && (!node.has(missing) || !validShape(node.get(missing), missing)));
  }

  private static boolean validShape(JsonNode value, String key) {
    return switch (key) {
      case "fields", "symbols" -> value.isArray();
      case "size" -> value.isInt();
      default -> true;
    };
  }
}
