package dev.treaty.internal.jsonschema.compare;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Treaty knows about {@code format} values: a check for the common formats, and which
 * formats contain others ({@code uri} values are all {@code iri} values).
 */
public final class Formats {

  /** The formats of the JSON Schema drafts and OpenAPI's number formats. */
  public static final Set<String> KNOWN = Set.of("date-time", "date", "time", "duration",
      "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6", "uri", "uri-reference",
      "iri", "iri-reference", "uuid", "uri-template", "json-pointer", "relative-json-pointer",
      "regex", "int32", "int64", "float", "double", "byte", "binary", "password");

  /** Which format's values are all values of which wider formats. */
  private static final Map<String, Set<String>> WIDER = Map.of(
      "uri", Set.of("uri-reference", "iri", "iri-reference"),
      "iri", Set.of("iri-reference"),
      "uri-reference", Set.of("iri-reference"),
      "email", Set.of("idn-email"),
      "hostname", Set.of("idn-hostname"),
      "int32", Set.of("int64"),
      "float", Set.of("double"));

  private static final Pattern UUID = Pattern.compile(
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  private static final Pattern IPV4 = Pattern.compile(
      "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
  private static final Pattern TIME = Pattern.compile(
      "^([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?([zZ]|[+-]([01]\\d|2[0-3]):[0-5]\\d)$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

  private Formats() {}

  /**
   * Whether every value of one format is a value of another.
   *
   * @param narrow a format
   * @param wide another format
   * @return {@code true} if the first is the same as or contained in the second
   */
  public static boolean within(String narrow, String wide) {
    return narrow.equals(wide) || WIDER.getOrDefault(narrow, Set.of()).contains(wide);
  }

  /**
   * Whether a string is of a format.
   *
   * @param format the format
   * @param text the string
   * @return TRUE or FALSE for the formats Treaty checks, else UNKNOWN
   */
  public static Truth check(String format, String text) {
    return switch (format) {
      case "date" -> Truth.of(parses(() -> LocalDate.parse(text)));
      case "date-time" -> Truth.of(parses(() -> OffsetDateTime.parse(text)));
      case "time" -> Truth.of(TIME.matcher(text).matches());
      case "uuid" -> Truth.of(UUID.matcher(text).matches());
      case "ipv4" -> Truth.of(IPV4.matcher(text).matches());
      case "email" -> Truth.of(EMAIL.matcher(text).matches());
      default -> Truth.UNKNOWN;
    };
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
