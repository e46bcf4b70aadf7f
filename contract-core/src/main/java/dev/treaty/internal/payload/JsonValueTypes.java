package dev.treaty.internal.payload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.model.TimeUnit;
import dev.treaty.model.TypeName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a JSON value is of a {@link TypeName}: how each type is written in JSON. Numbers must be
 * JSON numbers; dates, times and timestamps are ISO-8601 / RFC 3339 text, or integers when the
 * type names a numeric unit ({@code timestamp(millis)}); a type without a unit takes either.
 */
final class JsonValueTypes {

  /** How a value relates to a type. */
  enum Fit {
    /** The value is of the type. */
    FITS,
    /** The value is of another kind altogether (a string where a number is read, say). */
    WRONG_TYPE,
    /** The value is of the right kind but out of the type's range or precision. */
    OUT_OF_RANGE
  }

  private static final BigInteger INT32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private JsonValueTypes() {}

  static Fit fit(JsonNode value, TypeName type) {
    return switch (type.base()) {
      case "string", "enum" -> kind(value.isTextual());
      case "boolean" -> kind(value.isBoolean());
      case "int32" -> integral(value, INT32_MIN, INT32_MAX);
      case "int64" -> integral(value, INT64_MIN, INT64_MAX);
      case "integer" -> integral(value, null, null);
      case "float", "double", "number" -> kind(value.isNumber());
      case "decimal" -> decimal(value, type);
      case "bytes" -> kind(value.isTextual() && isBase64(value.asText()));
      case "uuid" -> kind(value.isTextual() && UUID.matcher(value.asText()).matches());
      case "date" -> kind(value.isTextual() && parses(value.asText(), "date"));
      case "time" -> temporal(value, type.unit(), "time");
      case "timestamp" -> temporal(value, type.unit(), "timestamp");
      case "local-timestamp" -> temporal(value, type.unit(), "local-timestamp");
      case "record", "map" -> kind(value.isObject());
      case "array" -> kind(value.isArray());
      default -> Fit.FITS; // any
    };
  }

  /** Whether text is of a named format Treaty knows; unknown formats are not checked. */
  static boolean hasFormat(String text, String format) {
    return switch (format) {
      case "date" -> parses(text, "date");
      case "time" -> parses(text, "time");
      case "date-time" -> parses(text, "timestamp");
      case "uuid" -> UUID.matcher(text).matches();
      case "email" -> text.matches("[^@\\s]+@[^@\\s]+");
      case "uri" -> isAbsoluteUri(text);
      default -> true;
    };
  }

  private static Fit kind(boolean matches) {
    return matches ? Fit.FITS : Fit.WRONG_TYPE;
  }

  private static Fit integral(JsonNode value, @Nullable BigInteger min, @Nullable BigInteger max) {
    if (!value.isNumber()) {
      return Fit.WRONG_TYPE;
    }
    BigInteger number;
    try {
      number = value.decimalValue().toBigIntegerExact();
    } catch (ArithmeticException e) {
      return Fit.WRONG_TYPE; // 2.5 is not an integer at all
    }
    if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
      return Fit.OUT_OF_RANGE;
    }
    return Fit.FITS;
  }

  private static Fit decimal(JsonNode value, TypeName type) {
    if (!value.isNumber()) {
      return Fit.WRONG_TYPE;
    }
    if (type.precision() == null) {
      return Fit.FITS;
    }
    BigDecimal number = value.decimalValue().stripTrailingZeros();
    int scale = Math.max(0, number.scale());
    int integerDigits = Math.max(0, number.precision() - number.scale());
    return scale <= type.scale() && integerDigits <= type.precision() - type.scale()
        ? Fit.FITS : Fit.OUT_OF_RANGE;
  }

  private static Fit temporal(JsonNode value, @Nullable TimeUnit unit, String kind) {
    if (value.isTextual()) {
      return kind((unit == null || unit == TimeUnit.TEXT) && parses(value.asText(), kind));
    }
    if (value.isIntegralNumber()) {
      return kind(unit != TimeUnit.TEXT);
    }
    return Fit.WRONG_TYPE;
  }

  private static boolean parses(String text, String kind) {
    try {
      switch (kind) {
        case "date" -> LocalDate.parse(text);
        case "time" -> {
          if (!text.contains("+") && !text.contains("-") && !text.endsWith("Z")) {
            LocalTime.parse(text);
          } else {
            OffsetTime.parse(text);
          }
        }
        case "timestamp" -> OffsetDateTime.parse(text);
        default -> LocalDateTime.parse(text);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isBase64(String text) {
    try {
      Base64.getDecoder().decode(text);
      return true;
    } catch (IllegalArgumentException e) {
      try {
        Base64.getUrlDecoder().decode(text);
        return true;
      } catch (IllegalArgumentException again) {
        return false;
      }
    }
  }

  private static boolean isAbsoluteUri(String text) {
    try {
      return new java.net.URI(text).isAbsolute();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
