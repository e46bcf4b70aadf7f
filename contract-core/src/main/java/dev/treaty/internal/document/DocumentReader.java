package dev.treaty.internal.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.serialization.node.LocationJsonNodeFactory;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceLocation;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses YAML and JSON into {@link LocatedDocument}s, with limits that keep hostile input from
 * exhausting memory or stack: document size, nesting depth, YAML alias expansion. Duplicate keys
 * are errors, not silently merged. Every failure is an {@link InvalidInputException} with the
 * file, line and column.
 */
public final class DocumentReader {

  /** The largest document Treaty reads. */
  public static final int MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
  /**
   * The largest YAML document Treaty reads: YAML parsing slows down sharply with size (a 4 MB
   * document takes seconds, a 30 MB one minutes), and real contracts are kilobytes.
   */
  public static final int MAX_YAML_BYTES = 4 * 1024 * 1024;
  /** The deepest nesting of objects and arrays Treaty reads. */
  public static final int MAX_NESTING_DEPTH = 500;
  private static final int MAX_ALIASES = 100;

  private static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder()
      .loaderOptions(loaderOptions())
      .streamReadConstraints(constraints())
      .build()).build());
  private static final ObjectMapper JSON = configure(JsonMapper.builder(
      new com.fasterxml.jackson.core.JsonFactoryBuilder().streamReadConstraints(constraints()).build())
      .build());

  private DocumentReader() {}

  /**
   * Reads a YAML document (JSON is YAML too).
   *
   * @param source the file name for messages
   * @param bytes the document, UTF-8
   * @return the document
   * @throws InvalidInputException with file, line and column, if it does not parse
   */
  public static LocatedDocument readYaml(String source, byte[] bytes) {
    if (bytes.length > MAX_YAML_BYTES) {
      throw problem(source, 0, 0, "The file is " + megabytes(bytes.length) + " MB; Treaty reads YAML "
          + "documents of up to " + MAX_YAML_BYTES / (1024 * 1024) + " MB (JSON up to "
          + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB).", null);
    }
    return read(YAML, source, bytes);
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }

  /**
   * Reads a JSON document.
   *
   * @param source the file name for messages
   * @param bytes the document, UTF-8
   * @return the document
   * @throws InvalidInputException with file, line and column, if it does not parse
   */
  public static LocatedDocument readJson(String source, byte[] bytes) {
    return read(JSON, source, bytes);
  }

  /**
   * Reads a document as JSON when it looks like JSON (its first non-blank character is
   * <code>{</code> or <code>[</code>) and the name does not end in {@code .yaml}/{@code .yml},
   * else as YAML.
   *
   * @param source the file name for messages
   * @param bytes the document, UTF-8
   * @return the document
   * @throws InvalidInputException with file, line and column, if it does not parse
   */
  public static LocatedDocument read(String source, byte[] bytes) {
    String name = source.toLowerCase(Locale.ROOT);
    boolean yamlName = name.endsWith(".yaml") || name.endsWith(".yml");
    return !yamlName && looksLikeJson(bytes) ? readJson(source, bytes) : readYaml(source, bytes);
  }

  private static boolean looksLikeJson(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '{' || b == '[') {
        return true;
      }
      if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return false;
      }
    }
    return false;
  }

  private static LocatedDocument read(ObjectMapper mapper, String source, byte[] bytes) {
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw problem(source, 0, 0, "The file is " + megabytes(bytes.length)
          + " MB; Treaty reads documents of up to " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB.", null);
    }
    try (JsonParser parser = mapper.createParser(bytes)) {
      try {
        JsonNode root = mapper.reader(new LocationJsonNodeFactory(parser)).readTree(parser);
        if (root == null || root.isMissingNode()) {
          throw problem(source, 1, 1, "The file is empty; expected a document.", null);
        }
        if (parser.nextToken() != null) {
          JsonLocation at = parser.currentTokenLocation();
          throw problem(source, at.getLineNr(), at.getColumnNr(),
              "Expected one document, found more content after it.", null);
        }
        return new LocatedDocument(source, root);
      } catch (StreamConstraintsException e) {
        // Limits carry no location of their own: the parser's position is where it stopped.
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        throw problem(source, at.getLineNr(), at.getColumnNr(),
            "The document is nested too deeply or has a value too large ("
                + firstLine(e.getOriginalMessage()) + ").", e);
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        int[] place = readerPlace(e, bytes);
        if (place != null) {
          throw problem(source, place[0], place[1], "The file has a character YAML does not allow ("
              + String.format(java.util.Locale.ROOT, "U+%04X", place[2])
              + "); remove it, or write it as an escape in a double-quoted string.", e);
        }
        String encoding = encodingProblem(e);
        if (encoding != null) {
          throw problem(source, at.getLineNr(), at.getColumnNr(), encoding, e);
        }
        throw problem(source, at.getLineNr(), at.getColumnNr(), describe(e), e);
      }
    } catch (IOException e) {
      throw problem(source, 0, 0, "Cannot read the document: " + e.getMessage(), e);
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      // SnakeYAML reports some limits (alias expansion, code points) as unchecked exceptions.
      throw problem(source, 0, 0, "The document is not valid YAML: " + firstLine(e.getMessage()), e);
    }
  }

  private static InvalidInputException problem(
      String source, int line, int column, String message, Throwable cause) {
    Problem problem = new Problem(
        new SourceLocation(source, Math.max(0, line), Math.max(0, column), null), message);
    return new InvalidInputException(source + " cannot be read", List.of(problem), cause);
  }

  /**
   * Where a character YAML forbids is: SnakeYAML reports it by position in the text, not by line
   * and column.
   *
   * @return line, column and the character as U+XXXX, or {@code null} if this is not such a problem
   */
  private static int @org.jspecify.annotations.Nullable [] readerPlace(Throwable e, byte[] bytes) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.yaml.snakeyaml.reader.ReaderException reader) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        int line = 1;
        int column = 1;
        int position = Math.min(reader.getPosition(), text.codePointCount(0, text.length()));
        int index = 0;
        for (int i = 0; i < position && index < text.length(); i++) {
          int c = text.codePointAt(index);
          index += Character.charCount(c);
          if (c == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
        }
        return new int[] {line, column, reader.getCodePoint()};
      }
    }
    return null;
  }

  /** A plain sentence for bytes that are not UTF-8, or {@code null}. */
  private static @org.jspecify.annotations.Nullable String encodingProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage();
      if (t instanceof java.io.CharConversionException || message.contains("Invalid UTF-8")
          || message.contains("CharConversionException") || message.contains("MalformedInput")) {
        return "The file is not valid UTF-8 (Treaty reads documents as UTF-8); save it as UTF-8.";
      }
    }
    return null;
  }

  /** Turns a parser message into one plain sentence without the parser's location echo. */
  static String describe(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
    StringBuilder text = new StringBuilder();
    String[] lines = original.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String trimmed = lines[i].trim();
      if (trimmed.startsWith("in '")) {
        i++; // the parser echoes the offending line and a caret under it; the location says enough
        continue;
      }
      if (trimmed.isEmpty() || trimmed.startsWith("^") || trimmed.startsWith("at [Source")) {
        continue;
      }
      if (!text.isEmpty()) {
        text.append(", ");
      }
      text.append(trimmed);
    }
    String sentence = text.isEmpty() ? "syntax error" : text.toString().replaceAll("\\s+", " ");
    if (sentence.length() > 300) {
      sentence = sentence.substring(0, 297) + "...";
    }
    if (sentence.contains("flow mapping") || sentence.contains("flow sequence")) {
      sentence += " (inside { } or [ ], quote values that contain [ ] { } or commas, e.g. "
          + "{path: \"lines[].sku\"})";
    }
    return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1)
        + (sentence.endsWith(".") ? "" : ".");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown cause";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static ObjectMapper configure(ObjectMapper mapper) {
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    // Keep 1.0 as 1.0: stripping zeros would turn a float into an integer on the way back.
    mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    return mapper;
  }

  private static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxDocumentLength(MAX_DOCUMENT_BYTES)
        .build();
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    options.setCodePointLimit(MAX_DOCUMENT_BYTES);
    options.setAllowDuplicateKeys(false);
    return options;
  }
}
