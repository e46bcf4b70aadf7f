package dev.treaty.protobuf.internal.proof;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.DynamicMessage;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates messages of a descriptor, deterministically: edge values of every scalar type
 * (zero, extremes, -1 for unsigned types, NaN and infinities, empty and non-ASCII strings),
 * every case of every oneof in turn (and none), numbers an open enum does not declare, repeated
 * fields and maps of zero to three entries, nested messages to a bounded depth.
 */
final class MessageGenerator {

  private static final int MAX_DEPTH = 4;
  private static final List<Integer> INT32 = List.of(0, 1, -1, Integer.MIN_VALUE,
      Integer.MAX_VALUE, 150, -300);
  private static final List<Long> INT64 = List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE,
      (long) Integer.MAX_VALUE + 1, 1L << 53);
  private static final List<Float> FLOATS = List.of(0f, -0f, 1.5f, Float.NaN,
      Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE);
  private static final List<Double> DOUBLES = List.of(0d, -0d, 0.1, Double.NaN,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE);
  private static final List<String> STRINGS = List.of("", "a", "héllo wörld ✓", "日本語",
      "emoji \uD83D\uDE00", "x".repeat(300), "line\nbreak");

  private final Random random;
  private final int variant;

  /**
   * A generator.
   *
   * @param seed fixes every choice
   * @param variant which oneof case each oneof takes (variant modulo members + 1; the last is
   *     none)
   */
  MessageGenerator(long seed, int variant) {
    this.random = new Random(seed);
    this.variant = variant;
  }

  DynamicMessage generate(Descriptor type) {
    return message(type, 0).buildPartial();
  }

  private DynamicMessage.Builder message(Descriptor type, int depth) {
    DynamicMessage.Builder builder = DynamicMessage.newBuilder(type);
    Set<OneofDescriptor> oneofs = new HashSet<>();
    for (FieldDescriptor field : type.getFields()) {
      OneofDescriptor oneof = field.getRealContainingOneof();
      if (oneof != null) {
        if (oneofs.add(oneof)) {
          int choice = variant % (oneof.getFieldCount() + 1);
          if (choice < oneof.getFieldCount()) {
            FieldDescriptor member = oneof.getField(choice);
            Object value = single(member, depth);
            if (value != null) {
              builder.setField(member, value);
            }
          }
        }
        continue;
      }
      if (field.isRepeated()) {
        int count = random.nextInt(4);
        Set<Object> keys = new HashSet<>();
        for (int i = 0; i < count; i++) {
          Object value = single(field, depth);
          if (value == null) {
            continue;
          }
          if (field.isMapField() && !keys.add(((DynamicMessage) value).getField(
              field.getMessageType().findFieldByNumber(1)))) {
            continue; // a map holds each key once
          }
          builder.addRepeatedField(field, value);
        }
      } else if (field.isRequired() || !field.hasPresence() || random.nextInt(10) < 7) {
        Object value = single(field, depth);
        if (value != null) {
          builder.setField(field, value);
        }
      }
    }
    return builder;
  }

  private Object single(FieldDescriptor field, int depth) {
    return switch (field.getType()) {
      case MESSAGE, GROUP -> depth < MAX_DEPTH || field.isRequired()
          ? message(field.getMessageType(), depth + 1).buildPartial() : null;
      case ENUM -> enumValue(field.getEnumType());
      case INT32, SINT32, SFIXED32, UINT32, FIXED32 -> pick(INT32);
      case INT64, SINT64, SFIXED64, UINT64, FIXED64 -> pick(INT64);
      case FLOAT -> pick(FLOATS);
      case DOUBLE -> pick(DOUBLES);
      case BOOL -> random.nextBoolean();
      case STRING -> pick(STRINGS);
      case BYTES -> bytes();
    };
  }

  private EnumValueDescriptor enumValue(EnumDescriptor type) {
    if (!type.isClosed() && random.nextInt(4) == 0) {
      // An open enum keeps numbers it does not declare; write one.
      int unknown = 1000;
      while (type.findValueByNumber(unknown) != null) {
        unknown++;
      }
      return type.findValueByNumberCreatingIfUnknown(unknown);
    }
    return type.getValues().get(random.nextInt(type.getValues().size()));
  }

  private ByteString bytes() {
    return switch (random.nextInt(3)) {
      case 0 -> ByteString.EMPTY;
      case 1 -> ByteString.copyFrom("text", StandardCharsets.UTF_8);
      default -> {
        byte[] data = new byte[1 + random.nextInt(16)];
        random.nextBytes(data);
        yield ByteString.copyFrom(data);
      }
    };
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
