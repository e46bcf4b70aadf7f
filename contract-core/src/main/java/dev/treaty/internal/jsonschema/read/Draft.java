package dev.treaty.internal.jsonschema.read;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON Schema drafts Treaty reads, with the keywords each one defines. A keyword that a
 * draft does not define is ignored when validating, exactly as a validator for that draft does
 * (draft-04 ignores {@code const}; 2020-12 ignores {@code additionalItems}).
 */
public enum Draft {
  /** Draft 4. */
  DRAFT_4("draft-04", "http://json-schema.org/draft-04/schema"),
  /** Draft 6. */
  DRAFT_6("draft-06", "http://json-schema.org/draft-06/schema"),
  /** Draft 7. */
  DRAFT_7("draft-07", "http://json-schema.org/draft-07/schema"),
  /** Draft 2019-09. */
  DRAFT_2019_09("2019-09", "https://json-schema.org/draft/2019-09/schema"),
  /** Draft 2020-12, also the reading of schemas that do not declare {@code $schema}. */
  DRAFT_2020_12("2020-12", "https://json-schema.org/draft/2020-12/schema");

  private static final Set<String> ALL_DRAFTS = Set.of(
      "type", "enum", "properties", "patternProperties", "additionalProperties", "required",
      "items", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
      "minLength", "maxLength", "pattern", "format", "minItems", "maxItems", "uniqueItems",
      "minProperties", "maxProperties", "allOf", "anyOf", "oneOf", "not", "$ref", "definitions",
      "title", "description", "default", "nullable");
  private static final Set<String> SINCE_6 = Set.of(
      "const", "contains", "propertyNames", "examples", "$id");
  private static final Set<String> SINCE_7 = Set.of(
      "if", "then", "else", "contentEncoding", "contentMediaType", "$comment", "readOnly",
      "writeOnly");
  private static final Set<String> SINCE_2019 = Set.of(
      "$defs", "dependentRequired", "dependentSchemas", "unevaluatedProperties",
      "unevaluatedItems", "minContains", "maxContains", "$anchor", "contentSchema", "deprecated");
  private static final Set<String> UNTIL_7 = Set.of("dependencies", "additionalItems");
  private static final Set<String> ONLY_2019 = Set.of("$recursiveRef", "$recursiveAnchor",
      "additionalItems");
  private static final Set<String> ONLY_2020 = Set.of("prefixItems", "$dynamicRef",
      "$dynamicAnchor");

  private final String label;
  private final String uri;
  private final Set<String> keywords;

  Draft(String label, String uri) {
    this.label = label;
    this.uri = uri;
    this.keywords = new HashSet<>();
  }

  static {
    for (Draft draft : values()) {
      draft.keywords.addAll(ALL_DRAFTS);
      if (draft.ordinal() >= DRAFT_6.ordinal()) {
        draft.keywords.addAll(SINCE_6);
      }
      if (draft.ordinal() >= DRAFT_7.ordinal()) {
        draft.keywords.addAll(SINCE_7);
      }
      if (draft.ordinal() >= DRAFT_2019_09.ordinal()) {
        draft.keywords.addAll(SINCE_2019);
      }
      if (draft.ordinal() <= DRAFT_7.ordinal()) {
        draft.keywords.addAll(UNTIL_7);
      }
      if (draft == DRAFT_4) {
        draft.keywords.add("id");
      }
      if (draft == DRAFT_2019_09) {
        draft.keywords.addAll(ONLY_2019);
      }
      if (draft == DRAFT_2020_12) {
        draft.keywords.addAll(ONLY_2020);
      }
    }
  }

  /**
   * The draft's short name, e.g. {@code draft-07}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The meta-schema URI that selects this draft, without a trailing {@code #}.
   *
   * @return the URI
   */
  public String uri() {
    return uri;
  }

  /**
   * Whether the keyword means something in this draft.
   *
   * @param keyword a keyword name
   * @return {@code true} if validators of this draft act on it
   */
  boolean defines(String keyword) {
    return keywords.contains(keyword);
  }

  /**
   * Whether this draft comes after another.
   *
   * @param other a draft
   * @return {@code true} if this draft is newer
   */
  boolean isAtLeast(Draft other) {
    return ordinal() >= other.ordinal();
  }

  /**
   * The draft a {@code $schema} URI selects.
   *
   * @param schemaUri the value of {@code $schema}
   * @return the draft, or empty if the URI names no draft Treaty knows
   */
  static Optional<Draft> fromUri(String schemaUri) {
    String uri = schemaUri.trim();
    if (uri.endsWith("#")) {
      uri = uri.substring(0, uri.length() - 1);
    }
    String plain = uri.replaceFirst("^https?://", "").toLowerCase(Locale.ROOT);
    for (Draft draft : values()) {
      if (draft.uri.replaceFirst("^https?://", "").equals(plain)) {
        return Optional.of(draft);
      }
    }
    // the OpenAPI 3.1 dialect is 2020-12 with extra annotations
    if (plain.equals("spec.openapis.org/oas/3.1/dialect/base")) {
      return Optional.of(DRAFT_2020_12);
    }
    return Optional.empty();
  }
}
