package dev.treaty.internal.payload;

import dev.treaty.model.Constraints;
import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.model.FieldPath;
import dev.treaty.model.TypeName;
import java.math.BigDecimal;
import java.util.List;

/** Every message of the payload check, as fixed templates in one place. */
final class PayloadMessages {

  private static final int MAX_SHOWN = 60;

  private PayloadMessages() {}

  static String missing(FieldPath path) {
    return "`" + path + "` is missing; the consumer needs it.";
  }

  static String isNull(FieldPath path) {
    return "`" + path + "` is null; the consumer does not handle null.";
  }

  static String wrongType(FieldPath path, JsonNode value, TypeName type) {
    return "`" + path + "` is " + describe(value) + "; the consumer reads it as " + type + ".";
  }

  static String doesNotFit(FieldPath path, JsonNode value, TypeName type) {
    return "`" + path + "` is " + describe(value) + ", which does not fit " + type + ".";
  }

  static String unknownValue(FieldPath path, JsonNode value, List<String> handled) {
    return "`" + path + "` is " + describe(value) + ", which the consumer does not handle; it handles "
        + String.join(", ", handled) + ".";
  }

  static String extraField(FieldPath object, String name) {
    String where = object.isRoot() ? "The payload" : "`" + object + "`";
    return where + " has the field `" + name + "`, which the consumer does not know; it rejects "
        + "unknown fields.";
  }

  static String tooShort(FieldPath path, long length, long minLength) {
    return "`" + path + "` has length " + length + ", below minLength " + minLength + ".";
  }

  static String tooLong(FieldPath path, long length, long maxLength) {
    return "`" + path + "` has length " + length + ", above maxLength " + maxLength + ".";
  }

  static String noMatch(FieldPath path, JsonNode value, String pattern) {
    return "`" + path + "` is " + describe(value) + ", which does not match the pattern " + pattern + ".";
  }

  static String notOfFormat(FieldPath path, JsonNode value, String format) {
    return "`" + path + "` is " + describe(value) + ", which is not a valid " + format + ".";
  }

  static String belowMinimum(FieldPath path, JsonNode value, BigDecimal minimum, boolean exclusive) {
    return "`" + path + "` is " + describe(value) + (exclusive ? ", not above the exclusiveMinimum "
        : ", below the minimum ") + plain(minimum) + ".";
  }

  static String aboveMaximum(FieldPath path, JsonNode value, BigDecimal maximum, boolean exclusive) {
    return "`" + path + "` is " + describe(value) + (exclusive ? ", not below the exclusiveMaximum "
        : ", above the maximum ") + plain(maximum) + ".";
  }

  static String notMultiple(FieldPath path, JsonNode value, BigDecimal step) {
    return "`" + path + "` is " + describe(value) + ", not a multiple of " + plain(step) + ".";
  }

  static String noBranch(FieldPath path, List<String> labels) {
    return "`" + path + "` matches none of the branches the consumer handles (" + String.join(", ", labels)
        + "); the closest is reported.";
  }

  /** A JSON value as a reader would name it: {@code the string "abc"}, {@code the number 12.5}. */
  static String describe(JsonNode value) {
    if (value.isTextual()) {
      String text = value.asText();
      String shown = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text;
      return "the string \"" + shown + "\"";
    }
    if (value.isNumber()) {
      return "the number " + plain(value.decimalValue());
    }
    if (value.isBoolean()) {
      return value.asText();
    }
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "an array";
    }
    return "null";
  }

  private static String plain(BigDecimal value) {
    return Constraints.display(value);
  }
}
