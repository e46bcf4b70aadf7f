package dev.treaty.avro.internal.oracle;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * Whether a decoded datum means what the written one meant, judged independently of Treaty's
 * rules. The two data are walked together: a reader's field takes the writer's field of its name
 * (or of one of its aliases, inside records of the same full name, as Java's decoder applies
 * them) or else its own default; an enum symbol the reader lacks becomes the reader's enum
 * default; everything else must keep its meaning exactly:
 *
 * <ul>
 *   <li>numbers the same number (int 5 and double 5.0 agree; 16777217 and 16777216.0 do not);
 *   <li>timestamps the same instant (or local date-time), times the same time of day, dates the
 *       same day, whatever unit they were written in;
 *   <li>decimals the same value (unscaled bytes read with another scale do not);
 *   <li>text and bytes the same bytes (a string read as bytes is its UTF-8; bytes that are not
 *       UTF-8 read as a string with replacement characters are not the same).
 * </ul>
 *
 * <p>A value must also be one the reader's logical type allows: a decimal within the reader's
 * precision, a UUID where the reader reads {@code uuid}.
 */
public final class MeaningCheck {

  private MeaningCheck() {}

  /**
   * Compares a written and a decoded datum.
   *
   * @param written the datum as written
   * @param writer the writer's schema
   * @param decoded the datum as decoded
   * @param reader the reader's schema
   * @return {@code null} when the meaning is kept, else where and how it differs
   */
  public static String difference(Object written, Schema writer, Object decoded, Schema reader) {
    return walk(written, writer, decoded, reader, "");
  }

  private static String walk(Object written, Schema writer, Object decoded, Schema reader,
      String path) {
    if (writer.getType() == Schema.Type.UNION) {
      Schema branch = writer.getTypes().get(GenericData.get().resolveUnion(writer, written));
      return walk(written, branch, decoded, reader, path);
    }
    if (reader.getType() == Schema.Type.UNION) {
      Schema branch = reader.getTypes().get(GenericData.get().resolveUnion(reader, decoded));
      return walk(written, writer, decoded, branch, path);
    }
    if (writer.getType() == Schema.Type.RECORD && reader.getType() == Schema.Type.RECORD) {
      return record((IndexedRecord) written, writer, (IndexedRecord) decoded, reader, path);
    }
    if (writer.getType() == Schema.Type.ENUM && reader.getType() == Schema.Type.ENUM) {
      String symbol = written.toString();
      String expected = reader.hasEnumSymbol(symbol) ? symbol : reader.getEnumDefault();
      String actual = ((GenericEnumSymbol<?>) decoded).toString();
      return actual.equals(expected) ? null
          : at(path, "symbol " + symbol + " read as " + actual + ", expected " + expected);
    }
    if (writer.getType() == Schema.Type.ARRAY && reader.getType() == Schema.Type.ARRAY) {
      List<?> w = (List<?>) written;
      List<?> r = (List<?>) decoded;
      if (w.size() != r.size()) {
        return at(path, w.size() + " items read as " + r.size());
      }
      for (int i = 0; i < w.size(); i++) {
        String difference = walk(w.get(i), writer.getElementType(), r.get(i),
            reader.getElementType(), path + "[" + i + "]");
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    if (writer.getType() == Schema.Type.MAP && reader.getType() == Schema.Type.MAP) {
      Map<String, Object> w = keyed((Map<?, ?>) written);
      Map<String, Object> r = keyed((Map<?, ?>) decoded);
      if (!w.keySet().equals(r.keySet())) {
        return at(path, "keys " + w.keySet() + " read as " + r.keySet());
      }
      for (Map.Entry<String, Object> entry : w.entrySet()) {
        String difference = walk(entry.getValue(), writer.getValueType(), r.get(entry.getKey()),
            reader.getValueType(), path + "{" + entry.getKey() + "}");
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    String before = meaning(written, writer);
    String after = meaning(decoded, reader);
    if (!before.equals(after)) {
      return at(path, before + " read as " + after);
    }
    String invalid = invalid(decoded, reader);
    return invalid == null ? null : at(path, invalid);
  }

  /**
   * Whether a decoded value is outside what the reader's logical type allows, though its bytes
   * are intact: a decimal with more digits than the reader's precision (it overflows the
   * reader's column), text that is not a UUID where the reader expects one.
   */
  private static String invalid(Object decoded, Schema reader) {
    LogicalType logical = reader.getLogicalType();
    if (logical instanceof LogicalTypes.Decimal decimal) {
      byte[] unscaled = reader.getType() == Schema.Type.FIXED ? ((GenericFixed) decoded).bytes()
          : bytes((ByteBuffer) decoded);
      BigInteger value = new BigInteger(unscaled.length == 0 ? new byte[] {0} : unscaled);
      int digits = value.abs().toString().length();
      return digits > decimal.getPrecision() ? "a decimal of " + digits + " digits does not fit "
          + "decimal(" + decimal.getPrecision() + "," + decimal.getScale() + ")" : null;
    }
    if (logical != null && logical.getName().equals("uuid")
        && reader.getType() == Schema.Type.STRING) {
      try {
        java.util.UUID.fromString(decoded.toString());
        return null;
      } catch (IllegalArgumentException e) {
        return "\"" + decoded + "\" is not a uuid";
      }
    }
    return null;
  }

  private static String record(IndexedRecord written, Schema writer, IndexedRecord decoded,
      Schema reader, String path) {
    boolean sameRecord = reader.getFullName().equals(writer.getFullName())
        || reader.getAliases().contains(writer.getFullName());
    for (Schema.Field field : reader.getFields()) {
      Schema.Field source = writer.getField(field.name());
      if (source == null && sameRecord) {
        for (String alias : field.aliases()) {
          source = source == null ? writer.getField(alias) : source;
        }
      }
      String here = path.isEmpty() ? field.name() : path + "." + field.name();
      String difference;
      if (source != null) {
        difference = walk(written.get(source.pos()), source.schema(), decoded.get(field.pos()),
            field.schema(), here);
      } else {
        Object fallback = GenericData.get().getDefaultValue(field);
        difference = walk(fallback, field.schema(), decoded.get(field.pos()), field.schema(),
            here);
      }
      if (difference != null) {
        return difference;
      }
    }
    return null;
  }

  /**
   * What a scalar value means, as text that is equal exactly when the meaning is.
   *
   * @param value the value in Avro's generic representation
   * @param schema its schema (not a union)
   * @return e.g. {@code number:5}, {@code instant:5000000} (nanoseconds), {@code decimal:1.23}
   */
  static String meaning(Object value, Schema schema) {
    LogicalType logical = schema.getLogicalType();
    String name = logical == null ? "" : logical.getName();
    return switch (schema.getType()) {
      case NULL -> "null";
      case BOOLEAN -> "boolean:" + value;
      case INT, LONG -> integral(((Number) value).longValue(), name);
      case FLOAT -> number(((Float) value).doubleValue());
      case DOUBLE -> number((Double) value);
      case STRING -> "bytes:" + HexFormat.of().formatHex(
          value.toString().getBytes(StandardCharsets.UTF_8));
      case BYTES -> logical instanceof LogicalTypes.Decimal decimal
          ? decimal(bytes((ByteBuffer) value), decimal) : "bytes:" + HexFormat.of().formatHex(
              bytes((ByteBuffer) value));
      case FIXED -> logical instanceof LogicalTypes.Decimal decimal
          ? decimal(((GenericFixed) value).bytes(), decimal)
          : "bytes:" + HexFormat.of().formatHex(((GenericFixed) value).bytes());
      default -> schema.getType() + ":" + value;
    };
  }

  private static String integral(long value, String logical) {
    BigInteger v = BigInteger.valueOf(value);
    return switch (logical) {
      case "date" -> "date:" + v;
      case "time-millis" -> "time:" + v.multiply(BigInteger.valueOf(1_000_000));
      case "time-micros" -> "time:" + v.multiply(BigInteger.valueOf(1_000));
      case "timestamp-millis" -> "instant:" + v.multiply(BigInteger.valueOf(1_000_000));
      case "timestamp-micros" -> "instant:" + v.multiply(BigInteger.valueOf(1_000));
      case "timestamp-nanos" -> "instant:" + v;
      case "local-timestamp-millis" -> "local:" + v.multiply(BigInteger.valueOf(1_000_000));
      case "local-timestamp-micros" -> "local:" + v.multiply(BigInteger.valueOf(1_000));
      case "local-timestamp-nanos" -> "local:" + v;
      default -> "number:" + v;
    };
  }

  private static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "number:" + value;
    }
    BigDecimal exact = new BigDecimal(value);
    return "number:" + (exact.signum() == 0 ? "0" : exact.stripTrailingZeros().toPlainString());
  }

  private static String decimal(byte[] unscaled, LogicalTypes.Decimal decimal) {
    BigDecimal value = new BigDecimal(new BigInteger(unscaled.length == 0 ? new byte[] {0}
        : unscaled), decimal.getScale());
    return "decimal:" + (value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
  }

  private static byte[] bytes(ByteBuffer buffer) {
    ByteBuffer copy = buffer.duplicate();
    byte[] out = new byte[copy.remaining()];
    copy.get(out);
    return out;
  }

  private static Map<String, Object> keyed(Map<?, ?> map) {
    Map<String, Object> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(k.toString(), v));
    return out;
  }

  private static String at(String path, String what) {
    return (path.isEmpty() ? "(root)" : path) + ": " + what;
  }
}
