package dev.treaty.avro.internal.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;

/**
 * Writes and reads data the way applications do: {@link GenericDatumWriter} with the writer's
 * schema, Avro binary encoding, {@link GenericDatumReader} with the writer's and the reader's
 * schema.
 */
public final class Datums {

  private Datums() {}

  /** Java's two decoders: the fast reader (Avro 1.12's default) and the resolving decoder. */
  private static final GenericData FAST = fast(true);
  private static final GenericData RESOLVING = fast(false);

  private static GenericData fast(boolean enabled) {
    GenericData data = new GenericData();
    data.setFastReaderEnabled(enabled);
    return data;
  }

  /**
   * Writes a datum with one schema and reads it with another, with Avro's default decoder.
   *
   * @param writer the writer's schema
   * @param reader the reader's schema
   * @param datum a datum of the writer's schema, in Avro's generic representation
   * @return the datum as the reader sees it
   * @throws IOException when Avro cannot decode it (an {@code AvroTypeException} and the like
   *     are runtime exceptions and pass through)
   */
  public static Object roundTrip(Schema writer, Schema reader, Object datum) throws IOException {
    return roundTrip(writer, reader, datum, true);
  }

  /**
   * Writes a datum with one schema and reads it with another.
   *
   * @param writer the writer's schema
   * @param reader the reader's schema
   * @param datum a datum of the writer's schema, in Avro's generic representation
   * @param fast {@code true} for the fast reader (Avro 1.12's default), {@code false} for the
   *     resolving decoder
   * @return the datum as the reader sees it
   * @throws IOException when Avro cannot decode it
   */
  public static Object roundTrip(Schema writer, Schema reader, Object datum, boolean fast)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
    new GenericDatumWriter<Object>(writer).write(datum, encoder);
    encoder.flush();
    return new GenericDatumReader<Object>(writer, reader, fast ? FAST : RESOLVING)
        .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
  }

  /**
   * Reads a datum given in Avro's JSON encoding with the writer's schema, writes it in binary and
   * reads it with the reader's schema.
   *
   * @param writer the writer's schema
   * @param reader the reader's schema
   * @param json the datum in Avro's JSON encoding ({@code {"int": 5}} for a union branch)
   * @return {@code GenericData}'s rendering of what the reader decodes, or {@code fails: } and
   *     the exception's class and message
   */
  public static String decodeJson(Schema writer, Schema reader, String json) {
    Object datum;
    try {
      datum = new GenericDatumReader<Object>(writer)
          .read(null, DecoderFactory.get().jsonDecoder(writer, json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return GenericData.get().toString(roundTrip(writer, reader, datum));
    } catch (IOException | RuntimeException e) {
      return "fails: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /**
   * Builds a datum from the plain JSON form {@code GenericData.toString} prints (a union's value
   * unwrapped, an enum as its symbol, a record as an object).
   *
   * @param schema the datum's schema
   * @param value the plain JSON
   * @return the datum in Avro's generic representation
   */
  public static Object fromPlain(Schema schema, JsonNode value) {
    return switch (schema.getType()) {
      case NULL -> null;
      case BOOLEAN -> value.asBoolean();
      case INT -> value.asInt();
      case LONG -> value.asLong();
      case FLOAT -> (float) value.asDouble();
      case DOUBLE -> value.asDouble();
      case STRING -> value.asText();
      case BYTES -> ByteBuffer.wrap(value.asText().getBytes(StandardCharsets.ISO_8859_1));
      case ENUM -> new GenericData.EnumSymbol(schema, value.asText());
      case FIXED -> new GenericData.Fixed(schema,
          value.asText().getBytes(StandardCharsets.ISO_8859_1));
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        value.forEach(v -> items.add(fromPlain(schema.getElementType(), v)));
        yield items;
      }
      case MAP -> {
        Map<String, Object> map = new LinkedHashMap<>();
        value.properties().forEach(e -> map.put(e.getKey(),
            fromPlain(schema.getValueType(), e.getValue())));
        yield map;
      }
      case RECORD -> {
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
          record.put(field.pos(), fromPlain(field.schema(), value.get(field.name())));
        }
        yield record;
      }
      case UNION -> fromPlain(branchFor(schema, value), value);
    };
  }

  private static Schema branchFor(Schema union, JsonNode value) {
    for (Schema branch : union.getTypes()) {
      boolean fits = switch (branch.getType()) {
        case NULL -> value.isNull();
        case STRING, ENUM, BYTES, FIXED -> value.isTextual();
        case INT, LONG -> value.isIntegralNumber();
        case FLOAT, DOUBLE -> value.isNumber();
        case BOOLEAN -> value.isBoolean();
        case RECORD, MAP -> value.isObject();
        case ARRAY -> value.isArray();
        case UNION -> false;
      };
      if (fits) {
        return branch;
      }
    }
    throw new IllegalArgumentException("no branch of " + union + " fits " + value);
  }
}
