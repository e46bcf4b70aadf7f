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

/** A string field's resolved {@code utf8_validation} changed. */
public final class Utf8ValidationRule implements PairRule<FieldPair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.FIELD_UTF8_VALIDATION_CHANGED);
  }

  @Override
  public void check(FieldPair pair, Changes changes) {
    if (pair.previous().getType() != Type.STRING || pair.current().getType() != Type.STRING) {
      return;
    }
    Utf8Validation previous = Features.utf8Validation(pair.previous());
    Utf8Validation current = Features.utf8Validation(pair.current());
    if (previous != current) {
      List<Integer> path = ElementPaths.of(pair.current());
      Utf8Verdicts.report(changes, ProtobufRule.FIELD_UTF8_VALIDATION_CHANGED,
          Subject.field(pair.current()),
          pair.versions().current().place(pair.current().getFile(), ElementPaths.append(path,
              ElementPaths.FIELD_OPTIONS, ElementPaths.FIELD_FEATURES,
              ElementPaths.FEATURE_UTF8_VALIDATION), path),
          previous, current);
    }
  }
}
