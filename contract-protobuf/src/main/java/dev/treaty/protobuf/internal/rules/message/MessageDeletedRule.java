package dev.treaty.protobuf.internal.rules.message;

import com.google.protobuf.Descriptors.Descriptor;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.FilePair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Side;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A message a file declared is no longer declared there (by its name within the package); it is
 * reported at the innermost message that still encloses its place, else at the file.
 */
public final class MessageDeletedRule implements PairRule<FilePair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.MESSAGE_DELETED);
  }

  @Override
  public void check(FilePair pair, Changes changes) {
    Set<String> current = new HashSet<>();
    for (Descriptor message : FileElements.messages(pair.current())) {
      current.add(Side.nestedName(pair.current(), message.getFullName()));
    }
    for (Descriptor message : FileElements.messages(pair.previous())) {
      String nested = Side.nestedName(pair.previous(), message.getFullName());
      if (!current.contains(nested)) {
        changes.add(ProtobufRule.MESSAGE_DELETED, Subject.message(message),
            pair.versions().current().enclosing(pair.current(), nested), message.getFullName(),
            null, Map.of("name", Texts.code(pair.current().getName())));
      }
    }
  }
}
