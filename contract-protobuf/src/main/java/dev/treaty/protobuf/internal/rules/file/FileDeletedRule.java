package dev.treaty.protobuf.internal.rules.file;

import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Place;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Versions;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Map;
import java.util.Set;

/** A file of the previous version is not in the current one. */
public final class FileDeletedRule implements PairRule<Versions> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.FILE_DELETED);
  }

  @Override
  public void check(Versions versions, Changes changes) {
    for (String name : versions.previous().ownFiles().keySet()) {
      if (!versions.current().ownFiles().containsKey(name)) {
        changes.add(ProtobufRule.FILE_DELETED, Subject.file(name), Place.NOWHERE, name, null,
            Map.of());
      }
    }
  }
}
