package dev.treaty.protobuf.internal.rules.oneof;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.MessagePair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A oneof of both versions gained or lost a member. Which member is set is the oneof's value: a
 * reader that does not know the member the writer set reads the oneof as having none, which is
 * another value (like an enum value it does not know). Fields that moved into or out of the
 * oneof are {@code protobuf.oneof.fieldMoved}; buf has no rule for either.
 */
public final class OneofMembersRule implements PairRule<MessagePair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.ONEOF_MEMBER_ADDED, ProtobufRule.ONEOF_MEMBER_DELETED);
  }

  @Override
  public void check(MessagePair pair, Changes changes) {
    for (OneofDescriptor oneof : pair.current().getRealOneofs()) {
      OneofDescriptor before = realOneof(pair.previous(), oneof.getName());
      if (before == null) {
        continue;
      }
      for (FieldDescriptor member : oneof.getFields()) {
        if (pair.previous().findFieldByNumber(member.getNumber()) == null) {
          changes.add(ProtobufRule.ONEOF_MEMBER_ADDED, Subject.field(member),
              pair.versions().current().place(member.getFile(), ElementPaths.of(member)), null,
              Texts.code(member.getName()), Map.of("name", Texts.code(oneof.getName())));
        }
      }
      for (FieldDescriptor member : before.getFields()) {
        if (pair.current().findFieldByNumber(member.getNumber()) == null) {
          changes.add(ProtobufRule.ONEOF_MEMBER_DELETED, Subject.field(member),
              pair.versions().current().place(pair.current().getFile(),
                  ElementPaths.of(oneof)), Texts.code(member.getName()), null,
              Map.of("name", Texts.code(oneof.getName())));
        }
      }
    }
  }

  private static @Nullable OneofDescriptor realOneof(Descriptor message, String name) {
    for (OneofDescriptor oneof : message.getRealOneofs()) {
      if (oneof.getName().equals(name)) {
        return oneof;
      }
    }
    return null;
  }
}
