package dev.treaty.protobuf.internal.read;

import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.FeatureSet;
import com.google.protobuf.DescriptorProtos.FeatureSet.JsonFormat;
import com.google.protobuf.DescriptorProtos.FeatureSet.Utf8Validation;
import com.google.protobuf.DescriptorProtos.FileOptions;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.JavaFeaturesProto;
import com.google.protobuf.JavaFeaturesProto.JavaFeatures;
import com.google.protobuf.UnknownFieldSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Resolved features that protobuf-java does not expose (it resolves them, but keeps the result
 * package-private): UTF-8 validation and JSON format. A feature is resolved as protoc does: the
 * edition's default, overridden by the file's features, then each enclosing message's, the
 * oneof's, and the element's own. proto2 and proto3 files behave as their legacy editions: proto3
 * verifies UTF-8 and allows JSON, proto2 does neither.
 */
public final class Features {

  /** The field number of the {@code (pb.java)} extension of {@code FeatureSet}. */
  private static final int JAVA_FEATURES = 1001;

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
   * Whether Java readers verify that a string field holds valid UTF-8: the standard feature,
   * unless Java's own setting says to verify — {@code java_string_check_utf8} in proto2 and
   * proto3 files (and editions files that still set it), {@code (pb.java).utf8_validation} in
   * editions. This is buf's reading of the two settings; protobuf-java resolves the same.
   *
   * @param field a string field
   * @return {@code VERIFY} or {@code NONE}
   */
  public static Utf8Validation javaUtf8Validation(FieldDescriptor field) {
    Utf8Validation standard = utf8Validation(field);
    FileOptions options = field.getFile().toProto().getOptions();
    if (!field.getFile().toProto().getSyntax().equals("editions")
        || options.hasJavaStringCheckUtf8()) {
      return options.getJavaStringCheckUtf8() ? Utf8Validation.VERIFY : standard;
    }
    JavaFeatures.Utf8Validation java = JavaFeatures.Utf8Validation.DEFAULT;
    for (FeatureSet set : chain(field)) {
      JavaFeatures features = javaFeatures(set);
      if (features != null && features.hasUtf8Validation()) {
        java = features.getUtf8Validation();
      }
    }
    return java == JavaFeatures.Utf8Validation.VERIFY ? Utf8Validation.VERIFY : standard;
  }

  /**
   * The {@code (pb.java)} features of a feature set. A descriptor set is read without an
   * extension registry, so they are an unknown field (1001) holding a {@code JavaFeatures}.
   */
  private static @Nullable JavaFeatures javaFeatures(FeatureSet set) {
    if (set.hasExtension(JavaFeaturesProto.java_)) {
      return set.getExtension(JavaFeaturesProto.java_);
    }
    UnknownFieldSet.Field field = set.getUnknownFields().getField(JAVA_FEATURES);
    if (field == null || field.getLengthDelimitedList().isEmpty()) {
      return null;
    }
    JavaFeatures.Builder merged = JavaFeatures.newBuilder();
    for (ByteString bytes : field.getLengthDelimitedList()) {
      try {
        merged.mergeFrom(bytes);
      } catch (InvalidProtocolBufferException e) {
        return null; // not Java's features after all; the standard feature decides
      }
    }
    return merged.build();
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
      chain.add(m.toProto().getOptions().getFeatures());
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
    chain.add(enumType.toProto().getOptions().getFeatures());
    for (Descriptor m = enumType.getContainingType(); m != null; m = m.getContainingType()) {
      chain.add(m.toProto().getOptions().getFeatures());
    }
    Collections.reverse(chain);
    return jsonFormat(enumType.getFile(), chain);
  }

  private static JsonFormat jsonFormat(FileDescriptor file, List<FeatureSet> chain) {
    String syntax = file.toProto().getSyntax();
    if (!syntax.equals("editions")) {
      return syntax.equals("proto3") ? JsonFormat.ALLOW : JsonFormat.LEGACY_BEST_EFFORT;
    }
    JsonFormat value = file.toProto().getOptions().getFeatures().hasJsonFormat()
        ? file.toProto().getOptions().getFeatures().getJsonFormat() : JsonFormat.ALLOW;
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
    chain.add(field.toProto().getOptions().getFeatures());
    OneofDescriptor oneof = field.isExtension() ? null : field.getContainingOneof();
    if (oneof != null) {
      chain.add(oneof.toProto().getOptions().getFeatures());
    }
    Descriptor scope = field.isExtension() ? field.getExtensionScope() : field.getContainingType();
    for (Descriptor m = scope; m != null; m = m.getContainingType()) {
      chain.add(m.toProto().getOptions().getFeatures());
    }
    chain.add(field.getFile().toProto().getOptions().getFeatures());
    Collections.reverse(chain);
    return chain;
  }
}
