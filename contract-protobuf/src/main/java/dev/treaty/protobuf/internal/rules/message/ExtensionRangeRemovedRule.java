package dev.treaty.protobuf.internal.rules.message;

import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.MessagePair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Ranges;
import dev.treaty.protobuf.internal.compare.Ranges.Range;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Each previous extension range that the current ranges no longer cover entirely. */
public final class ExtensionRangeRemovedRule implements PairRule<MessagePair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.MESSAGE_EXTENSION_RANGE_REMOVED);
  }

  @Override
  public void check(MessagePair pair, Changes changes) {
    int max = pair.current().getOptions().getMessageSetWireFormat() ? Integer.MAX_VALUE - 1
        : Ranges.MESSAGE_MAX;
    List<Range> current = Ranges.extensions(pair.current());
    for (Range range : Ranges.extensions(pair.previous())) {
      List<Range> missing = Ranges.missing(range, current);
      if (!missing.isEmpty()) {
        changes.add(ProtobufRule.MESSAGE_EXTENSION_RANGE_REMOVED,
            Subject.message(pair.current()),
            pair.versions().current().place(pair.current().getFile(),
                ElementPaths.of(pair.current())),
            range.render(max), Ranges.render(missing, max), Map.of());
      }
    }
  }
}
