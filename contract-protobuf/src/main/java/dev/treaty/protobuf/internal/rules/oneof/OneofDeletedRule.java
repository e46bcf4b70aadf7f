package dev.treaty.protobuf.internal.rules.oneof;

import com.google.protobuf.Descriptors.OneofDescriptor;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.MessagePair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A oneof of the previous message is gone from the current one. The synthetic oneofs proto3
 * creates for {@code optional} fields are not oneofs to users: their changes are presence changes.
 */
public final class OneofDeletedRule implements PairRule<MessagePair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.ONEOF_DELETED);
  }

  @Override
  public void check(MessagePair pair, Changes changes) {
    Set<String> current = new HashSet<>();
    for (OneofDescriptor oneof : pair.current().getOneofs()) {
      current.add(oneof.getName());
    }
    for (OneofDescriptor oneof : pair.previous().getRealOneofs()) {
      if (!current.contains(oneof.getName())) {
        changes.add(ProtobufRule.ONEOF_DELETED, Subject.oneof(oneof),
            pair.versions().current().place(pair.current().getFile(),
                ElementPaths.of(pair.current())),
            oneof.getName(), null, Map.of());
      }
    }
  }
}
