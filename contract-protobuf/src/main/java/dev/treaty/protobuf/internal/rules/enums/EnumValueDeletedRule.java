package dev.treaty.protobuf.internal.rules.enums;

import com.google.protobuf.Descriptors.EnumValueDescriptor;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.EnumPair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Place;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A number of the previous enum is not in the current one: the deletion itself, and whether the
 * number and its names were left free for reuse. All reported at the enum.
 */
public final class EnumValueDeletedRule implements PairRule<EnumPair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.ENUM_VALUE_DELETED, ProtobufRule.ENUM_VALUE_NUMBER_RELEASED,
        ProtobufRule.ENUM_VALUE_NAME_RELEASED);
  }

  @Override
  public void check(EnumPair pair, Changes changes) {
    Map<Integer, List<EnumValueDescriptor>> current = EnumValues.byNumber(pair.current());
    Place place = pair.versions().current().place(pair.current().getFile(),
        ElementPaths.of(pair.current()));
    for (Map.Entry<Integer, List<EnumValueDescriptor>> entry
        : EnumValues.byNumber(pair.previous()).entrySet()) {
      int number = entry.getKey();
      if (current.containsKey(number)) {
        continue;
      }
      List<String> names = EnumValues.names(entry.getValue());
      Subject subject = Subject.enumValue(entry.getValue().get(0));
      String shown = Texts.codes(names);
      changes.add(ProtobufRule.ENUM_VALUE_DELETED, subject, place, shown, null, Map.of());
      if (!pair.current().isReservedNumber(number)) {
        changes.add(ProtobufRule.ENUM_VALUE_NUMBER_RELEASED, subject, place, shown, null,
            Map.of("name", Integer.toString(number)));
      }
      if (!names.stream().allMatch(pair.current()::isReservedName)) {
        changes.add(ProtobufRule.ENUM_VALUE_NAME_RELEASED, subject, place, shown, null,
            Map.of("name", shown));
      }
    }
  }
}
