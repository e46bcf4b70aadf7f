package dev.treaty.protobuf.internal.rules.packages;

import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Versions;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Set;

/** An extension is no longer declared in its package (moving it to another file is fine). */
public final class PackageExtensionDeletedRule implements PairRule<Versions> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.PACKAGE_EXTENSION_DELETED);
  }

  @Override
  public void check(Versions versions, Changes changes) {
    PackageElements.check(versions, changes, ProtobufRule.PACKAGE_EXTENSION_DELETED,
        side -> side.extensions().values(), Subject::field, false);
  }
}
