package dev.treaty.internal.jsonschema.oracle;

import java.util.List;
import java.util.Map;

/**
 * Valid sample values for the {@code format}s the validator asserts, edge forms included (a leap
 * day, fractional seconds, an offset). Every sample is also offered for unformatted strings, so a
 * format added in the reader finds its witness among the writer's instances.
 */
final class FormatSamples {

  private static final Map<String, List<String>> SAMPLES = Map.ofEntries(
      Map.entry("date", List.of("2024-02-29", "1970-01-01", "9999-12-31")),
      Map.entry("date-time", List.of("2024-02-29T12:34:56Z", "2024-02-29T12:34:56.789+01:00",
          "1970-01-01T00:00:00+00:00")),
      Map.entry("time", List.of("12:34:56Z", "23:59:59.999+01:00")),
      Map.entry("duration", List.of("P1D", "PT1H30M", "P1Y2M3DT4H5M6S")),
      Map.entry("email", List.of("a@example.com", "first.last+tag@sub.example.org")),
      Map.entry("idn-email", List.of("a@example.com", "josé@example.com")),
      Map.entry("hostname", List.of("example.com", "a-b.example")),
      Map.entry("idn-hostname", List.of("example.com", "例子.测试")),
      Map.entry("ipv4", List.of("192.168.0.1", "0.0.0.0", "255.255.255.255")),
      Map.entry("ipv6", List.of("::1", "2001:db8::ff00:42:8329")),
      Map.entry("uri", List.of("https://example.com/a?b=c#d", "urn:isbn:0451450523")),
      Map.entry("uri-reference", List.of("/a/b?c", "https://example.com/", "#frag")),
      Map.entry("iri", List.of("https://example.com/ä", "https://example.com/a")),
      Map.entry("iri-reference", List.of("/ä/b", "https://example.com/")),
      Map.entry("uri-template", List.of("https://example.com/{id}", "/a/{b}")),
      Map.entry("uuid", List.of("123e4567-e89b-12d3-a456-426614174000",
          "00000000-0000-0000-0000-000000000000")),
      Map.entry("json-pointer", List.of("/a/b", "", "/a~1b/0")),
      Map.entry("relative-json-pointer", List.of("0/a", "1#")),
      Map.entry("regex", List.of("^a+$", "[0-9]{2}")),
      Map.entry("byte", List.of("aGVsbG8=", "")),
      Map.entry("int32", List.of("1")),
      Map.entry("int64", List.of("1")));

  /** Valid base64, for {@code contentEncoding: base64}. */
  static final List<String> BASE64 = List.of("aGVsbG8=", "", "e30=");

  /** Valid JSON text, for {@code contentMediaType: application/json}. */
  static final List<String> JSON_TEXT = List.of("{}", "{\"a\":1}", "[1,2]", "\"s\"");

  private FormatSamples() {}

  /** The formats with samples, sorted. */
  static List<String> formats() {
    return SAMPLES.keySet().stream().sorted().toList();
  }

  /** Samples for a format; empty for a format the oracle does not know. */
  static List<String> of(String format) {
    return SAMPLES.getOrDefault(format, List.of());
  }

  /** One sample of every known format, in a stable order. */
  static List<String> oneOfEach() {
    return formats().stream().map(f -> SAMPLES.get(f).get(0)).distinct().toList();
  }
}
