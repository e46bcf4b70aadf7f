package dev.treaty.avro.internal.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import dev.treaty.model.SourceLocation;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * A schema file read as JSON, every value remembering its line and column by JSON pointer.
 * Avro's own parser reports no place for its errors; reading the file first lets every error name
 * {@code file:line:column}, and refuses hostile input (too large, too deeply nested, duplicate
 * keys) before Avro's recursive parser sees it.
 */
public final class JsonDocument {

  /** Larger schema files are refused; real schemas are kilobytes. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;
  /** Deeper JSON nesting is refused; real schemas nest a few dozen levels. */
  public static final int MAX_DEPTH = 500;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxDocumentLength(MAX_BYTES)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final SourceFile file;
  private final JsonNode root;
  private final Map<String, JsonLocation> locations;

  private JsonDocument(SourceFile file, JsonNode root, Map<String, JsonLocation> locations) {
    this.file = file;
    this.root = root;
    this.locations = locations;
  }

  /**
   * Reads a file.
   *
   * @param file the schema file
   * @return the document
   * @throws InvalidInputException naming line and column when the file is not well-formed JSON
   */
  public static JsonDocument read(SourceFile file) {
    if (file.size() > MAX_BYTES) {
      throw InvalidInputException.of(new Problem(SourceLocation.of(file.location()),
          "The schema is " + file.size() + " bytes; Treaty reads schema files up to "
              + MAX_BYTES + " bytes."));
    }
    Map<String, JsonLocation> locations = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(file.bytes())) {
      try {
        JsonToken first = parser.nextToken();
        if (first == null) {
          throw InvalidInputException.of(new Problem(SourceLocation.of(file.location()),
              "The schema file is empty."));
        }
        JsonNode root = value(parser, "", locations);
        if (parser.nextToken() != null) {
          throw InvalidInputException.of(new Problem(at(file, parser.currentTokenLocation(), null),
              "Unexpected content after the end of the schema."));
        }
        return new JsonDocument(file, root, locations);
      } catch (JsonProcessingException e) {
        // limits (nesting depth, size) carry no location of their own: use the parser's
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        throw new InvalidInputException(file.location() + " is not well-formed JSON",
            List.of(new Problem(at(file, where, null), plainMessage(e))), e);
      }
    } catch (IOException e) {
      throw new InvalidInputException(file.location() + " cannot be read",
          List.of(new Problem(SourceLocation.of(file.location()), String.valueOf(e.getMessage()))),
          e);
    }
  }

  /** Reads the value at the current token; recursion is bounded by the parser's depth limit. */
  private static JsonNode value(JsonParser parser, String pointer, Map<String, JsonLocation> out)
      throws IOException {
    out.put(pointer, parser.currentTokenLocation());
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, value(parser, pointer + "/" + escape(name), out));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser, pointer + "/" + index++, out));
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return nodes.numberNode(parser.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(parser.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      default -> throw new JsonParseException(parser, "Unexpected token " + token + ".");
    }
  }

  /**
   * The file this document was read from.
   *
   * @return the file
   */
  public SourceFile file() {
    return file;
  }

  /**
   * The file's text, as Avro's parser reads it.
   *
   * @return the text
   */
  public String text() {
    return file.text();
  }

  /**
   * The document's root value.
   *
   * @return the root
   */
  public JsonNode root() {
    return root;
  }

  /**
   * The value at a JSON pointer.
   *
   * @param pointer e.g. {@code /fields/0/default}
   * @return the value, or {@code null} when there is none
   */
  public @Nullable JsonNode at(String pointer) {
    JsonNode node = root.at(pointer);
    return node.isMissingNode() ? null : node;
  }

  /**
   * Where the value at a JSON pointer starts.
   *
   * @param pointer a pointer into this document
   * @return the location; the file alone when the pointer names no value
   */
  public SourceLocation locate(String pointer) {
    JsonLocation where = locations.get(pointer);
    return where == null ? new SourceLocation(file.location(), 0, 0, pointer)
        : at(file, where, pointer);
  }

  /**
   * The first value, in document order, that a test accepts.
   *
   * @param test given a value and its pointer
   * @return the pointer of the first accepted value, or {@code null}
   */
  public @Nullable String find(BiPredicate<JsonNode, String> test) {
    return find(root, "", test);
  }

  /**
   * Every value, in document order, that a test accepts.
   *
   * @param test given a value and its pointer
   * @return the pointers, in document order
   */
  public List<String> findAll(BiPredicate<JsonNode, String> test) {
    List<String> out = new java.util.ArrayList<>();
    collect(root, "", test, out);
    return out;
  }

  private static @Nullable String find(JsonNode node, String pointer,
      BiPredicate<JsonNode, String> test) {
    List<String> out = new java.util.ArrayList<>();
    collect(node, pointer, test, out);
    return out.isEmpty() ? null : out.get(0);
  }

  private static void collect(JsonNode node, String pointer, BiPredicate<JsonNode, String> test,
      List<String> out) {
    if (test.test(node, pointer)) {
      out.add(pointer);
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        collect(entry.getValue(), pointer + "/" + escape(entry.getKey()), test, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, test, out);
      }
    }
  }

  /**
   * Escapes a key for a JSON pointer (RFC 6901).
   *
   * @param key an object key
   * @return the escaped reference token
   */
  public static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static SourceLocation at(SourceFile file, @Nullable JsonLocation where,
      @Nullable String pointer) {
    if (where == null) {
      return new SourceLocation(file.location(), 0, 0, pointer);
    }
    return new SourceLocation(file.location(), Math.max(0, where.getLineNr()),
        Math.max(0, where.getColumnNr()), pointer);
  }

  /** The parser's message without its location suffix and source excerpt. */
  private static String plainMessage(JsonProcessingException e) {
    String text = e.getOriginalMessage();
    if (text == null) {
      return "Malformed input.";
    }
    int newline = text.indexOf('\n');
    String first = (newline < 0 ? text : text.substring(0, newline)).trim();
    return first.endsWith(".") ? first : first + ".";
  }
}
