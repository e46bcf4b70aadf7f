package dev.treaty.protobuf.internal.rules.packages;

import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Versions;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Set;

/** An enum is no longer declared in its package (moving it to another file of it is fine). */
public final class PackageEnumDeletedRule implements PairRule<Versions> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.PACKAGE_ENUM_DELETED);
  }

  @Override
  public void check(Versions versions, Changes changes) {
    PackageElements.check(versions, changes, ProtobufRule.PACKAGE_ENUM_DELETED,
        side -> side.enums().values(), Subject::enumType, false);
  }
}
