package dev.treaty.internal.derive;

import dev.treaty.model.Constraints;
import dev.treaty.model.TypeName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Which {@link TypeName} a consumer reads a JSON value as, by the Java type Jackson reads it into.
 * One table; the bounds are those Jackson itself enforces (it rejects 256 for a {@code byte} but
 * accepts 255, reading it as -1; a {@code char} takes a string of at most one character).
 */
final class JavaScalars {

  /** A scalar type with the constraints its Java type implies. */
  record Scalar(TypeName type, Constraints constraints) {}

  private static final Map<Class<?>, Scalar> TABLE = new LinkedHashMap<>();

  static {
    put("string", Constraints.NONE, String.class, CharSequence.class, char[].class);
    put("string", Constraints.NONE.withLength(null, 1L), char.class, Character.class);
    put("boolean", Constraints.NONE, boolean.class, Boolean.class, AtomicBoolean.class);
    put("int32", range(-128, 255), byte.class, Byte.class);
    put("int32", range(Short.MIN_VALUE, Short.MAX_VALUE), short.class, Short.class);
    put("int32", Constraints.NONE, int.class, Integer.class, AtomicInteger.class);
    put("int64", Constraints.NONE, long.class, Long.class, AtomicLong.class);
    put("integer", Constraints.NONE, BigInteger.class);
    put("float", Constraints.NONE, float.class, Float.class);
    put("double", Constraints.NONE, double.class, Double.class);
    put("decimal", Constraints.NONE, BigDecimal.class);
    put("number", Constraints.NONE, Number.class);
    put("bytes", Constraints.NONE, byte[].class);
    put("uuid", Constraints.NONE, UUID.class);
    put("date", Constraints.NONE, LocalDate.class, java.sql.Date.class);
    put("time", Constraints.NONE, LocalTime.class);
    put("timestamp", Constraints.NONE, Instant.class, OffsetDateTime.class, ZonedDateTime.class,
        Date.class, Calendar.class, java.sql.Timestamp.class);
    put("local-timestamp", Constraints.NONE, LocalDateTime.class);
  }

  private JavaScalars() {}

  /**
   * The scalar a Java type reads as.
   *
   * @param type the raw Java type
   * @return the scalar, or {@code null} when the type is not in the table
   */
  static @Nullable Scalar of(Class<?> type) {
    return TABLE.get(type);
  }

  private static void put(String typeName, Constraints constraints, Class<?>... types) {
    for (Class<?> type : types) {
      TABLE.put(type, new Scalar(TypeName.parse(typeName), constraints));
    }
  }

  private static Constraints range(long min, long max) {
    return Constraints.NONE.withRange(BigDecimal.valueOf(min), false, BigDecimal.valueOf(max), false);
  }
}
