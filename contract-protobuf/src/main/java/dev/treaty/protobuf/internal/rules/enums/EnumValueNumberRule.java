package dev.treaty.protobuf.internal.rules.enums;

import com.google.protobuf.Descriptors.EnumValueDescriptor;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.EnumPair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Map;
import java.util.Set;

/** A value name of both enums stands for another number now. */
public final class EnumValueNumberRule implements PairRule<EnumPair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.ENUM_VALUE_NUMBER_CHANGED);
  }

  @Override
  public void check(EnumPair pair, Changes changes) {
    for (EnumValueDescriptor value : pair.current().getValues()) {
      EnumValueDescriptor before = pair.previous().findValueByName(value.getName());
      if (before != null && before.getNumber() != value.getNumber()) {
        changes.add(ProtobufRule.ENUM_VALUE_NUMBER_CHANGED, Subject.enumValue(value),
            pair.versions().current().place(value.getFile(), ElementPaths.append(
                ElementPaths.of(value), ElementPaths.ENUM_VALUE_NUMBER), ElementPaths.of(value)),
            Integer.toString(before.getNumber()), Integer.toString(value.getNumber()), Map.of());
      }
    }
  }
}
