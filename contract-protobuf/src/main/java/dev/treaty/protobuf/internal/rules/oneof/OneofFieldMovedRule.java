package dev.treaty.protobuf.internal.rules.oneof;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import com.google.protobuf.Descriptors.OneofDescriptor;
import dev.treaty.model.Classification;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.FieldPair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A field moved into, out of, or between (real) oneofs. A reader whose field is in a oneof keeps
 * only the last member it reads; so data whose writer had the field outside that oneof (and may
 * have set it together with the other members) loses values.
 */
public final class OneofFieldMovedRule implements PairRule<FieldPair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.ONEOF_FIELD_MOVED);
  }

  @Override
  public void check(FieldPair pair, Changes changes) {
    if (pair.previous().isExtension()) {
      return; // extensions are never in oneofs
    }
    OneofDescriptor previous = pair.previous().getRealContainingOneof();
    OneofDescriptor current = pair.current().getRealContainingOneof();
    if (previous == null && current == null
        || previous != null && current != null && previous.getName().equals(current.getName())) {
      return;
    }
    changes.add(ProtobufRule.ONEOF_FIELD_MOVED, Subject.field(pair.current()),
        pair.versions().current().place(pair.current().getFile(),
            ElementPaths.of(pair.current())),
        shown(previous), shown(current), Map.of(), readBy(current), readBy(previous));
  }

  /**
   * What a change means for a reader whose field is in {@code oneof}: outside any oneof it keeps
   * every value; inside one, the writer (which had the field elsewhere) may have set it together
   * with that oneof's other members.
   */
  private static Classification readBy(@Nullable OneofDescriptor oneof) {
    return oneof == null ? COMPATIBLE : BREAKING;
  }

  private static String shown(@Nullable OneofDescriptor oneof) {
    return oneof == null ? "no oneof" : "oneof " + Texts.code(oneof.getName());
  }
}
