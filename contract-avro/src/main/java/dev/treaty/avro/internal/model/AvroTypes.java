package dev.treaty.avro.internal.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Facts about Avro schemas that the model and the rules share: the logical type Avro recognises
 * on a schema, and how a type is named in messages.
 */
public final class AvroTypes {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AvroTypes() {}

  /**
   * The logical type's name, if Avro recognises a valid one on this schema. Avro ignores an
   * invalid logical type (a decimal whose scale exceeds its precision, {@code date} on a
   * {@code long}) and reads the underlying type, as the specification demands; so does Treaty.
   *
   * @param schema any schema
   * @return e.g. {@code timestamp-millis}, {@code decimal}, or {@code null}
   */
  public static @Nullable String logicalName(Schema schema) {
    LogicalType logical = schema.getLogicalType();
    return logical == null ? null : logical.getName();
  }

  /**
   * The decimal logical type of a schema, if it has a valid one.
   *
   * @param schema any schema
   * @return the decimal, or {@code null}
   */
  public static LogicalTypes.@Nullable Decimal decimal(Schema schema) {
    return schema.getLogicalType() instanceof LogicalTypes.Decimal d ? d : null;
  }

  /**
   * Whether a schema is one of the named types (record, enum, fixed).
   *
   * @param schema any schema
   * @return {@code true} for records, enums and fixed
   */
  public static boolean isNamed(Schema schema) {
    return switch (schema.getType()) {
      case RECORD, ENUM, FIXED -> true;
      default -> false;
    };
  }

  /**
   * Whether a schema holds a single value rather than a structure: a primitive or a fixed.
   *
   * @param schema any schema
   * @return {@code true} for null, boolean, numbers, string, bytes and fixed
   */
  public static boolean isScalar(Schema schema) {
    return switch (schema.getType()) {
      case RECORD, ENUM, ARRAY, MAP, UNION -> false;
      default -> true;
    };
  }

  /**
   * How a type is named in messages and finding values: {@code int},
   * {@code long (timestamp-millis)}, {@code bytes (decimal(10,2))}, {@code fixed Md5 (16 bytes)},
   * {@code record com.acme.Order}, {@code array}, {@code union [null, string]}.
   *
   * @param schema any schema
   * @return the description
   */
  public static String describe(Schema schema) {
    String base = switch (schema.getType()) {
      case RECORD -> "record " + schema.getFullName();
      case ENUM -> "enum " + schema.getFullName();
      case FIXED -> "fixed " + schema.getFullName() + " (" + schema.getFixedSize() + " bytes)";
      case ARRAY -> "array";
      case MAP -> "map";
      case UNION -> schema.getTypes().stream().map(AvroTypes::shortName)
          .collect(Collectors.joining(", ", "union [", "]"));
      default -> schema.getType().getName();
    };
    String logical = logicalLabel(schema);
    return logical == null ? base : base + " (" + logical + ")";
  }

  /**
   * The logical type as written in messages, with a decimal's precision and scale.
   *
   * @param schema any schema
   * @return e.g. {@code decimal(10,2)}, {@code uuid}, or {@code null}
   */
  public static @Nullable String logicalLabel(Schema schema) {
    LogicalTypes.Decimal decimal = decimal(schema);
    if (decimal != null) {
      return "decimal(" + decimal.getPrecision() + "," + decimal.getScale() + ")";
    }
    return logicalName(schema);
  }

  private static String shortName(Schema schema) {
    return isNamed(schema) ? schema.getName() : schema.getType().getName();
  }

  /**
   * A field's default as JSON text, in Avro's JSON form (bytes as a string of code points 0-255).
   *
   * @param field a field
   * @return the JSON text, or {@code null} when the field has no default
   */
  public static @Nullable String defaultJson(Schema.Field field) {
    if (!field.hasDefaultValue()) {
      return null;
    }
    Object plain = plain(field.defaultVal());
    try {
      return JSON.writeValueAsString(plain);
    } catch (JsonProcessingException e) {
      return String.valueOf(plain);
    }
  }

  private static @Nullable Object plain(@Nullable Object value) {
    if (value == null || value == JsonProperties.NULL_VALUE) {
      return null;
    }
    if (value instanceof byte[] bytes) {
      // Avro writes bytes defaults as strings whose code points are the byte values
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, @Nullable Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, plain(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> out = new ArrayList<>();
      list.forEach(v -> out.add(plain(v)));
      return out;
    }
    return value;
  }
}
