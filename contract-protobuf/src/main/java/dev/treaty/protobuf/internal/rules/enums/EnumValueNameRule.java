package dev.treaty.protobuf.internal.rules.enums;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

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
 * A number of both enums lost a name (renamed, or an alias removed), as buf checks, or got
 * another first name (an alias declared before it). JSON and text writers write a number's first
 * name, so a direction breaks when the writer's first name is not among the reader's names: a
 * rename breaks both ways, removing an alias that was not the first name breaks neither. Adding
 * an alias after the first name changes nothing. Reported at each current value of the number,
 * at its number.
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
      String oldFirst = before.get(0).getName();
      String newFirst = entry.getValue().get(0).getName();
      if (newNames.containsAll(oldNames) && oldFirst.equals(newFirst)) {
        continue;
      }
      boolean oldNameKnown = newNames.contains(oldFirst);
      boolean newNameKnown = oldNames.contains(newFirst);
      for (EnumValueDescriptor value : entry.getValue()) {
        changes.add(ProtobufRule.ENUM_VALUE_NAME_CHANGED, Subject.enumValue(value),
            pair.versions().current().place(value.getFile(), ElementPaths.append(
                ElementPaths.of(value), ElementPaths.ENUM_VALUE_NUMBER), ElementPaths.of(value)),
            Texts.codes(oldNames), Texts.codes(newNames), Map.of(),
            oldNameKnown ? COMPATIBLE : BREAKING, newNameKnown ? COMPATIBLE : BREAKING);
      }
    }
  }
}
