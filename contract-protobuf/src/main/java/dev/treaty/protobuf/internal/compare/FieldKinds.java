package dev.treaty.protobuf.internal.compare;

import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.Type;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the encodings of a field's type and cardinality have in common with another's: the
 * binary (wire) groups and the binary-and-JSON groups buf uses, and whether every value one type
 * writes keeps its meaning when read as another.
 */
public final class FieldKinds {

  /** A field's cardinality, as buf distinguishes them. */
  public enum Cardinality {
    /** Singular with explicit presence. */
    OPTIONAL_EXPLICIT("optional with explicit presence", 1, 1),
    /** Singular with implicit presence (proto3 without {@code optional}). */
    OPTIONAL_IMPLICIT("optional with implicit presence", 1, 1),
    /** proto2 {@code required}, editions {@code LEGACY_REQUIRED}. */
    REQUIRED("required", 2, 2),
    /** {@code repeated}. */
    REPEATED("repeated", 3, 3),
    /** {@code map<K, V>}. */
    MAP("map", 3, 4);

    private final String label;
    private final int wire;
    private final int wireJson;

    Cardinality(String label, int wire, int wireJson) {
      this.label = label;
      this.wire = wire;
      this.wireJson = wireJson;
    }

    /**
     * How messages name it.
     *
     * @return e.g. "optional with explicit presence"
     */
    public String label() {
      return label;
    }

    /**
     * Whether the binary encodings of two cardinalities agree.
     *
     * @param other the other cardinality
     * @return {@code true} when binary data of one reads as the other
     */
    public boolean sameWire(Cardinality other) {
      return wire == other.wire;
    }

    /**
     * Whether the binary and the JSON encodings of two cardinalities agree.
     *
     * @param other the other cardinality
     * @return {@code true} when both encodings agree
     */
    public boolean sameWireJson(Cardinality other) {
      return wireJson == other.wireJson;
    }

    /**
     * Whether a value (or its absence) written with this cardinality keeps its meaning when read
     * with another: a required reader needs the value, a singular reader of repeated data keeps
     * one element (and JSON has an array), and a reader with explicit presence reads the zero
     * values an implicit writer omitted as unset.
     *
     * @param reader the reading cardinality
     * @return {@code true} if every value keeps its meaning
     */
    public boolean readsAs(Cardinality reader) {
      if (this == reader) {
        return true;
      }
      if (reader == REQUIRED) {
        return false;
      }
      if (isSingular() != reader.isSingular()) {
        return false;
      }
      if (!isSingular()) {
        return false; // repeated and map differ in JSON
      }
      return !(this == OPTIONAL_IMPLICIT && reader == OPTIONAL_EXPLICIT);
    }

    private boolean isSingular() {
      return this == OPTIONAL_EXPLICIT || this == OPTIONAL_IMPLICIT || this == REQUIRED;
    }

    /**
     * The cardinality of a field.
     *
     * @param field the field
     * @return its cardinality
     */
    public static Cardinality of(FieldDescriptor field) {
      if (field.isMapField()) {
        return MAP;
      }
      if (field.isRepeated()) {
        return REPEATED;
      }
      if (field.isRequired()) {
        return REQUIRED;
      }
      return field.hasPresence() ? OPTIONAL_EXPLICIT : OPTIONAL_IMPLICIT;
    }
  }

  private static final Map<Type, Integer> WIRE = new EnumMap<>(Type.class);
  private static final Map<Type, Integer> WIRE_JSON = new EnumMap<>(Type.class);

  static {
    // Binary: varints of one kind decode as each other; zigzag, fixed-size, length-delimited
    // and group encodings each stand alone (protobuf's "Updating A Message Type" rules).
    group(WIRE, 1, Type.INT32, Type.INT64, Type.UINT32, Type.UINT64, Type.BOOL);
    group(WIRE, 2, Type.SINT32, Type.SINT64);
    group(WIRE, 3, Type.STRING);
    group(WIRE, 4, Type.BYTES);
    group(WIRE, 5, Type.FIXED32, Type.SFIXED32);
    group(WIRE, 6, Type.FIXED64, Type.SFIXED64);
    group(WIRE, 7, Type.DOUBLE);
    group(WIRE, 8, Type.FLOAT);
    group(WIRE, 9, Type.GROUP);
    group(WIRE, 10, Type.MESSAGE);
    group(WIRE, 11, Type.ENUM);
    // Binary and JSON: 64-bit integers print as strings, 32-bit ones as numbers.
    group(WIRE_JSON, 1, Type.INT32, Type.UINT32);
    group(WIRE_JSON, 2, Type.INT64, Type.UINT64);
    group(WIRE_JSON, 3, Type.FIXED32, Type.SFIXED32);
    group(WIRE_JSON, 4, Type.FIXED64, Type.SFIXED64);
    group(WIRE_JSON, 5, Type.BOOL);
    group(WIRE_JSON, 6, Type.SINT32);
    group(WIRE_JSON, 7, Type.SINT64);
    group(WIRE_JSON, 8, Type.STRING);
    group(WIRE_JSON, 9, Type.BYTES);
    group(WIRE_JSON, 10, Type.DOUBLE);
    group(WIRE_JSON, 11, Type.FLOAT);
    group(WIRE_JSON, 12, Type.GROUP);
    group(WIRE_JSON, 13, Type.MESSAGE);
    group(WIRE_JSON, 14, Type.ENUM);
  }

  private FieldKinds() {}

  private static void group(Map<Type, Integer> groups, int group, Type... types) {
    for (Type type : types) {
      groups.put(type, group);
    }
  }

  /**
   * Whether binary data of one type reads as the other. string to bytes does (bytes read any
   * string); bytes to string does not (the bytes need not be UTF-8).
   *
   * @param writer the writing type
   * @param reader the reading type
   * @return {@code true} if the binary encodings agree
   */
  public static boolean sameWire(Type writer, Type reader) {
    return WIRE.get(writer).equals(WIRE.get(reader))
        || (writer == Type.STRING && reader == Type.BYTES);
  }

  /**
   * Whether the binary and the JSON encodings of two types agree.
   *
   * @param a one type
   * @param b another
   * @return {@code true} if both encodings agree
   */
  public static boolean sameWireJson(Type a, Type b) {
    return WIRE_JSON.get(a).equals(WIRE_JSON.get(b));
  }

  /**
   * Whether every value of a scalar type keeps its meaning when read, from binary and from JSON,
   * as another scalar type of the same encoding: int32 as int64 (sign-extended varints; a JSON
   * number reads as int64), uint32 as int64 or uint64, sint32 as sint64. Everything else changes
   * some value: truncation, a sign, bool against number, base64 against text.
   *
   * @param writer the writing type
   * @param reader the reading type
   * @return {@code true} if every value keeps its meaning
   */
  public static boolean readsAs(Type writer, Type reader) {
    if (writer == reader) {
      return true;
    }
    return switch (writer) {
      case INT32 -> reader == Type.INT64;
      case UINT32 -> reader == Type.INT64 || reader == Type.UINT64;
      case SINT32 -> reader == Type.SINT64;
      default -> false;
    };
  }

  /**
   * Whether an enum can replace another as a field's type (buf's rule): the same short name, and
   * every value of the old one, with its name and number, in the new one.
   *
   * @param previous the old enum
   * @param current the new enum
   * @return {@code true} if the new enum is a compatible replacement
   */
  public static boolean replaces(EnumDescriptor previous, EnumDescriptor current) {
    return previous.getName().equals(current.getName()) && contains(current, previous);
  }

  /**
   * Whether every value of one enum reads as a value of another: each number with all its names
   * in the reader, and no open writer read by a closed reader (which drops unknown numbers the
   * writer may hold).
   *
   * @param writer the writing enum
   * @param reader the reading enum
   * @return {@code true} if every value keeps its meaning
   */
  public static boolean readsAs(EnumDescriptor writer, EnumDescriptor reader) {
    return contains(reader, writer) && !(reader.isClosed() && !writer.isClosed());
  }

  private static boolean contains(EnumDescriptor container, EnumDescriptor contained) {
    for (EnumValueDescriptor value : contained.getValues()) {
      EnumValueDescriptor same = container.findValueByName(value.getName());
      if (same == null || same.getNumber() != value.getNumber()) {
        return false;
      }
    }
    return true;
  }

  /**
   * How messages name a field's type.
   *
   * @param field the field
   * @return e.g. {@code int32}, {@code message acme.Money}, {@code enum acme.Status},
   *     {@code map<string, int64>}
   */
  public static String describe(FieldDescriptor field) {
    return switch (field.getType()) {
      case MESSAGE -> field.isMapField() ? map(field) : "`" + field.getMessageType().getFullName()
          + "`";
      case GROUP -> field.getFile().toProto().getSyntax().equals("proto2")
          ? "group `" + field.getMessageType().getFullName() + "`"
          : "`" + field.getMessageType().getFullName() + "` (delimited)";
      case ENUM -> "`" + field.getEnumType().getFullName() + "`";
      default -> "`" + field.getType().name().toLowerCase(java.util.Locale.ROOT) + "`";
    };
  }

  private static String map(FieldDescriptor field) {
    FieldDescriptor key = field.getMessageType().findFieldByNumber(1);
    FieldDescriptor value = field.getMessageType().findFieldByNumber(2);
    return "`map<" + plain(key) + ", " + plain(value) + ">`";
  }

  private static String plain(FieldDescriptor field) {
    return switch (field.getType()) {
      case MESSAGE, GROUP -> field.getMessageType().getFullName();
      case ENUM -> field.getEnumType().getFullName();
      default -> field.getType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
