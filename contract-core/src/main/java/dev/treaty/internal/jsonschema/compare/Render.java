package dev.treaty.internal.jsonschema.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.internal.jsonschema.read.Bound;
import dev.treaty.internal.jsonschema.read.CanonicalJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** How values appear in findings: short, stable, in backticks where they are literal. */
public final class Render {

  /** Strings that would read as another JSON value if printed without quotes. */
  private static final java.util.regex.Pattern LITERAL =
      java.util.regex.Pattern.compile("-?\\d.*|true|false|null|[\\[{\"].*");

  /** Lists longer than this are cut with an ellipsis. */
  private static final int MAX_LISTED = 10;

  private Render() {}

  /**
   * A JSON value: plain strings as themselves, other values (and strings that would read as
   * one) as canonical JSON.
   *
   * @param value the value
   * @return e.g. {@code debug}, {@code 1.5}, {@code {"a":1}}
   */
  public static String value(JsonNode value) {
    if (value.isTextual()) {
      String text = value.textValue();
      // a string that reads like another JSON value keeps its quotes: "1" is not 1
      boolean plain = !text.isEmpty() && text.equals(text.strip()) && !text.contains("`")
          && !LITERAL.matcher(text).matches();
      return plain ? text : CanonicalJson.of(value);
    }
    return CanonicalJson.of(value);
  }

  /**
   * A JSON value in backticks.
   *
   * @param value the value
   * @return e.g. {@code `debug`}
   */
  public static String quoted(JsonNode value) {
    return "`" + value(value) + "`";
  }

  /**
   * Several values, each in backticks.
   *
   * @param values the values
   * @return e.g. {@code `a`, `b`}
   */
  public static String quoted(List<JsonNode> values) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < values.size() && i < MAX_LISTED; i++) {
      parts.add(quoted(values.get(i)));
    }
    if (values.size() > MAX_LISTED) {
      parts.add("… (" + values.size() + " in all)");
    }
    return String.join(", ", parts);
  }

  /**
   * A list of texts in backticks.
   *
   * @param texts the texts
   * @return e.g. {@code `^a`, `^b`}
   */
  public static String texts(Iterable<String> texts) {
    List<String> parts = new ArrayList<>();
    texts.forEach(t -> parts.add("`" + t + "`"));
    return String.join(", ", parts);
  }

  /**
   * A count, or {@code none}.
   *
   * @param count the count
   * @return e.g. {@code 5}
   */
  public static String count(@Nullable Long count) {
    return count == null ? "none" : Long.toString(count);
  }

  /**
   * A lower bound, or {@code none}.
   *
   * @param bound the bound
   * @return e.g. {@code >= 1}
   */
  public static String lower(@Nullable Bound bound) {
    return bound == null ? "none" : bound.asLower();
  }

  /**
   * An upper bound, or {@code none}.
   *
   * @param bound the bound
   * @return e.g. {@code < 10}
   */
  public static String upper(@Nullable Bound bound) {
    return bound == null ? "none" : bound.asUpper();
  }

  /**
   * The kinds a place admits, as JSON Schema type names.
   *
   * @param kinds the kinds
   * @param integral whether its numbers are integers
   * @return e.g. {@code string, null}, or {@code any} for every kind
   */
  public static String kinds(Set<Kind> kinds, boolean integral) {
    if (kinds.size() == Kind.values().length && !integral) {
      return "any";
    }
    if (kinds.isEmpty()) {
      return "nothing";
    }
    List<String> names = new ArrayList<>();
    for (Kind kind : List.of(Kind.STRING, Kind.NUMBER, Kind.BOOLEAN, Kind.OBJECT, Kind.ARRAY,
        Kind.NULL)) {
      if (kinds.contains(kind)) {
        names.add(kind == Kind.NUMBER && integral ? "integer" : kind.label());
      }
    }
    return String.join(", ", names);
  }
}
