package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One schema document and its validator: the networknt validator is the truth about which
 * instances a schema accepts, for the whole document and for any subschema in it.
 *
 * <p>The validator never fetches remote resources, and it asserts {@code format} in every draft.
 * 2019-09 and 2020-12 make {@code format} an annotation by default, but issue 3 counts
 * {@code format} among the constraints a contract promises ({@code "format": "date"} promises
 * dates), and the oracle stands for readers that enforce them. Under annotation semantics a
 * writer could send any string where a format is named; witnesses that need such strings are out
 * of this oracle's reach, by choice.
 */
final class SchemaDocument {

  private static final AtomicLong NEXT_ID = new AtomicLong();
  private static final Pattern REFUSED_KEYWORD = Pattern.compile("No suitable validator for (\\S+)");

  /** What the validator says about one instance. */
  enum Validity { VALID, INVALID, ERROR }

  private final JsonNode root;
  private final Draft draft;
  private final URI uri;
  private final SchemaRegistry registry;
  private final RefIndex refs;
  private final Map<JsonPointer, Optional<Schema>> validators = new HashMap<>();
  private final @Nullable Schema rootValidator;
  private final @Nullable String problem;

  private SchemaDocument(JsonNode root, JsonNode validated) {
    this.root = root;
    this.draft = Draft.of(validated);
    // A name that cannot be fetched (the .invalid TLD), served from memory by the registry.
    this.uri = URI.create("https://treaty.invalid/oracle/" + NEXT_ID.incrementAndGet() + "/schema.json");
    this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
        .schemaLoader(loader -> loader.fetchRemoteResources(false))
        .schemas(Map.of(uri.toString(), validated.toString()))
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    this.refs = new RefIndex(root, draft, uri);
    @Nullable Schema compiled;
    @Nullable String failure = null;
    try {
      compiled = registry.getSchema(SchemaLocation.of(uri.toString()));
      compiled.initializeValidators();
    } catch (RuntimeException e) {
      compiled = null;
      failure = "the validator cannot read the schema: " + e.getMessage();
    }
    this.rootValidator = compiled;
    this.problem = failure;
  }

  /**
   * Reads a schema document; one the validator cannot read is kept, with its {@link #problem}.
   *
   * <p>Two refusals of the validator are worked around, because the schemas mean something
   * clear: it refuses a keyword it knows from another draft ({@code id} in draft 7: "No suitable
   * validator for id"), which the draft itself ignores, so the keyword is dropped for the
   * validator; and it refuses {@code items} as a list under 2020-12, which a schema without
   * {@code $schema} (read as 2020-12) may use when its author meant an earlier draft, so such a
   * schema is read as 2019-09, the last draft where the list means a tuple.
   */
  static SchemaDocument of(JsonNode root) {
    JsonNode validated = root;
    SchemaDocument document = new SchemaDocument(root, validated);
    for (int attempt = 0; attempt < 3 && document.problem != null; attempt++) {
      Matcher refused = REFUSED_KEYWORD.matcher(document.problem);
      if (refused.find()) {
        validated = withoutKeyword(validated, refused.group(1));
      } else if (root.isObject() && !root.has("$schema") && !validated.has("$schema")) {
        validated = ((ObjectNode) validated.deepCopy()).put("$schema", Draft.DRAFT_2019_09.uri());
      } else {
        break;
      }
      document = new SchemaDocument(root, validated);
    }
    return document;
  }

  private static JsonNode withoutKeyword(JsonNode root, String keyword) {
    JsonNode copy = root.deepCopy();
    for (SchemaKeywords.Located located : SchemaKeywords.walk(copy)) {
      if (located.schema().isObject()) {
        ((ObjectNode) located.schema()).remove(keyword);
      }
    }
    return copy;
  }

  JsonNode root() {
    return root;
  }

  Draft draft() {
    return draft;
  }

  RefIndex refs() {
    return refs;
  }

  /** Why no instance can be checked against this document, if the validator cannot read it. */
  Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** The subschema at a pointer (a missing node if there is none). */
  JsonNode node(JsonPointer pointer) {
    return root.at(pointer);
  }

  /** Whether the whole document accepts an instance. */
  boolean accepts(JsonNode instance) {
    return validate(rootValidator, instance) == Validity.VALID;
  }

  /** Whether the whole document rejects an instance (an error inside the validator is neither). */
  boolean rejects(JsonNode instance) {
    return validate(rootValidator, instance) == Validity.INVALID;
  }

  /**
   * Whether the subschema at a pointer accepts an instance. Used to keep the generator's parts
   * valid; when the validator cannot address the subschema, it answers yes and leaves the verdict
   * to the whole document, which every generated instance must pass anyway.
   */
  boolean acceptsAt(JsonPointer pointer, JsonNode instance) {
    if (pointer.matches()) {
      return accepts(instance);
    }
    Optional<Schema> validator = validators.computeIfAbsent(pointer, this::compile);
    return validator.isEmpty() || validate(validator.get(), instance) != Validity.INVALID;
  }

  private Optional<Schema> compile(JsonPointer pointer) {
    if (rootValidator == null) {
      return Optional.empty();
    }
    try {
      Schema schema = registry.getSchema(SchemaLocation.of(uri + "#" + fragment(pointer)));
      schema.initializeValidators();
      return Optional.of(schema);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Validity validate(@Nullable Schema validator, JsonNode instance) {
    if (validator == null) {
      return Validity.ERROR;
    }
    try {
      return validator.validate(instance).isEmpty() ? Validity.VALID : Validity.INVALID;
    } catch (RuntimeException | StackOverflowError e) {
      // a reference cycle without progress ({"anyOf": [{"$ref": "#"}]}) overflows the validator
      return Validity.ERROR;
    }
  }

  /** A JSON pointer as a URI fragment: everything but unreserved characters percent-encoded. */
  private static String fragment(JsonPointer pointer) {
    StringBuilder out = new StringBuilder();
    for (byte b : pointer.toString().getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "/~-._".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
