package dev.treaty.protobuf.internal.model;

import dev.treaty.model.Constraints;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.AnyType;
import dev.treaty.model.DataType.ArrayType;
import dev.treaty.model.DataType.MapType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.DataType.TimestampType;
import dev.treaty.model.DataType.UnionType;
import dev.treaty.model.TimeUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The well-known messages that stand for something other than their fields: a Timestamp is an
 * instant to the nanosecond, a wrapper is a scalar that may be null (absent), Struct, Value and
 * ListValue hold any JSON, and Any holds any message. The others (Duration, FieldMask, Empty) are
 * modelled as the messages they are.
 */
final class WellKnownTypes {

  private static final Map<String, DataType> TYPES = Map.ofEntries(
      Map.entry("google.protobuf.Timestamp", new TimestampType(TimeUnit.NANOS, true)),
      Map.entry("google.protobuf.DoubleValue", nullable(ScalarType.of(ScalarKind.DOUBLE))),
      Map.entry("google.protobuf.FloatValue", nullable(ScalarType.of(ScalarKind.FLOAT))),
      Map.entry("google.protobuf.Int64Value", nullable(ScalarType.of(ScalarKind.INT64))),
      Map.entry("google.protobuf.UInt64Value", nullable(new ScalarType(ScalarKind.INTEGER,
          range(new BigDecimal("18446744073709551615"))))),
      Map.entry("google.protobuf.Int32Value", nullable(ScalarType.of(ScalarKind.INT32))),
      Map.entry("google.protobuf.UInt32Value", nullable(new ScalarType(ScalarKind.INT64,
          range(BigDecimal.valueOf(0xFFFF_FFFFL))))),
      Map.entry("google.protobuf.BoolValue", nullable(ScalarType.of(ScalarKind.BOOLEAN))),
      Map.entry("google.protobuf.StringValue", nullable(ScalarType.of(ScalarKind.STRING))),
      Map.entry("google.protobuf.BytesValue", nullable(ScalarType.of(ScalarKind.BYTES))),
      Map.entry("google.protobuf.Struct", new MapType(new AnyType(), Constraints.NONE)),
      Map.entry("google.protobuf.Value", new AnyType()),
      Map.entry("google.protobuf.ListValue", new ArrayType(new AnyType(), Constraints.NONE)),
      Map.entry("google.protobuf.Any", new AnyType()));

  private WellKnownTypes() {}

  /**
   * What a well-known message stands for.
   *
   * @param fullName a message's full name
   * @return the type, or {@code null} when the message is modelled by its fields
   */
  static @Nullable DataType map(String fullName) {
    return TYPES.get(fullName);
  }

  private static DataType nullable(DataType type) {
    return UnionType.nullable(type);
  }

  private static Constraints range(BigDecimal maximum) {
    return new Constraints(null, null, null, null, BigDecimal.ZERO, false, maximum, false, null,
        List.of());
  }
}
