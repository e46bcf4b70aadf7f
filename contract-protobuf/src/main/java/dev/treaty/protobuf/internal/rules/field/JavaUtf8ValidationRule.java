package dev.treaty.protobuf.internal.rules.field;

import com.google.protobuf.DescriptorProtos.FeatureSet.Utf8Validation;
import com.google.protobuf.Descriptors.FieldDescriptor.Type;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.FieldPair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.read.Features;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.List;
import java.util.Set;

/**
 * A string field's UTF-8 validation in Java changed: the standard feature, or Java's own
 * ({@code java_string_check_utf8} in proto2 and proto3, {@code (pb.java).utf8_validation} in
 * editions). Reported, like buf, at the file option, else the field's Java feature, else the
 * field.
 */
public final class JavaUtf8ValidationRule implements PairRule<FieldPair> {

  /** {@code FileOptions.java_string_check_utf8}. */
  private static final List<Integer> FILE_OPTION = List.of(8, 27);
  /** {@code features.(pb.java).utf8_validation}: extension 1001, field 2. */
  private static final int JAVA_FEATURES = 1001;
  private static final int JAVA_UTF8_VALIDATION = 2;

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.FIELD_JAVA_UTF8_VALIDATION_CHANGED);
  }

  @Override
  public void check(FieldPair pair, Changes changes) {
    if (pair.previous().getType() != Type.STRING || pair.current().getType() != Type.STRING) {
      return;
    }
    Utf8Validation previous = Features.javaUtf8Validation(pair.previous());
    Utf8Validation current = Features.javaUtf8Validation(pair.current());
    if (previous != current) {
      List<Integer> path = ElementPaths.of(pair.current());
      Utf8Verdicts.report(changes, ProtobufRule.FIELD_JAVA_UTF8_VALIDATION_CHANGED,
          Subject.field(pair.current()),
          pair.versions().current().place(pair.current().getFile(), FILE_OPTION,
              ElementPaths.append(path, ElementPaths.FIELD_OPTIONS, ElementPaths.FIELD_FEATURES,
                  JAVA_FEATURES, JAVA_UTF8_VALIDATION), path),
          previous, current);
    }
  }
}
