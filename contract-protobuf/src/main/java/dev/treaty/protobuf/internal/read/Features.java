package dev.treaty.protobuf.internal.read;

import com.google.protobuf.DescriptorProtos.FeatureSet;
import com.google.protobuf.DescriptorProtos.FeatureSet.JsonFormat;
import com.google.protobuf.DescriptorProtos.FeatureSet.Utf8Validation;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Resolved features that protobuf-java does not expose (it resolves them, but keeps the result
 * package-private): UTF-8 validation and JSON format. A feature is resolved as protoc does: the
 * edition's default, overridden by the file's features, then each enclosing message's, the
 * oneof's, and the element's own. proto2 and proto3 files behave as their legacy editions: proto3
 * verifies UTF-8 and allows JSON, proto2 does neither.
 */
public final class Features {

  private Features() {}

  /**
   * Whether readers verify that a string field holds valid UTF-8.
   *
   * @param field a field
   * @return {@code VERIFY} or {@code NONE}
   */
  public static Utf8Validation utf8Validation(FieldDescriptor field) {
    FileDescriptor file = field.getFile();
    String syntax = file.toProto().getSyntax();
    if (!syntax.equals("editions")) {
      return syntax.equals("proto3") ? Utf8Validation.VERIFY : Utf8Validation.NONE;
    }
    Utf8Validation value = Utf8Validation.VERIFY;
    for (FeatureSet set : chain(field)) {
      if (set.hasUtf8Validation()) {
        value = set.getUtf8Validation();
      }
    }
    return value;
  }

  /**
   * Whether Java readers verify that a string field holds valid UTF-8: the standard feature, or
   * Java's own ({@code java_string_check_utf8}, {@code (pb.java).utf8_validation}), which
   * protobuf-java resolves itself. Map entries are judged by the standard feature, as buf does
   * (protobuf-java always verifies their strings).
   *
   * @param field a string field
   * @return {@code VERIFY} or {@code NONE}
   */
  public static Utf8Validation javaUtf8Validation(FieldDescriptor field) {
    if (field.getContainingType() != null
        && field.getContainingType().getOptions().getMapEntry()) {
      return utf8Validation(field);
    }
    return field.needsUtf8Check() ? Utf8Validation.VERIFY : Utf8Validation.NONE;
  }

  /**
   * Whether a message's JSON mapping is guaranteed ({@code ALLOW}) or best effort.
   *
   * @param message a message
   * @return the resolved {@code json_format}
   */
  public static JsonFormat jsonFormat(Descriptor message) {
    List<FeatureSet> chain = new ArrayList<>();
    for (Descriptor m = message; m != null; m = m.getContainingType()) {
      chain.add(m.getOptions().getFeatures());
    }
    Collections.reverse(chain);
    return jsonFormat(message.getFile(), chain);
  }

  /**
   * Whether an enum's JSON mapping is guaranteed ({@code ALLOW}) or best effort.
   *
   * @param enumType an enum
   * @return the resolved {@code json_format}
   */
  public static JsonFormat jsonFormat(EnumDescriptor enumType) {
    List<FeatureSet> chain = new ArrayList<>();
    chain.add(enumType.getOptions().getFeatures());
    for (Descriptor m = enumType.getContainingType(); m != null; m = m.getContainingType()) {
      chain.add(m.getOptions().getFeatures());
    }
    Collections.reverse(chain);
    return jsonFormat(enumType.getFile(), chain);
  }

  private static JsonFormat jsonFormat(FileDescriptor file, List<FeatureSet> chain) {
    String syntax = file.toProto().getSyntax();
    if (!syntax.equals("editions")) {
      return syntax.equals("proto3") ? JsonFormat.ALLOW : JsonFormat.LEGACY_BEST_EFFORT;
    }
    JsonFormat value = file.getOptions().getFeatures().hasJsonFormat()
        ? file.getOptions().getFeatures().getJsonFormat() : JsonFormat.ALLOW;
    for (FeatureSet set : chain) {
      if (set.hasJsonFormat()) {
        value = set.getJsonFormat();
      }
    }
    return value;
  }

  /** The feature sets that apply to a field, outermost first. */
  private static List<FeatureSet> chain(FieldDescriptor field) {
    List<FeatureSet> chain = new ArrayList<>();
    chain.add(field.getOptions().getFeatures());
    OneofDescriptor oneof = field.isExtension() ? null : field.getContainingOneof();
    if (oneof != null) {
      chain.add(oneof.getOptions().getFeatures());
    }
    Descriptor scope = field.isExtension() ? field.getExtensionScope() : field.getContainingType();
    for (Descriptor m = scope; m != null; m = m.getContainingType()) {
      chain.add(m.getOptions().getFeatures());
    }
    chain.add(field.getFile().getOptions().getFeatures());
    Collections.reverse(chain);
    return chain;
  }
}
