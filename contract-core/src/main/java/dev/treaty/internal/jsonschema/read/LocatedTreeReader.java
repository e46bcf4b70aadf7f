package dev.treaty.internal.jsonschema.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.serialization.node.LocationJsonNodeFactory;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import dev.treaty.model.SourceLocation;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a schema file, JSON or YAML, into a tree whose nodes remember their line and column, so
 * that every later error can name its place. Hostile input ends in a clear error, never a hang:
 * the size, the nesting depth and YAML aliases are bounded.
 */
final class LocatedTreeReader {

  /** Larger schema files are refused; real schemas are kilobytes. */
  static final int MAX_BYTES = 16 * 1024 * 1024;
  /** Deeper nesting is refused; real schemas nest a few dozen levels. */
  static final int MAX_DEPTH = 500;

  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_DEPTH)
      .maxDocumentLength(MAX_BYTES)
      .build();
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(LIMITS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build());
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .loaderOptions(yamlLimits())
      .streamReadConstraints(LIMITS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build());

  private LocatedTreeReader() {}

  private static LoaderOptions yamlLimits() {
    LoaderOptions options = new LoaderOptions();
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    options.setMaxAliasesForCollections(50);
    options.setAllowDuplicateKeys(false);
    return options;
  }

  static boolean isYaml(String location) {
    String name = location.toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /**
   * Reads a file.
   *
   * @param file the schema file
   * @return the tree; every node implements {@link TokenStreamLocationAware}
   * @throws InvalidInputException naming line and column when the file is not well-formed
   */
  static JsonNode read(SourceFile file) {
    if (file.size() > MAX_BYTES) {
      throw InvalidInputException.of(new Problem(SourceLocation.of(file.location()),
          "The schema is " + file.size() + " bytes; Treaty reads schema files up to "
              + MAX_BYTES + " bytes."));
    }
    ObjectMapper mapper = isYaml(file.location()) ? YAML : JSON;
    try (JsonParser parser = mapper.getFactory().createParser(file.bytes())) {
      try {
        JsonNode tree = mapper.reader(new LocationJsonNodeFactory(parser)).readTree(parser);
        if (tree == null || tree.isMissingNode()) {
          throw InvalidInputException.of(new Problem(SourceLocation.of(file.location()),
              "The schema file is empty."));
        }
        if (parser.nextToken() != null) {
          JsonLocation where = parser.currentTokenLocation();
          throw InvalidInputException.of(new Problem(at(file, where),
              "Unexpected content after the end of the schema."));
        }
        return tree;
      } catch (JsonProcessingException e) {
        // limits (nesting depth, size) carry no location of their own: use the parser's
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        throw new InvalidInputException(file.location() + " is not well-formed "
            + (mapper == YAML ? "YAML" : "JSON"),
            List.of(new Problem(at(file, where), plainMessage(e))), e);
      }
    } catch (IOException e) {
      throw new InvalidInputException(file.location() + " cannot be read",
          List.of(new Problem(SourceLocation.of(file.location()), e.getMessage())), e);
    }
  }

  /**
   * Where a node starts in its file.
   *
   * @param file the file the node was read from
   * @param node a node of a tree read by {@link #read}
   * @param pointer the node's JSON pointer, kept in the location
   * @return the location, line and column 0 when unknown
   */
  static SourceLocation locate(SourceFile file, JsonNode node, String pointer) {
    if (node instanceof TokenStreamLocationAware aware && aware.tokenStreamLocation() != null) {
      JsonLocation where = aware.tokenStreamLocation();
      return new SourceLocation(file.location(), Math.max(0, where.getLineNr()),
          Math.max(0, where.getColumnNr()), pointer);
    }
    return new SourceLocation(file.location(), 0, 0, pointer);
  }

  private static SourceLocation at(SourceFile file, @Nullable JsonLocation where) {
    if (where == null) {
      return SourceLocation.of(file.location());
    }
    return new SourceLocation(file.location(), Math.max(0, where.getLineNr()),
        Math.max(0, where.getColumnNr()), null);
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
