package dev.treaty.internal.expectation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.internal.document.DocumentReader;
import dev.treaty.internal.document.DocumentSchema;
import dev.treaty.internal.document.LocatedDocument;
import dev.treaty.model.Constraints;
import dev.treaty.model.Expectation;
import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.Expectation.Tolerance;
import dev.treaty.model.FieldPath;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import dev.treaty.model.TypeName;
import dev.treaty.model.VersionRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code ConsumerExpectation} documents: parses YAML or JSON, checks them against the
 * published expectation schema, then checks what a schema cannot (path and type syntax, version
 * ranges, dates, contradictory constraints, repeated paths), reporting every problem at once with
 * file, line and column.
 */
public final class ExpectationReader {

  /** The class-path resource of the published expectation schema. */
  public static final String SCHEMA_RESOURCE = "/dev/treaty/schemas/expectation-v1.schema.json";

  private static final DocumentSchema SCHEMA = DocumentSchema.load(SCHEMA_RESOURCE);

  private ExpectationReader() {}

  /**
   * Reads an expectation.
   *
   * @param file the document
   * @return the expectation
   * @throws InvalidInputException listing every problem with its place
   */
  public static Expectation read(SourceFile file) {
    LocatedDocument document = DocumentReader.read(file.location(), file.bytes());
    List<Problem> problems = new ArrayList<>();
    Expectation expectation = build(document, problems);
    if (!problems.isEmpty() || expectation == null) {
      problems.sort(null);
      throw new InvalidInputException(file.location() + " is not a valid consumer expectation",
          problems);
    }
    return expectation;
  }

  /**
   * Checks a parsed expectation document.
   *
   * @param document the document
   * @return the problems, in document order; empty if the expectation is valid
   */
  public static List<Problem> check(LocatedDocument document) {
    List<Problem> problems = new ArrayList<>();
    build(document, problems);
    problems.sort(null);
    return List.copyOf(problems);
  }

  private static @Nullable Expectation build(LocatedDocument document, List<Problem> problems) {
    JsonNode root = document.root();
    if (!root.isObject()) {
      problems.add(document.problem("", "Expected a consumer expectation (a mapping with apiVersion, "
          + "kind, consumer, contract, fields)."));
      return null;
    }
    problems.addAll(SCHEMA.validate(document));
    if (!problems.isEmpty()) {
      return null;
    }
    VersionRange versions = VersionRange.ANY;
    if (root.has("versions")) {
      try {
        versions = VersionRange.parse(root.get("versions").asText());
      } catch (IllegalArgumentException e) {
        problems.add(document.problem("/versions", e.getMessage()));
      }
    }
    LocalDate expires = null;
    if (root.has("expires")) {
      try {
        expires = LocalDate.parse(root.get("expires").asText());
      } catch (DateTimeParseException e) {
        problems.add(document.problem("/expires",
            "`expires` \"" + root.get("expires").asText() + "\" is not a calendar date (YYYY-MM-DD)."));
      }
    }
    List<FieldExpectation> fields = new ArrayList<>();
    Map<FieldPath, Integer> seen = new HashMap<>();
    JsonNode list = root.path("fields");
    for (int i = 0; i < list.size(); i++) {
      FieldExpectation field = field(document, "/fields/" + i, list.get(i), problems);
      if (field != null) {
        Integer first = seen.putIfAbsent(field.path(), i);
        if (first == null) {
          fields.add(field);
        } else {
          problems.add(document.problem("/fields/" + i + "/path", "Path `" + field.path()
              + "` is listed twice (also fields[" + first + "]); merge the two entries."));
        }
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new Expectation(
        root.get("apiVersion").asText(),
        root.get("consumer").asText(),
        root.get("contract").asText(),
        versions,
        text(root, "owner"),
        expires,
        text(root, "purpose"),
        tolerance(root.get("extraFields"), Tolerance.TOLERATE),
        fields);
  }

  private static @Nullable FieldExpectation field(
      LocatedDocument document, String pointer, JsonNode node, List<Problem> problems) {
    int before = problems.size();
    FieldPath path = null;
    try {
      path = FieldPath.parse(node.get("path").asText());
    } catch (IllegalArgumentException e) {
      problems.add(document.problem(pointer + "/path", e.getMessage()));
    }
    TypeName type = null;
    if (node.has("type")) {
      try {
        type = TypeName.parse(node.get("type").asText());
      } catch (IllegalArgumentException e) {
        problems.add(document.problem(pointer + "/type", capitalize(e.getMessage()) + "."));
      }
    }
    List<String> values = new ArrayList<>();
    node.path("values").forEach(v -> values.add(v.asText()));
    if (values.stream().distinct().count() != values.size()) {
      problems.add(document.problem(pointer + "/values", "`values` lists a value twice."));
    }
    if (node.has("unknownValues") && values.isEmpty()) {
      problems.add(document.problem(pointer + "/unknownValues",
          "`unknownValues` needs `values`: list the values the consumer handles."));
    }
    Constraints constraints = null;
    try {
      constraints = constraints(node);
    } catch (IllegalArgumentException e) {
      problems.add(document.problem(pointer, "Invalid constraints: " + e.getMessage() + "."));
    }
    if (problems.size() > before || path == null || constraints == null) {
      return null;
    }
    try {
      return new FieldExpectation(
          path,
          type,
          !node.has("required") || node.get("required").asBoolean(),
          node.has("nullable") && node.get("nullable").asBoolean(),
          values,
          tolerance(node.get("unknownValues"), Tolerance.REJECT),
          node.has("extraFields") ? tolerance(node.get("extraFields"), Tolerance.TOLERATE) : null,
          constraints);
    } catch (IllegalArgumentException e) {
      problems.add(document.problem(pointer, capitalize(e.getMessage()) + "."));
      return null;
    }
  }

  private static Constraints constraints(JsonNode node) {
    Constraints c = Constraints.NONE
        .withLength(longValue(node, "minLength"), longValue(node, "maxLength"))
        .withPattern(text(node, "pattern"))
        .withFormat(text(node, "format"))
        .withMultipleOf(decimal(node, "multipleOf"));
    BigDecimal min = decimal(node, "exclusiveMinimum");
    boolean minExclusive = min != null;
    if (min == null) {
      min = decimal(node, "minimum");
    }
    BigDecimal max = decimal(node, "exclusiveMaximum");
    boolean maxExclusive = max != null;
    if (max == null) {
      max = decimal(node, "maximum");
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new IllegalArgumentException("the minimum " + Constraints.display(min)
          + " is greater than the maximum " + Constraints.display(max));
    }
    if (c.pattern() != null) {
      try {
        java.util.regex.Pattern.compile(c.pattern());
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new IllegalArgumentException("`pattern` is not a regular expression ("
            + e.getDescription() + ")", e);
      }
    }
    return c.withRange(min, minExclusive, max, maxExclusive);
  }

  private static Tolerance tolerance(@Nullable JsonNode node, Tolerance fallback) {
    return node == null ? fallback : Tolerance.valueOf(node.asText().toUpperCase(Locale.ROOT));
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static @Nullable Long longValue(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return null;
    }
    if (!value.canConvertToLong()) {
      throw new IllegalArgumentException("`" + field + "` " + value + " is larger than Treaty handles ("
          + Long.MAX_VALUE + ")");
    }
    return value.longValue();
  }

  private static @Nullable BigDecimal decimal(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null ? null : value.decimalValue();
  }

  private static String capitalize(String text) {
    String trimmed = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return trimmed.isEmpty() ? trimmed : Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
  }
}
