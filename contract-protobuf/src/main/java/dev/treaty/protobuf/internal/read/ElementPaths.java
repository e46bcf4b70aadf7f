package dev.treaty.protobuf.internal.read;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code SourceCodeInfo} path of each kind of element, from the field numbers of
 * {@code descriptor.proto} (a message is {@code [4, i]} in its file, {@code [..., 3, i]} in a
 * message; a field {@code [..., 2, i]}; and so on).
 */
public final class ElementPaths {

  /** {@code FileDescriptorProto.package}. */
  public static final int FILE_PACKAGE = 2;
  /** {@code FileDescriptorProto.syntax} (protoc records {@code edition = ...} here too). */
  public static final int FILE_SYNTAX = 12;
  /** {@code FieldDescriptorProto.name}. */
  public static final int FIELD_NAME = 1;
  /** {@code FieldDescriptorProto.type}. */
  public static final int FIELD_TYPE = 5;
  /** {@code FieldDescriptorProto.type_name}. */
  public static final int FIELD_TYPE_NAME = 6;
  /** {@code FieldDescriptorProto.default_value}. */
  public static final int FIELD_DEFAULT = 7;
  /** {@code FieldDescriptorProto.options}. */
  public static final int FIELD_OPTIONS = 8;
  /** {@code FieldDescriptorProto.json_name}. */
  public static final int FIELD_JSON_NAME = 10;
  /** {@code FieldOptions.features}. */
  public static final int FIELD_FEATURES = 21;
  /** {@code DescriptorProto.options}. */
  public static final int MESSAGE_OPTIONS = 7;
  /** {@code MessageOptions.features}. */
  public static final int MESSAGE_FEATURES = 12;
  /** {@code EnumDescriptorProto.options}. */
  public static final int ENUM_OPTIONS = 3;
  /** {@code EnumOptions.features}. */
  public static final int ENUM_FEATURES = 7;
  /** {@code EnumValueDescriptorProto.number}. */
  public static final int ENUM_VALUE_NUMBER = 2;
  /** {@code FeatureSet.enum_type}. */
  public static final int FEATURE_ENUM_TYPE = 2;
  /** {@code FeatureSet.utf8_validation}. */
  public static final int FEATURE_UTF8_VALIDATION = 4;
  /** {@code FeatureSet.json_format}. */
  public static final int FEATURE_JSON_FORMAT = 6;

  private ElementPaths() {}

  /**
   * The path of a message.
   *
   * @param message the message
   * @return its path
   */
  public static List<Integer> of(Descriptor message) {
    Descriptor parent = message.getContainingType();
    return parent == null ? List.of(4, message.getIndex())
        : append(of(parent), 3, message.getIndex());
  }

  /**
   * The path of an enum.
   *
   * @param enumType the enum
   * @return its path
   */
  public static List<Integer> of(EnumDescriptor enumType) {
    Descriptor parent = enumType.getContainingType();
    return parent == null ? List.of(5, enumType.getIndex())
        : append(of(parent), 4, enumType.getIndex());
  }

  /**
   * The path of a field or extension. The key and value fields of a map entry are generated and
   * have no place of their own: theirs is the type of the map field ({@code map<K, V>}), as buf
   * reports them.
   *
   * @param field the field
   * @return its path
   */
  public static List<Integer> of(FieldDescriptor field) {
    if (!field.isExtension() && field.getContainingType().getOptions().getMapEntry()) {
      Descriptor entry = field.getContainingType();
      Descriptor owner = entry.getContainingType();
      if (owner != null) {
        for (FieldDescriptor map : owner.getFields()) {
          if (map.getJavaType() == FieldDescriptor.JavaType.MESSAGE
              && map.getMessageType() == entry) {
            return append(of(map), FIELD_TYPE_NAME);
          }
        }
      }
    }
    if (field.isExtension()) {
      Descriptor scope = field.getExtensionScope();
      return scope == null ? List.of(7, field.getIndex()) : append(of(scope), 6, field.getIndex());
    }
    return append(of(field.getContainingType()), 2, field.getIndex());
  }

  /**
   * The path of an enum value.
   *
   * @param value the value
   * @return its path
   */
  public static List<Integer> of(EnumValueDescriptor value) {
    return append(of(value.getType()), 2, value.getIndex());
  }

  /**
   * The path of a oneof.
   *
   * @param oneof the oneof
   * @return its path
   */
  public static List<Integer> of(OneofDescriptor oneof) {
    return append(of(oneof.getContainingType()), 8, oneof.getIndex());
  }

  /**
   * A path extended by more steps.
   *
   * @param path the path
   * @param steps the steps to add
   * @return the longer path
   */
  public static List<Integer> append(List<Integer> path, int... steps) {
    List<Integer> longer = new ArrayList<>(path.size() + steps.length);
    longer.addAll(path);
    for (int step : steps) {
      longer.add(step);
    }
    return List.copyOf(longer);
  }
}
