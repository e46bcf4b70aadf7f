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

/**
 * A number of both enums has a name now that it did not have before (renamed, or given an alias).
 * Losing an alias is fine: the remaining names still read. Reported at each current value of the
 * number, at its number.
 */
public final class EnumValueNameRule implements PairRule<EnumPair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.ENUM_VALUE_NAME_CHANGED);
  }

  @Override
  public void check(EnumPair pair, Changes changes) {
    Map<Integer, List<EnumValueDescriptor>> previous = EnumValues.byNumber(pair.previous());
    for (Map.Entry<Integer, List<EnumValueDescriptor>> entry
        : EnumValues.byNumber(pair.current()).entrySet()) {
      List<EnumValueDescriptor> before = previous.get(entry.getKey());
      if (before == null) {
        continue;
      }
      List<String> oldNames = EnumValues.names(before);
      List<String> newNames = EnumValues.names(entry.getValue());
      if (oldNames.containsAll(newNames)) {
        continue;
      }
      for (EnumValueDescriptor value : entry.getValue()) {
        changes.add(ProtobufRule.ENUM_VALUE_NAME_CHANGED, Subject.enumValue(value),
            pair.versions().current().place(value.getFile(), ElementPaths.append(
                ElementPaths.of(value), ElementPaths.ENUM_VALUE_NUMBER), ElementPaths.of(value)),
            Texts.codes(oldNames), Texts.codes(newNames), Map.of());
      }
    }
  }
}
