package dev.treaty.protobuf.internal.rules.enums;

import com.google.protobuf.Descriptors.EnumValueDescriptor;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.EnumPair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A number of the current enum was not in the previous one; reported at its first value. */
public final class EnumValueAddedRule implements PairRule<EnumPair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.ENUM_VALUE_ADDED);
  }

  @Override
  public void check(EnumPair pair, Changes changes) {
    Map<Integer, List<EnumValueDescriptor>> previous = EnumValues.byNumber(pair.previous());
    for (Map.Entry<Integer, List<EnumValueDescriptor>> entry
        : EnumValues.byNumber(pair.current()).entrySet()) {
      if (!previous.containsKey(entry.getKey())) {
        EnumValueDescriptor value = entry.getValue().get(0);
        changes.add(ProtobufRule.ENUM_VALUE_ADDED, Subject.enumValue(value),
            pair.versions().current().place(value.getFile(), ElementPaths.of(value)), null,
            Texts.codes(EnumValues.names(entry.getValue())), Map.of());
      }
    }
  }
}
