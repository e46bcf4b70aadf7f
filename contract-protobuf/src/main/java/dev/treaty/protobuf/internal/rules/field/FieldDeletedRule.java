package dev.treaty.protobuf.internal.rules.field;

import com.google.protobuf.Descriptors.FieldDescriptor;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.MessagePair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Place;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Map;
import java.util.Set;

/**
 * A field number of the previous message is not in the current one: the deletion itself, and
 * whether the number and the name were left free for reuse. All reported at the message.
 */
public final class FieldDeletedRule implements PairRule<MessagePair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.FIELD_DELETED, ProtobufRule.FIELD_NUMBER_RELEASED,
        ProtobufRule.FIELD_NAME_RELEASED);
  }

  @Override
  public void check(MessagePair pair, Changes changes) {
    Place place = pair.versions().current().place(pair.current().getFile(),
        ElementPaths.of(pair.current()));
    for (FieldDescriptor field : pair.previous().getFields()) {
      if (pair.current().findFieldByNumber(field.getNumber()) != null) {
        continue;
      }
      Subject subject = Subject.field(field);
      String shown = Texts.code(field.getName());
      changes.add(ProtobufRule.FIELD_DELETED, subject, place, shown, null, Map.of());
      if (!pair.current().isReservedNumber(field.getNumber())) {
        changes.add(ProtobufRule.FIELD_NUMBER_RELEASED, subject, place, shown, null,
            Map.of("name", Integer.toString(field.getNumber())));
      }
      if (!pair.current().isReservedName(field.getName())) {
        changes.add(ProtobufRule.FIELD_NAME_RELEASED, subject, place, shown, null,
            Map.of("name", shown));
      }
    }
  }
}
