package dev.treaty.internal.consumer;

import dev.treaty.model.Constraints;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.ArrayType;
import dev.treaty.model.DataType.Conversion;
import dev.treaty.model.DataType.DecimalType;
import dev.treaty.model.DataType.EnumType;
import dev.treaty.model.DataType.MapType;
import dev.treaty.model.DataType.RecordType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.DataType.TimeType;
import dev.treaty.model.DataType.TimestampType;
import dev.treaty.model.TimeUnit;
import dev.treaty.model.TypeName;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Whether values of a schema type read as the type a consumer names. Scalars defer to
 * {@link DataType#conversion}; on top of it, a text-encoded value whose {@code format} says what
 * it is (a JSON {@code date-time} string, say) reads as that logical type, and integers or numbers
 * whose declared range fits read as the narrower type without loss.
 */
final class TypeMatcher {

  private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal INT64_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal INT64_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final Set<String> TEXT_TIMESTAMP_FORMATS = Set.of("date-time");

  private TypeMatcher() {}

  /**
   * How the schema's values read as the consumer's type.
   *
   * @param schema the producer's type, without null
   * @param expected the consumer's type name
   * @return the conversion
   */
  static Conversion match(DataType schema, TypeName expected) {
    String format = schema.constraints().format();
    boolean text = schema instanceof ScalarType s && s.kind() == ScalarKind.STRING;
    return switch (expected.base()) {
      case "any" -> Conversion.IDENTICAL;
      case "record" -> schema instanceof RecordType || allRecords(schema)
          ? Conversion.IDENTICAL : Conversion.INCOMPATIBLE;
      case "array" -> schema instanceof ArrayType ? Conversion.IDENTICAL : Conversion.INCOMPATIBLE;
      case "map" -> schema instanceof MapType
          || (schema instanceof RecordType r && r.fields().isEmpty() && r.additionalFields() != null)
          ? Conversion.IDENTICAL : Conversion.INCOMPATIBLE;
      case "enum" -> schema instanceof EnumType
          || (text && !schema.constraints().allowedValues().isEmpty())
          ? Conversion.IDENTICAL : Conversion.INCOMPATIBLE;
      case "string" -> string(schema);
      case "date" -> schema instanceof ScalarType s && s.kind() == ScalarKind.DATE
          || (text && "date".equals(format)) ? Conversion.IDENTICAL : Conversion.INCOMPATIBLE;
      case "uuid" -> schema instanceof ScalarType s && s.kind() == ScalarKind.UUID
          || (text && "uuid".equals(format)) ? Conversion.IDENTICAL : Conversion.INCOMPATIBLE;
      case "time" -> time(schema, expected, text && "time".equals(format));
      case "timestamp", "local-timestamp" -> timestamp(schema, expected,
          text && format != null && TEXT_TIMESTAMP_FORMATS.contains(format));
      case "decimal" -> decimal(schema, expected);
      default -> scalar(schema, ScalarKind.valueOf(expected.base().toUpperCase(java.util.Locale.ROOT)));
    };
  }

  /** A union whose branches are all records (a polymorphic object) reads as a record. */
  private static boolean allRecords(DataType schema) {
    return schema instanceof DataType.UnionType union
        && union.branches().stream().allMatch(b -> b instanceof RecordType || b instanceof DataType.RefType);
  }

  private static Conversion string(DataType schema) {
    if (schema instanceof EnumType) {
      return Conversion.LOSSLESS;
    }
    if (schema instanceof ScalarType s) {
      boolean textDate = s.kind() == ScalarKind.DATE && "date".equals(s.constraints().format());
      return s.kind() == ScalarKind.STRING ? Conversion.IDENTICAL
          : s.kind() == ScalarKind.UUID || textDate ? Conversion.LOSSLESS : Conversion.INCOMPATIBLE;
    }
    if (schema instanceof TimestampType ts && ts.unit() == TimeUnit.TEXT) {
      return Conversion.LOSSLESS;
    }
    if (schema instanceof TimeType t && t.unit() == TimeUnit.TEXT) {
      return Conversion.LOSSLESS;
    }
    return Conversion.INCOMPATIBLE;
  }

  private static Conversion time(DataType schema, TypeName expected, boolean textTime) {
    if (textTime) {
      return expected.unit() == null || expected.unit() == TimeUnit.TEXT
          ? Conversion.IDENTICAL : Conversion.INCOMPATIBLE;
    }
    if (schema instanceof TimeType t) {
      return expected.unit() == null || expected.unit() == t.unit()
          ? Conversion.IDENTICAL : Conversion.INCOMPATIBLE;
    }
    return Conversion.INCOMPATIBLE;
  }

  private static Conversion timestamp(DataType schema, TypeName expected, boolean textTimestamp) {
    boolean utc = expected.base().equals("timestamp");
    if (textTimestamp) {
      return utc && (expected.unit() == null || expected.unit() == TimeUnit.TEXT)
          ? Conversion.IDENTICAL : Conversion.INCOMPATIBLE;
    }
    if (schema instanceof TimestampType ts) {
      boolean unitMatches = expected.unit() == null || expected.unit() == ts.unit();
      return unitMatches && ts.utc() == utc ? Conversion.IDENTICAL : Conversion.INCOMPATIBLE;
    }
    return Conversion.INCOMPATIBLE;
  }

  private static Conversion decimal(DataType schema, TypeName expected) {
    int precision = expected.precision() == null ? 0 : expected.precision();
    int scale = expected.scale() == null ? 0 : expected.scale();
    if (precision == 0) {
      // Any decimal: every finite binary or decimal number has an exact decimal value.
      if (schema instanceof DecimalType) {
        return Conversion.IDENTICAL;
      }
      if (schema instanceof ScalarType s && Set.of(ScalarKind.INT32, ScalarKind.INT64, ScalarKind.INTEGER,
          ScalarKind.FLOAT, ScalarKind.DOUBLE, ScalarKind.NUMBER).contains(s.kind())) {
        return Conversion.LOSSLESS;
      }
      return Conversion.INCOMPATIBLE;
    }
    DecimalType wanted = new DecimalType(precision, scale, Constraints.NONE);
    Conversion plain = DataType.conversion(schema, wanted);
    if (plain.preservesValues() || !(schema instanceof ScalarType s)) {
      return plain;
    }
    // A bounded integer or a number with a decimal step and bounds may fit.
    Constraints c = schema.constraints();
    BigDecimal limit = BigDecimal.TEN.pow(precision - scale);
    boolean bounded = c.minimum() != null && c.maximum() != null
        && c.minimum().abs().compareTo(limit) < 0 && c.maximum().abs().compareTo(limit) < 0;
    boolean integral = s.kind() == ScalarKind.INT32 || s.kind() == ScalarKind.INT64
        || s.kind() == ScalarKind.INTEGER;
    boolean stepFits = integral || (c.multipleOf() != null
        && c.multipleOf().stripTrailingZeros().scale() <= scale);
    return bounded && stepFits ? Conversion.LOSSLESS : plain;
  }

  private static Conversion scalar(DataType schema, ScalarKind wanted) {
    Conversion plain = DataType.conversion(schema, ScalarType.of(wanted));
    if (plain.preservesValues() || !(schema instanceof ScalarType s)) {
      return plain;
    }
    // An unbounded integer whose declared range fits the consumer's integer type reads exactly.
    Constraints c = schema.constraints();
    boolean integral = s.kind() == ScalarKind.INT64 || s.kind() == ScalarKind.INTEGER
        || (s.kind() == ScalarKind.NUMBER && c.multipleOf() != null
            && c.multipleOf().stripTrailingZeros().scale() <= 0);
    if (integral && wanted == ScalarKind.INTEGER) {
      return Conversion.LOSSLESS;
    }
    if (integral && (wanted == ScalarKind.INT32 || wanted == ScalarKind.INT64)) {
      BigDecimal min = wanted == ScalarKind.INT32 ? INT32_MIN : INT64_MIN;
      BigDecimal max = wanted == ScalarKind.INT32 ? INT32_MAX : INT64_MAX;
      if (c.minimum() != null && c.maximum() != null
          && c.minimum().compareTo(min) >= 0 && c.maximum().compareTo(max) <= 0) {
        return Conversion.LOSSLESS;
      }
    }
    return plain;
  }
}
