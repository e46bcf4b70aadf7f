package dev.treaty.protobuf.internal.rules.message;

import com.google.protobuf.Descriptors.FieldDescriptor;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.MessagePair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Map;
import java.util.Set;

/**
 * A message's required field numbers changed. A number that is no longer required (deleted, or
 * made optional) is reported at the message; a newly required one at its field.
 */
public final class RequiredFieldsRule implements PairRule<MessagePair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.MESSAGE_REQUIRED_FIELD_ADDED,
        ProtobufRule.MESSAGE_REQUIRED_FIELD_DELETED);
  }

  @Override
  public void check(MessagePair pair, Changes changes) {
    for (FieldDescriptor previous : pair.previous().getFields()) {
      FieldDescriptor current = pair.current().findFieldByNumber(previous.getNumber());
      if (previous.isRequired() && (current == null || !current.isRequired())) {
        changes.add(ProtobufRule.MESSAGE_REQUIRED_FIELD_DELETED, Subject.message(pair.current()),
            pair.versions().current().place(pair.current().getFile(),
                ElementPaths.of(pair.current())),
            name(previous), current == null ? null : name(current),
            Map.of("name", name(previous)));
      }
    }
    for (FieldDescriptor current : pair.current().getFields()) {
      FieldDescriptor previous = pair.previous().findFieldByNumber(current.getNumber());
      if (current.isRequired() && (previous == null || !previous.isRequired())) {
        changes.add(ProtobufRule.MESSAGE_REQUIRED_FIELD_ADDED, Subject.field(current),
            pair.versions().current().place(current.getFile(), ElementPaths.of(current)),
            previous == null ? null : name(previous), name(current),
            Map.of("name", name(current)));
      }
    }
  }

  private static String name(FieldDescriptor field) {
    return "`" + field.getName() + "` (" + field.getNumber() + ")";
  }
}
