package dev.treaty.avro.internal.oracle;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * Generates data for a writer's schema, in Avro's generic representation, deterministic for a
 * seed. The first data of a sequence are edge values, so that the few values that break a reader
 * are tried early: the extremes of int and long, 2^24 + 1 and 2^53 + 1 (the first integers a
 * float and a double round), NaN and the infinities, empty and non-ASCII strings, bytes that are
 * not UTF-8, every enum symbol, every union branch in turn, the largest and smallest decimals of
 * the precision. Nested data is kept small, and recursive types stop at a bounded depth; a schema
 * that has no finite value (a record that must contain itself) yields none.
 */
public final class DatumGenerator {

  private static final int[] INTS = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 16_777_217,
      -16_777_217, 42};
  private static final long[] LONGS = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE,
      9_007_199_254_740_993L, 16_777_217L, -9_007_199_254_740_993L};
  private static final float[] FLOATS = {0f, -0f, 1.5f, Float.NaN, Float.POSITIVE_INFINITY,
      Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE, 16_777_216f};
  private static final double[] DOUBLES = {0d, -0d, 1.5d, Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 0.1d};
  private static final String[] STRINGS = {"", "é", "\uD83D\uDE00", "abc", "a b\tc\n",
      "日本語"};
  private static final byte[][] BYTES = {{}, {(byte) 0xFF, (byte) 0xFE}, {0, 1, 2},
      "text".getBytes(StandardCharsets.UTF_8), {(byte) 0xC3}};
  /** Deeper than this, data takes the shortest way out (empty collections, null branches). */
  private static final int SHALLOW = 4;
  /** Deeper than this, a value is given up: the schema has no small finite value. */
  private static final int GIVE_UP = 12;

  private final Random random;
  private final Map<Schema, Boolean> finite = new HashMap<>();
  private int index;

  /**
   * A generator.
   *
   * @param seed the seed; the same seed gives the same data
   */
  public DatumGenerator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * The next datum of a schema.
   *
   * @param schema the writer's schema
   * @return the datum, or empty when the schema has no finite value
   */
  public Optional<Datum> next(Schema schema) {
    index++;
    try {
      return Optional.of(new Datum(value(schema, 0)));
    } catch (NoValue e) {
      return Optional.empty();
    }
  }

  /**
   * A generated datum; {@code null} is a datum (of the null type), not absence.
   *
   * @param value the datum in Avro's generic representation
   */
  public record Datum(Object value) {}

  private Object value(Schema schema, int depth) {
    if (depth > GIVE_UP) {
      throw new NoValue();
    }
    return switch (schema.getType()) {
      case NULL -> null;
      case BOOLEAN -> index % 2 == 0;
      case INT -> intValue(schema);
      case LONG -> longValue(schema);
      case FLOAT -> pick(index) < FLOATS.length ? FLOATS[pick(index)] : random.nextFloat() * 1e6f;
      case DOUBLE -> pick(index) < DOUBLES.length ? DOUBLES[pick(index)]
          : random.nextGaussian() * 1e12;
      case STRING -> stringValue(schema);
      case BYTES -> bytesValue(schema);
      case FIXED -> fixedValue(schema);
      case ENUM -> new GenericData.EnumSymbol(schema,
          schema.getEnumSymbols().get((index + depth) % schema.getEnumSymbols().size()));
      case ARRAY -> {
        int size = depth >= SHALLOW ? 0 : (index + depth) % 3;
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          items.add(value(schema.getElementType(), depth + 1));
        }
        yield items;
      }
      case MAP -> {
        int size = depth >= SHALLOW ? 0 : (index + depth) % 3;
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          map.put("k" + i, value(schema.getValueType(), depth + 1));
        }
        yield map;
      }
      case RECORD -> {
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
          record.put(field.pos(), value(field.schema(), depth + 1));
        }
        yield record;
      }
      case UNION -> value(branch(schema, depth), depth + 1);
    };
  }

  /** Every branch in turn; deep down, one that ends soonest. */
  private Schema branch(Schema union, int depth) {
    List<Schema> branches = union.getTypes();
    if (branches.isEmpty()) {
      throw new NoValue();
    }
    if (depth >= SHALLOW) {
      for (Schema branch : branches) {
        if (branch.getType() != Schema.Type.RECORD && branch.getType() != Schema.Type.UNION) {
          return branch;
        }
      }
    }
    int start = (index + depth) % branches.size();
    for (int i = 0; i < branches.size(); i++) {
      Schema branch = branches.get((start + i) % branches.size());
      if (depth < SHALLOW || hasFiniteValue(branch)) {
        return branch;
      }
    }
    return branches.get(start);
  }

  private boolean hasFiniteValue(Schema schema) {
    return finite.computeIfAbsent(schema, s -> {
      try {
        new DatumGenerator(0).value(s, SHALLOW);
        return true;
      } catch (NoValue e) {
        return false;
      }
    });
  }

  /** The edge value to use for this datum: the first data take the listed values in turn. */
  private static int pick(int i) {
    return i - 1;
  }

  private Object intValue(Schema schema) {
    String logical = schema.getLogicalType() == null ? "" : schema.getLogicalType().getName();
    return switch (logical) {
      case "date" -> random.nextInt(200_000) - 100_000;
      case "time-millis" -> random.nextInt(86_400_000);
      default -> pick(index) < INTS.length ? INTS[pick(index)] : random.nextInt();
    };
  }

  private Object longValue(Schema schema) {
    String logical = schema.getLogicalType() == null ? "" : schema.getLogicalType().getName();
    if (logical.equals("time-micros")) {
      return (long) (random.nextDouble() * 86_400_000_000L);
    }
    if (!logical.isEmpty()) {
      return random.nextLong() >> 8; // a timestamp: any instant within a few million years
    }
    return pick(index) < LONGS.length ? LONGS[pick(index)] : random.nextLong();
  }

  private Object stringValue(Schema schema) {
    if (schema.getLogicalType() != null && schema.getLogicalType().getName().equals("uuid")) {
      return new UUID(random.nextLong(), random.nextLong()).toString();
    }
    if (pick(index) < STRINGS.length) {
      return STRINGS[pick(index)];
    }
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      text.appendCodePoint(random.nextInt(4) == 0 ? 0x100 + random.nextInt(0x2000)
          : 0x20 + random.nextInt(0x5f));
    }
    return text.toString();
  }

  private Object bytesValue(Schema schema) {
    if (schema.getLogicalType() instanceof LogicalTypes.Decimal decimal) {
      return new Conversions.DecimalConversion().toBytes(decimal(decimal), schema, decimal);
    }
    if (pick(index) < BYTES.length) {
      return ByteBuffer.wrap(BYTES[pick(index)]);
    }
    byte[] bytes = new byte[random.nextInt(8)];
    random.nextBytes(bytes);
    return ByteBuffer.wrap(bytes);
  }

  private Object fixedValue(Schema schema) {
    if (schema.getLogicalType() instanceof LogicalTypes.Decimal decimal) {
      return new Conversions.DecimalConversion().toFixed(decimal(decimal), schema, decimal);
    }
    byte[] bytes = new byte[schema.getFixedSize()];
    random.nextBytes(bytes);
    if (bytes.length > 0 && index % 2 == 0) {
      bytes[0] = (byte) 0xFF;
    }
    return new GenericData.Fixed(schema, bytes);
  }

  /** The largest, the smallest, zero, and random decimals of the precision and scale. */
  private BigDecimal decimal(LogicalTypes.Decimal decimal) {
    BigInteger largest = BigInteger.TEN.pow(decimal.getPrecision()).subtract(BigInteger.ONE);
    BigInteger unscaled = switch (index % 5) {
      case 0 -> largest;
      case 1 -> largest.negate();
      case 2 -> BigInteger.ZERO;
      case 3 -> BigInteger.ONE;
      default -> new BigInteger(largest.bitLength(), random).mod(largest.add(BigInteger.ONE));
    };
    return new BigDecimal(unscaled, decimal.getScale());
  }

  /** The schema has no finite value along the path taken. */
  private static final class NoValue extends RuntimeException {
    NoValue() {
      super(null, null, false, false);
    }
  }
}
