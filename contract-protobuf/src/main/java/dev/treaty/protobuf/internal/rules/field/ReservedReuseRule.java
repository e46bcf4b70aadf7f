package dev.treaty.protobuf.internal.rules.field;

import com.google.protobuf.Descriptors.FieldDescriptor;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.MessagePair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Map;
import java.util.Set;

/**
 * A field of the current message takes a number or a name the previous message reserved. A
 * reservation records that data with that number or name once existed; a non-transitive check
 * against the previous version alone would not see the old field again.
 */
public final class ReservedReuseRule implements PairRule<MessagePair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.FIELD_NUMBER_REUSED, ProtobufRule.FIELD_NAME_REUSED);
  }

  @Override
  public void check(MessagePair pair, Changes changes) {
    for (FieldDescriptor field : pair.current().getFields()) {
      if (pair.previous().isReservedNumber(field.getNumber())) {
        changes.add(ProtobufRule.FIELD_NUMBER_REUSED, Subject.field(field),
            pair.versions().current().place(field.getFile(), ElementPaths.of(field)), null,
            Integer.toString(field.getNumber()),
            Map.of("name", Integer.toString(field.getNumber())));
      }
      if (pair.previous().isReservedName(field.getName())) {
        changes.add(ProtobufRule.FIELD_NAME_REUSED, Subject.field(field),
            pair.versions().current().place(field.getFile(), ElementPaths.of(field)), null,
            field.getName(), Map.of("name", Texts.code(field.getName())));
      }
    }
  }
}
