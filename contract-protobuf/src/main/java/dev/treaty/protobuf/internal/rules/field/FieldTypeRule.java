package dev.treaty.protobuf.internal.rules.field;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.Type;
import dev.treaty.model.Classification;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.FieldKinds;
import dev.treaty.protobuf.internal.compare.FieldPair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Place;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A field's type changed, graded by which encodings still agree: none ({@code typeChanged}),
 * binary only ({@code typeChangedSameWire}), or binary and JSON ({@code typeChangedSameEncoding}).
 * The type is protobuf-java's, which reads a delimited message (editions) as a group, so the two
 * encodings of a message differ as buf says they do. A message or enum field that names another
 * type changed type; an enum with the same short name and at least the old values is a
 * compatible replacement. Whatever the grade, a change between two enums is classified by their
 * values: every value of the writing enum, with its name, in the reading one. A change between
 * two messages breaks both ways: Treaty does not compare the structures of different messages.
 */
public final class FieldTypeRule implements PairRule<FieldPair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.FIELD_TYPE_CHANGED, ProtobufRule.FIELD_TYPE_CHANGED_SAME_WIRE,
        ProtobufRule.FIELD_TYPE_CHANGED_SAME_ENCODING);
  }

  @Override
  public void check(FieldPair pair, Changes changes) {
    FieldDescriptor previous = pair.previous();
    FieldDescriptor current = pair.current();
    Type before = previous.getType();
    Type after = current.getType();
    if (before == after) {
      if (after == Type.ENUM && !previous.getEnumType().getFullName()
          .equals(current.getEnumType().getFullName())) {
        // buf grades the change by the enums' names and values; what reads is decided by the
        // values alone (binary carries numbers, JSON names), whichever rule reports it.
        report(pair, changes,
            FieldKinds.replaces(previous.getEnumType(), current.getEnumType())
                ? ProtobufRule.FIELD_TYPE_CHANGED_SAME_ENCODING : ProtobufRule.FIELD_TYPE_CHANGED,
            FieldKinds.readsAs(previous.getEnumType(), current.getEnumType()),
            FieldKinds.readsAs(current.getEnumType(), previous.getEnumType()));
      } else if ((after == Type.MESSAGE || after == Type.GROUP) && !previous.getMessageType()
          .getFullName().equals(current.getMessageType().getFullName())) {
        report(pair, changes, ProtobufRule.FIELD_TYPE_CHANGED, false, false);
      }
      return;
    }
    if (!FieldKinds.sameWire(before, after)) {
      report(pair, changes, ProtobufRule.FIELD_TYPE_CHANGED, false, false);
    } else if (!FieldKinds.sameWireJson(before, after)) {
      report(pair, changes, ProtobufRule.FIELD_TYPE_CHANGED_SAME_WIRE,
          FieldKinds.readsAs(before, after), FieldKinds.readsAs(after, before));
    } else {
      report(pair, changes, ProtobufRule.FIELD_TYPE_CHANGED_SAME_ENCODING,
          FieldKinds.readsAs(before, after), FieldKinds.readsAs(after, before));
    }
  }

  private static void report(FieldPair pair, Changes changes, ProtobufRule rule,
      boolean backwardReads, boolean forwardReads) {
    FieldDescriptor current = pair.current();
    List<Integer> path = ElementPaths.of(current);
    // buf reports at the type name for message, enum and group fields, else at the type keyword.
    int part = switch (current.getType()) {
      case MESSAGE, GROUP, ENUM -> ElementPaths.FIELD_TYPE_NAME;
      default -> ElementPaths.FIELD_TYPE;
    };
    Place place = pair.versions().current().place(current.getFile(),
        ElementPaths.append(path, part), path);
    changes.add(rule, Subject.field(current), place, FieldKinds.describe(pair.previous()),
        FieldKinds.describe(current), Map.of(), verdict(backwardReads), verdict(forwardReads));
  }

  private static Classification verdict(boolean reads) {
    return reads ? COMPATIBLE : BREAKING;
  }
}
