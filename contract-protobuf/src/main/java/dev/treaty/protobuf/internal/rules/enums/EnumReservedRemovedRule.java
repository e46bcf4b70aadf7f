package dev.treaty.protobuf.internal.rules.enums;

import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.EnumPair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Place;
import dev.treaty.protobuf.internal.compare.Ranges;
import dev.treaty.protobuf.internal.compare.Ranges.Range;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each previous reserved range that the current reservations no longer cover entirely, and each
 * reserved name no longer reserved; all reported at the enum.
 */
public final class EnumReservedRemovedRule implements PairRule<EnumPair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.ENUM_RESERVED_REMOVED);
  }

  @Override
  public void check(EnumPair pair, Changes changes) {
    Place place = pair.versions().current().place(pair.current().getFile(),
        ElementPaths.of(pair.current()));
    Subject subject = Subject.enumType(pair.current());
    List<Range> current = Ranges.reserved(pair.current());
    for (Range range : Ranges.reserved(pair.previous())) {
      List<Range> missing = Ranges.missing(range, current);
      if (!missing.isEmpty()) {
        String numbers = Ranges.render(missing, Ranges.ENUM_MAX);
        changes.add(ProtobufRule.ENUM_RESERVED_REMOVED, subject, place,
            range.render(Ranges.ENUM_MAX), numbers, Map.of("name",
                (numbers.contains(" ") ? "the numbers " : "the number ") + numbers
                    + " (reserved " + range.render(Ranges.ENUM_MAX) + ")"));
      }
    }
    List<String> currentNames = pair.current().toProto().getReservedNameList();
    for (String name : pair.previous().toProto().getReservedNameList()) {
      if (!currentNames.contains(name)) {
        changes.add(ProtobufRule.ENUM_RESERVED_REMOVED, subject, place, name, null,
            Map.of("name", "the name " + Texts.code(name)));
      }
    }
  }
}
