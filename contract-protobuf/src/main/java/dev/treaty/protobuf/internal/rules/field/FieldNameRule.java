package dev.treaty.protobuf.internal.rules.field;

import com.google.protobuf.Descriptors.FieldDescriptor;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.FieldPair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Map;
import java.util.Set;

/** A field (or extension, by full name) has another name for the same number. */
public final class FieldNameRule implements PairRule<FieldPair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.FIELD_NAME_CHANGED);
  }

  @Override
  public void check(FieldPair pair, Changes changes) {
    String previous = name(pair.previous());
    String current = name(pair.current());
    if (!previous.equals(current)) {
      changes.add(ProtobufRule.FIELD_NAME_CHANGED, Subject.field(pair.current()),
          pair.versions().current().place(pair.current().getFile(), ElementPaths.append(
              ElementPaths.of(pair.current()), ElementPaths.FIELD_NAME)),
          Texts.code(previous), Texts.code(current), Map.of());
    }
  }

  private static String name(FieldDescriptor field) {
    return field.isExtension() ? field.getFullName() : field.getName();
  }
}
