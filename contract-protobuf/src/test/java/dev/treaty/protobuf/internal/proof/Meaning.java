package dev.treaty.protobuf.internal.proof;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.Type;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.DynamicMessage;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether what a reader read means what the writer wrote: for every field both know (by number),
 * the same numbers (an unsigned 32-bit -1 is 4294967295, whatever Java type holds it), the same
 * text, the same enum numbers, the same elements in the same order, recursively; and, where the
 * reader tracks presence, set exactly when the writer set it (a writer without presence always
 * sets its fields). A oneof's case is a field's presence, so it is kept too.
 */
final class Meaning {

  private Meaning() {}

  static void compare(DynamicMessage written, DynamicMessage read, String path,
      List<String> differences) {
    for (OneofDescriptor oneof : written.getDescriptorForType().getRealOneofs()) {
      FieldDescriptor set = written.getOneofFieldDescriptor(oneof);
      if (set != null && read.getDescriptorForType().findFieldByNumber(set.getNumber()) == null) {
        // The reader does not know the member that was set: its same-named oneof reads as none.
        for (OneofDescriptor same : read.getDescriptorForType().getRealOneofs()) {
          if (same.getName().equals(oneof.getName()) && !read.hasOneof(same)) {
            differences.add(path + "." + oneof.getName() + ": the writer set `" + set.getName()
                + "`, the reader reads no member");
          }
        }
      }
    }
    for (FieldDescriptor writerField : written.getDescriptorForType().getFields()) {
      FieldDescriptor readerField = read.getDescriptorForType()
          .findFieldByNumber(writerField.getNumber());
      if (readerField == null) {
        continue; // an unknown field to the reader: skipped and kept, not read
      }
      String where = path + "." + readerField.getName();
      List<Object> wrote = values(written, writerField);
      List<Object> got = values(read, readerField);
      if (writerField.isMapField() && readerField.isMapField()) {
        // A map has no order (the text format prints it sorted by key): compare by key.
        wrote.sort(java.util.Comparator.comparing(entry -> key((DynamicMessage) entry)));
        got.sort(java.util.Comparator.comparing(entry -> key((DynamicMessage) entry)));
      }
      if (wrote.size() != got.size()) {
        differences.add(where + ": wrote " + wrote + ", read " + got);
        continue;
      }
      for (int i = 0; i < wrote.size(); i++) {
        same(writerField, wrote.get(i), readerField, got.get(i), where + "[" + i + "]",
            differences);
      }
      if (!readerField.isRepeated() && readerField.hasPresence()
          && present(written, writerField) != read.hasField(readerField)) {
        differences.add(where + ": the writer " + (present(written, writerField) ? "set" : "left")
            + " it, the reader reads it as " + (read.hasField(readerField) ? "set" : "unset"));
      }
    }
  }

  private static String key(DynamicMessage entry) {
    FieldDescriptor key = entry.getDescriptorForType().findFieldByNumber(1);
    return meaning(key.getType(), entry.getField(key)).toString();
  }

  /** The values a field holds: its elements, its value when present, else nothing. */
  private static List<Object> values(DynamicMessage message, FieldDescriptor field) {
    List<Object> values = new ArrayList<>();
    if (field.isRepeated()) {
      for (int i = 0; i < message.getRepeatedFieldCount(field); i++) {
        values.add(message.getRepeatedField(field, i));
      }
    } else if (present(message, field)) {
      values.add(message.getField(field));
    } else if (!field.getJavaType().equals(FieldDescriptor.JavaType.MESSAGE)) {
      values.add(message.getField(field)); // the default the reader sees
    }
    return values;
  }

  /**
   * Whether a field holds a value of the writer's choosing. A field without presence always
   * does (zero is a value its writer may mean); so a reader that tracks presence must read it as
   * set, which binary data, omitting zeros, cannot tell it.
   */
  private static boolean present(DynamicMessage message, FieldDescriptor field) {
    return !field.hasPresence() || message.hasField(field);
  }

  private static void same(FieldDescriptor writerField, Object wrote, FieldDescriptor readerField,
      Object read, String where, List<String> differences) {
    if (wrote instanceof DynamicMessage writtenMessage && read instanceof DynamicMessage message) {
      compare(writtenMessage, message, where, differences);
      return;
    }
    Object a = meaning(writerField.getType(), wrote);
    Object b = meaning(readerField.getType(), read);
    if (!a.equals(b)) {
      differences.add(where + ": wrote " + a + " (" + writerField.getType() + "), read " + b
          + " (" + readerField.getType() + ")");
    }
  }

  /** A value as what it means, comparable across types that mean the same. */
  private static Object meaning(Type type, Object value) {
    return switch (type) {
      case INT32, SINT32, SFIXED32 -> BigInteger.valueOf((Integer) value);
      case UINT32, FIXED32 -> BigInteger.valueOf(Integer.toUnsignedLong((Integer) value));
      case INT64, SINT64, SFIXED64 -> BigInteger.valueOf((Long) value);
      case UINT64, FIXED64 -> new BigInteger(Long.toUnsignedString((Long) value));
      case FLOAT -> "float " + Float.floatToIntBits((Float) value);
      case DOUBLE -> "double " + Double.doubleToLongBits((Double) value);
      case BOOL -> "bool " + value;
      case STRING -> "text " + value;
      case BYTES -> "bytes " + ((ByteString) value).toString(StandardCharsets.ISO_8859_1);
      case ENUM -> "enum " + ((EnumValueDescriptor) value).getNumber();
      case MESSAGE, GROUP -> value;
    };
  }
}
