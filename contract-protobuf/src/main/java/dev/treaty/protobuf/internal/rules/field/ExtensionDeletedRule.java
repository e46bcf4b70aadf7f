package dev.treaty.protobuf.internal.rules.field;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
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

/** An extension a file declared is no longer declared there (by its name within the package). */
public final class ExtensionDeletedRule implements PairRule<FilePair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.EXTENSION_DELETED);
  }

  @Override
  public void check(FilePair pair, Changes changes) {
    Side current = pair.versions().current();
    Set<String> names = new HashSet<>();
    for (FieldDescriptor extension : current.extensions().values()) {
      if (extension.getFile() == pair.current()) {
        names.add(Side.nestedName(pair.current(), extension.getFullName()));
      }
    }
    for (FieldDescriptor extension : pair.versions().previous().extensions().values()) {
      FileDescriptor file = extension.getFile();
      String nested = Side.nestedName(file, extension.getFullName());
      if (file == pair.previous() && !names.contains(nested)) {
        changes.add(ProtobufRule.EXTENSION_DELETED, Subject.field(extension),
            current.enclosing(pair.current(), nested), extension.getFullName(), null,
            Map.of("name", Texts.code(pair.current().getName())));
      }
    }
  }
}
