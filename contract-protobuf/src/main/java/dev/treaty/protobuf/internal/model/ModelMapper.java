package dev.treaty.protobuf.internal.model;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.GenericDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import dev.treaty.model.Constraints;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.AnyType;
import dev.treaty.model.DataType.ArrayType;
import dev.treaty.model.DataType.EnumType;
import dev.treaty.model.DataType.Field;
import dev.treaty.model.DataType.MapType;
import dev.treaty.model.DataType.RecordType;
import dev.treaty.model.DataType.RefType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.DataType.UnionType;
import dev.treaty.model.SchemaModel;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.read.ProtoFiles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps a message into Treaty's format-neutral {@link SchemaModel}; the mapping is written down in
 * {@code docs/formats/protobuf.md}. In short: a message is an open record (readers keep fields
 * they do not know); fields are never required except proto2 {@code required}; an absent field
 * reads as its default, which the model records; {@code repeated} is an array, {@code map} a map;
 * a real oneof is one field named after it, a union of null and one branch per member labelled
 * by the member's name ({@code payment<card>}); well-known types map to what they stand for
 * (Timestamp to an instant, wrappers to nullable scalars, Struct/Value/ListValue/Any to any).
 * Messages that contain themselves become {@link RefType}s to named definitions.
 */
public final class ModelMapper {

  private static final int MAX_DEPTH = 256;
  private static final Constraints UINT32 = range(BigDecimal.ZERO,
      BigDecimal.valueOf(0xFFFF_FFFFL));
  private static final Constraints UINT64 = range(BigDecimal.ZERO,
      new BigDecimal("18446744073709551615"));

  private final ProtoFiles files;
  private final Map<String, DataType> mapped = new HashMap<>();
  private final Map<String, EnumType> enums = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private final Set<String> recursive = new HashSet<>();
  private final Map<String, DataType> definitions = new LinkedHashMap<>();
  private int depth;

  private ModelMapper(ProtoFiles files) {
    this.files = files;
  }

  /**
   * Maps a message.
   *
   * @param root the payload's message
   * @param files the files it was read from, for its comments
   * @return the model
   */
  public static SchemaModel map(Descriptor root, ProtoFiles files) {
    ModelMapper mapper = new ModelMapper(files);
    DataType type = mapper.message(root);
    return new SchemaModel(type, mapper.definitions);
  }

  private DataType message(Descriptor message) {
    DataType wellKnown = WellKnownTypes.map(message.getFullName());
    if (wellKnown != null) {
      return wellKnown;
    }
    String name = message.getFullName();
    if (inProgress.contains(name)) {
      recursive.add(name);
      return new RefType(name);
    }
    DataType done = mapped.get(name);
    if (done != null) {
      return recursive.contains(name) ? new RefType(name) : done;
    }
    if (depth >= MAX_DEPTH) {
      return new AnyType(); // a chain of 256 distinct nested messages: modelled no further
    }
    inProgress.add(name);
    depth++;
    List<Field> fields = new ArrayList<>();
    Set<OneofDescriptor> oneofs = new HashSet<>();
    for (FieldDescriptor field : message.getFields()) {
      OneofDescriptor oneof = field.getRealContainingOneof();
      if (oneof == null) {
        fields.add(field(field));
      } else if (oneofs.add(oneof)) {
        fields.add(oneof(oneof));
      }
    }
    depth--;
    inProgress.remove(name);
    // Open: binary readers keep fields they do not know, and JSON readers can skip them.
    RecordType record = new RecordType(name, fields, new AnyType(), Constraints.NONE);
    mapped.put(name, record);
    if (recursive.contains(name)) {
      definitions.put(name, record);
    }
    return record;
  }

  private Field field(FieldDescriptor field) {
    DataType type;
    String defaultValue;
    if (field.isMapField()) {
      type = new MapType(single(field.getMessageType().findFieldByNumber(2)), Constraints.NONE);
      defaultValue = "{}";
    } else if (field.isRepeated()) {
      type = new ArrayType(single(field), Constraints.NONE);
      defaultValue = "[]";
    } else {
      type = single(field);
      defaultValue = defaultLiteral(field);
    }
    List<String> aliases = field.getJsonName().equals(field.getName()) ? List.of()
        : List.of(field.getJsonName());
    return new Field(field.getName(), type, field.isRequired(), defaultValue, aliases,
        comment(field, ElementPaths.of(field)));
  }

  /**
   * A oneof is several optional fields of which at most one is set: one field named after the
   * oneof whose value is null (none set) or one of the members, each a branch labelled by the
   * member's name through a named definition {@code <oneof>.<member>}.
   */
  private Field oneof(OneofDescriptor oneof) {
    List<DataType> branches = new ArrayList<>();
    branches.add(ScalarType.of(ScalarKind.NULL));
    for (FieldDescriptor member : oneof.getFields()) {
      String label = oneof.getFullName() + "." + member.getName();
      definitions.put(label, single(member));
      branches.add(new RefType(label));
    }
    return new Field(oneof.getName(), new UnionType(branches), false, null, List.of(),
        comment(oneof, ElementPaths.of(oneof)));
  }

  private DataType single(FieldDescriptor field) {
    return switch (field.getType()) {
      case MESSAGE, GROUP -> message(field.getMessageType());
      case ENUM -> enumType(field.getEnumType());
      case DOUBLE -> ScalarType.of(ScalarKind.DOUBLE);
      case FLOAT -> ScalarType.of(ScalarKind.FLOAT);
      case INT32, SINT32, SFIXED32 -> ScalarType.of(ScalarKind.INT32);
      case INT64, SINT64, SFIXED64 -> ScalarType.of(ScalarKind.INT64);
      case UINT32, FIXED32 -> new ScalarType(ScalarKind.INT64, UINT32);
      case UINT64, FIXED64 -> new ScalarType(ScalarKind.INTEGER, UINT64);
      case BOOL -> ScalarType.of(ScalarKind.BOOLEAN);
      case STRING -> ScalarType.of(ScalarKind.STRING);
      case BYTES -> ScalarType.of(ScalarKind.BYTES);
    };
  }

  /**
   * An enum's symbols. A closed enum (proto2) drops a number it does not know and the field reads
   * as its default, the first value; an open one (proto3) keeps the number, which has no symbol:
   * the model has no default symbol for it.
   */
  private DataType enumType(EnumDescriptor enumType) {
    if (enumType.getFullName().equals("google.protobuf.NullValue")) {
      return ScalarType.of(ScalarKind.NULL);
    }
    return enums.computeIfAbsent(enumType.getFullName(), name -> {
      List<String> symbols = new ArrayList<>();
      for (EnumValueDescriptor value : enumType.getValues()) {
        symbols.add(value.getName());
      }
      String fallback = enumType.isClosed() ? symbols.get(0) : null;
      return new EnumType(name, symbols, fallback);
    });
  }

  /** What a reader sees for an absent singular field, as a JSON literal. */
  private static @Nullable String defaultLiteral(FieldDescriptor field) {
    if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
      return null; // an absent message field is absent; protobuf-java has no default for it
    }
    Object value = field.getDefaultValue();
    return switch (field.getType()) {
      case MESSAGE, GROUP -> null;
      case ENUM -> field.getEnumType().getFullName().equals("google.protobuf.NullValue") ? "null"
          : quote(((EnumValueDescriptor) value).getName());
      case STRING -> quote((String) value);
      case BYTES -> quote(Base64.getEncoder().encodeToString(((ByteString) value).toByteArray()));
      case BOOL -> value.toString();
      case UINT32, FIXED32 -> Long.toString(Integer.toUnsignedLong((Integer) value));
      case UINT64, FIXED64 -> Long.toUnsignedString((Long) value);
      case FLOAT, DOUBLE -> number(((Number) value).doubleValue(), value.toString());
      default -> value.toString();
    };
  }

  private static String number(double value, String text) {
    if (Double.isNaN(value)) {
      return "\"NaN\"";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "\"Infinity\"" : "\"-Infinity\"";
    }
    return text;
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private @Nullable String comment(GenericDescriptor element, List<Integer> path) {
    return files.locations(element.getFile()).comment(path);
  }

  private static Constraints range(BigDecimal minimum, BigDecimal maximum) {
    return new Constraints(null, null, null, null, minimum, false, maximum, false, null,
        List.of());
  }
}
