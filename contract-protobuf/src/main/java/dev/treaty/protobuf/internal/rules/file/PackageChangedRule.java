package dev.treaty.protobuf.internal.rules.file;

import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.FilePair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A file declares another package than before. */
public final class PackageChangedRule implements PairRule<FilePair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.PACKAGE_CHANGED);
  }

  @Override
  public void check(FilePair pair, Changes changes) {
    String previous = pair.previous().getPackage();
    String current = pair.current().getPackage();
    if (!previous.equals(current)) {
      changes.add(ProtobufRule.PACKAGE_CHANGED, Subject.file(pair.current().getName()),
          pair.versions().current().place(pair.current(), List.of(ElementPaths.FILE_PACKAGE)),
          shown(previous), shown(current), Map.of());
    }
  }

  private static String shown(String pkg) {
    return pkg.isEmpty() ? "no package" : Texts.code(pkg);
  }
}
