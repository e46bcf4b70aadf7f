package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The JSON Schema drafts the oracle knows, and the few places where their keywords mean different
 * things to a generator. A schema without {@code $schema} is read as 2020-12, as the validator
 * does with its default dialect.
 */
enum Draft {
  DRAFT_4("http://json-schema.org/draft-04/schema#"),
  DRAFT_6("http://json-schema.org/draft-06/schema#"),
  DRAFT_7("http://json-schema.org/draft-07/schema#"),
  DRAFT_2019_09("https://json-schema.org/draft/2019-09/schema"),
  DRAFT_2020_12("https://json-schema.org/draft/2020-12/schema");

  private final String uri;

  Draft(String uri) {
    this.uri = uri;
  }

  /** The draft a schema document declares with {@code $schema}; 2020-12 when it declares none. */
  static Draft of(JsonNode schema) {
    JsonNode declared = schema.path("$schema");
    return declared.isTextual() ? ofUri(declared.asText()) : DRAFT_2020_12;
  }

  /** The draft a meta-schema URI names; an unknown URI is read as 2020-12. */
  private static Draft ofUri(String uri) {
    String text = uri.toLowerCase(Locale.ROOT);
    if (text.contains("draft-04")) {
      return DRAFT_4;
    }
    if (text.contains("draft-06")) {
      return DRAFT_6;
    }
    if (text.contains("draft-07")) {
      return DRAFT_7;
    }
    if (text.contains("2019-09")) {
      return DRAFT_2019_09;
    }
    return DRAFT_2020_12;
  }

  /** The draft named as in {@code oracle-bases.json}: {@code draft-04}, {@code 2020-12}... */
  static Draft ofLabel(String label) {
    return switch (label) {
      case "draft-04" -> DRAFT_4;
      case "draft-06" -> DRAFT_6;
      case "draft-07" -> DRAFT_7;
      case "2019-09" -> DRAFT_2019_09;
      case "2020-12" -> DRAFT_2020_12;
      default -> throw new IllegalArgumentException("Unknown draft label " + label);
    };
  }

  String uri() {
    return uri;
  }

  /** Up to draft 7 a {@code $ref} makes the validator ignore every keyword beside it. */
  boolean refIgnoresSiblings() {
    return compareTo(DRAFT_7) <= 0;
  }

  /** Draft 4 knows neither boolean schemas nor {@code const}. */
  boolean hasBooleanSchemas() {
    return this != DRAFT_4;
  }

  /** Since draft 6, a number with a zero fractional part (1.0) is an integer. */
  boolean integralNumbersAreIntegers() {
    return this != DRAFT_4;
  }
}
