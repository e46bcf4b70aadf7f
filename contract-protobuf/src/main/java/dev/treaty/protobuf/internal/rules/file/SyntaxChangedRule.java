package dev.treaty.protobuf.internal.rules.file;

import com.google.protobuf.Descriptors.FileDescriptor;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.FilePair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A file changed between proto2, proto3 and editions (a file without {@code syntax} is proto2).
 * Moving from one edition to another is not a syntax change, as for buf.
 */
public final class SyntaxChangedRule implements PairRule<FilePair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.FILE_SYNTAX_CHANGED);
  }

  @Override
  public void check(FilePair pair, Changes changes) {
    String previous = syntax(pair.previous());
    String current = syntax(pair.current());
    if (!previous.equals(current)) {
      changes.add(ProtobufRule.FILE_SYNTAX_CHANGED, Subject.file(pair.current().getName()),
          pair.versions().current().place(pair.current(), List.of(ElementPaths.FILE_SYNTAX)),
          shown(pair.previous()), shown(pair.current()), Map.of());
    }
  }

  private static String syntax(FileDescriptor file) {
    String syntax = file.toProto().getSyntax();
    return syntax.isEmpty() ? "proto2" : syntax;
  }

  private static String shown(FileDescriptor file) {
    String syntax = syntax(file);
    if (!syntax.equals("editions")) {
      return "`" + syntax + "`";
    }
    String edition = file.toProto().getEdition().name();
    return "`edition " + edition.replace("EDITION_", "").toLowerCase(Locale.ROOT) + "`";
  }
}
