package dev.treaty.protobuf.internal.rules.packages;

import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Place;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Versions;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Map;
import java.util.Set;

/** No file of the current version declares a package that a previous file declared. */
public final class PackageDeletedRule implements PairRule<Versions> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.PACKAGE_DELETED);
  }

  @Override
  public void check(Versions versions, Changes changes) {
    for (String pkg : versions.previous().packages().keySet()) {
      if (!versions.current().packages().containsKey(pkg)) {
        changes.add(ProtobufRule.PACKAGE_DELETED, Subject.packageNamed(pkg), Place.NOWHERE, pkg,
            null, Map.of());
      }
    }
  }
}
